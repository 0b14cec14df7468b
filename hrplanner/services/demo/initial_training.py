"""The demo's initial training (SPEC R17), called from ``demo_training.generate_training``.

A few classes a year belong to the class category named by
``Setting.INITIAL_TRAINING_CATEGORY``, three full days, and enrol the active 公務人員 hired in
the year before who are not yet through it; about one in seven misses the class, so the
new-hires tab and the agenda show some overdue people. Ordinary classes never get that
category, so only these classes clear the flag. 公務人員 hired in the few years before the
history starts get an external 初任 record instead.
"""

from __future__ import annotations

import datetime as dt

from hrplanner.domain.credit import DEFAULT_LEAVE_LIMIT, SessionInfo
from hrplanner.domain.rocdate import roc_year_of
from hrplanner.domain.vocabulary import (
    ADMINISTRATIVE_NEUTRALITY,
    IN_PERSON,
    INTEGRITY_ETHICS,
    JOB_RELATED,
    RUN_HERE,
)
from hrplanner.services.demo.training_rows import (
    INSTRUCTORS,
    LOCATIONS,
    Context,
    Person,
    enroll,
    registered,
    weekday,
)
from hrplanner.storage.models import ClassSession, ExternalRecord, TrainingClass

INITIAL_TITLES = ("新進人員初任訓練", "初任公務人員職前講習")
# The three days' topics: ethics and neutrality first, then the agency's own work.
INITIAL_TOPICS = (INTEGRITY_ETHICS, ADMINISTRATIVE_NEUTRALITY, JOB_RELATED)
INITIAL_MISS_SHARE = 0.15  # hires who miss the class they were due for
INITIAL_WINDOW_DAYS = 365  # hires of the last year not yet trained are called in
# Hires of these years before the history starts took initial training elsewhere (typed in
# as an external record), so the new-hires list does not fill with people whose training
# simply predates the demo's records.
INITIAL_BEFORE_YEARS = 3


def initial_class(
    ctx: Context, year: int, seq: int, start: dt.date, eligible: list[Person]
) -> None:
    """One initial-training class: three full days for the untrained 公務人員 hired in the
    year before ``start`` (a few miss it and stay due, or become overdue)."""
    rng = ctx.rng
    class_id = ctx.new_id(TrainingClass)
    sessions: list[SessionInfo] = []
    held: list[SessionInfo] = []
    day = start = weekday(start)
    end = day
    for number, topic in enumerate(INITIAL_TOPICS, start=1):
        session_id = ctx.new_id(ClassSession)
        ctx.batch.add(
            ClassSession,
            {"id": session_id, "class_id": class_id, "session_no": number, "date": day,
             "start_time": dt.time(9, 0), "end_time": dt.time(16, 0), "minutes": 360,
             "topic_id": ctx.topics[topic], "meal_served": True},
        )  # fmt: skip
        sessions.append(SessionInfo(session_id, 360, topic))
        if day < ctx.today:
            held.append(sessions[-1])
        end = day
        day = weekday(day + dt.timedelta(days=1))
    past = end < ctx.today
    window = start - dt.timedelta(days=INITIAL_WINDOW_DAYS)
    due = [
        p
        for p in eligible
        if p.civil_servant and window <= p.hire < start and p.id not in ctx.initially_trained
    ]
    called = [p for p in due if rng.random() >= INITIAL_MISS_SHARE]
    # Room for everyone called: enroll fills at least 70 % of the capacity.
    capacity = max(30, -(-len(called) * 10 // 7))
    # With nobody due, the planned class was called off (停辦) rather than held empty.
    held_at_all = bool(called)
    closed = (
        min(ctx.today, end + dt.timedelta(days=rng.randint(1, 5))) if past and held_at_all else None
    )
    ctx.batch.add(
        TrainingClass,
        {"id": class_id, "code": f"{roc_year_of(year)}-{seq:03d}",
         "title": rng.choice(INITIAL_TITLES),
         "category_id": ctx.initial_category, "organizing": RUN_HERE, "mode": IN_PERSON,
         "organizer": "人事室", "location": rng.choice(LOCATIONS),
         "instructor": rng.choice(INSTRUCTORS), "capacity": capacity,
         "registration_deadline": start - dt.timedelta(days=7),
         "leave_limit_num": DEFAULT_LEAVE_LIMIT.numerator,
         "leave_limit_den": DEFAULT_LEAVE_LIMIT.denominator,
         "portal_code": f"{year}{seq:04d}", "cancelled": not held_at_all,
         "closed_on": closed,
         "registered_on": registered(ctx, end, closed) if closed else None,
         "start_date": start, "end_date": end, "note": None, "version": 1},
    )  # fmt: skip
    ctx.counts.classes += 1
    ctx.counts.sessions += len(sessions)
    ctx.initially_trained |= enroll(
        ctx, class_id, start, end.year, capacity, sessions, held, False, past, called
    )


def earlier_initial(ctx: Context, people: list[Person], first_year: int) -> None:
    """An external 初任 record for each 公務人員 hired in the few years before the history."""
    rng = ctx.rng
    first = dt.date(first_year - INITIAL_BEFORE_YEARS, 1, 1)
    last = dt.date(first_year, 1, 1) - dt.timedelta(days=1)
    for person in people:
        if not (person.civil_servant and first <= person.hire <= last):
            continue
        ctx.batch.add(
            ExternalRecord,
            {"employee_id": person.id, "title": "初任公務人員基礎訓練",
             "end_date": min(last, person.hire + dt.timedelta(days=rng.randint(30, 110))),
             "minutes": 18 * 60, "topic_id": ctx.topics[JOB_RELATED], "mode": IN_PERSON,
             "source": "國家文官學院"},
        )  # fmt: skip
        ctx.initially_trained.add(person.id)
        ctx.counts.external += 1
