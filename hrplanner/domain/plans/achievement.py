"""Whether a KPI met its yearly target, its 達成度 and light, and when a year's report is final.

SPEC R15: met when actual ≥ target (≤ when lower is better); 達成度 = actual ÷ target
(target ÷ actual when lower is better), shown capped (100% by default, a setting); with a
divisor of 0 it is 100% if met, else 0%. Lights: 綠 met, 黃 達成度 at or above a threshold
(90% by default, a setting), 紅 below, 白 no actual yet. A KPI below target needs 落後原因
and 因應策略 before the year's report is final (:func:`final_report_problems`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from hrplanner.domain.plans.targets import Direction, Quantity, Target, fit_to_target
from hrplanner.domain.rocdate import ROC_OFFSET
from hrplanner.domain.rounding import format_percent, round_half_up
from hrplanner.i18n import _

DEGREE_PLACES = 1
NO_DEGREE = "—"


class Light(StrEnum):
    GREEN = "綠"
    YELLOW = "黃"
    RED = "紅"
    WHITE = "白"


@dataclass(frozen=True)
class AchievementSettings:
    """The agency's settings: the display cap of 達成度 (None: no cap) and the yellow line."""

    cap: Fraction | None = Fraction(1)
    yellow_from: Fraction = Fraction(9, 10)

    def __post_init__(self) -> None:
        if self.cap is not None and self.cap < 1:
            raise ValueError(_("達成度的顯示上限不可低於 100%。"))
        if not 0 < self.yellow_from <= 1:
            raise ValueError(_("黃燈門檻須大於 0% 且不超過 100%。"))


DEFAULT_SETTINGS = AchievementSettings()


@dataclass(frozen=True)
class Achievement:
    """A KPI's result for one year. Without an actual: not decided, no degree, white."""

    met: bool | None
    degree: Fraction | None  # uncapped 達成度, as a share (1 = 100%)
    shown: Fraction | None  # 達成度 after the cap, as displayed
    light: Light

    @property
    def degree_text(self) -> str:
        """``93.8%`` (one decimal, half up), or — without an actual."""
        return NO_DEGREE if self.shown is None else format_percent(self.shown, DEGREE_PLACES)

    @property
    def degree_percent(self) -> Decimal | None:
        """The shown 達成度 as a percentage number (93.8) for the report's 達成度 (%) cell."""
        return None if self.shown is None else round_half_up(self.shown * 100, DEGREE_PLACES)

    @property
    def met_text(self) -> str:
        """The report's 達成 column: 是 / 否, blank without an actual."""
        return "" if self.met is None else ("是" if self.met else "否")


def is_met(target: Target, actual: Fraction) -> bool:
    if target.direction is Direction.LOWER:
        return actual <= target.value
    return actual >= target.value


def degree(target: Target, actual: Fraction) -> Fraction:
    """達成度 uncapped: actual ÷ target, or target ÷ actual when lower is better; with a zero
    divisor 100% when met, else 0%."""
    if target.direction is Direction.LOWER:
        numerator, divisor = target.value, actual
    else:
        numerator, divisor = actual, target.value
    if divisor == 0:
        return Fraction(1) if is_met(target, actual) else Fraction(0)
    return numerator / divisor


def achievement(
    target: Target, actual: Quantity | None, settings: AchievementSettings = DEFAULT_SETTINGS
) -> Achievement:
    """Met, 達成度 (uncapped and shown) and light of one KPI year.

    A bare actual takes the target's unit; a unit that does not fit raises TargetParseError.
    """
    if actual is None:
        return Achievement(None, None, None, Light.WHITE)
    value = fit_to_target(actual, target).value
    met = is_met(target, value)
    raw = degree(target, value)
    shown = raw if settings.cap is None else min(raw, settings.cap)
    if met:
        light = Light.GREEN
    elif raw >= settings.yellow_from:
        light = Light.YELLOW
    else:
        light = Light.RED
    return Achievement(met, raw, shown, light)


# --- the year's report ----------------------------------------------------------------------


@dataclass(frozen=True)
class KpiYear:
    """One KPI in one year as the report sees it (a row of the KPI 報表)."""

    kpi_no: str
    name: str
    year: int
    target: Target | None
    actual: Quantity | None
    reason: str = ""  # 落後原因
    countermeasure: str = ""  # 因應策略

    def result(self, settings: AchievementSettings = DEFAULT_SETTINGS) -> Achievement | None:
        """The year's achievement; None when the KPI has no target that year."""
        return None if self.target is None else achievement(self.target, self.actual, settings)


class ProblemKind(StrEnum):
    NO_ACTUAL = "未填實際值"
    NO_REASON = "未填落後原因"
    NO_COUNTERMEASURE = "未填因應策略"


@dataclass(frozen=True)
class ReportProblem:
    kpi_no: str
    year: int
    kind: ProblemKind
    message: str


def _problem(entry: KpiYear, kind: ProblemKind) -> ReportProblem:
    roc_year = entry.year - ROC_OFFSET
    if kind is ProblemKind.NO_ACTUAL:
        text = _("KPI {kpi_no}「{name}」{roc_year}年尚未填實際值。")
    elif kind is ProblemKind.NO_REASON:
        text = _("KPI {kpi_no}「{name}」{roc_year}年未達目標，須填落後原因。")
    else:
        text = _("KPI {kpi_no}「{name}」{roc_year}年未達目標，須填因應策略。")
    message = text.format(kpi_no=entry.kpi_no, name=entry.name, roc_year=roc_year)
    return ReportProblem(entry.kpi_no, entry.year, kind, message)


def final_report_problems(
    entries: Iterable[KpiYear], settings: AchievementSettings = DEFAULT_SETTINGS
) -> tuple[ReportProblem, ...]:
    """What keeps the year's report from being final: a KPI with a target but no actual,
    and a KPI below target (yellow or red) without 落後原因 or 因應策略. KPIs with no target
    in the year are not part of its report. Empty when the report can be made final."""
    problems: list[ReportProblem] = []
    for entry in entries:
        result = entry.result(settings)
        if result is None:
            continue
        if result.met is None:
            problems.append(_problem(entry, ProblemKind.NO_ACTUAL))
            continue
        if result.met:
            continue
        if not entry.reason.strip():
            problems.append(_problem(entry, ProblemKind.NO_REASON))
        if not entry.countermeasure.strip():
            problems.append(_problem(entry, ProblemKind.NO_COUNTERMEASURE))
    return tuple(problems)


def needs_explanation(entry: KpiYear, settings: AchievementSettings = DEFAULT_SETTINGS) -> bool:
    """Whether the screen should ask for 落後原因 and 因應策略 (the KPI is below target)."""
    result = entry.result(settings)
    return result is not None and result.met is False
