"""SPEC §4 exit codes for user errors: 1 refused (with the reason), 2 usage error — a clear
Chinese message on stderr and never a Python traceback (the commands run in-process)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import xlsxwriter

from hrplanner import cli
from hrplanner.services.exports import training as training_exports
from hrplanner.services.staff import roster
from hrplanner.services.staff.roster import EmployeeData
from hrplanner.services.training import attendance, classes, closing, enrollment
from hrplanner.services.training.classes import ClassInput, SessionInput
from hrplanner.services.training.enrollment import EnrollRequest
from hrplanner.storage.database import Database

D, T = dt.date, dt.time


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Backups before a restore go under the data folder: keep them in the test's folder.
    monkeypatch.setenv("HRPLANNER_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def target(tmp_path: Path) -> str:
    path = tmp_path / "hr.db"
    Database.open(str(path)).close()
    return str(path)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = cli.run(list(argv))
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


def test_restore_of_a_file_that_is_no_backup_is_refused(
    target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("not a database", encoding="utf-8")
    code, err = run(capsys, "--db", target, "restore", str(bogus))
    assert code == 1
    assert "無法還原" in err and "不是 HR Planner 的備份檔" in err
    # A backup that is not there is an input refused (exit 1), like any missing input.
    code, err = run(capsys, "--db", target, "restore", str(tmp_path / "missing.db"))
    assert code == 1 and "找不到備份檔" in err


def test_backup_onto_the_database_itself_is_refused(
    target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = run(capsys, "--db", target, "backup", "-o", target)
    assert code == 1 and "同一檔案" in err
    folder = Path(target).parent / "folder"
    folder.mkdir()
    folder.chmod(0o755)
    code, err = run(capsys, "--db", target, "backup", "-o", str(folder))
    assert code == 1 and "是資料夾" in err
    assert folder.stat().st_mode & 0o777 == 0o755  # the folder is left as it was


def test_backup_of_a_postgresql_database_points_to_pg_dump(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = db.engine.url.render_as_string(hide_password=False)
    code, err = run(capsys, "--db", url, "backup", "-o", str(tmp_path / "b.db"))
    if db.file is None:
        assert code == 1 and "pg_dump" in err
    else:
        assert code == 0 and (tmp_path / "b.db").is_file()


@pytest.mark.parametrize("kind", ["hours", "roster", "attendance", "certificates", "spread"])
def test_export_into_a_missing_folder_is_a_usage_error(
    kind: str, target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "missing_dir" / "x.xlsx"
    code, err = run(capsys, "--db", target, "export", kind, "--class", "115-001", "-o", str(out))
    assert code == 2
    assert "資料夾" in err and "不存在" in err and "missing_dir" in err
    assert not out.parent.exists()  # not created behind the user's back


def test_export_onto_a_folder_is_a_usage_error(
    target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "x.xlsx"
    folder.mkdir()
    code, err = run(capsys, "--db", target, "export", "hours", "-o", str(folder))
    assert code == 2 and "這是資料夾" in err


def test_a_file_xlsxwriter_cannot_create_is_a_usage_error(
    target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The folder vanishes between the check and the writing: xlsxwriter's own error.
    def exporter(_db: Database, path: Path, _request: object, _hooks: object) -> str:
        xlsxwriter.Workbook(str(tmp_path / "gone" / path.name)).close()
        return "unreachable"

    monkeypatch.setattr(training_exports, "run_hours", exporter)
    code, err = run(capsys, "--db", target, "export", "hours", "-o", str(tmp_path / "h.xlsx"))
    assert code == 2
    assert "無法存取檔案" in err and "找不到檔案或資料夾" in err


@pytest.mark.parametrize("extra", [[], ["--separate"]])
def test_print_into_a_missing_folder_is_a_usage_error(
    extra: list[str], target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "missing_dir" / ("c" if extra else "c.pdf")
    argv = ["print", "certificates", "--class", "115-001", "-o", str(out), *extra]
    code, err = run(capsys, "--db", target, *argv)
    assert code == 2 and "missing_dir" in err and "不存在" in err


def _closed_class(target: str) -> None:
    """Class 115-101 of two people, sessions 115/11/17–18, closed."""
    db = Database.open(target)
    try:
        ids = [
            roster.create(db, EmployeeData(no, no, unit="人事室", category="公務人員"))
            for no in ("E1", "E2")
        ]
        detail = classes.create_class(
            db,
            ClassInput("115-101", "環境教育研習"),
            [
                SessionInput(D(2026, 11, 17), "環境教育", T(9), T(12)),
                SessionInput(D(2026, 11, 18), "環境教育", T(9), T(12)),
            ],
        )
        cid = detail.summary.id
        stamp = dt.datetime(2026, 10, 1, 9)
        enrollment.enroll(db, cid, [EnrollRequest(e, stamp) for e in ids])
        attendance.fill_all_present(db, cid)
        closing.close_class(db, cid, D(2026, 11, 19))
    finally:
        db.close()


def test_print_certificates_dated_before_the_class_ended_is_refused(
    target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _closed_class(target)
    out = tmp_path / "c.pdf"
    argv = ["print", "certificates", "--class", "115-101", "-o", str(out)]
    code, err = run(capsys, "--db", target, *argv, "--date", "114/01/01")
    assert code == 1
    assert "核發日期 114/01/01 早於班期「115-101」的結訓日期 115/11/18" in err
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    code, err = run(capsys, "--db", target, *argv, "--date", tomorrow.isoformat())
    assert code == 1 and "晚於今天" in err
    assert not out.exists()


def test_template_into_a_missing_folder_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no-such-folder" / "staff.xlsx"
    code, err = run(capsys, "template", "staff", "-o", str(target))
    assert code == 2 and "不存在" in err
    assert not target.parent.exists()
