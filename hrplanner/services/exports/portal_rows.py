"""The rows of the 時數登錄檔 (SPEC §3.2, R11): one per credited person and class, with every
field a column of the layout may ask for (``services.exports.portal_layout``).

One row per credited person and class: 學習時數 is the person's credit and 學習類別 the
class's topic; a class whose sessions credit several topics gives the topic with the most
credited minutes (a tie goes to the topic of the earlier session). Portals that want one
學習類別 per entry can have one row per topic instead, each with that topic's credited
hours. Only 正取 people with credit > 0 in closed, not cancelled classes are listed.

The class period is its first session's date and start time to its last session's date and
end time (an untimed online session at either end takes the clock of the nearest timed one).
Digital and in-person hours: a 數位 class is all digital, a 實體 class all in person; a 混成
class splits each credit in proportion to its sessions' minutes, sessions without a clock
time (the self-paced online part) being digital, timed ones in person.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrplanner.domain.vocabulary import BLENDED, CERT_VOID, ENROLLED, ONLINE
from hrplanner.i18n import _
from hrplanner.services.common.errors import NotFound
from hrplanner.storage.database import Database
from hrplanner.storage.engine import fetch_all
from hrplanner.storage.models import (
    Certificate,
    ClassCategory,
    ClassSession,
    CreditByTopic,
    Employee,
    Enrollment,
    LearningTopic,
    TrainingClass,
    Unit,
)

_CHUNK = 500  # ids per IN list: under SQLite's bound-parameter limit for a large year


@dataclass(frozen=True)
class ClassFacts:
    """What every row of one class shares: its period and how its minutes divide."""

    start_at: dt.datetime | None = None  # first session: date and start time
    end_at: dt.datetime | None = None  # last session: date and end time
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    timed_minutes: int = 0  # minutes of sessions with a clock time
    untimed_minutes: int = 0


@dataclass(frozen=True)
class PortalRow:
    national_id: str | None
    name: str
    employee_no: str
    class_code: str
    title: str
    portal_code: str | None
    start_date: dt.date | None
    end_date: dt.date | None
    minutes: int
    topic: str
    mode: str
    birth_date: dt.date | None = None
    unit: str = ""
    job_title: str = ""
    category: str | None = None
    location: str | None = None
    organizer: str | None = None
    topics: tuple[str, ...] = ()  # the class's credited topics, most minutes first
    certificate_number: str | None = None
    facts: ClassFacts = ClassFacts()

    @property
    def digital_minutes(self) -> int:
        """The digital part of ``minutes`` (see the module docstring)."""
        if self.mode == ONLINE:
            return self.minutes
        if self.mode != BLENDED:
            return 0
        total = self.facts.timed_minutes + self.facts.untimed_minutes
        if total == 0:
            return 0
        # Half up, in integers: the two parts always add up to the credit.
        return (2 * self.minutes * self.facts.untimed_minutes + total) // (2 * total)

    @property
    def physical_minutes(self) -> int:
        return self.minutes - self.digital_minutes


def portal_rows(
    db: Database,
    *,
    year: int | None = None,
    class_code: str | None = None,
    split_by_topic: bool = False,
) -> list[PortalRow]:
    """Credited rows of closed classes ending in ``year`` or of one class, in class then
    employee order: one per (person, class), or per (person, class, topic) when
    ``split_by_topic`` (see the module docstring)."""
    query = (
        select(
            Employee.national_id,
            Employee.name,
            Employee.employee_no,
            TrainingClass.code,
            TrainingClass.title,
            TrainingClass.portal_code,
            TrainingClass.start_date,
            TrainingClass.end_date,
            CreditByTopic.minutes,
            LearningTopic.name,
            TrainingClass.mode,
            Enrollment.id,
            Enrollment.credit_minutes,
            TrainingClass.id,
            LearningTopic.id,
            Employee.birth_date,
            Unit.name,
            Employee.title,
            ClassCategory.name,
            TrainingClass.location,
            TrainingClass.organizer,
        )
        .join(Enrollment, Enrollment.id == CreditByTopic.enrollment_id)
        .join(Employee, Employee.id == Enrollment.employee_id)
        .join(Unit, Unit.id == Employee.unit_id)
        .join(TrainingClass, TrainingClass.id == Enrollment.class_id)
        .outerjoin(ClassCategory, ClassCategory.id == TrainingClass.category_id)
        .join(LearningTopic, LearningTopic.id == CreditByTopic.topic_id)
        .where(
            TrainingClass.closed_on.is_not(None),
            TrainingClass.cancelled.is_(False),
            Enrollment.status == ENROLLED,
            Enrollment.credit_minutes > 0,
            CreditByTopic.minutes > 0,
        )
        .order_by(
            TrainingClass.end_date,
            TrainingClass.code,
            Employee.employee_no,
            LearningTopic.sort_order,
            LearningTopic.name,
        )
    )
    with db.session() as s:
        if class_code is not None:
            cls = s.scalar(select(TrainingClass).where(TrainingClass.code == class_code.strip()))
            if cls is None:
                raise NotFound(_("找不到班期代碼「{code}」").format(code=class_code))
            query = query.where(TrainingClass.id == cls.id)
        if year is not None:
            query = query.where(
                TrainingClass.end_date.between(dt.date(year, 1, 1), dt.date(year, 12, 31))
            )
        rows = fetch_all(s.execute(query))
        class_ids = {r[13] for r in rows}
        facts = _class_facts(s, class_ids)
        numbers = _certificate_numbers(s, {r[11] for r in rows})
        first_session = {} if split_by_topic else _first_sessions(s, class_ids)
    extra = _Extra(facts, numbers, _topics_by_enrollment(rows))
    if split_by_topic:
        return [extra.row(r, r[8], r[9]) for r in rows]
    return _per_class(rows, first_session, extra)


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    ordered = sorted(ids)
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start : start + _CHUNK]


def _first_sessions(s: Session, class_ids: set[int]) -> dict[tuple[int, int], int]:
    """(class id, topic id) → the number of the class's first session of that topic."""
    order: dict[tuple[int, int], int] = {}
    for chunk in _chunks(class_ids):
        for class_id, topic_id, number in s.execute(
            select(ClassSession.class_id, ClassSession.topic_id, func.min(ClassSession.session_no))
            .where(ClassSession.class_id.in_(chunk))
            .group_by(ClassSession.class_id, ClassSession.topic_id)
        ):
            order[(class_id, topic_id)] = number
    return order


def _class_facts(s: Session, class_ids: set[int]) -> dict[int, ClassFacts]:
    """Each class's period (first and last session) and its timed and untimed minutes."""
    sessions: dict[int, list[Any]] = {}
    for chunk in _chunks(class_ids):
        for row in s.execute(
            select(
                ClassSession.class_id,
                ClassSession.date,
                ClassSession.start_time,
                ClassSession.end_time,
                ClassSession.minutes,
                ClassSession.session_no,
            ).where(ClassSession.class_id.in_(chunk))
        ):
            sessions.setdefault(row[0], []).append(row)
    facts: dict[int, ClassFacts] = {}
    for class_id, parts in sessions.items():
        parts.sort(key=lambda r: (r[1], r[2] or dt.time(0), r[5]))
        starts = [r[2] for r in parts if r[2] is not None]
        ends = [r[3] for r in parts if r[3] is not None]
        # An untimed (online) session first or last: the clock of the nearest timed one.
        start, end = (starts[0] if starts else None), (ends[-1] if ends else None)
        timed = sum(r[4] for r in parts if r[2] is not None)
        facts[class_id] = ClassFacts(
            start_at=dt.datetime.combine(parts[0][1], start) if start else None,
            end_at=dt.datetime.combine(parts[-1][1], end) if end else None,
            start_time=start,
            end_time=end,
            timed_minutes=timed,
            untimed_minutes=sum(r[4] for r in parts) - timed,
        )
    return facts


def _certificate_numbers(s: Session, enrollment_ids: set[int]) -> dict[int, str]:
    """The certificate number of each enrollment (the latest not voided)."""
    numbers: dict[int, str] = {}
    for chunk in _chunks(enrollment_ids):
        for enrollment_id, number in s.execute(
            select(Certificate.enrollment_id, Certificate.number)
            .where(Certificate.enrollment_id.in_(chunk), Certificate.status != CERT_VOID)
            .order_by(Certificate.issued_on, Certificate.id)
        ):
            numbers[enrollment_id] = number
    return numbers


def _topics_by_enrollment(rows: Sequence[Any]) -> dict[int, tuple[str, ...]]:
    by: dict[int, list[tuple[int, str]]] = {}
    for r in rows:
        by.setdefault(r[11], []).append((r[8], r[9]))
    return {e: tuple(t for _m, t in sorted(parts, key=lambda p: -p[0])) for e, parts in by.items()}


@dataclass(frozen=True)
class _Extra:
    facts: dict[int, ClassFacts]
    numbers: dict[int, str]
    topics: dict[int, tuple[str, ...]]

    def row(self, r: Any, minutes: int, topic: str) -> PortalRow:
        return PortalRow(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            r[6],
            r[7],
            minutes,
            topic,
            r[10],
            birth_date=r[15],
            unit=r[16],
            job_title=r[17] or "",
            category=r[18],
            location=r[19],
            organizer=r[20],
            topics=self.topics.get(r[11], ()),
            certificate_number=self.numbers.get(r[11]),
            facts=self.facts.get(r[13], ClassFacts()),
        )


def _per_class(
    rows: Sequence[Any], first_session: dict[tuple[int, int], int], extra: _Extra
) -> list[PortalRow]:
    """One row per enrollment: the credit, and the topic with the most credited minutes
    (ties: the earlier session; a topic no session has, e.g. after a session was edited,
    goes last)."""
    grouped: dict[int, list[Any]] = {}
    for r in rows:
        grouped.setdefault(r[11], []).append(r)
    result: list[PortalRow] = []
    for parts in grouped.values():
        head = parts[0]
        class_id = head[13]
        main = min(
            parts,
            key=lambda r: (-r[8], first_session.get((class_id, r[14]), 1_000_000), r[9]),
        )
        result.append(extra.row(head, head[12], main[9]))
    return result
