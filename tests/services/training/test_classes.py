"""Classes and sessions: CRUD, dates kept in step, copy to next year, status, open_class."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from sqlalchemy import select

from hrplanner.services.common.errors import ConflictError, InputRefused, NotFound
from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.services.training import classes
from hrplanner.services.training.classes import ClassInput, SessionInput
from hrplanner.services.training.enrollment import EnrollRequest, enroll
from hrplanner.services.training.views import derive_status
from hrplanner.storage.database import Database
from hrplanner.storage.models import Employee, StaffCategory

D = dt.date
T = dt.time


def make_staff(db: Database, count: int, prefix: str = "E") -> list[int]:
    with db.session() as s:
        unit = get_or_create_unit(s, "人事室")
        cat = s.scalar(select(StaffCategory.id).filter_by(name="公務人員"))
        assert cat is not None
        rows = [
            Employee(
                employee_no=f"{prefix}{i:03d}",
                name=f"員工{i:03d}",
                unit_id=unit.id,
                category_id=cat,
                meal="素" if i % 4 == 0 else "葷",
            )
            for i in range(1, count + 1)
        ]
        s.add_all(rows)
        s.flush()
        return [r.id for r in rows]


def two_sessions() -> list[SessionInput]:
    return [
        SessionInput(D(2026, 3, 2), "環境教育", T(9), T(12), meal_served=True),
        SessionInput(D(2026, 3, 9), "性別主流化", T(13, 30), T(16), minutes=120),
    ]


def test_create_keeps_dates_and_hours(db: Database) -> None:
    detail = classes.create_class(
        db, ClassInput("115-001", "環境教育研習", capacity=30), two_sessions()
    )
    assert detail.summary.start_date == D(2026, 3, 2)
    assert detail.summary.end_date == D(2026, 3, 9)
    # 3 h from the time span + 2 h given explicitly (not the 2.5 h span).
    assert detail.summary.total_minutes == 300
    assert [s.minutes for s in detail.sessions] == [180, 120]
    assert [s.session_no for s in detail.sessions] == [1, 2]
    assert detail.leave_limit == Fraction(1, 3)

    late = classes.add_session(
        db, detail.summary.id, SessionInput(D(2026, 4, 1), "一般", T(9), T(10))
    )
    assert late.session_no == 3
    again = classes.open_class(db, detail.summary.id)
    assert again.summary.end_date == D(2026, 4, 1)
    classes.update_session(db, late.id, SessionInput(D(2026, 2, 1), "一般", T(9), T(10)))
    assert classes.open_class(db, "115-001").summary.start_date == D(2026, 2, 1)
    classes.delete_session(db, late.id)
    again = classes.open_class(db, "115-001")
    assert (again.summary.start_date, again.summary.end_date) == (D(2026, 3, 2), D(2026, 3, 9))


def test_refusals_leave_nothing(db: Database) -> None:
    classes.create_class(db, ClassInput("115-001", "甲"), two_sessions())
    with pytest.raises(InputRefused) as err:
        classes.create_class(db, ClassInput("115-001", "", mode="線上", leave_limit=Fraction(3, 2)))
    columns = {p.column for p in err.value.problems}
    assert {"班期代碼", "課程名稱", "學習性質", "請假上限"} <= columns
    with pytest.raises(InputRefused, match="學習類別「不存在」"):
        classes.create_class(
            db, ClassInput("115-002", "乙"), [SessionInput(D(2026, 1, 1), "不存在", T(9), T(10))]
        )
    with pytest.raises(InputRefused, match="須晚於"):
        classes.create_class(
            db, ClassInput("115-003", "丙"), [SessionInput(D(2026, 1, 1), "一般", T(10), T(9))]
        )
    assert [c.code for c in classes.list_classes(db, None, D(2026, 1, 1))] == ["115-001"]
    with pytest.raises(NotFound):
        classes.open_class(db, "999-999")


def test_update_detects_stale_version(db: Database) -> None:
    detail = classes.create_class(db, ClassInput("115-001", "甲"), two_sessions())
    version = detail.summary.version
    classes.update_class(
        db, detail.summary.id, ClassInput("115-001", "乙", capacity=5), expected_version=version
    )
    with pytest.raises(ConflictError):
        classes.update_class(
            db, detail.summary.id, ClassInput("115-001", "丙"), expected_version=version
        )
    assert classes.open_class(db, detail.summary.id).summary.title == "乙"


def test_copy_shifts_a_year(db: Database) -> None:
    old = classes.create_class(
        db,
        ClassInput(
            "113-001",
            "舊班",
            capacity=20,
            registration_deadline=D(2024, 2, 20),
            leave_limit=Fraction(1, 4),
        ),
        [SessionInput(D(2024, 2, 29), "環境教育", T(9), T(12))],
    )
    new = classes.copy_class(db, old.summary.id, "114-001")
    assert new.summary.code == "114-001" and new.summary.title == "舊班"
    assert new.sessions[0].date == D(2025, 2, 28)  # 29 February has no next-year twin
    assert new.registration_deadline == D(2025, 2, 20)
    assert new.leave_limit == Fraction(1, 4)
    assert new.enrollees == []
    with pytest.raises(InputRefused):
        classes.copy_class(db, old.summary.id, "113-001")


def test_status_by_day() -> None:
    base = dict(cancelled=False, closed_on=None, registered_on=None, start_date=D(2026, 3, 2))
    assert derive_status(**base, today=D(2026, 2, 1), registration_open=False) == "規劃中"
    assert derive_status(**base, today=D(2026, 2, 1), registration_open=True) == "報名中"
    assert derive_status(**base, today=D(2026, 3, 2), registration_open=True) == "進行中"
    # The last session on 3 March: running through it, then waiting to be closed.
    ended = {**base, "end_date": D(2026, 3, 3)}
    assert derive_status(**ended, today=D(2026, 3, 3), registration_open=True) == "進行中"
    assert derive_status(**ended, today=D(2026, 3, 4), registration_open=True) == "待結訓"
    assert (
        derive_status(
            **{**ended, "closed_on": D(2026, 3, 4)}, today=D(2026, 3, 5), registration_open=True
        )
        == "已結訓"
    )
    assert (
        derive_status(
            **{**base, "closed_on": D(2026, 3, 10)}, today=D(2026, 4, 1), registration_open=True
        )
        == "已結訓"
    )
    assert (
        derive_status(
            **{**base, "closed_on": D(2026, 3, 10), "registered_on": D(2026, 3, 12)},
            today=D(2026, 4, 1),
            registration_open=True,
        )
        == "已登錄時數"
    )
    assert (
        derive_status(**{**base, "cancelled": True}, today=D(2026, 2, 1), registration_open=True)
        == "已取消"
    )


def test_list_by_year_and_search(db: Database) -> None:
    classes.create_class(db, ClassInput("115-001", "環境教育研習"), two_sessions())
    classes.create_class(
        db,
        ClassInput("114-007", "性別主流化"),
        [SessionInput(D(2025, 5, 5), "性別主流化", T(9), T(12))],
    )
    empty = classes.create_class(db, ClassInput("115-099", "尚未排課"))
    gone = classes.create_class(
        db, ClassInput("115-002", "取消的班"), [SessionInput(D(2026, 6, 1), "一般", T(9), T(12))]
    )
    classes.cancel_class(db, gone.summary.id)
    listed = classes.list_classes(db, 2026, D(2026, 3, 3))
    by_code = {c.code: c for c in listed}
    assert set(by_code) == {"115-001", "115-002", "115-099"}  # undated classes show in every year
    assert by_code["115-001"].status == "進行中"
    assert by_code["115-002"].status == "已取消"
    assert by_code[empty.summary.code].status == "規劃中"
    assert [c.code for c in classes.list_classes(db, 2025, D(2026, 3, 3))] == ["115-099", "114-007"]
    assert [c.code for c in classes.list_classes(db, None, D(2026, 1, 1), search="性別")] == [
        "114-007"
    ]
    assert [c.code for c in classes.list_classes(db, None, D(2026, 1, 1), search="115-00")] == [
        "115-002",
        "115-001",
    ]


def test_open_class_with_200_enrolled_and_a_waitlist(db: Database) -> None:
    # Its speed is measured by benchmarks/open_class_bench.py, not here.
    ids = make_staff(db, 210)
    detail = classes.create_class(db, ClassInput("115-001", "大班", capacity=200), two_sessions())
    base = dt.datetime(2026, 1, 1, 9)
    enroll(
        db,
        detail.summary.id,
        [EnrollRequest(e, base + dt.timedelta(minutes=i)) for i, e in enumerate(ids)],
    )
    opened = classes.open_class(db, detail.summary.id, D(2026, 1, 2))
    assert len(opened.enrollees) == 210
    assert opened.summary.enrolled == 200 and opened.summary.waitlisted == 10
    assert [e.waitlist_no for e in opened.enrollees[200:]] == list(range(1, 11))
    assert opened.summary.status == "報名中"


def test_delete_only_without_enrollments(db: Database) -> None:
    ids = make_staff(db, 1)
    kept = classes.create_class(db, ClassInput("115-001", "有人報名"), two_sessions())
    gone = classes.create_class(db, ClassInput("115-002", "誤建"), two_sessions())
    enroll(db, kept.summary.id, [EnrollRequest(ids[0])])
    with pytest.raises(InputRefused, match="已有人報名"):
        classes.delete_class(db, kept.summary.id)
    classes.delete_class(db, gone.summary.id)
    assert [c.code for c in classes.list_classes(db, None, D(2026, 1, 1))] == ["115-001"]
