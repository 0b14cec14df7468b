"""The demo's training history (small size): consistent with the credit rule and the ledger."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from fractions import Fraction
from pathlib import Path

from sqlalchemy import func, select

from hrplanner.domain.credit import Mark, SessionInfo, compute_credit
from hrplanner.services.demo import agency, training
from hrplanner.services.hours import ledger, newhires
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    Attendance,
    ClassSession,
    CreditByTopic,
    Enrollment,
    ExternalRecord,
    LearningTopic,
    TrainingClass,
)


def test_declared_as_a_demo_generator() -> None:
    assert "hrplanner.services.demo.training:generate_training" in agency.GENERATORS


def test_small_history_is_consistent(db: Database) -> None:
    summary = agency.generate(db, "small", seed=3)
    today = dt.date.today()
    extra = summary.extra
    assert extra["訓練班期"] == 20
    assert extra["報名"] > 200 and extra["出席紀錄"] > extra["報名"] // 2
    with db.session() as s:
        classes = s.execute(select(TrainingClass)).scalars().all()
        years = {c.end_date.year for c in classes if c.end_date}
        assert years == {today.year - 1, today.year}
        assert all(c.code.startswith(f"{c.end_date.year - 1911}-") for c in classes if c.end_date)
        for c in classes:
            ended = c.end_date is not None and c.end_date < today
            assert (c.closed_on is not None) == (ended and not c.cancelled)
            assert c.registered_on is None or c.closed_on is not None
        topic_names = dict(s.execute(select(LearningTopic.id, LearningTopic.name)).all())
        sessions: dict[int, list[SessionInfo]] = defaultdict(list)
        for sess in s.scalars(select(ClassSession).order_by(ClassSession.session_no)):
            sessions[sess.class_id].append(
                SessionInfo(sess.id, sess.minutes, topic_names[sess.topic_id])
            )
        marks: dict[int, dict[int, Mark]] = defaultdict(dict)
        statuses: dict[str, int] = defaultdict(int)
        for a in s.scalars(select(Attendance)):
            marks[a.enrollment_id][a.session_id] = Mark(a.status, a.leave_minutes)
            statuses[a.status] += 1
        by_topic: dict[int, dict[str, int]] = defaultdict(dict)
        for c in s.scalars(select(CreditByTopic)):
            by_topic[c.enrollment_id][topic_names[c.topic_id]] = c.minutes
        closed = {c.id: c for c in classes if c.closed_on}
        checked = 0
        for enr in s.scalars(select(Enrollment)):
            cls = closed.get(enr.class_id)
            if cls is None or enr.status != "正取":
                assert enr.credit_minutes is None and enr.id not in by_topic
                continue
            # The stored credit is exactly what the rule gives for the stored attendance.
            expected = compute_credit(
                sessions[cls.id],
                marks[enr.id],
                leave_limit=Fraction(cls.leave_limit_num, cls.leave_limit_den),
                online=cls.mode == "數位",
                completed=enr.completed,
            )
            assert (enr.credit_minutes, enr.credit_reason) == (expected.minutes, expected.reason)
            assert by_topic.get(enr.id, {}) == expected.by_topic
            checked += 1
        assert checked > 100
        total = sum(statuses.values())
        assert 0.02 < statuses["請假"] / total < 0.16
        assert statuses["缺課"] / total < 0.06
        assert s.scalar(select(func.count()).select_from(ExternalRecord))
    rate = ledger.compliance(db, today.year - 1)
    assert rate is not None and Fraction(1, 2) < rate <= 1


def _fingerprint(database: Database) -> tuple[int, int, int]:
    with database.session() as s:
        return (
            s.scalar(select(func.sum(Enrollment.credit_minutes))) or 0,
            s.scalar(select(func.count()).select_from(Attendance)) or 0,
            s.scalar(select(func.sum(ExternalRecord.minutes))) or 0,
        )


def test_same_seed_same_history(db: Database, tmp_path: Path) -> None:
    today = dt.date(2024, 6, 30)
    results = []
    other = Database.open(str(tmp_path / "other.db"))
    for database in (db, other):
        agency.generate(database, "small", seed=5)
        before = _fingerprint(database)
        counts = training.generate_training(database, "small", random.Random(9), None, today)
        results.append((counts, _fingerprint(database), before))
    other.close()
    assert results[0] == results[1]
    with db.session() as s:
        codes = list(s.scalars(select(TrainingClass.code).where(TrainingClass.code.like("113-%"))))
        assert len(codes) == 10
        # Ids were assigned by the generator: a class added afterwards still gets a fresh id
        # (PostgreSQL's sequence was moved past them).
        s.add(TrainingClass(code="TEST-1", title="之後新增"))
        s.flush()


def test_initial_training_classes_take_recent_hires(db: Database) -> None:
    """R17 in the demo: two initial-training classes a year, for untrained 公務人員 hired in
    the year before; only those classes carry the category, and hires get trained."""
    from hrplanner.services.common.reference import get_or_create_unit
    from hrplanner.storage.models import ClassCategory, Employee, StaffCategory

    today = dt.date(2024, 12, 31)
    with db.session() as s:
        unit = get_or_create_unit(s, "人事室").id
        cats = dict(s.execute(select(StaffCategory.name, StaffCategory.id)).all())
        for i in range(30):
            # 公務人員 hired every ~3 weeks over 2023–2024, one 約聘僱人員 in five.
            category = "約聘僱人員" if i % 5 == 4 else "公務人員"
            hired = dt.date(2023, 1, 9) + dt.timedelta(days=23 * i)
            s.add(
                Employee(
                    employee_no=f"H{i:03d}",
                    name=f"新人{i}",
                    unit_id=unit,
                    category_id=cats[category],
                    hire_date=hired,
                )
            )
        s.add(Employee(employee_no="OLD", name="資深", unit_id=unit, category_id=cats["公務人員"],
                       hire_date=dt.date(1999, 1, 4)))  # fmt: skip
    counts = training.generate_training(db, "small", random.Random(4), None, today)
    assert counts["訓練班期"] == 20
    with db.session() as s:
        initial = s.scalar(select(ClassCategory.id).filter_by(name="初任人員訓練"))
        rows = s.execute(
            select(TrainingClass.start_date, Employee.hire_date, StaffCategory.name)
            .join(Enrollment, Enrollment.class_id == TrainingClass.id)
            .join(Employee, Employee.id == Enrollment.employee_id)
            .join(StaffCategory, StaffCategory.id == Employee.category_id)
            .where(TrainingClass.category_id == initial)
        ).all()
        n_initial = s.scalar(
            select(func.count()).select_from(TrainingClass).filter_by(category_id=initial)
        )
    assert n_initial == 4
    assert rows
    for start, hired, category in rows:
        assert category == "公務人員"
        assert start - dt.timedelta(days=365) <= hired < start
    hires = newhires.new_hires_due(db, 2024, today)
    assert "OLD" not in {h.employee_no for h in hires}
    trained = [h for h in hires if h.trained]
    assert len(trained) >= len(hires) // 2


def test_seats_never_exceed_capacity_and_empty_classes_are_called_off(db: Database) -> None:
    agency.generate(db, "small", seed=1)
    with db.session() as s:
        enrolled = dict(
            s.execute(
                select(Enrollment.class_id, func.count())
                .where(Enrollment.status == "正取")
                .group_by(Enrollment.class_id)
            ).all()
        )
        for c in s.execute(select(TrainingClass)).scalars():
            assert enrolled.get(c.id, 0) <= (c.capacity or 10**6), c.code  # R8
            if not enrolled.get(c.id):
                assert c.cancelled and c.closed_on is None and c.registered_on is None, c.code


def test_registration_as_a_real_office_keeps_it() -> None:
    """R11 in the demo: classes over two months old all registered, nearly all within the
    deadline and after closing, a few late; the past fortnight's not yet; some in between."""
    from types import SimpleNamespace

    from hrplanner.services.demo.training_rows import registered

    today = dt.date(2026, 12, 1)
    ctx = SimpleNamespace(today=today, rng=random.Random(5))
    old, late, recent_waiting, recent = 0, 0, 0, 0
    for age in range(1, 400):
        end = today - dt.timedelta(days=age)
        for closing in (1, 3, 5):
            closed = min(today, end + dt.timedelta(days=closing))
            day = registered(ctx, end, closed)  # type: ignore[arg-type]
            if age < 14:
                assert day is None
                continue
            if age < 60:
                recent += 1
                recent_waiting += day is None
            else:
                assert day is not None, age
                old += 1
            if day is not None:
                assert closed <= day <= today
                # 7 working days are at least 7 calendar days: on time if within a week.
                late += (day - end).days > 7
    assert 0 < late < 0.08 * old
    assert 0.05 * recent < recent_waiting < 0.4 * recent


def test_small_demo_has_no_old_class_waiting_for_registration(db: Database) -> None:
    agency.generate(db, "small", seed=3)
    today = dt.date.today()
    with db.session() as s:
        for c in s.scalars(select(TrainingClass).where(TrainingClass.closed_on.is_not(None))):
            assert c.end_date is not None
            if (today - c.end_date).days >= 60:
                assert c.registered_on is not None, c.code
            if c.registered_on is not None:
                assert c.closed_on <= c.registered_on <= today, c.code
