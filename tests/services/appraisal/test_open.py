"""Opening a year (R13, R14): periods and due dates from the settings, who is in scope, the
suggested kind with the January/December and 30-day rules, interim records per period,
the teachers' school year, and re-opening that only adds and refreshes."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from hrplanner.services.appraisal import cycle, interim, teachers, year_end
from hrplanner.services.common import settings_service
from hrplanner.services.common.errors import InputRefused
from hrplanner.services.staff import roster
from hrplanner.settings import Setting
from hrplanner.storage.database import Database
from hrplanner.storage.models import Appraisal

from .conftest import OPENED, YEAR


def kinds(db: Database) -> dict[str, tuple[str | None, int]]:
    return {r.employee_no: (r.kind, r.months) for r in year_end.year_end_view(db, YEAR).rows}


def test_open_suggests_the_kind_by_the_statutes_counting(
    db: Database, agency: dict[str, int]
) -> None:
    report = cycle.open_year(db, YEAR, today=OPENED)
    assert report.categories == ("公務人員",)
    assert report.people == 6  # the contract employee and the teacher are not in scope
    assert report.periods == [(1, dt.date(2025, 4, 30)), (2, dt.date(2025, 8, 31))]
    assert report.due == dt.date(2026, 1, 31)
    assert kinds(db) == {
        "H1": ("年終考績", 12),
        "A1": ("年終考績", 12),  # started 15 January: a part January counts whole
        "A2": ("另予考績", 6),  # started 31 July: 1 day + 5 months → 6 months
        "A3": (None, 5),  # started 1 August: 5 months, no appraisal
        "H2": ("年終考績", 12),
        "B1": ("另予考績", 6),  # left 30 June: 6 months
    }
    assert report.kinds == {"年終考績": 3, "另予考績": 2, "不辦理考績": 1}
    # The teacher's school year that ends in the year is opened beside it.
    assert report.school_year == 2024 and report.teachers == 1
    assert [t.employee_no for t in teachers.list_teachers(db, 2024)] == ["T1"]


def test_interim_records_per_period_served_with_the_unit_head(
    db: Database, opened: dict[str, int]
) -> None:
    first = interim.list_interim(db, YEAR, 1, today=OPENED)
    second = interim.list_interim(db, YEAR, 2, today=OPENED)
    # A2 and A3 joined in the summer: not in the first period (January–April); B1 left on
    # 30 June, in the second one (May–August). By unit, then employee number.
    assert [r.employee_no for r in first.rows] == ["A1", "H1", "B1", "H2"]
    assert [r.employee_no for r in second.rows] == ["A1", "A2", "A3", "H1", "B1", "H2"]
    by_no = {r.employee_no: r for r in second.rows}
    assert by_no["A1"].appraiser == "王主任"
    assert by_no["B1"].appraiser == "張科長"
    assert by_no["H1"].appraiser == ""  # a head is appraised by someone the officer names
    assert by_no["H1"].supervisor and not by_no["A1"].supervisor
    assert first.by_unit == {"人事室": (2, 2), "秘書室": (2, 2)}


def test_due_dates_and_categories_come_from_the_settings(
    db: Database, agency: dict[str, int]
) -> None:
    settings_service.update(
        db,
        {
            Setting.APPRAISAL_INTERIM_DUE_1: "05-10",
            Setting.APPRAISAL_INTERIM_PERIOD_3: True,
            Setting.APPRAISAL_YEAR_END_DUE: "12-20",
        },
    )
    report = cycle.open_year(db, YEAR, today=OPENED, categories=["公務人員", "約聘僱人員"])
    assert report.periods == [
        (1, dt.date(2025, 5, 10)),
        (2, dt.date(2025, 8, 31)),
        (3, dt.date(2025, 12, 20)),
    ]
    assert report.due == dt.date(2025, 12, 20)
    assert "C1" in kinds(db)
    with pytest.raises(InputRefused, match="未知的人員類別"):
        cycle.open_year(db, YEAR, today=OPENED, categories=["工讀生"])


def test_a_broken_due_date_setting_is_refused_by_name(db: Database, agency: dict[str, int]) -> None:
    settings_service.update(db, {Setting.APPRAISAL_INTERIM_DUE_2: "8月32日"})
    with pytest.raises(InputRefused, match=r"appraisal\.interim_due_2"):
        cycle.open_year(db, YEAR, today=OPENED)


def test_reopening_adds_refreshes_and_keeps_what_was_entered(
    db: Database, opened: dict[str, int]
) -> None:
    view = {r.employee_no: r for r in year_end.year_end_view(db, YEAR).rows}
    year_end.save_entry(
        db, view["H1"].id, year_end.YearEndEntry(item_score=85), version=None, today=OPENED
    )
    # A3's hire date was wrong: he started in July. The contract employee comes into scope.
    data = roster.get(db, opened["A3"])
    data.hire_date = dt.date(2025, 7, 1)
    roster.update(db, opened["A3"], data)
    report = cycle.open_year(db, YEAR, today=OPENED, categories=["公務人員", "約聘僱人員"])
    assert report.added == 1  # C1
    assert kinds(db)["A3"] == ("另予考績", 6)
    again = cycle.open_year(db, YEAR, today=OPENED)  # back to 公務人員 only
    assert again.added == 0 and again.removed == 1  # C1's empty record goes
    rows = {r.employee_no: r for r in year_end.year_end_view(db, YEAR).rows}
    assert rows["H1"].score == 85 and rows["H1"].status == "已評擬"
    assert "C1" not in rows


def test_reopening_keeps_an_overridden_kind(db: Database, opened: dict[str, int]) -> None:
    row = next(r for r in year_end.year_end_view(db, YEAR).rows if r.employee_no == "A2")
    year_end.set_kind(db, row.id, None, reason="借調期間不予考績", version=row.version)
    cycle.open_year(db, YEAR, today=OPENED)
    with db.session() as s:
        stored = s.scalars(select(Appraisal).filter_by(id=row.id)).one()
        assert stored.kind is None and stored.kind_reason == "借調期間不予考績"
        assert stored.suggested_kind == "另予考績"
