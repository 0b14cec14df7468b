"""A year's facts for every person at once (no query per person): the 獎懲 tallies, the
leave summaries and the credited learning minutes (the hours ledger's own aggregate).

The year-end page of 5,000 people, the check, the export and the printed forms all stand on
these three grouped queries.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection
from fractions import Fraction
from functools import lru_cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrplanner.domain.appraisal.leave import LeaveSummary
from hrplanner.domain.appraisal.rewards import RewardEntry, RewardTally, tally
from hrplanner.domain.appraisal.vocabulary import RewardKind
from hrplanner.services.hours.ledger import credit_aggregate_query
from hrplanner.storage.models import LeaveSummaryRow, RewardRecord
from hrplanner.storage.models.appraisal import MILLI

EMPTY_TALLY = tally(())


def year_span(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def reward_tallies(
    session: Session, year: int, employee_ids: Collection[int] | None = None
) -> dict[int, RewardTally]:
    """employee id → the year's 獎懲 tally (people without any are left out)."""
    first, last = year_span(year)
    query = (
        select(RewardRecord.employee_id, RewardRecord.kind, func.sum(RewardRecord.count))
        .where(RewardRecord.date.between(first, last))
        .group_by(RewardRecord.employee_id, RewardRecord.kind)
    )
    if employee_ids is not None and len(employee_ids) <= 500:
        query = query.where(RewardRecord.employee_id.in_(list(employee_ids)))
    entries: dict[int, list[RewardEntry]] = defaultdict(list)
    for employee_id, kind, count in session.connection().execute(query):
        if employee_ids is not None and employee_id not in employee_ids:
            continue
        entries[employee_id].append(RewardEntry(RewardKind(kind), int(count)))
    return {employee_id: tally(found) for employee_id, found in entries.items()}


def days(milli: int) -> Fraction:
    return Fraction(milli, MILLI)


@lru_cache(maxsize=4096)
def _summary(sick: int, absent: int, late: int) -> LeaveSummary:
    # Summaries repeat (half days): each distinct one is built, and checked, once.
    return LeaveSummary(days(sick), days(absent), late)


def leave_summaries(
    session: Session, year: int, employee_id: int | None = None
) -> dict[int, LeaveSummary]:
    """employee id → the year's 差勤統計 (people without one are left out)."""
    query = select(
        LeaveSummaryRow.employee_id,
        LeaveSummaryRow.sick_personal_milli,
        LeaveSummaryRow.absent_milli,
        LeaveSummaryRow.late_count,
    ).where(LeaveSummaryRow.year == year)
    if employee_id is not None:
        query = query.where(LeaveSummaryRow.employee_id == employee_id)
    return {
        person: _summary(int(sick), int(absent), int(late))
        for person, sick, absent, late in session.connection().execute(query)
    }


def credited_minutes(session: Session, year: int, employee_id: int | None = None) -> dict[int, int]:
    """employee id → the year's credited learning minutes (closed classes and external
    records), from the hours ledger's aggregate (for everyone, or one person)."""
    query = credit_aggregate_query(year)
    if employee_id is not None:
        grouped = query.subquery()
        query = select(*grouped.c).where(grouped.c.employee_id == employee_id)
    totals: dict[int, int] = defaultdict(int)
    for person, _topic, minutes in session.connection().execute(query):
        totals[person] += int(minutes)
    return dict(totals)
