"""The 細則 §13 selection check reads grades from the appraisal area when it is there (and
shows nothing when it is not), and the ``study_people`` KPI measure counts approved people
of the binding's kinds."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

import pytest

from hrplanner.domain.appraisal.vocabulary import Grade
from hrplanner.domain.plans.measures import make_binding
from hrplanner.domain.study import FULL_TIME, OFF_HOURS, Selection
from hrplanner.services.study import measures, records, selection
from hrplanner.storage.database import Database

from .test_records import part_time


def test_no_appraisal_area_means_no_check(staff: Database) -> None:
    records.add_record(staff, part_time("S001"))
    listing = records.year_list(staff, 2025)
    assert selection.selection_checks(staff, listing.records) is None


def test_grades_of_the_two_years_before_the_start(
    staff: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = records.add_record(staff, part_time("S001")).record
    b = records.add_record(staff, part_time("S002", approved_on=None)).record
    c = records.add_record(staff, part_time("S003", approved_on=None)).record
    grades = {(a.employee_id, 2024): Grade.A, (a.employee_id, 2023): Grade.B,
              (b.employee_id, 2024): Grade.B, (b.employee_id, 2023): Grade.B,
              (c.employee_id, 2024): Grade.A}  # fmt: skip
    asked: list[tuple[set[int], set[int]]] = []

    def final_grades(
        db: Database, people: Collection[int], years: Collection[int]
    ) -> dict[tuple[int, int], Grade]:
        asked.append((set(people), set(years)))
        return {k: g for k, g in grades.items() if k[0] in people and k[1] in years}

    monkeypatch.setattr(selection, "final_grades", final_grades)
    checks = selection.selection_checks(staff, records.year_list(staff, 2025).records)
    assert checks == {a.id: Selection.ELIGIBLE, b.id: Selection.NOT_ELIGIBLE,
                      c.id: Selection.UNKNOWN}  # fmt: skip
    assert asked == [({a.employee_id, b.employee_id, c.employee_id}, {2023, 2024})]
    grades.clear()
    assert selection.selection_checks(staff, records.year_list(staff, 2025).records) is None


def test_study_people_counts_approved_people_of_the_kinds(staff: Database) -> None:
    records.add_record(staff, part_time("S001"))
    records.add_record(staff, part_time("S002", kind=FULL_TIME, weekly_minutes={}))
    records.add_record(staff, part_time("S003", approved_on=None))
    records.add_record(
        staff,
        part_time("S004", kind=OFF_HOURS, weekly_minutes={}, start_date=dt.date(2025, 1, 1),
                  end_date=None),
    )  # fmt: skip
    every = make_binding("study_people")
    assert measures.study_people(staff, 2025, every) == 3
    assert measures.study_people(staff, 2027, every) == 1  # open-ended 公餘進修
    assert (
        measures.study_people(staff, 2025, make_binding("study_people", {"kind": OFF_HOURS})) == 1
    )
    both = make_binding("study_people", {"進修類別": ["部分辦公時間進修", FULL_TIME]})
    assert measures.study_people(staff, 2025, both) == 2
