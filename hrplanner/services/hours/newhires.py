"""The new-hire initial-training list (SPEC R17).

Newly hired 公務人員 are due for initial training within 4 months of reporting
(``hrplanner.domain.newhire``); this module finds who was hired in a year, or is still
untrained from the years before, and whether the training has been taken, from the same
closed-class credit and external records the hours ledger (``services.hours``) stands on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from hrplanner.domain import newhire
from hrplanner.domain.vocabulary import ACTIVE, CIVIL_SERVANT, ENROLLED
from hrplanner.services.hours.ledger import IN_LIST_LIMIT
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    ClassCategory,
    Employee,
    Enrollment,
    ExternalRecord,
    StaffCategory,
    TrainingClass,
    Unit,
)

NEW_HIRE_CATEGORY = CIVIL_SERVANT
# A title word, matched in external records' course titles (初任公務人員訓練 …).
INITIAL_TITLE_MARK = "初任"
# Untrained hires stay on later years' lists (carried over) for this many years after the
# year they were hired: long enough to chase a late one, short enough that long-serving
# staff whose initial training predates the records kept here do not fill the list.
CARRY_OVER_YEARS = 2


@dataclass(frozen=True)
class NewHireRow:
    """A 公務人員 hired in the year, or an earlier hire still untrained whose due date has
    come by the end of the year, and whether initial training is done or overdue."""

    employee_id: int
    employee_no: str
    name: str
    unit: str
    hire_date: dt.date
    due: dt.date
    trained: bool
    overdue: bool


def _initially_trained(session: Session, hires: dict[int, dt.date], category: str) -> set[int]:
    """Of ``hires`` (employee id → hire date), those who took initial training after their
    hire date: credit in a closed class of ``category``, or an external record whose title
    names that category or says 初任 (初任公務人員訓練 is given by the civil-service
    academy and typed in as an external record)."""
    trained: set[int] = set()
    ids = sorted(hires)
    for chunk_start in range(0, len(ids), IN_LIST_LIMIT):
        chunk = ids[chunk_start : chunk_start + IN_LIST_LIMIT]
        class_ends = session.execute(
            select(Enrollment.employee_id, TrainingClass.end_date)
            .join(TrainingClass, TrainingClass.id == Enrollment.class_id)
            .join(ClassCategory, ClassCategory.id == TrainingClass.category_id)
            .where(
                Enrollment.employee_id.in_(chunk),
                Enrollment.status == ENROLLED,
                Enrollment.credit_minutes > 0,
                ClassCategory.name == category,
                TrainingClass.closed_on.is_not(None),
                TrainingClass.cancelled.is_(False),
            )
        ).all()
        marks = [INITIAL_TITLE_MARK] + ([category] if category else [])
        external_ends = session.execute(
            select(ExternalRecord.employee_id, ExternalRecord.end_date).where(
                ExternalRecord.employee_id.in_(chunk),
                ExternalRecord.minutes > 0,
                or_(*(ExternalRecord.title.contains(m, autoescape=True) for m in marks)),
            )
        ).all()
        for emp_id, end in [*class_ends, *external_ends]:
            if end is not None and end >= hires[emp_id]:
                trained.add(emp_id)
    return trained


def new_hires_due(db: Database, year: int, today: dt.date) -> list[NewHireRow]:
    """The initial-training list of ``year`` (R17), most urgent first.

    Listed are active 公務人員 hired in ``year`` (trained or not), and those hired in the
    ``CARRY_OVER_YEARS`` years before who are still untrained and whose due date (4 months
    after reporting) falls in or before ``year``: someone hired in November is due, and
    possibly overdue, in the next year. Initial training is recognised explicitly (see
    ``_initially_trained``; the class category is the setting
    ``Setting.INITIAL_TRAINING_CATEGORY``), so an ordinary course does not clear the flag.
    """
    from hrplanner.services.common import settings_service
    from hrplanner.settings import Setting

    category = str(settings_service.get(db, Setting.INITIAL_TRAINING_CATEGORY))
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    with db.session() as session:
        people = session.execute(
            select(Employee.id, Employee.employee_no, Employee.name, Unit.name, Employee.hire_date)
            .join(Unit, Unit.id == Employee.unit_id)
            .join(StaffCategory, StaffCategory.id == Employee.category_id)
            .where(
                Employee.status == ACTIVE,
                StaffCategory.name == NEW_HIRE_CATEGORY,
                Employee.hire_date.between(dt.date(year - CARRY_OVER_YEARS, 1, 1), last),
            )
        ).all()
        hires: dict[int, dt.date] = {p[0]: p[4] for p in people if p[4] is not None}
        trained = _initially_trained(session, hires, category)
    rows: list[NewHireRow] = []
    for emp_id, emp_no, name, unit, _hire_date in people:
        hired = hires[emp_id]  # the BETWEEN filter leaves no hire date empty
        due = newhire.initial_training_due(hired)
        done = emp_id in trained
        if hired < first and done:
            continue  # an earlier year's hire is carried over only while untrained
        rows.append(
            NewHireRow(emp_id, emp_no, name, unit, hired, due, done, not done and today > due)
        )
    rows.sort(key=lambda r: (r.due, r.employee_no))
    return rows
