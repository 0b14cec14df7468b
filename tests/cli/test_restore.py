"""``restore FILE``: exit 1 when the backup is refused (missing, not a backup, newer, broken),
2 when the database cannot be restored here (a server, open in another HR Planner); the
database is left as it was and ``check`` still passes."""

from __future__ import annotations

import gc
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from hrplanner import cli
from hrplanner.services.common import backup
from hrplanner.storage.database import Database

REPO = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = cli.run(list(argv))
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


@pytest.fixture
def office(tmp_path: Path) -> tuple[str, Path]:
    target = tmp_path / "hr.db"
    db = Database.open(str(target))
    good = backup.backup(db, tmp_path / "good.db")
    db.close()
    return str(target), good


def test_a_newer_backup_is_refused_and_the_database_still_opens(
    office: tuple[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target, good = office
    newer = tmp_path / "newer.db"
    newer.write_bytes(good.read_bytes())
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    code, err = run(capsys, "--db", target, "restore", str(newer))
    assert code == 1 and "無法還原" in err and "較新版本" in err
    assert run(capsys, "--db", target, "check")[0] == 0
    gc.collect()  # the in-process check's engine: a command's process would have ended
    assert run(capsys, "--db", target, "restore", str(good))[0] == 0


def test_restore_while_another_hrplanner_has_it_open_is_exit_2(
    office: tuple[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    target, good = office
    script = textwrap.dedent(
        """
        import sys, time
        from hrplanner.storage.database import Database
        db = Database.open(sys.argv[1], create=False)
        with db.session() as s:
            s.connection()
        print("open", flush=True)
        time.sleep(60)
        """
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", script, target],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        code, err = run(capsys, "--db", target, "restore", str(good))
    finally:
        holder.kill()
        holder.wait()
    assert code == 2 and "其他 HR Planner" in err


def test_restore_onto_postgresql_is_a_usage_error(
    office: tuple[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _target, good = office
    code, err = run(capsys, "--db", "postgresql://u@127.0.0.1:1/hr", "restore", str(good))
    assert code == 2 and "pg_restore" in err
