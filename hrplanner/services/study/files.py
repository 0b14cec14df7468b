"""The study files of SPEC §3: the 進修 import workbook (§3.1) and the 進修名冊 export of a
year (§3.2), both reached through the catalogue (``import study``, ``export study``).

The import is all or nothing: every row is checked like a record typed in the window,
rows are matched on their keys (員工編號, 進修類別, 起始日期) so that importing the same file
again changes nothing, and approvals are counted against the quota together with the
file's own earlier rows, so a file cannot approve more people than a year has places.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrplanner.domain import study as rules
from hrplanner.domain.study import StudyRuleError
from hrplanner.i18n import _, ngettext
from hrplanner.reports.xlsx.writer import Column, SheetSpec, write_workbook
from hrplanner.services.catalogue import Done, FileRequest, Hooks, ImportRequest
from hrplanner.services.common import settings_service
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.services.imports import templates
from hrplanner.services.imports.tabular import ColumnSpec, ImportReport, RowReader, read_table
from hrplanner.services.study import records
from hrplanner.settings import Setting
from hrplanner.storage.database import Database
from hrplanner.storage.models import Employee, StudyRecord

SHEET = "進修"
ROSTER_SHEET = "進修名冊"
NUMBER, KIND, SCHOOL, PROGRAMME, DEGREE = "員工編號", "進修類別", "學校", "系所", "學位或學分"
START, END, WEEKLY, JOB, APPROVED, NOTE = (
    "起始日期",
    "結束日期",
    "每週公假時數",
    "與業務有關",
    "核准日期",
    "備註",
)
COLUMNS = (
    ColumnSpec(NUMBER, "employee_no", required=True, key=True),
    ColumnSpec(KIND, "kind", required=True, key=True),
    ColumnSpec(SCHOOL, "school"),
    ColumnSpec(PROGRAMME, "programme"),
    ColumnSpec(START, "start", required=True, key=True),
    ColumnSpec(END, "end"),
    ColumnSpec(WEEKLY, "weekly_hours"),
    ColumnSpec(JOB, "job_related"),
    ColumnSpec(APPROVED, "approved_on"),
    # Beyond SPEC §3.1: kept by the records, optional in the file.
    ColumnSpec(DEGREE, "degree"),
    ColumnSpec(NOTE, "note"),
)
TEMPLATE = templates.Template(
    (
        templates.SheetTemplate(
            SHEET,
            COLUMNS,
            {
                NUMBER: "10001",
                KIND: rules.PART_TIME,
                SCHOOL: "國立清華大學",
                PROGRAMME: "公共政策研究所",
                START: dt.date(2025, 9, 1),
                END: dt.date(2027, 6, 30),
                WEEKLY: "週二4小時、週四4小時",
                JOB: "是",
                APPROVED: dt.date(2025, 7, 15),
                DEGREE: "碩士在職專班",
                NOTE: "",
            },
            {KIND: rules.STUDY_KINDS, JOB: ("是", "否")},
        ),
    )
)


@dataclass
class _Planned:
    key: str
    existing: StudyRecord | None
    data: records.StudyInput
    employee: Employee
    weekly: rules.WeeklySchedule


def _row_key(number: str, kind: str, start: dt.date) -> str:
    return f"{number} {kind} {start.isoformat()}"


def _weekly(r: RowReader) -> dict[int, int]:
    text = r.text(WEEKLY)
    if text is None:
        return {}
    try:
        return rules.parse_weekly_hours(text).by_weekday()
    except StudyRuleError as exc:
        r.problem(WEEKLY, str(exc))
        return {}


def _fields(existing: StudyRecord, data: records.StudyInput) -> list[str]:
    """The column names whose values the row changes."""
    pairs = (
        (SCHOOL, existing.school or "", data.school),
        (PROGRAMME, existing.programme or "", data.programme),
        (DEGREE, existing.degree or "", data.degree),
        (END, existing.end_date, data.end_date),
        (JOB, existing.job_related, data.job_related),
        (APPROVED, existing.approved_on, data.approved_on),
        (NOTE, existing.note or "", data.note),
        (WEEKLY, {d.weekday: d.minutes for d in existing.weekdays}, dict(data.weekly_minutes)),
    )
    return [name for name, old, new in pairs if old != new]


def import_study(db: Database, path: Path, dry_run: bool = False) -> ImportReport:
    """Import 進修 records (SPEC §3.1), all or nothing; every problem names its row."""
    table = read_table(Path(path), COLUMNS)
    headcount = records.budgeted_headcount(db)
    problems: list[Problem] = []
    report = ImportReport(dry_run=dry_run)
    with db.session() as session:
        people = {e.employee_no: e for e in session.scalars(select(Employee))}
        stored = {
            (r.employee_id, r.kind, r.start_date): r for r in session.scalars(select(StudyRecord))
        }
        places = records.quota_records(session)
        planned: list[_Planned] = []
        seen: dict[tuple[int, str, dt.date], int] = {}
        for row in table.rows:
            r = RowReader(table.sheet, row, problems)
            before = len(problems)
            number = r.text(NUMBER, required=True) or ""
            kind = r.choice(KIND, rules.STUDY_KINDS)
            if kind is None and not r.present(KIND):
                r.problem(KIND, _("進修類別必填。"))
            start, end = r.date(START, required=True), r.date(END)
            approved = r.date(APPROVED)
            weekly = _weekly(r)
            job = r.yes_no(JOB)
            texts = {c: r.text(c, max_length=n) for c, n in ((SCHOOL, 100), (PROGRAMME, 100))}
            degree, note = r.text(DEGREE, max_length=50), r.text(NOTE)
            employee = people.get(number) if number else None
            if number and employee is None:
                r.problem(NUMBER, _("找不到員工編號「{number}」。").format(number=number))
            if len(problems) > before or employee is None or kind is None or start is None:
                continue
            ident = (employee.id, kind, start)
            if ident in seen:
                r.problem(
                    KIND,
                    _("與第 {row} 列重複（同一人、同類別、同起始日期）。").format(row=seen[ident]),
                )
                continue
            seen[ident] = row.number
            existing = stored.get(ident)
            data = records.StudyInput(
                number, kind, start, end, texts[SCHOOL] or "", texts[PROGRAMME] or "",
                degree or "", weekly, job, approved, note or "",
            )  # fmt: skip
            schedule = rules.weekly_schedule(weekly)
            candidate = rules.StudyRecord(
                employee.id, employee.name, kind, start, end, approved, schedule, job,
                existing.id if existing is not None else None,
            )  # fmt: skip
            issues = rules.study_record_issues(candidate)
            for where, message in issues:
                r.problem(
                    {rules.END_FIELD: END, rules.WEEKLY_FIELD: WEEKLY}.get(where, KIND), message
                )
            if issues:
                continue
            if approved is not None:
                verdict = rules.check_approval(candidate, places, headcount)
                for message in verdict.messages:
                    r.problem(APPROVED, message)
                if not verdict.fits:
                    continue
            # Later rows are checked against this one too (and no longer its stored version).
            if candidate.record_id is not None:
                places = [p for p in places if p.record_id != candidate.record_id]
            if candidate.kind in rules.QUOTA_KINDS and approved is not None:
                places.append(candidate)
            planned.append(
                _Planned(_row_key(number, kind, start), existing, data, employee, schedule)
            )
        if problems:
            raise InputRefused(problems)
        _apply(session, planned, report)
        if dry_run:
            session.rollback()
    return report


def _apply(session: Session, planned: Sequence[_Planned], report: ImportReport) -> None:
    for item in planned:
        if item.existing is None:
            rec = StudyRecord()
            session.add(rec)
            records.write(rec, item.employee, item.data, item.weekly)
            report.added.append(item.key)
            continue
        changed = _fields(item.existing, item.data)
        if not changed:
            report.unchanged.append(item.key)
            continue
        records.write(item.existing, item.employee, item.data, item.weekly)
        report.updated.append(item.key)
        report.changes[item.key] = changed
    session.flush()


def run_import(db: Database, path: Path, request: ImportRequest) -> ImportReport:
    """The catalogue's runner (``services.catalogue``) for ``import study``."""
    return import_study(db, path, dry_run=request.dry_run)


# --- 進修名冊 -----------------------------------------------------------------------------

ROSTER_COLUMNS = (
    Column(NUMBER),
    Column("姓名"),
    Column("單位"),
    Column(KIND),
    Column(SCHOOL),
    Column(PROGRAMME),
    Column(START, "date"),
    Column(END, "date"),
    Column(WEEKLY),
    Column(APPROVED, "date"),
    # After the SPEC §3.2 columns: what the record also says, and the year's places.
    Column(DEGREE),
    Column(JOB),
    Column("占用名額", "bool"),
)


def export_study(db: Database, year: int, path: Path) -> int:
    """進修名冊 of ``year``: every record whose period overlaps it; returns the rows."""
    listing = records.year_list(db, year)
    yes_no = {True: "是", False: "否", None: None}
    rows = [
        (
            r.employee_no, r.name, r.unit, r.kind, r.school or None, r.programme or None,
            r.start_date, r.end_date, r.weekly_text or None, r.approved_on, r.degree or None,
            yes_no[r.job_related], r.id in listing.holder_ids,
        )
        for r in listing.records
    ]  # fmt: skip
    dates_as_text = bool(settings_service.get(db, Setting.EXPORT_DATES_AS_TEXT))
    write_workbook(
        Path(path),
        [SheetSpec(ROSTER_SHEET, ROSTER_COLUMNS, rows, len(rows))],
        dates_as_text=dates_as_text,
    )
    return len(rows)


def run_export(db: Database, path: Path, request: FileRequest, hooks: Hooks) -> Done:
    """The catalogue's runner for ``export study --year Y``."""
    assert request.year is not None
    count = export_study(db, request.year, path)
    text = ngettext(
        "已匯出 {year} 年度進修名冊（{n} 筆）", "已匯出 {year} 年度進修名冊（{n} 筆）", count
    )
    return Done(text.format(year=request.year - 1911, n=count))
