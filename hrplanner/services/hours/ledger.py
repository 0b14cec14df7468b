"""The annual learning-hours ledger (SPEC R6, R7).

Credited minutes are stored when a class closes (``CreditByTopic``) and by hand or import for
learning done elsewhere (``ExternalRecord``), so a year's figures are one grouped SQL sum per
source; the rules themselves (``hrplanner.domain.requirement``) are evaluated in Python.

A class counts in the Gregorian year of its ``end_date`` and only once it is closed (its
credit is final only then); an external record counts in the year of its ``end_date``.
In scope are active (在職) people whose staff category has a rule set in force in the year
and who had joined by the end of it. The schema keeps no leaving date, so people who have
since left (離職, 退休) or are on unpaid leave (留職停薪) drop out of past years too.

The new-hire initial-training list (R17) lives in ``services.newhires`` and the editing of
the rule sets in ``services.rule_sets``.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from sqlalchemy import Select, and_, func, or_, select, union_all
from sqlalchemy.orm import Session

from hrplanner.domain import requirement
from hrplanner.domain.requirement import Evaluation, RuleSet
from hrplanner.domain.vocabulary import ACTIVE, ENROLLED
from hrplanner.i18n import _
from hrplanner.services.common.errors import NotFound
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    CreditByTopic,
    Employee,
    Enrollment,
    ExternalRecord,
    LearningTopic,
    RequirementRule,
    StaffCategory,
    TrainingClass,
    Unit,
)

IN_LIST_LIMIT = 500
KIND_CLASS = "班期"
KIND_EXTERNAL = "外部"


@dataclass(frozen=True)
class LedgerFilter:
    """Optional narrowing of the ledger: one unit (by name), only not met, only over 120 h."""

    unit: str | None = None
    not_met_only: bool = False
    over_120_only: bool = False


@dataclass(frozen=True)
class LedgerRow:
    """One in-scope person's year: all figures in minutes, groups in rule-set order."""

    employee_id: int
    employee_no: str
    name: str
    unit: str
    category: str
    year: int
    total_minutes: int
    group_minutes: dict[str, int]
    group_shortfall: dict[str, int]
    met: bool
    missing_minutes: int  # 尚缺: the fewest further minutes that would meet the requirement
    over_120: bool


@dataclass(frozen=True)
class CreditRecord:
    """One credited class enrollment or external record, for the drill-down and exports."""

    kind: str  # 班期 / 外部
    record_id: int  # enrollment id or external record id
    employee_id: int
    code: str  # class code; "" for external records
    title: str
    end_date: dt.date
    minutes: int
    by_topic: dict[str, int] = field(default_factory=dict)
    mode: str = ""
    source: str = ""


def _year_bounds(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def credit_aggregate_query(year: int) -> Select[tuple[Any, Any, Any]]:
    """(employee_id, topic_id, minutes) summed over closed classes ending in ``year`` and
    external records of ``year``: the single grouped query the ledger stands on."""
    first, last = _year_bounds(year)
    classes = (
        select(
            Enrollment.employee_id.label("employee_id"),
            CreditByTopic.topic_id.label("topic_id"),
            CreditByTopic.minutes.label("minutes"),
        )
        .join(Enrollment, Enrollment.id == CreditByTopic.enrollment_id)
        .join(TrainingClass, TrainingClass.id == Enrollment.class_id)
        .where(
            TrainingClass.end_date.between(first, last),
            TrainingClass.closed_on.is_not(None),
            TrainingClass.cancelled.is_(False),
            # closing keeps credit for 正取 only; the filter guards a later status edit.
            Enrollment.status == ENROLLED,
        )
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


def _rule_sets_by_category(session: Session, year: int) -> dict[int, RuleSet]:
    rows = session.execute(
        select(
            RequirementRule.category_id,
            RequirementRule.year_from,
            RequirementRule.total_minutes,
            RequirementRule.groups_json,
        )
    ).all()
    per_category: dict[int, list[tuple[int, RuleSet]]] = defaultdict(list)
    for category_id, year_from, total, groups_json in rows:
        per_category[category_id].append(
            (year_from, requirement.rule_set_from_json(total, groups_json))
        )
    chosen: dict[int, RuleSet] = {}
    for category_id, rules in per_category.items():
        rule_set = requirement.select_rule_set(rules, year)
        if rule_set is not None:
            chosen[category_id] = rule_set
    return chosen


def _topic_minutes(session: Session, year: int) -> dict[int, dict[str, int]]:
    topics = dict(session.execute(select(LearningTopic.id, LearningTopic.name)).all())
    per_person: dict[int, dict[str, int]] = defaultdict(dict)
    # Run on the session's connection: plain Core rows skip the ORM's per-row bookkeeping,
    # which for ~35,000 (person, topic) rows costs as much as the query itself.
    connection = session.connection()
    for employee_id, topic_id, minutes in connection.execute(credit_aggregate_query(year)).all():
        per_person[employee_id][topics[topic_id]] = int(minutes)
    return per_person


@contextmanager
def _without_gc_pauses() -> Iterator[None]:
    """The ledger creates tens of thousands of small dicts at once, none of them cyclic;
    CPython's cycle collector would rescan them several times over (a third of the time on
    the large demo). Reference counting still frees everything as usual."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _evaluate_year(session: Session, year: int, flt: LedgerFilter) -> list[tuple[Any, Evaluation]]:
    """(person row, evaluation) for every in-scope person passing ``flt``; the person row
    is (id, employee_no, name, unit, category, category_id)."""
    with _without_gc_pauses():
        return _evaluate_year_now(session, year, flt)


def _evaluate_year_now(
    session: Session, year: int, flt: LedgerFilter
) -> list[tuple[Any, Evaluation]]:
    rules = _rule_sets_by_category(session, year)
    if not rules:
        return []
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
        .where(
            Employee.status == ACTIVE,
            Employee.category_id.in_(list(rules)),
            # Someone who joined after the year has no requirement for it.
            or_(Employee.hire_date.is_(None), Employee.hire_date <= dt.date(year, 12, 31)),
        )
        .order_by(Unit.sort_order, Unit.name, Employee.employee_no)
    )
    if flt.unit:
        query = query.where(Unit.name == flt.unit)
    people = session.connection().execute(query).all()
    minutes = _topic_minutes(session, year)
    result: list[tuple[Any, Evaluation]] = []
    empty: dict[str, int] = {}
    for person in people:
        ev = requirement.evaluate(rules[person[5]], minutes.get(person[0], empty))
        if flt.not_met_only and ev.met:
            continue
        if flt.over_120_only and not ev.over_120:
            continue
        result.append((person, ev))
    return result


def year_ledger(db: Database, year: int, flt: LedgerFilter | None = None) -> list[LedgerRow]:
    """Every in-scope active person's hours for ``year`` (Gregorian), sorted by unit and
    employee number, narrowed by ``flt``."""
    with db.session() as session:
        evaluated = _evaluate_year(session, year, flt or LedgerFilter())
    return [
        LedgerRow(
            employee_id=emp_id,
            employee_no=emp_no,
            name=name,
            unit=unit,
            category=category,
            year=year,
            total_minutes=ev.total,
            group_minutes=ev.by_group,
            group_shortfall=ev.group_shortfall,
            met=ev.met,
            missing_minutes=ev.missing,
            over_120=ev.over_120,
        )
        for (emp_id, emp_no, name, unit, category, _category_id), ev in evaluated
    ]


def year_groups(db: Database, year: int) -> list[str]:
    """Group names of the rule sets in force in ``year``, in rule order (the export's
    columns); a group shared by several categories appears once."""
    with db.session() as session:
        rules = _rule_sets_by_category(session, year)
    names: list[str] = []
    for category_id in sorted(rules):
        for group in rules[category_id].groups:
            if group.name not in names:
                names.append(group.name)
    return names


def compliance(db: Database, year: int) -> Fraction | None:
    """R7: the share of in-scope active staff meeting R6 in ``year``; None if nobody."""
    with db.session() as session:
        evaluations = [ev for _person, ev in _evaluate_year(session, year, LedgerFilter())]
    return requirement.compliance_rate(evaluations)


def _class_records(
    session: Session, year: int, employee_ids: Iterable[int] | None
) -> list[CreditRecord]:
    first, last = _year_bounds(year)
    conditions = [
        TrainingClass.end_date.between(first, last),
        TrainingClass.closed_on.is_not(None),
        TrainingClass.cancelled.is_(False),
        Enrollment.credit_minutes > 0,
        Enrollment.status == ENROLLED,
    ]
    if employee_ids is not None:
        conditions.append(Enrollment.employee_id.in_(list(employee_ids)))
    rows = session.execute(
        select(
            Enrollment.id,
            Enrollment.employee_id,
            TrainingClass.code,
            TrainingClass.title,
            TrainingClass.end_date,
            Enrollment.credit_minutes,
            TrainingClass.mode,
            TrainingClass.organizer,
            LearningTopic.name,
            CreditByTopic.minutes,
        )
        .join(TrainingClass, TrainingClass.id == Enrollment.class_id)
        .join(CreditByTopic, CreditByTopic.enrollment_id == Enrollment.id)
        .join(LearningTopic, LearningTopic.id == CreditByTopic.topic_id)
        .where(and_(*conditions))
        .order_by(Enrollment.employee_id, TrainingClass.end_date, TrainingClass.code)
    ).all()
    records: dict[int, CreditRecord] = {}
    for enr_id, emp_id, code, title, end, credit, mode, organizer, topic, minutes in rows:
        record = records.get(enr_id)
        if record is None:
            record = CreditRecord(
                KIND_CLASS,
                enr_id,
                emp_id,
                code,
                title,
                end or first,
                credit or 0,
                {},
                mode,
                organizer or "",
            )
            records[enr_id] = record
        record.by_topic[topic] = record.by_topic.get(topic, 0) + minutes
    return list(records.values())


def _external_records(
    session: Session, year: int, employee_ids: Iterable[int] | None
) -> list[CreditRecord]:
    first, last = _year_bounds(year)
    query = (
        select(ExternalRecord, LearningTopic.name)
        .join(LearningTopic, LearningTopic.id == ExternalRecord.topic_id)
        .where(ExternalRecord.end_date.between(first, last))
        .order_by(ExternalRecord.employee_id, ExternalRecord.end_date, ExternalRecord.title)
    )
    if employee_ids is not None:
        query = query.where(ExternalRecord.employee_id.in_(list(employee_ids)))
    return [
        CreditRecord(
            KIND_EXTERNAL,
            rec.id,
            rec.employee_id,
            "",
            rec.title,
            rec.end_date,
            rec.minutes,
            {topic: rec.minutes},
            rec.mode,
            rec.source or "",
        )
        for rec, topic in session.execute(query).all()
    ]


def year_records(
    db: Database, year: int, employee_ids: Iterable[int] | None = None
) -> list[CreditRecord]:
    """Every credited record of ``year`` (classes, then external, by person and date)."""
    wanted = None if employee_ids is None else set(employee_ids)
    # A long id list would hit SQLite's bound-parameter limit: read the year, filter here.
    ids = None if wanted is None or len(wanted) > IN_LIST_LIMIT else sorted(wanted)
    with db.session() as session:
        records = _class_records(session, year, ids) + _external_records(session, year, ids)
    if wanted is not None and ids is None:
        records = [r for r in records if r.employee_id in wanted]
    records.sort(key=lambda r: (r.employee_id, r.end_date, r.kind, r.code, r.title))
    return records


def person_records(db: Database, employee_id: int, year: int) -> list[CreditRecord]:
    """One person's credited records of ``year``, for the ledger's drill-down."""
    with db.session() as session:
        if session.get(Employee, employee_id) is None:
            raise NotFound(_("找不到人員（編號 {id}）").format(id=employee_id))
    return year_records(db, year, [employee_id])
