"""The year's cycle: due dates from settings, who is in scope, the appraiser (R13, R14)."""

from __future__ import annotations

from datetime import date

import pytest

from hrplanner.domain.appraisal.cycle import (
    MonthDay,
    appraiser_problems,
    in_scope,
    interim_due,
    parse_month_day,
    serves_in_year,
    year_end_due,
)
from hrplanner.domain.appraisal.interim import interim_period
from hrplanner.domain.appraisal.problems import codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [("04-30", MonthDay(4, 30)), ("4/30", MonthDay(4, 30)), ("1月31日", MonthDay(1, 31))],
)
def test_month_day_forms(text: str, expected: MonthDay) -> None:
    assert parse_month_day(text) == expected
    assert expected.text() == f"{expected.month:02d}-{expected.day:02d}"


@pytest.mark.parametrize("text", ["", "4-31", "13-01", "02-29", "April"])
def test_month_day_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_month_day(text)


def test_year_end_due_in_january_falls_in_the_next_year() -> None:
    assert year_end_due(2025, MonthDay(1, 31)) == date(2026, 1, 31)
    assert year_end_due(2025, MonthDay(8, 31)) == date(2026, 8, 31)
    assert year_end_due(2025, MonthDay(9, 1)) == date(2025, 9, 1)
    assert year_end_due(2025, MonthDay(12, 20)) == date(2025, 12, 20)
    assert interim_due(2025, MonthDay(5, 10)) == date(2025, 5, 10)


def test_a_period_takes_the_agencys_due_date_but_not_before_it_starts() -> None:
    assert interim_period(2025, 1, due=date(2025, 5, 10)).due == date(2025, 5, 10)
    assert interim_period(2025, 2).due == date(2025, 8, 31)
    with pytest.raises(ValueError, match="第 2 期"):
        interim_period(2025, 2, due=date(2025, 4, 30))


@pytest.mark.parametrize(
    ("status", "hire", "leave", "expected"),
    [
        pytest.param("在職", date(2010, 1, 1), None, True, id="serving"),
        pytest.param("在職", None, None, True, id="no-hire-date"),
        pytest.param("在職", date(2026, 1, 1), None, False, id="joined-after"),
        pytest.param("在職", date(2025, 12, 31), None, True, id="joined-31-december"),
        pytest.param("離職", date(2010, 1, 1), date(2025, 6, 30), True, id="left-in-year"),
        pytest.param("離職", date(2010, 1, 1), date(2025, 1, 1), True, id="left-1-january"),
        pytest.param("離職", date(2010, 1, 1), date(2024, 12, 31), False, id="left-before"),
        pytest.param("離職", date(2010, 1, 1), None, False, id="left-no-date"),
        pytest.param("留職停薪", date(2010, 1, 1), None, False, id="unpaid-leave"),
        pytest.param("退休", date(2000, 1, 1), date(2026, 7, 16), True, id="retires-later"),
    ],
)
def test_serves_in_year(status: str, hire: date | None, leave: date | None, expected: bool) -> None:
    assert serves_in_year(2025, status, hire, leave) is expected


def test_in_scope_needs_the_category() -> None:
    assert in_scope(2025, "公務人員", ("公務人員",), "在職", None, None)
    assert not in_scope(2025, "約聘僱人員", ("公務人員",), "在職", None, None)
    assert in_scope(2025, "約聘僱人員", ("公務人員", "約聘僱人員"), "在職", None, None)


def test_appraiser() -> None:
    assert appraiser_problems(1, None, False) == ()
    assert appraiser_problems(1, 2, True) == ()
    assert codes(appraiser_problems(1, 1, True)) == ("interim_self_appraiser",)
    assert codes(appraiser_problems(1, 2, False)) == ("interim_appraiser_inactive",)
