"""Met, 達成度, lights and the year's report (SPEC R15)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from hrplanner.domain.plans.achievement import (
    AchievementSettings,
    KpiYear,
    Light,
    ProblemKind,
    achievement,
    degree,
    final_report_problems,
    is_met,
    needs_explanation,
)
from hrplanner.domain.plans.targets import (
    Direction,
    Target,
    TargetParseError,
    parse_actual,
    parse_target,
)


def result(target_text: str, actual_text: str | None, settings: AchievementSettings | None = None):  # type: ignore[no-untyped-def]
    target = parse_target(target_text)
    actual = parse_actual(actual_text, target)
    return achievement(target, actual, settings or AchievementSettings())


@pytest.mark.parametrize(
    ("target", "actual", "met", "raw", "text", "light"),
    [
        ("≦20", "19", True, Fraction(20, 19), "100.0%", Light.GREEN),  # 105.3% capped
        ("≦20", "0", True, Fraction(1), "100.0%", Light.GREEN),  # divisor 0, met
        ("≦20", "21", False, Fraction(20, 21), "95.2%", Light.YELLOW),
        ("80%", "75%", False, Fraction(15, 16), "93.8%", Light.YELLOW),  # 93.75 half up
        ("2場次", "3", True, Fraction(3, 2), "100.0%", Light.GREEN),
        ("1次", "0", False, Fraction(0), "0.0%", Light.RED),
        ("12小時", "10", False, Fraction(5, 6), "83.3%", Light.RED),
        ("80%", "80%", True, Fraction(1), "100.0%", Light.GREEN),  # equal meets
        ("≦20", "20", True, Fraction(1), "100.0%", Light.GREEN),
        ("80%", "72%", False, Fraction(9, 10), "90.0%", Light.YELLOW),  # exactly 90%
        ("80%", "71.9%", False, Fraction(719, 800), "89.9%", Light.RED),
    ],
)
def test_required_cases(
    target: str, actual: str, met: bool, raw: Fraction, text: str, light: Light
) -> None:
    got = result(target, actual)
    assert got.met is met
    assert got.degree == raw
    assert got.degree_text == text
    assert got.light is light


def test_no_actual_is_white_and_undecided() -> None:
    got = result("80%", None)
    assert (got.met, got.degree, got.shown, got.light) == (None, None, None, Light.WHITE)
    assert got.degree_text == "—"
    assert got.met_text == ""
    assert got.degree_percent is None


def test_divisor_zero_with_a_target_of_zero() -> None:
    zero = parse_target("0次")
    assert degree(zero, Fraction(0)) == 1  # met: 0 ≥ 0
    assert degree(zero, Fraction(2)) == 1
    nothing_allowed = parse_target("≦0")
    assert is_met(nothing_allowed, Fraction(0))
    assert degree(nothing_allowed, Fraction(0)) == 1  # divisor (the actual) is 0, met
    assert degree(nothing_allowed, Fraction(3)) == 0  # 0 ÷ 3
    # Parsed values are never negative, so a zero divisor is always met; the SPEC's
    # "else 0%" shows only with a negative target built directly.
    below_zero = Target("≦-1", Fraction(-1), direction=Direction.LOWER)
    assert not is_met(below_zero, Fraction(0))
    assert degree(below_zero, Fraction(0)) == 0


def test_cap_is_a_setting() -> None:
    assert result("2場次", "3").shown == 1
    wider = AchievementSettings(cap=Fraction(6, 5))
    assert result("2場次", "3", wider).shown == Fraction(6, 5)
    assert result("2場次", "3", wider).degree_text == "120.0%"
    assert result("2場次", "2.2", wider).degree_text == "110.0%"
    uncapped = AchievementSettings(cap=None)
    assert result("2場次", "3", uncapped).degree_text == "150.0%"
    # The cap only changes what is shown, never the light.
    assert result("≦20", "19", uncapped).degree_percent == Decimal("105.3")


def test_yellow_threshold_is_a_setting() -> None:
    strict = AchievementSettings(yellow_from=Fraction(95, 100))
    assert result("80%", "75%", strict).light is Light.RED  # 93.75% < 95%
    assert result("80%", "76%", strict).light is Light.YELLOW  # exactly 95%


def test_settings_refuse_nonsense() -> None:
    with pytest.raises(ValueError, match="100%"):
        AchievementSettings(cap=Fraction(9, 10))
    with pytest.raises(ValueError, match="黃燈"):
        AchievementSettings(yellow_from=Fraction(0))
    with pytest.raises(ValueError, match="黃燈"):
        AchievementSettings(yellow_from=Fraction(11, 10))


def test_report_columns() -> None:
    got = result("80%", "75%")
    assert got.met_text == "否"
    assert got.degree_percent == Decimal("93.8")
    assert result("1次", "1").met_text == "是"


def test_an_actual_in_the_wrong_unit_is_refused() -> None:
    target = parse_target("12小時")
    with pytest.raises(TargetParseError, match="不符"):
        achievement(target, parse_actual("75%"))


def entry(target: str | None, actual: str | None, reason: str = "", counter: str = "") -> KpiYear:
    parsed = parse_target(target) if target else None
    return KpiYear("4-1", "終身學習時數達成率", 2024, parsed, parse_actual(actual), reason, counter)


def test_a_kpi_below_target_needs_reason_and_countermeasure_before_final() -> None:
    problems = final_report_problems([entry("80%", "75%")])
    assert [p.kind for p in problems] == [ProblemKind.NO_REASON, ProblemKind.NO_COUNTERMEASURE]
    assert problems[0].message == "KPI 4-1「終身學習時數達成率」113年未達目標，須填落後原因。"
    only_reason = final_report_problems([entry("80%", "75%", reason="颱風停班")])
    assert [p.kind for p in only_reason] == [ProblemKind.NO_COUNTERMEASURE]
    blank = final_report_problems([entry("80%", "60%", reason="  ", counter="\n")])
    assert len(blank) == 2  # whitespace is not an explanation
    assert final_report_problems([entry("80%", "75%", "颱風停班", "下半年加開數位課程")]) == ()


def test_final_report_needs_every_actual_and_ignores_years_without_target() -> None:
    problems = final_report_problems([entry("80%", None), entry(None, None), entry("1次", "1")])
    assert [(p.kpi_no, p.year, p.kind) for p in problems] == [("4-1", 2024, ProblemKind.NO_ACTUAL)]


def test_needs_explanation() -> None:
    assert needs_explanation(entry("80%", "75%"))
    assert not needs_explanation(entry("80%", "85%"))
    assert not needs_explanation(entry("80%", None))
    assert not needs_explanation(entry(None, "75%"))
