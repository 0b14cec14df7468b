"""The rows of the plan workbook (SPEC §3.1 計畫): column specs, applying one row of each
sheet to the database (``Applier``), and reading a plan back into rows for the export.

``workbook`` reads the file and drives these; a row's checks and its comparison with what is
stored live here so that the import and the export agree on every column.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrplanner.domain.plans.binding_text import MANUAL, parse_binding
from hrplanner.domain.plans.measures import unit_problem
from hrplanner.domain.plans.targets import (
    Direction,
    Target,
    kpi_direction,
    parse_target,
    year_of_header,
)
from hrplanner.domain.plans.targets import TargetParseError as _TargetError
from hrplanner.domain.rocdate import ROC_OFFSET
from hrplanner.i18n import _
from hrplanner.services.common.errors import Problem
from hrplanner.services.imports.tabular import ColumnSpec, ImportReport, RowReader, cell_text
from hrplanner.services.plans.editing import CODE_MAX, NO_MAX, load_plan
from hrplanner.storage.database import Database
from hrplanner.storage.models import Plan, PlanAction, PlanKpi, PlanKpiYear, PlanStrategy

PLAN_SHEET, STRATEGY_SHEET, ACTION_SHEET, KPI_SHEET = "計畫", "策略", "具體作法", "KPI"
CODE, STRATEGY_NO, ACTION_NO, KPI_NO = "計畫代碼", "策略編號", "作法編號", "KPI編號"

PLAN_COLUMNS = (
    ColumnSpec(CODE, "plan_code", required=True, key=True),
    ColumnSpec("計畫名稱", "name"),
    ColumnSpec("訂定日期", "date"),
    ColumnSpec("依據", "basis"),
    ColumnSpec("目標", "goals"),
    ColumnSpec("實施對象", "target_group"),
    ColumnSpec("起始年度", "first_year"),
    ColumnSpec("結束年度", "last_year"),
    ColumnSpec("主辦單位", "unit"),
)
STRATEGY_COLUMNS = (
    ColumnSpec(CODE, "plan_code", required=True, key=True),
    ColumnSpec(STRATEGY_NO, "strategy_no", required=True, key=True),
    ColumnSpec("策略名稱", "name"),
)
ACTION_COLUMNS = (
    ColumnSpec(CODE, "plan_code", required=True, key=True),
    ColumnSpec(STRATEGY_NO, "strategy_no", required=True, key=True),
    ColumnSpec(ACTION_NO, "action_no", required=True, key=True),
    ColumnSpec("具體作法", "action"),
    ColumnSpec("辦理期程", "schedule"),
    ColumnSpec("績效指標", "indicators"),
    ColumnSpec("推動單位", "promoting_unit"),
    ColumnSpec("實施單位", "implementing_unit"),
)
# The year columns go between 單位 and 資料來源; 方向 is optional (default: what the
# targets say, else higher is better).
KPI_COLUMNS = (
    ColumnSpec(CODE, "plan_code", required=True, key=True),
    ColumnSpec(KPI_NO, "kpi_no", required=True, key=True),
    ColumnSpec(STRATEGY_NO, "strategy_no"),
    ColumnSpec("指標名稱", "name"),
    ColumnSpec("衡量標準", "standard"),
    ColumnSpec("單位", "unit"),
    ColumnSpec("資料來源", "measure"),
    ColumnSpec("方向", "direction"),
)


@dataclass
class Applier:
    """Applies rows to the session, recording what is added, updated and left alone."""

    s: Session
    report: ImportReport
    problems: list[Problem]
    plans: dict[str, Plan] = field(default_factory=dict)
    strategies: dict[tuple[str, str], PlanStrategy] = field(default_factory=dict)
    seen: dict[str, int] = field(default_factory=dict)
    orders: dict[tuple[str, int | None], int] = field(default_factory=dict)

    # -- helpers --

    def _first(self, reader: RowReader, key: str, column: str) -> bool:
        """False (with a problem) when ``key`` appeared on an earlier row of the sheet."""
        tagged = f"{reader.sheet}\0{key}"
        if tagged in self.seen:
            reader.problem(
                column,
                _("「{key}」與第 {row} 列重複。").format(key=key, row=self.seen[tagged]),
            )
            return False
        self.seen[tagged] = reader.row.number
        return True

    def _plan(self, reader: RowReader, code: str) -> Plan | None:
        plan = self.plans.get(code) or self.s.scalar(select(Plan).where(Plan.code == code))
        if plan is None:
            reader.problem(
                CODE, _("找不到計畫「{code}」（請在「計畫」工作表列出）。").format(code=code)
            )
            return None
        self.plans[code] = plan
        return plan

    def _strategy(self, reader: RowReader, plan: Plan, number: str) -> PlanStrategy | None:
        key = (plan.code, number)
        found = self.strategies.get(key)
        if found is None and plan.id is not None:
            found = self.s.scalar(
                select(PlanStrategy).where(
                    PlanStrategy.plan_id == plan.id, PlanStrategy.strategy_no == number
                )
            )
        if found is None:
            reader.problem(
                STRATEGY_NO,
                _("計畫「{code}」沒有策略「{no}」（請在「策略」工作表列出）。").format(
                    code=plan.code, no=number
                ),
            )
            return None
        self.strategies[key] = found
        return found

    def _record(self, key: str, new: bool, changed: list[str]) -> None:
        if new:
            self.report.added.append(key)
        elif changed:
            self.report.updated.append(key)
            self.report.changes[key] = changed
        else:
            self.report.unchanged.append(key)

    @staticmethod
    def _assign(row: Any, given: dict[str, tuple[str, Any]], changed: list[str]) -> None:
        for column, (attr, value) in given.items():
            if value is not None and getattr(row, attr) != value:
                setattr(row, attr, value)
                changed.append(column)

    def _next(self, column: Any, where: Any, parent: int | None) -> int:
        """The next sort order under ``parent``; rows added in this import are not flushed
        yet, so the count continues here rather than in the database."""
        key = (str(column), parent)
        if key not in self.orders:
            self.orders[key] = int(
                self.s.scalar(select(func.coalesce(func.max(column), 0)).where(where)) or 0
            )
        self.orders[key] += 1
        return self.orders[key]

    def _year(self, reader: RowReader, column: str) -> int | None:
        value = reader.row.get(column)
        if value is None:
            return None
        year = year_of_header(value)
        if year is None:
            reader.problem(
                column,
                _("{column}「{value}」無法辨識，請寫民國年（如 108）或西元年（如 2019）。").format(
                    column=column, value=cell_text(value)
                ),
            )
        return year

    # -- the sheets --

    def plan_row(self, reader: RowReader) -> None:
        code = reader.text(CODE, required=True, max_length=CODE_MAX)
        given: dict[str, tuple[str, Any]] = {
            "計畫名稱": ("name", reader.text("計畫名稱", max_length=200)),
            "訂定日期": ("made_on", reader.date("訂定日期")),
            "依據": ("basis", reader.text("依據")),
            "目標": ("goals", reader.text("目標")),
            "實施對象": ("target_group", reader.text("實施對象")),
            "起始年度": ("first_year", self._year(reader, "起始年度")),
            "結束年度": ("last_year", self._year(reader, "結束年度")),
            "主辦單位": ("unit", reader.text("主辦單位", max_length=100)),
        }
        if code is None or not self._first(reader, code, CODE):
            return
        plan = self.s.scalar(select(Plan).where(Plan.code == code))
        new = plan is None
        if plan is None:
            if given["計畫名稱"][1] is None:
                reader.problem("計畫名稱", _("新計畫須填計畫名稱。"))
            plan = Plan(code=code, name="", basis="", goals="", target_group="", unit="")
            plan.version = 1
            self.s.add(plan)
        changed: list[str] = []
        self._assign(plan, given, changed)
        first, last = plan.first_year, plan.last_year
        if first is not None and last is not None and last < first:
            reader.problem("結束年度", _("結束年度不可早於起始年度。"))
        elif (first is None) != (last is None):
            reader.problem("結束年度", _("起始年度與結束年度須一起填寫。"))
        self.plans[code] = plan
        self._record(_("計畫 {code}").format(code=code), new, changed)

    def strategy_row(self, reader: RowReader) -> None:
        code = reader.text(CODE, required=True)
        number = reader.text(STRATEGY_NO, required=True, max_length=NO_MAX)
        name = reader.text("策略名稱")
        if code is None or number is None:
            return
        plan = self._plan(reader, code)
        if plan is None or not self._first(reader, f"{code} {number}", STRATEGY_NO):
            return
        row = None
        if plan.id is not None:
            row = self.s.scalar(
                select(PlanStrategy).where(
                    PlanStrategy.plan_id == plan.id, PlanStrategy.strategy_no == number
                )
            )
        new = row is None
        if row is None:
            if name is None:
                reader.problem("策略名稱", _("新策略須填策略名稱。"))
            order = self._next(PlanStrategy.sort_order, PlanStrategy.plan_id == plan.id, plan.id)
            row = PlanStrategy(plan_id=plan.id, strategy_no=number, name="", sort_order=order)
            row.version = 1
            self.s.add(row)
        changed: list[str] = []
        self._assign(row, {"策略名稱": ("name", name)}, changed)
        self.strategies[(code, number)] = row
        key = _("計畫 {code} 策略 {no}").format(code=code, no=number)
        self._record(key, new, changed)

    def action_row(self, reader: RowReader) -> None:
        code = reader.text(CODE, required=True)
        number = reader.text(STRATEGY_NO, required=True)
        action_no = reader.text(ACTION_NO, required=True, max_length=NO_MAX)
        given: dict[str, tuple[str, Any]] = {
            "具體作法": ("text", reader.text("具體作法")),
            "辦理期程": ("schedule", reader.text("辦理期程", max_length=200)),
            "績效指標": ("indicators", reader.text("績效指標")),
            "推動單位": ("promoting_unit", reader.text("推動單位", max_length=200)),
            "實施單位": ("implementing_unit", reader.text("實施單位", max_length=200)),
        }
        if code is None or number is None or action_no is None:
            return
        plan = self._plan(reader, code)
        strategy = self._strategy(reader, plan, number) if plan is not None else None
        if strategy is None:
            return
        if not self._first(reader, f"{code} {number} {action_no}", ACTION_NO):
            return
        row = None
        if strategy.id is not None:
            row = self.s.scalar(
                select(PlanAction).where(
                    PlanAction.strategy_id == strategy.id, PlanAction.action_no == action_no
                )
            )
        new = row is None
        if row is None:
            if given["具體作法"][1] is None:
                reader.problem("具體作法", _("新的具體作法須填具體作法。"))
            order = self._next(
                PlanAction.sort_order, PlanAction.strategy_id == strategy.id, strategy.id
            )
            row = PlanAction(
                strategy_id=strategy.id,
                action_no=action_no,
                text="",
                schedule="",
                indicators="",
                promoting_unit="",
                implementing_unit="",
                sort_order=order,
            )
            row.version = 1
            self.s.add(row)
        changed: list[str] = []
        self._assign(row, given, changed)
        key = _("計畫 {code} 策略 {no} 作法 {action}").format(
            code=code, no=number, action=action_no
        )
        self._record(key, new, changed)

    def kpi_row(
        self,
        reader: RowReader,
        unit: str,
        written: dict[int, str],
        parsed: list[Target],
        direction: Direction | None,
        measure: str | None,
    ) -> None:
        code = reader.text(CODE, required=True)
        kpi_no = reader.text(KPI_NO, required=True, max_length=NO_MAX)
        number = reader.text(STRATEGY_NO)
        name = reader.text("指標名稱")
        standard = reader.text("衡量標準")
        if code is None or kpi_no is None:
            return
        plan = self._plan(reader, code)
        if plan is None or not self._first(reader, f"{code} {kpi_no}", KPI_NO):
            return
        strategy = self._strategy(reader, plan, number) if number is not None else None
        if number is not None and strategy is None:
            return
        row = None
        if plan.id is not None:
            row = self.s.scalar(
                select(PlanKpi).where(PlanKpi.plan_id == plan.id, PlanKpi.kpi_no == kpi_no)
            )
        new = row is None
        stored: dict[int, PlanKpiYear] = {}
        if row is None:
            if name is None:
                reader.problem("指標名稱", _("新 KPI 須填指標名稱。"))
            order = self._next(PlanKpi.sort_order, PlanKpi.plan_id == plan.id, plan.id)
            row = PlanKpi(
                plan_id=plan.id,
                kpi_no=kpi_no,
                name="",
                standard="",
                unit="",
                measure="",
                direction=(direction or Direction.HIGHER).value,
                sort_order=order,
            )
            row.version = 1
            self.s.add(row)
        else:
            stored = {y.year: y for y in row.years}
        changed: list[str] = []
        self._assign(
            row,
            {
                STRATEGY_NO: ("strategy_id", strategy.id if strategy is not None else None),
                "指標名稱": ("name", name),
                "衡量標準": ("standard", standard),
                "單位": ("unit", unit or None),
                "資料來源": ("measure", measure),
                "方向": ("direction", direction.value if direction else None),
            },
            changed,
        )
        self._check_years(reader, plan, row, written, stored)
        final_direction = Direction(row.direction)
        self._check_direction(reader, row, stored, written, final_direction)
        check_binding_units(reader, row.measure, parsed, final_direction)
        for year, text in written.items():
            year_row = stored.get(year)
            if year_row is None:
                row.years.append(PlanKpiYear(year=year, target=text, reason="", countermeasure=""))
                changed.append(f"{year - ROC_OFFSET}年")
            elif year_row.target != text:
                year_row.target = text
                changed.append(f"{year - ROC_OFFSET}年")
        key = _("計畫 {code} KPI {no}").format(code=code, no=kpi_no)
        self._record(key, new, [] if new else changed)

    def _check_years(
        self,
        reader: RowReader,
        plan: Plan,
        kpi: PlanKpi,
        written: dict[int, str],
        stored: dict[int, PlanKpiYear],
    ) -> None:
        first, last = plan.first_year, plan.last_year
        if first is None or last is None:
            return
        for year in written:
            if not first <= year <= last:
                reader.problem(
                    KPI_NO,
                    _("KPI {no} 的 {roc_year} 年不在計畫期間（{first}至{last}年）內。").format(
                        no=kpi.kpi_no,
                        roc_year=year - ROC_OFFSET,
                        first=first - ROC_OFFSET,
                        last=last - ROC_OFFSET,
                    ),
                )

    @staticmethod
    def _check_direction(
        reader: RowReader,
        kpi: PlanKpi,
        stored: dict[int, PlanKpiYear],
        written: dict[int, str],
        direction: Direction,
    ) -> None:
        """Stored targets of years the file leaves blank must agree with the direction."""
        texts = {y: r.target for y, r in stored.items() if r.target} | written
        try:
            targets = [parse_target(t, kpi.unit) for t in texts.values() if t]
            said = kpi_direction(targets)
        except _TargetError as exc:
            reader.problem("方向", str(exc))
            return
        if any(t.explicit for t in targets) and said is not direction:
            reader.problem(
                "方向",
                _("方向「{direction}」與目標值所寫的方向不一致。").format(
                    direction=direction.value
                ),
            )


def check_binding_units(
    reader: RowReader, measure_text: str, targets: Sequence[Target], direction: Direction
) -> None:
    if not measure_text or measure_text == MANUAL:
        return
    binding = parse_binding(measure_text)
    if binding is None:
        return
    for target in targets:
        problem = unit_problem(binding, target.directed(direction))
        if problem:
            reader.problem("資料來源", problem)
            return


# --- export ---------------------------------------------------------------------------------


@dataclass
class KpiExportRow:
    fixed: list[object]  # the KPI_COLUMNS values, in order
    targets: dict[int, str]


@dataclass
class PlanExportRows:
    plan: list[object]
    strategies: list[list[object]]
    actions: list[list[object]]
    kpis: list[KpiExportRow]
    years: list[int]


def _roc_year(year: int | None) -> object:
    return "" if year is None else year - ROC_OFFSET


def plan_export_rows(db: Database, code: str) -> PlanExportRows:
    with db.session() as s:
        plan = load_plan(s, code)
        made_on: dt.date | None = plan.made_on
        plan_row: list[object] = [
            plan.code,
            plan.name,
            made_on,
            plan.basis,
            plan.goals,
            plan.target_group,
            _roc_year(plan.first_year),
            _roc_year(plan.last_year),
            plan.unit,
        ]
        numbers = {st.id: st.strategy_no for st in plan.strategies}
        strategies: list[list[object]] = [[code, st.strategy_no, st.name] for st in plan.strategies]
        actions: list[list[object]] = [
            [
                code,
                st.strategy_no,
                a.action_no,
                a.text,
                a.schedule,
                a.indicators,
                a.promoting_unit,
                a.implementing_unit,
            ]
            for st in plan.strategies
            for a in st.actions
        ]
        years = (
            set(range(plan.first_year, plan.last_year + 1))
            if plan.first_year and plan.last_year
            else set()
        )
        kpis = []
        for k in plan.kpis:
            targets = {y.year: y.target for y in k.years if y.target}
            years |= targets.keys()
            fixed: list[object] = [
                code,
                k.kpi_no,
                numbers.get(k.strategy_id, "") if k.strategy_id else "",
                k.name,
                k.standard,
                k.unit,
                k.measure or "手動",
                k.direction,
            ]
            kpis.append(KpiExportRow(fixed, targets))
        return PlanExportRows(plan_row, strategies, actions, kpis, sorted(years))
