"""SPEC §4 exit statuses, the same in every command (issue 9): 0 done; 1 the input was
refused — a missing or unreadable input file too; 2 a usage error, an output that cannot
be written, a database that cannot be opened or written (read-only, locked by another
process). Never a traceback. The commands run in-process; what the operating system
would refuse a normal user (tests run as root) is simulated at the edge."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from hrplanner import cli
from hrplanner.cli.main import build_parser
from hrplanner.storage import engine
from hrplanner.storage.database import Database

from ..conftest import write_workbook

REPO = Path(__file__).resolve().parents[2]
STAFF = [
    ["員工編號", "姓名", "身分證字號", "單位", "人員類別"],
    ["1001", "王小明", "", "人事室", "公務人員"],
]


@pytest.fixture
def target(tmp_path: Path) -> str:
    path = tmp_path / "hr.db"
    Database.open(str(path)).close()
    return str(path)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = cli.run(list(argv))  # an unexpected exception fails the test: a traceback
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.err


@pytest.mark.parametrize("command", sorted(build_parser()[1]))
def test_every_command_with_a_wrong_option_is_a_usage_error(
    command: str, target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = run(capsys, "--db", target, command, "--no-such-option")
    assert code == 2 and "hrplanner: 錯誤：" in err  # the option, or what is missing first
    code, err = run(capsys, "--db", target, command, "--help")
    assert code == 0


IMPORTS = ["staff", "classes", "enrollments", "attendance", "external-hours", "calendar"]


@pytest.mark.parametrize("kind", IMPORTS)
def test_a_missing_or_unreadable_input_file_is_refused_with_1(
    kind: str,
    target: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, err = run(capsys, "--db", target, "import", kind, str(tmp_path / "none.xlsx"))
    assert code == 1 and "找不到檔案" in err
    code, err = run(capsys, "--db", target, "import", kind, str(tmp_path))
    assert code == 1 and "是資料夾" in err
    locked = write_workbook(tmp_path / "locked.xlsx", {"工作表": STAFF})
    real_open = Path.open

    def refusing(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refusing)
    code, err = run(capsys, "--db", target, "import", kind, str(locked))
    assert code == 1 and "沒有存取權限" in err


def test_an_unreadable_backup_is_refused_with_1(
    target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = tmp_path / "b.db"
    backup.write_bytes(Path(target).read_bytes())
    real_open = Path.open

    def refusing(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == backup:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refusing)
    code, err = run(capsys, "--db", target, "restore", str(backup))
    assert code == 1 and "無法讀取備份檔" in err and "沒有存取權限" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "hours", "-o", "{out}/h.xlsx"],
        ["print", "signin", "--class", "115-001", "-o", "{out}/s.pdf"],
        ["template", "staff", "-o", "{out}/t.xlsx"],
    ],
)
def test_an_output_folder_without_permission_is_a_usage_error(
    argv: list[str],
    target: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, m, **k: False if Path(p) == folder else real_access(p, m, **k)
    )
    args = [a.replace("{out}", str(folder)) for a in argv]
    code, err = run(capsys, "--db", target, *args)
    assert code == 2 and "沒有在資料夾" in err and "權限" in err
    assert list(folder.iterdir()) == []


@pytest.fixture
def read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every connection of this process refuses writes as SQLite does for a read-only
    file (root may write any file, so its permissions cannot show it here)."""
    setup = engine._on_sqlite_connect

    def then_read_only(dbapi_connection: Any, record: Any) -> None:
        setup(dbapi_connection, record)
        dbapi_connection.execute("PRAGMA query_only=ON")

    monkeypatch.setattr(engine, "_on_sqlite_connect", then_read_only)


WRITES = [
    ["calendar", "set", "113/7/24", "--off"],
    ["portal-format", "--header-rows", "2"],
    ["import", "staff", "{staff}"],
    ["demo"],
]
READS = [["agenda"], ["check"], ["export", "hours", "-o", "{out}"], ["calendar", "list"]]


@pytest.mark.parametrize("argv", WRITES + READS)
def test_a_read_only_database_reads_and_refuses_writes_with_2(
    argv: list[str],
    target: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    read_only: None,
) -> None:
    staff = write_workbook(tmp_path / "staff.xlsx", {"人員": STAFF})
    args = [
        a.replace("{staff}", str(staff)).replace("{out}", str(tmp_path / "h.xlsx")) for a in argv
    ]
    code, err = run(capsys, "--db", target, *args)
    if argv in WRITES:
        assert code == 2 and "唯讀" in err
    else:
        assert code == 0, err


LOCKER = textwrap.dedent(
    """
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")  # another program in the middle of a long write
    print("locked", flush=True)
    time.sleep(60)
    """
)


def test_a_database_locked_by_another_process(
    target: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(engine, "SQLITE_BUSY_TIMEOUT_MS", 200)  # the test need not wait 5 s
    locker = subprocess.Popen(
        [sys.executable, "-c", LOCKER, target], stdout=subprocess.PIPE, text=True, cwd=REPO
    )
    try:
        assert locker.stdout is not None and locker.stdout.readline().strip() == "locked"
        started = time.monotonic()
        code, err = run(capsys, "--db", target, "calendar", "set", "113/7/24", "--off")
        assert code == 2 and "另一個 HR Planner 正在儲存資料" in err
        assert time.monotonic() - started < 30
        code, err = run(capsys, "--db", target, "agenda")  # readers are not held up (WAL)
        assert code == 0, err
    finally:
        locker.kill()
        locker.wait()
