"""Teachers' appraisal: school year and outcomes (SPEC R14 *Teachers*)."""

from __future__ import annotations

from datetime import date

import pytest

from hrplanner.domain.appraisal.problems import codes
from hrplanner.domain.appraisal.teachers import (
    OUTCOME_EFFECTS,
    school_year_of,
    school_year_roc,
    school_year_span,
    teacher_problems,
)
from hrplanner.domain.appraisal.vocabulary import TeacherOutcome, WorkflowStatus

W = WorkflowStatus


@pytest.mark.parametrize(
    ("day", "school_year"),
    [
        pytest.param(date(2024, 8, 1), 2024, id="1-august-starts-the-year"),
        pytest.param(date(2024, 7, 31), 2023, id="31-july-ends-the-year"),
        pytest.param(date(2025, 1, 15), 2024, id="january-belongs-to-last-august"),
        pytest.param(date(2025, 7, 31), 2024, id="last-day"),
        pytest.param(date(2024, 12, 31), 2024, id="december"),
    ],
)
def test_school_year_of(day: date, school_year: int) -> None:
    assert school_year_of(day) == school_year


def test_school_year_span_and_roc_number() -> None:
    assert school_year_span(2024) == (date(2024, 8, 1), date(2025, 7, 31))
    assert school_year_roc(2024) == 113


@pytest.mark.parametrize(
    ("outcome", "status", "has_score", "expected"),
    [
        pytest.param("4-1-1", W.RATED, False, (), id="first"),
        pytest.param("4-1-3", W.APPROVED, False, (), id="third"),
        pytest.param("第四條第一項第二款", W.RATED, False, (), id="written-out"),
        pytest.param("4-1-4", W.RATED, False, ("teacher_outcome_unknown",), id="unknown"),
        pytest.param("甲", W.RATED, False, ("teacher_outcome_unknown",), id="a-grade-is-not-one"),
        pytest.param(None, W.RATED, False, ("teacher_outcome_missing",), id="missing-when-rated"),
        pytest.param(None, W.NOT_RATED, False, (), id="missing-before-rating"),
        pytest.param("4-1-1", W.RATED, True, ("teacher_has_score",), id="teachers-get-no-score"),
    ],
)
def test_teacher_problems(
    outcome: str | None, status: WorkflowStatus, has_score: bool, expected: tuple[str, ...]
) -> None:
    assert codes(teacher_problems(outcome, status, has_score=has_score)) == expected


def test_every_outcome_has_its_effect() -> None:
    assert set(OUTCOME_EFFECTS) == set(TeacherOutcome)
    assert OUTCOME_EFFECTS[TeacherOutcome.THIRD] == "留支原薪"
