"""Privacy (issue 9, R2, SPEC §5): an identity number never comes back whole in a message
(a refusal, the command line's output, the change log), and every file written about
people — exports, printed forms, backups — is owner-only from the start; the backups
folder 0700."""

from __future__ import annotations

import gc
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from hrplanner import cli, paths
from hrplanner.services.staff import roster
from hrplanner.services.staff.roster import EmployeeData
from hrplanner.storage.database import Database
from hrplanner.storage.models import ChangeLog, TrainingClass

from ..conftest import write_workbook

ID = "A123456789"
MASKED = "A12****789"
HEADER = ["員工編號", "姓名", "身分證字號", "單位", "人員類別"]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def _usual_umask() -> Iterator[None]:
    old = os.umask(0o022)  # new files would be 0644: owner-only must come from the code
    yield
    os.umask(old)


@pytest.fixture
def target(tmp_path: Path) -> str:
    path = tmp_path / "hr.db"
    Database.open(str(path)).close()
    return str(path)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = cli.run(list(argv))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out + captured.err


def test_an_id_typed_into_the_employee_number_is_masked_in_the_refusal(
    target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = write_workbook(
        tmp_path / "staff.xlsx",
        {
            "人員": [
                HEADER,
                [ID, "王小明", "", "人事室", "公務人員"],
                [ID, "王大明", "", "人事室", "公務人員"],
            ]
        },
    )
    code, text = run(capsys, "--db", target, "import", "staff", str(sheet))
    assert code == 1 and MASKED in text
    assert ID not in text


def test_the_command_lines_output_masks_ids(
    target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = write_workbook(
        tmp_path / "staff.xlsx", {"人員": [HEADER, [ID, "王小明", "", "人事室", "公務人員"]]}
    )
    code, text = run(capsys, "--db", target, "import", "staff", str(sheet), "--dry-run")
    assert code == 0 and MASKED in text and ID not in text  # 新增 A12****789
    code, text = run(capsys, "--db", target, "close-class", ID.lower())
    assert code == 2 and ID not in text.upper()  # a usage error repeating what was typed


def test_the_change_log_masks_an_id_in_any_field(target: str) -> None:
    db = Database.open(target)
    try:
        person = roster.create(db, EmployeeData(ID, "王小明", unit="人事室", category="公務人員"))
        data = roster.get(db, person)
        roster.update(db, person, data.__class__(**{**data.__dict__, "employee_no": "1001"}))
        with db.session() as s:
            logged = [(c.field, c.old, c.new) for c in s.scalars(select(ChangeLog))]
    finally:
        db.close()
    assert ("員工編號", MASKED, "1001") in logged
    assert all(ID not in str(row) for row in logged)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """The small demo agency and one of its closed classes."""
    folder = tmp_path_factory.mktemp("privacy")
    path = folder / "demo.db"
    saved = os.environ.get("HRPLANNER_DATA_DIR")
    os.environ["HRPLANNER_DATA_DIR"] = str(folder / "data")
    try:
        assert cli.run(["--db", str(path), "demo"]) == 0
    finally:
        if saved is None:
            os.environ.pop("HRPLANNER_DATA_DIR", None)
        else:
            os.environ["HRPLANNER_DATA_DIR"] = saved
    db = Database.open(str(path))
    try:
        with db.session() as s:
            code = s.scalar(
                select(TrainingClass.code)
                .where(TrainingClass.closed_on.is_not(None))
                .order_by(TrainingClass.code)
            )
    finally:
        db.close()
    assert code is not None
    return str(path), code


@pytest.mark.parametrize(
    ("argv", "name"),
    [
        (["export", "hours", "--year", "all"], "hours.xlsx"),
        (["export", "portal", "--class", "{code}"], "portal.xlsx"),
        (["export", "roster", "--class", "{code}"], "roster.xlsx"),
        (["export", "spread"], "spread.xlsx"),
        (["print", "signin", "--class", "{code}"], "signin.pdf"),
        (["print", "roster", "--class", "{code}"], "roster.pdf"),
    ],
)
def test_exports_and_forms_are_created_owner_only(
    demo: tuple[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    name: str,
) -> None:
    db_path, code = demo
    args = [a.replace("{code}", code) for a in argv if a != "all"]
    if "all" in argv:
        args = args[:-1]  # --year: this year
    out = tmp_path / name
    status, text = run(capsys, "--db", db_path, *args, "-o", str(out))
    assert status == 0, text
    assert mode(out) == 0o600
    out.chmod(0o644)  # written again over a readable file: owner-only again
    assert run(capsys, "--db", db_path, *args, "-o", str(out))[0] == 0
    assert mode(out) == 0o600


def test_certificates_one_per_person_go_into_an_owner_only_folder(
    demo: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path, code = demo
    folder = tmp_path / "certificates"
    argv = ["--db", db_path, "print", "certificates", "--class", code, "-o", str(folder)]
    status, text = run(capsys, *argv, "--separate")
    assert status == 0, text
    files = list(folder.iterdir())
    assert files and {mode(f) for f in files} == {0o600}
    assert mode(folder) == 0o700


def test_a_refused_export_leaves_no_empty_file(
    demo: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path, _code = demo
    out = tmp_path / "roster.xlsx"
    status, _text = run(
        capsys, "--db", db_path, "export", "roster", "--class", "999-999", "-o", str(out)
    )
    assert status != 0
    assert not out.exists()


def test_the_backups_folder_and_backups_are_owner_only(
    target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "backup.db"
    assert run(capsys, "--db", target, "backup", "-o", str(out))[0] == 0
    assert mode(out) == 0o600
    folder = paths.backup_dir()
    assert mode(folder) == 0o700
    folder.chmod(0o755)  # made by an older version
    assert mode(paths.backup_dir()) == 0o700
    gc.collect()  # the in-process backup's engine: a command's process would have ended
    assert run(capsys, "--db", target, "restore", str(out))[0] == 0
    kept = list(folder.glob("hr-before-restore-*.db"))
    assert kept and {mode(k) for k in kept} == {0o600}
    assert mode(Path(target)) == 0o600
