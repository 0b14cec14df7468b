"""The appraisal measures a KPI can be bound to (SPEC R15; providers of
``services.plans.measures``): interim records on time (R13) and year-end appraisals done by
their due date (R14). Each is one grouped query."""

from __future__ import annotations

from fractions import Fraction

from sqlalchemy import and_, case, func, select

from hrplanner.domain.appraisal.vocabulary import InterimStatus, WorkflowStatus
from hrplanner.domain.plans.measures import Binding
from hrplanner.storage.database import Database
from hrplanner.storage.models import Appraisal, InterimPeriodRow, InterimRecordRow
from hrplanner.storage.models.appraisal import SCHEME_CIVIL, AppraisalCycle

_FILLED = (InterimStatus.FILLED.value, InterimStatus.CONFIRMED.value)


def _share(done: int | None, total: int | None) -> Fraction | None:
    return None if not total else Fraction(int(done or 0), int(total))


def interim_on_time_rate(db: Database, year: int, binding: Binding) -> Fraction | None:
    """Share of the year's interim records (of the periods asked for; all by default) that
    reached 已填 by their period's due date."""
    periods = [int(p) for p in binding.get("period")]
    on_time = case(
        (
            and_(
                InterimRecordRow.status.in_(_FILLED),
                InterimRecordRow.filled_on.is_not(None),
                InterimRecordRow.filled_on <= InterimPeriodRow.due,
            ),
            1,
        ),
        else_=0,
    )
    query = (
        select(func.count(), func.sum(on_time))
        .select_from(InterimRecordRow)
        .join(InterimPeriodRow, InterimPeriodRow.id == InterimRecordRow.period_id)
        .where(InterimPeriodRow.year == year)
    )
    if periods:
        query = query.where(InterimPeriodRow.number.in_(periods))
    with db.session() as s:
        total, done = s.execute(query).one()
    return _share(done, total)


def appraisal_done_rate(db: Database, year: int, binding: Binding) -> Fraction | None:
    """Share of the year's 年終/另予 appraisals approved (已核定) by the year's due date."""
    done = case(
        (
            and_(
                Appraisal.status == WorkflowStatus.APPROVED.value,
                Appraisal.approved_on.is_not(None),
                Appraisal.approved_on <= AppraisalCycle.due,
            ),
            1,
        ),
        else_=0,
    )
    query = (
        select(func.count(), func.sum(done))
        .select_from(Appraisal)
        .join(
            AppraisalCycle,
            and_(AppraisalCycle.year == Appraisal.year, AppraisalCycle.scheme == SCHEME_CIVIL),
        )
        .where(Appraisal.year == year, Appraisal.kind.is_not(None))
    )
    with db.session() as s:
        total, finished = s.execute(query).one()
    return _share(finished, total)
