"""The plan outputs of the catalogue (SPEC §3.2, §3.3): the KPI 報表 and 計畫執行成果 exports
and the two printed reports, 計畫執行成果報告 and KPI 報表 with a chart per KPI.

Actuals: a final year prints what was stored when it was made final; in a year not yet
final the bound KPIs are computed afresh (not stored: an export never changes the data), so
the report of the current year shows today's figures. The 執行成果 of an action in a year is
its progress entries of that year and the classes linked to it that ended in the year
(count, person-times and credited hours); actions whose 辦理期程 clearly lies outside the
year are left out (``domain.plans.schedule``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from hrplanner.domain.hours import format_hours
from hrplanner.domain.plans.achievement import Light
from hrplanner.domain.plans.targets import Quantity
from hrplanner.domain.rocdate import ROC_OFFSET, format_roc
from hrplanner.domain.rounding import round_half_up
from hrplanner.i18n import _
from hrplanner.reports.pdf.plan_data import (
    ExecutionReport,
    ExecutionRow,
    KpiChart,
    KpiLine,
    KpiReport,
)
from hrplanner.services.catalogue import Done, FileRequest, Hooks
from hrplanner.services.common import settings_service
from hrplanner.services.plans import kpis as kpi_service
from hrplanner.services.plans.editing import ActionInfo, PlanInfo, plan_tree
from hrplanner.settings import Setting
from hrplanner.storage.database import Database

if TYPE_CHECKING:
    from hrplanner.reports.pdf.fonts import FontChoice

CHART_PLACES = 2


def current_table(
    db: Database,
    code: str,
    years: Sequence[int] | None = None,
    check: Callable[[], None] | None = None,
) -> kpi_service.KpiTable:
    """The KPI table with the bound KPIs of the years not yet final computed afresh."""
    table = kpi_service.kpi_table(db, code)
    wanted = table.years if years is None else [y for y in years if y in table.years]
    computed: dict[tuple[int, int], Quantity | None] = {}
    for year in wanted:
        if table.final.get(year):
            continue
        for result in kpi_service.compute_actuals(db, code, year, store=False, check=check):
            if result.outcome.provided:
                computed[(result.kpi_id, year)] = result.outcome.value
    return kpi_service.kpi_table(db, code, computed) if computed else table


def period_text(plan: PlanInfo) -> str:
    if plan.first_year is None or plan.last_year is None:
        return ""
    first, last = plan.first_year - ROC_OFFSET, plan.last_year - ROC_OFFSET
    return f"{first}年" if first == last else f"{first}年至{last}年"


def strategy_label(number: str, name: str) -> str:
    return f"{number}、{name}" if number and name else number or name


# --- KPI 報表 -----------------------------------------------------------------------------

KPI_HEADERS = ("計畫代碼", "策略", "KPI編號", "指標名稱", "衡量標準", "單位", "年度",
               "目標值", "實際值", "達成度 (%)", "燈號", "達成", "資料來源", "落後原因",
               "因應策略")  # fmt: skip


def kpi_rows(table: kpi_service.KpiTable, years: Sequence[int]) -> Iterator[list[object]]:
    """One row per KPI and year with a target (SPEC §3.2 KPI 報表)."""
    for row in table.rows:
        for year in years:
            cell = row.cells.get(year)
            if cell is None or not cell.target_text:
                continue
            result = cell.result
            yield [
                table.plan.code,
                strategy_label(row.strategy_no, row.strategy_name),
                row.kpi_no,
                row.name,
                row.standard,
                row.unit,
                year - ROC_OFFSET,
                cell.target_text,
                cell.actual_text or "",
                result.degree_percent if result is not None else None,
                (result.light if result is not None else Light.WHITE).value,
                result.met_text if result is not None else "",
                row.source_text,
                cell.reason,
                cell.countermeasure,
            ]


def export_kpis(db: Database, code: str, path: Path, year: int | None = None) -> int:
    """KPI 報表 of a plan (every year, or one); returns the number of rows written."""
    from hrplanner.reports.xlsx.writer import Column, SheetSpec, write_workbook

    years = None if year is None else [year]
    table = current_table(db, code, years)
    chosen = table.years if year is None else [year]
    rows = list(kpi_rows(table, chosen))
    kinds = {"年度": "int", "達成度 (%)": "decimal"}
    columns = [Column(h, kinds.get(h, "text")) for h in KPI_HEADERS]
    write_workbook(Path(path), [SheetSpec("KPI報表", columns, rows, len(rows))])
    return len(rows)


# --- 計畫執行成果 ---------------------------------------------------------------------------

EXECUTION_HEADERS = ("策略", "具體作法", "辦理期程", "績效指標", "辦理單位", "執行成果")


def action_result(action: ActionInfo, year: int) -> str:
    """執行成果 of an action in a year: its progress entries, then the linked classes."""
    lines = []
    for entry in action.progress:
        if entry.day.year != year:
            continue
        done = f"（完成{entry.done_percent}%）" if entry.done_percent is not None else ""
        lines.append(f"{format_roc(entry.day)} {entry.text}{done}")
    classes = [c for c in action.classes if c.end_date is not None and c.end_date.year == year]
    if classes:
        people = sum(c.person_times for c in classes)
        minutes = sum(c.credit_minutes for c in classes)
        codes = "、".join(c.code for c in classes)
        lines.append(
            f"辦理相關班期{len(classes)}班（{codes}），參訓{people}人次，"
            f"核給學習時數合計{format_hours(minutes)}小時。"
        )
    return "\n".join(lines)


def execution_rows(db: Database, code: str, year: int) -> tuple[PlanInfo, list[ExecutionRow]]:
    tree = plan_tree(db, code)
    rows = []
    for strategy in tree.strategies:
        label = strategy_label(strategy.strategy_no, strategy.name)
        for action in strategy.actions:
            if action.parsed_schedule.active_in(year) is False:
                continue
            rows.append(
                ExecutionRow(
                    label,
                    f"{action.action_no} {action.text}".strip(),
                    action.schedule,
                    action.indicators,
                    action.units,
                    action_result(action, year),
                )
            )
    return tree.plan, rows


def export_execution(db: Database, code: str, year: int, path: Path) -> int:
    from hrplanner.reports.xlsx.writer import Column, SheetSpec, write_workbook

    _plan, rows = execution_rows(db, code, year)
    data = [[r.strategy, r.action, r.schedule, r.indicators, r.units, r.result] for r in rows]
    columns = [Column(h) for h in EXECUTION_HEADERS]
    write_workbook(Path(path), [SheetSpec("計畫執行成果", columns, data, len(data))])
    return len(data)


# --- the printed reports --------------------------------------------------------------------


def _agency(db: Database) -> str:
    return str(settings_service.get(db, Setting.AGENCY_NAME) or "")


def execution_report(db: Database, code: str, year: int) -> ExecutionReport:
    plan, rows = execution_rows(db, code, year)
    tree = plan_tree(db, code)
    classes = {
        c.class_id: c
        for st in tree.strategies
        for a in st.actions
        for c in a.classes
        if c.end_date is not None and c.end_date.year == year
    }
    summary = ""
    if classes:
        people = sum(c.person_times for c in classes.values())
        minutes = sum(c.credit_minutes for c in classes.values())
        summary = (
            f"本年度連結之班期共{len(classes)}班，參訓{people}人次，"
            f"核給學習時數合計{format_hours(minutes)}小時。"
        )
    return ExecutionReport(
        _agency(db),
        plan.name,
        year - ROC_OFFSET,
        period_text(plan),
        plan.unit,
        tuple(rows),
        summary,
    )


def _chart_value(quantity: Quantity | None) -> Decimal | None:
    return None if quantity is None else round_half_up(quantity.value, CHART_PLACES)


def _target_quantity(row: kpi_service.KpiRow, year: int) -> Quantity | None:
    cell = row.cells.get(year)
    return None if cell is None or cell.target is None else cell.target.quantity


def kpi_report(db: Database, code: str, year: int) -> KpiReport:
    table = current_table(db, code)
    lines = []
    lights = {light: 0 for light in Light}
    for row in table.rows:
        cell = row.cells.get(year)
        if cell is None or not cell.target_text:
            continue
        result = cell.result
        light = result.light if result is not None else Light.WHITE
        lights[light] += 1
        lines.append(
            KpiLine(
                strategy_label(row.strategy_no, row.strategy_name),
                row.kpi_no,
                row.name,
                row.standard,
                cell.target_text,
                cell.actual_text or "",
                result.degree_text if result is not None else "—",
                light.value,
                result.met_text if result is not None else "",
                row.source_text,
                cell.reason,
                cell.countermeasure,
            )
        )
    charts = []
    for row in table.rows:
        if not any(c.target is not None for c in row.cells.values()):
            continue
        years = tuple(table.years)
        charts.append(
            KpiChart(
                row.kpi_no,
                row.name,
                row.unit or next((c.target.unit for c in row.cells.values() if c.target), ""),
                tuple(y - ROC_OFFSET for y in years),
                tuple(_chart_value(_target_quantity(row, y)) for y in years),
                tuple(_chart_value(row.cells[y].actual) if y in row.cells else None for y in years),
                row.direction.value == "越低越好",
            )
        )
    counts = "燈號：" + "、".join(f"{light.value} {n}" for light, n in lights.items())
    return KpiReport(
        _agency(db),
        table.plan.name,
        year - ROC_OFFSET,
        period_text(table.plan),
        tuple(lines),
        tuple(charts),
        counts,
    )


def _font(db: Database) -> FontChoice:
    from hrplanner.services.training.printing import font_choice

    return font_choice(db)


# --- the catalogue's runners (services.catalogue) -----------------------------------------


def run_export_kpi(db: Database, path: Path, request: FileRequest, hooks: Hooks) -> Done:
    """KPI 報表: one row per KPI and year of the plan."""
    assert request.plan_code is not None
    count = export_kpis(db, request.plan_code, path)
    return Done(
        _("已匯出計畫 {code} 的 KPI 報表（{n} 列）").format(code=request.plan_code, n=count)
    )


def run_export_plan(db: Database, path: Path, request: FileRequest, hooks: Hooks) -> Done:
    assert request.plan_code is not None and request.year is not None
    count = export_execution(db, request.plan_code, request.year, path)
    return Done(
        _("已匯出計畫 {code} {year} 年度執行成果（{n} 項具體作法）").format(
            code=request.plan_code, year=request.year - ROC_OFFSET, n=count
        )
    )


def run_print_plan_report(db: Database, path: Path, request: FileRequest, hooks: Hooks) -> Done:
    from hrplanner.reports.pdf.plan_report import build_plan_report

    assert request.plan_code is not None and request.year is not None
    report = execution_report(db, request.plan_code, request.year)
    build_plan_report(report, path, _font(db))
    return Done(
        _("已產生計畫 {code} {year} 年度執行成果報告（{n} 項具體作法）").format(
            code=request.plan_code, year=report.roc_year, n=len(report.rows)
        )
    )


def run_print_kpi(db: Database, path: Path, request: FileRequest, hooks: Hooks) -> Done:
    from hrplanner.reports.pdf.kpi_report import build_kpi_report

    assert request.plan_code is not None and request.year is not None
    report = kpi_report(db, request.plan_code, request.year)
    build_kpi_report(report, path, _font(db))
    return Done(
        _("已產生計畫 {code} {year} 年度 KPI 報表（{n} 項 KPI）").format(
            code=request.plan_code, year=report.roc_year, n=len(report.lines)
        )
    )
