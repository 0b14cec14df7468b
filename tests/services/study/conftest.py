"""People for the study tests: four civil servants in two units, the agency with a budgeted
headcount of 25 (two places a year)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from hrplanner.services.common import settings_service
from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.settings import Setting
from hrplanner.storage.database import Database
from hrplanner.storage.models import Employee, StaffCategory

PEOPLE = (("S001", "王小明", "人事室"), ("S002", "李美華", "秘書室"), ("S003", "陳大同", "人事室"))


@pytest.fixture
def staff(db: Database) -> Database:
    with db.session() as s:
        category = s.scalar(select(StaffCategory.id).filter_by(name="公務人員"))
        for number, name, unit in (*PEOPLE, ("S004", "林志玲", "秘書室")):
            unit_id = get_or_create_unit(s, unit).id
            s.add(Employee(employee_no=number, name=name, unit_id=unit_id, category_id=category))
    settings_service.update(db, {Setting.BUDGETED_HEADCOUNT: 25})
    return db
