"""Importing KPI actuals (SPEC §3.1 KPI實績): 計畫代碼* , KPI編號* , 年度* , 實際值,
落後原因, 因應策略 — all or nothing, matched on (plan, KPI, year).

An actual is read as the KPI's target is (``75%``, ``19``, ``3場次``) and must fit the
target's unit; a blank cell keeps what is stored. A year whose report is final is refused,
as typing would be. Imported actuals carry the source 匯入.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from hrplanner.domain.plans.targets import year_of_header
from hrplanner.domain.rocdate import ROC_OFFSET
from hrplanner.i18n import _
from hrplanner.services.catalogue import ImportRequest
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.services.imports import templates
from hrplanner.services.imports.tabular import (
    ColumnSpec,
    ImportReport,
    RowReader,
    cell_text,
    read_table,
)
from hrplanner.services.plans.kpis import check_actual, is_final, year_row
from hrplanner.storage.database import Database
from hrplanner.storage.models import Plan, PlanKpi
from hrplanner.storage.models.plans import IMPORTED

SHEET = "KPI實績"
COLUMNS = (
    ColumnSpec("計畫代碼", "plan_code", required=True, key=True),
    ColumnSpec("KPI編號", "kpi_no", required=True, key=True),
    ColumnSpec("年度", "year", required=True, key=True),
    ColumnSpec("實際值", "actual"),
    ColumnSpec("落後原因", "reason"),
    ColumnSpec("因應策略", "countermeasure"),
)
TEMPLATE = templates.Template(
    (
        templates.SheetTemplate(
            SHEET,
            COLUMNS,
            {
                "計畫代碼": "108-人事處中程",
                "KPI編號": "2-2",
                "年度": "109",
                "實際值": "75%",
                "落後原因": "部分機關出缺不易補實",
                "因應策略": "協調勞政單位推介身心障礙人員",
            },
        ),
    )
)


def import_actuals(db: Database, path: Path, *, dry_run: bool = False) -> ImportReport:
    """Import a KPI實績 sheet (the first sheet, or the one named KPI實績)."""
    from hrplanner.services.imports.tabular import sheet_names

    names = sheet_names(Path(path))
    table = read_table(Path(path), COLUMNS, SHEET if SHEET in names else None)
    report = ImportReport(dry_run=dry_run)
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    with db.session() as s, s.no_autoflush:
        for row in table.rows:
            reader = RowReader(table.sheet, row, problems)
            code = reader.text("計畫代碼", required=True)
            number = reader.text("KPI編號", required=True)
            raw_year = row.get("年度")
            year = year_of_header(raw_year) if raw_year is not None else None
            if raw_year is None:
                reader.problem("年度", _("年度必填。"))
            elif year is None:
                reader.problem(
                    "年度",
                    _("年度「{value}」無法辨識，請寫民國年（如 109）或西元年（如 2020）。").format(
                        value=cell_text(raw_year)
                    ),
                )
            actual = reader.text("實際值", max_length=100)
            reason = reader.text("落後原因")
            countermeasure = reader.text("因應策略")
            if code is None or number is None or year is None:
                continue
            key = _("計畫 {code} KPI {no} {roc_year}年").format(
                code=code, no=number, roc_year=year - ROC_OFFSET
            )
            if key in seen:
                reader.problem("KPI編號", _("與第 {row} 列重複。").format(row=seen[key]))
                continue
            seen[key] = row.number
            kpi = s.scalar(
                select(PlanKpi)
                .join(Plan, Plan.id == PlanKpi.plan_id)
                .where(Plan.code == code, PlanKpi.kpi_no == number)
            )
            if kpi is None:
                reader.problem(
                    "KPI編號",
                    _("計畫「{code}」沒有 KPI「{no}」。").format(code=code, no=number),
                )
                continue
            if is_final(s, kpi.plan_id, year):
                reader.problem(
                    "年度",
                    _("{roc_year} 年度報告已定稿，不可再修改實際值；請先取消定稿。").format(
                        roc_year=year - ROC_OFFSET
                    ),
                )
                continue
            target_row = year_row(s, kpi, year)
            new = target_row.id is None
            problem = check_actual(kpi, target_row, actual)
            if problem:
                reader.problem("實際值", problem)
                continue
            changed = []
            for column, attr, value in (
                ("實際值", "actual", actual),
                ("落後原因", "reason", reason),
                ("因應策略", "countermeasure", countermeasure),
            ):
                if value is not None and getattr(target_row, attr) != value:
                    setattr(target_row, attr, value)
                    changed.append(column)
            if "實際值" in changed:
                target_row.actual_source = IMPORTED
                target_row.computed_at = target_row.computed_exact = None
            if new and not changed:
                kpi.years.remove(target_row)  # nothing to say about that year
            if new and changed:
                report.added.append(key)
            elif changed:
                report.updated.append(key)
                report.changes[key] = changed
            else:
                report.unchanged.append(key)
        if problems:
            raise InputRefused(problems)
        if dry_run:
            s.rollback()
    return report


def run_import(db: Database, path: Path, request: ImportRequest) -> ImportReport:
    """The catalogue's runner for ``import kpi-actuals``."""
    return import_actuals(db, path, dry_run=request.dry_run)
