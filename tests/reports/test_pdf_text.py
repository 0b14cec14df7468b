"""Text helpers of the printed forms: ROC dates, hours, masking and CJK line fitting."""

from __future__ import annotations

import itertools
from datetime import date, time

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from hrplanner.domain import hours, rocdate
from hrplanner.domain.national_id import mask
from hrplanner.reports.pdf import text
from hrplanner.reports.pdf.fonts import find_font, register_font
from hrplanner.reports.pdf.text import (
    fit_text,
    hours_from_minutes,
    mask_national_id,
    roc_long,
    roc_period,
    safe_filename,
    time_span,
    weekday_zh,
    wrap_text,
)


@pytest.fixture(scope="module")
def font() -> str:
    return register_font(find_font())


def test_roc_dates() -> None:
    assert roc_long(date(2020, 3, 5)) == "中華民國109年3月5日"
    assert roc_long(date(1912, 1, 1)) == "中華民國1年1月1日"
    assert roc_period(date(2020, 3, 5), date(2020, 3, 5)) == "109年3月5日"
    assert roc_period(date(2020, 3, 5), date(2020, 3, 6)) == "109年3月5日至3月6日"
    assert roc_period(date(2020, 12, 30), date(2021, 1, 2)) == "109年12月30日至110年1月2日"
    assert weekday_zh(date(2020, 3, 5)) == "星期四"
    with pytest.raises(ValueError, match="民國元年"):
        roc_long(date(1911, 12, 31))


def test_the_forms_convert_with_the_domain_functions() -> None:
    # One home for each conversion: the forms' names are the domain's functions.
    assert text.roc_long is rocdate.format_roc_long
    assert text.roc_plain is rocdate.format_roc_plain
    assert text.roc_period is rocdate.format_roc_period
    assert text.roc_year is rocdate.roc_year
    assert text.weekday_zh is rocdate.format_weekday
    assert text.hours_from_minutes is hours.format_hours
    assert text.mask_national_id is mask


def test_hours_and_times() -> None:
    assert [hours_from_minutes(m) for m in (0, 60, 90, 180, 20, 100, 359)] == [
        "0",
        "1",
        "1.5",
        "3",
        "0.33",
        "1.67",
        "5.98",
    ]
    assert hours_from_minutes(3599) == "59.98"
    assert time_span(time(9), time(12, 30)) == "09:00～12:30"
    assert time_span(None, None) == ""


def test_identity_numbers_are_masked_and_file_names_safe() -> None:
    assert mask_national_id(" a123456789 ") == "A12****789"
    assert mask_national_id("AA00000009") == "AA0****009"
    assert mask_national_id("A12****789") == "A12****789"
    # A malformed number on file is masked like on screen (it used to print in full).
    assert mask_national_id("A1234567") == "A12**567"
    assert mask_national_id("12345") == "*****"
    assert mask_national_id("A1234567") == mask("A1234567")
    assert safe_filename("(109)研字第1號_王/小:明?") == "(109)研字第1號_王_小_明_"


def test_wrap_keeps_punctuation_and_latin_runs(font: str) -> None:
    text = "本機關辦理之「公文寫作研習班」，研習時數共計12小時，特此證明。ABCDEFG"
    for width in range(60, 400, 7):
        lines = wrap_text(text, font, 14, width)
        assert "".join(lines) == text
        for line in lines:
            assert stringWidth(line, font, 14) <= width + 0.01
            assert line[0] not in "，。」、"
            assert line[-1] != "「"
        # "12" never split across lines
        assert not any(a.endswith("1") and b.startswith("2") for a, b in itertools.pairwise(lines))


def test_fit_text_shrinks_then_wraps_within_width(font: str) -> None:
    assert fit_text("人事室", font, 11, 100) == (["人事室"], 11)
    lines, size = fit_text("人事室人事室人事室", font, 11, 90)  # a bit too long: shrink
    assert lines == ["人事室人事室人事室"] and 9 < size < 11
    lines, size = fit_text("社會處社會福利科兒童及少年福利股", font, 11, 80)
    assert 1 < len(lines) <= 2
    assert all(stringWidth(line, font, size) <= 80.01 for line in lines)
    lines, size = fit_text("很" * 200, font, 11, 40)
    assert size == 7 and all(stringWidth(line, font, 7) <= 40.01 for line in lines)
