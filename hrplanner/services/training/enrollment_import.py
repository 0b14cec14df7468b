"""Importing enrollments (SPEC §3.1 報名) and attendance (出席), all or nothing, in the
pattern of ``staff_import``: rows matched on their keys (班期代碼 + 員工編號 [+ 場次]), a dry
run that reports added / updated / unchanged, every problem with its sheet, row and column.

Enrollments without a status get one by capacity and registration order (R8); the other
seat rules (capacity of explicit 正取, promotion after a cancellation, overlap warnings) are
in ``enrollment_import_rules``. Attendance
is checked against the R4 rules (``make_mark``) and may only be given for 正取 people and
sessions that exist. Attendance changed in a class that was closed and reopened is written
to the change log, like changes typed into the grid.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from hrplanner.domain.credit import Mark, make_mark
from hrplanner.domain.enrollment import initial_status
from hrplanner.domain.hours import parse_hours
from hrplanner.domain.timestamps import parse_timestamp
from hrplanner.domain.vocabulary import (
    ACTIVE,
    ATTENDANCE_STATUSES,
    CANCELLED,
    ENROLLED,
    ENROLLMENT_STATUSES,
    LEAVE,
    MEALS,
    MEAT,
    NO,
    WAITLISTED,
    YES,
)
from hrplanner.i18n import _
from hrplanner.services.catalogue import ImportRequest
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.services.common.wording import person_label
from hrplanner.services.imports import templates
from hrplanner.services.imports.tabular import (
    ColumnSpec,
    ImportReport,
    RowReader,
    Table,
    TableRow,
    cell_text,
    read_raw,
    read_table,
    sheet_names,
)
from hrplanner.services.training.attendance import mark_text, was_closed
from hrplanner.services.training.class_import import CODE, converted
from hrplanner.services.training.closing import log
from hrplanner.services.training.enrollment_import_rules import (
    SeatChanges,
    capacity_problems,
    overlap_notes,
    promote_after_import,
)
from hrplanner.storage.database import Database
from hrplanner.storage.models import Attendance, ClassSession, Employee, Enrollment
from hrplanner.storage.models import TrainingClass as TC

ENROLLMENT_SHEET, ATTENDANCE_SHEET = "報名", "出席"
EMPLOYEE_NO = "員工編號"

ENROLLMENT_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec(CODE, "class_code", required=True, key=True),
    ColumnSpec(EMPLOYEE_NO, "employee_no", required=True, key=True),
    ColumnSpec("報名時間", "registered_at"),
    ColumnSpec("狀態", "status"),
    ColumnSpec("用餐", "meal"),
    ColumnSpec("職務代理人", "deputy"),
    ColumnSpec("主管同意", "approved"),
)
ATTENDANCE_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec(CODE, "class_code", required=True, key=True),
    ColumnSpec(EMPLOYEE_NO, "employee_no", required=True, key=True),
    ColumnSpec("場次", "session_no", required=True, key=True),
    ColumnSpec("出席狀態", "status", required=True),
    ColumnSpec("請假時數", "leave_hours"),
)

ENROLLMENT_TEMPLATE = templates.Template(
    (
        templates.SheetTemplate(
            ENROLLMENT_SHEET,
            ENROLLMENT_COLUMNS,
            {
                CODE: "115-001",
                EMPLOYEE_NO: "10001",
                "報名時間": "115/02/01 09:30",
                "狀態": ENROLLED,
                "用餐": MEAT,
                "職務代理人": "10002",
                "主管同意": YES,
            },
            {"狀態": ENROLLMENT_STATUSES, "用餐": MEALS, "主管同意": (YES, NO)},
        ),
    ),
)
ATTENDANCE_TEMPLATE = templates.Template(
    (
        templates.SheetTemplate(
            ATTENDANCE_SHEET,
            ATTENDANCE_COLUMNS,
            {
                CODE: "115-001",
                EMPLOYEE_NO: "10001",
                "場次": 1,
                "出席狀態": LEAVE,
                "請假時數": 1,
            },
            {"出席狀態": ATTENDANCE_STATUSES},
        ),
    ),
)

_ENROLLMENT_FIELDS = (
    ("報名時間", "registered_at"),
    ("狀態", "status"),
    ("用餐", "meal"),
    ("職務代理人", "deputy_id"),
    ("主管同意", "approved"),
)


def parse_datetime(value: object) -> dt.datetime:
    """A registration time as spreadsheets and online forms write it, to the second
    (``2026/4/25 下午3:57:31``, ``115/02/01 09:30``, a date-time cell, a date = midnight;
    ``domain.timestamps``); ValueError otherwise. A date-time cell is rounded to the second
    (Excel stores fractions of days, which come back a microsecond off)."""
    when = parse_timestamp(value)
    if isinstance(value, dt.datetime | int | float):
        whole = when.replace(microsecond=0)
        return whole + dt.timedelta(seconds=1) if when.microsecond >= 500_000 else whole
    return when


def _table(
    path: Path,
    columns: Sequence[ColumnSpec],
    sheet: str,
    mapping: Mapping[str, str] | None = None,
) -> Table:
    """The sheet named like the template (else the first). With ``mapping`` (a header of
    the file → a column name or alias), e.g. for an online sign-up form's export, the
    file's own headers are read through it instead."""
    chosen = sheet if sheet in sheet_names(path) else None
    if not mapping:
        return read_table(path, columns, chosen)
    raw = read_raw(path, chosen)
    names = {spec.alias: spec.name for spec in columns} | {spec.name: spec.name for spec in columns}
    target = {header: names[m] for header, m in mapping.items() if m in names}
    missing = [
        Problem(
            _("缺少必要欄位「{name}」（{alias}）").format(name=spec.name, alias=spec.alias),
            sheet=raw.sheet,
            column=spec.name,
        )
        for spec in columns
        if spec.required and spec.name not in target.values()
    ]
    if missing:
        raise InputRefused(missing)
    rows = [
        TableRow(r.number, {target[h]: v for h, v in r.values.items() if h in target})
        for r in raw.rows
    ]
    return Table(raw.sheet, [r for r in rows if any(v is not None for v in r.values.values())])


def _classes(s: Session, table: Table) -> dict[str, TC]:
    codes = {cell_text(r.get(CODE)) for r in table.rows if r.get(CODE) is not None}
    return {c.code: c for c in s.scalars(select(TC).where(TC.code.in_(codes)))}


def _people(s: Session, numbers: set[str]) -> dict[str, Employee]:
    return {
        e.employee_no: e
        for e in s.scalars(select(Employee).where(Employee.employee_no.in_(numbers)))
    }


def _numbers(table: Table, *columns: str) -> set[str]:
    return {cell_text(r.get(c)) for r in table.rows for c in columns if r.get(c) is not None}


def _locked(reader: RowReader, cls: TC, column: str) -> None:
    if cls.cancelled:
        reader.problem(column, _("班期「{code}」已取消，不可變更").format(code=cls.code))
    elif cls.closed_on is not None:
        reader.problem(
            column, _("班期「{code}」已結訓，不可變更；請先重新開啟").format(code=cls.code)
        )


def _check_known(
    reader: RowReader, code: str | None, cls: TC | None, number: str | None, person: Employee | None
) -> None:
    """The class code and the employee number of a row name something stored."""
    if code and cls is None:
        reader.problem(CODE, _("找不到班期「{code}」").format(code=code))
    if number and person is None:
        reader.problem(EMPLOYEE_NO, _("找不到員工編號「{number}」").format(number=number))


@dataclass
class _NewSeat:
    row: int
    values: dict[str, Any]
    needs_status: bool


def import_enrollments(
    db: Database,
    path: Path,
    *,
    dry_run: bool = False,
    mapping: Mapping[str, str] | None = None,
    today: dt.date | None = None,
) -> ImportReport:
    """Import a 報名 sheet; InputRefused lists every problem and nothing is written.
    ``mapping`` maps the headers of another file (a sign-up form) to the 報名 columns.
    Promotions after cancellations (before the class starts on ``today``) and overlap
    warnings are listed in the report's ``notes``."""
    table = _table(path, ENROLLMENT_COLUMNS, ENROLLMENT_SHEET, mapping)
    problems: list[Problem] = []
    report = ImportReport(dry_run=dry_run)
    stamp = dt.datetime.now().replace(microsecond=0)
    changes = SeatChanges()
    with db.session() as s, s.no_autoflush:
        classes = _classes(s, table)
        people = _people(s, _numbers(table, EMPLOYEE_NO, "職務代理人"))
        ids = [c.id for c in classes.values()]
        current = {
            (e.class_id, e.employee_id): e
            for e in s.scalars(select(Enrollment).where(Enrollment.class_id.in_(ids)))
        }
        seen: dict[tuple[int, int], int] = {}
        new: dict[int, list[_NewSeat]] = {}
        for row in table.rows:
            r = RowReader(table.sheet, row, problems)
            code, number = r.text(CODE, required=True), r.text(EMPLOYEE_NO, required=True)
            when = converted(r, "報名時間", parse_datetime)
            status = r.choice("狀態", ENROLLMENT_STATUSES)
            meal = r.choice("用餐", MEALS)
            deputy_no = r.text("職務代理人")
            approved = r.yes_no("主管同意")
            cls = classes.get(code or "")
            person = people.get(number or "")
            _check_known(r, code, cls, number, person)
            deputy = people.get(deputy_no) if deputy_no else None
            if deputy_no and deputy is None:
                text = _("找不到職務代理人（員工編號「{number}」）").format(number=deputy_no)
                r.problem("職務代理人", text)
            if cls is None or person is None:
                continue
            if deputy is not None and deputy.id == person.id:
                r.problem("職務代理人", _("職務代理人須為報名者以外的人員"))
            elif deputy is not None and deputy.status != ACTIVE:
                r.problem("職務代理人", _("職務代理人須為在職人員"))
            key = (cls.id, person.id)
            label = f"{cls.code} {person.employee_no}"
            if key in seen:
                text = _("與第 {row} 列重複（同一人不可重複報名同一班期）").format(row=seen[key])
                r.problem(EMPLOYEE_NO, text)
                continue
            seen[key] = row.number
            given = {
                "registered_at": when,
                "status": status,
                "meal": meal,
                "deputy_id": deputy.id if deputy else None,
                "approved": approved,
            }
            existing = current.get(key)
            if existing is None:
                if person.status != ACTIVE:
                    text = _("{name} 不是在職人員，不可報名").format(name=person.name)
                    r.problem(EMPLOYEE_NO, text)
                _locked(r, cls, CODE)
                values = {
                    "class_id": cls.id,
                    "employee_id": person.id,
                    "registered_at": when or stamp,
                    "status": status or ENROLLED,
                    "meal": meal or person.meal,
                    "deputy_id": given["deputy_id"],
                    "approved": bool(approved),
                    "completed": False,
                    "version": 1,
                }
                new.setdefault(cls.id, []).append(_NewSeat(row.number, values, status is None))
                changes.add(row.number, cls.id, person.id, status)
                report.added.append(label)
                continue
            changed = [
                column
                for column, attr in _ENROLLMENT_FIELDS
                if given[attr] is not None and getattr(existing, attr) != given[attr]
            ]
            if changed:
                _locked(r, cls, changed[0])
                report.updated.append(label)
                report.changes[label] = changed
                before = existing.status
                for column, attr in _ENROLLMENT_FIELDS:
                    if column in changed:
                        setattr(existing, attr, given[attr])
                # Only active staff can take a seat (R8), also by re-activating an old row.
                moved = before != existing.status and existing.status != CANCELLED
                if moved and person.status != ACTIVE:
                    if existing.status == WAITLISTED:
                        text = _("{name} 不是在職人員，不可改為備取")
                    else:
                        text = _("{name} 不是在職人員，不可改為正取")
                    r.problem("狀態", text.format(name=person.name))
                changes.update(row.number, existing, before)
            else:
                report.unchanged.append(label)
        by_id = {c.id: c for c in classes.values()}
        problems.extend(capacity_problems(table.sheet, by_id, current, changes))
        if problems:
            raise InputRefused(problems)
        # Seats freed by the sheet go to the waitlist first, as on the screen; new rows
        # without a status then queue behind them.
        day = today or dt.date.today()
        report.notes.extend(promote_after_import(s, by_id, current, changes, day))
        rows = _assign_statuses(classes, current, new)
        s.flush()
        if rows:
            s.execute(insert(Enrollment), rows)
        report.notes.extend(overlap_notes(s, by_id, changes))
        if dry_run:
            s.rollback()  # the dry run wrote to find promotions and overlaps; keep nothing
    return report


def _assign_statuses(
    classes: dict[str, TC],
    current: dict[tuple[int, int], Enrollment],
    new: dict[int, list[_NewSeat]],
) -> list[dict[str, Any]]:
    """Seats for new rows without a status, by registration time (then row order) after
    the rows that give one."""
    capacity = {c.id: c.capacity for c in classes.values()}
    rows: list[dict[str, Any]] = []
    for class_id, seats in new.items():
        taken = sum(
            1 for (cid, _person), e in current.items() if cid == class_id and e.status == ENROLLED
        )
        taken += sum(1 for x in seats if not x.needs_status and x.values["status"] == ENROLLED)
        for seat in sorted(seats, key=lambda x: (x.values["registered_at"], x.row)):
            if seat.needs_status:
                seat.values["status"] = initial_status(capacity[class_id], taken)
                taken += seat.values["status"] == ENROLLED
        # Inserted in registration order so that ties keep the order of the sheet.
        rows.extend(
            x.values for x in sorted(seats, key=lambda x: (x.values["registered_at"], x.row))
        )
    return rows


def import_attendance(db: Database, path: Path, *, dry_run: bool = False) -> ImportReport:
    """Import a 出席 sheet; InputRefused lists every problem and nothing is written."""
    table = _table(path, ATTENDANCE_COLUMNS, ATTENDANCE_SHEET)
    problems: list[Problem] = []
    report = ImportReport(dry_run=dry_run)
    with db.session() as s:
        classes = _classes(s, table)
        people = _people(s, _numbers(table, EMPLOYEE_NO))
        ids = [c.id for c in classes.values()]
        sessions = {
            (x.class_id, x.session_no): x
            for x in s.scalars(select(ClassSession).where(ClassSession.class_id.in_(ids)))
        }
        seats = {
            (e.class_id, e.employee_id): e
            for e in s.scalars(select(Enrollment).where(Enrollment.class_id.in_(ids)))
        }
        stored = {
            (a.enrollment_id, a.session_id): a
            for a in s.scalars(
                select(Attendance)
                .join(Enrollment, Enrollment.id == Attendance.enrollment_id)
                .where(Enrollment.class_id.in_(ids))
            )
        }
        seen: dict[tuple[int, int], int] = {}
        new_rows: list[tuple[dict[str, Any], int, int]] = []  # values, class id, session no
        updates: list[tuple[Attendance, Mark, int, int, int]] = []
        for row in table.rows:
            r = RowReader(table.sheet, row, problems)
            code, number = r.text(CODE, required=True), r.text(EMPLOYEE_NO, required=True)
            session_no = r.integer("場次", minimum=1)
            status = r.choice("出席狀態", ATTENDANCE_STATUSES)
            if row.get("出席狀態") is None:
                r.problem("出席狀態", _("出席狀態必填"))
            leave = converted(r, "請假時數", parse_hours)
            cls = classes.get(code or "")
            person = people.get(number or "")
            _check_known(r, code, cls, number, person)
            if cls is None or person is None or session_no is None:
                continue
            session = sessions.get((cls.id, session_no))
            if session is None:
                text = _("班期「{code}」沒有第 {number} 場").format(
                    code=cls.code, number=session_no
                )
                r.problem("場次", text)
            seat = seats.get((cls.id, person.id))
            who = person_label(person.name, person.employee_no)
            if seat is None:
                text = _("{person}未報名班期「{code}」").format(person=who, code=cls.code)
                r.problem(EMPLOYEE_NO, text)
                continue
            if seat.status != ENROLLED:
                if seat.status == WAITLISTED:
                    text = _("{person}在班期「{code}」為備取，不可登錄出席")
                else:
                    text = _("{person}在班期「{code}」已取消報名，不可登錄出席")
                r.problem(EMPLOYEE_NO, text.format(person=who, code=cls.code))
                continue
            if session is None or status is None:
                continue
            if status != LEAVE and leave:
                text = _("「{status}」不可填請假時數；遲到早退請以「{leave}」登錄")
                r.problem("請假時數", text.format(status=status, leave=LEAVE))
                continue
            try:
                mark = make_mark(status, session.minutes, leave if status == LEAVE else None)
            except ValueError as exc:
                r.problem("請假時數", str(exc))
                continue
            key = (seat.id, session.id)
            label = _("{code} {number} 第{session}場").format(
                code=cls.code, number=person.employee_no, session=session_no
            )
            if key in seen:
                r.problem("場次", _("與第 {row} 列重複").format(row=seen[key]))
                continue
            seen[key] = row.number
            old = stored.get(key)
            if old is not None and Mark(old.status, old.leave_minutes) == mark:
                report.unchanged.append(label)
                continue
            if cls.cancelled or cls.closed_on is not None:
                _locked(r, cls, "出席狀態")
                continue
            if old is None:
                report.added.append(label)
                values: dict[str, Any] = {
                    "enrollment_id": seat.id,
                    "session_id": session.id,
                    "status": mark.status,
                    "leave_minutes": mark.leave_minutes,
                }
                new_rows.append((values, cls.id, session_no))
            else:
                report.updated.append(label)
                report.changes[label] = ["出席狀態"]
                updates.append((old, mark, cls.id, seat.id, session_no))
        if problems:
            raise InputRefused(problems)
        if dry_run:
            return report
        logged = {c.id for c in classes.values() if was_closed(s, c)}
        if new_rows:
            s.execute(insert(Attendance), [values for values, _class, _number in new_rows])
        for values, class_id, session_no in new_rows:
            if class_id in logged:
                new_mark = Mark(values["status"], values["leave_minutes"])
                _log_mark(s, db.user, values["enrollment_id"], session_no, None, new_mark)
        for old, mark, class_id, enrollment_id, session_no in updates:
            if class_id in logged:
                before = Mark(old.status, old.leave_minutes)
                _log_mark(s, db.user, enrollment_id, session_no, before, mark)
            old.status, old.leave_minutes = mark.status, mark.leave_minutes
        s.flush()
    return report


def _log_mark(
    s: Session, user: str, enrollment_id: int, session_no: int, old: Mark | None, new: Mark
) -> None:
    what = f"第 {session_no} 場出席"  # the change log's field: data, in Chinese
    log(s, user, "attendance", enrollment_id, what, mark_text(old), mark_text(new))


def run_enrollments(db: Database, path: Path, request: ImportRequest) -> ImportReport:
    """The catalogue's runner (``services.catalogue``) for this import."""
    return import_enrollments(db, path, dry_run=request.dry_run)


def run_attendance(db: Database, path: Path, request: ImportRequest) -> ImportReport:
    """The catalogue's runner (``services.catalogue``) for this import."""
    return import_attendance(db, path, dry_run=request.dry_run)
