"""New hires' initial training due dates (SPEC R17)."""

from __future__ import annotations

from datetime import date

import pytest

from hrplanner.domain.newhire import (
    NewHireStatus,
    add_months,
    initial_training_due,
    new_hires_due,
)


@pytest.mark.parametrize(
    ("reported", "due"),
    [
        (date(2020, 3, 5), date(2020, 7, 5)),
        (date(2020, 10, 31), date(2021, 2, 28)),
        (date(2019, 10, 31), date(2020, 2, 29)),  # leap year
        (date(2020, 9, 15), date(2021, 1, 15)),
        (date(2020, 8, 31), date(2020, 12, 31)),
        (date(2021, 1, 31), date(2021, 5, 31)),
        (date(2021, 5, 31), date(2021, 9, 30)),
    ],
)
def test_initial_training_due(reported: date, due: date) -> None:
    assert initial_training_due(reported) == due


def test_add_months_backwards_and_across_years() -> None:
    assert add_months(date(2021, 3, 31), -1) == date(2021, 2, 28)
    assert add_months(date(2020, 1, 15), -1) == date(2019, 12, 15)
    assert add_months(date(2020, 1, 15), 24) == date(2022, 1, 15)


def test_new_hires_due() -> None:
    hires = [
        (1, date(2020, 10, 31), False),  # due 2021-02-28
        (2, date(2020, 3, 5), False),  # due 2020-07-05, overdue on 2020-07-06
        (3, date(2020, 3, 1), True),  # trained: never overdue
        (4, date(2019, 12, 31), False),  # hired the year before: not listed
        (5, date(2020, 3, 6), False),  # due 2020-07-06 = today: still in time
    ]
    today = date(2020, 7, 6)
    assert new_hires_due(hires, 2020, today) == [
        NewHireStatus(3, date(2020, 3, 1), date(2020, 7, 1), True, False),
        NewHireStatus(2, date(2020, 3, 5), date(2020, 7, 5), False, True),
        NewHireStatus(5, date(2020, 3, 6), date(2020, 7, 6), False, False),
        NewHireStatus(1, date(2020, 10, 31), date(2021, 2, 28), False, False),
    ]


def test_new_hires_due_other_year_and_empty() -> None:
    hires = [(4, date(2019, 12, 31), False)]
    listed = new_hires_due(hires, 2019, date(2020, 5, 1))
    assert listed == [NewHireStatus(4, date(2019, 12, 31), date(2020, 4, 30), False, True)]
    assert new_hires_due([], 2020, date(2020, 1, 1)) == []
