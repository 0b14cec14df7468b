"""The row-writing machinery shared by the demo's training generators (``demo_training``
and ``demo_initial_training``): the people and the context a generator works with, the
batched bulk inserts, and the enrolment and attendance of one class.

Ids of classes, sessions and enrollments are assigned here (``Context.new_id``) so that
children can be linked without reading them back.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from hrplanner.domain.credit import Mark, SessionInfo, compute_credit
from hrplanner.domain.vocabulary import (
    ABSENT,
    CANCELLED,
    ENROLLED,
    LEAVE,
    PRESENT,
    WAITLISTED,
)
from hrplanner.storage.models import (
    Attendance,
    ClassSession,
    CreditByTopic,
    Enrollment,
    ExternalRecord,
    TrainingClass,
)

CHUNK = 10_000
LEAVE_SHARE = 0.08
ABSENT_SHARE = 0.015
WAITLIST_SHARE = 0.02
CANCEL_SHARE = 0.01
LOCATIONS = ("本府第一會議室", "本府大禮堂", "市政大樓多媒體簡報室", "訓練中心202教室")
INSTRUCTORS = ("陳教授", "林講師", "王律師", "黃研究員", "張科長", "李顧問")


@dataclass
class Person:
    id: int
    hire: dt.date
    active: bool
    meal: str
    in_scope: bool
    civil_servant: bool = False  # 公務人員: due for initial training (R17)


@dataclass
class Counts:
    classes: int = 0
    sessions: int = 0
    enrollments: int = 0
    attendance: int = 0
    external: int = 0


_ORDER = (TrainingClass, ClassSession, Enrollment, Attendance, CreditByTopic, ExternalRecord)


class Batch:
    """Buffers rows per table and writes them all, parents first, about every CHUNK rows."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.rows: dict[Any, list[dict[str, Any]]] = {t: [] for t in _ORDER}
        self.pending = 0

    def add(self, table: Any, row: dict[str, Any]) -> None:
        self.rows[table].append(row)
        self.pending += 1

    def maybe_flush(self) -> None:
        """Called between classes only, so that a chunk never splits a parent from its
        children (foreign keys are checked at every insert)."""
        if self.pending >= CHUNK:
            self.flush()

    def flush(self) -> None:
        for table in _ORDER:
            if self.rows[table]:
                self.session.execute(insert(table), self.rows[table])
                self.rows[table] = []
        self.pending = 0


@dataclass
class Context:
    batch: Batch
    rng: random.Random
    today: dt.date
    topics: dict[str, int]
    categories: list[int]
    next_id: dict[Any, int]
    counts: Counts
    capacities: tuple[int, ...]
    initial_category: int | None = None
    initially_trained: set[int] = field(default_factory=set)
    # (person id, year) → credited minutes per topic from classes, to plan e-learning.
    earned: dict[tuple[int, int], dict[str, int]] = field(default_factory=dict)

    def new_id(self, table: Any) -> int:
        value = self.next_id[table]
        self.next_id[table] = value + 1
        return value


def weekday(day: dt.date) -> dt.date:
    """Classes are held on office days: a Saturday or Sunday moves to the Monday."""
    return day + dt.timedelta(days=(7 - day.weekday()) % 7 if day.weekday() >= 5 else 0)


# R11 as a real office keeps it: every class older than two months has been registered,
# almost all within the deadline (7 working days are at least 7 calendar days), a few late;
# of the last two months, the classes of the past fortnight are not yet and a few more wait.
RECENT_DAYS = 60
NOT_YET_DAYS = 14
WAITING_SHARE = 0.2  # of the recent classes past the fortnight
LATE_SHARE = 0.04
ON_TIME_DAYS = 7


def registered(ctx: Context, end: dt.date, closed: dt.date) -> dt.date | None:
    """The day a past class's hours were registered on the portal, or None (not yet)."""
    age = (ctx.today - end).days
    if age < NOT_YET_DAYS or (age < RECENT_DAYS and ctx.rng.random() < WAITING_SHARE):
        return None
    if ctx.rng.random() < LATE_SHARE:
        day = end + dt.timedelta(days=ctx.rng.randint(15, 45))
    else:  # after closing the class, within the deadline
        first = max(1, (closed - end).days)
        day = end + dt.timedelta(days=ctx.rng.randint(first, max(first, ON_TIME_DAYS)))
    return max(closed, min(ctx.today, day))


def enroll(
    ctx: Context,
    class_id: int,
    start: dt.date,
    class_year: int,
    capacity: int,
    sessions: list[SessionInfo],
    held: list[SessionInfo],
    online: bool,
    past: bool,
    eligible: list[Person],
) -> set[int]:
    """Enrol some of ``eligible``; the ids of those credited (past classes only)."""
    rng = ctx.rng
    credited: set[int] = set()
    size = min(len(eligible), int(capacity * rng.uniform(0.7, 1.1)) + 1)
    chosen = rng.sample(eligible, size)
    cancelled = int(size * CANCEL_SHARE * 2 * rng.random())
    waitlisted = int(size * WAITLIST_SHARE * 2 * rng.random())
    opened = dt.datetime.combine(start - dt.timedelta(days=30), dt.time(8, 30))
    seats_taken = 0
    for rank, person in enumerate(chosen):
        enrollment_id = ctx.new_id(Enrollment)
        # R8: the early cancellations freed their seats for the waitlist; beyond the
        # capacity (or at the end of the queue) people stay 備取.
        if rank < cancelled:
            status = CANCELLED
        elif seats_taken < capacity and rank < size - waitlisted:
            status = ENROLLED
            seats_taken += 1
        else:
            status = WAITLISTED
        completed = online and rng.random() < 0.92
        credit_minutes: int | None = None
        reason: str | None = None
        if status == ENROLLED and held:
            marks = {} if online else attend(ctx, enrollment_id, held)
            if past:
                result = compute_credit(sessions, marks, online=online, completed=completed)
                credit_minutes, reason = result.minutes, result.reason
                if result.minutes:
                    credited.add(person.id)
                    earned = ctx.earned.setdefault((person.id, class_year), {})
                    for topic, minutes in result.by_topic.items():
                        earned[topic] = earned.get(topic, 0) + minutes
                for topic, minutes in result.by_topic.items():
                    ctx.batch.add(
                        CreditByTopic,
                        {"enrollment_id": enrollment_id, "topic_id": ctx.topics[topic],
                         "minutes": minutes},
                    )  # fmt: skip
        ctx.batch.add(
            Enrollment,
            {"id": enrollment_id, "class_id": class_id, "employee_id": person.id,
             "registered_at": opened + dt.timedelta(minutes=rank * rng.randint(3, 40)),
             "status": status, "meal": person.meal, "deputy_id": None,
             "approved": rng.random() < 0.97, "completed": completed and past,
             "note": "由主管指派" if rng.random() < 0.01 else None,
             "credit_minutes": credit_minutes, "credit_reason": reason, "version": 1},
        )  # fmt: skip
        ctx.counts.enrollments += 1
    return credited


def attend(ctx: Context, enrollment_id: int, sessions: list[SessionInfo]) -> dict[int, Mark]:
    """Attendance of one enrollee: ~8 % of records are leave, ~1.5 % absence."""
    rng = ctx.rng
    marks: dict[int, Mark] = {}
    for s in sessions:
        draw = rng.random()
        if draw < ABSENT_SHARE:
            mark = Mark(ABSENT)
        elif draw < ABSENT_SHARE + LEAVE_SHARE:
            # Half the leave is the whole session; the rest late arrival or early leave.
            leave = s.minutes if rng.random() < 0.5 else min(s.minutes, rng.choice((30, 60, 90)))
            mark = Mark(LEAVE, leave)
        else:
            mark = Mark(PRESENT)
        marks[s.session_id] = mark
        ctx.batch.add(
            Attendance,
            {"enrollment_id": enrollment_id, "session_id": s.session_id, "status": mark.status,
             "leave_minutes": mark.leave_minutes},
        )  # fmt: skip
        ctx.counts.attendance += 1
    return marks
