"""The share of 甲 per 官等 among 年終考績 (SPEC R14 *Ratio*; 考績法 §9).

Each 官等 (簡任, 薦任, 委任 by default; the list is the agency's data) is its own
comparison group. Only 年終考績 count: 另予考績 and
teachers' 成績考核 are outside the ratio. The people of a group are all its 年終考績
appraisals, graded or not, so that an unfinished year does not look lower than it is; the
ungraded are counted separately. The limit is an exact Fraction (default 75%); ``allowed``
is ⌊limit × people⌋ and a share above the limit (strictly) is a warning.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from math import floor
from types import MappingProxyType

from hrplanner.domain.appraisal.problems import Problem, percent_text
from hrplanner.domain.appraisal.vocabulary import GRADES, AppraisalKind, Grade
from hrplanner.domain.vocabulary import DEFAULT_RANK_GROUPS
from hrplanner.i18n import _, ngettext

DEFAULT_A_RATIO_LIMIT = Fraction(3, 4)
RATIO_OVER = "a_ratio_over"


@dataclass(frozen=True)
class RatioEntry:
    """One appraisal as the ratio sees it; ``grade`` is None while it is not graded."""

    rank_group: str | None
    kind: AppraisalKind
    grade: Grade | None

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", AppraisalKind(self.kind))
        if self.grade is not None:
            object.__setattr__(self, "grade", Grade(self.grade))


@dataclass(frozen=True)
class RatioRow:
    """One 官等 of the 統計表: people, counts per grade, the share of 甲 and the 甲 allowed."""

    rank_group: str | None
    people: int
    counts: Mapping[Grade, int]
    ungraded: int
    limit: Fraction

    @property
    def a_count(self) -> int:
        return self.counts[Grade.A]

    @property
    def share(self) -> Fraction:
        """甲 ÷ people (exact); 0 for an empty group."""
        return Fraction(self.a_count, self.people) if self.people else Fraction(0)

    @property
    def allowed(self) -> int:
        """How many 甲 the limit allows in this group: ⌊limit × people⌋."""
        return floor(self.limit * self.people)

    @property
    def over(self) -> bool:
        return self.share > self.limit


def _validate_limit(limit: Fraction) -> Fraction:
    limit = Fraction(limit)
    if not 0 <= limit <= 1:
        raise ValueError(
            _("甲等比例上限須介於 0% 至 100%（收到 {value}）").format(value=percent_text(limit))
        )
    return limit


def _group_order(order: Sequence[str]) -> Callable[[str | None], tuple[int, str]]:
    def key(group: str | None) -> tuple[int, str]:
        if group is None:
            return (len(order) + 1, "")
        if group in order:
            return (order.index(group), group)
        return (len(order), group)

    return key


def a_ratio_by_rank(
    entries: Iterable[RatioEntry],
    limit: Fraction = DEFAULT_A_RATIO_LIMIT,
    rank_order: Sequence[str] = DEFAULT_RANK_GROUPS,
) -> tuple[RatioRow, ...]:
    """One row per 官等 that has 年終考績 appraisals, in ``rank_order`` (the agency's
    list of 官等; default 簡任, 薦任, 委任), then any other value alphabetically, then
    those with no 官等 recorded (``rank_group`` None)."""
    limit = _validate_limit(limit)
    people: dict[str | None, int] = {}
    counts: dict[str | None, dict[Grade, int]] = {}
    ungraded: dict[str | None, int] = {}
    for entry in entries:
        if entry.kind != AppraisalKind.YEAR_END:
            continue
        group = (entry.rank_group or "").strip() or None
        people[group] = people.get(group, 0) + 1
        per_grade = counts.setdefault(group, dict.fromkeys(GRADES, 0))
        if entry.grade is None:
            ungraded[group] = ungraded.get(group, 0) + 1
        else:
            per_grade[entry.grade] += 1
    return tuple(
        RatioRow(
            rank_group=group,
            people=people[group],
            counts=MappingProxyType(counts[group]),
            ungraded=ungraded.get(group, 0),
            limit=limit,
        )
        for group in sorted(people, key=_group_order(tuple(rank_order)))
    )


def ratio_problems(rows: Iterable[RatioRow]) -> tuple[Problem, ...]:
    """A warning for each 官等 whose share of 甲 is above the limit."""
    problems: list[Problem] = []
    for row in rows:
        if not row.over:
            continue
        group = row.rank_group or _("未填官等")
        problems.append(
            Problem(
                RATIO_OVER,
                ngettext(
                    "{group}年終考績甲等 {a} 人，占 {people} 人的 {share}，超過 {limit}；"
                    "依比例至多 {allowed} 人列甲等。",
                    "{group}年終考績甲等 {a} 人，占 {people} 人的 {share}，超過 {limit}；"
                    "依比例至多 {allowed} 人列甲等。",
                    row.allowed,
                ).format(
                    group=group,
                    a=row.a_count,
                    people=row.people,
                    share=percent_text(row.share),
                    limit=percent_text(row.limit),
                    allowed=row.allowed,
                ),
            )
        )
    return tuple(problems)
