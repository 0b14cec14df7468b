"""Net 獎懲 points in units of 嘉獎 (SPEC R14; 細則 §16), with offsetting."""

from __future__ import annotations

import pytest

from hrplanner.domain.appraisal.rewards import RewardEntry, net_points, tally
from hrplanner.domain.appraisal.vocabulary import RewardKind

K = RewardKind


def entries(*pairs: tuple[RewardKind, int]) -> list[RewardEntry]:
    return [RewardEntry(kind, count) for kind, count in pairs]


@pytest.mark.parametrize(
    ("records", "net"),
    [
        pytest.param([], 0, id="none"),
        pytest.param([(K.DEMERIT, 1)], -3, id="one-demerit-minus-3"),
        pytest.param([(K.REPRIMAND, 3)], -3, id="three-reprimands-minus-3"),
        pytest.param(
            [(K.COMMENDATION, 1), (K.DEMERIT, 1), (K.REPRIMAND, 1)], -3, id="offset-to-minus-3"
        ),
        pytest.param([(K.MAJOR_MERIT, 1)], 9, id="major-merit-plus-9"),
        pytest.param([(K.MERIT, 3)], 9, id="three-merits-plus-9"),
        pytest.param([(K.COMMENDATION, 9)], 9, id="nine-commendations-plus-9"),
        pytest.param([(K.MAJOR_DEMERIT, 1)], -9, id="major-demerit-minus-9"),
        pytest.param([(K.REPRIMAND, 9)], -9, id="nine-reprimands-minus-9"),
        pytest.param([(K.MAJOR_MERIT, 2)], 18, id="two-major-merits-plus-18"),
        pytest.param([(K.MAJOR_MERIT, 1), (K.MERIT, 3)], 18, id="major-and-three-merits-plus-18"),
        pytest.param([(K.MAJOR_DEMERIT, 2)], -18, id="two-major-demerits-minus-18"),
        pytest.param([(K.MAJOR_DEMERIT, 1), (K.DEMERIT, 3)], -18, id="major-and-three-demerits"),
        pytest.param([(K.MAJOR_MERIT, 1), (K.MAJOR_DEMERIT, 1)], 0, id="major-offsets-major"),
        pytest.param([(K.MERIT, 2), (K.REPRIMAND, 3)], 3, id="merits-offset-reprimands"),
        pytest.param([(K.MAJOR_MERIT, 1), (K.DEMERIT, 1)], 6, id="major-merit-less-demerit"),
        pytest.param([(K.MAJOR_DEMERIT, 3), (K.MAJOR_MERIT, 1)], -18, id="three-majors-less-one"),
    ],
)
def test_net_points(records: list[tuple[RewardKind, int]], net: int) -> None:
    assert net_points(entries(*records)) == net


def test_tally_keeps_both_sides_and_the_times_per_kind() -> None:
    result = tally(entries((K.MERIT, 2), (K.COMMENDATION, 1), (K.MERIT, 1), (K.REPRIMAND, 2)))
    assert (result.reward_points, result.penalty_points, result.net) == (10, 2, 8)
    assert result.count(K.MERIT) == 3
    assert result.count(K.MAJOR_MERIT) == 0
    assert list(result.times) == [K.COMMENDATION, K.MERIT, K.REPRIMAND]


@pytest.mark.parametrize(
    "count",
    [pytest.param(0, id="zero"), pytest.param(-1, id="negative"), pytest.param(True, id="bool")],
)
def test_count_must_be_at_least_one(count: int) -> None:
    with pytest.raises(ValueError, match="次數"):
        RewardEntry(K.COMMENDATION, count)


def test_count_must_be_an_integer() -> None:
    with pytest.raises(ValueError, match="次數"):
        RewardEntry(K.COMMENDATION, 1.5)  # type: ignore[arg-type]


def test_a_stored_word_is_read_as_its_kind_and_an_unknown_one_refused() -> None:
    assert RewardEntry("記大功", 1).kind is K.MAJOR_MERIT  # type: ignore[arg-type]
    assert RewardEntry(K.MAJOR_DEMERIT, 2).points == -18
    with pytest.raises(ValueError, match="記小功"):
        RewardEntry("記小功")  # type: ignore[arg-type]
