"""The teachers' 成績考核 by school year (SPEC R14 *Teachers*): staff of category 教師, an
outcome of 辦法 §4 I (4-1-1 / 4-1-2 / 4-1-3) instead of a score and grade, outside the 甲
ratio, through the same workflow with the school's 考核會.

A school year is named by the Gregorian year it starts in (2024 = 113學年度, 1 August 2024 –
31 July 2025); the rules are ``domain.appraisal.teachers`` and ``.workflow``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from hrplanner.domain.appraisal.problems import Problem as RuleProblem
from hrplanner.domain.appraisal.teachers import (
    TEACHER_CATEGORY,
    school_year_roc,
    school_year_span,
    teacher_problems,
)
from hrplanner.domain.appraisal.vocabulary import (
    WorkflowStatus,
    parse_teacher_outcome,
)
from hrplanner.domain.appraisal.workflow import (
    change_problems,
    field_changes,
    transition_problems,
)
from hrplanner.i18n import _
from hrplanner.services.appraisal import workflow_dates
from hrplanner.services.appraisal.changes import check_version, log, refuse, refusing_stale
from hrplanner.services.common.errors import NotFound
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    AppraisalCycle,
    Employee,
    StaffCategory,
    TeacherAppraisal,
    Unit,
)
from hrplanner.storage.models.appraisal import SCHEME_TEACHER

ENTITY = "teacher_appraisal"
_LABELS = {"outcome": "考核結果", "facts": "重大優劣事實", "note": "備註", "status": "狀態"}


@dataclass(frozen=True)
class TeacherRow:
    id: int
    version: int
    school_year: int
    employee_id: int
    employee_no: str
    name: str
    unit: str
    title: str
    outcome: str | None
    facts: str
    note: str
    status: str
    problems: tuple[RuleProblem, ...]


def school_year_label(school_year: int) -> str:
    return _("{year}學年度").format(year=school_year_roc(school_year))


def open_school_year(db: Database, school_year: int, *, today: dt.date) -> int:
    """Open a school year for every 教師 who served some day of it; returns how many."""
    start, end = school_year_span(school_year)
    with db.session() as session:
        cycle = session.scalar(
            select(AppraisalCycle).filter_by(scheme=SCHEME_TEACHER, year=school_year)
        )
        if cycle is None:
            session.add(
                AppraisalCycle(
                    scheme=SCHEME_TEACHER,
                    year=school_year,
                    opened_on=today,
                    categories=TEACHER_CATEGORY,
                    due=end,
                )
            )
        rows = session.execute(
            select(Employee.id, Employee.status, Employee.hire_date, Employee.leave_date)
            .join(StaffCategory, StaffCategory.id == Employee.category_id)
            .where(StaffCategory.name == TEACHER_CATEGORY)
        ).all()
        scope = [
            r.id
            for r in rows
            if (r.hire_date is None or r.hire_date <= end)
            and (r.leave_date >= start if r.leave_date is not None else r.status == "在職")
        ]
        have = set(
            session.scalars(select(TeacherAppraisal.employee_id).filter_by(school_year=school_year))
        )
        new = [
            {
                "school_year": school_year,
                "employee_id": employee_id,
                "status": WorkflowStatus.NOT_RATED.value,
                "version": 1,
            }
            for employee_id in scope
            if employee_id not in have
        ]
        if new:
            session.execute(insert(TeacherAppraisal), new)
        return len(scope)


def list_teachers(db: Database, school_year: int) -> list[TeacherRow]:
    """Every teacher of an opened school year, by unit and employee number."""
    with db.session() as session:
        rows = session.execute(
            select(TeacherAppraisal, Employee.employee_no, Employee.name, Unit.name, Employee.title)
            .join(Employee, Employee.id == TeacherAppraisal.employee_id)
            .join(Unit, Unit.id == Employee.unit_id)
            .where(TeacherAppraisal.school_year == school_year)
            .order_by(Unit.sort_order, Unit.name, Employee.employee_no)
        ).all()
        return [_row(t, no, name, unit, title) for t, no, name, unit, title in rows]


def _row(t: TeacherAppraisal, no: str, name: str, unit: str, title: str | None) -> TeacherRow:
    return TeacherRow(
        t.id,
        t.version,
        t.school_year,
        t.employee_id,
        no,
        name,
        unit,
        title or "",
        t.outcome,
        t.facts or "",
        t.note or "",
        t.status,
        teacher_problems(t.outcome, WorkflowStatus(t.status)),
    )


def _load(session: Session, teacher_id: int) -> TeacherAppraisal:
    found = session.get(TeacherAppraisal, teacher_id)
    if found is None:
        raise NotFound(_("找不到這筆教師成績考核（編號 {id}）").format(id=teacher_id))
    return found


def save_teacher(
    db: Database,
    teacher_id: int,
    *,
    outcome: str | None,
    facts: str = "",
    note: str = "",
    version: int | None = None,
    reason: str = "",
    today: dt.date,
) -> None:
    """A teacher's outcome, facts and note; a first outcome makes the record 已評擬.
    Refused with a clear message on a stale copy; after 已核定 a change needs a reason."""
    text = (outcome or "").strip()
    if text:
        try:
            text = parse_teacher_outcome(text).value
        except ValueError as exc:
            refuse([RuleProblem("teacher_outcome_unknown", str(exc))], column="考核結果")
    with refusing_stale(), db.session() as session:
        row = _load(session, teacher_id)
        check_version(row.version, version)
        status = WorkflowStatus(row.status)
        new = {
            "outcome": text or None,
            "facts": facts.strip() or None,
            "note": note.strip() or None,
        }
        old = {name: getattr(row, name) for name in new}
        changes = field_changes(old, new, reason)
        refuse(change_problems(status, changes, reason))
        for change in changes:
            log(
                session,
                db.user,
                ENTITY,
                row.id,
                _LABELS[change.field],
                change.old,
                change.new,
                reason,
            )
            setattr(row, change.field, change.new)
        if status == WorkflowStatus.NOT_RATED and row.outcome:
            _move(session, db.user, row, WorkflowStatus.RATED, today, reason)


def _move(
    session: Session,
    user: str,
    row: TeacherAppraisal,
    new: WorkflowStatus,
    today: dt.date,
    reason: str,
) -> None:
    log(session, user, ENTITY, row.id, _LABELS["status"], row.status, new.value, reason)
    workflow_dates.stamp(row, WorkflowStatus(row.status), new, today)
    row.status = new.value


def move_teachers(
    db: Database,
    teacher_ids: list[int],
    new_status: str,
    *,
    today: dt.date,
    reason: str = "",
) -> int:
    """Move teachers' appraisals one workflow step (初核 needs the 考核會's meeting date);
    all or nothing, every refusal named. Returns how many moved."""
    target = WorkflowStatus(new_status)
    problems: list[RuleProblem] = []
    moved = 0
    with refusing_stale(), db.session() as session:
        for teacher_id in teacher_ids:
            row = _load(session, teacher_id)
            cycle = session.scalar(
                select(AppraisalCycle).filter_by(scheme=SCHEME_TEACHER, year=row.school_year)
            )
            meeting = cycle.meeting_date if cycle is not None else None
            old = WorkflowStatus(row.status)
            found = transition_problems(old, target, reason=reason, meeting_date=meeting)
            if target != WorkflowStatus.NOT_RATED:
                found += teacher_problems(row.outcome, target)
            if found:
                name = session.scalar(select(Employee.name).filter_by(id=row.employee_id))
                problems.extend(
                    RuleProblem(p.code, _("{name}：{reason}").format(name=name, reason=p.message))
                    for p in found
                )
                continue
            if old != target:
                _move(session, db.user, row, target, today, reason)
                moved += 1
        refuse(problems)
    return moved
