"""Item score, 考績分數 and grade (SPEC R14 *Score*; 考績法 §6, 細則 §3, §16).

The supervisor gives an item score (項目評分, an integer 0–100), or the four components
工作, 操行, 學識, 才能 within their limits, whose sum it is; when both are given they must
agree. 考績分數 = item score + net 獎懲 points, kept within 0–100; the raw sum is kept too so
that a screen can say the score was held at the bound. Grade: 甲 ≥ 80, 乙 70–79, 丙 60–69,
丁 < 60.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from hrplanner.domain.appraisal.problems import AppraisalInvalid, Problem
from hrplanner.domain.appraisal.vocabulary import (
    DEFAULT_COMPONENT_LIMITS,
    GRADE_FLOORS,
    GRADES,
    SCORE_MAX,
    SCORE_MIN,
    Component,
    Grade,
)
from hrplanner.i18n import _


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass(frozen=True)
class Components:
    """The four parts of the item score (工作, 操行, 學識, 才能). Values are not checked
    here, so that an import can report every problem at once: see :func:`score_problems`."""

    work: int
    conduct: int
    knowledge: int
    ability: int

    def as_mapping(self) -> Mapping[Component, int]:
        return MappingProxyType(
            {
                Component.WORK: self.work,
                Component.CONDUCT: self.conduct,
                Component.KNOWLEDGE: self.knowledge,
                Component.ABILITY: self.ability,
            }
        )

    @property
    def total(self) -> int:
        return self.work + self.conduct + self.knowledge + self.ability


def component_problems(
    components: Components, limits: Mapping[Component, int] = DEFAULT_COMPONENT_LIMITS
) -> tuple[Problem, ...]:
    """Each component must be an integer from 0 to its limit."""
    problems: list[Problem] = []
    for component, value in components.as_mapping().items():
        limit = limits[component]
        if not _is_int(value) or not 0 <= value <= limit:
            problems.append(
                Problem(
                    "component_out_of_range",
                    _("{component}分數須為 0 至 {limit} 的整數（收到 {value}）").format(
                        component=component.value, limit=limit, value=value
                    ),
                    component.value,
                )
            )
    return tuple(problems)


def score_problems(
    item_score: int | None,
    components: Components | None,
    limits: Mapping[Component, int] = DEFAULT_COMPONENT_LIMITS,
) -> tuple[Problem, ...]:
    """Everything wrong with a supervisor's score entry; empty when it can be used."""
    if item_score is None and components is None:
        return (Problem("item_score_missing", _("尚未評分：請填寫項目評分或四項分數。")),)
    problems: list[Problem] = []
    if item_score is not None and (
        not _is_int(item_score) or not SCORE_MIN <= item_score <= SCORE_MAX
    ):
        problems.append(
            Problem(
                "item_score_out_of_range",
                _("項目評分須為 0 至 100 的整數（收到 {value}）").format(value=item_score),
            )
        )
    if components is not None:
        problems.extend(component_problems(components, limits))
        if not problems and item_score is not None and components.total != item_score:
            problems.append(
                Problem(
                    "item_score_mismatch",
                    _("項目評分 {item} 分與四項分數合計 {total} 分不符。").format(
                        item=item_score, total=components.total
                    ),
                )
            )
    return tuple(problems)


def resolve_item_score(
    item_score: int | None,
    components: Components | None,
    limits: Mapping[Component, int] = DEFAULT_COMPONENT_LIMITS,
) -> int:
    """The item score of an entry (the components' sum when only they are given); raises
    :class:`AppraisalInvalid` with every problem of :func:`score_problems`."""
    problems = score_problems(item_score, components, limits)
    if problems:
        raise AppraisalInvalid(problems)
    if item_score is not None:
        return item_score
    assert components is not None
    return components.total


def grade_for(score: int) -> Grade:
    """考績等次 of a 考績分數 (0–100): 80 exactly is 甲, 79 is 乙, 59 is 丁."""
    if not _is_int(score) or not SCORE_MIN <= score <= SCORE_MAX:
        raise ValueError(_("考績分數須為 0 至 100 的整數（收到 {value}）").format(value=score))
    return next(g for g in GRADES if score >= GRADE_FLOORS[g])


@dataclass(frozen=True)
class ScoreResult:
    """項目評分 + 獎懲增減 = ``raw``; ``score`` is ``raw`` kept within 0–100."""

    item_score: int
    net_points: int
    raw: int
    score: int
    grade: Grade

    @property
    def clamped(self) -> bool:
        """Whether the sum went past 100 or below 0 and was held at the bound."""
        return self.raw != self.score

    def clamp_note(self) -> str | None:
        """A sentence for the screen when the score was held at a bound, else None."""
        if not self.clamped:
            return None
        return _("項目評分加獎懲增減合計 {raw} 分，考績分數以 {score} 分計。").format(
            raw=self.raw, score=self.score
        )


def appraisal_score(item_score: int, net_points: int) -> ScoreResult:
    """考績分數 and grade from a valid item score and the net 獎懲 points."""
    if not _is_int(item_score) or not SCORE_MIN <= item_score <= SCORE_MAX:
        raise ValueError(_("項目評分須為 0 至 100 的整數（收到 {value}）").format(value=item_score))
    raw = item_score + net_points
    score = min(SCORE_MAX, max(SCORE_MIN, raw))
    return ScoreResult(item_score, net_points, raw, score, grade_for(score))


def components_from_entry(
    work: int | None, conduct: int | None, knowledge: int | None, ability: int | None
) -> tuple[Components | None, tuple[Problem, ...]]:
    """The four components as typed or imported: all four (a :class:`Components`), none
    (None), or some of them, which is a problem naming the missing ones."""
    values = {
        Component.WORK: work,
        Component.CONDUCT: conduct,
        Component.KNOWLEDGE: knowledge,
        Component.ABILITY: ability,
    }
    missing = [c.value for c, v in values.items() if v is None]
    if len(missing) == len(values):
        return None, ()
    if missing:
        return None, (
            Problem(
                "components_incomplete",
                _("四項分數須全部填寫（缺少{missing}）").format(missing="、".join(missing)),
            ),
        )
    assert work is not None and conduct is not None and knowledge is not None
    assert ability is not None
    return Components(work, conduct, knowledge, ability), ()
