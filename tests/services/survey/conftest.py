"""Classes for the survey tests: 114-001 (closed, 14 people credited and 2 not) and 114-002
(closed, another category and organiser, 5 credited), and 114-003 not yet closed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from hrplanner.services.common import settings_service
from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.settings import Setting
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    ClassCategory,
    ClassSession,
    Employee,
    Enrollment,
    LearningTopic,
    StaffCategory,
    TrainingClass,
)


@dataclass(frozen=True)
class Classes:
    db: Database
    ids: dict[str, int]


def add_class(
    session: object,
    code: str,
    people: list[int],
    credited: int,
    *,
    category: str,
    organizer: str,
    topic: str,
    closed: bool = True,
    day: dt.date = dt.date(2025, 3, 5),
) -> int:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    category_id = session.scalar(select(ClassCategory.id).filter_by(name=category))
    topic_id = session.scalar(select(LearningTopic.id).filter_by(name=topic))
    cls = TrainingClass(
        code=code, title=f"{code} 公文寫作", category_id=category_id, organizer=organizer,
        instructor="張講座", start_date=day, end_date=day, closed_on=day if closed else None,
    )  # fmt: skip
    session.add(cls)
    session.flush()
    session.add(
        ClassSession(class_id=cls.id, session_no=1, date=day, minutes=180, topic_id=topic_id)
    )
    for n, person in enumerate(people):
        session.add(
            Enrollment(
                class_id=cls.id, employee_id=person, registered_at=dt.datetime(2025, 2, 1),
                status="正取", credit_minutes=(180 if n < credited else 0) if closed else None,
            )
        )  # fmt: skip
    return cls.id


@pytest.fixture
def classes(db: Database) -> Classes:
    settings_service.update(db, {Setting.AGENCY_NAME: "新竹市政府"})
    with db.session() as s:
        category = s.scalar(select(StaffCategory.id).filter_by(name="公務人員"))
        unit = get_or_create_unit(s, "人事室").id
        people = []
        for n in range(16):
            e = Employee(
                employee_no=f"P{n:03d}", name=f"員工{n}", unit_id=unit, category_id=category
            )
            s.add(e)
            s.flush()
            people.append(e.id)
        ids = {
            "114-001": add_class(s, "114-001", people, 14, category="創新設計力",
                                 organizer="人事室", topic="業務相關"),
            "114-002": add_class(s, "114-002", people[:5], 5, category="領導培育力",
                                 organizer="秘書室", topic="環境教育"),
            "114-003": add_class(s, "114-003", people[:3], 0, category="創新設計力",
                                 organizer="人事室", topic="業務相關", closed=False,
                                 day=dt.date(2025, 12, 20)),
        }  # fmt: skip
    return Classes(db, ids)
