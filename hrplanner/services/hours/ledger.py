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
from contextvars import ContextVar
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from hrplanner.domain import requirement
from hrplanner.domain.requirement import Evaluation, RuleSet
from hrplanner.domain.vocabulary import ENROLLED
from hrplanner.i18n import _
from hrplanner.services.common.errors import NotFound
from hrplanner.services.hours.ledger_stream import (
    KIND_CLASS,
    KIND_EXTERNAL,
    Person,
    people_minutes,
    year_bounds,
)
from hrplanner.services.hours.ledger_stream import (
    credit_aggregate_query as credit_aggregate_query,  # the query other areas build on
)
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    CreditByTopic,
    Employee,
    Enrollment,
    ExternalRecord,
    LearningTopic,
    RequirementRule,
    TrainingClass,
)

IN_LIST_LIMIT = 500


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
    return list(iter_evaluated(session, year, _rule_sets_by_category(session, year), flt))


def iter_evaluated(
    session: Session, year: int, rules: dict[int, RuleSet], flt: LedgerFilter
) -> Iterator[tuple[Person, Evaluation]]:
    """(person, evaluation) for every in-scope person passing ``flt``, in the ledger's
    order, streamed: each person is evaluated as their rows arrive (see ledger_stream)."""
    for person, minutes in people_minutes(session, year, rules, flt.unit):
        ev = requirement.evaluate(rules[person.category_id], minutes)
        if flt.not_met_only and ev.met:
            continue
        if flt.over_120_only and not ev.over_120:
            continue
        yield person, ev


def ledger_row(person: Person, year: int, ev: Evaluation) -> LedgerRow:
    return LedgerRow(
        employee_id=person.id,
        employee_no=person.employee_no,
        name=person.name,
        unit=person.unit,
        category=person.category,
        year=year,
        total_minutes=ev.total,
        group_minutes=ev.by_group,
        group_shortfall=ev.group_shortfall,
        met=ev.met,
        missing_minutes=ev.missing,
        over_120=ev.over_120,
    )


def year_ledger(db: Database, year: int, flt: LedgerFilter | None = None) -> list[LedgerRow]:
    """Every in-scope active person's hours for ``year`` (Gregorian), sorted by unit and
    employee number, narrowed by ``flt``."""
    with db.session() as session:
        evaluated = _evaluate_year(session, year, flt or LedgerFilter())
    return [ledger_row(person, year, ev) for person, ev in evaluated]


def group_names(rules: dict[int, RuleSet]) -> list[str]:
    """Group names of ``rules`` in rule order (the export's columns); a group shared by
    several categories appears once."""
    names: list[str] = []
    for category_id in sorted(rules):
        for group in rules[category_id].groups:
            if group.name not in names:
                names.append(group.name)
    return names


def rule_sets_in_force(session: Session, year: int) -> dict[int, RuleSet]:
    """The rule set in force in ``year`` for each staff category id that has one."""
    return _rule_sets_by_category(session, year)


def year_groups(db: Database, year: int) -> list[str]:
    """Group names of the rule sets in force in ``year``, in rule order."""
    with db.session() as session:
        return group_names(_rule_sets_by_category(session, year))


# Within ``remembering()``: each year's R7 rate once computed, by (database, year).
_remembered: ContextVar[dict[tuple[int, int], Fraction | None] | None] = ContextVar(
    "remembered_compliance", default=None
)


@contextmanager
def remembering() -> Iterator[None]:
    """Within: a year's compliance rate is evaluated once, however many ask for it (the
    home page's compliance card and a KPI bound to R7 read the same year in one go)."""
    token = _remembered.set({})
    try:
        yield
    finally:
        _remembered.reset(token)


def _remember(db: Database, year: int, rate: Fraction | None) -> None:
    memo = _remembered.get()
    if memo is not None:
        memo[(id(db), year)] = rate


def compliance(db: Database, year: int) -> Fraction | None:
    """R7: the share of in-scope active staff meeting R6 in ``year``; None if nobody."""
    memo = _remembered.get()
    if memo is not None and (id(db), year) in memo:
        return memo[(id(db), year)]
    with db.session() as session:
        evaluations = [ev for _person, ev in _evaluate_year(session, year, LedgerFilter())]
    rate = requirement.compliance_rate(evaluations)
    _remember(db, year, rate)
    return rate


@dataclass(frozen=True)
class YearLedger:
    """What the hours page shows for a year: the group columns, the rows passing the
    filter, and the compliance rate of everyone in scope (R7, whatever the filter)."""

    year: int
    groups: list[str]
    rows: list[LedgerRow]
    rate: Fraction | None


def year_summary(db: Database, year: int, flt: LedgerFilter | None = None) -> YearLedger:
    """The ledger rows, the group columns and the compliance rate of ``year`` from one
    evaluation of the year (the page used to evaluate it twice: ledger, then rate)."""
    flt = flt or LedgerFilter()
    people = LedgerFilter()  # the rate counts everyone in scope
    with db.session() as session, _without_gc_pauses():
        rules = _rule_sets_by_category(session, year)
        evaluated = list(iter_evaluated(session, year, rules, people))
    rows = [
        ledger_row(person, year, ev)
        for person, ev in evaluated
        if (not flt.unit or person.unit == flt.unit)
        and not (flt.not_met_only and ev.met)
        and not (flt.over_120_only and not ev.over_120)
    ]
    rate = requirement.compliance_rate(ev for _, ev in evaluated)
    _remember(db, year, rate)
    return YearLedger(year, group_names(rules), rows, rate)


def _class_records(
    session: Session, year: int, employee_ids: Iterable[int] | None
) -> list[CreditRecord]:
    first, last = year_bounds(year)
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
    first, last = year_bounds(year)
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
