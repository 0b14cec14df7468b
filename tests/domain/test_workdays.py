"""Working days and registration deadlines against the official government office calendar."""

from __future__ import annotations

import datetime as dt

import pytest

from hrplanner.domain.workdays import DayOverride, WorkCalendar

D = dt.date


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return WorkCalendar(years=range(2020, 2025))


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2023, 10, 9), False),  # 放假日 (bridge day before 國慶日)
        (D(2023, 10, 10), False),  # 國慶日
        (D(2023, 9, 23), True),  # Saturday 補行上班 for that bridge day
        (D(2020, 6, 20), True),  # Saturday 補行上班 for the 端午 bridge (2020-06-26)
        (D(2020, 6, 26), False),
        (D(2023, 6, 17), True),  # Saturday 補行上班
        (D(2023, 6, 24), False),  # an ordinary Saturday
        (D(2024, 2, 17), True),  # Saturday 補行上班 before 春節
        (D(2024, 7, 24), True),  # typhoon closure: not in the package
        (D(2024, 10, 8), True),  # an ordinary Tuesday
    ],
)
def test_package_matches_official_calendar(cal: WorkCalendar, day: dt.date, working: bool) -> None:
    assert cal.is_working_day(day) is working


def test_friday_before_long_weekend(cal: WorkCalendar) -> None:
    # Class ends Fri 2023-10-06; Mon 10/09 放假日 and Tue 10/10 國慶日 do not count:
    # 10/11(1) 12(2) 13(3) 16(4) 17(5) 18(6) 19(7).
    assert cal.due_date(D(2023, 10, 6), 7) == D(2023, 10, 19)


def test_wednesday_before_national_day(cal: WorkCalendar) -> None:
    # 2024-10-10 Thu is 國慶日: 10/11(1) 14(2) 15(3) 16(4) 17(5) 18(6) 21(7).
    assert cal.due_date(D(2024, 10, 9), 7) == D(2024, 10, 21)


def test_make_up_saturday_counts(cal: WorkCalendar) -> None:
    # Ends Fri 2023-06-16: Sat 6/17 補行上班(1), 19(2) 20(3) 21(4), 22-23 端午 off,
    # 26(5) 27(6) 28(7). Without the Saturday it would be 6/29.
    assert cal.due_date(D(2023, 6, 16), 7) == D(2023, 6, 28)
    # 2020: Sat 6/20 補行上班(1), 22(2) 23(3) 24(4), 25 端午, 26 bridge, 29(5) 30(6) 7/1(7).
    assert cal.due_date(D(2020, 6, 19), 7) == D(2020, 7, 1)


def test_typhoon_override_pushes_due_date() -> None:
    plain = WorkCalendar()
    assert plain.due_date(D(2024, 7, 19), 7) == D(2024, 7, 30)
    typhoon = WorkCalendar(
        {D(2024, 7, 24): (True, "凱米颱風停止上班"), D(2024, 7, 25): DayOverride(True, None)}
    )
    assert not typhoon.is_working_day(D(2024, 7, 24))
    assert typhoon.due_date(D(2024, 7, 19), 7) == D(2024, 8, 1)
    assert typhoon.label(D(2024, 7, 24)) == "凱米颱風停止上班"
    assert typhoon.label(D(2024, 7, 25)) == "放假"


def test_override_can_make_a_holiday_a_working_day() -> None:
    cal = WorkCalendar({D(2023, 10, 9): (False, "照常上班")})
    assert cal.is_working_day(D(2023, 10, 9))
    assert cal.package_is_working_day(D(2023, 10, 9)) is False
    assert cal.due_date(D(2023, 10, 6), 1) == D(2023, 10, 9)


def test_labels(cal: WorkCalendar) -> None:
    assert cal.label(D(2023, 10, 10)) == "國慶日"
    assert cal.label(D(2023, 6, 17)) == "補行上班"
    assert cal.label(D(2023, 6, 24)) is None  # an ordinary Saturday
    assert cal.label(D(2023, 6, 21)) is None


def test_add_working_days_edges(cal: WorkCalendar) -> None:
    assert cal.add_working_days(D(2023, 10, 6), 0) == D(2023, 10, 6)
    assert cal.add_working_days(D(2023, 10, 6), 1) == D(2023, 10, 11)
    # The start day itself never counts, even when it is a working day.
    assert cal.add_working_days(D(2023, 10, 11), 1) == D(2023, 10, 12)
    assert cal.add_working_days(D(2023, 10, 11), -1) == D(2023, 10, 6)
    assert cal.working_days_between(D(2023, 10, 6), D(2023, 10, 19)) == 7
    assert cal.working_days_between(D(2023, 10, 19), D(2023, 10, 6)) == -7
    with pytest.raises(ValueError):
        cal.due_date(D(2023, 10, 6), -1)


def test_working_days_between_matches_a_day_by_day_count_across_years() -> None:
    # The count uses per-year prefix sums; it must equal walking the days one by one,
    # overrides included, within a year, across year ends and backwards.
    typhoon = {dt.date(2024, 7, 25): (True, "颱風停止上班")}
    calendar = WorkCalendar(typhoon)
    cases = [
        (dt.date(2024, 7, 20), dt.date(2024, 7, 31)),
        (dt.date(2023, 12, 28), dt.date(2024, 1, 3)),
        (dt.date(2020, 6, 1), dt.date(2024, 8, 1)),
        (dt.date(2024, 12, 31), dt.date(2025, 1, 1)),
        (dt.date(2024, 3, 1), dt.date(2024, 3, 1)),
    ]
    for start, end in cases:
        walked = 0
        day = start
        while day < end:
            day += dt.timedelta(days=1)
            walked += calendar.is_working_day(day)
        assert calendar.working_days_between(start, end) == walked, (start, end)
        assert calendar.working_days_between(end, start) == -walked
    assert calendar.working_days_between(dt.date(2024, 7, 24), dt.date(2024, 7, 26)) == 1
