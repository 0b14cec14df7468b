"""What the training window tests share: a two-session 環境教育 class with people enrolled."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from hrplanner.services.staff import roster
from hrplanner.services.staff.records import EmployeeData
from hrplanner.services.training import classes, enrollment
from hrplanner.services.training.enrollment import EnrollRequest
from hrplanner.storage.database import Database


def enrolled_class(
    db: Database, names: Sequence[str], code: str = "115-020", prefix: str = "A"
) -> int:
    """Class ``code`` (two sessions, 2026-03-02 and 03, 09–12) with ``names`` enrolled as
    A001, A002, … (``prefix``) of 人事室; returns the class id."""
    people = [
        roster.create(
            db,
            EmployeeData(employee_no=f"{prefix}00{i}", name=n, unit="人事室", category="公務人員"),
        )
        for i, n in enumerate(names, start=1)
    ]
    detail = classes.create_class(
        db,
        classes.ClassInput(code, "環境教育"),
        [
            classes.SessionInput(dt.date(2026, 3, 2), "環境教育", dt.time(9), dt.time(12)),
            classes.SessionInput(dt.date(2026, 3, 3), "環境教育", dt.time(9), dt.time(12)),
        ],
    )
    enrollment.enroll(
        db,
        detail.summary.id,
        [EnrollRequest(p, dt.datetime(2026, 2, 1, 9, i)) for i, p in enumerate(people)],
    )
    return detail.summary.id
