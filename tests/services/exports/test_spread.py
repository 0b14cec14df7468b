"""訓練分布 (R16): per-unit staff, trained, zero-hour people and the top 10 % share; the
people without job-related training in five years; the workbook read back."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.services.exports import spread
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    CreditByTopic,
    Employee,
    Enrollment,
    ExternalRecord,
    LearningTopic,
    StaffCategory,
    TrainingClass,
)

EVIL = '=HYPERLINK("x")'


def test_top_share_is_exact() -> None:
    assert spread.top_share([]) is None
    assert spread.top_share([0, 0]) is None
    # 10 people: the top one; 3 people: still one (at least one person).
    assert spread.top_share([6000, 1200] + [0] * 8) == Fraction(5, 6)
    assert spread.top_share([300, 300, 0]) == Fraction(1, 2)
    # 11 people: ⌈1.1⌉ = 2.
    assert spread.top_share([50, 40] + [10] * 9) == Fraction(90, 180)


def _person(s: Any, no: str, name: str, unit: str, **kw: Any) -> Employee:
    emp = Employee(
        employee_no=no,
        name=name,
        unit_id=get_or_create_unit(s, unit).id,
        category_id=s.scalar(select(StaffCategory.id).filter_by(name="公務人員")),
        title="科員",
        **kw,
    )
    s.add(emp)
    s.flush()
    return emp


def _external(s: Any, emp: Employee, day: dt.date, minutes: int, topic: str = "一般") -> None:
    topic_id = s.scalar(select(LearningTopic.id).filter_by(name=topic))
    s.add(
        ExternalRecord(
            employee_id=emp.id,
            title=f"線上課程{day}",
            end_date=day,
            minutes=minutes,
            topic_id=topic_id,
        )
    )


@pytest.fixture
def data(db: Database) -> Database:
    with db.session() as s:
        hr = [_person(s, f"H{i:02d}", f"人事{i}", "人事室") for i in range(10)]
        sec = [
            _person(s, "S01", EVIL, "秘書室"),
            _person(s, "S02", "李美華", "秘書室"),
            _person(s, "S03", "陳大同", "秘書室"),
        ]
        _person(s, "X01", "離職者", "人事室", status="離職")
        _person(s, "X02", "明年到職", "人事室", hire_date=dt.date(2021, 2, 1))
        _external(s, hr[0], dt.date(2020, 6, 1), 6000)
        _external(s, hr[1], dt.date(2020, 6, 1), 1200, "業務相關")
        _external(s, sec[1], dt.date(2020, 7, 1), 300)
        _external(s, sec[0], dt.date(2019, 7, 1), 600)  # another year: not counted in 2020
        _external(s, sec[2], dt.date(2016, 3, 1), 60, "業務相關")  # in the window 2016–2020
        _external(s, hr[2], dt.date(2015, 12, 31), 60, "業務相關")  # just before it
        # a closed class crediting 業務相關 to 李美華 in 2020
        topic = s.scalar(select(LearningTopic.id).filter_by(name="業務相關"))
        cls = TrainingClass(
            code="109-001",
            title="業務研習",
            start_date=dt.date(2020, 8, 1),
            end_date=dt.date(2020, 8, 1),
            closed_on=dt.date(2020, 8, 2),
        )
        s.add(cls)
        s.flush()
        enr = Enrollment(
            class_id=cls.id,
            employee_id=sec[1].id,
            registered_at=dt.datetime(2020, 7, 1),
            credit_minutes=300,
        )
        s.add(enr)
        s.flush()
        s.add(CreditByTopic(enrollment_id=enr.id, topic_id=topic, minutes=300))
    return db


def test_per_unit_figures(data: Database) -> None:
    report = spread.build(data, 2020)
    by_unit = {u.unit: u for u in report.units}
    hr = by_unit["人事室"]
    assert (hr.staff, hr.trained, hr.zero, hr.minutes) == (10, 2, 8, 7200)
    assert hr.top_share == Fraction(5, 6)
    sec = by_unit["秘書室"]
    assert (sec.staff, sec.trained, sec.zero, sec.minutes) == (3, 1, 2, 600)
    assert sec.top_share == Fraction(1)
    total = report.units[-1]
    assert total.unit == "全機關"
    assert (total.staff, total.trained, total.zero, total.minutes) == (13, 3, 10, 7800)
    # 13 people: the top two (6000 + 1200) of 7800.
    assert total.top_share == Fraction(7200, 7800)
    assert total.top_percent == Decimal("92.3")


def test_no_job_related_training_in_five_years(data: Database) -> None:
    report = spread.build(data, 2020)
    listed = {p.employee_no: p for p in report.untrained}
    assert "H01" not in listed  # 業務相關 in 2020
    assert "S02" not in listed  # the closed class
    assert "S03" not in listed  # 2016 is inside 2016–2020
    assert listed["H02"].last_job_training == dt.date(2015, 12, 31)
    assert listed["S01"].last_job_training is None
    assert "X01" not in listed and "X02" not in listed
    assert len(listed) == 10


def test_workbook_reads_back_with_text_names(data: Database, tmp_path: Path) -> None:
    out = tmp_path / "spread.xlsx"
    spread.export_spread(data, 2020, out)
    wb = load_workbook(out)
    assert wb.sheetnames == ["訓練分布", "五年未受業務相關訓練"]
    rows = [[c.value for c in r] for r in wb["訓練分布"].iter_rows()]
    assert rows[0] == list(spread.SPREAD_HEADERS)
    assert rows[1] == [109, "人事室", 10, 2, 8, 120, 83.3]
    assert rows[-1][:2] == [109, "全機關"]
    people = wb["五年未受業務相關訓練"]
    assert [c.value for c in people[1]] == list(spread.UNTRAINED_HEADERS)
    names = {r[1].value: r[1] for r in people.iter_rows(min_row=2)}
    assert names[EVIL].data_type == "s"
    h02 = next(r for r in people.iter_rows(min_row=2, values_only=True) if r[0] == "H02")
    assert h02[6] == "104/12/31"
