"""The appraisal items of the agenda (SPEC R20, R13–R14): interim periods due or overdue with
the count not yet filled per unit, the year-end due date, and the committee's meeting.

An interim period shows from ``NOTICE_DAYS`` before its due date while any record is still
未填; past the due date it is overdue. The year-end appraisals show from ``NOTICE_DAYS``
before their due date while any is not 已核定, and the committee's meeting from
``NOTICE_DAYS`` before it until the day itself.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrplanner.domain.appraisal.vocabulary import InterimStatus, WorkflowStatus
from hrplanner.domain.rocdate import format_roc
from hrplanner.i18n import _, ngettext
from hrplanner.services.calendar.office_calendar import AgendaItem
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    Appraisal,
    AppraisalCycle,
    Employee,
    InterimPeriodRow,
    InterimRecordRow,
    Unit,
)
from hrplanner.storage.models.appraisal import SCHEME_CIVIL

NOTICE_DAYS = 30
KIND_INTERIM = "平時考核"
KIND_YEAR_END = "年終考績"
KIND_COMMITTEE = "考績委員會"


def unfilled_by_unit(db: Database, period_id: int) -> list[tuple[str, int]]:
    """(unit, records still 未填) of an interim period, in the units' order."""
    with db.session() as session:
        rows = session.execute(
            select(Unit.name, func.count())
            .select_from(InterimRecordRow)
            .join(Employee, Employee.id == InterimRecordRow.employee_id)
            .join(Unit, Unit.id == Employee.unit_id)
            .where(
                InterimRecordRow.period_id == period_id,
                InterimRecordRow.status == InterimStatus.NOT_FILLED.value,
            )
            .group_by(Unit.name, Unit.sort_order)
            .order_by(Unit.sort_order, Unit.name)
        )
        return [(name, int(n)) for name, n in rows]


def _unfilled_due_by(session: Session, horizon: dt.date) -> dict[int, list[tuple[str, int]]]:
    """(unit, records still 未填) of every interim period due by ``horizon``, in the units'
    order, by period id: one query for all the years of history."""
    rows = session.execute(
        select(InterimRecordRow.period_id, Unit.name, func.count())
        .select_from(InterimRecordRow)
        .join(InterimPeriodRow, InterimPeriodRow.id == InterimRecordRow.period_id)
        .join(Employee, Employee.id == InterimRecordRow.employee_id)
        .join(Unit, Unit.id == Employee.unit_id)
        .where(
            InterimPeriodRow.due <= horizon,
            InterimRecordRow.status == InterimStatus.NOT_FILLED.value,
        )
        .group_by(InterimRecordRow.period_id, Unit.name, Unit.sort_order)
        .order_by(InterimRecordRow.period_id, Unit.sort_order, Unit.name)
    )
    by_period: dict[int, list[tuple[str, int]]] = {}
    for period_id, name, n in rows:
        by_period.setdefault(period_id, []).append((name, int(n)))
    return by_period


def interim_items(db: Database, today: dt.date) -> list[AgendaItem]:
    """Interim periods within the notice window or overdue that still have records 未填."""
    horizon = today + dt.timedelta(days=NOTICE_DAYS)
    with db.session() as session:
        periods = list(
            session.execute(
                select(
                    InterimPeriodRow.id,
                    InterimPeriodRow.year,
                    InterimPeriodRow.number,
                    InterimPeriodRow.due,
                )
                .where(InterimPeriodRow.due <= horizon)
                .order_by(InterimPeriodRow.due)
            )
        )
        unfilled = _unfilled_due_by(session, horizon)
    items = []
    for period_id, year, number, due in periods:
        units = unfilled.get(period_id)
        if not units:
            continue
        total = sum(n for _unit, n in units)
        per_unit = "、".join(
            ngettext("{unit} {n} 人", "{unit} {n} 人", n).format(unit=unit, n=n)
            for unit, n in units
        )
        title = _("{year} 年度第 {number} 期平時考核").format(year=year - 1911, number=number)
        overdue = due < today
        if overdue:
            detail = ngettext(
                "已逾截止日 {due}，尚有 {n} 人未填：{units}",
                "已逾截止日 {due}，尚有 {n} 人未填：{units}",
                total,
            )
        else:
            detail = ngettext(
                "應於 {due} 前完成，尚有 {n} 人未填：{units}",
                "應於 {due} 前完成，尚有 {n} 人未填：{units}",
                total,
            )
        items.append(
            AgendaItem(
                due,
                KIND_INTERIM,
                title,
                detail.format(due=format_roc(due), n=total, units=per_unit),
                overdue,
                f"{year}-{number}",
            )
        )
    return items


def year_end_items(db: Database, today: dt.date) -> list[AgendaItem]:
    """The year-end due date while appraisals are not 已核定, and the committee's meeting."""
    horizon = today + dt.timedelta(days=NOTICE_DAYS)
    with db.session() as session:
        cycles = list(
            session.execute(
                select(AppraisalCycle.year, AppraisalCycle.due, AppraisalCycle.meeting_date)
                .where(AppraisalCycle.scheme == SCHEME_CIVIL)
                .order_by(AppraisalCycle.year)
            )
        )
        pending = dict(
            session.execute(
                select(Appraisal.year, func.count())
                .where(
                    Appraisal.kind.is_not(None),
                    Appraisal.status != WorkflowStatus.APPROVED.value,
                )
                .group_by(Appraisal.year)
            ).all()
        )
    items = []
    for year, due, meeting in cycles:
        waiting = int(pending.get(year, 0))
        if waiting and due <= horizon:
            detail = ngettext(
                "應於 {due} 前完成，尚有 {n} 人未核定",
                "應於 {due} 前完成，尚有 {n} 人未核定",
                waiting,
            ).format(due=format_roc(due), n=waiting)
            items.append(
                AgendaItem(
                    due,
                    KIND_YEAR_END,
                    _("{year} 年度年終考績").format(year=year - 1911),
                    detail,
                    due < today,
                    str(year),
                )
            )
        if meeting is not None and today <= meeting <= horizon:
            items.append(
                AgendaItem(
                    meeting,
                    KIND_COMMITTEE,
                    _("{year} 年度考績委員會開會").format(year=year - 1911),
                    _("開會日期 {day}；請備妥考績清冊").format(day=format_roc(meeting)),
                    False,
                    str(year),
                )
            )
    return items
