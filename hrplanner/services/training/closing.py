"""Closing a class (結訓): check that attendance is complete, compute every enrollee's
credit with the R5 rule, and store it (Enrollment.credit_minutes / credit_reason and
CreditByTopic rows) so that the yearly figures are a plain sum. Reopening and closing
again recomputes and records old → new in the change log; certificates whose hours no
longer match are flagged 待查 (R10). Also: marking a class's hours as registered (R11).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import cast

from sqlalchemy import Row, Table, bindparam, delete, func, insert, select
from sqlalchemy.orm import Session

from hrplanner.domain.credit import (
    CreditResult,
    Mark,
    SessionInfo,
    compute_credit,
    hours_text,
)
from hrplanner.domain.rocdate import format_roc
from hrplanner.domain.vocabulary import CERT_REVIEW, CERT_VALID, ENROLLED, ONLINE
from hrplanner.i18n import _, ngettext
from hrplanner.services.common.conflicts import refusing_stale
from hrplanner.services.common.errors import ConflictError, InputRefused, Problem
from hrplanner.services.common.wording import names, person_label
from hrplanner.services.training.views import load_class, load_sessions, lock_class, topic_ids
from hrplanner.settings import Setting, decode
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    Attendance,
    Certificate,
    ChangeLog,
    ClassSession,
    CreditByTopic,
    Employee,
    Enrollment,
    SettingValue,
)
from hrplanner.storage.models import TrainingClass as TC


@dataclass(frozen=True)
class CreditLine:
    enrollment_id: int
    employee_no: str
    name: str
    minutes: int
    by_topic: dict[str, int]
    reason: str | None


@dataclass(frozen=True)
class CreditChange:
    enrollment_id: int
    name: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class CloseResult:
    class_id: int
    code: str
    closed_on: dt.date
    lines: list[CreditLine]
    changes: list[CreditChange] = field(default_factory=list)
    flagged_certificates: int = 0


class AttendanceMissing(InputRefused):
    """結訓 refused because attendance is missing: ``people`` enrollees lack records in
    ``sessions`` distinct sessions; ``problems`` names each person and their sessions."""

    def __init__(self, problems: list[Problem], people: int, sessions: int) -> None:
        super().__init__(problems)
        self.people = people
        self.sessions = sessions

    def summary(self) -> str:
        """One line for the screen, e.g. 12 人尚有 3 場未登錄出席 (the list goes behind it)."""
        where = ngettext("{n} 場", "{n} 場", self.sessions).format(n=self.sessions)
        text = ngettext(
            "{people} 人尚有 {sessions}未登錄出席",
            "{people} 人尚有 {sessions}未登錄出席",
            self.people,
        )
        return text.format(people=self.people, sessions=where)


def log(
    s: Session, user: str, entity: str, entity_id: int, what: str, old: str | None, new: str | None
) -> None:
    s.add(ChangeLog(user=user, entity=entity, entity_id=entity_id, field=what, old=old, new=new))


def credit_text(minutes: int | None, reason: str | None) -> str | None:
    """How a stored credit reads in the change log, e.g. 4.5 小時 or 0 小時（請假逾三分之一）;
    the log holds data, so this stays Chinese whatever the language."""
    if minutes is None:
        return None
    return hours_text(minutes) + (f"（{reason}）" if reason else "")


def full_hours_policy(s: Session) -> bool:
    raw = s.get(SettingValue, Setting.CREDIT_POLICY.value)
    return bool(decode(Setting.CREDIT_POLICY, raw.value if raw else None) == "full")


def _marks(s: Session, class_id: int) -> dict[int, dict[int, Mark]]:
    """Recorded marks of the class's 正取 enrollees: enrollment id → session id → mark."""
    rows = s.execute(
        select(
            Attendance.enrollment_id,
            Attendance.session_id,
            Attendance.status,
            Attendance.leave_minutes,
        )
        .join(Enrollment, Enrollment.id == Attendance.enrollment_id)
        .where(Enrollment.class_id == class_id, Enrollment.status == ENROLLED)
    ).all()
    marks: dict[int, dict[int, Mark]] = {}
    for enrollment_id, session_id, status, leave in rows:
        marks.setdefault(enrollment_id, {})[session_id] = Mark(status, leave)
    return marks


def compute_class_credit(s: Session, cls: TC) -> tuple[dict[int, CreditResult], list[Problem]]:
    """Credit of every 正取 enrollee, or the problems (missing attendance) that prevent it."""
    results, problems, _gaps = _class_credit(s, cls)
    return results, problems


def _class_credit(s: Session, cls: TC) -> tuple[dict[int, CreditResult], list[Problem], set[int]]:
    """Credits of the enrollees whose attendance is complete, a problem naming each of the
    others and their sessions, and the numbers of the sessions with a record missing."""
    views = load_sessions(s, cls.id)
    if not views:
        problem = Problem(_("班期「{code}」沒有任何場次，無法結訓").format(code=cls.code))
        return {}, [problem], set()
    sessions = [SessionInfo(v.id, v.minutes, v.topic) for v in views]
    numbers = {v.id: v.session_no for v in views}
    marks = _marks(s, cls.id)
    online = cls.mode == ONLINE
    policy = full_hours_policy(s)
    limit = Fraction(cls.leave_limit_num, cls.leave_limit_den)
    people = s.execute(
        select(Enrollment.id, Enrollment.completed, Employee.name, Employee.employee_no)
        .join(Employee, Employee.id == Enrollment.employee_id)
        .where(Enrollment.class_id == cls.id, Enrollment.status == ENROLLED)
        .order_by(Employee.employee_no)
    ).all()
    results: dict[int, CreditResult] = {}
    problems: list[Problem] = []
    gaps: set[int] = set()
    for enrollment_id, completed, name, number in people:
        own = marks.get(enrollment_id, {})
        missing = [numbers[x.session_id] for x in sessions if x.session_id not in own]
        if missing and not online:
            text = ngettext(
                "{person}：第 {numbers} 場尚未登錄出席",
                "{person}：第 {numbers} 場尚未登錄出席",
                len(missing),
            )
            who = person_label(name, number)
            gaps.update(missing)
            problems.append(Problem(text.format(person=who, numbers=names(missing))))
            continue
        results[enrollment_id] = compute_credit(
            sessions,
            own,
            leave_limit=limit,
            full_hours_policy=policy,
            online=online,
            completed=completed,
        )
    return results, problems, gaps


def store_credit(
    s: Session,
    cls: TC,
    results: dict[int, CreditResult],
    user: str,
    only: Collection[int] | None = None,
    stored: Sequence[Row[int, int | None, str | None, str]] | None = None,
) -> tuple[list[CreditChange], int]:
    """Write credits; log every change to a credit stored before; flag certificates whose
    hours no longer match. Non-正取 rows lose any credit stored earlier.

    Everything is worked out in memory first and then written in bulk: one many-row
    UPDATE of the enrollments whose credit changed (their versions raised), one DELETE
    and one many-row INSERT of the credit by topic. The caller holds the class (closing
    claims it, attendance takes it shared), so no edit of these rows can come between."""
    topics = topic_ids(s)
    rows = stored_credit(s, cls.id) if stored is None else stored
    changes: list[CreditChange] = []
    by_topic: list[dict[str, int]] = []
    updates: list[dict[str, object]] = []
    scope: list[int] = []
    for enrollment_id, old_minutes, old_reason, name in rows:
        if only is not None and enrollment_id not in only:
            continue
        scope.append(enrollment_id)
        result = results.get(enrollment_id)
        new_minutes = result.minutes if result else None
        new_reason = result.reason if result else None
        old, new = credit_text(old_minutes, old_reason), credit_text(new_minutes, new_reason)
        if old is not None and old != new:
            log(s, user, "enrollment", enrollment_id, "學習時數", old, new)
            changes.append(CreditChange(enrollment_id, name, old, new))
        if (old_minutes, old_reason) != (new_minutes, new_reason):
            updates.append(
                {"b_id": enrollment_id, "b_minutes": new_minutes, "b_reason": new_reason}
            )
        for topic, minutes in (result.by_topic if result else {}).items():
            by_topic.append(
                {"enrollment_id": enrollment_id, "topic_id": topics[topic], "minutes": minutes}
            )
    s.flush()
    if updates:
        table = cast(Table, Enrollment.__table__)
        s.execute(
            table.update()
            .where(table.c.id == bindparam("b_id"))
            .values(
                credit_minutes=bindparam("b_minutes"),
                credit_reason=bindparam("b_reason"),
                version=table.c.version + 1,
            ),
            updates,
        )
        _expire_enrollments(s, {u["b_id"] for u in updates})
    if only is None:
        enrollments = select(Enrollment.id).where(Enrollment.class_id == cls.id)
        s.execute(delete(CreditByTopic).where(CreditByTopic.enrollment_id.in_(enrollments)))
    elif scope:
        s.execute(delete(CreditByTopic).where(CreditByTopic.enrollment_id.in_(scope)))
    if by_topic:
        s.execute(
            insert(cast(Table, CreditByTopic.__table__)), by_topic
        )  # Core: no ORM bookkeeping
    flagged = flag_certificates(s, cls.id, user, only)
    return changes, flagged


def stored_credit(s: Session, class_id: int) -> Sequence[Row[int, int | None, str | None, str]]:
    """The credit stored on each enrollment of the class, with the person's name (what
    ``store_credit`` compares with; ``stored=`` lets a caller read it before it locks)."""
    return s.execute(
        select(Enrollment.id, Enrollment.credit_minutes, Enrollment.credit_reason, Employee.name)
        .join(Employee, Employee.id == Enrollment.employee_id)
        .where(Enrollment.class_id == class_id)
    ).all()


def _expire_enrollments(s: Session, ids: set[object]) -> None:
    """Enrollments this session holds must read their new credit and version again."""
    for obj in list(s.identity_map.values()):
        if isinstance(obj, Enrollment) and obj.id in ids:
            s.expire(obj)


def _fingerprint(s: Session, class_id: int) -> tuple[object, ...]:
    """What the credit of a class is computed from, in one row: its sessions, enrollments
    and marks, counted and summed by id and version (every edit raises a version)."""
    sessions = s.execute(
        select(func.count(), func.sum(ClassSession.id), func.sum(ClassSession.version)).where(
            ClassSession.class_id == class_id
        )
    ).one()
    people = s.execute(
        select(func.count(), func.sum(Enrollment.id), func.sum(Enrollment.version)).where(
            Enrollment.class_id == class_id
        )
    ).one()
    marks = s.execute(
        select(func.count(), func.sum(Attendance.id), func.sum(Attendance.version))
        .join(Enrollment, Enrollment.id == Attendance.enrollment_id)
        .where(Enrollment.class_id == class_id)
    ).one()
    return (*sessions, *people, *marks)


def flag_certificates(
    s: Session,
    class_id: int,
    user: str,
    only: Collection[int] | None = None,
    *,
    always: bool = False,
) -> int:
    """Mark valid certificates 待查 when their hours differ from the stored credit (or, with
    ``always``, whenever the enrollee's attendance changed)."""
    rows = s.execute(
        select(Certificate, Enrollment.credit_minutes)
        .join(Enrollment, Enrollment.id == Certificate.enrollment_id)
        .where(Enrollment.class_id == class_id, Certificate.status == CERT_VALID)
    ).all()
    count = 0
    for cert, credit in rows:
        if only is not None and cert.enrollment_id not in only:
            continue
        if always or cert.minutes != (credit or 0):
            cert.status = CERT_REVIEW
            log(s, user, "certificate", cert.id, "狀態", CERT_VALID, CERT_REVIEW)
            count += 1
    s.flush()
    return count


def _closed_meanwhile(cls: TC) -> ConflictError:
    assert cls.closed_on is not None
    text = _("班期「{code}」剛由其他人結訓（{date}），這次的結訓沒有執行；畫面已重新載入。")
    return ConflictError(text.format(code=cls.code, date=format_roc(cls.closed_on)))


def _changed_meanwhile(code: str) -> str:
    text = _("班期「{code}」剛由其他人結訓或修改，這次的結訓沒有執行；請重新載入後再試。")
    return text.format(code=code)


def close_class(db: Database, class_id_or_code: int | str, today: dt.date) -> CloseResult:
    """結訓: refuse while attendance is missing (naming who and which sessions), else
    compute and store every enrollee's credit and set the closing date.

    The credit is worked out first, with nothing locked. Then the class is claimed (its
    row locked on PostgreSQL and its version raised, which on SQLite takes the write
    lock): a second officer closing the same class waits and is told it was closed
    meanwhile (ConflictError). If a session, an enrollment or a mark was saved between
    the reading and the claim (their counts and versions differ), the credit is worked
    out again under the claim. Then it is written in bulk (``store_credit``): a
    4,000-person, 5-session class holds the write lock for about 0.2 s
    (benchmarks/close_lock_bench.py)."""
    with db.session() as s:
        code = load_class(s, class_id_or_code).code
    with refusing_stale(_changed_meanwhile(code)), db.session() as s:
        cls = load_class(s, class_id_or_code)
        if cls.cancelled:
            raise InputRefused([Problem(_("班期「{code}」已取消，無法結訓").format(code=cls.code))])
        if cls.closed_on is not None:
            text = _("班期「{code}」已於 {date} 結訓；如需重新計算請先重新開啟")
            raise InputRefused(
                [Problem(text.format(code=cls.code, date=format_roc(cls.closed_on)))]
            )
        if cls.end_date is not None and today < cls.end_date:
            text = _("班期「{code}」最後一場在 {date}，尚未結束，無法結訓")
            raise InputRefused([Problem(text.format(code=cls.code, date=format_roc(cls.end_date)))])
        # Worked out before anything is locked: nobody waits for the arithmetic.
        results, problems, gaps = _class_credit(s, cls)
        if problems and gaps:
            raise AttendanceMissing(problems, len(problems), len(gaps))
        if problems:
            raise InputRefused(problems)
        stored = stored_credit(s, cls.id)
        read = _fingerprint(s, cls.id)
        cls = lock_class(s, cls)  # PostgreSQL: another officer closing it goes first
        if cls.closed_on is not None:
            raise _closed_meanwhile(cls)
        cls.closed_on = today
        s.flush()  # the claim: version checked; on SQLite the write lock from here on
        if _fingerprint(s, cls.id) != read:  # marks saved meanwhile: count them too
            results, problems = compute_class_credit(s, cls)
            if problems:
                raise InputRefused(problems)
            stored = stored_credit(s, cls.id)
        changes, flagged = store_credit(s, cls, results, db.user, stored=stored)
        log(s, db.user, "training_class", cls.id, "結訓日期", None, format_roc(today))
        s.flush()
        closed_id, closed_code = cls.id, cls.code
    # Who is who, for the summary, read after the commit: nobody waits for it.
    with db.session() as s:
        people = {
            eid: (number, name)
            for eid, number, name in s.execute(
                select(Enrollment.id, Employee.employee_no, Employee.name)
                .join(Employee, Employee.id == Enrollment.employee_id)
                .where(Enrollment.class_id == closed_id)
            )
        }
    lines = [
        CreditLine(eid, *people[eid], r.minutes, dict(r.by_topic), r.reason)
        for eid, r in results.items()
    ]
    lines.sort(key=lambda line: line.employee_no)
    return CloseResult(closed_id, closed_code, today, lines, changes, flagged)


def reopen_class(db: Database, class_id_or_code: int | str) -> None:
    """Reopen a closed class so attendance can be corrected; the stored credit stays until
    the class is closed again (the ledger counts closed classes only). A registration on
    the portal is cleared: the hours will have to be registered again."""
    with refusing_stale(), db.session() as s:
        cls = lock_class(s, load_class(s, class_id_or_code))
        if cls.closed_on is None:
            text = _("班期「{code}」尚未結訓，不需重新開啟").format(code=cls.code)
            raise InputRefused([Problem(text)])
        log(s, db.user, "training_class", cls.id, "結訓日期", format_roc(cls.closed_on), None)
        if cls.registered_on is not None:
            log(
                s,
                db.user,
                "training_class",
                cls.id,
                "時數登錄日期",
                format_roc(cls.registered_on),
                None,
            )
        cls.closed_on = None
        cls.registered_on = None
        s.flush()


def mark_registered(db: Database, class_id_or_code: int | str, on: dt.date) -> str:
    """Record that the class's hours were registered on the lifelong-learning portal (R11).
    Returns the class code."""
    with db.session() as s:
        cls = load_class(s, class_id_or_code)
        if cls.closed_on is None:
            text = _("班期「{code}」尚未結訓，無法登錄時數").format(code=cls.code)
            raise InputRefused([Problem(text)])
        if cls.end_date is not None and on < cls.end_date:
            text = _("登錄日期 {date} 早於班期結束日期 {end}").format(
                date=format_roc(on), end=format_roc(cls.end_date)
            )
            raise InputRefused([Problem(text)])
        old = format_roc(cls.registered_on) if cls.registered_on else None
        cls.registered_on = on
        log(s, db.user, "training_class", cls.id, "時數登錄日期", old, format_roc(on))
        s.flush()
        return cls.code


def mark_registered_many(db: Database, classes: Collection[int | str], on: dt.date) -> list[str]:
    """``mark_registered`` for several classes (ids or codes) in one write: refuses,
    changing nothing, if any of them is not closed or ended after ``on``, naming each.
    Returns the codes."""
    ids = {c for c in classes if isinstance(c, int)}
    codes = {c for c in classes if isinstance(c, str)}
    with db.session() as s:
        rows = list(
            s.scalars(select(TC).where(TC.id.in_(ids) | TC.code.in_(codes)).order_by(TC.code))
        )
        found = {c.id for c in rows} | {c.code for c in rows}
        missing = [str(c) for c in classes if c not in found]
        if missing:
            text = _("找不到班期「{code}」").format(code=names(missing))
            raise InputRefused([Problem(text)])
        problems = []
        for cls in rows:
            if cls.closed_on is None:
                text = _("班期「{code}」尚未結訓，無法登錄時數").format(code=cls.code)
                problems.append(Problem(text))
            elif cls.end_date is not None and on < cls.end_date:
                text = _("登錄日期 {date} 早於班期「{code}」的結束日期 {end}").format(
                    date=format_roc(on), code=cls.code, end=format_roc(cls.end_date)
                )
                problems.append(Problem(text))
        if problems:
            raise InputRefused(problems)
        for cls in rows:
            old = format_roc(cls.registered_on) if cls.registered_on else None
            cls.registered_on = on
            log(s, db.user, "training_class", cls.id, "時數登錄日期", old, format_roc(on))
        s.flush()
        return [cls.code for cls in rows]
