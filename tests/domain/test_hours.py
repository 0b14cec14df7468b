"""Exact hours: parsing to integer minutes, formatting, time spans."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time
from decimal import Decimal
from fractions import Fraction

import pytest

from hrplanner import i18n
from hrplanner.domain.hours import (
    HoursParseError,
    TimeParseError,
    format_hours,
    hours_decimal,
    hours_fraction,
    hours_phrase,
    hours_text,
    minutes_between,
    parse_hours,
    parse_time,
)


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_language("en")
    try:
        yield
    finally:
        i18n.set_language("zh_TW")


@pytest.mark.parametrize(
    ("value", "minutes"),
    [
        (3, 180),
        (0, 0),
        (Decimal("1.5"), 90),
        (Decimal("0.25"), 15),
        (Decimal("2.50"), 150),
        (Decimal("3E0"), 180),
        (Fraction(1, 3), 20),
        (1.5, 90),
        (0.25, 15),
        (0.1, 6),  # 0.1 as a float is not exactly 0.1; read through repr it is
        (0.7, 42),
        (2.0, 120),
        (1e2, 6000),
        ("1.5", 90),
        ("3", 180),
        ("0", 0),
        ("0.5", 30),
        (".5", 30),
        ("1.", 60),
        ("0.25", 15),
        ("0.05", 3),
        ("2.50", 150),
        ("２", 120),
        ("１．５", 90),
        (" 1.5 ", 90),
        ("\u30001.5\u3000", 90),
        ("1.5小時", 90),
        ("1.5 小時", 90),
        ("1.5時", 90),
        ("1.5h", 90),
        ("1.5H", 90),
        ("1.5 hr", 90),
        ("2 hours", 120),
        ("１．５ｈ", 90),
        ("90分鐘", 90),
        ("20分", 20),
        ("20 min", 20),
    ],
)
def test_parse_hours(value: object, minutes: int) -> None:
    result = parse_hours(value)
    assert result == minutes
    assert type(result) is int


@pytest.mark.parametrize(
    ("value", "reason_part"),
    [
        ("0.01", "整數分鐘"),
        (0.01, "整數分鐘"),
        (Decimal("0.001"), "整數分鐘"),
        ("0.333", "整數分鐘"),
        (1 / 3, "整數分鐘"),  # a spreadsheet's =1/3 is not exactly 20 minutes
        (Fraction(1, 7), "整數分鐘"),
        ("0." + "0" * 5000 + "1", "整數分鐘"),
        ("-1", "負數"),
        ("-0.5", "負數"),
        (-1, "負數"),
        (Decimal("-1.5"), "負數"),
        (-0.5, "負數"),
        (Fraction(-1, 60), "負數"),  # one minute below zero
        ("", "未填"),
        ("   ", "未填"),
        (None, "未填"),
        ("abc", "須為數字"),
        ("1.5.2", "須為數字"),
        ("1,5", "須為數字"),
        ("1e2", "須為數字"),
        ("1/2", "須為數字"),
        ("1.5分鐘", "須為數字"),
        ("小時", "須為數字"),
        (True, "須為數字"),
        (float("nan"), "須為數字"),
        (float("inf"), "須為數字"),
        (Decimal("NaN"), "須為數字"),
        ([1], "須為數字"),
        ("100001", "100,000"),
        (Decimal("1e999999"), "100,000"),
    ],
)
def test_parse_hours_refuses(value: object, reason_part: str) -> None:
    with pytest.raises(HoursParseError) as info:
        parse_hours(value)
    assert isinstance(info.value, ValueError)
    assert str(info.value).startswith("無法辨識的時數「")
    assert reason_part in str(info.value)


def test_parse_hours_message_names_value() -> None:
    with pytest.raises(HoursParseError) as info:
        parse_hours(" 0.01 ")
    assert "「0.01」" in str(info.value)


@pytest.mark.parametrize(
    ("minutes", "text"),
    [
        (0, "0"),
        (90, "1.5"),
        (180, "3"),
        (15, "0.25"),
        (45, "0.75"),
        (3, "0.05"),
        (6, "0.1"),
        (20, "0.33"),  # 0.333… rounded
        (40, "0.67"),  # 0.666… rounded up
        (10, "0.17"),  # 0.1666…
        (1, "0.02"),  # 0.01666…
        (50, "0.83"),  # 0.8333…
        (100, "1.67"),
        (1200, "20"),
        (7230, "120.5"),
        (-90, "-1.5"),
        (-20, "-0.33"),
    ],
)
def test_format_hours(minutes: int, text: str) -> None:
    assert format_hours(minutes) == text


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [
        (90, Decimal("1.5")),
        (180, Decimal("3")),
        (15, Decimal("0.25")),
        (0, Decimal("0")),
        (20, Decimal("0.33")),
        (1200, Decimal("20")),
    ],
)
def test_hours_decimal(minutes: int, expected: Decimal) -> None:
    result = hours_decimal(minutes)
    assert result == expected
    assert str(result) == str(expected)  # no trailing zeros or exponent ("3", not "3.00")


def test_multiples_of_three_minutes_round_trip_exactly() -> None:
    for minutes in range(0, 24 * 60 + 1, 3):
        assert hours_decimal(minutes) * 60 == minutes
        assert parse_hours(format_hours(minutes)) == minutes
        assert parse_hours(hours_decimal(minutes)) == minutes
        assert parse_hours(float(hours_decimal(minutes))) == minutes


def test_other_minutes_are_shown_within_half_a_hundredth() -> None:
    for minutes in (m for m in range(24 * 60) if m % 3):
        shown = hours_decimal(minutes)
        assert abs(Fraction(shown) - Fraction(minutes, 60)) <= Fraction(1, 200)
        assert shown.as_tuple().exponent == -2


def test_hours_fraction_is_exact() -> None:
    assert hours_fraction(20) == Fraction(1, 3)
    assert hours_fraction(20) * 3 == 1
    assert hours_fraction(90) == Fraction(3, 2)


@pytest.mark.parametrize(
    ("start", "end", "minutes"),
    [
        (time(9, 0), time(12, 0), 180),
        (time(9, 0), time(10, 30), 90),
        (time(13, 30), time(16, 30), 180),
        (time(8, 10), time(8, 30), 20),
        (time(0, 0), time(23, 59), 1439),
        (time(8, 59, 59, 999999), time(10, 0), 60),  # spreadsheet float noise
        (time(9, 0, 20), time(9, 30), 30),
    ],
)
def test_minutes_between(start: time, end: time, minutes: int) -> None:
    assert minutes_between(start, end) == minutes


@pytest.mark.parametrize(
    ("start", "end"),
    [(time(12, 0), time(9, 0)), (time(9, 0), time(9, 0)), (time(9, 0), time(9, 0, 10))],
)
def test_minutes_between_refuses_end_not_after_start(start: time, end: time) -> None:
    with pytest.raises(ValueError, match="結束時間"):
        minutes_between(start, end)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("09:00", time(9, 0)),
        ("9:00", time(9, 0)),
        ("13:30", time(13, 30)),
        ("13:30:00", time(13, 30)),
        ("０９：００", time(9, 0)),
        ("0900", time(9, 0)),
        ("930", time(9, 30)),
        ("13時30分", time(13, 30)),
        ("下午1:30", time(13, 30)),
        ("上午9:00", time(9, 0)),
        ("上午12:00", time(0, 0)),
        ("下午12:00", time(12, 0)),
        ("1:30 PM", time(13, 30)),
        ("1:30pm", time(13, 30)),
        (" 09:00 ", time(9, 0)),
        (time(9, 0), time(9, 0)),
        (time(8, 59, 59, 999999), time(9, 0)),
        (datetime(2020, 3, 5, 14, 0), time(14, 0)),
    ],
)
def test_parse_time(value: object, expected: time) -> None:
    assert parse_time(value) == expected


@pytest.mark.parametrize(
    "value", ["", "abc", "25:00", "9:60", "2400", "下午13:30", "9", "9:5", None, 900, "9.30"]
)
def test_parse_time_refuses(value: object) -> None:
    with pytest.raises(TimeParseError, match="無法辨識的時間"):
        parse_time(value)


def test_hours_text_and_phrase_never_round() -> None:
    assert [hours_text(m) for m in (120, 90, 45, 20, 1)] == [
        "2 小時",
        "1.5 小時",
        "0.75 小時",
        "20 分鐘",
        "1 分鐘",
    ]
    # In Chinese a message quotes hours exactly as the data writes them.
    assert [hours_phrase(m) for m in (120, 90, 20)] == ["2 小時", "1.5 小時", "20 分鐘"]


@pytest.mark.usefixtures("english")
def test_hours_phrase_in_english() -> None:
    assert [hours_phrase(m) for m in (60, 90, 120, 1, 20)] == [
        "1 hour",
        "1.5 hours",
        "2 hours",
        "1 minute",
        "20 minutes",
    ]
    assert hours_text(90) == "1.5 小時"  # data stays Chinese


@pytest.mark.usefixtures("english")
def test_a_refused_number_of_hours_in_english() -> None:
    with pytest.raises(HoursParseError) as info:
        parse_hours(" 0.01 ")
    assert str(info.value).startswith(
        'Unrecognised hours "0.01": it must come to a whole number of minutes'
    )
    with pytest.raises(HoursParseError) as info:
        parse_hours("100001")
    assert str(info.value) == (
        'Unrecognised hours "100001": more than 100,000 hours; please check for a typing mistake'
    )
    with pytest.raises(HoursParseError, match="hours cannot be negative"):
        parse_hours("-1")
    with pytest.raises(TimeParseError, match=r'^Unrecognised time "25:00": hour 25'):
        parse_time("25:00")
    with pytest.raises(ValueError, match=r"^The end time 09:00 must be later than"):
        minutes_between(time(10), time(9))
