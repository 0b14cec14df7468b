"""Enrollment: capacity and waitlist, promotion, 遞補, refusals, overlap warnings, meals."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from hrplanner.services.common.errors import InputRefused
from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.services.training import classes, enrollment
from hrplanner.services.training.classes import ClassInput, SessionInput
from hrplanner.services.training.enrollment import EnrollmentDetails, EnrollRequest
from hrplanner.storage.database import Database
from hrplanner.storage.models import Employee, Enrollment, StaffCategory
from hrplanner.storage.models import TrainingClass as TC

D, T = dt.date, dt.time
BASE = dt.datetime(2026, 1, 5, 9)
DAY, NINE, NOON = D(2026, 3, 2), T(9), T(12)


def make_staff(db: Database, count: int) -> list[int]:
    with db.session() as s:
        unit = get_or_create_unit(s, "人事室")
        cat = s.scalar(select(StaffCategory.id).filter_by(name="公務人員"))
        rows = [
            Employee(
                employee_no=f"E{i:03d}",
                name=f"員工{i:03d}",
                unit_id=unit.id,
                category_id=cat,
                meal="素" if i % 2 == 0 else "葷",
            )
            for i in range(1, count + 1)
        ]
        s.add_all(rows)
        s.flush()
        return [r.id for r in rows]


def new_class(
    db: Database,
    code: str = "115-001",
    capacity: int | None = 2,
    day: dt.date = DAY,
    start: dt.time = NINE,
    end: dt.time = NOON,
) -> int:
    detail = classes.create_class(
        db,
        ClassInput(code, f"班期{code}", capacity=capacity),
        [
            SessionInput(day, "一般", start, end, meal_served=True),
            SessionInput(day + dt.timedelta(days=7), "一般", T(9), T(10)),
        ],
    )
    return detail.summary.id


def at(minutes: int) -> dt.datetime:
    return BASE + dt.timedelta(minutes=minutes)


def statuses(db: Database, class_id: int) -> dict[str, str]:
    return {e.name: e.status for e in classes.open_class(db, class_id).enrollees}


def test_capacity_then_waitlist_by_registration_time(db: Database) -> None:
    ids = make_staff(db, 5)
    cid = new_class(db)
    # Given out of order: registration time decides, not the order of the list.
    result = enrollment.enroll(
        db,
        cid,
        [
            EnrollRequest(ids[2], at(3)),
            EnrollRequest(ids[0], at(1)),
            EnrollRequest(ids[3], at(4)),
            EnrollRequest(ids[1], at(2)),
        ],
    )
    assert {e.name: e.status for e in result.enrollees} == {
        "員工001": "正取",
        "員工002": "正取",
        "員工003": "備取",
        "員工004": "備取",
    }
    assert {e.name: e.meal for e in result.enrollees}["員工002"] == "素"  # from the staff record
    opened = classes.open_class(db, cid)
    assert [(e.name, e.waitlist_no) for e in opened.enrollees if e.status == "備取"] == [
        ("員工003", 1),
        ("員工004", 2),
    ]


def test_cancel_promotes_first_waitlisted_before_start_only(db: Database) -> None:
    ids = make_staff(db, 4)
    cid = new_class(db)
    enrolled = enrollment.enroll(db, cid, [EnrollRequest(e, at(i)) for i, e in enumerate(ids)])
    by_name = {e.name: e.enrollment_id for e in enrolled.enrollees}
    result = enrollment.cancel_enrollment(db, by_name["員工001"], today=D(2026, 3, 1))
    assert result.cancelled.status == "取消"
    assert [p.name for p in result.promoted] == ["員工003"]
    assert result.notices == ["員工003已由備取遞補為正取"]
    # On the first day of the class nobody is promoted any more.
    late = enrollment.cancel_enrollment(db, by_name["員工002"], today=D(2026, 3, 2))
    assert late.promoted == []
    assert statuses(db, cid) == {
        "員工001": "取消",
        "員工002": "取消",
        "員工003": "正取",
        "員工004": "備取",
    }
    with pytest.raises(InputRefused, match="已經取消"):
        enrollment.cancel_enrollment(db, by_name["員工001"], today=D(2026, 3, 1))


def test_refusals(db: Database) -> None:
    ids = make_staff(db, 5)
    cid = new_class(db, capacity=None)
    enrollment.enroll(db, cid, [EnrollRequest(ids[0], at(0))])
    with db.session() as s:
        s.execute(update(Employee).where(Employee.id == ids[4]).values(status="離職"))
    with pytest.raises(InputRefused) as err:
        enrollment.enroll(
            db,
            cid,
            [
                EnrollRequest(ids[0]),  # already enrolled
                EnrollRequest(ids[1], deputy_id=ids[1]),  # deputy = enrollee
                EnrollRequest(ids[2], deputy_id=ids[4]),  # inactive deputy
                EnrollRequest(ids[4]),  # inactive person
                EnrollRequest(ids[3]),
                EnrollRequest(ids[3]),  # twice in one batch
            ],
        )
    text = "\n".join(p.message for p in err.value.problems)
    assert "員工001（E001）：此人已報名本班期" in text
    assert "員工002（E002）：職務代理人須為報名者以外的人員" in text
    assert "員工003（E003）：職務代理人須為在職人員" in text
    assert "員工005（E005）：只有在職人員可以報名" in text
    assert "員工004（E004）：此人已報名本班期" in text
    assert list(statuses(db, cid)) == ["員工001"]  # nothing written
    with db.session() as s:
        s.execute(update(TC).where(TC.id == cid).values(cancelled=True))
    with pytest.raises(InputRefused, match="已取消"):
        enrollment.enroll(db, cid, [EnrollRequest(ids[1])])
    with db.session() as s:
        s.execute(update(TC).where(TC.id == cid).values(cancelled=False, closed_on=D(2026, 4, 1)))
    with pytest.raises(InputRefused, match="已結訓"):
        enrollment.enroll(db, cid, [EnrollRequest(ids[1])])


def test_substitute_in_one_step(db: Database) -> None:
    ids = make_staff(db, 4)
    cid = new_class(db)
    enrolled = enrollment.enroll(db, cid, [EnrollRequest(e, at(i)) for i, e in enumerate(ids[:3])])
    first = enrolled.enrollees[0]
    with pytest.raises(InputRefused, match="此人已報名"):
        enrollment.substitute(db, first.enrollment_id, ids[1])  # already holds a seat
    with pytest.raises(InputRefused, match="職務代理人須為報名者以外"):
        enrollment.substitute(db, first.enrollment_id, ids[3], deputy_id=ids[3])
    result = enrollment.substitute(db, first.enrollment_id, ids[3], deputy_id=ids[0], approved=True)
    assert result.old.status == "取消" and result.old.note == "由員工004遞補"
    assert result.new.status == "正取" and result.new.name == "員工004"
    assert result.new.deputy_name == "員工001" and result.new.approved
    assert result.new.registered_at == first.registered_at
    # A waitlisted person may be named: their own row takes the seat.
    waiting = next(e for e in classes.open_class(db, cid).enrollees if e.status == "備取")
    seat = next(e for e in classes.open_class(db, cid).enrollees if e.name == "員工002")
    again = enrollment.substitute(db, seat.enrollment_id, waiting.employee_id)
    assert again.new.enrollment_id == waiting.enrollment_id and again.new.status == "正取"
    assert statuses(db, cid) == {
        "員工001": "取消",
        "員工002": "取消",
        "員工003": "正取",
        "員工004": "正取",
    }


def test_cancelled_person_can_enroll_again(db: Database) -> None:
    ids = make_staff(db, 1)
    cid = new_class(db)
    row = enrollment.enroll(db, cid, [EnrollRequest(ids[0], at(0))]).enrollees[0]
    enrollment.cancel_enrollment(db, row.enrollment_id, D(2026, 1, 10))
    again = enrollment.enroll(db, cid, [EnrollRequest(ids[0], at(9))]).enrollees[0]
    assert again.enrollment_id == row.enrollment_id and again.status == "正取"


def test_overlap_is_a_warning(db: Database) -> None:
    ids = make_staff(db, 2)
    first = new_class(db, "115-001", day=D(2026, 3, 2), start=T(9), end=T(12))
    second = new_class(db, "115-002", day=D(2026, 3, 2), start=T(11), end=T(14))
    touching = new_class(db, "115-003", day=D(2026, 3, 2), start=T(12), end=T(13))
    enrollment.enroll(db, first, [EnrollRequest(ids[0])])
    result = enrollment.enroll(db, second, [EnrollRequest(ids[0]), EnrollRequest(ids[1])])
    assert len(result.enrollees) == 2  # enrolled anyway
    assert any("員工001（E001）" in w and "115-001" in w for w in result.warnings)
    assert not any("員工002" in w for w in result.warnings)
    # Ending at 12:00 does not clash with starting at 12:00; the 9:00 sessions a week
    # later do clash.
    warnings = enrollment.enroll(db, touching, [EnrollRequest(ids[0])]).warnings
    assert not any("115/03/02 與班期「115-001" in w for w in warnings)
    assert any("115/03/09 與班期「115-001 班期115-001」第 2 場時間重疊" in w for w in warnings)


def test_update_details_and_meal_counts(db: Database) -> None:
    ids = make_staff(db, 4)
    cid = new_class(db, capacity=3)
    rows = enrollment.enroll(
        db, cid, [EnrollRequest(e, at(i)) for i, e in enumerate(ids)]
    ).enrollees
    enrollment.update_enrollment(
        db, rows[0].enrollment_id, EnrollmentDetails("不用餐", ids[1], True)
    )
    with pytest.raises(InputRefused, match="用餐只能是"):
        enrollment.update_enrollment(
            db, rows[0].enrollment_id, EnrollmentDetails("全素", None, True)
        )
    counts = enrollment.meal_counts(db, cid)
    assert len(counts) == 1 and counts[0].session_no == 1  # only the session marked 供餐
    # 正取: 員工001 不用餐, 員工002 素, 員工003 葷; the waitlisted 員工004 is not counted.
    assert counts[0].counts == {"葷": 1, "素": 1, "不用餐": 1}
    with db.session() as s:
        assert (
            s.scalar(select(Enrollment.deputy_id).where(Enrollment.id == rows[0].enrollment_id))
            == ids[1]
        )


def test_meal_counts_leave_out_whole_session_leave(db: Database) -> None:
    from hrplanner.services.training import attendance
    from hrplanner.services.training.attendance import MarkChange

    ids = make_staff(db, 3)
    cid = new_class(db, capacity=None)
    rows = enrollment.enroll(db, cid, [EnrollRequest(e, at(i)) for i, e in enumerate(ids)])
    by_name = {e.name: e.enrollment_id for e in rows.enrollees}
    first = classes.open_class(db, cid).sessions[0].id
    attendance.set_marks(
        db,
        cid,
        [
            MarkChange(by_name["員工001"], first, "請假"),  # the whole session: no meal
            MarkChange(by_name["員工003"], first, "請假", 60),  # an hour: still eats
        ],
    )
    (count,) = enrollment.meal_counts(db, cid)
    assert count.counts == {"葷": 1, "素": 1, "不用餐": 0}
