"""Attendance grid, validated marks, fill-all-present, live outlook, logging after closing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from hrplanner.services.common.errors import InputRefused
from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.services.training import attendance, classes, closing, enrollment
from hrplanner.services.training.attendance import MarkChange
from hrplanner.services.training.classes import ClassInput, SessionInput
from hrplanner.services.training.enrollment import EnrollRequest
from hrplanner.storage.database import Database
from hrplanner.storage.models import Attendance, Certificate, ChangeLog, Employee, StaffCategory

D, T = dt.date, dt.time


def setup_class(
    db: Database, people: int = 4, capacity: int = 3
) -> tuple[int, list[int], list[int]]:
    """A 6-hour class (3 h + 3 h) with ``capacity`` 正取 and the rest 備取.
    Returns (class id, enrollment ids in registration order, session ids)."""
    with db.session() as s:
        unit = get_or_create_unit(s, "人事室")
        cat = s.scalar(select(StaffCategory.id).filter_by(name="公務人員"))
        staff = [
            Employee(employee_no=f"E{i}", name=f"員工{i}", unit_id=unit.id, category_id=cat)
            for i in range(1, people + 1)
        ]
        s.add_all(staff)
        s.flush()
        staff_ids = [e.id for e in staff]
    detail = classes.create_class(
        db,
        ClassInput("115-001", "研習", capacity=capacity),
        [
            SessionInput(D(2026, 3, 2), "環境教育", T(9), T(12)),
            SessionInput(D(2026, 3, 3), "性別主流化", T(9), T(12)),
        ],
    )
    base = dt.datetime(2026, 1, 1)
    rows = enrollment.enroll(
        db,
        detail.summary.id,
        [EnrollRequest(e, base + dt.timedelta(hours=i)) for i, e in enumerate(staff_ids)],
    )
    ordered = sorted(rows.enrollees, key=lambda e: e.registered_at)
    return detail.summary.id, [e.enrollment_id for e in ordered], [v.id for v in detail.sessions]


def test_grid_lists_enrolled_people_and_missing_cells(db: Database) -> None:
    cid, enr, ses = setup_class(db)
    grid = attendance.attendance_grid(db, cid)
    assert [r.name for r in grid.rows] == ["員工1", "員工2", "員工3"]  # 員工4 is 備取
    assert grid.missing == 6 and [v.id for v in grid.sessions] == ses
    attendance.set_marks(db, cid, [MarkChange(enr[0], ses[0], "請假")])  # default: whole session
    grid = attendance.attendance_grid(db, cid)
    assert grid.missing == 5
    assert grid.rows[0].marks == {ses[0]: attendance.Mark("請假", 180)}
    assert grid.rows[0].leave_minutes == 180
    assert grid.rows[0].outlook == "請假逾三分之一"  # 3 h > 1/3 of 6 h


def test_invalid_changes_are_refused_whole(db: Database) -> None:
    cid, enr, ses = setup_class(db)
    with pytest.raises(InputRefused) as err:
        attendance.set_marks(
            db,
            cid,
            [
                MarkChange(enr[0], ses[0], "出席"),  # fine, but the batch is refused
                MarkChange(enr[1], ses[0], "請假", 181),  # longer than the session
                MarkChange(enr[2], ses[1], "遲到"),
                MarkChange(enr[3], ses[0], "出席"),  # waitlisted
                MarkChange(enr[0], 999_999, "出席"),
            ],
        )
    messages = [p.message for p in err.value.problems]
    assert len(messages) == 4
    assert "員工2（E2） 第 1 場" in messages[0] and "不可超過該場次時數" in messages[0]
    assert "出席狀態「遲到」無法辨識" in messages[1]
    assert messages[2] == "員工4（E4） 第 1 場：備取人員不登錄出席"
    assert "該場次不屬於本班期" in messages[3]
    assert attendance.attendance_grid(db, cid).missing == 6


def test_fill_all_present_never_overwrites(db: Database) -> None:
    cid, enr, ses = setup_class(db)
    attendance.set_marks(
        db, cid, [MarkChange(enr[0], ses[0], "請假", 60), MarkChange(enr[1], ses[1], "缺課")]
    )
    assert attendance.fill_all_present(db, cid) == 4
    grid = attendance.attendance_grid(db, cid)
    assert grid.missing == 0
    marks = {r.name: r.marks for r in grid.rows}
    assert marks["員工1"][ses[0]] == attendance.Mark("請假", 60)
    assert marks["員工2"][ses[1]] == attendance.Mark("缺課")
    assert marks["員工3"] == {ses[0]: attendance.Mark("出席"), ses[1]: attendance.Mark("出席")}
    assert {r.name: r.outlook for r in grid.rows} == {
        "員工1": None,
        "員工2": "未請假缺課",
        "員工3": None,
    }
    assert attendance.fill_all_present(db, cid) == 0


def test_live_outlook_from_set_marks(db: Database) -> None:
    cid, enr, ses = setup_class(db)
    result = attendance.set_marks(db, cid, [MarkChange(enr[0], ses[0], "請假", 120)])
    assert result.changed == 1 and result.outlooks == {enr[0]: None}  # exactly 1/3: still fine
    result = attendance.set_marks(db, cid, [MarkChange(enr[0], ses[1], "請假", 30)])
    assert result.outlooks == {enr[0]: "請假逾三分之一"}
    # Clearing a cell before closing is allowed and not logged.
    attendance.set_marks(db, cid, [MarkChange(enr[0], ses[1], None)])
    with db.session() as s:
        assert s.scalar(select(Attendance.id).where(Attendance.session_id == ses[1])) is None
        assert s.scalars(select(ChangeLog)).all() == []


def test_change_after_closing_is_logged_and_recomputed(db: Database) -> None:
    cid, enr, ses = setup_class(db)
    attendance.fill_all_present(db, cid)
    closing.close_class(db, cid, D(2026, 3, 10))
    with db.session() as s:
        s.add(
            Certificate(
                year=2026,
                seq=1,
                number="115研字第0001號",
                enrollment_id=enr[0],
                minutes=360,
                issued_on=D(2026, 3, 11),
            )
        )
    with pytest.raises(InputRefused, match="已結訓班期不可清除"):
        attendance.set_marks(db, cid, [MarkChange(enr[0], ses[0], None)])
    result = attendance.set_marks(db, cid, [MarkChange(enr[0], ses[0], "請假", 60)])
    assert [(c.old, c.new) for c in result.credit_changes] == [("6 小時", "5 小時")]
    with db.session() as s:
        logs = s.scalars(select(ChangeLog).where(ChangeLog.entity == "attendance")).all()
        assert [(x.user, x.entity_id, x.field, x.old, x.new) for x in logs] == [
            ("tester", enr[0], "第 1 場出席", "出席", "請假 1 小時")
        ]
        assert s.scalar(select(Certificate.status)) == "待查"
    grid = attendance.attendance_grid(db, cid)
    assert grid.rows[0].credit_minutes == 300
