"""The annual learning-hours ledger (SPEC R6, R7, R17) and the editable rule sets.

Credited minutes are stored when a class closes (``CreditByTopic``) and by hand or import for
learning done elsewhere (``ExternalRecord``), so a year's figures are one grouped SQL sum per
source; the rules themselves (``hrplanner.domain.requirement``) are evaluated in Python.

A class counts in the Gregorian year of its ``end_date`` and only once it is closed (its
credit is final only then); an external record counts in the year of its ``end_date``.
In scope are active (在職) people whose staff category has a rule set in force in the year
and who had joined by the end of it. The schema keeps no leaving date, so people who have
since left (離職, 退休) or are on unpaid leave (留職停薪) drop out of past years too.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from sqlalchemy import Select, and_, func, or_, select, union_all
from sqlalchemy.orm import Session

from hrplanner.domain import newhire, requirement
from hrplanner.domain.requirement import Evaluation, RuleSet
from hrplanner.services.errors import InputRefused, NotFound, Problem
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    ClassCategory,
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

ACTIVE = "在職"
ENROLLED = "正取"
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


@dataclass(frozen=True)
class RuleSetEntry:
    """A stored rule set: in force from ``year_from`` for one staff category."""

    id: int
    year_from: int
    category: str
    rule_set: RuleSet


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
    for employee_id, topic_id, minutes in connection.execute(credit_aggregate_query(year)):
        per_person[employee_id][topics[topic_id]] = int(minutes)
    return per_person


def _evaluate_year(session: Session, year: int, flt: LedgerFilter) -> list[tuple[Any, Evaluation]]:
    """(person row, evaluation) for every in-scope person passing ``flt``; the person row
    is (id, employee_no, name, unit, category, category_id)."""
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
        for (emp_id, emp_no, name, unit, category, _), ev in evaluated
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
        evaluations = [ev for _, ev in _evaluate_year(session, year, LedgerFilter())]
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
            raise NotFound(f"找不到人員（編號 {employee_id}）")
    return year_records(db, year, [employee_id])


# --- new hires (R17) -------------------------------------------------------------------

NEW_HIRE_CATEGORY = "公務人員"
INITIAL_TITLE_MARK = "初任"
# Untrained hires stay on later years' lists (carried over) for this many years after the
# year they were hired: long enough to chase a late one, short enough that long-serving
# staff whose initial training predates the records kept here do not fill the list.
CARRY_OVER_YEARS = 2


@dataclass(frozen=True)
class NewHireRow:
    """A 公務人員 hired in the year, or an earlier hire still untrained whose due date has
    come by the end of the year, and whether initial training is done or overdue."""

    employee_id: int
    employee_no: str
    name: str
    unit: str
    hire_date: dt.date
    due: dt.date
    trained: bool
    overdue: bool


def _initially_trained(session: Session, hires: dict[int, dt.date], category: str) -> set[int]:
    """Of ``hires`` (employee id → hire date), those who took initial training after their
    hire date: credit in a closed class of ``category``, or an external record whose title
    names that category or says 初任 (初任公務人員訓練 is given by the civil-service
    academy and typed in as an external record)."""
    trained: set[int] = set()
    ids = sorted(hires)
    for chunk_start in range(0, len(ids), IN_LIST_LIMIT):
        chunk = ids[chunk_start : chunk_start + IN_LIST_LIMIT]
        class_ends = session.execute(
            select(Enrollment.employee_id, TrainingClass.end_date)
            .join(TrainingClass, TrainingClass.id == Enrollment.class_id)
            .join(ClassCategory, ClassCategory.id == TrainingClass.category_id)
            .where(
                Enrollment.employee_id.in_(chunk),
                Enrollment.status == ENROLLED,
                Enrollment.credit_minutes > 0,
                ClassCategory.name == category,
                TrainingClass.closed_on.is_not(None),
                TrainingClass.cancelled.is_(False),
            )
        ).all()
        marks = [INITIAL_TITLE_MARK] + ([category] if category else [])
        external_ends = session.execute(
            select(ExternalRecord.employee_id, ExternalRecord.end_date).where(
                ExternalRecord.employee_id.in_(chunk),
                ExternalRecord.minutes > 0,
                or_(*(ExternalRecord.title.contains(m, autoescape=True) for m in marks)),
            )
        ).all()
        for emp_id, end in [*class_ends, *external_ends]:
            if end is not None and end >= hires[emp_id]:
                trained.add(emp_id)
    return trained


def new_hires_due(db: Database, year: int, today: dt.date) -> list[NewHireRow]:
    """The initial-training list of ``year`` (R17), most urgent first.

    Listed are active 公務人員 hired in ``year`` (trained or not), and those hired in the
    ``CARRY_OVER_YEARS`` years before who are still untrained and whose due date (4 months
    after reporting) falls in or before ``year``: someone hired in November is due, and
    possibly overdue, in the next year. Initial training is recognised explicitly (see
    ``_initially_trained``; the class category is the setting
    ``Setting.INITIAL_TRAINING_CATEGORY``), so an ordinary course does not clear the flag.
    """
    from hrplanner.services import settings_service
    from hrplanner.settings import Setting

    category = str(settings_service.get(db, Setting.INITIAL_TRAINING_CATEGORY))
    first, last = _year_bounds(year)
    with db.session() as session:
        people = session.execute(
            select(Employee.id, Employee.employee_no, Employee.name, Unit.name, Employee.hire_date)
            .join(Unit, Unit.id == Employee.unit_id)
            .join(StaffCategory, StaffCategory.id == Employee.category_id)
            .where(
                Employee.status == ACTIVE,
                StaffCategory.name == NEW_HIRE_CATEGORY,
                Employee.hire_date.between(dt.date(year - CARRY_OVER_YEARS, 1, 1), last),
            )
        ).all()
        hires: dict[int, dt.date] = {p[0]: p[4] for p in people if p[4] is not None}
        trained = _initially_trained(session, hires, category)
    rows: list[NewHireRow] = []
    for emp_id, emp_no, name, unit, _ in people:
        hired = hires[emp_id]  # the BETWEEN filter leaves no hire date empty
        due = newhire.initial_training_due(hired)
        done = emp_id in trained
        if hired < first and done:
            continue  # an earlier year's hire is carried over only while untrained
        rows.append(
            NewHireRow(emp_id, emp_no, name, unit, hired, due, done, not done and today > due)
        )
    rows.sort(key=lambda r: (r.due, r.employee_no))
    return rows


# --- rule sets -------------------------------------------------------------------------


def get_rule_sets(db: Database) -> list[RuleSetEntry]:
    """Every stored rule set, by category order and starting year."""
    with db.session() as session:
        rows = session.execute(
            select(RequirementRule, StaffCategory.name)
            .join(StaffCategory, StaffCategory.id == RequirementRule.category_id)
            .order_by(StaffCategory.sort_order, RequirementRule.year_from)
        ).all()
        return [
            RuleSetEntry(
                rule.id,
                rule.year_from,
                category,
                requirement.rule_set_from_json(rule.total_minutes, rule.groups_json),
            )
            for rule, category in rows
        ]


def save_rule_set(db: Database, year_from: int, category: str, rule_set: RuleSet) -> RuleSetEntry:
    """Create or replace the rule set of ``category`` in force from ``year_from``.

    Refused (InputRefused) for an unknown category or a group naming an unknown topic: a
    typo there would silently leave a group that nobody can ever meet.
    """
    with db.session() as session:
        category_id = session.scalar(select(StaffCategory.id).filter_by(name=category))
        problems: list[Problem] = []
        if category_id is None:
            problems.append(Problem(f"人員類別「{category}」不存在", column="人員類別"))
        if not 1912 <= year_from <= 9999:
            problems.append(Problem(f"起始年度 {year_from} 不正確", column="年度"))
        topics = set(session.scalars(select(LearningTopic.name)))
        for group in rule_set.groups:
            unknown = sorted(group.topics - topics)
            if unknown:
                problems.append(
                    Problem(
                        f"「{group.name}」包含不存在的學習類別：{'、'.join(unknown)}",
                        column="學習類別",
                    )
                )
        if problems:
            raise InputRefused(problems)
        rule = session.scalar(
            select(RequirementRule).filter_by(year_from=year_from, category_id=category_id)
        )
        if rule is None:
            rule = RequirementRule(year_from=year_from, category_id=category_id)
            session.add(rule)
        rule.total_minutes = rule_set.total_minutes
        rule.groups_json = requirement.rule_set_to_json(rule_set)
        session.flush()
        return RuleSetEntry(rule.id, year_from, category, rule_set)


def delete_rule_set(db: Database, year_from: int, category: str) -> None:
    """Remove one stored rule set; the previous one (if any) is in force again."""
    with db.session() as session:
        rule = session.scalar(
            select(RequirementRule)
            .join(StaffCategory, StaffCategory.id == RequirementRule.category_id)
            .where(RequirementRule.year_from == year_from, StaffCategory.name == category)
        )
        if rule is None:
            raise NotFound(f"找不到 {category} 自 {year_from} 年起的時數規定")
        session.delete(rule)
