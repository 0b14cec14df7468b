"""KPI targets, actuals and year headers as officers write them (SPEC R15)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from hrplanner.domain.plans.targets import (
    Direction,
    Quantity,
    TargetParseError,
    fit_to_target,
    kpi_direction,
    parse_actual,
    parse_target,
    share_quantity,
    unit_family,
    units_compatible,
    year_header,
    year_of_header,
)

LOWER, HIGHER = Direction.LOWER, Direction.HIGHER


@pytest.mark.parametrize(
    ("text", "value", "unit", "percent", "direction"),
    [
        ("80%", 80, "%", True, HIGHER),
        ("100%", 100, "%", True, HIGHER),
        ("≦20", 20, "", False, LOWER),
        ("≤20", 20, "", False, LOWER),
        ("<=20", 20, "", False, LOWER),
        ("≧3", 3, "", False, HIGHER),
        (">=3", 3, "", False, HIGHER),
        ("1次", 1, "次", False, HIGHER),
        ("2場次", 2, "場次", False, HIGHER),
        ("12小時", 12, "小時", False, HIGHER),
        ("12\n\n小時", 12, "小時", False, HIGHER),  # as the 嘉義市 KPI table prints it
        ("８０％", 80, "%", True, HIGHER),  # full-width
        ("≦２０", 20, "", False, LOWER),
        ("97.5%", Fraction(195, 2), "%", True, HIGHER),
        ("2場次以上", 2, "場次", False, HIGHER),
        ("至少2場次", 2, "場次", False, HIGHER),
        ("20以下", 20, "", False, LOWER),
        ("不超過5件", 5, "件", False, LOWER),
        ("每年1次", 1, "次", False, HIGHER),
        ("一次", 1, "次", False, HIGHER),
        ("1,000人次", 1000, "人次", False, HIGHER),
        (" 35% ", 35, "%", True, HIGHER),
    ],
)
def test_parse_target(
    text: str, value: Fraction, unit: str, percent: bool, direction: Direction
) -> None:
    target = parse_target(text)
    assert target.value == value
    assert target.unit == unit
    assert target.percent is percent
    assert target.direction is direction
    assert target.text == text.strip()


def test_a_direction_word_makes_the_target_explicit() -> None:
    assert parse_target("≦20").explicit
    assert parse_target("2場次以上").explicit
    assert not parse_target("80%").explicit


def test_default_unit_and_direction_come_from_the_kpi() -> None:
    assert parse_target("≦20", default_unit="處").unit == "處"
    assert parse_target("2場次", default_unit="次").unit == "場次"  # the text wins
    assert parse_target("20", default_direction=LOWER).direction is LOWER
    assert parse_target("≧20", default_direction=LOWER).direction is HIGHER


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "未填目標值"),
        (None, "未填目標值"),
        ("abc", "無法辨識的目標值「abc」"),
        ("完成系統建置", "無法辨識的目標值"),
        ("-5", "無法辨識的目標值"),
        ("十二次", "無法辨識的目標值"),
        ("<20", "請改用 ≦ 或 ≧"),
        ("≦20以上", "同時寫了越高越好與越低越好"),
        ("99999999999", "過大"),
    ],
)
def test_parse_target_refuses_with_a_clear_message(text: str | None, message: str) -> None:
    with pytest.raises(TargetParseError, match=message):
        parse_target(text)


def test_parse_actual_reads_text_and_cells() -> None:
    assert parse_actual("75%") == Quantity(Fraction(75), "%", "75%")
    assert parse_actual("19") == Quantity(Fraction(19), "", "19")
    assert parse_actual("3場次") == Quantity(Fraction(3), "場次", "3場次")
    assert parse_actual("３場次") == Quantity(Fraction(3), "場次", "３場次")
    assert parse_actual(19).value == 19  # type: ignore[union-attr]
    assert parse_actual(0.1).value == Fraction(1, 10)  # type: ignore[union-attr]
    assert parse_actual(Decimal("97.5")).value == Fraction(195, 2)  # type: ignore[union-attr]
    assert parse_actual("") is None
    assert parse_actual(None) is None


def test_parse_actual_refuses_what_it_cannot_read() -> None:
    for value in ("≦19", "很多", True, -1, float("nan")):
        with pytest.raises(TargetParseError, match="實際值"):
            parse_actual(value)


def test_a_bare_actual_takes_the_target_unit() -> None:
    target = parse_target("2場次")
    assert parse_actual("3", target) == Quantity(Fraction(3), "場次", "3")
    assert parse_actual("3班", target).unit == "班"  # type: ignore[union-attr]  # counts
    with pytest.raises(TargetParseError, match="單位與目標值「2場次」不符"):
        parse_actual("3小時", target)
    with pytest.raises(TargetParseError, match="不符"):
        fit_to_target(Quantity(Fraction(75), "%"), parse_target("12小時"))


def test_unit_families() -> None:
    assert unit_family("場次") == unit_family("班") == "count"
    assert unit_family("%") == "percent"
    assert unit_family("處") is None
    assert units_compatible("場次", "次")
    assert units_compatible("", "小時")
    assert units_compatible("處", "處")
    assert not units_compatible("人", "人次")
    assert not units_compatible("處", "件")


def test_quantities_display_as_written() -> None:
    assert share_quantity(Fraction(4, 5)) == Quantity(Fraction(80), "%")
    assert share_quantity(Fraction(2, 3)).display == "66.67%"
    assert parse_target("97.5%").quantity.display == "97.5%"


def test_kpi_direction_from_its_targets() -> None:
    targets = [parse_target(t) for t in ("≦20", "20", "≦20")]
    assert kpi_direction(targets) is LOWER
    assert targets[1].directed(LOWER).direction is LOWER
    assert targets[0].directed(HIGHER) is targets[0]  # the text said ≦
    assert kpi_direction([parse_target("80%")]) is HIGHER
    with pytest.raises(TargetParseError, match="方向不一致"):
        kpi_direction([parse_target("≦20"), parse_target("≧20")])


@pytest.mark.parametrize(
    ("header", "year"),
    [
        ("108", 2019),
        ("108年", 2019),
        ("108年度", 2019),
        ("2019", 2019),
        ("２０１９", 2019),
        ("１０８年", 2019),
        ("民國108年", 2019),
        ("108年目標值", 2019),
        (" 99年 ", 2010),
        (108, 2019),
        (2019, 2019),
        (2019.0, 2019),
        ("計畫代碼", None),
        ("KPI編號", None),
        ("1911", None),
        (2019.5, None),
        (None, None),
        (True, None),
    ],
)
def test_year_of_header(header: object, year: int | None) -> None:
    assert year_of_header(header) == year


def test_year_header_for_templates() -> None:
    assert year_header(2019) == "108年"
    assert year_of_header(year_header(2022)) == 2022
