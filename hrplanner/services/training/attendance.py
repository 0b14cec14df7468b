"""Attendance entry (SPEC R4): the grid of 正取 enrollees × sessions with their marks,
validated changes, "everyone present" for the empty cells, completion of online classes,
and the live warning as soon as someone can no longer earn credit (R5).

Changes to a class that has been closed (or closed and reopened) are written to the change
log with who, when and old → new. On a class that is still closed the credit of the people
concerned is recomputed at once and their certificates are flagged 待查 (R10).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrplanner.domain.credit import Mark, SessionInfo, credit_outlook, hours_text, make_mark
from hrplanner.domain.vocabulary import ENROLLED, NO, ONLINE, PRESENT, WAITLISTED, YES
from hrplanner.i18n import _
from hrplanner.services.common.conflicts import refusing_stale
from hrplanner.services.common.errors import ConflictError, InputRefused, Problem
from hrplanner.services.common.wording import person_label
from hrplanner.services.training.closing import (
    CreditChange,
    compute_class_credit,
    flag_certificates,
    log,
    store_credit,
)
from hrplanner.services.training.views import (
    SessionView,
    load_class,
    load_enrollees,
    load_sessions,
    lock_class,
)
from hrplanner.storage.database import Database
from hrplanner.storage.models import Attendance, Enrollment
from hrplanner.storage.models import TrainingClass as TC


@dataclass(frozen=True)
class GridRow:
    enrollment_id: int
    employee_no: str
    name: str
    unit: str
    marks: dict[int, Mark]  # session id → mark; a missing key is "not yet entered"
    leave_minutes: int
    outlook: str | None  # why the person can no longer earn credit, else None
    completed: bool
    credit_minutes: int | None
    credit_reason: str | None
    # session id → the stored cell's version, sent back with a change (EMPTY: no cell).
    versions: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class AttendanceGrid:
    class_id: int
    code: str
    title: str
    closed: bool
    online: bool
    leave_limit: Fraction
    sessions: list[SessionView]
    rows: list[GridRow]
    missing: int  # cells not yet entered


@dataclass(frozen=True)
class MarkChange:
    enrollment_id: int
    session_id: int
    status: str | None  # None clears the cell
    leave_minutes: int | None = None  # for 請假; None = the whole session
    # The version of the cell the screen showed (EMPTY when it showed none); None: the
    # caller does not know (an import, "everyone present"), and the cell is written as is.
    version: int | None = None


EMPTY = 0  # the version of a cell not yet entered


def conflict_message() -> str:
    return _("出席紀錄已被其他人修改，您的修改沒有儲存；畫面已重新載入，請確認後再登錄。")


@dataclass(frozen=True)
class MarksResult:
    changed: int
    outlooks: dict[int, str | None]  # enrollment id → warning, for the people touched
    credit_changes: list[CreditChange] = field(default_factory=list)


def mark_text(mark: Mark | None) -> str:
    """A mark as the change log stores it (data, so in Chinese), e.g. 請假 1.5 小時."""
    if mark is None:
        return "未登錄"
    if mark.leave_minutes:
        return f"{mark.status} {hours_text(mark.leave_minutes)}"
    return mark.status


def _stored_marks(s: Session, class_id: int) -> dict[int, dict[int, Attendance]]:
    rows = s.scalars(
        select(Attendance)
        .join(Enrollment, Enrollment.id == Attendance.enrollment_id)
        .where(Enrollment.class_id == class_id)
    )
    stored: dict[int, dict[int, Attendance]] = {}
    for row in rows:
        stored.setdefault(row.enrollment_id, {})[row.session_id] = row
    return stored


def _infos(sessions: Sequence[SessionView]) -> list[SessionInfo]:
    return [SessionInfo(v.id, v.minutes, v.topic) for v in sessions]


def _limit(cls: TC) -> Fraction:
    return Fraction(cls.leave_limit_num, cls.leave_limit_den)


def attendance_grid(db: Database, class_id: int | str) -> AttendanceGrid:
    """People (正取) × sessions with their marks and the live credit outlook."""
    with db.session() as s:
        cls = load_class(s, class_id)
        sessions = load_sessions(s, cls.id)
        infos = _infos(sessions)
        stored = _stored_marks(s, cls.id)
        online = cls.mode == ONLINE
        rows: list[GridRow] = []
        missing = 0
        for person in load_enrollees(s, cls.id):
            if person.status != ENROLLED:
                continue
            own = stored.get(person.enrollment_id, {})
            marks = {sid: Mark(a.status, a.leave_minutes) for sid, a in own.items()}
            missing += sum(1 for v in sessions if v.id not in marks)
            outlook = None
            if infos and not online:
                outlook = credit_outlook(infos, dict(marks), leave_limit=_limit(cls))
            rows.append(
                GridRow(
                    person.enrollment_id,
                    person.employee_no,
                    person.name,
                    person.unit,
                    marks,
                    sum(m.leave_minutes for m in marks.values()),
                    outlook,
                    person.completed,
                    person.credit_minutes,
                    person.credit_reason,
                    {sid: a.version for sid, a in own.items()},
                )
            )
        return AttendanceGrid(
            cls.id,
            cls.code,
            cls.title,
            cls.closed_on is not None,
            online,
            _limit(cls),
            sessions,
            rows,
            0 if online else missing,
        )


def was_closed(s: Session, cls: TC) -> bool:
    """Closed now, or closed once and reopened (credit is still stored)."""
    if cls.closed_on is not None:
        return True
    stored = s.scalar(
        select(Enrollment.id)
        .where(Enrollment.class_id == cls.id, Enrollment.credit_minutes.is_not(None))
        .limit(1)
    )
    return stored is not None


def _apply(s: Session, cls: TC, changes: Sequence[MarkChange], user: str) -> MarksResult:
    sessions = {v.id: v for v in load_sessions(s, cls.id)}
    people = {p.enrollment_id: p for p in load_enrollees(s, cls.id)}
    stored = _stored_marks(s, cls.id)
    problems: list[Problem] = []
    planned: list[tuple[MarkChange, Mark | None]] = []
    for change in changes:
        person = people.get(change.enrollment_id)
        session = sessions.get(change.session_id)
        if person is None:
            problems.append(Problem(_("找不到該筆報名，或不屬於本班期")))
            continue
        who = person_label(person.name, person.employee_no)
        if session is None:
            problems.append(Problem(_("{person}：該場次不屬於本班期").format(person=who)))
            continue
        where = {"person": who, "number": session.session_no}
        if person.status != ENROLLED:
            if person.status == WAITLISTED:
                text = _("{person} 第 {number} 場：備取人員不登錄出席")
            else:
                text = _("{person} 第 {number} 場：取消人員不登錄出席")
            problems.append(Problem(text.format(**where)))
            continue
        if change.status is None:
            if cls.closed_on is not None:
                text = _("{person} 第 {number} 場：已結訓班期不可清除出席紀錄，請先重新開啟")
                problems.append(Problem(text.format(**where)))
                continue
            planned.append((change, None))
            continue
        try:
            entered = make_mark(change.status, session.minutes, change.leave_minutes)
        except ValueError as exc:
            text = _("{person} 第 {number} 場：{problem}").format(**where, problem=exc)
            problems.append(Problem(text))
            continue
        planned.append((change, entered))
    if problems:
        raise InputRefused(problems)

    logging = was_closed(s, cls)
    touched: set[int] = set()
    changed = 0
    for change, mark in planned:
        row = stored.get(change.enrollment_id, {}).get(change.session_id)
        if change.version is not None and change.version != (row.version if row else EMPTY):
            raise ConflictError(conflict_message())  # saved by someone since it was shown
        old = Mark(row.status, row.leave_minutes) if row is not None else None
        if old == mark:
            continue
        if row is not None and mark is None:
            s.delete(row)
            del stored[change.enrollment_id][change.session_id]
        elif row is None and mark is not None:
            row = Attendance(
                enrollment_id=change.enrollment_id,
                session_id=change.session_id,
                status=mark.status,
                leave_minutes=mark.leave_minutes,
            )
            s.add(row)
            stored.setdefault(change.enrollment_id, {})[change.session_id] = row
        elif row is not None and mark is not None:
            row.status, row.leave_minutes = mark.status, mark.leave_minutes
        touched.add(change.enrollment_id)
        changed += 1
        if logging:
            number = sessions[change.session_id].session_no
            what = f"第 {number} 場出席"  # the change log's field: data, in Chinese
            log(s, user, "attendance", change.enrollment_id, what, mark_text(old), mark_text(mark))
    s.flush()

    credit_changes: list[CreditChange] = []
    if touched and cls.closed_on is not None:
        results, _missing = compute_class_credit(s, cls)
        credit_changes, _flagged = store_credit(s, cls, results, user, touched)
        flag_certificates(s, cls.id, user, touched, always=True)
    infos = _infos(list(sessions.values()))
    outlooks: dict[int, str | None] = {}
    for enrollment_id in touched:
        marks = {sid: Mark(a.status, a.leave_minutes) for sid, a in stored[enrollment_id].items()}
        online = cls.mode == ONLINE
        outlooks[enrollment_id] = (
            None if online else credit_outlook(infos, dict(marks), leave_limit=_limit(cls))
        )
    return MarksResult(changed, outlooks, credit_changes)


def set_marks(db: Database, class_id: int | str, changes: Sequence[MarkChange]) -> MarksResult:
    """Write several cells at once; refused whole when any cell is invalid. ConflictError
    (nothing written) when a cell was saved by someone else since the screen showed it,
    or filled by someone else at the same moment."""
    with refusing_stale(conflict_message()), db.session() as s:
        cls = lock_class(s, load_class(s, class_id), share=True)
        if cls.cancelled:
            raise InputRefused(
                [Problem(_("班期「{code}」已取消，無法登錄出席").format(code=cls.code))]
            )
        return _apply(s, cls, changes, db.user)


def fill_all_present(
    db: Database, class_id: int | str, session_ids: Sequence[int] | None = None
) -> int:
    """Mark 出席 in every empty cell (of the given sessions, or all); leave and absences
    already entered are never overwritten. Returns the number of cells filled."""
    with refusing_stale(conflict_message()), db.session() as s:
        cls = lock_class(s, load_class(s, class_id), share=True)
        if cls.cancelled:
            raise InputRefused(
                [Problem(_("班期「{code}」已取消，無法登錄出席").format(code=cls.code))]
            )
        stored = _stored_marks(s, cls.id)
        wanted = [
            v.id for v in load_sessions(s, cls.id) if session_ids is None or v.id in session_ids
        ]
        changes = [
            MarkChange(p.enrollment_id, sid, PRESENT)
            for p in load_enrollees(s, cls.id)
            if p.status == ENROLLED
            for sid in wanted
            if sid not in stored.get(p.enrollment_id, {})
        ]
        _apply(s, cls, changes, db.user)
        return len(changes)


def set_completion(db: Database, class_id: int | str, completed: dict[int, bool]) -> int:
    """Completion marks of an online (數位) class, which credit its hours (R5)."""
    with refusing_stale(conflict_message()), db.session() as s:
        cls = lock_class(s, load_class(s, class_id), share=True)
        rows = {e.id: e for e in s.scalars(select(Enrollment).where(Enrollment.class_id == cls.id))}
        unknown = [i for i in completed if i not in rows or rows[i].status != ENROLLED]
        if unknown:
            raise InputRefused([Problem(_("只有本班期的正取人員可以登錄完成"))])
        logging = was_closed(s, cls)
        touched: set[int] = set()
        for enrollment_id, done in completed.items():
            row = rows[enrollment_id]
            if row.completed == done:
                continue
            if logging:
                old, new = (YES if row.completed else NO), (YES if done else NO)
                log(s, db.user, "enrollment", row.id, "完成", old, new)
            row.completed = done
            touched.add(enrollment_id)
        s.flush()
        if touched and cls.closed_on is not None:
            results, _missing = compute_class_credit(s, cls)
            store_credit(s, cls, results, db.user, touched)
        return len(touched)
