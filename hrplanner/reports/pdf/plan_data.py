"""Plain input records for the plan reports (SPEC §3.3 計畫執行成果報告, KPI 報表).

Services fill these from the database; ``plan_report`` and ``kpi_report`` draw them. All
text is already formatted as it prints (ROC years, 達成度 as ``93.8%``); chart values are
exact Decimals, drawn as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class ExecutionRow:
    """One action of the execution report: 策略 / 具體作法 / 辦理期程 / 績效指標 / 辦理單位 /
    執行成果 (progress and the linked classes' figures)."""

    strategy: str
    action: str
    schedule: str
    indicators: str
    units: str
    result: str


@dataclass(frozen=True)
class ExecutionReport:
    agency: str
    plan_name: str
    roc_year: int
    period: str  # 計畫期間, e.g. 108年至111年
    unit: str
    rows: tuple[ExecutionRow, ...]
    summary: str = ""  # the year's linked classes in one sentence


@dataclass(frozen=True)
class KpiLine:
    """One KPI in the report's year (a row of the table)."""

    strategy: str
    kpi_no: str
    name: str
    standard: str
    target: str
    actual: str
    degree: str  # 93.8%, or — without an actual
    light: str  # 綠 / 黃 / 紅 / 白
    met: str  # 是 / 否 / blank
    source: str
    reason: str = ""
    countermeasure: str = ""


@dataclass(frozen=True)
class KpiChart:
    """A KPI's targets against its actuals over the plan's years (ROC years)."""

    kpi_no: str
    name: str
    unit: str
    years: tuple[int, ...]
    targets: tuple[Decimal | None, ...]
    actuals: tuple[Decimal | None, ...]
    lower_is_better: bool = False


@dataclass(frozen=True)
class KpiReport:
    agency: str
    plan_name: str
    roc_year: int
    period: str
    lines: tuple[KpiLine, ...]
    charts: tuple[KpiChart, ...] = field(default_factory=tuple)
    counts: str = ""  # 綠 n、黃 n、紅 n、白 n
