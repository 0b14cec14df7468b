"""The measures this package computes itself (SPEC R15), for ``measures.PROVIDERS``.

- ``compliance_rate`` is the hours ledger's own R7 rate (``services.hours.ledger``), so a
  KPI bound to it reports exactly what the 學習時數 page shows;
- ``classes_held``, ``class_hours_held``, ``person_times`` and ``hours_total`` look at the
  closed, not cancelled classes ending in the year (as the ledger counts them), filtered by
  class category, session topic or title words through ``domain.plans.measures.
  class_matches``: one grouped query reads each class of the year with its hours and
  credited enrollees, the filter runs on those few hundred rows, and the sums follow;
- ``mode_participation`` is the share of in-scope staff (active, of a staff category with a
  rule set in force, joined by the year's end — the ledger's scope) who have credited hours
  of a delivery mode in the year, from classes of that mode or external records; or the
  same people over the budgeted headcount (編制內預算員額, a setting).

Signatures follow ``measures``: ``(db, year, binding) -> Fraction | int | None``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from fractions import Fraction

from sqlalchemy import Select, func, or_, select, union
from sqlalchemy.orm import Session

from hrplanner.domain.plans.measures import (
    BUDGETED_HEADCOUNT,
    CLASS_FILTERS,
    DENOMINATOR,
    MODE,
    TOPIC,
    Binding,
    ClassFacts,
    class_matches,
)
from hrplanner.domain.vocabulary import ACTIVE, ENROLLED
from hrplanner.services.hours import ledger
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    ClassCategory,
    ClassSession,
    Employee,
    Enrollment,
    ExternalRecord,
    LearningTopic,
    RequirementRule,
    TrainingClass,
)


def compliance_rate(db: Database, year: int, binding: Binding) -> Fraction | None:
    """R7 as the ledger computes it: the share of in-scope staff meeting R6."""
    return ledger.compliance(db, year)


@dataclass(frozen=True)
class HeldClass:
    id: int
    facts: ClassFacts
    minutes: int  # class hours (sum of its sessions)
    person_times: int  # 正取 enrollees credited
    credit_minutes: int


def _bounds(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def held_classes(s: Session, year: int, *, enrollments: bool, topics: bool) -> list[HeldClass]:
    """The closed classes ending in ``year`` with their hours (and, when asked, credited
    enrollees and session topics): two or three grouped queries."""
    first, last = _bounds(year)
    conn = s.connection()
    year_classes = (
        select(TrainingClass.id)
        .where(
            TrainingClass.end_date.between(first, last),
            TrainingClass.closed_on.is_not(None),
            TrainingClass.cancelled.is_(False),
        )
        .scalar_subquery()
    )
    hours = (
        select(ClassSession.class_id, func.sum(ClassSession.minutes).label("minutes"))
        .where(ClassSession.class_id.in_(year_classes))
        .group_by(ClassSession.class_id)
        .subquery()
    )
    query = (
        select(
            TrainingClass.id,
            TrainingClass.title,
            ClassCategory.name,
            func.coalesce(hours.c.minutes, 0),
        )
        .outerjoin(ClassCategory, ClassCategory.id == TrainingClass.category_id)
        .outerjoin(hours, hours.c.class_id == TrainingClass.id)
        .where(TrainingClass.id.in_(year_classes))
    )
    rows = conn.execute(query).all()
    credited: dict[int, tuple[int, int]] = {}
    if enrollments:
        credited = {
            class_id: (int(people), int(minutes or 0))
            for class_id, people, minutes in conn.execute(
                select(Enrollment.class_id, func.count(), func.sum(Enrollment.credit_minutes))
                .where(
                    Enrollment.class_id.in_(year_classes),
                    Enrollment.status == ENROLLED,
                    Enrollment.credit_minutes > 0,
                )
                .group_by(Enrollment.class_id)
            )
        }
    topic_names: dict[int, set[str]] = defaultdict(set)
    if topics:
        for class_id, name in conn.execute(
            select(ClassSession.class_id, LearningTopic.name)
            .join(LearningTopic, LearningTopic.id == ClassSession.topic_id)
            .where(ClassSession.class_id.in_(year_classes))
            .distinct()
        ):
            topic_names[class_id].add(name)
    return [
        HeldClass(
            class_id,
            ClassFacts(category or "", title, frozenset(topic_names.get(class_id, ()))),
            int(minutes),
            *credited.get(class_id, (0, 0)),
        )
        for class_id, title, category, minutes in rows
    ]


def _matching(db: Database, year: int, binding: Binding, *, enrollments: bool) -> list[HeldClass]:
    with db.session() as s:
        classes = held_classes(
            s, year, enrollments=enrollments, topics=bool(binding.given(TOPIC.key))
        )
    if not any(binding.given(p.key) for p in CLASS_FILTERS):
        return classes
    return [c for c in classes if class_matches(binding, c.facts)]


def classes_held(db: Database, year: int, binding: Binding) -> int:
    """Closed classes of the year passing the binding's filters."""
    return len(_matching(db, year, binding, enrollments=False))


def class_hours_held(db: Database, year: int, binding: Binding) -> Fraction:
    """Their class hours added up, in hours."""
    return Fraction(sum(c.minutes for c in _matching(db, year, binding, enrollments=False)), 60)


def person_times(db: Database, year: int, binding: Binding) -> int:
    """People credited in those classes, counted once per class (人次)."""
    return sum(c.person_times for c in _matching(db, year, binding, enrollments=True))


def hours_total(db: Database, year: int, binding: Binding) -> Fraction:
    """The learning hours credited in those classes, in hours."""
    minutes = sum(c.credit_minutes for c in _matching(db, year, binding, enrollments=True))
    return Fraction(minutes, 60)


def in_scope_staff(year: int) -> Select[int]:
    """The ledger's scope as a query of employee ids: active, of a staff category with a
    rule set in force in ``year``, joined by its end."""
    return select(Employee.id).where(
        Employee.status == ACTIVE,
        Employee.category_id.in_(
            select(RequirementRule.category_id).where(RequirementRule.year_from <= year)
        ),
        or_(Employee.hire_date.is_(None), Employee.hire_date <= dt.date(year, 12, 31)),
    )


def mode_participation(db: Database, year: int, binding: Binding) -> Fraction | None:
    """The share of in-scope staff (or of the budgeted headcount) credited with hours of
    the binding's delivery mode (default 數位) in ``year``; None when the denominator is 0."""
    first, last = _bounds(year)
    modes = binding.get(MODE.key)
    scope = in_scope_staff(year)
    from_classes = (
        select(Enrollment.employee_id.label("employee_id"))
        .join(TrainingClass, TrainingClass.id == Enrollment.class_id)
        .where(
            TrainingClass.end_date.between(first, last),
            TrainingClass.closed_on.is_not(None),
            TrainingClass.cancelled.is_(False),
            TrainingClass.mode.in_(modes),
            Enrollment.status == ENROLLED,
            Enrollment.credit_minutes > 0,
        )
    )
    from_external = select(ExternalRecord.employee_id.label("employee_id")).where(
        ExternalRecord.end_date.between(first, last),
        ExternalRecord.mode.in_(modes),
        ExternalRecord.minutes > 0,
    )
    people = union(from_classes, from_external).subquery()
    with db.session() as s:
        conn = s.connection()
        numerator = int(
            conn.execute(
                select(func.count()).select_from(people).where(people.c.employee_id.in_(scope))
            ).scalar_one()
        )
        if binding.get(DENOMINATOR.key) == (BUDGETED_HEADCOUNT,):
            from hrplanner.services.common import settings_service
            from hrplanner.settings import Setting

            denominator = int(settings_service.get(db, Setting.BUDGETED_HEADCOUNT) or 0)
        else:
            denominator = int(
                conn.execute(select(func.count()).select_from(scope.subquery())).scalar_one()
            )
    if denominator == 0:
        return None
    return Fraction(numerator, denominator)
