"""甲等 evidence the data show (SPEC R14 *甲等 evidence*; 細則 §4)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from hrplanner.domain.appraisal.evidence import EvidenceCode, a_grade_evidence
from hrplanner.domain.appraisal.leave import LeaveSummary
from hrplanner.domain.appraisal.rewards import RewardEntry, tally
from hrplanner.domain.appraisal.vocabulary import RewardKind

K = RewardKind
E = EvidenceCode
NOTHING = tally([])
BUSY = LeaveSummary(Fraction(10), Fraction(0), 2)  # shows no attendance evidence


def found(rewards: list[RewardEntry], leave: LeaveSummary | None, minutes: int) -> list[str]:
    return [e.code for e in a_grade_evidence(tally(rewards), leave, minutes)]


@pytest.mark.parametrize(
    ("rewards", "expected"),
    [
        pytest.param([RewardEntry(K.MAJOR_MERIT)], [E.ONE_MAJOR_MERIT], id="one-major-merit"),
        pytest.param(
            [RewardEntry(K.COMMENDATION, 9)], [E.ONE_MAJOR_MERIT], id="nine-commendations-add-up"
        ),
        pytest.param(
            [RewardEntry(K.MERIT, 3)], [E.ONE_MAJOR_MERIT, E.MERITS_TWICE], id="three-merits"
        ),
        pytest.param([RewardEntry(K.COMMENDATION, 8)], [], id="eight-commendations-not-enough"),
        pytest.param(
            [RewardEntry(K.MAJOR_MERIT), RewardEntry(K.REPRIMAND)], [], id="offset-below-9"
        ),
        pytest.param([RewardEntry(K.MERIT, 2)], [E.MERITS_TWICE], id="merit-twice"),
        pytest.param(
            [RewardEntry(K.MERIT), RewardEntry(K.MERIT)], [E.MERITS_TWICE], id="merit-two-records"
        ),
        pytest.param([RewardEntry(K.MERIT)], [], id="merit-once"),
    ],
)
def test_reward_evidence(rewards: list[RewardEntry], expected: list[str]) -> None:
    assert found(rewards, BUSY, 0) == expected


def test_one_major_merit_is_a_special_condition() -> None:
    (evidence,) = a_grade_evidence(tally([RewardEntry(K.MAJOR_MERIT)]), BUSY, 0)
    assert evidence.special
    (general,) = a_grade_evidence(tally([RewardEntry(K.MERIT, 2)]), BUSY, 0)
    assert not general.special


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [
        pytest.param(120 * 60, [], id="120-hours-exactly-is-not-more"),
        pytest.param(120 * 60 + 1, [E.LEARNING_HOURS], id="120-hours-and-a-minute"),
        pytest.param(121 * 60, [E.LEARNING_HOURS], id="121-hours"),
    ],
)
def test_learning_hours_evidence(minutes: int, expected: list[str]) -> None:
    assert found([], BUSY, minutes) == expected


def test_learning_hours_message_shows_the_hours() -> None:
    (evidence,) = a_grade_evidence(NOTHING, BUSY, 150 * 60 + 30)
    assert "150.5" in evidence.message and "120" in evidence.message


def test_the_threshold_is_a_parameter() -> None:
    assert [e.code for e in a_grade_evidence(NOTHING, BUSY, 41 * 60, 40 * 60)] == [E.LEARNING_HOURS]


@pytest.mark.parametrize(
    ("leave", "expected"),
    [
        pytest.param(LeaveSummary(Fraction(5), Fraction(0), 0), [E.FULL_ATTENDANCE], id="5-days"),
        pytest.param(LeaveSummary(Fraction(0), Fraction(0), 0), [E.FULL_ATTENDANCE], id="0-days"),
        pytest.param(LeaveSummary(Fraction(11, 2), Fraction(0), 0), [], id="5.5-days"),
        pytest.param(LeaveSummary(Fraction(0), Fraction(0), 1), [], id="late-once"),
        pytest.param(LeaveSummary(Fraction(0), Fraction(1, 2), 0), [], id="absent-half-day"),
        pytest.param(None, [], id="no-leave-summary"),
    ],
)
def test_attendance_evidence(leave: LeaveSummary | None, expected: list[str]) -> None:
    assert found([], leave, 0) == expected


def test_everything_in_a_stable_order() -> None:
    rewards = [RewardEntry(K.MERIT, 2), RewardEntry(K.MAJOR_MERIT)]
    assert found(rewards, LeaveSummary(Fraction(1), Fraction(0), 0), 130 * 60) == [
        E.ONE_MAJOR_MERIT,
        E.MERITS_TWICE,
        E.LEARNING_HOURS,
        E.FULL_ATTENDANCE,
    ]
