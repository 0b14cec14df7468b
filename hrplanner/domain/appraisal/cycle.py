"""The year's cycle (SPEC R13, R14): due dates from the agency's settings, who is in scope,
and the appraiser of an interim record.

Due dates are settings written as ``MM-DD`` (the same every year). An interim period's due
date may not fall before the period starts; the year-end due date falls in the year itself
from September on and in the following year for January–August (an agency finishes its
考績 in December or early in the new year, never in the spring before).

In scope for a year: a person of one of the chosen staff categories who served some day
of it: joined by 31 December and either still in service (在職) or left on a day of the
year or later (a leaving date on or after 1 January). Someone who left before the year,
or who is on unpaid leave or retired without a leaving date in the year, is not.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from hrplanner.domain.appraisal.problems import Problem
from hrplanner.domain.vocabulary import ACTIVE
from hrplanner.i18n import _

_MONTH_DAY = re.compile(r"^\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")
YEAR_END_SAME_YEAR_FROM_MONTH = 9


@dataclass(frozen=True)
class MonthDay:
    month: int
    day: int

    def text(self) -> str:
        return f"{self.month:02d}-{self.day:02d}"


def parse_month_day(value: object) -> MonthDay:
    """``04-30``, ``4/30`` or ``4月30日`` as a month and day (29 February refused: it is not
    a date every year)."""
    text = str(value or "")
    match = _MONTH_DAY.match(text)
    if match:
        month, day = int(match.group(1)), int(match.group(2))
        if month == 2 and day == 29:
            raise ValueError(_("截止日期不可設為 2 月 29 日（並非每年都有）"))
        try:
            date(2023, month, day)
        except ValueError:
            pass
        else:
            return MonthDay(month, day)
    raise ValueError(
        _("截止日期「{value}」無法辨識，請寫成月-日，例如 04-30").format(value=text.strip())
    )


def interim_due(year: int, setting: MonthDay) -> date:
    """An interim period's due date in ``year``."""
    return date(year, setting.month, setting.day)


def year_end_due(year: int, setting: MonthDay) -> date:
    """The year-end due date of ``year``: in the year from September, else the next year."""
    if setting.month >= YEAR_END_SAME_YEAR_FROM_MONTH:
        return date(year, setting.month, setting.day)
    return date(year + 1, setting.month, setting.day)


def serves_in_year(year: int, status: str, hire_date: date | None, leave_date: date | None) -> bool:
    """Whether a person served some day of ``year`` (see the module's scope rule)."""
    if hire_date is not None and hire_date > date(year, 12, 31):
        return False
    if leave_date is not None:
        return leave_date >= date(year, 1, 1) and (hire_date is None or leave_date >= hire_date)
    return status == ACTIVE


def in_scope(
    year: int,
    category: str,
    categories: Collection[str],
    status: str,
    hire_date: date | None,
    leave_date: date | None,
) -> bool:
    """In the year's appraisal: one of ``categories`` and served some day of ``year``."""
    return category in categories and serves_in_year(year, status, hire_date, leave_date)


def appraiser_problems(
    person_id: int, appraiser_id: int | None, appraiser_active: bool
) -> tuple[Problem, ...]:
    """考核人 (R13): when named, another person who is in service."""
    if appraiser_id is None:
        return ()
    if appraiser_id == person_id:
        return (Problem("interim_self_appraiser", _("考核人不可為受考人本人。")),)
    if not appraiser_active:
        return (Problem("interim_appraiser_inactive", _("考核人須為在職人員。")),)
    return ()
