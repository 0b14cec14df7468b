"""The measures this package computes itself (SPEC R15), for ``measures.PROVIDERS``.

- ``compliance_rate`` is the hours ledger's own R7 rate (``services.hours.ledger``), so a
  KPI bound to it reports exactly what the 學習時數 page shows;
- ``classes_held``, ``class_hours_held``, ``person_times`` and ``hours_total`` look at the
  closed, not cancelled classes ending in the year (as the ledger counts them), filtered by
  class category, session topic or title words. Category and topic are plain equalities
  and run in SQL; a title word is matched as ``domain.plans.measures.class_matches`` does
  (names folded: separators, width, case), so SQL narrows the classes with a LIKE pattern
  that lets separators between the word's characters through, and the rule itself then
  checks the few titles left. The sums are one aggregate query over what remains;
- ``mode_participation`` is the share of in-scope staff (active, of a staff category with a
  rule set in force, joined by the year's end — the ledger's scope) who have credited hours
  of a delivery mode in the year, from classes of that mode or external records; or the
  same people over the budgeted headcount (編制內預算員額, a setting).

Signatures follow ``measures``: ``(db, year, binding) -> Fraction | int | None``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from fractions import Fraction
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select, union

from hrplanner.domain.plans.measures import (
    BUDGETED_HEADCOUNT,
    CATEGORY,
    DENOMINATOR,
    MODE,
    TITLE,
    TOPIC,
    Binding,
    ClassFacts,
    class_matches,
)
from hrplanner.domain.text import fold_name
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


def _bounds(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _held(year: int) -> list[ColumnElement[bool]]:
    """Closed, not cancelled classes ending in ``year`` (as the ledger counts them)."""
    first, last = _bounds(year)
    return [
        TrainingClass.end_date.between(first, last),
        TrainingClass.closed_on.is_not(None),
        TrainingClass.cancelled.is_(False),
    ]


def _like_pattern(word: str) -> str | None:
    """A LIKE pattern matching every title that contains ``word`` as names are compared
    (``domain.text.fold_name``: separators and spaces between its characters allowed),
    and a few more; None for a word with Latin letters or digits, whose width and case
    only the Python rule compares exactly."""
    folded = fold_name(word)
    if not folded or any(ch.isascii() or ord(ch) >= 0xFF00 for ch in folded):
        return None
    escaped = [ch if ch not in "%_\\" else "\\" + ch for ch in folded]
    return "%" + "%".join(escaped) + "%"


def _filters(binding: Binding) -> tuple[list[ColumnElement[bool]], bool]:
    """SQL conditions for the binding's filters, and whether the titles still need the
    exact check in Python (the LIKE patterns let through a few titles too many)."""
    conditions: list[ColumnElement[bool]] = []
    categories = binding.given(CATEGORY.key)
    if categories:
        conditions.append(
            TrainingClass.category_id.in_(
                select(ClassCategory.id).where(ClassCategory.name.in_(categories))
            )
        )
    topics = binding.given(TOPIC.key)
    if topics:
        conditions.append(
            TrainingClass.id.in_(
                select(ClassSession.class_id)
                .join(LearningTopic, LearningTopic.id == ClassSession.topic_id)
                .where(LearningTopic.name.in_(topics))
            )
        )
    words = binding.given(TITLE.key)
    if not words:
        return conditions, False
    patterns = [_like_pattern(w) for w in words]
    if all(p is not None for p in patterns):
        conditions.append(or_(*(TrainingClass.title.like(p, escape="\\") for p in patterns)))
    return conditions, True


def _aggregate(
    db: Database, year: int, binding: Binding, columns: Sequence[Any], base: Any
) -> tuple[int, ...]:
    """``columns`` (integer aggregates) over ``base`` (a select joined to training_class)
    for the classes passing the binding: one query, or two when titles need the exact check
    (the classes' ids and titles first, then the aggregate over the ones the rule keeps —
    grouping the aggregate by class instead makes SQLite scan every enrollment)."""
    conditions, check_titles = _filters(binding)
    with db.engine.connect() as conn:
        if not check_titles:
            query = base.where(*_held(year), *conditions)
        else:
            rows = conn.execute(
                select(TrainingClass.id, TrainingClass.title).where(*_held(year), *conditions)
            ).all()
            # Category and topics were decided in SQL: only the title is compared here.
            title_only = Binding(
                binding.measure, tuple((k, v) for k, v in binding.values if k == TITLE.key)
            )
            ids = [i for i, title in rows if class_matches(title_only, ClassFacts("", title))]
            if not ids:
                return tuple(0 for _column in columns)
            query = base.where(TrainingClass.id.in_(ids))
        return tuple(int(v or 0) for v in conn.execute(query).one())


def classes_held(db: Database, year: int, binding: Binding) -> int:
    """Closed classes of the year passing the binding's filters."""
    count = func.count(TrainingClass.id)
    return _aggregate(db, year, binding, [count], select(count))[0]


def class_hours_held(db: Database, year: int, binding: Binding) -> Fraction:
    """Their class hours (the sessions' hours) added up, in hours."""
    minutes = func.coalesce(func.sum(ClassSession.minutes), 0)
    base = select(minutes).join(TrainingClass, TrainingClass.id == ClassSession.class_id)
    return Fraction(_aggregate(db, year, binding, [minutes], base)[0], 60)


def _credited(db: Database, year: int, binding: Binding) -> tuple[int, int]:
    people = func.count(Enrollment.id)
    minutes = func.coalesce(func.sum(Enrollment.credit_minutes), 0)
    base = (
        select(people, minutes)
        .join(TrainingClass, TrainingClass.id == Enrollment.class_id)
        .where(Enrollment.status == ENROLLED, Enrollment.credit_minutes > 0)
    )
    people_count, credited = _aggregate(db, year, binding, [people, minutes], base)
    return people_count, credited


def person_times(db: Database, year: int, binding: Binding) -> int:
    """People credited in those classes, counted once per class (人次)."""
    return _credited(db, year, binding)[0]


def hours_total(db: Database, year: int, binding: Binding) -> Fraction:
    """The learning hours credited in those classes, in hours."""
    return Fraction(_credited(db, year, binding)[1], 60)


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
