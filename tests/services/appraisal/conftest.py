"""A small agency for the appraisal services: six 公務人員 in two units (a head each), one
contract employee, one teacher, with the service dates the kind rules turn on."""

from __future__ import annotations

import datetime as dt

import pytest

from hrplanner.services.appraisal import cycle
from hrplanner.services.staff import roster
from hrplanner.services.staff.records import EmployeeData
from hrplanner.storage.database import Database

YEAR = 2025
OPENED = dt.date(2025, 3, 1)

PEOPLE = (
    # no, name, unit, category, rank, hired, left, supervisor
    ("H1", "王主任", "人事室", "公務人員", "簡任", dt.date(2010, 1, 1), None, True),
    ("A1", "李科員", "人事室", "公務人員", "薦任", dt.date(2025, 1, 15), None, False),
    ("A2", "陳辦事", "人事室", "公務人員", "委任", dt.date(2025, 7, 31), None, False),
    ("A3", "林新進", "人事室", "公務人員", "委任", dt.date(2025, 8, 1), None, False),
    ("H2", "張科長", "秘書室", "公務人員", "薦任", dt.date(2005, 1, 1), None, True),
    (
        "B1",
        "黃離職",
        "秘書室",
        "公務人員",
        "薦任",
        dt.date(2015, 1, 1),
        dt.date(2025, 6, 30),
        False,
    ),
    ("C1", "吳約聘", "秘書室", "約聘僱人員", "", dt.date(2018, 1, 1), None, False),
    ("T1", "鄭老師", "教務處", "教師", "", dt.date(2012, 8, 1), None, False),
)


@pytest.fixture
def agency(db: Database) -> dict[str, int]:
    ids = {}
    for no, name, unit, category, rank, hired, left, head in PEOPLE:
        ids[no] = roster.create(
            db,
            EmployeeData(
                employee_no=no,
                name=name,
                unit=unit,
                category=category,
                rank_group=rank,
                hire_date=hired,
                leave_date=left,
                status="離職" if left else "在職",
                is_supervisor=head,
            ),
        )
    return ids


@pytest.fixture
def opened(db: Database, agency: dict[str, int]) -> dict[str, int]:
    cycle.open_year(db, YEAR, today=OPENED)
    return agency
