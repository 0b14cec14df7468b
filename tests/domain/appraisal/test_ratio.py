"""The share of 甲 per 官等 among 年終考績 (SPEC R14 *Ratio*; 考績法 §9), exactly."""

from __future__ import annotations

from fractions import Fraction

import pytest

from hrplanner.domain.appraisal.problems import codes
from hrplanner.domain.appraisal.ratio import (
    RatioEntry,
    RatioRow,
    a_ratio_by_rank,
    ratio_problems,
)
from hrplanner.domain.appraisal.vocabulary import AppraisalKind, Grade

YE, PY = AppraisalKind.YEAR_END, AppraisalKind.PART_YEAR


def group(rank: str | None, *grades: Grade | None, kind: AppraisalKind = YE) -> list[RatioEntry]:
    return [RatioEntry(rank, kind, g) for g in grades]


def only_row(entries: list[RatioEntry], limit: Fraction = Fraction(3, 4)) -> RatioRow:
    (row,) = a_ratio_by_rank(entries, limit)
    return row


@pytest.mark.parametrize(
    ("people", "a", "allowed", "over"),
    [
        pytest.param(4, 3, 3, False, id="3-of-4-is-75-percent-not-over"),
        pytest.param(4, 4, 3, True, id="4-of-4-over"),
        pytest.param(3, 2, 2, False, id="3-people-allow-2"),
        pytest.param(3, 3, 2, True, id="3-of-3-over"),
        pytest.param(7, 5, 5, False, id="7-people-allow-5"),
        pytest.param(7, 6, 5, True, id="6-of-7-over"),
        pytest.param(1, 0, 0, False, id="1-person-allows-0"),
        pytest.param(1, 1, 0, True, id="1-of-1-over"),
        pytest.param(100, 75, 75, False, id="75-of-100"),
        pytest.param(100, 76, 75, True, id="76-of-100"),
    ],
)
def test_allowed_and_over(people: int, a: int, allowed: int, over: bool) -> None:
    row = only_row(group("薦任", *([Grade.A] * a + [Grade.B] * (people - a))))
    assert (row.people, row.a_count, row.allowed, row.over) == (people, a, allowed, over)
    assert row.share == Fraction(a, people)


def test_only_year_end_appraisals_count() -> None:
    row = only_row(group("委任", Grade.A, Grade.B) + group("委任", Grade.A, Grade.A, kind=PY))
    assert (row.people, row.a_count) == (2, 1)


def test_part_year_alone_gives_no_row() -> None:
    assert a_ratio_by_rank(group("委任", Grade.A, kind=PY)) == ()


def test_groups_are_separate_and_in_order() -> None:
    rows = a_ratio_by_rank(
        group("委任", Grade.A)
        + group(None, Grade.B)
        + group("簡任", Grade.A, Grade.A)
        + group("薦任", Grade.C)
        + group("約聘", Grade.A)
    )
    assert [r.rank_group for r in rows] == ["簡任", "薦任", "委任", "約聘", None]
    assert [r.people for r in rows] == [2, 1, 1, 1, 1]


def test_counts_per_grade_and_ungraded() -> None:
    row = only_row(group("薦任", Grade.A, Grade.B, Grade.B, Grade.C, Grade.D, None, None))
    assert dict(row.counts) == {Grade.A: 1, Grade.B: 2, Grade.C: 1, Grade.D: 1}
    assert (row.people, row.ungraded) == (7, 2)


def test_limit_is_a_parameter() -> None:
    row = only_row(group("薦任", *[Grade.A] * 7, *[Grade.B] * 3), Fraction(7, 10))
    assert (row.allowed, row.over) == (7, False)
    row = only_row(group("薦任", *[Grade.A] * 8, *[Grade.B] * 2), Fraction(7, 10))
    assert (row.allowed, row.over) == (7, True)


@pytest.mark.parametrize("limit", [Fraction(-1, 10), Fraction(11, 10)])
def test_limit_outside_0_to_100_percent_is_refused(limit: Fraction) -> None:
    with pytest.raises(ValueError):
        a_ratio_by_rank([], limit)


def test_warning_names_group_share_and_allowed() -> None:
    rows = a_ratio_by_rank(
        group("薦任", Grade.A, Grade.A, Grade.A) + group("簡任", Grade.A, Grade.B)
    )
    problems = ratio_problems(rows)
    assert codes(problems) == ("a_ratio_over",)
    message = problems[0].message
    assert "薦任" in message and "100%" in message and "75%" in message and "2 人" in message


def test_warning_for_a_group_without_rank() -> None:
    (problem,) = ratio_problems(a_ratio_by_rank(group(None, Grade.A)))
    assert "未填官等" in problem.message


def test_stored_words_are_read_as_kind_and_grade() -> None:
    entry = RatioEntry("薦任", "年終考績", "甲")  # type: ignore[arg-type]
    assert (entry.kind, entry.grade) == (YE, Grade.A)
    assert only_row([entry]).a_count == 1


def test_the_agencys_own_order_of_rank_groups() -> None:
    entries = group("委任", Grade.A) + group("簡任", Grade.A) + group("約聘", Grade.B)
    rows = a_ratio_by_rank(entries, rank_order=("委任", "約聘", "簡任"))
    assert [r.rank_group for r in rows] == ["委任", "約聘", "簡任"]
