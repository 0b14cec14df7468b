"""Registration timestamps from online forms keep their seconds (SPEC §3.1 報名, R8)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from hrplanner.domain.timestamps import (
    TimestampParseError,
    from_excel_serial,
    parse_optional_timestamp,
    parse_timestamp,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026/4/25 下午3:57:31", datetime(2026, 4, 25, 15, 57, 31)),
        ("2026/4/25 上午9:05:12", datetime(2026, 4, 25, 9, 5, 12)),
        ("2026/4/25 下午 3:57:31", datetime(2026, 4, 25, 15, 57, 31)),
        ("2026/4/25下午3:57", datetime(2026, 4, 25, 15, 57)),
        ("2026/4/25 下午3:57", datetime(2026, 4, 25, 15, 57)),
        ("2026/4/25 3:57:31 下午", datetime(2026, 4, 25, 15, 57, 31)),
        ("2026/4/25 15:57:31", datetime(2026, 4, 25, 15, 57, 31)),
        ("2026-04-25 15:57", datetime(2026, 4, 25, 15, 57)),
        ("2026-04-25T15:57:31", datetime(2026, 4, 25, 15, 57, 31)),
        ("2026-04-25 15:57:31.250", datetime(2026, 4, 25, 15, 57, 31, 250000)),
        ("4/25/2026 3:57:31 PM", datetime(2026, 4, 25, 15, 57, 31)),
        ("4/25/2026 9:05:12 AM", datetime(2026, 4, 25, 9, 5, 12)),
        ("4/25/2026 3:57 p.m.", datetime(2026, 4, 25, 15, 57)),
        ("115/4/25 下午3:57:31", datetime(2026, 4, 25, 15, 57, 31)),
        ("115/04/25 15:57:31", datetime(2026, 4, 25, 15, 57, 31)),
        ("1150425 15:57", datetime(2026, 4, 25, 15, 57)),
        ("民國115年4月25日 下午3:57", datetime(2026, 4, 25, 15, 57)),
        ("２０２６/４/２５ 下午３:５７:３１", datetime(2026, 4, 25, 15, 57, 31)),
        ("2026/4/25 晚上8:00", datetime(2026, 4, 25, 20, 0)),
        ("2026/4/25 中午12:10", datetime(2026, 4, 25, 12, 10)),
        ("2026/4/25 中午1:00", datetime(2026, 4, 25, 13, 0)),
    ],
)
def test_form_timestamps(text: str, expected: datetime) -> None:
    assert parse_timestamp(text) == expected


def test_twelve_oclock_in_twelve_hour_clocks() -> None:
    assert parse_timestamp("2026/4/25 上午12:05:09") == datetime(2026, 4, 25, 0, 5, 9)
    assert parse_timestamp("2026/4/25 下午12:05:09") == datetime(2026, 4, 25, 12, 5, 9)
    assert parse_timestamp("4/25/2026 12:05:09 AM") == datetime(2026, 4, 25, 0, 5, 9)
    assert parse_timestamp("4/25/2026 12:05:09 PM") == datetime(2026, 4, 25, 12, 5, 9)


def test_seconds_keep_the_order_of_two_signups_in_one_minute() -> None:
    first = parse_timestamp("2026/4/25 下午3:57:31")
    second = parse_timestamp("2026/4/25 下午3:57:08")
    assert second < first


def test_excel_cells() -> None:
    moment = datetime(2026, 4, 25, 15, 57, 31)
    assert parse_timestamp(moment) is moment
    assert parse_timestamp(date(2026, 4, 25)) == datetime(2026, 4, 25)
    # 2026-04-25 15:57:31 as Excel stores it (days since 1899-12-30)
    serial = (moment - datetime(1899, 12, 30)).total_seconds() / 86400
    assert parse_timestamp(serial) == moment
    assert parse_timestamp(Decimal("46137.5")) == datetime(2026, 4, 25, 12, 0)
    assert parse_timestamp(46137) == datetime(2026, 4, 25)
    assert from_excel_serial(1) == datetime(1899, 12, 31)
    # a compact date typed as a number is a date, as in R1
    assert parse_timestamp(1150425) == datetime(2026, 4, 25)


def test_a_date_alone_is_midnight_unless_a_time_is_required() -> None:
    assert parse_timestamp("2026/4/25") == datetime(2026, 4, 25)
    with pytest.raises(TimestampParseError, match="2026/4/25"):
        parse_timestamp("2026/4/25", require_time=True)
    with pytest.raises(TimestampParseError):
        parse_timestamp(46137, require_time=True)


@pytest.mark.parametrize(
    "text",
    [
        "2026/4/25 下午13:57:31",
        "2026/4/25 25:00",
        "2026/4/25 15:61",
        "2026/4/25 下午3:57 PM",
        "2026/13/25 15:57",
        "13/25/2026 3:57 PM",
        "下午3:57:31",
        "明天下午",
        "",
    ],
)
def test_refusals_name_the_value(text: str) -> None:
    with pytest.raises(TimestampParseError) as info:
        parse_timestamp(text)
    assert f"「{text.strip()}」" in str(info.value)


def test_other_values_are_refused() -> None:
    for value in (None, True, -3, object()):
        with pytest.raises(TimestampParseError):
            parse_timestamp(value)


def test_optional_timestamps() -> None:
    assert parse_optional_timestamp(None) is None
    assert parse_optional_timestamp(" \u3000") is None
    assert parse_optional_timestamp("2026-04-25 15:57") == datetime(2026, 4, 25, 15, 57)
