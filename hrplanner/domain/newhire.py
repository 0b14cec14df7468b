"""New hires' initial training (SPEC R17): due within 4 months of reporting for duty.

The dashboard lists the year's hires with their due dates; ``today`` is passed in so that
nothing here reads the clock.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

INITIAL_TRAINING_MONTHS = 4


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, clamped to the month's end (10/31 + 4 → 2/28)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    month = month0 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def initial_training_due(report_date: date) -> date:
    """Last day to complete initial training: 4 months after reporting for duty."""
    return add_months(report_date, INITIAL_TRAINING_MONTHS)


@dataclass(frozen=True)
class NewHireStatus:
    """One new hire on the dashboard."""

    employee_id: int
    hire_date: date
    due: date
    trained: bool
    overdue: bool


def new_hires_due(
    hires: Iterable[tuple[int, date, bool]], year: int, today: date
) -> list[NewHireStatus]:
    """The hires of ``year`` (employee id, hire date, trained) with due date and overdue flag.

    Overdue means untrained after the due date; the due date itself is still in time.
    Sorted by due date, so the most urgent come first.
    """
    result = []
    for employee_id, hire_date, trained in hires:
        if hire_date.year != year:
            continue
        due = initial_training_due(hire_date)
        result.append(
            NewHireStatus(
                employee_id=employee_id,
                hire_date=hire_date,
                due=due,
                trained=trained,
                overdue=not trained and today > due,
            )
        )
    result.sort(key=lambda s: (s.due, s.employee_id))
    return result
