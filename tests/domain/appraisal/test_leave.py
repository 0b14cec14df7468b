"""The 差勤統計 of a person and year (SPEC R18): exact days, protected kinds left out."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from hrplanner.domain.appraisal.leave import LeaveSummary, is_protected_leave, sick_personal_days


def test_days_are_kept_exact() -> None:
    summary = LeaveSummary(Decimal("14.5"), 0, 2)  # type: ignore[arg-type]
    assert summary.sick_personal_days == Fraction(29, 2)
    assert summary.absent_days == Fraction(0)
    assert isinstance(summary.absent_days, Fraction)


@pytest.mark.parametrize(
    "kwargs",
    [
        pytest.param({"sick_personal_days": 1.5}, id="float-days"),
        pytest.param({"sick_personal_days": Fraction(-1)}, id="negative-days"),
        pytest.param({"absent_days": -1}, id="negative-absence"),
        pytest.param({"late_count": -1}, id="negative-late"),
        pytest.param({"late_count": 1.0}, id="float-late"),
    ],
)
def test_bad_values_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        LeaveSummary(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "kind", ["家庭照顧假", "身心調適假", "生理假", "安胎", "安胎休養假", "事假（家庭照顧假）"]
)
def test_protected_kinds(kind: str) -> None:
    assert is_protected_leave(kind)


def test_sick_personal_days_leave_out_protected_and_other_kinds() -> None:
    days = {
        "事假": Fraction(3),
        "病假": Decimal("4.5"),
        "普通傷病假": 1,
        "家庭照顧假": 2,
        "生理假": 1,
        "身心調適假": 1,
        "安胎休養": 5,
        "事假（家庭照顧假）": 2,
        "公假": 7,
        "休假": 10,
    }
    assert sick_personal_days(days) == Fraction(17, 2)
