"""The selection check of 施行細則 §13 for study records (SPEC R12): whether the last two
years' year-end appraisals were at least one 甲 and the other 乙 or better.

The grades belong to the appraisal area (``services.appraisal.grades.final_grades``, the
decided grades); where there is no grade for these people, there is nothing to show and the
study page leaves the check out rather than calling everyone 資料不足.
"""

from __future__ import annotations

from collections.abc import Sequence

from hrplanner.domain.study import Selection, selection_for_year
from hrplanner.services.appraisal.grades import final_grades
from hrplanner.services.study.records import StudyView
from hrplanner.storage.database import Database

YEARS_LOOKED_AT = 2


def selection_checks(db: Database, records: Sequence[StudyView]) -> dict[int, Selection] | None:
    """The §13 check of each record (by id) for a selection in its start year, or None when
    no appraisal data exist for these people (the check is then not shown at all)."""
    if not records:
        return None
    people = {r.employee_id for r in records}
    years = {r.start_date.year - back for r in records for back in range(1, YEARS_LOOKED_AT + 1)}
    grades = final_grades(db, people, years)
    if not grades:
        return None
    checks: dict[int, Selection] = {}
    for record in records:
        own = {year: g for (person, year), g in grades.items() if person == record.employee_id}
        checks[record.id] = selection_for_year(own, record.start_date.year)
    return checks
