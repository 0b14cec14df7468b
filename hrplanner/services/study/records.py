"""Study records (進修, SPEC R12): add, edit, delete, and a year's list with its places.

Every save goes through the rules of ``hrplanner.domain.study``: a weekly schedule over
eight office hours cannot exist, a record that breaks the kind rules is refused, and an
approval of 部分辦公時間進修 or 全時進修 that the year's quota (one tenth of the budgeted
headcount, at least one) cannot hold is refused naming who holds the places. 公餘進修
never takes a place. Two officers editing one record on a shared server never overwrite
each other (``version``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from hrplanner.domain import study as rules
from hrplanner.domain.study import StudyRuleError, WeeklySchedule, YearQuota
from hrplanner.i18n import _
from hrplanner.services.common import settings_service
from hrplanner.services.common.errors import ConflictError, InputRefused, NotFound, Problem
from hrplanner.settings import Setting
from hrplanner.storage.database import Database
from hrplanner.storage.models import Employee, StudyRecord, StudyWeekday, Unit

TEXT_LIMITS = {"school": 100, "programme": 100, "degree": 50}
# Column names of the 進修 workbook (SPEC §3.1), used to say where a problem is.
COLUMN_OF = {
    "employee_no": "員工編號",
    "kind": "進修類別",
    "school": "學校",
    "programme": "系所",
    "degree": "學位或學分",
    "start_date": "起始日期",
    "end_date": "結束日期",
    "weekly": "每週公假時數",
    "job_related": "與業務有關",
    "approved_on": "核准日期",
}


@dataclass(frozen=True)
class StudyInput:
    """What a user types for one study record; the weekly hours as weekday → minutes."""

    employee_no: str
    kind: str
    start_date: dt.date
    end_date: dt.date | None = None
    school: str = ""
    programme: str = ""
    degree: str = ""
    weekly_minutes: Mapping[int, int] = field(default_factory=dict)
    job_related: bool | None = None
    approved_on: dt.date | None = None
    note: str = ""
    version: int | None = None  # the version read, for an edit


@dataclass(frozen=True)
class StudyView:
    id: int
    employee_id: int
    employee_no: str
    name: str
    unit: str
    kind: str
    start_date: dt.date
    end_date: dt.date | None
    school: str
    programme: str
    degree: str
    weekly: WeeklySchedule
    job_related: bool | None
    approved_on: dt.date | None
    note: str
    version: int

    @property
    def weekly_text(self) -> str:
        return rules.format_weekly_hours(self.weekly)

    def as_rule(self) -> rules.StudyRecord:
        return rules.StudyRecord(
            self.employee_id,
            self.name,
            self.kind,
            self.start_date,
            self.end_date,
            self.approved_on,
            self.weekly,
            self.job_related,
            self.id,
        )


@dataclass(frozen=True)
class Saved:
    """A stored record and what the officer should still look at."""

    record: StudyView
    warnings: tuple[str, ...] = ()


def budgeted_headcount(db: Database) -> int:
    return int(settings_service.get(db, Setting.BUDGETED_HEADCOUNT))


def _view(rec: StudyRecord, employee: Employee, unit: str) -> StudyView:
    weekly = rules.weekly_schedule({d.weekday: d.minutes for d in rec.weekdays})
    return StudyView(
        rec.id,
        rec.employee_id,
        employee.employee_no,
        employee.name,
        unit,
        rec.kind,
        rec.start_date,
        rec.end_date,
        rec.school or "",
        rec.programme or "",
        rec.degree or "",
        weekly,
        rec.job_related,
        rec.approved_on,
        rec.note or "",
        rec.version,
    )


def _views(session: Session, where: object = None) -> list[StudyView]:
    query = (
        select(StudyRecord, Employee, Unit.name)
        .join(Employee, Employee.id == StudyRecord.employee_id)
        .join(Unit, Unit.id == Employee.unit_id)
        .options(selectinload(StudyRecord.weekdays))  # one query for every record's week
        .order_by(StudyRecord.start_date, Employee.employee_no, StudyRecord.id)
    )
    if where is not None:
        query = query.where(where)  # type: ignore[arg-type]
    return [_view(rec, emp, unit) for rec, emp, unit in session.execute(query)]


def quota_records(session: Session) -> list[rules.StudyRecord]:
    """Every approved record of a kind that takes a place, as the quota rules see it."""
    rows = session.execute(
        select(StudyRecord.id, StudyRecord.employee_id, Employee.name, StudyRecord.kind)
        .add_columns(StudyRecord.start_date, StudyRecord.end_date, StudyRecord.approved_on)
        .join(Employee, Employee.id == StudyRecord.employee_id)
        .where(StudyRecord.kind.in_(rules.QUOTA_KINDS), StudyRecord.approved_on.is_not(None))
    )
    return [
        rules.StudyRecord(person, name, kind, start, end, approved, record_id=rid)
        for rid, person, name, kind, start, end, approved in rows
    ]


def check(
    session: Session, data: StudyInput, record_id: int | None, headcount: int
) -> tuple[list[Problem], Employee | None, WeeklySchedule, tuple[str, ...]]:
    """Every problem of ``data`` (each naming its column), the person, the schedule and the
    warnings; nothing is written."""
    problems: list[Problem] = []

    def refuse(key: str, message: str) -> None:
        problems.append(Problem(message, column=COLUMN_OF.get(key, "")))

    number = data.employee_no.strip()
    employee = session.scalar(select(Employee).filter_by(employee_no=number)) if number else None
    if not number:
        refuse("employee_no", _("請選擇人員或填寫員工編號。"))
    elif employee is None:
        refuse("employee_no", _("找不到員工編號「{number}」。").format(number=number))
    for key, limit in TEXT_LIMITS.items():
        if len(str(getattr(data, key)).strip()) > limit:
            refuse(
                key,
                _("{column}不可超過 {limit} 個字。").format(column=COLUMN_OF[key], limit=limit),
            )
    weekly_refused = False
    try:
        weekly = rules.weekly_schedule(data.weekly_minutes)
    except StudyRuleError as exc:
        refuse("weekly", str(exc))
        weekly, weekly_refused = WeeklySchedule(), True
    candidate = rules.StudyRecord(
        employee.id if employee is not None else -1,
        employee.name if employee is not None else number,
        data.kind,
        data.start_date,
        data.end_date,
        data.approved_on,
        weekly,
        data.job_related,
        record_id,
    )
    fields = {rules.KIND_FIELD: "kind", rules.END_FIELD: "end_date", rules.WEEKLY_FIELD: "weekly"}
    for where, message in rules.study_record_issues(candidate):
        if not (weekly_refused and where == rules.WEEKLY_FIELD):  # already said why
            refuse(fields[where], message)
    # Only an approval takes a place: a record still awaiting the head's decision is kept.
    if not problems and employee is not None and data.approved_on is not None:
        verdict = rules.check_approval(candidate, quota_records(session), headcount)
        for message in verdict.messages:
            refuse("approved_on", message)
    return problems, employee, weekly, tuple(rules.study_record_warnings(candidate))


def write(rec: StudyRecord, employee: Employee, data: StudyInput, weekly: WeeklySchedule) -> None:
    """Copy checked input onto a record (the service and the import both write through here)."""
    rec.employee_id = employee.id
    rec.kind = data.kind
    rec.start_date = data.start_date
    rec.end_date = data.end_date
    rec.school = data.school.strip() or None
    rec.programme = data.programme.strip() or None
    rec.degree = data.degree.strip() or None
    rec.job_related = data.job_related
    rec.approved_on = data.approved_on
    rec.note = data.note.strip() or None
    wanted = weekly.by_weekday()
    current = {d.weekday: d for d in rec.weekdays}
    if {k: d.minutes for k, d in current.items()} != wanted:
        rec.weekdays = [StudyWeekday(weekday=k, minutes=m) for k, m in sorted(wanted.items())]
        if rec.id is not None:
            flag_modified(rec, "kind")  # a new schedule alone is an edit too: bump the version


def _conflict() -> ConflictError:
    return ConflictError(_("此進修紀錄已被他人修改，請重新載入後再編輯。"))


def _save(db: Database, record_id: int | None, data: StudyInput) -> Saved:
    headcount = budgeted_headcount(db)
    try:
        with db.session() as session:
            rec: StudyRecord | None = None
            if record_id is not None:
                rec = session.get(StudyRecord, record_id)
                if rec is None:
                    raise NotFound(_("找不到進修紀錄（編號 {id}）。").format(id=record_id))
                if data.version is not None and rec.version != data.version:
                    raise _conflict()
            problems, employee, weekly, warnings = check(session, data, record_id, headcount)
            if problems:
                raise InputRefused(problems)
            assert employee is not None
            if rec is None:
                rec = StudyRecord()
                session.add(rec)
            write(rec, employee, data, weekly)
            session.flush()
            unit = session.get(Unit, employee.unit_id)
            return Saved(_view(rec, employee, unit.name if unit else ""), warnings)
    except StaleDataError as exc:  # changed between our read and our write
        raise _conflict() from exc


def add_record(db: Database, data: StudyInput) -> Saved:
    """Add a study record; InputRefused lists every problem (the quota names the holders)."""
    return _save(db, None, data)


def update_record(db: Database, record_id: int, data: StudyInput) -> Saved:
    """Save an edit; ConflictError when someone else saved the record since it was read."""
    return _save(db, record_id, data)


def delete_record(db: Database, record_id: int, version: int | None = None) -> None:
    try:
        with db.session() as session:
            rec = session.get(StudyRecord, record_id)
            if rec is None:
                raise NotFound(_("找不到進修紀錄（編號 {id}）。").format(id=record_id))
            if version is not None and rec.version != version:
                raise _conflict()
            session.delete(rec)
    except StaleDataError as exc:
        raise _conflict() from exc


def get_record(db: Database, record_id: int) -> StudyView:
    with db.session() as session:
        found = _views(session, StudyRecord.id == record_id)
    if not found:
        raise NotFound(_("找不到進修紀錄（編號 {id}）。").format(id=record_id))
    return found[0]


def records_overlapping(session: Session, year: int) -> list[StudyView]:
    """Every record whose period touches ``year`` (1 January or 31 December count)."""
    return _views(
        session,
        (StudyRecord.start_date <= dt.date(year, 12, 31))
        & ((StudyRecord.end_date.is_(None)) | (StudyRecord.end_date >= dt.date(year, 1, 1))),
    )


@dataclass(frozen=True)
class StudyYear:
    """A year's 進修名冊 with its places: the quota, who holds them, each record's state."""

    year: int
    headcount: int
    quota: YearQuota
    records: tuple[StudyView, ...]
    holder_ids: frozenset[int]  # the records holding one of the year's places

    @property
    def summary(self) -> str:
        """``部分辦公時間及全時進修名額：已用 2／2 人（王小明、李美華）``."""
        names = "、".join(self.quota.names) or _("無")
        return _("部分辦公時間及全時進修名額：已用 {used}／{quota} 人（{names}）").format(
            used=self.quota.used, quota=self.quota.quota, names=names
        )


def year_list(db: Database, year: int) -> StudyYear:
    """The records of ``year`` (periods that overlap it) and the year's places."""
    headcount = budgeted_headcount(db)
    with db.session() as session:
        records = records_overlapping(session, year)
    quota = rules.quota_usage((r.as_rule() for r in records), year, headcount)
    holders = frozenset(h.record_id for h in quota.holders if h.record_id is not None)
    return StudyYear(year, headcount, quota, tuple(records), holders)
