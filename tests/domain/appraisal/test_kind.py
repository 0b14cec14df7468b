"""年終 / 另予 / none from 到職日期 and 離職日期 (SPEC R14 *Kind*), every edge by name."""

from __future__ import annotations

from datetime import date

import pytest

from hrplanner.domain.appraisal.kind import count_service, kind_override_problems, suggest_kind
from hrplanner.domain.appraisal.problems import codes
from hrplanner.domain.appraisal.vocabulary import AppraisalKind

Y = 2023  # not a leap year: February has 28 days
LONG_AGO = date(2010, 3, 1)
YEAR_END, PART_YEAR = AppraisalKind.YEAR_END, AppraisalKind.PART_YEAR


@pytest.mark.parametrize(
    ("start", "leave", "kind", "months"),
    [
        pytest.param(date(Y, 1, 15), None, YEAR_END, 12, id="start-15-january-year-end"),
        pytest.param(date(Y, 7, 31), None, PART_YEAR, 6, id="start-31-july-six-months-part-year"),
        pytest.param(date(Y, 8, 1), None, None, 5, id="start-1-august-five-months-none"),
        pytest.param(LONG_AGO, date(Y, 6, 30), PART_YEAR, 6, id="leave-30-june-part-year"),
        pytest.param(date(Y, 1, 1), None, YEAR_END, 12, id="start-1-january-year-end"),
        pytest.param(LONG_AGO, date(Y, 12, 31), YEAR_END, 12, id="leave-31-december-year-end"),
        pytest.param(LONG_AGO, date(Y, 12, 15), YEAR_END, 12, id="leave-mid-december-year-end"),
        pytest.param(LONG_AGO, date(Y, 11, 30), PART_YEAR, 11, id="leave-30-november-part-year"),
        pytest.param(LONG_AGO, date(Y, 5, 31), None, 5, id="leave-31-may-none"),
        pytest.param(LONG_AGO, None, YEAR_END, 12, id="serving-all-year-year-end"),
        pytest.param(
            date(Y, 1, 20), date(Y, 12, 10), YEAR_END, 12, id="same-year-january-to-december"
        ),
        pytest.param(
            date(Y, 3, 1), date(Y, 8, 15), PART_YEAR, 6, id="same-year-march-to-mid-august"
        ),
        pytest.param(date(Y, 3, 1), date(Y, 7, 31), None, 5, id="same-year-march-to-july-none"),
        pytest.param(date(Y, 2, 2), None, PART_YEAR, 11, id="start-2-february-eleven-months"),
        pytest.param(date(Y + 1, 2, 1), None, None, 0, id="hired-after-the-year"),
        pytest.param(LONG_AGO, date(Y - 1, 12, 31), None, 0, id="left-before-the-year"),
        pytest.param(date(Y, 12, 31), None, None, 1, id="start-31-december-one-month"),
    ],
)
def test_suggested_kind(
    start: date, leave: date | None, kind: AppraisalKind | None, months: int
) -> None:
    suggestion = suggest_kind(Y, start, leave)
    assert suggestion.kind is kind
    assert suggestion.months == months
    assert suggestion.explanation


@pytest.mark.parametrize(
    ("start", "leave", "part_days", "months"),
    [
        # 17–31 March (15 days) + 1–15 September (15 days) = 30 days = one month.
        pytest.param(date(Y, 3, 17), date(Y, 9, 15), 30, 6, id="part-days-30-make-one-month"),
        # 16–31 March (16 days) + 15 days = 31 days: one month and a remainder of one day.
        pytest.param(date(Y, 3, 16), date(Y, 9, 15), 31, 7, id="part-days-31-remainder-counts"),
        # 18–31 March (14 days) + 15 days = 29 days: under 30, still one month.
        pytest.param(date(Y, 3, 18), date(Y, 9, 15), 29, 6, id="part-days-29-count-one-month"),
        pytest.param(date(Y, 7, 31), None, 1, 6, id="one-part-day-counts-one-month"),
        pytest.param(date(Y, 5, 10), date(Y, 5, 20), 11, 1, id="start-and-leave-same-month"),
    ],
)
def test_part_year_counting(start: date, leave: date | None, part_days: int, months: int) -> None:
    count = count_service(Y, start, leave)
    assert count.part_days == part_days
    assert count.months == months
    assert not count.whole_year


def test_the_count_reports_the_service_inside_the_year() -> None:
    count = count_service(Y, date(Y, 7, 31), None)
    assert (count.first_day, count.last_day) == (date(Y, 7, 31), date(Y, 12, 31))
    assert (count.full_months, count.part_days, count.months) == (5, 1, 6)


def test_february_of_a_leap_year_is_a_whole_month() -> None:
    count = count_service(2024, date(2024, 2, 1), date(2024, 7, 31))
    assert (count.full_months, count.part_days, count.months) == (6, 0, 6)
    assert suggest_kind(2024, date(2024, 2, 1), date(2024, 7, 31)).kind is PART_YEAR


def test_no_service_in_the_year() -> None:
    count = count_service(Y, date(Y + 1, 1, 1))
    assert count.first_day is None and count.months == 0


def test_explanations_say_why() -> None:
    assert "年終考績" in suggest_kind(Y, date(Y, 1, 15)).explanation
    part = suggest_kind(Y, date(Y, 7, 31)).explanation
    assert "6" in part and "1 日" in part and "另予考績" in part
    assert "不辦理" in suggest_kind(Y, date(Y, 8, 1)).explanation
    assert "之後" in suggest_kind(Y, date(Y + 1, 2, 1)).explanation
    assert "離職" in suggest_kind(Y, LONG_AGO, date(Y - 1, 6, 30)).explanation


def test_leave_before_start_is_refused() -> None:
    with pytest.raises(ValueError, match="早於到職日期"):
        suggest_kind(Y, date(Y, 5, 1), date(Y, 4, 30))


@pytest.mark.parametrize(
    ("suggested", "chosen", "reason", "expected"),
    [
        pytest.param(PART_YEAR, YEAR_END, "", ("kind_override_without_reason",), id="no-reason"),
        pytest.param(PART_YEAR, YEAR_END, "  ", ("kind_override_without_reason",), id="blank"),
        pytest.param(None, PART_YEAR, "由原機關轉任，年資併計", (), id="with-reason"),
        pytest.param(YEAR_END, YEAR_END, "", (), id="as-suggested"),
    ],
)
def test_override_needs_a_reason(
    suggested: AppraisalKind | None,
    chosen: AppraisalKind | None,
    reason: str,
    expected: tuple[str, ...],
) -> None:
    assert codes(kind_override_problems(suggested, chosen, reason)) == expected
