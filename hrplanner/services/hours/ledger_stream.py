"""The SQL under the annual ledger (SPEC R6, R7), read as streams in the ledger's order.

A year's ledger and its credited records are read ordered by person (unit order, unit
name, employee number) in SQL and handed on row by row: each person is evaluated and
passed on before the next is read, and a record is written before the next is read. Only
the year's sums per person and topic are held (their size follows the staff, not the
records). The exports write rows as they come; the hours page collects them into a list.

Which records count (``credit_aggregate_query``): closed, not cancelled classes in the
Gregorian year of their ``end_date`` (正取 enrollments only) and external records of the
year of their ``end_date``. Who is in scope (``scope_conditions``): active (在職) people
whose staff category has a rule set in force in the year and who had joined by its end.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, and_, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from hrplanner.domain import vocabulary as v
from hrplanner.storage.models import (
    CreditByTopic,
    Employee,
    Enrollment,
    ExternalRecord,
    LearningTopic,
    StaffCategory,
    TrainingClass,
    Unit,
)

KIND_CLASS = "班期"
KIND_EXTERNAL = "外部"

# The ledger's person order, with the id last so that it is total.
PERSON_ORDER = (Unit.sort_order, Unit.name, Employee.employee_no, Employee.id)


class Person(NamedTuple):
    """An in-scope person as the ledger lists them (a tuple: thousands are made at once)."""

    id: int
    employee_no: str
    name: str
    unit: str
    category: str
    category_id: int


@dataclass(frozen=True)
class CreditLine:
    """One credited class enrollment or external record with its person, for exports."""

    employee_id: int
    employee_no: str
    name: str
    unit: str
    kind: str  # 班期 / 外部
    record_id: int  # enrollment id or external record id
    code: str  # class code; "" for external records
    title: str
    end_date: dt.date
    minutes: int
    by_topic: dict[str, int] = field(default_factory=dict)
    mode: str = ""
    source: str = ""


def year_bounds(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _class_credit_conditions(year: int) -> list[ColumnElement[bool]]:
    first, last = year_bounds(year)
    return [
        TrainingClass.end_date.between(first, last),
        TrainingClass.closed_on.is_not(None),
        TrainingClass.cancelled.is_(False),
        # closing keeps credit for 正取 only; the filter guards a later status edit.
        Enrollment.status == v.ENROLLED,
    ]


def credit_aggregate_query(year: int) -> Select[tuple[Any, Any, Any]]:
    """(employee_id, topic_id, minutes) summed over closed classes ending in ``year`` and
    external records of ``year``: the single grouped query the ledger stands on."""
    first, last = year_bounds(year)
    classes = (
        select(
            Enrollment.employee_id.label("employee_id"),
            CreditByTopic.topic_id.label("topic_id"),
            CreditByTopic.minutes.label("minutes"),
        )
        .join(Enrollment, Enrollment.id == CreditByTopic.enrollment_id)
        .join(TrainingClass, TrainingClass.id == Enrollment.class_id)
        .where(*_class_credit_conditions(year))
    )
    external = select(
        ExternalRecord.employee_id.label("employee_id"),
        ExternalRecord.topic_id.label("topic_id"),
        ExternalRecord.minutes.label("minutes"),
    ).where(ExternalRecord.end_date.between(first, last))
    both = union_all(classes, external).subquery()
    return select(both.c.employee_id, both.c.topic_id, func.sum(both.c.minutes)).group_by(
        both.c.employee_id, both.c.topic_id
    )


def scope_conditions(
    year: int, category_ids: Collection[int], unit: str | None
) -> list[ColumnElement[bool]]:
    """Who is in the year's ledger (see the module docstring); optionally one unit."""
    conditions = [
        Employee.status == v.ACTIVE,
        Employee.category_id.in_(sorted(category_ids)),
        # Someone who joined after the year has no requirement for it.
        or_(Employee.hire_date.is_(None), Employee.hire_date <= dt.date(year, 12, 31)),
    ]
    if unit:
        conditions.append(Unit.name == unit)
    return conditions


def people_minutes(
    session: Session, year: int, category_ids: Collection[int], unit: str | None = None
) -> Iterator[tuple[Person, dict[str, int]]]:
    """Every in-scope person in the ledger's order with their credited minutes per topic
    (an empty dict for someone with none).

    The year's sums come first, one small row per person and topic (a few per person, so
    their size follows the staff, not the records); the people then stream in order."""
    if not category_ids:
        return
    connection = session.connection()
    topics = dict(connection.execute(select(LearningTopic.id, LearningTopic.name)).all())
    sums: dict[int, dict[str, int]] = {}
    for employee_id, topic_id, minutes in connection.execute(credit_aggregate_query(year)):
        sums.setdefault(employee_id, {})[topics[topic_id]] = int(minutes)
    query = (
        select(
            Employee.id,
            Employee.employee_no,
            Employee.name,
            Unit.name,
            StaffCategory.name,
            Employee.category_id,
        )
        .join(Unit, Unit.id == Employee.unit_id)
        .join(StaffCategory, StaffCategory.id == Employee.category_id)
        .where(*scope_conditions(year, category_ids, unit))
        .order_by(*PERSON_ORDER)
    )
    for row in connection.execute(query):
        yield Person(*row), sums.get(row[0], {})


def credit_lines(
    session: Session, year: int, category_ids: Collection[int], unit: str | None = None
) -> Iterator[CreditLine]:
    """Every credited record of the in-scope people of ``year``: by person in the ledger's
    order, then by date (classes and external records mixed), streamed from one query."""
    if not category_ids:
        return
    first, last = year_bounds(year)
    classes = (
        select(
            Enrollment.employee_id.label("employee_id"),
            literal(KIND_CLASS).label("kind"),
            Enrollment.id.label("record_id"),
            TrainingClass.code.label("code"),
            TrainingClass.title.label("title"),
            TrainingClass.end_date.label("end_date"),
            Enrollment.credit_minutes.label("minutes"),
            CreditByTopic.topic_id.label("topic_id"),
            CreditByTopic.minutes.label("topic_minutes"),
            TrainingClass.mode.label("mode"),
            TrainingClass.organizer.label("source"),
        )
        .join(TrainingClass, TrainingClass.id == Enrollment.class_id)
        .join(CreditByTopic, CreditByTopic.enrollment_id == Enrollment.id)
        .where(*_class_credit_conditions(year), Enrollment.credit_minutes > 0)
    )
    external = select(
        ExternalRecord.employee_id,
        literal(KIND_EXTERNAL),
        ExternalRecord.id,
        literal(""),
        ExternalRecord.title,
        ExternalRecord.end_date,
        ExternalRecord.minutes,
        ExternalRecord.topic_id,
        ExternalRecord.minutes,
        ExternalRecord.mode,
        ExternalRecord.source,
    ).where(ExternalRecord.end_date.between(first, last))
    records = union_all(classes, external).subquery()
    r = records.c
    query = (
        select(
            Employee.id,
            Employee.employee_no,
            Employee.name,
            Unit.name,
            r.kind,
            r.record_id,
            r.code,
            r.title,
            r.end_date,
            r.minutes,
            LearningTopic.name,
            r.topic_minutes,
            r.mode,
            r.source,
        )
        .join(Employee, Employee.id == r.employee_id)
        .join(Unit, Unit.id == Employee.unit_id)
        .join(LearningTopic, LearningTopic.id == r.topic_id)
        .where(and_(*scope_conditions(year, category_ids, unit)))
        .order_by(
            *PERSON_ORDER, r.end_date, r.kind, r.code, r.title, r.record_id, LearningTopic.name
        )
    )
    line: CreditLine | None = None
    for row in session.connection().execute(query):
        if line is None or (row[4], row[5]) != (line.kind, line.record_id):
            if line is not None:
                yield line
            emp_id, emp_no, name, unit_name, kind, rec_id, code, title, end, mins = row[:10]
            line = CreditLine(
                emp_id,
                emp_no,
                name,
                unit_name,
                kind,
                rec_id,
                code or "",
                title,
                end,
                mins or 0,
                {},
                row[12] or "",
                row[13] or "",
            )
        line.by_topic[row[10]] = line.by_topic.get(row[10], 0) + row[11]
    if line is not None:
        yield line
