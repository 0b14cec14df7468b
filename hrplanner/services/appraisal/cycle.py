"""Opening an appraisal year (``appraisal open YEAR``, SPEC R13–R14) and its committee.

Opening is idempotent: run it again (after new hires, a changed category list) and it adds
who is missing, refreshes the suggested kind and 官等 of records not yet rated, and removes
the empty records of people no longer in scope; nothing an officer entered is touched. It
creates the year's interim periods with the agency's due dates, one interim record per
person and period the person served in, and one year-end appraisal per person with the kind
the service dates suggest (an override needs a reason, see ``year_end.set_kind``).
Everything is written in bulk.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session, aliased

from hrplanner.domain.appraisal.cycle import in_scope
from hrplanner.domain.appraisal.kind import suggest_kind
from hrplanner.domain.appraisal.vocabulary import (
    AppraisalKind,
    InterimStatus,
    WorkflowStatus,
)
from hrplanner.i18n import _
from hrplanner.services.appraisal.config import AppraisalConfig, load_config, template_text
from hrplanner.services.appraisal.yeardata import reward_tallies
from hrplanner.services.common.errors import InputRefused, NotFound, Problem
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    Appraisal,
    AppraisalCycle,
    CommitteeMember,
    Employee,
    InterimPeriodRow,
    InterimRecordRow,
    RankGroup,
    StaffCategory,
    Unit,
)
from hrplanner.storage.models.appraisal import SCHEME_CIVIL

_BATCH = 1000


@dataclass(frozen=True)
class ScopePerson:
    """One person as opening a year sees them."""

    id: int
    employee_no: str
    name: str
    unit_id: int
    category: str
    rank_group: str | None
    status: str
    hire_date: dt.date | None
    leave_date: dt.date | None
    is_supervisor: bool


@dataclass
class OpenReport:
    """What opening (or re-opening) a year did."""

    year: int
    categories: tuple[str, ...]
    due: dt.date
    periods: list[tuple[int, dt.date]] = field(default_factory=list)  # (number, due)
    people: int = 0
    added: int = 0
    removed: int = 0
    kinds: dict[str, int] = field(default_factory=dict)  # 年終考績 / 另予考績 / 不辦理
    interim_added: int = 0
    school_year: int | None = None
    teachers: int = 0


def people(session: Session) -> list[ScopePerson]:
    """Every person with the fields the scope and kind rules need (one query)."""
    rank = aliased(RankGroup)
    rows = session.connection().execute(
        select(
            Employee.id,
            Employee.employee_no,
            Employee.name,
            Employee.unit_id,
            StaffCategory.name,
            rank.name,
            Employee.status,
            Employee.hire_date,
            Employee.leave_date,
            Employee.is_supervisor,
        )
        .join(StaffCategory, StaffCategory.id == Employee.category_id)
        .outerjoin(rank, rank.id == Employee.rank_group_id)
        .order_by(Employee.employee_no)
    )
    return [ScopePerson(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9]) for r in rows]


def in_year(year: int, categories: Sequence[str], everyone: list[ScopePerson]) -> list[ScopePerson]:
    return [
        p
        for p in everyone
        if in_scope(year, p.category, categories, p.status, p.hire_date, p.leave_date)
    ]


def suggestion(year: int, person: ScopePerson) -> tuple[AppraisalKind | None, int]:
    """The suggested kind and the months counted (no hire date: served from before)."""
    start = person.hire_date or dt.date(year - 1, 1, 1)
    found = suggest_kind(year, start, person.leave_date)
    return found.kind, found.months


def unit_heads(everyone: list[ScopePerson]) -> dict[int, int]:
    """unit id → the first supervisor of the unit (by employee number): the default 考核人."""
    heads: dict[int, int] = {}
    for p in everyone:
        if p.is_supervisor and p.status == "在職" and p.unit_id not in heads:
            heads[p.unit_id] = p.id
    return heads


def _cycle(session: Session, year: int, config: AppraisalConfig, categories: tuple[str, ...],
           today: dt.date) -> AppraisalCycle:  # fmt: skip
    cycle = session.scalar(select(AppraisalCycle).filter_by(scheme=SCHEME_CIVIL, year=year))
    due = config.year_end_due_of(year)
    if cycle is None:
        cycle = AppraisalCycle(
            scheme=SCHEME_CIVIL,
            year=year,
            opened_on=today,
            categories=",".join(categories),
            due=due,
            template_json=template_text(config.template),
        )
        session.add(cycle)
    else:
        cycle.categories = ",".join(categories)
    session.flush()
    return cycle


def _periods(session: Session, year: int, config: AppraisalConfig) -> list[InterimPeriodRow]:
    existing = {p.number: p for p in session.scalars(select(InterimPeriodRow).filter_by(year=year))}
    for period in config.periods(year):
        if period.number not in existing:
            row = InterimPeriodRow(
                year=year, number=period.number, start=period.start, end=period.end, due=period.due
            )
            session.add(row)
            existing[period.number] = row
    session.flush()
    return [existing[n] for n in sorted(existing)]


def _served_in(person: ScopePerson, start: dt.date, end: dt.date) -> bool:
    if person.hire_date is not None and person.hire_date > end:
        return False
    return person.leave_date is None or person.leave_date >= start


def open_year(
    db: Database,
    year: int,
    *,
    today: dt.date,
    categories: Sequence[str] | None = None,
    teachers: bool | None = None,
    school_year: int | None = None,
) -> OpenReport:
    """Open (or bring up to date) Gregorian ``year``: periods, who is in scope, kinds.

    ``categories`` default to the agency's setting (公務人員). ``teachers`` (default: when
    there are active 教師) also opens the teachers' school year, by default the one that
    ends in ``year`` (``open 2025`` → 2024-08-01 … 2025-07-31)."""
    config = load_config(db)
    chosen = tuple(dict.fromkeys(c.strip() for c in (categories or config.categories) if c.strip()))
    with db.session() as session:
        known = set(session.scalars(select(StaffCategory.name)))
        unknown = [c for c in chosen if c not in known]
        if unknown:
            raise InputRefused(
                [
                    Problem(
                        _("未知的人員類別「{names}」（可用：{known}）").format(
                            names="、".join(unknown), known="、".join(sorted(known))
                        )
                    )
                ]
            )
        if not chosen:
            raise InputRefused([Problem(_("至少須選擇一個人員類別"))])
        cycle = _cycle(session, year, config, chosen, today)
        report = OpenReport(year, chosen, cycle.due)
        periods = _periods(session, year, config)
        report.periods = [(p.number, p.due) for p in periods]
        everyone = people(session)
        scope = in_year(year, chosen, everyone)
        report.people = len(scope)
        _appraisals(session, year, scope, report)
        _interim(session, periods, scope, unit_heads(everyone), report)
    has_teachers = any(p.category == "教師" and p.status == "在職" for p in everyone)
    if teachers or (teachers is None and (has_teachers or config.school)):
        from hrplanner.services.appraisal.teachers import open_school_year

        sy = year - 1 if school_year is None else school_year
        report.school_year = sy
        report.teachers = open_school_year(db, sy, today=today)
    return report


def _appraisals(session: Session, year: int, scope: list[ScopePerson], report: OpenReport) -> None:
    existing = {a.employee_id: a for a in session.scalars(select(Appraisal).filter_by(year=year))}
    tallies = reward_tallies(session, year)
    wanted = {p.id for p in scope}
    new_rows = []
    for person in scope:
        kind, months = suggestion(year, person)
        label = kind.value if kind is not None else _("不辦理考績")
        row = existing.get(person.id)
        if row is None:
            tally = tallies.get(person.id)
            new_rows.append(
                {
                    "year": year,
                    "employee_id": person.id,
                    "rank_group": person.rank_group,
                    "suggested_kind": kind.value if kind else None,
                    "kind": kind.value if kind else None,
                    "months": months,
                    "net_points": tally.net if tally else 0,
                    "punished": False,
                    "pay_position": "本俸",
                    "status": WorkflowStatus.NOT_RATED.value,
                    "version": 1,
                }
            )
            report.kinds[label] = report.kinds.get(label, 0) + 1
            continue
        current = row.kind if row.kind is not None else None
        if row.status == WorkflowStatus.NOT_RATED.value:
            # The officer's override (a kind with a reason) stays; a kept suggestion follows
            # the dates as they are now.
            if not (row.kind_reason or "").strip():
                row.kind = kind.value if kind else None
            row.suggested_kind = kind.value if kind else None
            row.months = months
            row.rank_group = person.rank_group
            current = row.kind
        shown = current if current is not None else _("不辦理考績")
        report.kinds[shown] = report.kinds.get(shown, 0) + 1
    for start in range(0, len(new_rows), _BATCH):
        session.execute(insert(Appraisal), new_rows[start : start + _BATCH])
    report.added = len(new_rows)
    stale = [
        a.id
        for employee_id, a in existing.items()
        if employee_id not in wanted
        and a.status == WorkflowStatus.NOT_RATED.value
        and a.item_score is None
        and a.work is None
    ]
    for start in range(0, len(stale), _BATCH):
        session.execute(delete(Appraisal).where(Appraisal.id.in_(stale[start : start + _BATCH])))
    report.removed = len(stale)


def _interim(
    session: Session,
    periods: list[InterimPeriodRow],
    scope: list[ScopePerson],
    heads: dict[int, int],
    report: OpenReport,
) -> None:
    new_rows = []
    for period in periods:
        have = set(
            session.scalars(
                select(InterimRecordRow.employee_id).where(InterimRecordRow.period_id == period.id)
            )
        )
        for person in scope:
            if person.id in have or not _served_in(person, period.start, period.end):
                continue
            head = heads.get(person.unit_id)
            new_rows.append(
                {
                    "period_id": period.id,
                    "employee_id": person.id,
                    "appraiser_id": head if head != person.id else None,
                    "supervisor": person.is_supervisor,
                    "status": InterimStatus.NOT_FILLED.value,
                    "levels_json": "{}",
                    "version": 1,
                }
            )
    for start in range(0, len(new_rows), _BATCH):
        session.execute(insert(InterimRecordRow), new_rows[start : start + _BATCH])
    report.interim_added = len(new_rows)


# --- the year's cycle and committee ---------------------------------------------------------


@dataclass(frozen=True)
class CycleInfo:
    id: int
    scheme: str
    year: int
    opened_on: dt.date
    categories: tuple[str, ...]
    due: dt.date
    meeting_date: dt.date | None
    version: int
    members: tuple[tuple[str, str], ...]  # (name, role)


def get_cycle(db: Database, year: int, scheme: str = SCHEME_CIVIL) -> CycleInfo | None:
    """The opened year (or school year), or None when it has not been opened."""
    with db.session() as session:
        cycle = session.scalar(select(AppraisalCycle).filter_by(scheme=scheme, year=year))
        if cycle is None:
            return None
        members = session.execute(
            select(CommitteeMember.name, CommitteeMember.role)
            .where(CommitteeMember.cycle_id == cycle.id)
            .order_by(CommitteeMember.sort_order, CommitteeMember.id)
        ).all()
        return CycleInfo(
            cycle.id,
            cycle.scheme,
            cycle.year,
            cycle.opened_on,
            tuple(c for c in cycle.categories.split(",") if c),
            cycle.due,
            cycle.meeting_date,
            cycle.version,
            tuple((name, role or "") for name, role in members),
        )


def opened_years(db: Database, scheme: str = SCHEME_CIVIL) -> list[int]:
    with db.session() as session:
        return list(
            session.scalars(
                select(AppraisalCycle.year)
                .filter_by(scheme=scheme)
                .order_by(AppraisalCycle.year.desc())
            )
        )


def set_committee(
    db: Database,
    year: int,
    meeting_date: dt.date | None,
    members: Sequence[tuple[str, str]],
    *,
    scheme: str = SCHEME_CIVIL,
    due: dt.date | None = None,
) -> None:
    """The 考績委員會 (or 考核會) of an opened year: meeting date and members (name, role)."""
    problems = [Problem(_("委員姓名不可空白")) for name, _role in members if not name.strip()][:1]
    if problems:
        raise InputRefused(problems)
    with db.session() as session:
        cycle = session.scalar(select(AppraisalCycle).filter_by(scheme=scheme, year=year))
        if cycle is None:
            raise NotFound(_("{year} 年度尚未開辦考核").format(year=year - 1911))
        cycle.meeting_date = meeting_date
        if due is not None:
            cycle.due = due
        session.execute(delete(CommitteeMember).where(CommitteeMember.cycle_id == cycle.id))
        for order, (name, role) in enumerate(members):
            session.add(
                CommitteeMember(
                    cycle_id=cycle.id,
                    name=name.strip(),
                    role=role.strip() or None,
                    sort_order=order,
                )
            )


def unit_names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Unit.id, Unit.name)).all())
