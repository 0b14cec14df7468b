"""The editable fields of one person, shared by the roster, its validation and the staff
import (a module of its own, so that those never need to import each other)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hrplanner.domain.vocabulary import ACTIVE, MEAT


@dataclass
class EmployeeData:
    """The editable fields of one person; "" means "not given" for optional text."""

    employee_no: str = ""
    name: str = ""
    national_id: str = ""
    gender: str = ""
    birth_date: dt.date | None = None
    unit: str = ""
    title: str = ""
    category: str = ""
    rank_group: str = ""
    hire_date: dt.date | None = None
    email: str = ""
    meal: str = MEAT
    status: str = ACTIVE
    leave_date: dt.date | None = None  # 離職日期: the last day of service
    is_supervisor: bool = False
    version: int = 0  # the record's version when read; 0 for a new person
