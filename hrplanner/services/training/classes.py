"""Training classes and their sessions (SPEC R3): create, edit, copy from last year, cancel,
list a year with the status derived from today, and open one class with its sessions and
enrollees. ``services.class_save.save_class`` stores a whole class editor at once, with
``check_input``, ``apply_input``, ``session_minutes`` and ``class_detail`` from here.

Every public function is one unit of work and returns plain dataclasses. ``start_date`` and
``end_date`` of a class are kept in step with its sessions here, because the annual ledger
counts hours in the year the class ends.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from hrplanner.domain import plausibility
from hrplanner.domain.credit import validate_leave_limit
from hrplanner.domain.hours import minutes_between
from hrplanner.domain.vocabulary import DELIVERY_MODES, IN_PERSON, ORGANIZING_TYPES, RUN_HERE
from hrplanner.i18n import _
from hrplanner.services.common.conflicts import refusing_stale
from hrplanner.services.common.errors import ConflictError, InputRefused, Problem
from hrplanner.services.common.wording import names
from hrplanner.services.training.views import (
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

# ui/training/class_dialog.py fills its choices from these names; they are the vocabulary's.
ORGANIZING, MODES = ORGANIZING_TYPES, DELIVERY_MODES


@dataclass(frozen=True)
class ClassInput:
    code: str
    title: str
    category: str | None = None
    organizing: str = RUN_HERE
    mode: str = IN_PERSON
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


def check_input(session: Session, data: ClassInput, own_id: int | None) -> list[Problem]:
    problems: list[Problem] = []
    code = data.code.strip()
    if not code:
        problems.append(Problem(_("班期代碼不可空白"), column="班期代碼"))
    else:
        other = session.scalar(select(TC.id).where(TC.code == code))
        if other is not None and other != own_id:
            text = _("班期代碼「{code}」已存在").format(code=code)
            problems.append(Problem(text, column="班期代碼"))
    if not data.title.strip():
        problems.append(Problem(_("課程名稱不可空白"), column="課程名稱"))
    if data.organizing not in ORGANIZING_TYPES:
        text = _("辦理方式只能是{choices}").format(choices=names(ORGANIZING_TYPES))
        problems.append(Problem(text, column="辦理方式"))
    if data.mode not in DELIVERY_MODES:
        text = _("學習性質只能是{choices}").format(choices=names(DELIVERY_MODES))
        problems.append(Problem(text, column="學習性質"))
    if data.capacity is not None and data.capacity < 0:
        problems.append(Problem(_("名額不可為負數"), column="名額"))
    try:
        validate_leave_limit(Fraction(data.leave_limit))
    except ValueError as exc:
        problems.append(Problem(str(exc), column="請假上限"))
    if data.category and _category_id(session, data.category) is None:
        text = _("類別「{category}」不在清單中").format(category=data.category)
        problems.append(Problem(text, column="類別"))
    if data.registration_deadline is not None:
        problem = plausibility.date_problem(
            plausibility.CLASS_DATE, _("報名截止日"), data.registration_deadline, dt.date.today()
        )
        if problem is not None:
            problems.append(Problem(problem, column="報名截止日"))
    return problems


def _category_id(session: Session, name: str) -> int | None:
    return session.scalar(select(ClassCategory.id).where(ClassCategory.name == name))


def apply_input(session: Session, cls: TC, data: ClassInput) -> None:
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


def class_conflict() -> str:
    """A class or one of its sessions saved by someone else between our read and write."""
    return _("班期資料已被其他人修改，您的修改沒有儲存；請重新開啟後再編輯。")


def create_class(
    db: Database, data: ClassInput, sessions: Sequence[SessionInput] = ()
) -> ClassDetail:
    """A new class with its sessions; refuses a duplicate code or bad values."""
    with refusing_stale(class_conflict()), db.session() as s:
        problems = check_input(s, data, None)
        if problems:
            raise InputRefused(problems)
        cls = TC(cancelled=False)
        apply_input(s, cls, data)
        s.add(cls)
        s.flush()
        for item in sessions:
            _add_session(s, cls, item)
        sync_class_dates(s, cls)
        return class_detail(s, cls.id)


def update_class(
    db: Database, class_id: int, data: ClassInput, *, expected_version: int | None = None
) -> ClassDetail:
    """Edit a class's fields; ConflictError when someone else saved it meanwhile."""
    with refusing_stale(class_conflict()), db.session() as s:
        cls = load_class(s, class_id)
        if expected_version is not None and cls.version != expected_version:
            raise ConflictError(
                _("班期「{code}」已被其他人修改，請重新開啟後再編輯").format(code=cls.code)
            )
        problems = check_input(s, data, cls.id)
        if problems:
            raise InputRefused(problems)
        apply_input(s, cls, data)
        s.flush()
        return class_detail(s, cls.id)


def session_minutes(item: SessionInput, today: dt.date | None = None) -> int:
    """The session's minutes (given, else from its times); refused when implausible
    (``domain.plausibility``: hours beyond the time span, a date far from ``today``)."""
    if item.date is not None:
        problem = plausibility.date_problem(
            plausibility.CLASS_DATE, _("日期"), item.date, today or dt.date.today()
        )
        if problem is not None:
            raise InputRefused([Problem(problem, column="日期")])
    if item.minutes is not None:
        if item.minutes <= 0:
            raise InputRefused([Problem(_("場次時數須大於 0"), column="時數")])
        problem = plausibility.session_minutes_problem(item.minutes, item.start_time, item.end_time)
        if problem is not None:
            raise InputRefused([Problem(problem, column="時數")])
        return item.minutes
    if item.start_time is None or item.end_time is None:
        raise InputRefused([Problem(_("請填寫場次時數，或開始與結束時間"), column="時數")])
    try:
        return minutes_between(item.start_time, item.end_time)
    except ValueError as exc:
        raise InputRefused([Problem(str(exc), column="結束時間")]) from exc


def _unknown_topic(topic: str) -> InputRefused:
    text = _("學習類別「{topic}」不在清單中").format(topic=topic)
    return InputRefused([Problem(text, column="學習類別")])


def _taken_number(number: int) -> InputRefused:
    return InputRefused([Problem(_("第 {number} 場已存在").format(number=number), column="場次")])


def _add_session(s: Session, cls: TC, item: SessionInput) -> ClassSession:
    topic_id = topic_ids(s).get(item.topic)
    if topic_id is None:
        raise _unknown_topic(item.topic)
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
        raise _taken_number(number)
    row = ClassSession(
        class_id=cls.id,
        session_no=number,
        date=item.date,
        start_time=item.start_time,
        end_time=item.end_time,
        minutes=session_minutes(item),
        topic_id=topic_id,
        meal_served=item.meal_served,
    )
    s.add(row)
    s.flush()
    return row


def _refuse_if_closed(cls: TC) -> None:
    if cls.closed_on is not None:
        text = _("班期「{code}」已結訓，請先重新開啟再修改場次").format(code=cls.code)
        raise InputRefused([Problem(text)])


def add_session(db: Database, class_id: int, item: SessionInput) -> SessionView:
    with refusing_stale(class_conflict()), db.session() as s:
        cls = load_class(s, class_id)
        _refuse_if_closed(cls)
        row = _add_session(s, cls, item)
        sync_class_dates(s, cls)
        return next(v for v in load_sessions(s, cls.id) if v.id == row.id)


def update_session(db: Database, session_id: int, item: SessionInput) -> SessionView:
    """Edit a session; leave already recorded must still fit in the new hours."""
    with refusing_stale(class_conflict()), db.session() as s:
        row = s.get(ClassSession, session_id)
        if row is None:
            raise InputRefused([Problem(_("找不到該場次"))])
        cls = load_class(s, row.class_id)
        _refuse_if_closed(cls)
        topic_id = topic_ids(s).get(item.topic)
        if topic_id is None:
            raise _unknown_topic(item.topic)
        minutes = session_minutes(item)
        longest = s.scalar(
            select(func.max(Attendance.leave_minutes)).where(Attendance.session_id == row.id)
        )
        if longest and longest > minutes:
            text = _("已登錄的請假時數超過新的場次時數，請先修改出席紀錄")
            raise InputRefused([Problem(text)])
        if item.session_no is not None and item.session_no != row.session_no:
            if s.scalar(
                select(ClassSession.id).where(
                    ClassSession.class_id == cls.id, ClassSession.session_no == item.session_no
                )
            ):
                raise _taken_number(item.session_no)
            row.session_no = item.session_no
        row.date, row.start_time, row.end_time = item.date, item.start_time, item.end_time
        row.minutes, row.topic_id, row.meal_served = minutes, topic_id, item.meal_served
        s.flush()
        sync_class_dates(s, cls)
        return next(v for v in load_sessions(s, cls.id) if v.id == row.id)


def delete_session(db: Database, session_id: int) -> None:
    """Remove a session that has no attendance yet (recorded attendance is never dropped
    silently)."""
    with refusing_stale(class_conflict()), db.session() as s:
        row = s.get(ClassSession, session_id)
        if row is None:
            raise InputRefused([Problem(_("找不到該場次"))])
        cls = load_class(s, row.class_id)
        _refuse_if_closed(cls)
        if s.scalar(select(func.count()).where(Attendance.session_id == row.id)):
            text = _("第 {number} 場已有出席紀錄，無法刪除").format(number=row.session_no)
            raise InputRefused([Problem(text)])
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
            raise InputRefused([Problem(_("請輸入新的班期代碼"), column="班期代碼")])
        if s.scalar(select(TC.id).where(TC.code == code)):
            text = _("班期代碼「{code}」已存在").format(code=code)
            raise InputRefused([Problem(text, column="班期代碼")])
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
        return class_detail(s, new.id)


def cancel_class(db: Database, class_id: int, cancelled: bool = True) -> ClassDetail:
    """Cancel (or restore) a class; a closed class cannot be cancelled."""
    with refusing_stale(class_conflict()), db.session() as s:
        cls = load_class(s, class_id)
        if cancelled and cls.closed_on is not None:
            raise InputRefused([Problem(_("班期「{code}」已結訓，無法取消").format(code=cls.code))])
        cls.cancelled = cancelled
        s.flush()
        return class_detail(s, cls.id)


def delete_class(db: Database, class_id: int) -> None:
    """Delete a class nobody has enrolled in (e.g. created by mistake); a class with
    enrollments is cancelled instead, so that its history stays."""
    with refusing_stale(class_conflict()), db.session() as s:
        cls = load_class(s, class_id)
        if s.scalar(select(func.count()).where(Enrollment.class_id == cls.id)):
            text = _("班期「{code}」已有人報名，無法刪除；請改為取消班期").format(code=cls.code)
            raise InputRefused([Problem(text)])
        s.delete(cls)
        s.flush()


def list_classes(
    db: Database,
    year: int | None,
    today: dt.date,
    search: str | None = None,
    codes: Collection[str] | None = None,
) -> list[ClassSummary]:
    """Classes ending in ``year`` (Gregorian; None = all years), newest first. Classes with
    no session yet have no year and are listed in every year, so a new class never hides.
    ``search`` matches part of the code or the title; ``codes`` keeps only those classes
    (the home page's views: registration due, this week, certificates to issue)."""
    with db.session() as s:
        query = select(TC)
        if codes is not None:
            query = query.where(TC.code.in_(list(codes)))
        if year is not None:
            first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
            query = query.where(or_(TC.end_date.between(first, last), TC.end_date.is_(None)))
        if search and search.strip():
            pattern = f"%{search.strip()}%"
            query = query.where(or_(TC.code.ilike(pattern), TC.title.ilike(pattern)))
        query = query.order_by(TC.start_date.desc().nulls_first(), TC.code)
        return class_summaries(s, s.scalars(query).all(), today)


def class_detail(s: Session, class_id: int, today: dt.date | None = None) -> ClassDetail:
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
        return class_detail(s, cls.id, today)
