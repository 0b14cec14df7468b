"""Training classes and their sessions (SPEC R3): create, edit, copy from last year, cancel,
list a year with the status derived from today, and open one class with its sessions and
enrollees. ``save_class`` stores a whole class editor (fields and every session) at once.

Every public function is one unit of work and returns plain dataclasses. ``start_date`` and
``end_date`` of a class are kept in step with its sessions here, because the annual ledger
counts hours in the year the class ends.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from hrplanner.domain.credit import validate_leave_limit
from hrplanner.domain.hours import minutes_between
from hrplanner.services.errors import ConflictError, InputRefused, Problem
from hrplanner.services.training_views import (
    ClassSummary,
    EnrolleeView,
    SessionView,
    class_summaries,
    load_class,
    load_enrollees,
    load_sessions,
    sync_class_dates,
    topic_ids,
)
from hrplanner.storage.database import Database
from hrplanner.storage.models import Attendance, ClassCategory, ClassSession, Enrollment
from hrplanner.storage.models import TrainingClass as TC

ORGANIZING = ("自辦", "委辦", "薦送")
MODES = ("實體", "數位", "混成")


@dataclass(frozen=True)
class ClassInput:
    code: str
    title: str
    category: str | None = None
    organizing: str = "自辦"
    mode: str = "實體"
    organizer: str | None = None
    location: str | None = None
    instructor: str | None = None
    capacity: int | None = None
    registration_deadline: dt.date | None = None
    leave_limit: Fraction = Fraction(1, 3)
    portal_code: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class SessionInput:
    date: dt.date
    topic: str
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    # Explicit hours in minutes; None takes them from the time span (R3).
    minutes: int | None = None
    meal_served: bool = False
    session_no: int | None = None  # None: the next number
    # For ``save_class``: the stored session this row edits; None adds a new one.
    id: int | None = None


@dataclass(frozen=True)
class ClassDetail:
    summary: ClassSummary
    organizer: str | None
    location: str | None
    instructor: str | None
    registration_deadline: dt.date | None
    leave_limit: Fraction
    portal_code: str | None
    note: str | None
    closed_on: dt.date | None
    registered_on: dt.date | None
    cancelled: bool
    sessions: list[SessionView] = field(default_factory=list)
    enrollees: list[EnrolleeView] = field(default_factory=list)


def _check_input(session: Session, data: ClassInput, own_id: int | None) -> list[Problem]:
    problems: list[Problem] = []
    code = data.code.strip()
    if not code:
        problems.append(Problem("班期代碼不可空白", column="班期代碼"))
    else:
        other = session.scalar(select(TC.id).where(TC.code == code))
        if other is not None and other != own_id:
            problems.append(Problem(f"班期代碼「{code}」已存在", column="班期代碼"))
    if not data.title.strip():
        problems.append(Problem("課程名稱不可空白", column="課程名稱"))
    if data.organizing not in ORGANIZING:
        problems.append(Problem(f"辦理方式只能是{'、'.join(ORGANIZING)}", column="辦理方式"))
    if data.mode not in MODES:
        problems.append(Problem(f"學習性質只能是{'、'.join(MODES)}", column="學習性質"))
    if data.capacity is not None and data.capacity < 0:
        problems.append(Problem("名額不可為負數", column="名額"))
    try:
        validate_leave_limit(Fraction(data.leave_limit))
    except ValueError as exc:
        problems.append(Problem(str(exc), column="請假上限"))
    if data.category and _category_id(session, data.category) is None:
        problems.append(Problem(f"類別「{data.category}」不在清單中", column="類別"))
    return problems


def _category_id(session: Session, name: str) -> int | None:
    return session.scalar(select(ClassCategory.id).where(ClassCategory.name == name))


def _apply(session: Session, cls: TC, data: ClassInput) -> None:
    limit = Fraction(data.leave_limit)
    cls.code = data.code.strip()
    cls.title = data.title.strip()
    cls.category_id = _category_id(session, data.category) if data.category else None
    cls.organizing, cls.mode = data.organizing, data.mode
    cls.organizer, cls.location, cls.instructor = data.organizer, data.location, data.instructor
    cls.capacity = data.capacity
    cls.registration_deadline = data.registration_deadline
    cls.leave_limit_num, cls.leave_limit_den = limit.numerator, limit.denominator
    cls.portal_code, cls.note = data.portal_code, data.note


def create_class(
    db: Database, data: ClassInput, sessions: Sequence[SessionInput] = ()
) -> ClassDetail:
    """A new class with its sessions; refuses a duplicate code or bad values."""
    with db.session() as s:
        problems = _check_input(s, data, None)
        if problems:
            raise InputRefused(problems)
        cls = TC(cancelled=False)
        _apply(s, cls, data)
        s.add(cls)
        s.flush()
        for item in sessions:
            _add_session(s, cls, item)
        sync_class_dates(s, cls)
        return _detail(s, cls.id)


def update_class(
    db: Database, class_id: int, data: ClassInput, *, expected_version: int | None = None
) -> ClassDetail:
    """Edit a class's fields; ConflictError when someone else saved it meanwhile."""
    with db.session() as s:
        cls = load_class(s, class_id)
        if expected_version is not None and cls.version != expected_version:
            raise ConflictError(f"班期「{cls.code}」已被其他人修改，請重新開啟後再編輯")
        problems = _check_input(s, data, cls.id)
        if problems:
            raise InputRefused(problems)
        _apply(s, cls, data)
        s.flush()
        return _detail(s, cls.id)


def _session_minutes(item: SessionInput) -> int:
    if item.minutes is not None:
        if item.minutes <= 0:
            raise InputRefused([Problem("場次時數須大於 0", column="時數")])
        return item.minutes
    if item.start_time is None or item.end_time is None:
        raise InputRefused([Problem("請填寫場次時數，或開始與結束時間", column="時數")])
    try:
        return minutes_between(item.start_time, item.end_time)
    except ValueError as exc:
        raise InputRefused([Problem(str(exc), column="結束時間")]) from exc


def _add_session(s: Session, cls: TC, item: SessionInput) -> ClassSession:
    topic_id = topic_ids(s).get(item.topic)
    if topic_id is None:
        raise InputRefused([Problem(f"學習類別「{item.topic}」不在清單中", column="學習類別")])
    number = item.session_no
    if number is None:
        last = s.scalar(
            select(func.max(ClassSession.session_no)).where(ClassSession.class_id == cls.id)
        )
        number = (last or 0) + 1
    elif s.scalar(
        select(ClassSession.id).where(
            ClassSession.class_id == cls.id, ClassSession.session_no == number
        )
    ):
        raise InputRefused([Problem(f"第 {number} 場已存在", column="場次")])
    row = ClassSession(
        class_id=cls.id,
        session_no=number,
        date=item.date,
        start_time=item.start_time,
        end_time=item.end_time,
        minutes=_session_minutes(item),
        topic_id=topic_id,
        meal_served=item.meal_served,
    )
    s.add(row)
    s.flush()
    return row


def _refuse_if_closed(cls: TC) -> None:
    if cls.closed_on is not None:
        raise InputRefused([Problem(f"班期「{cls.code}」已結訓，請先重新開啟再修改場次")])


def add_session(db: Database, class_id: int, item: SessionInput) -> SessionView:
    with db.session() as s:
        cls = load_class(s, class_id)
        _refuse_if_closed(cls)
        row = _add_session(s, cls, item)
        sync_class_dates(s, cls)
        return next(v for v in load_sessions(s, cls.id) if v.id == row.id)


def update_session(db: Database, session_id: int, item: SessionInput) -> SessionView:
    """Edit a session; leave already recorded must still fit in the new hours."""
    with db.session() as s:
        row = s.get(ClassSession, session_id)
        if row is None:
            raise InputRefused([Problem("找不到該場次")])
        cls = load_class(s, row.class_id)
        _refuse_if_closed(cls)
        topic_id = topic_ids(s).get(item.topic)
        if topic_id is None:
            raise InputRefused([Problem(f"學習類別「{item.topic}」不在清單中", column="學習類別")])
        minutes = _session_minutes(item)
        longest = s.scalar(
            select(func.max(Attendance.leave_minutes)).where(Attendance.session_id == row.id)
        )
        if longest and longest > minutes:
            raise InputRefused([Problem("已登錄的請假時數超過新的場次時數，請先修改出席紀錄")])
        if item.session_no is not None and item.session_no != row.session_no:
            if s.scalar(
                select(ClassSession.id).where(
                    ClassSession.class_id == cls.id, ClassSession.session_no == item.session_no
                )
            ):
                raise InputRefused([Problem(f"第 {item.session_no} 場已存在", column="場次")])
            row.session_no = item.session_no
        row.date, row.start_time, row.end_time = item.date, item.start_time, item.end_time
        row.minutes, row.topic_id, row.meal_served = minutes, topic_id, item.meal_served
        s.flush()
        sync_class_dates(s, cls)
        return next(v for v in load_sessions(s, cls.id) if v.id == row.id)


def delete_session(db: Database, session_id: int) -> None:
    """Remove a session that has no attendance yet (recorded attendance is never dropped
    silently)."""
    with db.session() as s:
        row = s.get(ClassSession, session_id)
        if row is None:
            raise InputRefused([Problem("找不到該場次")])
        cls = load_class(s, row.class_id)
        _refuse_if_closed(cls)
        if s.scalar(select(func.count()).where(Attendance.session_id == row.id)):
            raise InputRefused([Problem(f"第 {row.session_no} 場已有出席紀錄，無法刪除")])
        s.delete(row)
        s.flush()
        s.refresh(cls)
        sync_class_dates(s, cls)


def _shift_year(d: dt.date) -> dt.date:
    try:
        return d.replace(year=d.year + 1)
    except ValueError:  # 29 February
        return d.replace(year=d.year + 1, day=28)


def copy_class(db: Database, class_id: int, new_code: str) -> ClassDetail:
    """Next year's edition of a class: same fields and sessions, dates one year later,
    no enrollments."""
    with db.session() as s:
        old = load_class(s, class_id)
        code = new_code.strip()
        if not code:
            raise InputRefused([Problem("請輸入新的班期代碼", column="班期代碼")])
        if s.scalar(select(TC.id).where(TC.code == code)):
            raise InputRefused([Problem(f"班期代碼「{code}」已存在", column="班期代碼")])
        new = TC(
            code=code,
            title=old.title,
            category_id=old.category_id,
            organizing=old.organizing,
            mode=old.mode,
            organizer=old.organizer,
            location=old.location,
            instructor=old.instructor,
            capacity=old.capacity,
            registration_deadline=(
                _shift_year(old.registration_deadline) if old.registration_deadline else None
            ),
            leave_limit_num=old.leave_limit_num,
            leave_limit_den=old.leave_limit_den,
            portal_code=old.portal_code,
            note=old.note,
            cancelled=False,
        )
        s.add(new)
        s.flush()
        for sess in old.sessions:
            s.add(
                ClassSession(
                    class_id=new.id,
                    session_no=sess.session_no,
                    date=_shift_year(sess.date),
                    start_time=sess.start_time,
                    end_time=sess.end_time,
                    minutes=sess.minutes,
                    topic_id=sess.topic_id,
                    meal_served=sess.meal_served,
                )
            )
        s.flush()
        sync_class_dates(s, new)
        return _detail(s, new.id)


def cancel_class(db: Database, class_id: int, cancelled: bool = True) -> ClassDetail:
    """Cancel (or restore) a class; a closed class cannot be cancelled."""
    with db.session() as s:
        cls = load_class(s, class_id)
        if cancelled and cls.closed_on is not None:
            raise InputRefused([Problem(f"班期「{cls.code}」已結訓，無法取消")])
        cls.cancelled = cancelled
        s.flush()
        return _detail(s, cls.id)


def delete_class(db: Database, class_id: int) -> None:
    """Delete a class nobody has enrolled in (e.g. created by mistake); a class with
    enrollments is cancelled instead, so that its history stays."""
    with db.session() as s:
        cls = load_class(s, class_id)
        if s.scalar(select(func.count()).where(Enrollment.class_id == cls.id)):
            raise InputRefused([Problem(f"班期「{cls.code}」已有人報名，無法刪除；請改為取消班期")])
        s.delete(cls)
        s.flush()


def list_classes(
    db: Database, year: int | None, today: dt.date, search: str | None = None
) -> list[ClassSummary]:
    """Classes ending in ``year`` (Gregorian; None = all years), newest first. Classes with
    no session yet have no year and are listed in every year, so a new class never hides.
    ``search`` matches part of the code or the title."""
    with db.session() as s:
        query = select(TC)
        if year is not None:
            first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
            query = query.where(or_(TC.end_date.between(first, last), TC.end_date.is_(None)))
        if search and search.strip():
            pattern = f"%{search.strip()}%"
            query = query.where(or_(TC.code.ilike(pattern), TC.title.ilike(pattern)))
        query = query.order_by(TC.start_date.desc().nulls_first(), TC.code)
        return class_summaries(s, s.scalars(query).all(), today)


def _detail(s: Session, class_id: int, today: dt.date | None = None) -> ClassDetail:
    cls = load_class(s, class_id)
    summary = class_summaries(s, [cls], today or dt.date.today())[0]
    return ClassDetail(
        summary=summary,
        organizer=cls.organizer,
        location=cls.location,
        instructor=cls.instructor,
        registration_deadline=cls.registration_deadline,
        leave_limit=Fraction(cls.leave_limit_num, cls.leave_limit_den),
        portal_code=cls.portal_code,
        note=cls.note,
        closed_on=cls.closed_on,
        registered_on=cls.registered_on,
        cancelled=cls.cancelled,
        sessions=load_sessions(s, cls.id),
        enrollees=load_enrollees(s, cls.id),
    )


def open_class(db: Database, class_id: int | str, today: dt.date | None = None) -> ClassDetail:
    """One class with its sessions and every enrollee (a handful of set-based queries)."""
    with db.session() as s:
        cls = load_class(s, class_id)
        return _detail(s, cls.id, today)


# --- the class editor: fields and sessions in one unit of work ------------------------------


@dataclass
class _Planned:
    item: SessionInput
    number: int
    minutes: int
    topic_id: int
    row: ClassSession | None  # the stored session it edits, None for a new one


def _session_values(
    item: SessionInput, where: str, topics: dict[str, int], problems: list[Problem]
) -> tuple[int | None, int | None]:
    """(minutes, topic id) of one editor row; every problem is added with ``where``."""
    topic_id = topics.get(item.topic)
    if topic_id is None:
        problems.append(Problem(f"{where}：學習類別「{item.topic}」不在清單中", column="學習類別"))
    try:
        minutes: int | None = _session_minutes(item)
    except InputRefused as exc:
        problems.extend(Problem(f"{where}：{p.message}", column=p.column) for p in exc.problems)
        minutes = None
    return minutes, topic_id


def _session_changed(row: ClassSession, plan: _Planned) -> bool:
    item = plan.item
    return (row.session_no, row.date, row.start_time, row.end_time) != (
        plan.number,
        item.date,
        item.start_time,
        item.end_time,
    ) or (row.minutes, row.topic_id, row.meal_served) != (
        plan.minutes,
        plan.topic_id,
        item.meal_served,
    )


def _plan_sessions(
    s: Session, cls: TC | None, sessions: Sequence[SessionInput], problems: list[Problem]
) -> tuple[list[_Planned], list[ClassSession]]:
    """Check every row against the stored sessions: (rows to write, sessions to delete)."""
    stored = {row.id: row for row in cls.sessions} if cls is not None else {}
    topics = topic_ids(s)
    planned: list[_Planned] = []
    seen: set[int] = set()
    # Numbers: explicit ones first; an existing row keeps its own; new rows follow the last.
    numbers = [i.session_no or (stored[i.id].session_no if i.id in stored else 0) for i in sessions]
    following = max(numbers, default=0)
    for position, item in enumerate(sessions, start=1):
        where = f"第 {position} 場"
        row = None
        if item.id is not None:
            row = stored.get(item.id)
            if row is None or item.id in seen:
                problems.append(Problem(f"{where}：找不到該場次（可能已被刪除）", column="場次"))
                continue
            seen.add(item.id)
        number = numbers[position - 1]
        if number <= 0:
            following += 1
            number = following
        minutes, topic_id = _session_values(item, where, topics, problems)
        if minutes is None or topic_id is None:
            continue
        planned.append(_Planned(item, number, minutes, topic_id, row))
    counts: dict[int, int] = {}
    for plan in planned:
        counts[plan.number] = counts.get(plan.number, 0) + 1
    for number in sorted(n for n, c in counts.items() if c > 1):
        problems.append(Problem(f"場次編號 {number} 重複", column="場次"))
    removed = [row for sid, row in stored.items() if sid not in seen]
    _check_recorded(s, planned, removed, problems)
    closed = cls is not None and cls.closed_on is not None
    if closed and (removed or any(p.row is None or _session_changed(p.row, p) for p in planned)):
        assert cls is not None
        problems.append(Problem(f"班期「{cls.code}」已結訓，請先重新開啟再修改場次"))
    return planned, removed


def _check_recorded(
    s: Session, planned: list[_Planned], removed: list[ClassSession], problems: list[Problem]
) -> None:
    """Recorded attendance is never dropped silently: a session holding some cannot go,
    and leave already recorded must still fit in a session's new hours."""
    ids = [r.id for r in removed] + [p.row.id for p in planned if p.row is not None]
    if not ids:
        return
    recorded = dict(
        s.execute(
            select(Attendance.session_id, func.max(Attendance.leave_minutes))
            .where(Attendance.session_id.in_(ids))
            .group_by(Attendance.session_id)
        ).all()
    )
    for row in removed:
        if row.id in recorded:
            problems.append(Problem(f"第 {row.session_no} 場已有出席紀錄，無法刪除", column="場次"))
    for position, plan in enumerate(planned, start=1):
        longest = recorded.get(plan.row.id) if plan.row is not None else None
        if longest and longest > plan.minutes:
            problems.append(
                Problem(
                    f"第 {position} 場：已登錄的請假時數超過新的場次時數，請先修改出席紀錄",
                    column="時數",
                )
            )


def _write_sessions(
    s: Session, cls: TC, planned: list[_Planned], removed: list[ClassSession]
) -> None:
    for row in removed:
        cls.sessions.remove(row)  # delete-orphan
    s.flush()
    kept = [p for p in planned if p.row is not None]
    if any(p.row is not None and p.row.session_no != p.number for p in kept):
        # Renumbering passes through free numbers so that two rows never collide on the
        # (class, session number) unique key, whatever order the database updates them in.
        for offset, plan in enumerate(kept, start=1):
            assert plan.row is not None
            plan.row.session_no = -offset
        s.flush()
    for plan in planned:
        item = plan.item
        row = plan.row if plan.row is not None else ClassSession(class_id=cls.id)
        if plan.row is None:
            s.add(row)
        row.session_no, row.date = plan.number, item.date
        row.start_time, row.end_time = item.start_time, item.end_time
        row.minutes, row.topic_id, row.meal_served = plan.minutes, plan.topic_id, item.meal_served
    s.flush()


def save_class(
    db: Database,
    class_id: int | None,
    data: ClassInput,
    sessions: Sequence[SessionInput],
    *,
    expected_version: int | None = None,
    today: dt.date | None = None,
) -> ClassDetail:
    """Store a class editor in one unit of work: create (``class_id`` None) or update the
    class, and make its sessions exactly ``sessions`` — rows with an ``id`` edit that
    session, rows without one are added, stored sessions not listed are deleted.

    Everything is checked first and InputRefused lists every problem; a refused save leaves
    the class and its sessions as they were. ConflictError when someone else saved the
    class meanwhile. A closed class keeps its sessions (its fields may still be edited).
    """
    with db.session() as s:
        cls: TC | None = None
        if class_id is not None:
            cls = load_class(s, class_id)
            if expected_version is not None and cls.version != expected_version:
                raise ConflictError(f"班期「{cls.code}」已被其他人修改，請重新開啟後再編輯")
        problems = _check_input(s, data, class_id)
        planned, removed = _plan_sessions(s, cls, sessions, problems)
        if problems:
            raise InputRefused(problems)
        if cls is None:
            cls = TC(cancelled=False)
            s.add(cls)
        _apply(s, cls, data)
        s.flush()
        _write_sessions(s, cls, planned, removed)
        s.refresh(cls)
        sync_class_dates(s, cls)
        return _detail(s, cls.id, today)
