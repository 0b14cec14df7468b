"""Closing a class: the acceptance scenario of R3–R5 and R8 end to end, refusals, the
full-hours policy, reopening with old → new in the change log, marking hours registered."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from hrplanner.services.common import settings_service
from hrplanner.services.common.errors import InputRefused
from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.services.training import attendance, classes, closing, enrollment
from hrplanner.services.training.attendance import MarkChange
from hrplanner.services.training.classes import ClassInput, SessionInput
from hrplanner.services.training.enrollment import EnrollRequest
from hrplanner.settings import Setting
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    Certificate,
    ChangeLog,
    CreditByTopic,
    Employee,
    Enrollment,
    LearningTopic,
    StaffCategory,
)

D, T = dt.date, dt.time
TODAY_BEFORE = D(2026, 2, 20)
AFTER = D(2026, 3, 10)


class Scenario:
    """30 seats, 32 registrations, two sessions of 3 h on two topics (6 h in all)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        with db.session() as s:
            unit = get_or_create_unit(s, "人事室")
            cat = s.scalar(select(StaffCategory.id).filter_by(name="公務人員"))
            staff = [
                Employee(
                    employee_no=f"A{i:03d}", name=f"人員{i:03d}", unit_id=unit.id, category_id=cat
                )
                for i in range(1, 34)
            ]
            s.add_all(staff)
            s.flush()
            self.staff = {e.employee_no: e.id for e in staff}
        detail = classes.create_class(
            db,
            ClassInput("115-010", "環境與性別研習", capacity=30),
            [
                SessionInput(D(2026, 3, 2), "環境教育", T(9), T(12)),
                SessionInput(D(2026, 3, 3), "性別主流化", T(13), T(16)),
            ],
        )
        self.cid = detail.summary.id
        self.s1, self.s2 = (v.id for v in detail.sessions)
        base = dt.datetime(2026, 1, 10, 8)
        requests = [
            EnrollRequest(self.staff[f"A{i:03d}"], base + dt.timedelta(minutes=i))
            for i in range(1, 33)
        ]
        enrollment.enroll(db, self.cid, requests)

    def enrollment_of(self, no: str) -> int:
        with self.db.session() as s:
            found = s.scalar(
                select(Enrollment.id).where(
                    Enrollment.class_id == self.cid, Enrollment.employee_id == self.staff[no]
                )
            )
            assert found is not None
            return found

    def credits(self) -> dict[str, tuple[int | None, str | None, dict[str, int]]]:
        with self.db.session() as s:
            rows = s.execute(
                select(
                    Employee.employee_no,
                    Enrollment.id,
                    Enrollment.credit_minutes,
                    Enrollment.credit_reason,
                )
                .join(Employee, Employee.id == Enrollment.employee_id)
                .where(Enrollment.class_id == self.cid)
            ).all()
            topics = s.execute(
                select(CreditByTopic.enrollment_id, LearningTopic.name, CreditByTopic.minutes).join(
                    LearningTopic, LearningTopic.id == CreditByTopic.topic_id
                )
            ).all()
        split: dict[int, dict[str, int]] = {}
        for enrollment_id, topic, minutes in topics:
            split.setdefault(enrollment_id, {})[topic] = minutes
        return {no: (minutes, reason, split.get(eid, {})) for no, eid, minutes, reason in rows}

    def enter_attendance(self) -> None:
        e = self.enrollment_of
        attendance.set_marks(
            self.db,
            self.cid,
            [
                MarkChange(e("A001"), self.s1, "請假", 60),  # 1 h + 1 h = exactly 1/3 of 6 h
                MarkChange(e("A001"), self.s2, "請假", 60),
                MarkChange(e("A002"), self.s1, "請假"),  # the whole 3 h: over the limit
                MarkChange(e("A003"), self.s2, "缺課"),
                MarkChange(e("A004"), self.s2, "請假", 30),  # a partial leave
            ],
        )
        assert attendance.fill_all_present(self.db, self.cid) == 60 - 5


def test_acceptance_scenario(db: Database) -> None:
    sc = Scenario(db)
    opened = classes.open_class(db, sc.cid, TODAY_BEFORE)
    assert opened.summary.enrolled == 30 and opened.summary.waitlisted == 2

    # A cancellation before the start promotes the first waitlisted person (A031).
    cancelled = enrollment.cancel_enrollment(db, sc.enrollment_of("A010"), TODAY_BEFORE)
    assert [p.employee_no for p in cancelled.promoted] == ["A031"]
    assert cancelled.notices == ["人員031已由備取遞補為正取"]
    # 遞補: A011's seat goes to A033 in one step.
    swap = enrollment.substitute(db, sc.enrollment_of("A011"), sc.staff["A033"])
    assert swap.old.note == "由人員033遞補" and swap.new.status == "正取"

    # Closing is refused while attendance is missing, naming who and which sessions.
    attendance.set_marks(db, sc.cid, [MarkChange(sc.enrollment_of("A001"), sc.s1, "出席")])
    with pytest.raises(InputRefused) as err:
        closing.close_class(db, "115-010", AFTER)
    problems = [p.message for p in err.value.problems]
    assert len(problems) == 30
    assert "人員001（A001）：第 2 場尚未登錄出席" in problems
    assert "人員002（A002）：第 1、2 場尚未登錄出席" in problems

    sc.enter_attendance()
    result = closing.close_class(db, "115-010", AFTER)
    assert len(result.lines) == 30 and result.changes == []
    credits = sc.credits()
    assert credits["A001"] == (240, None, {"環境教育": 120, "性別主流化": 120})
    assert credits["A002"] == (0, "請假逾三分之一", {})
    assert credits["A003"] == (0, "未請假缺課", {})
    assert credits["A004"] == (330, None, {"環境教育": 180, "性別主流化": 150})
    for no in ("A005", "A031", "A033"):
        assert credits[no] == (360, None, {"環境教育": 180, "性別主流化": 180})
    # Cancelled, substituted and still waitlisted people earn nothing.
    for no in ("A010", "A011", "A032"):
        assert credits[no] == (None, None, {})
    assert classes.open_class(db, sc.cid, AFTER).summary.status == "已結訓"

    # Reopen, change a mark, close again: the change log has old → new.
    with db.session() as s:
        s.add(
            Certificate(
                year=2026,
                seq=7,
                number="115研字第0007號",
                enrollment_id=sc.enrollment_of("A004"),
                minutes=330,
                issued_on=AFTER,
            )
        )
    closing.reopen_class(db, sc.cid)
    attendance.set_marks(db, sc.cid, [MarkChange(sc.enrollment_of("A004"), sc.s2, "出席")])
    again = closing.close_class(db, sc.cid, D(2026, 3, 12))
    assert [(c.name, c.old, c.new) for c in again.changes] == [("人員004", "5.5 小時", "6 小時")]
    assert again.flagged_certificates == 1
    with db.session() as s:
        log = [
            (x.entity, x.entity_id, x.field, x.old, x.new)
            for x in s.scalars(select(ChangeLog).order_by(ChangeLog.id))
            if x.entity in ("attendance", "enrollment")
        ]
        assert s.scalar(select(Certificate.status)) == "待查"
    a004 = sc.enrollment_of("A004")
    assert log == [
        ("attendance", a004, "第 2 場出席", "請假 0.5 小時", "出席"),
        ("enrollment", a004, "學習時數", "5.5 小時", "6 小時"),
    ]
    assert sc.credits()["A004"] == (360, None, {"環境教育": 180, "性別主流化": 180})


def test_full_hours_policy(db: Database) -> None:
    settings_service.update(db, {Setting.CREDIT_POLICY: "full"})
    sc = Scenario(db)
    sc.enter_attendance()
    closing.close_class(db, sc.cid, AFTER)
    credits = sc.credits()
    full = (360, None, {"環境教育": 180, "性別主流化": 180})
    assert credits["A001"] == full  # exactly 1/3 leave: eligible, so the full hours
    assert credits["A004"] == full
    assert credits["A002"] == (0, "請假逾三分之一", {})
    assert credits["A003"] == (0, "未請假缺課", {})
    assert credits["A031"] == (None, None, {})  # still waitlisted: nobody cancelled


def test_close_refusals_and_registration(db: Database) -> None:
    sc = Scenario(db)
    sc.enter_attendance()
    with pytest.raises(InputRefused, match="尚未結束"):
        closing.close_class(db, sc.cid, D(2026, 3, 2))
    with pytest.raises(InputRefused, match="尚未結訓"):
        closing.mark_registered(db, sc.cid, AFTER)
    with pytest.raises(InputRefused, match="尚未結訓"):
        closing.reopen_class(db, sc.cid)
    closing.close_class(db, sc.cid, AFTER)
    with pytest.raises(InputRefused, match="已於 115/03/10 結訓"):
        closing.close_class(db, sc.cid, AFTER)
    with pytest.raises(InputRefused, match="已結訓"):
        enrollment.cancel_enrollment(db, sc.enrollment_of("A001"), AFTER)
    assert closing.mark_registered(db, "115-010", D(2026, 3, 13)) == "115-010"
    assert classes.open_class(db, sc.cid).summary.status == "已登錄時數"
    closing.reopen_class(db, sc.cid)
    # Ended, reopened and not closed again: waiting to be closed.
    detail = classes.open_class(db, sc.cid, AFTER)
    assert detail.registered_on is None and detail.summary.status == "待結訓"


def test_online_class_credits_on_completion(db: Database) -> None:
    sc = Scenario(db)
    with db.session() as s:
        from hrplanner.storage.models import TrainingClass

        cls = s.get(TrainingClass, sc.cid)
        assert cls is not None
        cls.mode = "數位"
    attendance.set_completion(db, sc.cid, {sc.enrollment_of("A001"): True})
    closing.close_class(db, sc.cid, AFTER)  # no attendance needed for 數位
    credits = sc.credits()
    assert credits["A001"] == (360, None, {"環境教育": 180, "性別主流化": 180})
    assert credits["A002"] == (0, "未完成", {})
