"""Plausibility limits, declared once: values that are well formed but cannot be meant.

Applied alike by the imports and by the window's saves (staff records, class sessions,
external learning records), so that a typing slip such as 100,000 hours or the year 9999
is refused with the window it falls outside of, wherever it was typed.

- A session's hours fit within its time span (09:00–12:00 carries at most 3 hours); a
  session without times carries at most ``MAX_SESSION_HOURS`` (one day).
- One external learning record carries at most ``MAX_EXTERNAL_RECORD_HOURS`` (300 hours:
  more than a semester's credit course of 3 credits × 18 weeks × 3 hours, less than what
  a typo of an extra zero on a long course gives).
- Dates fall within a window per kind of date, counted from today (``DATE_WINDOWS``): a
  birth date between 100 and 15 years ago, hire and leave dates in the last 60 years or the
  coming year, class and session dates within 30 years back and 20 ahead (plans reach
  far), an external record's date within 30 years back and one ahead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hrplanner.domain.hours import format_hours
from hrplanner.domain.rocdate import format_roc
from hrplanner.i18n import _

MAX_SESSION_HOURS = 24
MAX_EXTERNAL_RECORD_HOURS = 300


@dataclass(frozen=True)
class DateWindow:
    """Dates from ``years_back`` years before today to ``years_ahead`` years after it (a
    negative ``years_ahead`` ends the window before today)."""

    years_back: int
    years_ahead: int

    def bounds(self, today: dt.date) -> tuple[dt.date, dt.date]:
        return _shifted(today, -self.years_back), _shifted(today, self.years_ahead)


def _shifted(day: dt.date, years: int) -> dt.date:
    year = min(max(day.year + years, dt.MINYEAR), dt.MAXYEAR)
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return day.replace(year=year, day=28)


BIRTH, HIRE, LEAVE, CLASS_DATE, EXTERNAL_DATE = (
    "birth",
    "hire",
    "leave",
    "class",
    "external",
)
DATE_WINDOWS: dict[str, DateWindow] = {
    BIRTH: DateWindow(100, -15),
    HIRE: DateWindow(60, 1),
    LEAVE: DateWindow(60, 1),
    CLASS_DATE: DateWindow(30, 20),
    EXTERNAL_DATE: DateWindow(30, 1),
}


def _shown(day: dt.date) -> str:
    try:
        return format_roc(day)
    except ValueError:  # before 民國元年
        return day.isoformat()


def date_problem(kind: str, label: str, day: dt.date, today: dt.date) -> str | None:
    """Why ``day`` cannot be meant as a date of ``kind`` (``label``: the column as the user
    knows it), or None."""
    earliest, latest = DATE_WINDOWS[kind].bounds(today)
    if earliest <= day <= latest:
        return None
    return _("{label} {date} 不在合理範圍內（{earliest}～{latest}），請檢查是否打錯").format(
        label=label, date=_shown(day), earliest=_shown(earliest), latest=_shown(latest)
    )


def session_minutes_problem(minutes: int, start: dt.time | None, end: dt.time | None) -> str | None:
    """Why a session of ``minutes`` between ``start`` and ``end`` cannot be meant, or None."""
    if start is not None and end is not None and end > start:
        span = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
        if minutes > span:
            return _("場次時數 {hours} 小時超過上課時間 {start}–{end} 的 {span} 小時").format(
                hours=format_hours(minutes),
                start=start.strftime("%H:%M"),
                end=end.strftime("%H:%M"),
                span=format_hours(span),
            )
        return None
    if minutes > MAX_SESSION_HOURS * 60:
        return _("場次時數 {hours} 小時超過一天的 {limit} 小時").format(
            hours=format_hours(minutes), limit=MAX_SESSION_HOURS
        )
    return None


def external_minutes_problem(minutes: int) -> str | None:
    """Why one external record of ``minutes`` cannot be meant, or None."""
    if minutes > MAX_EXTERNAL_RECORD_HOURS * 60:
        return _("一筆外部學習紀錄的時數 {hours} 小時超過上限 {limit} 小時，請檢查是否打錯").format(
            hours=format_hours(minutes), limit=MAX_EXTERNAL_RECORD_HOURS
        )
    return None
