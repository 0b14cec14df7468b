"""Importing 獎懲 (rewards) and 差勤統計 (leave) workbooks (SPEC §3.1), all or nothing.

獎懲 rows are matched on 員工編號 + 發布日期 + 獎懲種類 + 文號, leave rows on 員工編號 +
年度, so re-importing the same file changes nothing. Every problem is reported with its
sheet, row and column and nothing is written while there is one. After a 獎懲 import the
appraisals of the years it touches follow (net points, score, grade, logged); an approved
appraisal it would change is a problem of the row (change it on the screen, with a reason).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from pathlib import Path

from sqlalchemy import select

from hrplanner.domain.appraisal.vocabulary import RewardKind, parse_reward_kind
from hrplanner.domain.rocdate import format_roc, parse_year
from hrplanner.i18n import _
from hrplanner.services.appraisal.rewards import (
    LeaveInput,
    RewardInput,
    follow_rewards,
    leave_problems,
    milli,
    reward_problems,
)
from hrplanner.services.catalogue import ImportRequest
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.services.imports import templates
from hrplanner.services.imports.limits import LIMITS, number_out_of_range
from hrplanner.services.imports.tabular import (
    ColumnSpec,
    ImportReport,
    RowReader,
    cell_text,
    read_table,
)
from hrplanner.storage.database import Database
from hrplanner.storage.models import Employee, LeaveSummaryRow, RewardRecord

REWARD_SHEET = "獎懲"
REWARD_COLUMNS = (
    ColumnSpec("員工編號", "employee_no", required=True, key=True),
    ColumnSpec("發布日期", "date", required=True, key=True),
    ColumnSpec("獎懲種類", "kind", required=True, key=True),
    ColumnSpec("次數", "count"),
    ColumnSpec("事由", "reason"),
    ColumnSpec("文號", "doc_no", required=True, key=True),
)
REWARD_TEMPLATE = templates.Template(
    sheets=(
        templates.SheetTemplate(
            name=REWARD_SHEET,
            columns=REWARD_COLUMNS,
            example={
                "員工編號": "10001",
                "發布日期": dt.date(2025, 5, 20),
                "獎懲種類": "嘉獎",
                "次數": 2,
                "事由": "辦理年度訓練業務績效優良",
                "文號": "府人考字第1140012345號",
            },
            choices={"獎懲種類": tuple(k.value for k in RewardKind)},
        ),
    ),
)

LEAVE_SHEET = "差勤統計"
LEAVE_COLUMNS = (
    ColumnSpec("員工編號", "employee_no", required=True, key=True),
    ColumnSpec("年度", "year", required=True, key=True),
    ColumnSpec("事病假日數", "sick_personal_days"),
    ColumnSpec("曠職日數", "absent_days"),
    ColumnSpec("遲到早退次數", "late_count"),
)
LEAVE_TEMPLATE = templates.Template(
    sheets=(
        templates.SheetTemplate(
            name=LEAVE_SHEET,
            columns=LEAVE_COLUMNS,
            example={
                "員工編號": "10001",
                "年度": 114,
                "事病假日數": 3.5,
                "曠職日數": 0,
                "遲到早退次數": 1,
            },
        ),
    ),
)


def _problem_at(sheet: str, row: int, column: str, message: str) -> Problem:
    return Problem(message, sheet=sheet, row=row, column=column)


def import_rewards(db: Database, path: Path, *, dry_run: bool = False) -> ImportReport:
    """Import a 獎懲 workbook; InputRefused with every problem, nothing written, if any."""
    table = read_table(Path(path), REWARD_COLUMNS)
    problems: list[Problem] = []
    report = ImportReport(dry_run=dry_run)
    with db.session() as session:
        employees = dict(session.execute(select(Employee.employee_no, Employee.id)).all())
        seen: dict[tuple[str, dt.date, str, str], int] = {}
        planned: list[tuple[int, str, int, RewardInput]] = []  # (row, key, employee id, data)
        for row in table.rows:
            r = RowReader(table.sheet, row, problems)
            number = r.text("員工編號", required=True)
            day = r.date("發布日期", required=True)
            kind_text = r.text("獎懲種類", required=True)
            count = r.integer("次數")
            reason = r.text("事由") or ""
            doc_no = r.text("文號", required=True)
            emp_id = employees.get(number) if number else None
            if number and emp_id is None:
                r.problem("員工編號", _("找不到員工編號「{number}」").format(number=number))
            if day is None or kind_text is None or doc_no is None:
                continue
            data = RewardInput(
                number or "", day, kind_text, 1 if count is None else count, reason, doc_no
            )
            for p in reward_problems(data):
                r.problem(p.column, p.message)
            if emp_id is None or any(p.row == row.number for p in problems):
                continue
            kind = parse_reward_kind(kind_text).value
            key = (data.employee_no, day, kind, doc_no)
            if key in seen:
                r.problem(
                    "文號",
                    _("與第 {row} 列重複（同一人、同日期、同種類、同文號）").format(row=seen[key]),
                )
                continue
            seen[key] = row.number
            label = f"{data.employee_no} {format_roc(day)} {kind} {doc_no}"
            planned.append((row.number, label, emp_id, data))
        if problems:
            raise InputRefused(problems)
        touched: dict[tuple[int, int], int] = {}
        for row_no, label, emp_id, data in planned:
            kind = parse_reward_kind(data.kind).value
            existing = session.scalar(
                select(RewardRecord).filter_by(
                    employee_id=emp_id, date=data.date, kind=kind, doc_no=data.doc_no
                )
            )
            note = data.reason.strip() or None
            if existing is None:
                session.add(
                    RewardRecord(
                        employee_id=emp_id,
                        date=data.date,
                        kind=kind,
                        count=data.count,
                        reason=note,
                        doc_no=data.doc_no,
                    )
                )
                report.added.append(label)
            else:
                changed: list[str] = []
                if existing.count != data.count:
                    existing.count = data.count
                    changed.append("次數")
                if (existing.reason or None) != note:
                    existing.reason = note
                    changed.append("事由")
                if not changed:
                    report.unchanged.append(label)
                    continue
                report.updated.append(label)
                report.changes[label] = changed
            touched.setdefault((emp_id, data.date.year), row_no)
        session.flush()
        refused = follow_rewards(session, db.user, touched)
        if refused:
            raise InputRefused(
                [
                    _problem_at(
                        table.sheet,
                        touched[pair],
                        "獎懲種類",
                        _("該年度考績已核定，獎懲變動會改變考績結果；請在考績畫面修改並填寫理由。"),
                    )
                    for pair, _p in refused
                ]
            )
        if dry_run:
            session.rollback()
    return report


def _days(r: RowReader, column: str) -> Fraction | None:
    value = r.row.get(column)
    if value is None:
        return None
    try:
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(cell_text(value))
    except InvalidOperation:
        r.problem(
            column,
            _("{column}須為數字，收到「{value}」").format(column=column, value=cell_text(value)),
        )
        return None
    if not number.is_finite():
        r.problem(column, _("{column}須為數字，收到「{value}」").format(column=column, value=value))
        return None
    if number.adjusted() >= 15:  # Fraction(Decimal("1e999999999")) would never end
        r.problem(column, number_out_of_range(cell_text(value)[:30], LIMITS))
        return None
    return Fraction(number)


def import_leave(db: Database, path: Path, *, dry_run: bool = False) -> ImportReport:
    """Import a 差勤統計 workbook, all or nothing; a blank cell keeps the stored value."""
    table = read_table(Path(path), LEAVE_COLUMNS)
    problems: list[Problem] = []
    report = ImportReport(dry_run=dry_run)
    with db.session() as session:
        employees = dict(session.execute(select(Employee.employee_no, Employee.id)).all())
        seen: dict[tuple[str, int], int] = {}
        planned = []
        for row in table.rows:
            r = RowReader(table.sheet, row, problems)
            number = r.text("員工編號", required=True)
            year_text = r.text("年度", required=True)
            year = None
            if year_text is not None:
                try:
                    year = parse_year(year_text)
                except ValueError as exc:
                    r.problem("年度", str(exc))
            sick = _days(r, "事病假日數")
            absent = _days(r, "曠職日數")
            late = r.integer("遲到早退次數")
            emp_id = employees.get(number) if number else None
            if number and emp_id is None:
                r.problem("員工編號", _("找不到員工編號「{number}」").format(number=number))
            if emp_id is None or year is None or any(p.row == row.number for p in problems):
                continue
            key = (number or "", year)
            if key in seen:
                r.problem("年度", _("與第 {row} 列重複（同一人、同年度）").format(row=seen[key]))
                continue
            seen[key] = row.number
            existing = session.scalar(
                select(LeaveSummaryRow).filter_by(employee_id=emp_id, year=year)
            )
            base_sick = Fraction(existing.sick_personal_milli, 1000) if existing else Fraction(0)
            base_absent = Fraction(existing.absent_milli, 1000) if existing else Fraction(0)
            data = LeaveInput(
                number or "",
                year,
                base_sick if sick is None else sick,
                base_absent if absent is None else absent,
                (existing.late_count if existing else 0) if late is None else late,
            )
            found, summary = leave_problems(data)
            for p in found:
                r.problem(p.column or "事病假日數", p.message)
            if found or summary is None:
                continue
            planned.append((f"{number} {year - 1911}", emp_id, year, existing, summary))
        if problems:
            raise InputRefused(problems)
        for label, emp_id, year, existing, summary in planned:
            values = {
                "sick_personal_milli": milli(summary.sick_personal_days) or 0,
                "absent_milli": milli(summary.absent_days) or 0,
                "late_count": summary.late_count,
            }
            if existing is None:
                session.add(LeaveSummaryRow(employee_id=emp_id, year=year, **values))
                report.added.append(label)
                continue
            names = {
                "sick_personal_milli": "事病假日數",
                "absent_milli": "曠職日數",
                "late_count": "遲到早退次數",
            }
            changed = [names[k] for k, v in values.items() if getattr(existing, k) != v]
            if not changed:
                report.unchanged.append(label)
                continue
            for k, v in values.items():
                setattr(existing, k, v)
            report.updated.append(label)
            report.changes[label] = changed
        session.flush()
        if dry_run:
            session.rollback()
    return report


def run_rewards(db: Database, path: Path, request: ImportRequest) -> ImportReport:
    """The catalogue's runner for ``import rewards``."""
    return import_rewards(db, path, dry_run=request.dry_run)


def run_leave(db: Database, path: Path, request: ImportRequest) -> ImportReport:
    """The catalogue's runner for ``import leave``."""
    return import_leave(db, path, dry_run=request.dry_run)
