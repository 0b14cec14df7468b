"""save_class: the class editor stored in one unit of work — create, edit, add, renumber and
delete sessions together; a refused save (one bad session, a session with attendance, a
stale version, a closed class) leaves the class and every session exactly as they were."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from hrplanner.services.common.errors import ConflictError, InputRefused
from hrplanner.services.staff import roster
from hrplanner.services.staff.roster import EmployeeData
from hrplanner.services.training import attendance, class_save, classes, enrollment
from hrplanner.services.training.attendance import MarkChange
from hrplanner.services.training.classes import ClassDetail, ClassInput, SessionInput
from hrplanner.services.training.enrollment import EnrollRequest
from hrplanner.storage.database import Database

D = dt.date
T = dt.time


def snapshot(detail: ClassDetail) -> tuple[object, ...]:
    s = detail.summary
    return (s.title, s.start_date, s.end_date, s.total_minutes, s.version, tuple(detail.sessions))


def existing(detail: ClassDetail) -> list[SessionInput]:
    """The editor rows of a stored class, as the dialog would send them unchanged."""
    return [
        SessionInput(
            v.date,
            v.topic,
            v.start_time,
            v.end_time,
            v.minutes,
            v.meal_served,
            v.session_no,
            id=v.id,
        )
        for v in detail.sessions
    ]


@pytest.fixture
def stored(db: Database) -> ClassDetail:
    return class_save.save_class(
        db,
        None,
        ClassInput("115-010", "環境教育研習"),
        [
            SessionInput(D(2026, 3, 2), "環境教育", T(9), T(12)),
            SessionInput(D(2026, 3, 9), "性別主流化", T(13, 30), T(16), minutes=120),
        ],
    )


def test_create_numbers_sessions_and_keeps_dates(stored: ClassDetail) -> None:
    assert [(v.session_no, v.minutes) for v in stored.sessions] == [(1, 180), (2, 120)]
    assert (stored.summary.start_date, stored.summary.end_date) == (D(2026, 3, 2), D(2026, 3, 9))


def test_edit_add_delete_and_renumber_in_one_save(db: Database, stored: ClassDetail) -> None:
    first, second = existing(stored)
    new = SessionInput(D(2026, 2, 23), "人權教育", T(9), T(11), session_no=1)
    # The old second session becomes number 2 after the new first one; the old first goes.
    saved = class_save.save_class(
        db,
        stored.summary.id,
        ClassInput("115-010", "環境與人權"),
        [new, replace(second, session_no=2, minutes=90)],
        expected_version=stored.summary.version,
    )
    assert saved.summary.title == "環境與人權"
    assert [(v.session_no, v.date, v.minutes, v.topic) for v in saved.sessions] == [
        (1, D(2026, 2, 23), 120, "人權教育"),
        (2, D(2026, 3, 9), 90, "性別主流化"),
    ]
    assert saved.sessions[1].id == second.id  # edited in place, not replaced
    assert (saved.summary.start_date, saved.summary.end_date) == (D(2026, 2, 23), D(2026, 3, 9))
    assert first.id not in {v.id for v in saved.sessions}


def test_one_bad_session_refuses_the_whole_save(db: Database, stored: ClassDetail) -> None:
    before = snapshot(classes.open_class(db, stored.summary.id))
    first = existing(stored)[0]
    bad = SessionInput(D(2026, 4, 1), "不存在的類別", T(9), T(12))
    with pytest.raises(InputRefused) as refused:
        class_save.save_class(
            db,
            stored.summary.id,
            ClassInput("115-010", "改過的名稱"),
            [replace(first, minutes=60), bad, SessionInput(D(2026, 4, 2), "一般", T(12), T(9))],
        )
    messages = [p.message for p in refused.value.problems]
    # Every problem at once, each naming its row.
    assert any("第 2 場" in m and "不存在的類別" in m for m in messages)
    assert any(m.startswith("第 3 場") for m in messages)
    assert snapshot(classes.open_class(db, stored.summary.id)) == before


def test_a_session_with_attendance_cannot_be_deleted(db: Database, stored: ClassDetail) -> None:
    person = roster.create(
        db, EmployeeData(employee_no="A001", name="王小明", unit="人事室", category="公務人員")
    )
    enrollment.enroll(db, stored.summary.id, [EnrollRequest(person, dt.datetime(2026, 2, 1))])
    enrolled = classes.open_class(db, stored.summary.id)
    attendance.set_marks(
        db,
        stored.summary.id,
        [MarkChange(enrolled.enrollees[0].enrollment_id, stored.sessions[0].id, "請假", 120)],
    )
    before = snapshot(classes.open_class(db, stored.summary.id))
    first, second = existing(stored)
    with pytest.raises(InputRefused) as refused:
        class_save.save_class(db, stored.summary.id, ClassInput("115-010", "新名稱"), [second])
    assert "第 1 場已有出席紀錄，無法刪除" in str(refused.value)
    with pytest.raises(InputRefused, match="請假時數超過新的場次時數"):
        class_save.save_class(
            db,
            stored.summary.id,
            ClassInput("115-010", "新名稱"),
            [replace(first, minutes=60), second],
        )
    assert snapshot(classes.open_class(db, stored.summary.id)) == before


def test_stale_version_is_a_conflict(db: Database, stored: ClassDetail) -> None:
    classes.update_class(db, stored.summary.id, ClassInput("115-010", "別人改的"))
    with pytest.raises(ConflictError):
        class_save.save_class(
            db,
            stored.summary.id,
            ClassInput("115-010", "我改的"),
            existing(stored),
            expected_version=stored.summary.version,
        )
    assert classes.open_class(db, stored.summary.id).summary.title == "別人改的"


def test_duplicate_numbers_and_foreign_ids_are_refused(db: Database, stored: ClassDetail) -> None:
    other = class_save.save_class(
        db,
        None,
        ClassInput("115-011", "另一班"),
        [SessionInput(D(2026, 5, 1), "一般", T(9), T(10))],
    )
    first, second = existing(stored)
    with pytest.raises(InputRefused) as refused:
        class_save.save_class(
            db,
            stored.summary.id,
            ClassInput("115-010", "環境教育研習"),
            [first, replace(second, session_no=1), replace(existing(other)[0], session_no=3)],
        )
    text = str(refused.value)
    assert "場次編號 1 重複" in text and "第 3 場：找不到該場次" in text
    assert classes.open_class(db, other.summary.id).sessions == other.sessions


def test_closed_class_keeps_sessions_but_fields_can_change(
    db: Database, stored: ClassDetail
) -> None:
    from hrplanner.services.training import closing

    closing.close_class(db, stored.summary.id, D(2026, 3, 10))
    rows = existing(stored)
    saved = class_save.save_class(db, stored.summary.id, ClassInput("115-010", "只改名稱"), rows)
    assert saved.summary.title == "只改名稱" and saved.sessions == stored.sessions
    with pytest.raises(InputRefused, match="已結訓"):
        class_save.save_class(db, stored.summary.id, ClassInput("115-010", "只改名稱"), rows[:1])
    assert classes.open_class(db, stored.summary.id).sessions == stored.sessions
