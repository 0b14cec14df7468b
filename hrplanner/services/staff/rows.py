"""The staff list's rows and filter, kept apart from the queries (``roster``) so that the
window's table model imports them without SQLAlchemy."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

__all__ = ["EmployeeRow", "StaffFilter"]


@dataclass(frozen=True)
class EmployeeRow:
    """One line of the staff list (identity number masked)."""

    id: int
    employee_no: str
    name: str
    national_id_masked: str
    gender: str
    unit: str
    title: str
    category: str
    rank_group: str
    hire_date: dt.date | None
    status: str
    email: str
    meal: str


@dataclass(frozen=True)
class StaffFilter:
    text: str = ""  # substring of the name or the employee number
    unit_id: int | None = None
    category_id: int | None = None
    status: str | None = None
