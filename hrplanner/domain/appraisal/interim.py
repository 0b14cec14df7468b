"""Interim appraisal (平時成績考核, SPEC R13): periods, a record's validity, timeliness.

Periods of a year: 1 (January–April, due 30 April), 2 (May–August, due 31 August) and,
when the agency keeps one, 3 (September–December, due on the year-end date it gives).
A record holds one level per item of the template (:mod:`.interim_template`) and the
recorded facts (優劣事實), which are required before 已填 because the facts must be concrete.
A record is on time when it reached 已填 by its due date; ``today`` is always a parameter.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from hrplanner.domain.appraisal.interim_template import DEFAULT_INTERIM_TEMPLATE, InterimTemplate
from hrplanner.domain.appraisal.problems import Problem
from hrplanner.domain.appraisal.vocabulary import InterimStatus
from hrplanner.i18n import _

PERIOD_NUMBERS = (1, 2, 3)


@dataclass(frozen=True)
class InterimPeriod:
    """One 期別 of a year: the months it covers and its due date."""

    year: int
    number: int
    start: date
    end: date
    due: date


def interim_period(
    year: int, number: int, year_end_due: date | None = None, *, due: date | None = None
) -> InterimPeriod:
    """Period ``number`` (1, 2 or 3) of ``year``; period 3 needs the year-end due date,
    which may fall in the next January but not before 1 September. ``due`` replaces the
    default due date of period 1 or 2 (an agency's setting); it may not fall before the
    period starts."""
    if number in (1, 2):
        start, end = (date(year, 1, 1), date(year, 4, 30))
        if number == 2:
            start, end = (date(year, 5, 1), date(year, 8, 31))
        chosen = end if due is None else due
        if chosen < start:
            raise ValueError(
                _("第 {number} 期的截止日期 {due} 早於該期開始日 {start}").format(
                    number=number, due=chosen.isoformat(), start=start.isoformat()
                )
            )
        return InterimPeriod(year, number, start, end, chosen)
    if number == 3:
        if year_end_due is None:
            raise ValueError(_("第 3 期須指定年終的截止日期"))
        if year_end_due < date(year, 9, 1):
            raise ValueError(
                _("第 3 期的截止日期 {due} 早於該期開始日 {start}").format(
                    due=year_end_due.isoformat(), start=date(year, 9, 1).isoformat()
                )
            )
        return InterimPeriod(year, 3, date(year, 9, 1), date(year, 12, 31), year_end_due)
    raise ValueError(_("期別「{value}」無法辨識，只能是 1、2 或 3").format(value=number))


def interim_periods(year: int, year_end_due: date | None = None) -> tuple[InterimPeriod, ...]:
    """The periods of ``year``: 1 and 2, and 3 when a year-end due date is given."""
    numbers = PERIOD_NUMBERS if year_end_due is not None else PERIOD_NUMBERS[:2]
    return tuple(interim_period(year, n, year_end_due) for n in numbers)


@dataclass(frozen=True)
class InterimRecord:
    """One person's record for one period: status, level code per item name, facts, and
    whether the person is a supervisor (主管人員: rated on the supervisors-only items)."""

    status: InterimStatus
    levels: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    facts: str = ""
    supervisor: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "status", InterimStatus(self.status))


def interim_problems(
    record: InterimRecord, template: InterimTemplate = DEFAULT_INTERIM_TEMPLATE
) -> tuple[Problem, ...]:
    """Everything wrong with a record; empty when it may be saved with its status.

    Any status: levels only for the template's items, only from its scale, and the
    supervisors-only items only for supervisors. 已填 and 已核 also need every item of the
    person rated and the facts written.
    """
    problems: list[Problem] = []
    scale = "、".join(template.level_codes)
    for name, level in record.levels.items():
        code = level.strip()
        item = template.item(name)
        if item is None:
            problems.append(
                Problem(
                    "interim_unknown_item",
                    _("考核項目「{item}」不在平時考核的項目中。").format(item=name),
                    name,
                )
            )
            continue
        if item.supervisors_only and not record.supervisor and code:
            problems.append(
                Problem(
                    "interim_supervisors_only",
                    _("「{item}」只評主管人員，非主管人員不評此項。").format(item=name),
                    name,
                )
            )
            continue
        if code and code not in template.level_codes:
            problems.append(
                Problem(
                    "interim_unknown_level",
                    _("「{item}」的等級「{level}」無法辨識，只能是{scale}。").format(
                        item=name, level=code, scale=scale
                    ),
                    name,
                )
            )
    if record.status != InterimStatus.NOT_FILLED:
        for item in template.items_for(record.supervisor):
            if not record.levels.get(item.name, "").strip():
                problems.append(
                    Problem(
                        "interim_level_missing",
                        _("「{item}」尚未評定等級。").format(item=item.name),
                        item.name,
                    )
                )
        if not record.facts.strip():
            problems.append(
                Problem(
                    "interim_facts_missing",
                    _("狀態為「{status}」前須記載具體的優劣事實。").format(
                        status=record.status.value
                    ),
                    "優劣事實",
                )
            )
    return tuple(problems)


class InterimTiming(StrEnum):
    """Where a record stands against its due date (for the chasing list)."""

    ON_TIME = "如期"
    LATE = "逾期完成"
    PENDING = "尚未到期"
    OVERDUE = "逾期未填"


def is_on_time(filled_on: date | None, due: date) -> bool:
    """Whether the record reached 已填 (on ``filled_on``) by its due date; the due date
    itself is still on time."""
    return filled_on is not None and filled_on <= due


def is_overdue(filled_on: date | None, due: date, today: date) -> bool:
    """Not yet 已填 and the due date has passed (the due date itself is not overdue)."""
    return filled_on is None and today > due


def interim_timing(filled_on: date | None, due: date, today: date) -> InterimTiming:
    """如期, 逾期完成, 尚未到期 or 逾期未填 for a record first 已填 on ``filled_on``."""
    if filled_on is not None:
        return InterimTiming.ON_TIME if filled_on <= due else InterimTiming.LATE
    return InterimTiming.OVERDUE if today > due else InterimTiming.PENDING
