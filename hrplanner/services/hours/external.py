"""External learning records (外部時數): learning done on e-learning platforms or at other
agencies, typed in by hand or imported (SPEC §3.1). They count toward the year of their end
date in the hours ledger (``services.hours``).

A record is identified by person + course title + date (the import's key columns), so
re-importing the same file changes nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hrplanner.domain import plausibility
from hrplanner.domain.hours import parse_hours
from hrplanner.domain.rocdate import ROC_EPOCH
from hrplanner.domain.text import same_name
from hrplanner.domain.vocabulary import DELIVERY_MODES, GENDER_MAINSTREAMING, GENERAL, ONLINE
from hrplanner.i18n import N_, _
from hrplanner.services.catalogue import ImportRequest
from hrplanner.services.common.errors import InputRefused, NotFound, Problem

# Reading for lists lives in external_list; both names stay importable from here.
from hrplanner.services.hours.external_list import ExternalView as ExternalView
from hrplanner.services.hours.external_list import list_external as list_external
from hrplanner.services.hours.external_list import views_by_id
from hrplanner.services.imports import templates
from hrplanner.services.imports.tabular import ColumnSpec, ImportReport, RowReader, read_table
from hrplanner.storage.database import Database
from hrplanner.storage.models import Employee, ExternalRecord, LearningTopic

MODES = DELIVERY_MODES
# Most external learning is e-learning (e等公務園+ and the like), of no particular topic.
DEFAULT_MODE = ONLINE
DEFAULT_TOPIC = GENERAL
TITLE_MAX = 200
SOURCE_MAX = 100

SHEET = "外部時數"
COLUMNS = (
    ColumnSpec("員工編號", "employee_no", required=True, key=True),
    ColumnSpec("課程名稱", "title", required=True, key=True),
    ColumnSpec("日期", "date", required=True, key=True),
    # Not a key, but a record without hours means nothing: the column must be there.
    ColumnSpec("時數", "hours", required=True),
    ColumnSpec("學習類別", "topic"),
    ColumnSpec("學習性質", "mode"),
    ColumnSpec("來源", "source"),
    # Platforms export the learner's name too: when given it must be the person's
    # (compared with separators folded: 瓦歷斯‧諾幹 is 瓦歷斯·諾幹).
    ColumnSpec("姓名", "name"),
)
TEMPLATE = templates.Template(
    sheets=(
        templates.SheetTemplate(
            name=SHEET,
            columns=COLUMNS,
            example={
                "員工編號": "10001",
                "課程名稱": "性別主流化導論（數位課程）",
                "日期": dt.date(2020, 5, 20),
                "時數": 2,
                "學習類別": GENDER_MAINSTREAMING,
                "學習性質": ONLINE,
                "來源": "e等公務園+",
                "姓名": "王小明",
            },
            choices={"學習性質": MODES},
        ),
    ),
)


@dataclass(frozen=True)
class ExternalInput:
    """What a user types for one external record; hours already in minutes."""

    employee_no: str
    title: str
    end_date: dt.date
    minutes: int
    topic: str = DEFAULT_TOPIC
    mode: str = DEFAULT_MODE
    source: str | None = None


_NOT_POSITIVE = N_("時數須大於 0")


def _no_employee(employee_no: str) -> str:
    return _("找不到員工編號「{number}」").format(number=employee_no)


def _no_record(record_id: int) -> str:
    return _("找不到外部時數紀錄（編號 {id}）").format(id=record_id)


def _no_topic(topic: str) -> str:
    return _("學習類別「{topic}」不存在").format(topic=topic)


def _validate(
    session: Session, data: ExternalInput
) -> tuple[list[Problem], int | None, int | None]:
    problems: list[Problem] = []
    emp_id = session.scalar(select(Employee.id).filter_by(employee_no=data.employee_no.strip()))
    if emp_id is None:
        problems.append(Problem(_no_employee(data.employee_no), column="員工編號"))
    title = data.title.strip()
    if not title:
        problems.append(Problem(_("課程名稱必填"), column="課程名稱"))
    elif len(title) > TITLE_MAX:
        problems.append(
            Problem(_("課程名稱不可超過 {n} 個字").format(n=TITLE_MAX), column="課程名稱")
        )
    if data.end_date < ROC_EPOCH:
        problems.append(
            Problem(
                _("日期 {day} 早於民國元年").format(day=data.end_date.isoformat()), column="日期"
            )
        )
    elif problem := _implausible_date(data.end_date):
        problems.append(Problem(problem, column="日期"))
    if data.minutes <= 0:
        problems.append(Problem(_(_NOT_POSITIVE), column="時數"))
    elif problem := plausibility.external_minutes_problem(data.minutes):
        problems.append(Problem(problem, column="時數"))
    topic_id = session.scalar(select(LearningTopic.id).filter_by(name=data.topic.strip()))
    if topic_id is None:
        problems.append(Problem(_no_topic(data.topic), column="學習類別"))
    if data.mode not in MODES:
        problems.append(
            Problem(
                _("學習性質「{mode}」只能是{modes}").format(mode=data.mode, modes="、".join(MODES)),
                column="學習性質",
            )
        )
    if data.source is not None and len(data.source) > SOURCE_MAX:
        problems.append(Problem(_("來源不可超過 {n} 個字").format(n=SOURCE_MAX), column="來源"))
    return problems, emp_id, topic_id


def _duplicate(data: ExternalInput) -> InputRefused:
    return InputRefused(
        [
            Problem(
                _("{number} 已有 {day}「{title}」的紀錄").format(
                    number=data.employee_no, day=data.end_date.isoformat(), title=data.title
                )
            )
        ]
    )


def _store(db: Database, rec_id: int | None, data: ExternalInput) -> ExternalView:
    try:
        with db.session() as session:
            problems, emp_id, topic_id = _validate(session, data)
            if problems:
                raise InputRefused(problems)
            assert emp_id is not None and topic_id is not None
            clash = session.scalar(
                select(ExternalRecord.id).filter_by(
                    employee_id=emp_id, title=data.title.strip(), end_date=data.end_date
                )
            )
            if clash is not None and clash != rec_id:
                raise _duplicate(data)
            if rec_id is None:
                rec = ExternalRecord()
                session.add(rec)
            else:
                found = session.get(ExternalRecord, rec_id)
                if found is None:
                    raise NotFound(_no_record(rec_id))
                rec = found
            rec.employee_id = emp_id
            rec.title = data.title.strip()
            rec.end_date = data.end_date
            rec.minutes = data.minutes
            rec.topic_id = topic_id
            rec.mode = data.mode
            rec.source = (data.source or "").strip() or None
            session.flush()
            return views_by_id(session, [rec.id])[rec.id]
    except IntegrityError as exc:  # someone else added the same record meanwhile
        raise _duplicate(data) from exc


def add_external(db: Database, data: ExternalInput) -> ExternalView:
    """Add one record by hand; InputRefused lists every problem."""
    return _store(db, None, data)


def update_external(db: Database, record_id: int, data: ExternalInput) -> ExternalView:
    """Replace the fields of one record; InputRefused lists every problem."""
    return _store(db, record_id, data)


def delete_external(db: Database, record_id: int) -> None:
    with db.session() as session:
        rec = session.get(ExternalRecord, record_id)
        if rec is None:
            raise NotFound(_no_record(record_id))
        session.delete(rec)


# --- import -------------------------------------------------------------------------------


def _row_key(employee_no: str, title: str, end_date: dt.date) -> str:
    return f"{employee_no} {end_date.isoformat()} {title}"


def import_external(db: Database, path: Path, dry_run: bool = False) -> ImportReport:
    """Import 外部時數 (SPEC §3.1), all or nothing; rows are matched on 員工編號 + 課程名稱 +
    日期. Empty 學習類別 means DEFAULT_TOPIC (一般), empty 學習性質 DEFAULT_MODE (數位)."""
    table = read_table(Path(path), COLUMNS)
    problems: list[Problem] = []
    report = ImportReport(dry_run=dry_run)
    with db.session() as session:
        employees = dict(session.execute(select(Employee.employee_no, Employee.id)).all())
        names = dict(session.execute(select(Employee.employee_no, Employee.name)).all())
        topics = dict(session.execute(select(LearningTopic.name, LearningTopic.id)).all())
        planned: list[_Planned] = []
        seen: dict[tuple[int, str, dt.date], int] = {}
        for row in table.rows:
            r = RowReader(table.sheet, row, problems)
            emp_no = r.text("員工編號", required=True)
            title = r.text("課程名稱", required=True, max_length=TITLE_MAX)
            end = r.date("日期", required=True)
            if end is not None and (problem := _implausible_date(end)):
                r.problem("日期", problem)
                end = None
            minutes = _minutes(r)
            topic = r.text("學習類別") or DEFAULT_TOPIC
            mode = r.choice("學習性質", MODES) or DEFAULT_MODE
            source = r.text("來源", max_length=SOURCE_MAX)
            emp_id = employees.get(emp_no) if emp_no else None
            if emp_no and emp_id is None:
                r.problem("員工編號", _no_employee(emp_no))
            written = r.text("姓名")
            if emp_no and emp_id is not None and written and not same_name(written, names[emp_no]):
                text = _("員工編號「{number}」是{person}，與姓名「{name}」不符")
                r.problem("姓名", text.format(number=emp_no, person=names[emp_no], name=written))
                emp_id = None
            if topic not in topics:
                r.problem("學習類別", _no_topic(topic))
            if emp_id is None or title is None or end is None or minutes is None:
                continue
            key3 = (emp_id, title, end)
            if key3 in seen:
                r.problem(
                    "課程名稱",
                    _("與第 {row} 列重複（同一人、同課程、同日期）").format(row=seen[key3]),
                )
                continue
            seen[key3] = row.number
            values: dict[str, object] = {
                "minutes": minutes,
                "topic_id": topics.get(topic),
                "mode": mode,
                "source": source,
            }
            existing = session.scalar(
                select(ExternalRecord).filter_by(employee_id=emp_id, title=title, end_date=end)
            )
            planned.append(_Planned(_row_key(emp_no or "", title, end), existing, key3, values))
        if problems:
            raise InputRefused(problems)
        _apply(session, planned, report)
        if dry_run:
            session.rollback()
    return report


_FIELD_NAMES = {"minutes": "時數", "topic_id": "學習類別", "mode": "學習性質", "source": "來源"}


@dataclass
class _Planned:
    key: str
    existing: ExternalRecord | None
    ident: tuple[int, str, dt.date]
    values: dict[str, object]


def _apply(session: Session, planned: list[_Planned], report: ImportReport) -> None:
    for item in planned:
        key, existing, values = item.key, item.existing, item.values
        emp_id, title, end = item.ident
        if existing is None:
            session.add(ExternalRecord(employee_id=emp_id, title=title, end_date=end, **values))
            report.added.append(key)
            continue
        changed = [f for f, v in values.items() if getattr(existing, f) != v]
        if not changed:
            report.unchanged.append(key)
            continue
        for f in changed:
            setattr(existing, f, values[f])
        report.updated.append(key)
        report.changes[key] = [_FIELD_NAMES[f] for f in changed]
    session.flush()


def _minutes(r: RowReader) -> int | None:
    value = r.row.get("時數")
    if value is None:
        r.problem("時數", _("時數必填"))
        return None
    try:
        minutes = parse_hours(value)
    except ValueError as exc:
        r.problem("時數", str(exc))
        return None
    if minutes <= 0:
        r.problem("時數", _(_NOT_POSITIVE))
        return None
    problem = plausibility.external_minutes_problem(minutes)
    if problem is not None:
        r.problem("時數", problem)
        return None
    return minutes


def _implausible_date(day: dt.date) -> str | None:
    return plausibility.date_problem(plausibility.EXTERNAL_DATE, _("日期"), day, dt.date.today())


def run_import(db: Database, path: Path, request: ImportRequest) -> ImportReport:
    """The catalogue's runner (``services.catalogue``) for this import."""
    return import_external(db, path, dry_run=request.dry_run)
