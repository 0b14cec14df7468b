"""The decided year-end grades (已核定), for other areas that look at a person's record:
the selection check of study programmes (施行細則 §13) and the 甲等 evidence."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from sqlalchemy import select

from hrplanner.domain.appraisal.vocabulary import Grade, WorkflowStatus
from hrplanner.storage.database import Database
from hrplanner.storage.models import Appraisal


def final_grades(
    db: Database, person_ids: Collection[int], years: Collection[int]
) -> Mapping[tuple[int, int], Grade]:
    """``{(person id, year): grade}`` of the approved appraisals of these people and years."""
    if not person_ids or not years:
        return {}
    with db.session() as s:
        rows = s.execute(
            select(Appraisal.employee_id, Appraisal.year, Appraisal.grade).where(
                Appraisal.employee_id.in_(list(person_ids)),
                Appraisal.year.in_(list(years)),
                Appraisal.status == WorkflowStatus.APPROVED.value,
                Appraisal.grade.is_not(None),
            )
        ).all()
    return {(r.employee_id, r.year): Grade(r.grade) for r in rows}
