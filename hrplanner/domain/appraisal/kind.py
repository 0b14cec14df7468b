"""Which appraisal a year's service gives: 年終考績, 另予考績 or none (SPEC R14 *Kind*).

Counting, exactly as R14 states it (考績法 §3, 細則 §2):

- 年終考績 needs service in the post through January to December; a part month of January
  or December counts as a whole month, so a start on 15 January still gives 年終.
- 另予考績 needs service under a year but at least 6 consecutive months. Whole calendar
  months count as months; the days of the part months are added up, every 30 days make a
  month and a remainder under 30 days counts as one month (start 31 July → 1 day + August to
  December → 6 months → 另予; start 1 August → 5 months → none).

``start`` is 到職日期 (the first day in the post; a transfer passes the former post's start,
because transfers keep their service) and ``leave`` is 離職日期, taken as the last day of
service. The result is a suggestion: the officer may choose another kind with a reason.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from hrplanner.domain.appraisal.problems import Problem
from hrplanner.domain.appraisal.vocabulary import AppraisalKind
from hrplanner.i18n import _, ngettext

PART_YEAR_MIN_MONTHS = 6
DAYS_PER_MONTH = 30


@dataclass(frozen=True)
class ServiceCount:
    """The service of one person in one year, counted both ways.

    ``first_day``/``last_day`` are the service inside the year (None when there is none);
    ``full_months`` the whole calendar months, ``part_days`` the days of part months, and
    ``months`` the 另予 count from them. ``whole_year`` is the 年終 test with January and
    December part months counted whole.
    """

    year: int
    first_day: date | None
    last_day: date | None
    full_months: int
    part_days: int
    months: int
    whole_year: bool


@dataclass(frozen=True)
class KindSuggestion:
    """The suggested kind (None: no appraisal this year), the months counted (12 for 年終)
    and a sentence saying why, for the screen."""

    kind: AppraisalKind | None
    months: int
    explanation: str
    count: ServiceCount


def _month_days(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def count_service(year: int, start: date, leave: date | None = None) -> ServiceCount:
    """Count the service from ``start`` to ``leave`` (inclusive; None = still serving)
    inside ``year``. A leave date before the start is refused."""
    if leave is not None and leave < start:
        raise ValueError(
            _("離職日期 {leave} 早於到職日期 {start}").format(
                leave=leave.isoformat(), start=start.isoformat()
            )
        )
    first = max(start, date(year, 1, 1))
    last = min(leave, date(year, 12, 31)) if leave is not None else date(year, 12, 31)
    if first > last:
        return ServiceCount(year, None, None, 0, 0, 0, whole_year=False)
    full_months = 0
    part_days = 0
    for month in range(first.month, last.month + 1):
        month_first = date(year, month, 1)
        month_last = date(year, month, _month_days(year, month))
        covered = (min(last, month_last) - max(first, month_first)).days + 1
        if covered == _month_days(year, month):
            full_months += 1
        else:
            part_days += covered
    extra, remainder = divmod(part_days, DAYS_PER_MONTH)
    months = full_months + extra + (1 if remainder else 0)
    # A part month of January or December counts as whole for 年終: the service only has to
    # reach into January and into December.
    whole_year = first.month == 1 and last.month == 12
    return ServiceCount(year, first, last, full_months, part_days, months, whole_year)


def suggest_kind(year: int, start: date, leave: date | None = None) -> KindSuggestion:
    """年終考績, 另予考績 or none for ``year``, with the months and the reason (R14)."""
    count = count_service(year, start, leave)
    if count.whole_year:
        return KindSuggestion(
            AppraisalKind.YEAR_END,
            12,
            _("一月至十二月均在職（一月、十二月之畸零日數以整月計），辦理年終考績。"),
            count,
        )
    if count.first_day is None:
        if start.year > year:
            text = _("於該年度之後才到職，該年度不辦理考績。")
        else:
            text = _("於該年度開始前已離職，該年度不辦理考績。")
        return KindSuggestion(None, 0, text, count)
    if count.months >= PART_YEAR_MIN_MONTHS:
        if count.part_days:
            text = ngettext(
                "任職未滿一年，連續任職 {months} 個月（畸零日數合計 {days} 日，每 30 日以一個月計，"
                "餘數不滿 30 日亦以一個月計），已達六個月，辦理另予考績。",
                "任職未滿一年，連續任職 {months} 個月（畸零日數合計 {days} 日，每 30 日以一個月計，"
                "餘數不滿 30 日亦以一個月計），已達六個月，辦理另予考績。",
                count.months,
            ).format(months=count.months, days=count.part_days)
        else:
            text = ngettext(
                "任職未滿一年，連續任職 {months} 個月，已達六個月，辦理另予考績。",
                "任職未滿一年，連續任職 {months} 個月，已達六個月，辦理另予考績。",
                count.months,
            ).format(months=count.months)
        return KindSuggestion(AppraisalKind.PART_YEAR, count.months, text, count)
    text = ngettext(
        "該年度連續任職 {months} 個月，未達六個月，不辦理考績。",
        "該年度連續任職 {months} 個月，未達六個月，不辦理考績。",
        count.months,
    ).format(months=count.months)
    return KindSuggestion(None, count.months, text, count)


def kind_override_problems(
    suggested: AppraisalKind | None, chosen: AppraisalKind | None, reason: str
) -> tuple[Problem, ...]:
    """Choosing a kind other than the suggested one needs a reason (R14)."""
    if chosen != suggested and not reason.strip():
        return (
            Problem(
                "kind_override_without_reason",
                _("考績種類與依到職、離職日期建議的種類不同，須填寫理由。"),
            ),
        )
    return ()
