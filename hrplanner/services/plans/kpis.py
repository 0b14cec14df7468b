"""A plan's KPIs year by year (SPEC R15): targets, actuals, 達成度, lights, and the report.

:func:`kpi_table` reads every KPI of a plan with each year's target and stored actual and
judges them with ``domain.plans.achievement`` under the agency's settings (the 達成度 cap
and the yellow line). An actual is typed (:func:`set_actual`), imported (``actuals_import``)
or computed from the KPI's bound measure (:func:`compute_actuals`, which stores the values
with the source 計算). :func:`mark_final` closes a year's report once every KPI with a
target has an actual and every one below target has 落後原因 and 因應策略; a final year's
actuals no longer change until it is reopened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrplanner.domain.plans.achievement import (
    Achievement,
    AchievementSettings,
    KpiYear,
    Light,
    ReportProblem,
    achievement,
    final_report_problems,
)
from hrplanner.domain.plans.binding_text import parse_binding, render_binding
from hrplanner.domain.plans.measures import Binding, BindingError
from hrplanner.domain.plans.targets import (
    Direction,
    Quantity,
    Target,
    TargetParseError,
    parse_actual,
    parse_target,
)
from hrplanner.domain.rocdate import ROC_OFFSET
from hrplanner.domain.rounding import format_number
from hrplanner.i18n import _
from hrplanner.services.common import settings_service
from hrplanner.services.common.errors import ConflictError, InputRefused, NotFound, Problem
from hrplanner.services.plans import measures
from hrplanner.services.plans.editing import PlanInfo, load_plan, plan_info
from hrplanner.settings import Setting
from hrplanner.storage.database import Database
from hrplanner.storage.models import Plan, PlanKpi, PlanKpiYear, PlanReport
from hrplanner.storage.models.plans import COMPUTED, IMPORTED, TYPED

__all__ = ["COMPUTED", "IMPORTED", "TYPED"]

STORED_PLACES = 6


def achievement_settings(db: Database) -> AchievementSettings:
    """The agency's cap (0 = none; anything under 100% is read as 100%) and yellow line."""
    values = settings_service.get_all(db)
    cap = int(values[Setting.KPI_DEGREE_CAP])
    yellow = min(100, max(1, int(values[Setting.KPI_YELLOW_FROM])))
    return AchievementSettings(
        None if cap == 0 else Fraction(max(cap, 100), 100), Fraction(yellow, 100)
    )


@dataclass(frozen=True)
class KpiCell:
    """One KPI in one year, as stored and as judged."""

    year: int
    target_text: str | None
    actual_text: str | None = None
    source: str | None = None  # 手動 / 匯入 / 計算
    reason: str = ""
    countermeasure: str = ""
    target: Target | None = None
    actual: Quantity | None = None
    result: Achievement | None = None
    problem: str = ""  # a target or actual that cannot be read or compared
    version: int | None = None

    @property
    def light(self) -> Light | None:
        return None if self.result is None else self.result.light

    @property
    def below_target(self) -> bool:
        return self.result is not None and self.result.met is False

    def as_kpi_year(self, kpi_no: str, name: str) -> KpiYear:
        return KpiYear(
            kpi_no, name, self.year, self.target, self.actual, self.reason, self.countermeasure
        )


@dataclass(frozen=True)
class KpiRow:
    id: int
    kpi_no: str
    strategy_no: str
    strategy_name: str
    name: str
    standard: str
    unit: str
    direction: Direction
    measure: str  # 資料來源 text; "" = 手動
    binding: Binding | None
    version: int
    cells: dict[int, KpiCell] = field(default_factory=dict)

    @property
    def source_text(self) -> str:
        return render_binding(self.binding)


@dataclass(frozen=True)
class KpiTable:
    plan: PlanInfo
    years: list[int]
    rows: list[KpiRow]
    final: dict[int, bool]
    settings: AchievementSettings

    def problems(self, year: int) -> tuple[ReportProblem, ...]:
        """What keeps ``year``'s report from being final."""
        entries = [
            r.cells[year].as_kpi_year(r.kpi_no, r.name)
            for r in self.rows
            if year in r.cells and r.cells[year].target is not None
        ]
        return final_report_problems(entries, self.settings)


def judge(
    year: int,
    target_text: str | None,
    actual: object,
    unit: str,
    direction: Direction,
    settings: AchievementSettings,
) -> tuple[Target | None, Quantity | None, Achievement | None, str]:
    """Parse a year's target and actual and judge them; a problem instead of an error."""
    if not target_text:
        return None, None, None, ""
    try:
        target = parse_target(target_text, unit, direction).directed(direction)
    except TargetParseError as exc:
        return None, None, None, str(exc)
    try:
        quantity = actual if isinstance(actual, Quantity) else parse_actual(actual, target)
        result = achievement(target, quantity, settings)
    except TargetParseError as exc:
        return target, None, achievement(target, None, settings), str(exc)
    return target, quantity, result, ""


def _binding(text: str) -> Binding | None:
    try:
        return parse_binding(text)
    except BindingError:
        return None


def _table_years(plan: Plan, kpis: list[PlanKpi]) -> list[int]:
    years: set[int] = set()
    if plan.first_year and plan.last_year:
        years.update(range(plan.first_year, plan.last_year + 1))
    years.update(y.year for k in kpis for y in k.years)
    return sorted(years)


def kpi_table(
    db: Database,
    code: str,
    computed: Mapping[tuple[int, int], Quantity | None] | None = None,
) -> KpiTable:
    """Every KPI of plan ``code`` with each year judged. ``computed`` ((kpi id, year) →
    value) replaces the stored actual of those cells (values computed but not stored)."""
    settings = achievement_settings(db)
    with db.session() as s:
        plan = load_plan(s, code)
        kpis = list(plan.kpis)
        years = _table_years(plan, kpis)
        final = {
            r.year: r.final
            for r in s.scalars(select(PlanReport).where(PlanReport.plan_id == plan.id))
        }
        rows = []
        for k in kpis:
            direction = Direction(k.direction)
            cells: dict[int, KpiCell] = {}
            for y in k.years:
                actual: object = y.actual
                source = y.actual_source
                if source == COMPUTED and y.computed_exact and y.actual:
                    actual = exact_quantity(y.actual, y.computed_exact) or y.actual
                if computed is not None and (k.id, y.year) in computed:
                    actual, source = computed[(k.id, y.year)], COMPUTED
                target, quantity, result, problem = judge(
                    y.year, y.target, actual, k.unit, direction, settings
                )
                # Computed values show as the measure writes them (2 decimals at most);
                # typed ones as typed.
                shown = y.actual
                if quantity is not None and source == COMPUTED:
                    shown = quantity.display
                cells[y.year] = KpiCell(
                    y.year,
                    y.target,
                    shown,
                    source,
                    y.reason,
                    y.countermeasure,
                    target,
                    quantity,
                    result,
                    problem,
                    y.version,
                )
            strategy = k.strategy
            rows.append(
                KpiRow(
                    k.id,
                    k.kpi_no,
                    strategy.strategy_no if strategy else "",
                    strategy.name if strategy else "",
                    k.name,
                    k.standard,
                    k.unit,
                    direction,
                    k.measure,
                    _binding(k.measure),
                    k.version,
                    cells,
                )
            )
        return KpiTable(plan_info(plan), years, rows, final, settings)


# --- typing actuals -------------------------------------------------------------------------


def is_final(s: Session, plan_id: int, year: int) -> bool:
    report = s.get(PlanReport, (plan_id, year))
    return bool(report and report.final)


def final_refusal(year: int) -> InputRefused:
    return InputRefused(
        [
            Problem(
                _("{roc_year} 年度報告已定稿，不可再修改實際值；請先取消定稿。").format(
                    roc_year=year - ROC_OFFSET
                )
            )
        ]
    )


def year_row(s: Session, kpi: PlanKpi, year: int) -> PlanKpiYear:
    """The KPI's row of ``year``, created (without a target) when missing."""
    for row in kpi.years:
        if row.year == year:
            return row
    row = PlanKpiYear(year=year, reason="", countermeasure="", version=1)
    kpi.years.append(row)
    return row


def check_actual(kpi: PlanKpi, row: PlanKpiYear, actual: str | None) -> str | None:
    """Why ``actual`` cannot be the KPI's actual (unreadable, unit not fitting), else None."""
    if actual is None or not actual.strip():
        return None
    try:
        if row.target:
            target = parse_target(row.target, kpi.unit, Direction(kpi.direction))
            parse_actual(actual, target)
        else:
            parse_actual(actual)
    except TargetParseError as exc:
        return str(exc)
    return None


def set_actual(
    db: Database,
    kpi_id: int,
    year: int,
    actual: str | None,
    reason: str = "",
    countermeasure: str = "",
    *,
    source: str = TYPED,
    version: int | None = None,
) -> None:
    """Store a year's actual (blank clears it) with 落後原因 and 因應策略."""
    with db.session() as s:
        kpi = s.get(PlanKpi, kpi_id)
        if kpi is None:
            raise NotFound(_("找不到此 KPI，可能已被刪除。"))
        if is_final(s, kpi.plan_id, year):
            raise final_refusal(year)
        row = year_row(s, kpi, year)
        if version is not None and row.version is not None and row.id and row.version != version:
            raise ConflictError(_("此筆資料已被其他人修改，請重新整理後再編輯。"))
        problem = check_actual(kpi, row, actual)
        if problem:
            raise InputRefused([Problem(problem, column="實際值")])
        text = (actual or "").strip() or None
        row.actual = text
        row.actual_source = source if text else None
        row.computed_at = row.computed_exact = None
        row.reason, row.countermeasure = reason.strip(), countermeasure.strip()


def explain(db: Database, kpi_id: int, year: int, reason: str, countermeasure: str) -> None:
    """Store 落後原因 and 因應策略 of a year, leaving its actual as it is (a computed one)."""
    with db.session() as s:
        kpi = s.get(PlanKpi, kpi_id)
        if kpi is None:
            raise NotFound(_("找不到此 KPI，可能已被刪除。"))
        if is_final(s, kpi.plan_id, year):
            raise final_refusal(year)
        row = year_row(s, kpi, year)
        row.reason, row.countermeasure = reason.strip(), countermeasure.strip()


# --- computing bound actuals ------------------------------------------------------------------


@dataclass(frozen=True)
class ComputeResult:
    kpi_id: int
    kpi_no: str
    year: int
    outcome: measures.Outcome


def compute_actuals(
    db: Database,
    code: str,
    year: int,
    *,
    store: bool = True,
    now: dt.datetime | None = None,
    check: Callable[[], None] | None = None,
) -> list[ComputeResult]:
    """Compute every bound KPI of the plan for ``year`` and (``store``) keep the values
    with the source 計算; a final year is computed but never stored. ``check`` is called
    between measures (the window's cancel)."""
    with db.session() as s:
        plan = load_plan(s, code)
        bound = [(k.id, k.kpi_no, _binding(k.measure)) for k in plan.kpis if k.measure]
        final = is_final(s, plan.id, year)
    results: list[ComputeResult] = []
    cache: dict[Binding, measures.Outcome] = {}
    for kpi_id, kpi_no, binding in bound:
        if check is not None:
            check()
        if binding is None:
            continue
        outcome = cache.get(binding)
        if outcome is None:
            outcome = cache[binding] = measures.compute(db, year, binding)
        results.append(ComputeResult(kpi_id, kpi_no, year, outcome))
    if store and not final:
        _store(db, results, now or dt.datetime.now())
    return results


def stored_text(value: Quantity) -> str:
    """A computed value as stored: exact to six decimals, with its unit."""
    return format_number(value.value, STORED_PLACES) + value.unit


def exact_quantity(stored: str, exact: str) -> Quantity | None:
    """A stored computed actual with its exact value; None when the exact text is damaged."""
    try:
        value = Fraction(exact)
    except (ValueError, ZeroDivisionError):
        return None
    unit = stored.lstrip("0123456789.,-")
    return Quantity(value, unit)


def _store(db: Database, results: list[ComputeResult], now: dt.datetime) -> None:
    with db.session() as s:
        for result in results:
            if not result.outcome.provided:
                continue  # nothing to say yet: leave what the officer typed
            kpi = s.get(PlanKpi, result.kpi_id)
            if kpi is None:
                continue
            row = year_row(s, kpi, result.year)
            value = result.outcome.value
            if value is None and row.actual_source not in (None, COMPUTED):
                continue  # nothing to measure: an actual typed or imported stays
            # Six decimals keep the stored value on the right side of its target.
            row.actual = None if value is None else stored_text(value)
            row.actual_source = None if value is None else COMPUTED
            row.computed_exact = None if value is None else str(value.value)
            row.computed_at = now


# --- the year's report ----------------------------------------------------------------------


def mark_final(db: Database, code: str, year: int, today: dt.date) -> None:
    """Compute the bound KPIs, then make ``year``'s report final; InputRefused naming every
    KPI still without an actual, 落後原因 or 因應策略 (nothing is marked then)."""
    compute_actuals(db, code, year)
    problems = kpi_table(db, code).problems(year)
    if problems:
        raise InputRefused([Problem(p.message) for p in problems])
    with db.session() as s:
        plan = load_plan(s, code)
        report = s.get(PlanReport, (plan.id, year))
        if report is None:
            report = PlanReport(plan_id=plan.id, year=year, version=1)
            s.add(report)
        report.final, report.final_on = True, today


def reopen(db: Database, code: str, year: int) -> None:
    """Take the final mark off a year's report (its actuals can change again)."""
    with db.session() as s:
        plan = load_plan(s, code)
        report = s.get(PlanReport, (plan.id, year))
        if report is not None:
            report.final, report.final_on = False, None
