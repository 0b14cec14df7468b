"""The R8 seat rules through the 報名 import: promotion after a cancellation, capacity of an
explicit 正取, active staff only, overlap warnings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from hrplanner import cli
from hrplanner.services.common.errors import InputRefused
from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.services.imports.tabular import ImportReport
from hrplanner.services.training.class_import import import_classes
from hrplanner.services.training.enrollment_import import import_enrollments
from hrplanner.storage.database import Database
from hrplanner.storage.models import Employee, Enrollment, StaffCategory
from hrplanner.storage.models import TrainingClass as TC

from ...conftest import write_workbook

D = dt.date
BEFORE, STARTED = D(2026, 2, 1), D(2026, 3, 2)  # 115-001 starts on 2026-03-02
HEAD = ["班期代碼", "員工編號", "報名時間", "狀態"]
Rows = list[list[object]]


@pytest.fixture
def seats(db: Database, tmp_path: Path) -> Database:
    """115-001 (capacity 2): 1001, 1002 正取; 1003, 1004 備取 in that order. 115-003 clashes
    with 115-001's first session; 1006 holds a seat there. 1009 has left the office."""
    classes: Rows = [["班期代碼", "課程名稱", "名額"], ["115-001", "環境教育", 2]]
    classes += [["115-003", "資安講習", None]]
    sessions: Rows = [
        ["班期代碼", "場次", "日期", "開始時間", "結束時間", "學習類別"],
        ["115-001", 1, "115/03/02", "09:00", "12:00", "環境教育"],
        ["115-003", 1, "115/03/02", "10:00", "11:00", "業務相關"],
    ]
    import_classes(db, write_workbook(tmp_path / "c.xlsx", {"班期": classes, "場次": sessions}))
    with db.session() as s:
        unit = get_or_create_unit(s, "秘書室")
        cat = s.scalar(select(StaffCategory.id).filter_by(name="公務人員"))
        s.add_all(
            Employee(
                employee_no=no,
                name=f"姓名{no}",
                unit_id=unit.id,
                category_id=cat,
                meal="葷",
                status="在職",
            )
            for no in ("1001", "1002", "1003", "1004", "1005", "1006", "1009")
        )
    rows: Rows = [HEAD] + [
        ["115-001", no, f"115/02/01 0{i}:00", None]
        for i, no in enumerate(["1001", "1002", "1003", "1004", "1009"], 1)
    ]
    rows += [["115-003", "1006", None, None]]
    import_enrollments(db, write_workbook(tmp_path / "e0.xlsx", {"報名": rows}), today=BEFORE)
    _run(db, tmp_path, [["115-001", "1009", None, "取消"]])
    with db.session() as s:
        s.scalars(select(Employee).filter_by(employee_no="1009")).one().status = "離職"
    return db


def _run(
    db: Database, tmp_path: Path, rows: Rows, *, today: dt.date = BEFORE, dry_run: bool = False
) -> ImportReport:
    path = write_workbook(
        tmp_path / f"e{len(list(tmp_path.iterdir()))}.xlsx", {"報名": [HEAD, *rows]}
    )
    return import_enrollments(db, path, today=today, dry_run=dry_run)


def statuses(db: Database, code: str = "115-001") -> dict[str, str]:
    with db.session() as s:
        rows = s.execute(
            select(Employee.employee_no, Enrollment.status)
            .join(Enrollment, Enrollment.employee_id == Employee.id)
            .join(TC, TC.id == Enrollment.class_id)
            .where(TC.code == code)
        ).all()
        return {no: status for no, status in rows}


START = {"1001": "正取", "1002": "正取", "1003": "備取", "1004": "備取", "1009": "取消"}


def test_setup(seats: Database) -> None:
    assert statuses(seats) == START


def test_cancelling_promotes_the_first_waitlisted(seats: Database, tmp_path: Path) -> None:
    cancel = [["115-001", "1001", None, "取消"]]
    dry = _run(seats, tmp_path, cancel, dry_run=True)
    assert dry.notes == ["班期「115-001」姓名1003（1003）已由備取遞補為正取"]
    assert statuses(seats) == START  # a dry run writes nothing
    report = _run(seats, tmp_path, cancel)
    assert report.notes == dry.notes
    assert statuses(seats) == START | {"1001": "取消", "1003": "正取"}


def test_nobody_is_promoted_once_the_class_started(seats: Database, tmp_path: Path) -> None:
    report = _run(seats, tmp_path, [["115-001", "1001", None, "取消"]], today=STARTED)
    assert report.notes == []
    assert statuses(seats) == START | {"1001": "取消"}


def test_freed_seats_go_to_the_waitlist_before_new_rows(seats: Database, tmp_path: Path) -> None:
    # 1001 leaves; 1005 is new without a status: 1003 (waiting) gets the seat.
    rows: Rows = [["115-001", "1001", None, "取消"], ["115-001", "1005", "115/01/01", None]]
    _run(seats, tmp_path, rows)
    assert statuses(seats) == START | {"1001": "取消", "1003": "正取", "1005": "備取"}


def test_explicit_replacement_takes_the_seat(seats: Database, tmp_path: Path) -> None:
    rows: Rows = [["115-001", "1001", None, "取消"], ["115-001", "1005", None, "正取"]]
    report = _run(seats, tmp_path, rows)
    assert report.notes == []
    assert statuses(seats) == START | {"1001": "取消", "1005": "正取"}


def test_a_person_set_to_waitlist_is_not_promoted_back(seats: Database, tmp_path: Path) -> None:
    # 1001 registered first, so the plain waitlist order would hand the seat back to 1001.
    _run(seats, tmp_path, [["115-001", "1001", None, "備取"]])
    assert statuses(seats) == START | {"1001": "備取", "1003": "正取"}


@pytest.mark.parametrize(
    "rows",
    [
        [["115-001", "1003", None, "正取"]],  # a waitlisted person moved into a full class
        [["115-001", "1005", None, "正取"]],  # a new row with an explicit 正取
    ],
)
def test_explicit_enrolled_beyond_capacity_is_refused(
    seats: Database, tmp_path: Path, rows: Rows
) -> None:
    with pytest.raises(InputRefused) as err:
        _run(seats, tmp_path, rows)
    [problem] = err.value.problems
    assert (problem.sheet, problem.row, problem.column) == ("報名", 2, "狀態")
    assert "名額為 2 人" in problem.message
    assert statuses(seats) == START


def test_a_sheet_may_swap_enrollees(seats: Database, tmp_path: Path) -> None:
    rows: Rows = [["115-001", "1002", None, "取消"], ["115-001", "1004", None, "正取"]]
    _run(seats, tmp_path, rows)
    assert statuses(seats) == START | {"1002": "取消", "1004": "正取"}  # 1003 keeps waiting


@pytest.mark.parametrize("status", ["正取", "備取"])
def test_only_active_staff_get_a_seat_back(seats: Database, tmp_path: Path, status: str) -> None:
    # A free seat (after the start: nobody promoted), so only the person's status is wrong.
    _run(seats, tmp_path, [["115-001", "1002", None, "取消"]], today=STARTED)
    with pytest.raises(InputRefused) as err:
        _run(seats, tmp_path, [["115-001", "1009", None, status]])
    assert [(p.row, p.column) for p in err.value.problems] == [(2, "狀態")]
    assert "不是在職人員" in err.value.problems[0].message
    assert statuses(seats)["1009"] == "取消"


def test_overlap_is_a_warning_not_a_refusal(seats: Database, tmp_path: Path) -> None:
    report = _run(seats, tmp_path, [["115-001", "1006", None, None]])
    [note] = report.notes
    assert note.startswith("班期「115-001」時間重疊：姓名1006（1006）")
    assert "115-003" in note
    assert statuses(seats)["1006"] == "備取"


def test_the_cli_prints_the_notes(
    seats: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if seats.file is None:
        pytest.skip("the command line opens a database file")
    path = write_workbook(tmp_path / "cli.xlsx", {"報名": [HEAD, ["115-001", "1006", None, None]]})
    assert cli.run(["--db", str(seats.file), "import", "enrollments", str(path)]) == 0
    assert "班期「115-001」時間重疊：姓名1006（1006）" in capsys.readouterr().out
