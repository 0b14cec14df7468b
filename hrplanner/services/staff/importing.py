"""Importing the staff roster (SPEC §3.1 人員) from .xlsx or .csv, all or nothing.

The shape every import kind follows (training imports copy it):

1. ``COLUMNS``: the column specs (Chinese name, English alias, required, key);
2. a row parser: ``RowReader`` → the values the row gives, problems collected;
3. a planner: rows matched on their key against the database → added / updated /
   unchanged, every problem with its (sheet, row, column);
4. a writer, run only when there are no problems and it is not a dry run, in the same
   transaction as the planning.

A blank optional cell means "not given": a new person gets the default, an existing one
keeps the current value, so that a partial sheet never wipes data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, joinedload

from hrplanner.domain import national_id
from hrplanner.domain import vocabulary as v
from hrplanner.domain.roster_presets import GENDER_CODES
from hrplanner.domain.text import fold_name
from hrplanner.i18n import N_, _
from hrplanner.services.catalogue import ImportRequest
from hrplanner.services.common import settings_service
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.services.imports import templates
from hrplanner.services.imports.mapping import ColumnMapper, GivenMapping
from hrplanner.services.imports.tabular import (
    ColumnSpec,
    ImportReport,
    RowReader,
    TableRow,
    read_headers,
    required_text,
    sheet_names,
)
from hrplanner.services.staff import import_sources, roster, validation
from hrplanner.services.staff.records import EmployeeData
from hrplanner.services.staff.validation import FIELD_LABELS
from hrplanner.settings import Setting
from hrplanner.storage.database import Database
from hrplanner.storage.models import Employee, RankGroup, StaffCategory, Unit

__all__ = ["COLUMNS", "SHEET", "ImportReport", "import_staff"]

SHEET = "人員"
# The key of ``ImportReport.created`` for the units the import creates; a word people read
# (the command line translates it where it prints the list).
CREATED_UNITS = N_("單位")


def _col(field_name: str, *, required: bool = False, key: bool = False) -> ColumnSpec:
    return ColumnSpec(FIELD_LABELS[field_name], field_name, required=required, key=key)


COLUMNS: tuple[ColumnSpec, ...] = (
    # A roster without this column matches people by 身分證字號 (services.staff.import_sources).
    _col("employee_no", key=True),
    _col("name", required=True),
    _col("national_id"),
    _col("gender"),
    _col("birth_date"),
    _col("unit", required=True),
    _col("title"),
    _col("category", required=True),
    _col("rank_group"),
    _col("hire_date"),
    _col("email"),
    _col("meal"),
    _col("status"),
    _col("leave_date"),
)

# The window's mapping dialog and --map: remembered per set of headers.
MAPPER = ColumnMapper("staff.mapping.", COLUMNS)

_DATE_FIELDS = ("birth_date", "hire_date", "leave_date")
_REQUIRED_FIELDS = ("name", "unit", "category")

TEMPLATE = templates.Template(
    sheets=(
        templates.SheetTemplate(
            name=SHEET,
            columns=COLUMNS,
            example={
                "員工編號": "10001",
                "姓名": "王小明",
                "身分證字號": "A123456789",
                "性別": v.MALE,
                "出生日期": dt.date(1985, 6, 15),
                "單位": "人事處",
                "職稱": "科員",
                "人員類別": v.CIVIL_SERVANT,
                "官等": v.ELEMENTARY,
                "到職日期": dt.date(2015, 9, 1),
                "電子郵件": "wang@example.gov.tw",
                "用餐": v.MEAT,
                "在職狀態": v.ACTIVE,
            },
            choices={
                "性別": v.GENDERS,
                "用餐": v.MEALS,
                "在職狀態": v.STAFF_STATUSES,
                "人員類別": v.DEFAULT_STAFF_CATEGORIES,
                "官等": v.DEFAULT_RANK_GROUPS,
            },
        ),
    ),
)


@dataclass
class _Parsed:
    row: TableRow
    employee_no: str | None
    given: dict[str, Any]  # field name → value, only for cells the row fills in


def _parse(reader: RowReader, has_numbers: bool) -> _Parsed:
    given: dict[str, Any] = {}
    for spec in COLUMNS:
        field_name = spec.alias
        if field_name in _DATE_FIELDS:
            value: Any = reader.date(spec.name)
        else:
            value = reader.text(spec.name)
        if field_name == "gender" and value is not None:
            value = GENDER_CODES.get(value, value)  # 1/2 as in the ID number and EDHR
        if value is not None:
            given[field_name] = value
        elif field_name in _REQUIRED_FIELDS:
            given[field_name] = ""  # blank required cell: validation reports it
    employee_no = given.pop("employee_no", None)
    if employee_no is None and has_numbers:
        column = FIELD_LABELS["employee_no"]
        reader.problem(column, required_text(column))
    return _Parsed(reader.row, employee_no, given)


def _pick_sheet(path: Path, preferred: str) -> str | None:
    """The sheet named like the template, else the first sheet (users rename sheets)."""
    return preferred if preferred in sheet_names(path) else None


def import_staff(
    db: Database,
    path: Path,
    *,
    dry_run: bool,
    today: dt.date | None = None,
    mapping: GivenMapping = None,
    preset: str | None = None,
) -> ImportReport:
    """Import a staff workbook; InputRefused with every problem, nothing written, if any.

    ``mapping`` (the window's choice, or ``--map`` text) and ``preset`` (``edhr``) read
    other systems' rosters; see ``services.staff.import_sources``."""
    source = import_sources.read_rows(
        db, Path(path), MAPPER, _pick_sheet(Path(path), SHEET), mapping=mapping, preset=preset
    )
    table = source.table
    problems: list[Problem] = list(source.problems)
    parsed = [
        _parse(RowReader(table.sheet, row, problems), source.has_numbers) for row in table.rows
    ]
    _check_duplicates(table.sheet, parsed, problems)
    report = ImportReport(dry_run=dry_run)
    with db.session() as session:
        cats, ranks = validation.reference_names(session)
        existing = {
            e.employee_no: e
            for e in session.scalars(
                select(Employee).options(
                    joinedload(Employee.unit),
                    joinedload(Employee.category),
                    joinedload(Employee.rank_group),
                )
            )
        }
        new_rows: list[EmployeeData] = []
        updates: list[tuple[Employee, EmployeeData, EmployeeData]] = []
        if not source.has_numbers:
            pattern = str(settings_service.get(db, Setting.STAFF_NUMBER_PATTERN))
            numbered = _match_unnumbered(table.sheet, parsed, existing, pattern, problems)
            if numbered:
                report.notes.append(
                    _("檔案沒有員工編號：新進人員依「{pattern}」編號（{first}～{last}）").format(
                        pattern=pattern, first=numbered[0], last=numbered[-1]
                    )
                )
        holders = _id_holders(existing.values(), parsed)
        for item in parsed:
            if item.employee_no is None:
                continue
            current = existing.get(item.employee_no)
            base = roster.to_data(current) if current else EmployeeData(item.employee_no)
            merged = validation.clean(replace(base, **item.given))
            for p in validation.validate(merged, categories=cats, rank_groups=ranks, today=today):
                problems.append(replace(p, sheet=table.sheet, row=item.row.number))
            nid = merged.national_id
            holder = holders.get(nid) if nid != base.national_id else None
            if holder is not None and holder != item.employee_no:
                message = validation.national_id_taken(nid, holder)
                column = FIELD_LABELS["national_id"]
                problems.append(Problem(message, table.sheet, item.row.number, column))
            if current is None:
                report.added.append(item.employee_no)
                new_rows.append(merged)
                continue
            changed = [
                label for name, label in FIELD_LABELS.items()
                if getattr(base, name) != getattr(merged, name)
            ]  # fmt: skip
            if changed:
                report.updated.append(item.employee_no)
                report.changes[item.employee_no] = changed
                updates.append((current, base, merged))
            else:
                report.unchanged.append(item.employee_no)
        if problems:
            order = {spec.name: i for i, spec in enumerate(COLUMNS)}
            problems.sort(key=lambda p: (p.row or 0, order.get(p.column, len(order))))
            raise InputRefused(problems)
        known_units = set(session.scalars(select(Unit.name)))
        wanted = dict.fromkeys(d.unit for d in new_rows + [u[2] for u in updates])
        new_units = [name for name in wanted if name not in known_units]
        if new_units:
            report.created[CREATED_UNITS] = new_units
        if not dry_run:
            _write(session, db.user, new_rows, updates)
    if not dry_run and source.mapping:
        MAPPER.remember(db, table_headers(Path(path), table.sheet), source.mapping)
    return report


def table_headers(path: Path, sheet: str) -> list[str]:
    """The file's headers (under which its mapping is remembered)."""
    return read_headers(path, sheet if path.suffix.lower() != ".csv" else None)


def _match_unnumbered(
    sheet: str,
    parsed: list[_Parsed],
    existing: dict[str, Employee],
    pattern: str,
    problems: list[Problem],
) -> list[str]:
    """Give each row of a file without 員工編號 its person's number: the person with its
    身分證字號, else the one person of that (folded) name in that unit, else a new number
    of the pattern. Returns the new numbers, in file order."""
    by_id = {e.national_id: e.employee_no for e in existing.values() if e.national_id}
    by_name: dict[tuple[str, str], list[str]] = {}
    for e in existing.values():
        by_name.setdefault((fold_name(e.name), e.unit.name), []).append(e.employee_no)
    numbers = import_sources.number_source(pattern, existing)
    new: list[str] = []
    first_row: dict[tuple[str, str], int] = {}
    for item in parsed:
        nid = national_id.normalize(item.given.get("national_id"))
        if nid:
            item.employee_no = by_id.get(nid)
        else:
            key = (fold_name(item.given.get("name", "")), item.given.get("unit", ""))
            if key in first_row:
                text = _("與第 {row} 列同名、同單位，且都沒有身分證字號，無法分辨是否為同一人")
                problems.append(
                    Problem(text.format(row=first_row[key]), sheet, item.row.number, "姓名")
                )
                continue
            first_row[key] = item.row.number
            found = by_name.get(key, [])
            if len(found) > 1:
                text = _("{unit}有 {n} 位人員名為「{name}」，請補填身分證字號或員工編號")
                message = text.format(unit=key[1], n=len(found), name=item.given.get("name"))
                problems.append(Problem(message, sheet, item.row.number, "姓名"))
                continue
            item.employee_no = found[0] if found else None
        if item.employee_no is None:
            item.employee_no = numbers.next()
            new.append(item.employee_no)
    return new


def _id_holders(employees: Iterable[Employee], parsed: list[_Parsed]) -> dict[str, str]:
    """Identity number → employee number of the people who keep theirs after the import.

    A person whose row in the file gives another number lets go of the old one, so two
    people can swap numbers in one file; numbers repeated within the file are reported by
    ``_check_duplicates``."""
    changing = {
        item.employee_no
        for item in parsed
        if item.employee_no is not None and "national_id" in item.given
    }
    return {
        e.national_id: e.employee_no
        for e in employees
        if e.national_id and e.employee_no not in changing
    }


def _check_duplicates(sheet: str, parsed: list[_Parsed], problems: list[Problem]) -> None:
    first_no: dict[str, int] = {}
    first_id: dict[str, int] = {}
    for item in parsed:
        number = item.row.number
        if item.employee_no is not None:
            if item.employee_no in first_no:
                message = _("員工編號「{number}」與第 {row} 列重複").format(
                    number=item.employee_no, row=first_no[item.employee_no]
                )
                problems.append(Problem(message, sheet, number, FIELD_LABELS["employee_no"]))
            else:
                first_no[item.employee_no] = number
        nid = national_id.normalize(item.given.get("national_id"))
        if nid:
            if nid in first_id:
                message = _("身分證字號與第 {row} 列重複").format(row=first_id[nid])
                problems.append(Problem(message, sheet, number, FIELD_LABELS["national_id"]))
            else:
                first_id[nid] = number


def _write(
    session: Session,
    user: str,
    new_rows: list[EmployeeData],
    updates: list[tuple[Employee, EmployeeData, EmployeeData]],
) -> None:
    units = _unit_ids(session, [d.unit for d in new_rows] + [u[2].unit for u in updates])
    cats = {k: v for k, v in session.execute(select(StaffCategory.name, StaffCategory.id))}
    ranks = {k: v for k, v in session.execute(select(RankGroup.name, RankGroup.id))}

    def columns(d: EmployeeData) -> dict[str, Any]:
        return {
            "employee_no": d.employee_no,
            "name": d.name,
            "national_id": d.national_id or None,
            "gender": d.gender or None,
            "birth_date": d.birth_date,
            "unit_id": units[d.unit],
            "title": d.title or None,
            "category_id": cats[d.category],
            "rank_group_id": ranks[d.rank_group] if d.rank_group else None,
            "hire_date": d.hire_date,
            "email": d.email or None,
            "meal": d.meal,
            "status": d.status,
            "leave_date": d.leave_date,
        }

    if new_rows:
        # One executemany: thousands of rows in well under a second.
        session.execute(
            insert(Employee),
            [{**columns(d), "is_supervisor": False, "version": 1} for d in new_rows],
        )
    for employee, before, after in updates:
        # Through the ORM so that the version column advances (optimistic locking).
        for key, value in columns(after).items():
            setattr(employee, key, value)
        roster.log_changes(session, user, employee.id, before, after)
    session.flush()


def _unit_ids(session: Session, names: list[str]) -> dict[str, int]:
    ids = {k: v for k, v in session.execute(select(Unit.name, Unit.id))}
    for name in dict.fromkeys(names):
        if name not in ids:
            ids[name] = get_or_create_unit(session, name).id
    return ids


def run_import(db: Database, path: Path, request: ImportRequest) -> ImportReport:
    """The catalogue's runner (``services.catalogue``) for this import: ``--map`` and
    ``--preset`` (or the window's mapping) read other systems' rosters."""
    return import_staff(
        db, path, dry_run=request.dry_run, mapping=request.mapping, preset=request.preset
    )
