"""R1: ROC date parsing and formatting."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal

import pytest

from hrplanner import i18n
from hrplanner.domain.rocdate import (
    DateParseError,
    format_date,
    format_roc,
    format_roc_long,
    format_roc_period,
    format_roc_plain,
    format_weekday,
    from_roc,
    parse_date,
    parse_optional_date,
    parse_year,
    roc_year,
    roc_year_of,
)


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_language("en")
    try:
        yield
    finally:
        i18n.set_language("zh_TW")


MARCH_5_2020 = date(2020, 3, 5)


@pytest.mark.parametrize(
    "text",
    [
        "109/3/5",
        "109/03/05",
        "1090305",
        "109-03-05",
        "109-3-5",
        "109.3.5",
        "109.03.05",
        "民國109年3月5日",
        "中華民國109年3月5日",
        "民國109年03月05日",
        "109年3月5日",
        "民國 109 年 3 月 5 日",
        "2020-03-05",
        "2020/3/5",
        "2020/03/05",
        "2020.3.5",
        "20200305",
        "2020年3月5日",
        "民國109/3/5",
        "民國1090305",
    ],
)
def test_every_written_form(text: str) -> None:
    assert parse_date(text) == MARCH_5_2020


@pytest.mark.parametrize(
    "text",
    [
        "１０９/３/５",
        "１０９／０３／０５",
        "１０９０３０５",
        "民國１０９年３月５日",
        "２０２０－０３－０５",
        "２０２０．３．５",
        "\u3000109/3/5\u3000",  # ideographic spaces around
        "  109/3/5\n",
        "\t2020-03-05 ",
    ],
)
def test_full_width_and_surrounding_space(text: str) -> None:
    assert parse_date(text) == MARCH_5_2020


def test_date_and_datetime_objects_from_excel_cells() -> None:
    assert parse_date(date(2020, 3, 5)) == MARCH_5_2020
    result = parse_date(datetime(2020, 3, 5, 13, 45))
    assert result == MARCH_5_2020
    assert type(result) is date


@pytest.mark.parametrize(
    "text",
    ["2020-03-05 00:00:00", "2020-03-05T00:00:00", "2020/3/5 13:30", "109/3/5 8:00"],
)
def test_trailing_time_of_csv_datetimes_is_dropped(text: str) -> None:
    assert parse_date(text) == MARCH_5_2020


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1090305, MARCH_5_2020),
        (20200305, MARCH_5_2020),
        (1090305.0, MARCH_5_2020),
        (Decimal("1090305"), MARCH_5_2020),
        (990305, date(2010, 3, 5)),
    ],
)
def test_number_cells_holding_compact_dates(value: object, expected: date) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("100/1/1", date(2011, 1, 1)),
        ("1000101", date(2011, 1, 1)),
        ("113/12/31", date(2024, 12, 31)),
        ("1131231", date(2024, 12, 31)),
        ("99/12/31", date(2010, 12, 31)),
        ("099/12/31", date(2010, 12, 31)),
        ("0991231", date(2010, 12, 31)),
        ("991231", date(2010, 12, 31)),
        ("9/1/1", date(1920, 1, 1)),
        ("1/1/1", date(1912, 1, 1)),
        ("民國1年1月1日", date(1912, 1, 1)),
        ("0010101", date(1912, 1, 1)),
        ("1912-01-01", date(1912, 1, 1)),
        ("109/2/29", date(2020, 2, 29)),  # leap year
        ("2024/2/29", date(2024, 2, 29)),
    ],
)
def test_roc_years_below_and_above_100_and_the_epoch(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1900-01-01", date(1900, 1, 1)), ("1911/12/31", date(1911, 12, 31))],
)
def test_gregorian_dates_before_1912_are_still_dates(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("value", "reason_part"),
    [
        ("109/13/40", "月份 13"),
        ("109/0/5", "月份 0"),
        ("109/2/30", "只有 29 天"),
        ("110/2/29", "只有 28 天"),  # 2021 is not a leap year
        ("2021-02-29", "只有 28 天"),
        ("109/4/31", "只有 30 天"),
        ("109/4/0", "沒有 0 日"),
        ("0/1/1", "民國年份須為 1 以上"),
        ("000/1/1", "民國年份須為 1 以上"),
        ("民國0年1月1日", "民國年份須為 1 以上"),
        ("0000101", "民國年份須為 1 以上"),
        ("民國2020年3月5日", "1–3 位數"),
        ("0109/3/5", "無法判斷"),
        ("10935", "連續數字"),
        ("109030501", "連續數字"),
        ("", "未填日期"),
        ("   ", "未填日期"),
        (None, "未填日期"),
        ("abc", "109/03/05"),
        ("109/3", "109/03/05"),
        ("109/3-5", "109/03/05"),  # mixed separators
        ("-1/1/1", "109/03/05"),
        ("109//3/5", "109/03/05"),
        ("109年3月", "109/03/05"),
        (True, "109/03/05"),
        (1.5, "109/03/05"),
        (-1090305, "109/03/05"),
        (float("nan"), "109/03/05"),
        ([2020, 3, 5], "109/03/05"),
    ],
)
def test_refused_values_say_why(value: object, reason_part: str) -> None:
    with pytest.raises(DateParseError) as info:
        parse_date(value)
    message = str(info.value)
    if reason_part == "未填日期":  # nothing to name: just that it is missing
        assert message == "未填日期"
    else:
        assert message.startswith("無法辨識的日期「")
        assert reason_part in message


def test_error_message_names_the_value() -> None:
    with pytest.raises(DateParseError) as info:
        parse_date(" 109/13/40 ")
    assert str(info.value) == "無法辨識的日期「109/13/40」：月份 13 不在 1–12 之間"
    assert info.value.value == " 109/13/40 "
    assert isinstance(info.value, ValueError)


def test_parse_optional_date() -> None:
    assert parse_optional_date(None) is None
    assert parse_optional_date("  ") is None
    assert parse_optional_date("\u3000") is None
    assert parse_optional_date("109/3/5") == MARCH_5_2020
    with pytest.raises(DateParseError):
        parse_optional_date("garbage")


def test_from_roc() -> None:
    assert from_roc(109, 3, 5) == MARCH_5_2020
    with pytest.raises(DateParseError, match="民國109年2月只有 29 天"):
        from_roc(109, 2, 30)
    with pytest.raises(DateParseError, match="1 以上"):
        from_roc(0, 1, 1)


@pytest.mark.parametrize(
    ("d", "year"),
    [
        (date(1912, 1, 1), 1),
        (date(2010, 12, 31), 99),
        (date(2011, 1, 1), 100),
        (MARCH_5_2020, 109),
        (datetime(2020, 3, 5, 10, 0), 109),
    ],
)
def test_roc_year(d: date, year: int) -> None:
    assert roc_year(d) == year


@pytest.mark.parametrize(
    ("d", "short", "long"),
    [
        (MARCH_5_2020, "109/03/05", "中華民國109年3月5日"),
        (date(2010, 12, 31), "099/12/31", "中華民國99年12月31日"),
        (date(2011, 1, 1), "100/01/01", "中華民國100年1月1日"),
        (date(1912, 1, 1), "001/01/01", "中華民國1年1月1日"),
        (date(2024, 11, 23), "113/11/23", "中華民國113年11月23日"),
    ],
)
def test_format_roc_and_long(d: date, short: str, long: str) -> None:
    assert format_roc(d) == short
    assert format_roc_long(d) == long
    # What is printed reads back as the same day.
    assert parse_date(short) == d
    assert parse_date(long) == d


@pytest.mark.parametrize("d", [date(1911, 12, 31), date(1900, 1, 1), datetime(1911, 12, 31, 23)])
def test_dates_before_1912_cannot_be_written_as_roc(d: date) -> None:
    with pytest.raises(ValueError, match="民國元年"):
        roc_year(d)
    with pytest.raises(ValueError):
        format_roc(d)
    with pytest.raises(ValueError):
        format_roc_long(d)


def test_format_date_styles() -> None:
    assert format_date(None) == ""
    assert format_date(None, "iso") == ""
    assert format_date(MARCH_5_2020) == "109/03/05"
    assert format_date(MARCH_5_2020, "roc") == "109/03/05"
    assert format_date(MARCH_5_2020, "iso") == "2020-03-05"
    assert format_date(MARCH_5_2020, "long") == "中華民國109年3月5日"
    assert format_date(datetime(2020, 3, 5, 9, 30), "iso") == "2020-03-05"
    assert format_date(datetime(2020, 3, 5, 9, 30)) == "109/03/05"
    # A table showing a pre-1912 value falls back to ISO instead of failing.
    assert format_date(date(1900, 1, 1)) == "1900-01-01"
    with pytest.raises(ValueError, match="xyz"):
        format_date(MARCH_5_2020, "xyz")


@pytest.mark.parametrize(
    ("value", "year"),
    [
        (2020, 2020),
        (109, 2020),
        ("2020", 2020),
        ("109", 2020),
        (" 109 ", 2020),
        ("１０９", 2020),
        ("099", 2010),
        ("99", 2010),
        ("100", 2011),
        ("民國109年", 2020),
        ("109年", 2020),
        ("109年度", 2020),
        (1, 1912),
        (999, 2910),
        (1912, 1912),
        ("9999", 9999),
    ],
)
def test_parse_year(value: str | int, year: int) -> None:
    assert parse_year(value) == year


@pytest.mark.parametrize(
    "value",
    [0, -1, "0", "-5", 1000, "1911", 10000, "", "abc", "109.5", "民國2020年", True, "20 20"],
)
def test_parse_year_refuses(value: str | int) -> None:
    with pytest.raises(ValueError, match="年度"):
        parse_year(value)


def test_roc_year_of_a_gregorian_year() -> None:
    assert [roc_year_of(y) for y in (1912, 2010, 2011, 2020)] == [1, 99, 100, 109]
    with pytest.raises(ValueError, match="民國元年"):
        roc_year_of(1911)


def test_the_printed_forms_layouts() -> None:
    assert format_roc_plain(MARCH_5_2020) == "109年3月5日"
    assert format_roc_period(MARCH_5_2020, MARCH_5_2020) == "109年3月5日"
    assert format_roc_period(MARCH_5_2020, date(2020, 3, 6)) == "109年3月5日至3月6日"
    # The year is written again only when it changes.
    assert format_roc_period(date(2020, 12, 30), date(2021, 1, 2)) == "109年12月30日至110年1月2日"
    assert format_roc_period(datetime(2020, 3, 5, 9), datetime(2020, 3, 5, 16)) == "109年3月5日"
    assert [format_weekday(date(2020, 3, d)) for d in (2, 5, 8)] == ["星期一", "星期四", "星期日"]
    with pytest.raises(ValueError, match="民國元年"):
        format_roc_plain(date(1911, 12, 31))


@pytest.mark.usefixtures("english")
def test_a_refused_date_in_english() -> None:
    with pytest.raises(DateParseError) as info:
        parse_date(" 109/2/30 ")
    assert str(info.value) == (
        'Unrecognised date "109/2/30": month 2 of ROC year 109 has only 29 days, '
        "so there is no day 30"
    )
    with pytest.raises(DateParseError) as info:
        parse_date("2021-02-29")
    assert "month 2 of 2021 has only 28 days" in str(info.value)
    with pytest.raises(DateParseError) as info:
        parse_date("abc")
    assert str(info.value).startswith('Unrecognised date "abc": write it like 109/03/05')
    # English counts: one digit, several digits.
    with pytest.raises(DateParseError, match=r"not 1 digit$"):
        parse_date("5")
    with pytest.raises(DateParseError, match=r"not 5 digits$"):
        parse_date("10935")
    with pytest.raises(ValueError, match=r"^Unrecognised year"):
        parse_year("abc")


def test_the_chinese_message_is_back_after_english() -> None:
    i18n.set_language("en")
    i18n.set_language("zh_TW")
    with pytest.raises(DateParseError, match=r"^無法辨識的日期「109/13/1」：月份 13"):
        parse_date("109/13/1")
