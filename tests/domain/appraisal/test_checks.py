"""The named problems of one appraisal (SPEC R14 *Checks*), each rule and edge by name."""

from __future__ import annotations

from fractions import Fraction

import pytest

from hrplanner.domain.appraisal.checks import AppraisalFacts, CheckCode, check_appraisal
from hrplanner.domain.appraisal.leave import LeaveSummary
from hrplanner.domain.appraisal.problems import codes
from hrplanner.domain.appraisal.vocabulary import Grade

A, B, C, D = Grade.A, Grade.B, Grade.C, Grade.D
CLEAN = LeaveSummary(Fraction(0), Fraction(0), 0)
C_ = CheckCode


def facts(grade: Grade, net: int = 0, **kwargs: object) -> AppraisalFacts:
    kwargs.setdefault("leave", CLEAN)
    if grade is D:
        kwargs.setdefault("d_ground", "6-3-3")
    return AppraisalFacts(grade, net, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("grade", "net", "expected"),
    [
        pytest.param(B, 18, (C_.MERITS_TWO_MAJOR_BELOW_A,), id="plus-18-and-B"),
        pytest.param(C, 18, (C_.MERITS_TWO_MAJOR_BELOW_A,), id="plus-18-and-C-one-problem"),
        pytest.param(A, 18, (), id="plus-18-and-A"),
        pytest.param(B, 17, (), id="plus-17-and-B"),
        pytest.param(C, 9, (C_.MERITS_ONE_MAJOR_BELOW_B,), id="plus-9-and-C"),
        pytest.param(D, 9, (C_.MERITS_ONE_MAJOR_BELOW_B,), id="plus-9-and-D"),
        pytest.param(B, 9, (), id="plus-9-and-B"),
        pytest.param(C, 8, (), id="plus-8-and-C"),
        pytest.param(B, -9, (C_.DEMERITS_ONE_MAJOR_ABOVE_C,), id="minus-9-and-B"),
        pytest.param(A, -9, (C_.DEMERITS_ONE_MAJOR_ABOVE_C,), id="minus-9-and-A-one-problem"),
        pytest.param(C, -9, (), id="minus-9-and-C"),
        pytest.param(B, -8, (), id="minus-8-and-B"),
        pytest.param(C, -18, (C_.DEMERITS_TWO_MAJOR_ABOVE_D,), id="minus-18-and-C"),
        pytest.param(B, -18, (C_.DEMERITS_TWO_MAJOR_ABOVE_D,), id="minus-18-and-B-one-problem"),
        pytest.param(C, -17, (), id="minus-17-and-C"),
        pytest.param(D, -18, (), id="minus-18-and-D"),
    ],
)
def test_rewards_against_grade(grade: Grade, net: int, expected: tuple[str, ...]) -> None:
    assert codes(check_appraisal(facts(grade, net))) == expected


@pytest.mark.parametrize(
    ("net", "expected"),
    [
        pytest.param(-3, (C_.A_BARRED_NET_PENALTY,), id="A-with-net-minus-3"),
        pytest.param(-8, (C_.A_BARRED_NET_PENALTY,), id="A-with-net-minus-8"),
        pytest.param(-2, (), id="A-with-net-minus-2"),
    ],
)
def test_a_barred_by_net_penalty(net: int, expected: tuple[str, ...]) -> None:
    assert codes(check_appraisal(facts(A, net))) == expected


def test_net_minus_3_does_not_bar_B() -> None:
    assert check_appraisal(facts(B, -3)) == ()


@pytest.mark.parametrize(
    ("absent", "expected"),
    [
        pytest.param(Fraction(1), (C_.A_BARRED_ABSENCE,), id="absent-1-day"),
        pytest.param(Fraction(3, 2), (C_.A_BARRED_ABSENCE,), id="absent-1.5-days"),
        pytest.param(Fraction(1, 2), (), id="absent-half-day"),
        pytest.param(Fraction(0), (), id="absent-0"),
    ],
)
def test_a_barred_by_absence(absent: Fraction, expected: tuple[str, ...]) -> None:
    leave = LeaveSummary(Fraction(0), absent, 0)
    assert codes(check_appraisal(facts(A, leave=leave))) == expected


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        pytest.param(Fraction(14), (), id="leave-14-days-passes"),
        pytest.param(Fraction(15), (C_.A_BARRED_LEAVE,), id="leave-15-days-fails"),
        pytest.param(Fraction(29, 2), (C_.A_BARRED_LEAVE,), id="leave-14.5-days-fails"),
    ],
)
def test_a_barred_by_sick_and_personal_leave(days: Fraction, expected: tuple[str, ...]) -> None:
    leave = LeaveSummary(days, Fraction(0), 0)
    assert codes(check_appraisal(facts(A, leave=leave))) == expected


def test_leave_bar_is_a_parameter() -> None:
    leave = LeaveSummary(Fraction(15), Fraction(0), 0)
    assert check_appraisal(facts(A, leave=leave), leave_bar_days=15) == ()


def test_leave_problem_names_the_days() -> None:
    (problem,) = check_appraisal(facts(A, leave=LeaveSummary(Fraction(31, 2), Fraction(0), 0)))
    assert "15.5" in problem.message and "14" in problem.message


def test_a_barred_by_punishment() -> None:
    assert codes(check_appraisal(facts(A, punished=True))) == (C_.A_BARRED_PUNISHMENT,)
    assert check_appraisal(facts(B, punished=True)) == ()


def test_a_without_leave_summary_is_named() -> None:
    assert codes(check_appraisal(facts(A, leave=None))) == (C_.A_LEAVE_UNKNOWN,)
    assert check_appraisal(facts(B, leave=None)) == ()


def test_every_bar_is_named_in_order() -> None:
    leave = LeaveSummary(Fraction(20), Fraction(2), 3)
    assert codes(check_appraisal(facts(A, -3, leave=leave, punished=True))) == (
        C_.A_BARRED_NET_PENALTY,
        C_.A_BARRED_ABSENCE,
        C_.A_BARRED_LEAVE,
        C_.A_BARRED_PUNISHMENT,
    )


@pytest.mark.parametrize(
    ("ground", "net", "expected"),
    [
        pytest.param(None, 0, (C_.D_WITHOUT_GROUND,), id="D-without-ground"),
        pytest.param("  ", 0, (C_.D_WITHOUT_GROUND,), id="D-with-blank-ground"),
        pytest.param("6-3-1", 0, (), id="D-with-article-6-ground"),
        pytest.param("6-3-4", 0, (), id="D-with-article-6-ground-4"),
        pytest.param("6-9-9", 0, (C_.D_GROUND_UNKNOWN,), id="D-with-unknown-ground"),
        pytest.param("12-1-1", -18, (), id="D-with-two-major-demerits"),
        pytest.param("12-1-1", -17, (C_.D_TWO_MAJOR_NOT_REACHED,), id="D-two-major-not-reached"),
    ],
)
def test_d_needs_a_ground(ground: str | None, net: int, expected: tuple[str, ...]) -> None:
    assert codes(check_appraisal(facts(D, net, d_ground=ground))) == expected


def test_other_grades_need_no_ground() -> None:
    assert check_appraisal(AppraisalFacts(C, 0, CLEAN)) == ()


def test_messages_are_whole_sentences_with_the_numbers() -> None:
    (problem,) = check_appraisal(facts(C, 18))
    assert "18" in problem.message and "丙" in problem.message
    assert problem.message.endswith("。")
    assert str(problem) == problem.message


def test_the_stored_word_works_as_the_grade() -> None:
    stored = AppraisalFacts("甲", -3, CLEAN)  # type: ignore[arg-type]
    assert codes(check_appraisal(stored)) == (C_.A_BARRED_NET_PENALTY,)
