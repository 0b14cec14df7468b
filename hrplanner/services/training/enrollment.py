"""Enrollment in a class (SPEC R8, R9): enroll many people at once, the waitlist by
registration time, cancellation with automatic promotion, 遞補 (substitution), deputies,
supervisor approval, meal choices and per-session meal counts.

Every public function is one unit of work, returns plain dataclasses, and refuses bad input
with ``InputRefused`` before writing anything. Overlapping sessions with another class the
person attends are warnings, never refusals: officers sometimes allow it knowingly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrplanner.domain.enrollment import (
    Seat,
    TimeSpan,
    enrollment_problems,
    initial_status,
    overlapping,
    promotion_after_cancel,
    substitution_note,
)
from hrplanner.domain.rocdate import format_roc
from hrplanner.domain.vocabulary import ACTIVE, CANCELLED, ENROLLED, LEAVE, MEALS, WAITLISTED
from hrplanner.i18n import _
from hrplanner.services.common.conflicts import check_version, refusing_stale
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.services.common.wording import names, person_label
from hrplanner.services.training.views import EnrolleeView, load_class, load_enrollees, lock_class
from hrplanner.storage.database import Database
from hrplanner.storage.models import Attendance, ClassSession, Employee, Enrollment
from hrplanner.storage.models import TrainingClass as TC


@dataclass(frozen=True)
class EnrollRequest:
    employee_id: int
    registered_at: dt.datetime | None = None  # None: now
    meal: str | None = None  # None: the choice on the staff record
    deputy_id: int | None = None
    approved: bool = False
    note: str | None = None


@dataclass(frozen=True)
class EnrollResult:
    enrollees: list[EnrolleeView]
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class CancelResult:
    cancelled: EnrolleeView
    promoted: list[EnrolleeView]
    notices: list[str]  # what the screen says, e.g. 王小明已由備取遞補為正取


@dataclass(frozen=True)
class SubstituteResult:
    old: EnrolleeView
    new: EnrolleeView
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class EnrollmentDetails:
    meal: str
    deputy_id: int | None
    approved: bool
    note: str | None = None


@dataclass(frozen=True)
class MealCount:
    session_id: int
    session_no: int
    date: dt.date
    counts: dict[str, int]  # 葷 / 素 / 不用餐 → people


def _label(e: Employee) -> str:
    return person_label(e.name, e.employee_no)


def conflict_message() -> str:
    return _("這筆報名已被其他人修改，您的修改沒有儲存；畫面已重新載入，請確認後再操作。")


def promotion_notice(name: str) -> str:
    """What the screen says after an automatic promotion (R8)."""
    return _("{name}已由備取遞補為正取").format(name=name.strip())


def refuse_if_locked(cls: TC) -> None:
    """Enrollment changes are refused for cancelled and closed classes."""
    if cls.cancelled:
        raise InputRefused([Problem(_("班期「{code}」已取消，無法變更報名").format(code=cls.code))])
    if cls.closed_on is not None:
        raise InputRefused([Problem(_("班期「{code}」已結訓，無法變更報名").format(code=cls.code))])


def _employees(s: Session, ids: Sequence[int]) -> dict[int, Employee]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {e.id: e for e in s.scalars(select(Employee).where(Employee.id.in_(wanted)))}


def _person_problems(
    people: dict[int, Employee],
    employee_id: int,
    holders: Sequence[int],
    deputy_id: int | None,
    meal: str | None,
) -> list[str]:
    who = people.get(employee_id)
    if who is None:
        return [_("找不到人員（編號 {id}）").format(id=employee_id)]
    deputy = people.get(deputy_id) if deputy_id is not None else None
    if deputy_id is not None and deputy is None:
        return [_("{person}：找不到職務代理人").format(person=_label(who))]
    messages = enrollment_problems(
        employee_id=employee_id,
        employee_active=who.status == ACTIVE,
        enrolled_employee_ids=holders,
        deputy_id=deputy_id,
        deputy_active=deputy is None or deputy.status == ACTIVE,
    )
    if meal is not None and meal not in MEALS:
        messages.append(_("用餐只能是{choices}").format(choices=names(MEALS)))
    return [_("{person}：{problem}").format(person=_label(who), problem=m) for m in messages]


def _holders(s: Session, class_id: int) -> dict[int, Enrollment]:
    """Every enrollment row of the class by employee (取消 rows included: they are reused,
    because one person has at most one row per class)."""
    rows = s.scalars(select(Enrollment).where(Enrollment.class_id == class_id))
    return {e.employee_id: e for e in rows}


def overlap_warnings(s: Session, cls: TC, employee_ids: Sequence[int]) -> list[str]:
    """Warnings for sessions of ``cls`` that clash with another class the people hold a
    seat in (正取 or 備取), one set-based query for everybody."""
    own = s.scalars(select(ClassSession).where(ClassSession.class_id == cls.id)).all()
    if not own or not employee_ids:
        return []
    spans = [TimeSpan(x.date, x.start_time, x.end_time) for x in own]
    rows = s.execute(
        select(Employee, TC.code, TC.title, ClassSession)
        .join(Enrollment, Enrollment.employee_id == Employee.id)
        .join(TC, TC.id == Enrollment.class_id)
        .join(ClassSession, ClassSession.class_id == TC.id)
        .where(
            Employee.id.in_(set(employee_ids)),
            Enrollment.status.in_((ENROLLED, WAITLISTED)),
            TC.id != cls.id,
            TC.cancelled.is_(False),
            ClassSession.date.in_({x.date for x in own}),
        )
        .order_by(Employee.employee_no, TC.code, ClassSession.session_no)
    ).all()
    warnings: list[str] = []
    for who, code, title, other in rows:
        clash = overlapping(spans, [TimeSpan(other.date, other.start_time, other.end_time)])
        if clash:
            text = _("{person}：{date} 與班期「{code} {title}」第 {number} 場時間重疊")
            warnings.append(
                text.format(
                    person=_label(who),
                    date=format_roc(other.date),
                    code=code,
                    title=title,
                    number=other.session_no,
                )
            )
    return warnings


def enroll(
    db: Database,
    class_id: int | str,
    requests: Sequence[EnrollRequest],
    *,
    now: dt.datetime | None = None,
) -> EnrollResult:
    """Enroll several people at once: 正取 while seats remain, in order of registration
    time, then 備取. Refused whole if anyone cannot enroll."""
    stamp = now or dt.datetime.now().replace(microsecond=0)
    with refusing_stale(conflict_message()), db.session() as s:
        # One officer at a time counts the seats of a class (PostgreSQL).
        cls = lock_class(s, load_class(s, class_id))
        refuse_if_locked(cls)
        existing = _holders(s, cls.id)
        holding = [emp for emp, e in existing.items() if e.status != CANCELLED]
        people = _employees(
            s, [r.employee_id for r in requests] + [r.deputy_id for r in requests if r.deputy_id]
        )
        problems: list[Problem] = []
        seen: list[int] = []
        for r in requests:
            messages = _person_problems(people, r.employee_id, holding + seen, r.deputy_id, r.meal)
            problems.extend(Problem(m) for m in messages)
            seen.append(r.employee_id)
        if problems:
            raise InputRefused(problems)

        enrolled = sum(1 for e in existing.values() if e.status == ENROLLED)
        ordered = sorted(enumerate(requests), key=lambda p: (p[1].registered_at or stamp, p[0]))
        new_ids: list[int] = []
        for _position, r in ordered:
            status = initial_status(cls.capacity, enrolled)
            enrolled += status == ENROLLED
            row = existing.get(r.employee_id) or Enrollment(
                class_id=cls.id, employee_id=r.employee_id
            )
            row.registered_at = r.registered_at or stamp
            row.status = status
            row.meal = r.meal or people[r.employee_id].meal
            row.deputy_id, row.approved, row.note = r.deputy_id, r.approved, r.note
            row.completed, row.credit_minutes, row.credit_reason = False, None, None
            s.add(row)
            s.flush()
            new_ids.append(row.id)
        warnings = overlap_warnings(s, cls, [r.employee_id for r in requests])
        return EnrollResult(load_enrollees(s, cls.id, new_ids), warnings)


def class_started(cls: TC, today: dt.date) -> bool:
    """Whether the class has started on ``today`` (no automatic promotion from then on)."""
    return cls.start_date is not None and today >= cls.start_date


def _promote(s: Session, cls: TC, today: dt.date) -> list[int]:
    seats = [
        Seat(e.id, e.registered_at, e.status)
        for e in s.scalars(select(Enrollment).where(Enrollment.class_id == cls.id))
    ]
    ids = promotion_after_cancel(seats, cls.capacity, class_started(cls, today))
    for enrollment_id in ids:
        row = s.get(Enrollment, enrollment_id)
        assert row is not None
        row.status = ENROLLED
    s.flush()
    return ids


def cancel_enrollment(
    db: Database, enrollment_id: int, today: dt.date, *, version: int | None = None
) -> CancelResult:
    """Cancel one enrollment; before the class starts the first waitlisted person is
    promoted automatically (nobody after it has started). ``version``: the one the screen
    showed (ConflictError when someone saved the enrollment since)."""
    with refusing_stale(conflict_message()), db.session() as s:
        row = s.get(Enrollment, enrollment_id)
        if row is None:
            raise InputRefused([Problem(_("找不到該筆報名"))])
        cls = lock_class(s, load_class(s, row.class_id))
        s.refresh(row)
        check_version(row.version, version, conflict_message())
        refuse_if_locked(cls)
        if row.status == CANCELLED:
            raise InputRefused([Problem(_("此筆報名已經取消"))])
        row.status = CANCELLED
        s.flush()
        promoted_ids = _promote(s, cls, today)
        promoted = load_enrollees(s, cls.id, promoted_ids)
        (cancelled,) = load_enrollees(s, cls.id, [row.id])
        return CancelResult(cancelled, promoted, [promotion_notice(p.name) for p in promoted])


def fill_free_seats(db: Database, class_id: int | str, today: dt.date) -> list[EnrolleeView]:
    """Promote waitlisted people into free seats (e.g. after the capacity was raised)."""
    with refusing_stale(conflict_message()), db.session() as s:
        cls = lock_class(s, load_class(s, class_id))
        refuse_if_locked(cls)
        return load_enrollees(s, cls.id, _promote(s, cls, today))


def substitute(
    db: Database,
    enrollment_id: int,
    new_employee_id: int,
    *,
    deputy_id: int | None = None,
    approved: bool = False,
    version: int | None = None,
) -> SubstituteResult:
    """遞補 in one step: the enrollee's seat goes to the named person (正取); the old
    enrollment becomes 取消 with the note 由○○○遞補. A person on the waitlist of the class
    may be named; somebody already holding a 正取 seat may not. ``version``: the one the
    screen showed of the old enrollment."""
    with refusing_stale(conflict_message()), db.session() as s:
        old = s.get(Enrollment, enrollment_id)
        if old is None:
            raise InputRefused([Problem(_("找不到該筆報名"))])
        cls = lock_class(s, load_class(s, old.class_id))
        s.refresh(old)
        check_version(old.version, version, conflict_message())
        refuse_if_locked(cls)
        if old.status != ENROLLED:
            raise InputRefused([Problem(_("只有正取人員的名額可以由他人遞補"))])
        existing = _holders(s, cls.id)
        seated = [emp for emp, e in existing.items() if e.status == ENROLLED]
        people = _employees(s, [new_employee_id] + ([deputy_id] if deputy_id else []))
        messages = _person_problems(people, new_employee_id, seated, deputy_id, None)
        if messages:
            raise InputRefused([Problem(m) for m in messages])
        newcomer = people[new_employee_id]
        old_person = s.get(Employee, old.employee_id)
        assert old_person is not None
        row = existing.get(new_employee_id) or Enrollment(
            class_id=cls.id, employee_id=new_employee_id
        )
        # The newcomer keeps the seat's place in the registration order.
        row.registered_at = old.registered_at
        row.status = ENROLLED
        row.meal = newcomer.meal
        row.deputy_id, row.approved = deputy_id, approved
        # Notes are data (shown and exported as they are), so they stay Chinese.
        row.note = f"遞補{old_person.name}"
        row.completed, row.credit_minutes, row.credit_reason = False, None, None
        old.status = CANCELLED
        old.note = substitution_note(newcomer.name)
        s.add(row)
        s.flush()
        warnings = overlap_warnings(s, cls, [new_employee_id])
        (old_view,) = load_enrollees(s, cls.id, [old.id])
        (new_view,) = load_enrollees(s, cls.id, [row.id])
        return SubstituteResult(old_view, new_view, warnings)


def update_enrollment(
    db: Database, enrollment_id: int, details: EnrollmentDetails, *, version: int | None = None
) -> EnrolleeView:
    """Change meal, deputy, supervisor approval and note of one enrollment. ``version``:
    the one the screen showed (ConflictError, nothing written, when someone saved the
    enrollment since; SQLAlchemy checks it again as it writes)."""
    with refusing_stale(conflict_message()), db.session() as s:
        row = s.get(Enrollment, enrollment_id)
        if row is None:
            raise InputRefused([Problem(_("找不到該筆報名"))])
        check_version(row.version, version, conflict_message())
        cls = lock_class(s, load_class(s, row.class_id), share=True)  # not while closing
        refuse_if_locked(cls)
        people = _employees(
            s, [row.employee_id] + ([details.deputy_id] if details.deputy_id else [])
        )
        messages = _person_problems(people, row.employee_id, [], details.deputy_id, details.meal)
        if messages:
            raise InputRefused([Problem(m) for m in messages])
        row.meal, row.deputy_id = details.meal, details.deputy_id
        row.approved, row.note = details.approved, details.note
        s.flush()
        (view,) = load_enrollees(s, cls.id, [row.id])
        return view


def meal_counts(db: Database, class_id: int | str) -> list[MealCount]:
    """Per session marked 供餐: how many 正取 enrollees chose each meal. People on leave
    for the whole session are left out (they will not be there to eat)."""
    with db.session() as s:
        cls = load_class(s, class_id)
        served = [x for x in cls.sessions if x.meal_served]
        if not served:
            return []
        meals = dict(
            s.execute(
                select(Enrollment.id, Enrollment.meal).where(
                    Enrollment.class_id == cls.id, Enrollment.status == ENROLLED
                )
            ).all()
        )
        leave_rows = s.execute(
            select(Attendance.session_id, Attendance.enrollment_id)
            .join(ClassSession, ClassSession.id == Attendance.session_id)
            .where(
                ClassSession.class_id == cls.id,
                Attendance.status == LEAVE,
                Attendance.leave_minutes >= ClassSession.minutes,
            )
        ).all()
        away = {(session_id, enrollment_id) for session_id, enrollment_id in leave_rows}
        result = []
        for x in served:
            counts = dict.fromkeys(MEALS, 0)
            for enrollment_id, meal in meals.items():
                if (x.id, enrollment_id) not in away:
                    counts[meal] = counts.get(meal, 0) + 1
            result.append(MealCount(x.id, x.session_no, x.date, counts))
        return result


def set_many(
    db: Database,
    class_id: int | str,
    enrollment_ids: Sequence[int],
    *,
    approved: bool | None = None,
    meal: str | None = None,
) -> int:
    """主管同意 and/or the meal of several enrollments of one class at once (one write).
    ``None`` leaves that field alone. Refuses, changing nothing, when the class is locked,
    the meal is not one of the choices, or an enrollment is cancelled or of another class.
    Returns how many enrollments were changed."""
    with db.session() as s:
        cls = load_class(s, class_id)
        refuse_if_locked(cls)
        if meal is not None and meal not in MEALS:
            raise InputRefused([Problem(_("用餐只能是{choices}").format(choices=names(MEALS)))])
        wanted = set(enrollment_ids)
        rows = list(
            s.execute(
                select(Enrollment, Employee)
                .join(Employee, Employee.id == Enrollment.employee_id)
                .where(Enrollment.id.in_(wanted))
            ).all()
        )
        problems = []
        if len(rows) != len(wanted) or any(e.class_id != cls.id for e, _p in rows):
            problems.append(Problem(_("找不到該筆報名")))
        cancelled = [_label(p) for e, p in rows if e.status == CANCELLED]
        if cancelled:
            text = _("{people}的報名已取消，無法變更").format(people=names(cancelled))
            problems.append(Problem(text))
        if problems:
            raise InputRefused(problems)
        changed = 0
        for row, _person in rows:
            before = (row.approved, row.meal)
            if approved is not None:
                row.approved = approved
            if meal is not None:
                row.meal = meal
            changed += (row.approved, row.meal) != before
        s.flush()
        return changed
