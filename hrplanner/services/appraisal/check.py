"""``appraisal check --year Y`` (SPEC §4, R14): every named problem of the year's appraisals,
the 甲等 share per 官等 with its warning, and the teachers' problems of the school year that
ends in the year. The same view the year-end page shows, reduced to what needs attention."""

from __future__ import annotations

from dataclasses import dataclass, field

from hrplanner.domain.appraisal.problems import Problem as RuleProblem
from hrplanner.domain.appraisal.ratio import RatioRow
from hrplanner.services.appraisal.teachers import TeacherRow, list_teachers
from hrplanner.services.appraisal.year_end import YearEndRow, year_end_view
from hrplanner.storage.database import Database


@dataclass(frozen=True)
class CheckReport:
    year: int
    opened: bool
    people: int
    with_problems: list[YearEndRow]
    ratio: tuple[RatioRow, ...]
    ratio_warnings: tuple[RuleProblem, ...]
    school_year: int
    teachers_with_problems: list[TeacherRow] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.with_problems or self.ratio_warnings or self.teachers_with_problems)

    @property
    def problem_count(self) -> int:
        return (
            sum(len(r.problems) for r in self.with_problems)
            + len(self.ratio_warnings)
            + sum(len(t.problems) for t in self.teachers_with_problems)
        )


def check_year(db: Database, year: int) -> CheckReport:
    """The problems of Gregorian ``year`` (nothing is written)."""
    view = year_end_view(db, year)
    school_year = year - 1
    teachers = [t for t in list_teachers(db, school_year) if t.problems]
    return CheckReport(
        year=year,
        opened=view.cycle is not None,
        people=len(view.rows),
        with_problems=[r for r in view.rows if r.problems],
        ratio=view.ratio,
        ratio_warnings=view.ratio_warnings,
        school_year=school_year,
        teachers_with_problems=teachers,
    )
