"""The selection check of 施行細則 §13 for study records (SPEC R12): whether the last two
years' year-end appraisals were at least one 甲 and the other 乙 or better.

The grades belong to the appraisal area. This module reads them through one small function
of that area, ``hrplanner.services.appraisal.grades.final_grades(db, person_ids, years)``
returning ``{(person_id, year): Grade}`` for the appraisals that are decided; where the
area is not installed (or has no grade for these people), there is nothing to show and the
study page leaves the check out rather than calling everyone 資料不足.
"""

from __future__ import annotations

import importlib
from collections.abc import Collection, Mapping, Sequence

from hrplanner.domain.appraisal.vocabulary import Grade
from hrplanner.domain.study import Selection, selection_for_year
from hrplanner.services.study.records import StudyView
from hrplanner.storage.database import Database

GRADES_SOURCE = "hrplanner.services.appraisal.grades"
YEARS_LOOKED_AT = 2


def final_grades(
    db: Database, person_ids: Collection[int], years: Collection[int]
) -> Mapping[tuple[int, int], Grade] | None:
    """Decided year-end grades by (person, year), or None when the appraisal area is absent."""
    try:
        source = importlib.import_module(GRADES_SOURCE)
    except ImportError:
        return None
    grades: Mapping[tuple[int, int], Grade] = source.final_grades(db, person_ids, years)
    return grades


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
