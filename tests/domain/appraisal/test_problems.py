"""The number formats of the appraisal messages: exact, rounded half up only for display."""

from __future__ import annotations

from fractions import Fraction

import pytest

from hrplanner.domain.appraisal.problems import (
    AppraisalInvalid,
    Problem,
    number_text,
    percent_text,
    signed_points_text,
)


@pytest.mark.parametrize(
    ("value", "text"),
    [(14, "14"), (Fraction(11, 2), "5.5"), (Fraction(1, 4), "0.25"), (Fraction(1, 3), "0.33"),
     (Fraction(2, 3), "0.67"), (0, "0"), (Fraction(-3, 2), "-1.5")],
)  # fmt: skip
def test_number_text(value: Fraction, text: str) -> None:
    assert number_text(value) == text


@pytest.mark.parametrize(
    ("share", "text"),
    [(Fraction(3, 4), "75%"), (Fraction(7, 9), "77.8%"), (Fraction(1), "100%"),
     (Fraction(0), "0%"), (Fraction(1, 3), "33.3%"), (Fraction(2, 3), "66.7%")],
)  # fmt: skip
def test_percent_text(share: Fraction, text: str) -> None:
    assert percent_text(share) == text


def test_signed_points() -> None:
    assert [signed_points_text(n) for n in (9, -3, 0)] == ["+9", "-3", "0"]


def test_invalid_keeps_every_problem() -> None:
    error = AppraisalInvalid([Problem("a", "甲。"), Problem("b", "乙。")])
    assert error.codes == ("a", "b")
    assert str(error) == "甲。\n乙。"
