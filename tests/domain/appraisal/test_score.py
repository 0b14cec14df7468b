"""Item score, components, 考績分數 and grade (SPEC R14 *Score*)."""

from __future__ import annotations

import pytest

from hrplanner.domain.appraisal.problems import AppraisalInvalid, codes
from hrplanner.domain.appraisal.score import (
    Components,
    appraisal_score,
    grade_for,
    resolve_item_score,
    score_problems,
)
from hrplanner.domain.appraisal.vocabulary import Component, Grade


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        pytest.param(0, (), id="zero"),
        pytest.param(100, (), id="hundred"),
        pytest.param(-1, ("item_score_out_of_range",), id="below-zero"),
        pytest.param(101, ("item_score_out_of_range",), id="above-hundred"),
        pytest.param(80.5, ("item_score_out_of_range",), id="not-an-integer"),
        pytest.param(True, ("item_score_out_of_range",), id="bool"),
    ],
)
def test_item_score_range(item: int, expected: tuple[str, ...]) -> None:
    assert codes(score_problems(item, None)) == expected


@pytest.mark.parametrize(
    ("components", "ok"),
    [
        pytest.param(Components(65, 15, 10, 10), True, id="all-at-their-limits"),
        pytest.param(Components(66, 10, 5, 5), False, id="work-66"),
        pytest.param(Components(60, 16, 5, 5), False, id="conduct-16"),
        pytest.param(Components(60, 10, 11, 5), False, id="knowledge-11"),
        pytest.param(Components(60, 10, 5, 11), False, id="ability-11"),
        pytest.param(Components(-1, 10, 5, 5), False, id="negative"),
        pytest.param(Components(0, 0, 0, 0), True, id="all-zero"),
    ],
)
def test_component_limits(components: Components, ok: bool) -> None:
    problems = score_problems(None, components)
    assert codes(problems) == (() if ok else ("component_out_of_range",))


def test_component_problem_names_the_component_and_limit() -> None:
    (problem,) = score_problems(None, Components(66, 10, 5, 5))
    assert "工作" in problem.message and "65" in problem.message and "66" in problem.message


def test_every_bad_component_is_named() -> None:
    assert len(score_problems(None, Components(70, 20, 12, 12))) == 4


def test_limits_are_a_parameter() -> None:
    limits = {Component.WORK: 50, Component.CONDUCT: 20, Component.KNOWLEDGE: 15,
              Component.ABILITY: 15}  # fmt: skip
    assert score_problems(None, Components(50, 20, 15, 15), limits) == ()
    assert codes(score_problems(None, Components(65, 15, 10, 10), limits)) == (
        "component_out_of_range",
    )


@pytest.mark.parametrize(
    ("item", "components", "expected"),
    [
        pytest.param(85, Components(55, 12, 9, 9), (), id="sum-equals-item"),
        pytest.param(86, Components(55, 12, 9, 9), ("item_score_mismatch",), id="sum-differs"),
        pytest.param(None, None, ("item_score_missing",), id="nothing-given"),
    ],
)
def test_item_and_components_together(
    item: int | None, components: Components | None, expected: tuple[str, ...]
) -> None:
    assert codes(score_problems(item, components)) == expected


def test_resolve_item_score() -> None:
    assert resolve_item_score(None, Components(55, 12, 9, 9)) == 85
    assert resolve_item_score(77, None) == 77
    with pytest.raises(AppraisalInvalid) as raised:
        resolve_item_score(86, Components(55, 12, 9, 9))
    assert raised.value.codes == ("item_score_mismatch",)


@pytest.mark.parametrize(
    ("item", "net", "raw", "score", "grade"),
    [
        pytest.param(71, 9, 80, 80, Grade.A, id="pushed-to-80-is-A"),
        pytest.param(95, 9, 104, 100, Grade.A, id="pushed-past-100"),
        pytest.param(91, 9, 100, 100, Grade.A, id="exactly-100-not-clamped"),
        pytest.param(5, -9, -4, 0, Grade.D, id="pushed-below-0"),
        pytest.param(9, -9, 0, 0, Grade.D, id="exactly-0-not-clamped"),
        pytest.param(82, -3, 79, 79, Grade.B, id="pulled-to-79-is-B"),
        pytest.param(75, 0, 75, 75, Grade.B, id="no-rewards"),
    ],
)
def test_appraisal_score(item: int, net: int, raw: int, score: int, grade: Grade) -> None:
    result = appraisal_score(item, net)
    assert (result.raw, result.score, result.grade) == (raw, score, grade)
    assert result.clamped is (raw != score)
    assert (result.clamp_note() is None) is (raw == score)


def test_clamp_note_names_both_numbers() -> None:
    note = appraisal_score(95, 9).clamp_note()
    assert note is not None and "104" in note and "100" in note


def test_appraisal_score_refuses_a_bad_item_score() -> None:
    with pytest.raises(ValueError):
        appraisal_score(101, 0)


@pytest.mark.parametrize(
    ("score", "grade"),
    [
        (100, Grade.A),
        (80, Grade.A),
        (79, Grade.B),
        (70, Grade.B),
        (69, Grade.C),
        (60, Grade.C),
        (59, Grade.D),
        (0, Grade.D),
    ],
)
def test_grade_for(score: int, grade: Grade) -> None:
    assert grade_for(score) is grade


@pytest.mark.parametrize("score", [-1, 101])
def test_grade_for_refuses_out_of_range(score: int) -> None:
    with pytest.raises(ValueError):
        grade_for(score)


def test_components_from_entry_all_none_or_problem() -> None:
    from hrplanner.domain.appraisal.score import Components, components_from_entry

    assert components_from_entry(None, None, None, None) == (None, ())
    assert components_from_entry(60, 14, 9, 9) == (Components(60, 14, 9, 9), ())
    found, problems = components_from_entry(60, None, 9, None)
    assert found is None
    assert [p.code for p in problems] == ["components_incomplete"]
    assert "操行、才能" in problems[0].message
