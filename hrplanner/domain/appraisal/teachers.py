"""Teachers' appraisal (教師成績考核, SPEC R14 *Teachers*): school year and outcomes.

Staff of category 教師 are appraised by school year (1 August – 31 July) with one of the
outcomes of 公立高級中等以下學校教師成績考核辦法 §4 I (第一款 / 第二款 / 第三款; file values
4-1-1 / 4-1-2 / 4-1-3) instead of a score and grade, outside the 甲 ratio, through the same
workflow with the school's 考核會.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType

from hrplanner.domain.appraisal.problems import Problem
from hrplanner.domain.appraisal.vocabulary import (
    TeacherOutcome,
    WorkflowStatus,
    parse_teacher_outcome,
)
from hrplanner.domain.vocabulary import TEACHER
from hrplanner.i18n import _

SCHOOL_YEAR_START_MONTH = 8
TEACHER_CATEGORY = TEACHER  # the staff category that follows this scheme

# What each outcome brings, as the 辦法 words it (printed, not translated).
OUTCOME_EFFECTS: Mapping[TeacherOutcome, str] = MappingProxyType(
    {
        TeacherOutcome.FIRST: "晉本薪或年功薪一級，並給與一個月薪給總額之一次獎金",
        TeacherOutcome.SECOND: "晉本薪或年功薪一級，並給與半個月薪給總額之一次獎金",
        TeacherOutcome.THIRD: "留支原薪",
    }
)


def school_year_of(day: date) -> int:
    """The school year holding ``day``, named by the Gregorian year it starts in:
    2024-08-01 … 2025-07-31 is 2024 (113學年度)."""
    return day.year if day.month >= SCHOOL_YEAR_START_MONTH else day.year - 1


def school_year_span(school_year: int) -> tuple[date, date]:
    """First and last day of a school year: 1 August to 31 July of the next year."""
    return date(school_year, SCHOOL_YEAR_START_MONTH, 1), date(school_year + 1, 7, 31)


def school_year_roc(school_year: int) -> int:
    """The ROC number of a school year (2024 → 113, as in 113學年度)."""
    return school_year - 1911


def teacher_problems(
    outcome: str | None, status: WorkflowStatus, *, has_score: bool = False
) -> tuple[Problem, ...]:
    """What is wrong with a teacher's appraisal: an outcome that is not one of the three,
    no outcome once it has been rated, or a score or grade (teachers get neither)."""
    status = WorkflowStatus(status)
    problems: list[Problem] = []
    text = (outcome or "").strip()
    if text:
        try:
            parse_teacher_outcome(text)
        except ValueError as exc:
            problems.append(Problem("teacher_outcome_unknown", str(exc)))
    elif status != WorkflowStatus.NOT_RATED:
        problems.append(
            Problem(
                "teacher_outcome_missing",
                _("狀態為「{status}」前須填寫考核結果（第四條第一項第一款至第三款）。").format(
                    status=status.value
                ),
            )
        )
    if has_score:
        problems.append(
            Problem(
                "teacher_has_score",
                _("教師成績考核以考核結果評定，不填項目評分及考績等次。"),
            )
        )
    return tuple(problems)
