"""Interim appraisal records (平時成績考核, SPEC R13): a period's list with its filters, and
entering levels, facts, appraiser and status.

A period's list is three queries however many people it holds. A save checks the record
with the domain's rules (levels from the year's template, facts before 已填, a 考核人 in
service) and keeps the day it first reached 已填, on which its timeliness is judged.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from hrplanner.domain.appraisal.cycle import appraiser_problems
from hrplanner.domain.appraisal.interim import (
    InterimRecord,
    InterimTiming,
    interim_problems,
    interim_timing,
)
from hrplanner.domain.appraisal.interim_template import InterimTemplate
from hrplanner.domain.appraisal.problems import Problem as RuleProblem
from hrplanner.domain.appraisal.vocabulary import InterimStatus, parse_interim_status
from hrplanner.i18n import _
from hrplanner.services.appraisal.changes import check_version, log, refuse, refusing_stale
from hrplanner.services.appraisal.config import load_config, parse_template
from hrplanner.services.common.errors import NotFound
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    AppraisalCycle,
    Employee,
    InterimPeriodRow,
    InterimRecordRow,
    Unit,
)
from hrplanner.storage.models.appraisal import SCHEME_CIVIL

ENTITY = "interim_record"


@dataclass(frozen=True)
class PeriodInfo:
    id: int
    year: int
    number: int
    start: dt.date
    end: dt.date
    due: dt.date


@dataclass(frozen=True)
class InterimRow:
    id: int
    version: int
    period: int
    employee_id: int
    employee_no: str
    name: str
    unit: str
    title: str
    appraiser_id: int | None
    appraiser: str
    supervisor: bool
    status: str
    levels: Mapping[str, str]
    facts: str
    filled_on: dt.date | None
    due: dt.date
    timing: InterimTiming

    @property
    def overdue(self) -> bool:
        return self.timing == InterimTiming.OVERDUE


@dataclass(frozen=True)
class InterimFilter:
    unit: str | None = None
    status: str | None = None  # 未填 / 已填 / 已核, or an InterimTiming value such as 逾期未填


@dataclass(frozen=True)
class InterimList:
    period: PeriodInfo
    template: InterimTemplate
    rows: list[InterimRow]
    # unit → (records, not yet 已填): for the agenda and the page's summary line
    by_unit: dict[str, tuple[int, int]] = field(default_factory=dict)


def year_template(session: Session, year: int) -> InterimTemplate:
    """The interim template the opened year keeps (the agency's current one otherwise)."""
    text = session.scalar(
        select(AppraisalCycle.template_json).filter_by(scheme=SCHEME_CIVIL, year=year)
    )
    return parse_template(text)


def periods(db: Database, year: int) -> list[PeriodInfo]:
    with db.session() as session:
        rows = session.scalars(
            select(InterimPeriodRow).filter_by(year=year).order_by(InterimPeriodRow.number)
        )
        return [PeriodInfo(p.id, p.year, p.number, p.start, p.end, p.due) for p in rows]


def _period(session: Session, year: int, number: int) -> InterimPeriodRow:
    found = session.scalar(select(InterimPeriodRow).filter_by(year=year, number=number))
    if found is None:
        raise NotFound(
            _("{year} 年度第 {number} 期平時考核尚未開辦（請先執行 appraisal open）").format(
                year=year - 1911, number=number
            )
        )
    return found


def levels_of(text: str | None) -> dict[str, str]:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _rows_query(period_id: int):  # type: ignore[no-untyped-def]
    appraiser = aliased(Employee)
    return (
        select(
            InterimRecordRow,
            Employee.employee_no,
            Employee.name,
            Unit.name,
            Employee.title,
            appraiser.name,
        )
        .join(Employee, Employee.id == InterimRecordRow.employee_id)
        .join(Unit, Unit.id == Employee.unit_id)
        .outerjoin(appraiser, appraiser.id == InterimRecordRow.appraiser_id)
        .where(InterimRecordRow.period_id == period_id)
        .order_by(Unit.sort_order, Unit.name, Employee.employee_no)
    )


def _row(
    found: tuple[InterimRecordRow, str, str, str, str | None, str | None],
    period: InterimPeriodRow,
    today: dt.date,
) -> InterimRow:
    rec, no, name, unit, title, appraiser_name = found
    return InterimRow(
        rec.id,
        rec.version,
        period.number,
        rec.employee_id,
        no,
        name,
        unit,
        title or "",
        rec.appraiser_id,
        appraiser_name or "",
        rec.supervisor,
        rec.status,
        levels_of(rec.levels_json),
        rec.facts or "",
        rec.filled_on,
        period.due,
        interim_timing(rec.filled_on, period.due, today),
    )


def list_interim(
    db: Database, year: int, number: int, *, today: dt.date, flt: InterimFilter | None = None
) -> InterimList:
    """Everyone of one period, by unit and employee number, with timeliness on ``today``."""
    flt = flt or InterimFilter()
    with db.session() as session:
        period = _period(session, year, number)
        info = PeriodInfo(
            period.id, period.year, period.number, period.start, period.end, period.due
        )
        template = year_template(session, year)
        rows: list[InterimRow] = []
        by_unit: dict[str, tuple[int, int]] = {}
        for found in session.execute(_rows_query(period.id)):
            row = _row(found, period, today)
            total, open_ = by_unit.get(row.unit, (0, 0))
            not_filled = row.status == InterimStatus.NOT_FILLED.value
            by_unit[row.unit] = (total + 1, open_ + not_filled)
            if flt.unit and row.unit != flt.unit:
                continue
            if flt.status and flt.status not in (row.status, row.timing.value):
                continue
            rows.append(row)
        return InterimList(info, template, rows, by_unit)


def one_interim(db: Database, record_id: int, today: dt.date) -> InterimRow:
    """One record as the list shows it (to refresh one line after a save)."""
    with db.session() as session:
        rec = session.get(InterimRecordRow, record_id)
        if rec is None:
            raise NotFound(_("找不到這筆平時考核（編號 {id}）").format(id=record_id))
        period = session.get(InterimPeriodRow, rec.period_id)
        assert period is not None
        found = session.execute(
            _rows_query(period.id).where(InterimRecordRow.id == record_id)
        ).one()
        return _row(found, period, today)


@dataclass(frozen=True)
class InterimEntry:
    """What is entered for one record; ``levels`` holds every item (a blank level clears)."""

    status: str
    levels: Mapping[str, str]
    facts: str = ""
    appraiser_id: int | None = None


def entry_problems(
    entry: InterimEntry,
    template: InterimTemplate,
    *,
    supervisor: bool,
    person_id: int,
    appraiser_active: bool,
) -> tuple[RuleProblem, ...]:
    try:
        status = parse_interim_status(entry.status)
    except ValueError as exc:
        return (RuleProblem("interim_status_unknown", str(exc)),)
    record = InterimRecord(status, dict(entry.levels), entry.facts, supervisor)
    return interim_problems(record, template) + appraiser_problems(
        person_id, entry.appraiser_id, appraiser_active
    )


def apply_entry(
    session: Session,
    user: str,
    rec: InterimRecordRow,
    entry: InterimEntry,
    template: InterimTemplate,
    today: dt.date,
) -> bool:
    """Check and write one entry onto ``rec`` (the import shares it); True if it changed."""
    active = True
    if entry.appraiser_id is not None:
        active = session.scalar(select(Employee.status).filter_by(id=entry.appraiser_id)) == "在職"
    refuse(
        entry_problems(
            entry,
            template,
            supervisor=rec.supervisor,
            person_id=rec.employee_id,
            appraiser_active=active,
        )
    )
    status = parse_interim_status(entry.status)
    levels = {name: code.strip() for name, code in entry.levels.items() if code.strip()}
    old_levels = levels_of(rec.levels_json)
    changed = False
    for item in template.item_names:
        if old_levels.get(item, "") != levels.get(item, ""):
            log(session, user, ENTITY, rec.id, item, old_levels.get(item), levels.get(item))
            changed = True
    if levels != old_levels:
        rec.levels_json = json.dumps(levels, ensure_ascii=False)
    facts = entry.facts.strip() or None
    if rec.facts != facts:
        rec.facts, changed = facts, True
    if rec.appraiser_id != entry.appraiser_id:
        log(session, user, ENTITY, rec.id, "考核人", rec.appraiser_id, entry.appraiser_id)
        rec.appraiser_id, changed = entry.appraiser_id, True
    if rec.status != status.value:
        log(session, user, ENTITY, rec.id, "狀態", rec.status, status.value)
        rec.status, changed = status.value, True
        if status == InterimStatus.NOT_FILLED:
            rec.filled_on = rec.confirmed_on = None
        else:
            rec.filled_on = rec.filled_on or today
            rec.confirmed_on = today if status == InterimStatus.CONFIRMED else None
    return changed


def save_interim(
    db: Database,
    record_id: int,
    entry: InterimEntry,
    *,
    version: int | None,
    today: dt.date,
) -> InterimRow:
    """Save one record; InputRefused names every problem, ConflictError on a stale copy."""
    with refusing_stale(), db.session() as session:
        rec = session.get(InterimRecordRow, record_id)
        if rec is None:
            raise NotFound(_("找不到這筆平時考核（編號 {id}）").format(id=record_id))
        check_version(rec.version, version)
        period = session.get(InterimPeriodRow, rec.period_id)
        assert period is not None
        apply_entry(session, db.user, rec, entry, year_template(session, period.year), today)
    return one_interim(db, record_id, today)


def agency_template(db: Database) -> InterimTemplate:
    """The agency's current template (what a year opened now would copy)."""
    return load_config(db).template
