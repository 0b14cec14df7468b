"""The 獎懲 register and the yearly leave summaries (SPEC R14, R18): add, edit, delete, list.

A 獎懲 counts toward the appraisal of the calendar year of its date; when one is added,
changed or removed, that appraisal's net points, score and grade follow at once (logged).
An approved (已核定) appraisal changes only with a reason. The leave summary (差勤統計)
feeds the checks and the evidence only, so nothing stored follows it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import cast

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hrplanner.domain.appraisal.leave import LeaveSummary
from hrplanner.domain.appraisal.problems import Problem as RuleProblem
from hrplanner.domain.appraisal.rewards import RewardEntry, tally
from hrplanner.domain.appraisal.vocabulary import RewardKind, WorkflowStatus, parse_reward_kind
from hrplanner.domain.appraisal.workflow import change_problems, field_changes
from hrplanner.i18n import _
from hrplanner.services.appraisal.changes import check_version, log, refuse, refusing_stale
from hrplanner.services.appraisal.scoring import restore
from hrplanner.services.appraisal.yeardata import days, year_span
from hrplanner.services.common.errors import InputRefused, NotFound, Problem
from hrplanner.storage.database import Database
from hrplanner.storage.models import Appraisal, Employee, LeaveSummaryRow, RewardRecord
from hrplanner.storage.models.appraisal import MILLI

ENTITY = "reward_record"
DOC_NO_MAX = 100


@dataclass(frozen=True)
class RewardInput:
    """One 獎懲 as typed or imported."""

    employee_no: str
    date: dt.date
    kind: str
    count: int = 1
    reason: str = ""
    doc_no: str = ""


@dataclass(frozen=True)
class RewardView:
    id: int
    version: int
    employee_id: int
    employee_no: str
    name: str
    date: dt.date
    kind: str
    count: int
    points: int
    reason: str
    doc_no: str


def reward_problems(data: RewardInput) -> list[Problem]:
    """What is wrong with one 獎懲 apart from who it is for (column = SPEC §3.1 name)."""
    problems: list[Problem] = []
    try:
        kind = parse_reward_kind(data.kind)
    except ValueError as exc:
        problems.append(Problem(str(exc), column="獎懲種類"))
    else:
        try:
            RewardEntry(kind, data.count)
        except ValueError as exc:
            problems.append(Problem(str(exc), column="次數"))
    if data.date < dt.date(1912, 1, 1):
        problems.append(
            Problem(
                _("發布日期 {day} 早於民國元年").format(day=data.date.isoformat()),
                column="發布日期",
            )
        )
    doc = data.doc_no.strip()
    if not doc:
        problems.append(Problem(_("文號必填"), column="文號"))
    elif len(doc) > DOC_NO_MAX:
        problems.append(Problem(_("文號不可超過 {n} 個字").format(n=DOC_NO_MAX), column="文號"))
    return problems


def _view(session: Session, rec: RewardRecord) -> RewardView:
    emp = session.get(Employee, rec.employee_id)
    assert emp is not None
    return RewardView(
        rec.id,
        rec.version,
        rec.employee_id,
        emp.employee_no,
        emp.name,
        rec.date,
        rec.kind,
        rec.count,
        RewardEntry(RewardKind(rec.kind), rec.count).points,
        rec.reason or "",
        rec.doc_no,
    )


def list_rewards(
    db: Database, *, year: int | None = None, employee_id: int | None = None
) -> list[RewardView]:
    """The register by date, optionally of one Gregorian year and/or one person."""
    with db.session() as session:
        query = (
            select(RewardRecord, Employee.employee_no, Employee.name)
            .join(Employee, Employee.id == RewardRecord.employee_id)
            .order_by(RewardRecord.date, Employee.employee_no, RewardRecord.id)
        )
        if year is not None:
            first, last = year_span(year)
            query = query.where(RewardRecord.date.between(first, last))
        if employee_id is not None:
            query = query.where(RewardRecord.employee_id == employee_id)
        return [
            RewardView(
                r.id,
                r.version,
                r.employee_id,
                no,
                name,
                r.date,
                r.kind,
                r.count,
                RewardEntry(RewardKind(r.kind), r.count).points,
                r.reason or "",
                r.doc_no,
            )
            for r, no, name in session.execute(query)
        ]


def follow_rewards(
    session: Session, user: str, pairs: Iterable[tuple[int, int]], reason: str = ""
) -> list[tuple[tuple[int, int], RuleProblem]]:
    """Recompute the appraisals of (employee id, year) after their 獎懲 changed. Returns, per
    pair, the problem of an approved appraisal whose result would change without a reason
    (the caller refuses); every other change is written and logged."""
    problems: list[tuple[tuple[int, int], RuleProblem]] = []
    for pair in sorted(set(pairs)):
        employee_id, year = pair
        row = session.scalar(select(Appraisal).filter_by(employee_id=employee_id, year=year))
        if row is None:
            continue
        first, last = year_span(year)
        records = session.execute(
            select(RewardRecord.kind, RewardRecord.count).where(
                RewardRecord.employee_id == employee_id, RewardRecord.date.between(first, last)
            )
        )
        net = tally(RewardEntry(RewardKind(k), c) for k, c in records).net
        changes = field_changes({"net_points": row.net_points}, {"net_points": net}, reason)
        found = change_problems(WorkflowStatus(row.status), changes, reason)
        if found:
            problems.extend((pair, p) for p in found)
            continue
        restore(session, user, row, net, reason)
    return problems


def _employee_id(session: Session, number: str) -> int:
    emp_id = session.scalar(select(Employee.id).filter_by(employee_no=number.strip()))
    if emp_id is None:
        raise InputRefused(
            [Problem(_("找不到員工編號「{number}」").format(number=number), column="員工編號")]
        )
    return emp_id


def _duplicate() -> InputRefused:
    return InputRefused([Problem(_("同一人已有同日、同種類、同文號的獎懲紀錄"), column="文號")])


def _write(
    db: Database,
    record_id: int | None,
    data: RewardInput | None,
    *,
    version: int | None,
    change_reason: str,
) -> RewardView | None:
    if data is not None:
        problems = reward_problems(data)
        if problems:
            raise InputRefused(problems)
    try:
        with refusing_stale(), db.session() as session:
            touched: set[tuple[int, int]] = set()
            rec: RewardRecord | None = None
            if record_id is not None:
                rec = session.get(RewardRecord, record_id)
                if rec is None:
                    raise NotFound(_("找不到這筆獎懲紀錄（編號 {id}）").format(id=record_id))
                check_version(rec.version, version)
                touched.add((rec.employee_id, rec.date.year))
            if data is None:
                assert rec is not None
                log(
                    session,
                    db.user,
                    ENTITY,
                    rec.id,
                    "獎懲",
                    f"{rec.kind} {rec.count}",
                    None,
                    change_reason,
                )
                session.delete(rec)
            else:
                emp_id = _employee_id(session, data.employee_no)
                if rec is None:
                    rec = RewardRecord()
                    session.add(rec)
                rec.employee_id = emp_id
                rec.date = data.date
                rec.kind = parse_reward_kind(data.kind).value
                rec.count = data.count
                rec.reason = data.reason.strip() or None
                rec.doc_no = data.doc_no.strip()
                touched.add((emp_id, data.date.year))
            session.flush()
            refuse(p for _pair, p in follow_rewards(session, db.user, touched, change_reason))
            return None if data is None else _view(session, rec)
    except IntegrityError as exc:
        raise _duplicate() from exc


def add_reward(db: Database, data: RewardInput, *, change_reason: str = "") -> RewardView:
    """Add one 獎懲; the year's appraisal follows (an approved one only with a reason)."""
    view = _write(db, None, data, version=None, change_reason=change_reason)
    assert view is not None
    return view


def update_reward(
    db: Database, record_id: int, data: RewardInput, *, version: int | None, change_reason: str = ""
) -> RewardView:
    view = _write(db, record_id, data, version=version, change_reason=change_reason)
    assert view is not None
    return view


def delete_reward(
    db: Database, record_id: int, *, version: int | None = None, change_reason: str = ""
) -> None:
    _write(db, record_id, None, version=version, change_reason=change_reason)


# --- leave summaries (差勤統計, R18) ---------------------------------------------------------


@dataclass(frozen=True)
class LeaveInput:
    employee_no: str
    year: int
    sick_personal_days: Fraction | Decimal | int = 0
    absent_days: Fraction | Decimal | int = 0
    late_count: int = 0


@dataclass(frozen=True)
class LeaveView:
    id: int
    version: int
    employee_id: int
    employee_no: str
    name: str
    year: int
    summary: LeaveSummary


def milli(value: Fraction) -> int | None:
    """Days as stored thousandths; None when more exact than a thousandth of a day."""
    scaled = value * MILLI
    return int(scaled) if scaled.denominator == 1 else None


def _exact(value: Fraction | Decimal | int) -> Fraction:
    # Decimal and int convert exactly; a bool is left for the domain to refuse.
    return cast(Fraction, value) if isinstance(value, bool) else Fraction(value)


def leave_problems(data: LeaveInput) -> tuple[list[Problem], LeaveSummary | None]:
    problems: list[Problem] = []
    try:
        summary = LeaveSummary(
            _exact(data.sick_personal_days), _exact(data.absent_days), data.late_count
        )
    except ValueError as exc:
        return [Problem(str(exc))], None
    for value, column in (
        (summary.sick_personal_days, "事病假日數"),
        (summary.absent_days, "曠職日數"),
    ):
        if milli(value) is None:
            problems.append(
                Problem(_("{column}最多到小數點後三位").format(column=column), column=column)
            )
    if not 1912 <= data.year <= 9999:
        problems.append(Problem(_("年度 {year} 不合理").format(year=data.year), column="年度"))
    return problems, summary


def set_leave(db: Database, data: LeaveInput, *, version: int | None = None) -> LeaveView:
    """Type in (or correct) one person's leave summary of a year."""
    problems, summary = leave_problems(data)
    if problems:
        raise InputRefused(problems)
    assert summary is not None
    with refusing_stale(), db.session() as session:
        emp_id = _employee_id(session, data.employee_no)
        row = session.scalar(select(LeaveSummaryRow).filter_by(employee_id=emp_id, year=data.year))
        if row is None:
            row = LeaveSummaryRow(employee_id=emp_id, year=data.year)
            session.add(row)
        else:
            check_version(row.version, version)
        row.sick_personal_milli = milli(summary.sick_personal_days) or 0
        row.absent_milli = milli(summary.absent_days) or 0
        row.late_count = summary.late_count
        session.flush()
        emp = session.get(Employee, emp_id)
        assert emp is not None
        return LeaveView(row.id, row.version, emp_id, emp.employee_no, emp.name, row.year, summary)


def list_leave(db: Database, year: int) -> list[LeaveView]:
    """Every leave summary of ``year`` by employee number."""
    with db.session() as session:
        rows = session.execute(
            select(LeaveSummaryRow, Employee.employee_no, Employee.name)
            .join(Employee, Employee.id == LeaveSummaryRow.employee_id)
            .where(LeaveSummaryRow.year == year)
            .order_by(Employee.employee_no)
        )
        return [
            LeaveView(
                r.id,
                r.version,
                r.employee_id,
                no,
                name,
                r.year,
                LeaveSummary(days(r.sick_personal_milli), days(r.absent_milli), r.late_count),
            )
            for r, no, name in rows
        ]


def delete_leave(db: Database, leave_id: int) -> None:
    with db.session() as session:
        row = session.get(LeaveSummaryRow, leave_id)
        if row is None:
            raise NotFound(_("找不到這筆差勤統計（編號 {id}）").format(id=leave_id))
        session.delete(row)
