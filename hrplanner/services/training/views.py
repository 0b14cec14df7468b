"""Read-side views of the training data shared by the training services: sessions and
enrollees of one class, class summaries with their status derived from today, and the
loaders the other training modules use inside their unit of work.

Kept apart from ``classes`` so that enrollment, attendance, closing and the imports share
one definition of what a session or an enrollee looks like on screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from hrplanner.domain.enrollment import Seat, waitlist_positions
from hrplanner.domain.vocabulary import (
    AWAITING_CLOSE,
    CANCELLED,
    CLASS_CANCELLED,
    ENROLLED,
    PLANNING,
    REGISTERING,
    RUNNING,
    WAITLISTED,
)
from hrplanner.domain.vocabulary import FINISHED as FINISHED
from hrplanner.domain.vocabulary import REGISTERED as REGISTERED
from hrplanner.i18n import _
from hrplanner.services.common.errors import NotFound
from hrplanner.storage.models import (
    ClassCategory,
    ClassSession,
    Employee,
    Enrollment,
    LearningTopic,
    Unit,
)
from hrplanner.storage.models import TrainingClass as TC

# ui/training/signup_dialog.py imports CANCELLED_CLASS, FINISHED and REGISTERED from here
# (the last two re-exported by the imports above); all three are the vocabulary's words.
CANCELLED_CLASS = CLASS_CANCELLED


@dataclass(frozen=True)
class ClassSummary:
    id: int
    code: str
    title: str
    category: str | None
    organizing: str
    mode: str
    capacity: int | None
    start_date: dt.date | None
    end_date: dt.date | None
    total_minutes: int
    status: str
    enrolled: int
    waitlisted: int
    version: int


@dataclass(frozen=True)
class SessionView:
    id: int
    session_no: int
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    minutes: int
    topic: str
    meal_served: bool


@dataclass(frozen=True)
class EnrolleeView:
    enrollment_id: int
    employee_id: int
    employee_no: str
    name: str
    unit: str
    title: str | None
    status: str
    registered_at: dt.datetime
    waitlist_no: int | None  # 備取 number, 1 = next to be promoted
    meal: str
    deputy_id: int | None
    deputy_name: str | None
    approved: bool
    completed: bool
    note: str | None
    credit_minutes: int | None
    credit_reason: str | None
    version: int = 1  # sent back with an edit: refused when someone saved it since


# --- helpers shared by the training services (enrollment, attendance, closing, import) ---


def load_class(s: Session, class_id_or_code: int | str) -> TC:
    """The class by id or by code; NotFound names what was asked for."""
    if isinstance(class_id_or_code, int):
        cls = s.get(TC, class_id_or_code)
    else:
        cls = s.scalar(select(TC).where(TC.code == class_id_or_code.strip()))
    if cls is None:
        raise NotFound(_("找不到班期「{code}」").format(code=class_id_or_code))
    return cls


def lock_class(s: Session, cls: TC, *, share: bool = False) -> TC:
    """The class row read again under a row lock until the unit of work ends (PostgreSQL;
    SQLite has one write lock for the whole file): ``share`` for work that must not run
    while the class is being closed (attendance), exclusive for closing itself, so that a
    second officer closing the same class waits and then sees it closed."""
    query = select(TC).where(TC.id == cls.id).with_for_update(read=share)
    locked = s.scalars(query.execution_options(populate_existing=True)).one()
    return locked


def topic_ids(s: Session) -> dict[str, int]:
    return dict(s.execute(select(LearningTopic.name, LearningTopic.id)).all())


def load_sessions(s: Session, class_id: int) -> list[SessionView]:
    rows = s.execute(
        select(ClassSession, LearningTopic.name)
        .join(LearningTopic, LearningTopic.id == ClassSession.topic_id)
        .where(ClassSession.class_id == class_id)
        .order_by(ClassSession.session_no)
    ).all()
    return [
        SessionView(
            r.id, r.session_no, r.date, r.start_time, r.end_time, r.minutes, topic, r.meal_served
        )
        for r, topic in rows
    ]


_STATUS_ORDER = {ENROLLED: 0, WAITLISTED: 1, CANCELLED: 2}


def load_enrollees(
    s: Session, class_id: int, enrollment_ids: Sequence[int] | None = None
) -> list[EnrolleeView]:
    """Enrollees of a class in one query: 正取 first, then 備取 in promotion order, then 取消."""
    deputy = aliased(Employee)
    query = (
        select(Enrollment, Employee.employee_no, Employee.name, Unit.name, Employee.title)
        .add_columns(deputy.name)
        .join(Employee, Employee.id == Enrollment.employee_id)
        .join(Unit, Unit.id == Employee.unit_id)
        .outerjoin(deputy, deputy.id == Enrollment.deputy_id)
        .where(Enrollment.class_id == class_id)
    )
    if enrollment_ids is not None:
        query = query.where(Enrollment.id.in_(set(enrollment_ids)))
    rows = s.execute(query).all()
    # Positions count the whole waitlist, also when only some rows were asked for.
    waiting = s.execute(
        select(Enrollment.id, Enrollment.registered_at).where(
            Enrollment.class_id == class_id, Enrollment.status == WAITLISTED
        )
    ).all()
    positions = waitlist_positions([Seat(i, at, WAITLISTED) for i, at in waiting])
    views = [
        EnrolleeView(
            enrollment_id=e.id,
            employee_id=e.employee_id,
            employee_no=no,
            name=name,
            unit=unit,
            title=title,
            status=e.status,
            registered_at=e.registered_at,
            waitlist_no=positions.get(e.id),
            meal=e.meal,
            deputy_id=e.deputy_id,
            deputy_name=deputy_name,
            approved=e.approved,
            completed=e.completed,
            note=e.note,
            credit_minutes=e.credit_minutes,
            credit_reason=e.credit_reason,
            version=e.version,
        )
        for e, no, name, unit, title, deputy_name in rows
    ]
    views.sort(key=lambda v: (_STATUS_ORDER.get(v.status, 3), v.registered_at, v.enrollment_id))
    return views


def sync_class_dates(s: Session, cls: TC) -> None:
    """Keep the class's first and last dates in step with its sessions."""
    s.flush()
    first, last = s.execute(
        select(func.min(ClassSession.date), func.max(ClassSession.date)).where(
            ClassSession.class_id == cls.id
        )
    ).one()
    if (cls.start_date, cls.end_date) != (first, last):
        cls.start_date, cls.end_date = first, last
        s.flush()


def derive_status(
    *,
    cancelled: bool,
    closed_on: dt.date | None,
    registered_on: dt.date | None,
    start_date: dt.date | None,
    today: dt.date,
    registration_open: bool,
    end_date: dt.date | None = None,
) -> str:
    """The class status shown in lists. Terminal states are stored; the others follow
    from today: 進行中 from the first session to the last, 待結訓 after the last session
    until the class is closed, before the first 報名中 once registration has opened (a
    deadline is set or someone enrolled)."""
    if cancelled:
        return CLASS_CANCELLED
    if registered_on is not None:
        return REGISTERED
    if closed_on is not None:
        return FINISHED
    if start_date is None:
        return PLANNING
    if end_date is not None and today > end_date:
        return AWAITING_CLOSE
    if today >= start_date:
        return RUNNING
    return REGISTERING if registration_open else PLANNING


def class_summaries(s: Session, classes: Sequence[TC], today: dt.date) -> list[ClassSummary]:
    ids = [c.id for c in classes]
    if not ids:
        return []
    minutes = dict(
        s.execute(
            select(ClassSession.class_id, func.sum(ClassSession.minutes))
            .where(ClassSession.class_id.in_(ids))
            .group_by(ClassSession.class_id)
        ).all()
    )
    counts: dict[tuple[int, str], int] = {}
    for class_id, status, n in s.execute(
        select(Enrollment.class_id, Enrollment.status, func.count())
        .where(Enrollment.class_id.in_(ids))
        .group_by(Enrollment.class_id, Enrollment.status)
    ).all():
        counts[(class_id, status)] = int(n)
    names = dict(s.execute(select(ClassCategory.id, ClassCategory.name)).all())
    result = []
    for c in classes:
        anyone = any(counts.get((c.id, st)) for st in (ENROLLED, WAITLISTED, CANCELLED))
        status = derive_status(
            cancelled=c.cancelled,
            closed_on=c.closed_on,
            registered_on=c.registered_on,
            start_date=c.start_date,
            end_date=c.end_date,
            today=today,
            registration_open=c.registration_deadline is not None or anyone,
        )
        result.append(
            ClassSummary(
                id=c.id,
                code=c.code,
                title=c.title,
                category=names.get(c.category_id) if c.category_id else None,
                organizing=c.organizing,
                mode=c.mode,
                capacity=c.capacity,
                start_date=c.start_date,
                end_date=c.end_date,
                # Sums come back as Decimal on PostgreSQL.
                total_minutes=int(minutes.get(c.id) or 0),
                status=status,
                enrolled=counts.get((c.id, ENROLLED), 0),
                waitlisted=counts.get((c.id, WAITLISTED), 0),
                version=c.version,
            )
        )
    return result
