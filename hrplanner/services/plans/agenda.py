"""The plans' items of the agenda (SPEC R20 via ``calendar.office_calendar.AGENDA_PROVIDERS``).

After a year has ended (from 1 January on), every plan running in that year whose report is
not final lists its KPIs with a target but still no actual, and those below target without
落後原因 or 因應策略 — the two things that keep the year's report from being final. Due is
the last day of the year, so the items count as overdue. During the year nothing is listed:
actuals are not expected before the year ends. Bound KPIs are computed for the year first
(not stored), so only a measure with nothing to measure leaves a KPI without an actual.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from hrplanner.domain.rocdate import ROC_OFFSET
from hrplanner.i18n import _
from hrplanner.services.calendar.office_calendar import AgendaItem
from hrplanner.storage.database import Database
from hrplanner.storage.models import Plan, PlanReport

KIND = "KPI"


def kpi_items(db: Database, today: dt.date) -> list[AgendaItem]:
    """KPIs of last year (the year that has just ended) without an actual or a reason."""
    year = today.year - 1
    with db.session() as s:
        final = set(
            s.scalars(select(PlanReport.plan_id).where(PlanReport.year == year, PlanReport.final))
        )
        codes = [
            code
            for plan_id, code in s.execute(
                select(Plan.id, Plan.code).where(Plan.first_year <= year, Plan.last_year >= year)
            )
            if plan_id not in final
        ]
    items: list[AgendaItem] = []
    if not codes:
        return items
    # Imported only now: the plan tables take 0.04–0.06 s to load, and on most days
    # no plan is listed (the home page's first cards wait for this).
    from hrplanner.domain.plans.achievement import ProblemKind
    from hrplanner.services.plans.outputs import current_table

    due = dt.date(year, 12, 31)
    for code in sorted(codes):
        table = current_table(db, code, [year])
        for problem in table.problems(year):
            if problem.kind is ProblemKind.NO_COUNTERMEASURE:
                continue  # one item per KPI: 落後原因 and 因應策略 are asked for together
            if problem.kind is ProblemKind.NO_ACTUAL:
                title = _("{plan}：KPI {no} 尚未填 {roc_year} 年實際值").format(
                    plan=table.plan.name, no=problem.kpi_no, roc_year=year - ROC_OFFSET
                )
            else:
                title = _("{plan}：KPI {no} 未達目標，尚未填落後原因").format(
                    plan=table.plan.name, no=problem.kpi_no
                )
            items.append(AgendaItem(due, KIND, title, problem.message, True, code))
    return items
