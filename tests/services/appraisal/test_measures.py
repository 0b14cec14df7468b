"""The appraisal measures KPIs bind to (R15): interim records on time, year-end appraisals
approved by the due date."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from sqlalchemy import select

from hrplanner.domain.plans.measures import make_binding
from hrplanner.services.appraisal import measures
from hrplanner.storage.database import Database
from hrplanner.storage.models import Appraisal, InterimPeriodRow, InterimRecordRow
from hrplanner.storage.models.appraisal import AppraisalCycle

from .conftest import YEAR


def test_interim_on_time_rate_counts_records_filled_by_their_due_date(
    db: Database, opened: dict[str, int]
) -> None:
    with db.session() as s:
        rows = s.execute(
            select(InterimRecordRow, InterimPeriodRow)
            .join(InterimPeriodRow, InterimPeriodRow.id == InterimRecordRow.period_id)
            .where(InterimPeriodRow.year == YEAR, InterimPeriodRow.number == 1)
            .order_by(InterimRecordRow.id)
        ).all()
        assert len(rows) >= 3
        (on_time, p1), (late, _p), (due_day, _q) = rows[0], rows[1], rows[2]
        on_time.status, on_time.filled_on = "已填", p1.due - dt.timedelta(days=3)
        late.status, late.filled_on = "已填", p1.due + dt.timedelta(days=1)
        due_day.status, due_day.filled_on = "已核", p1.due  # on the due date is on time
        first_period = len(rows)
    rate = measures.interim_on_time_rate(
        db, YEAR, make_binding("interim_on_time_rate", {"period": "1"})
    )
    assert rate == Fraction(2, first_period)
    every = measures.interim_on_time_rate(db, YEAR, make_binding("interim_on_time_rate"))
    assert every is not None and every < rate  # period 2 has nobody filled yet
    assert measures.interim_on_time_rate(db, 1999, make_binding("interim_on_time_rate")) is None


def test_appraisal_done_rate_counts_approvals_by_the_due_date(
    db: Database, opened: dict[str, int]
) -> None:
    with db.session() as s:
        due = s.scalar(select(AppraisalCycle.due).where(AppraisalCycle.year == YEAR))
        records = s.scalars(
            select(Appraisal).where(Appraisal.year == YEAR, Appraisal.kind.is_not(None))
        ).all()
        assert due is not None and len(records) >= 2
        records[0].status, records[0].approved_on = "已核定", due
        records[1].status, records[1].approved_on = "已核定", due + dt.timedelta(days=1)
        total = len(records)
    binding = make_binding("appraisal_done_rate")
    assert measures.appraisal_done_rate(db, YEAR, binding) == Fraction(1, total)
    assert measures.appraisal_done_rate(db, 1999, binding) is None
