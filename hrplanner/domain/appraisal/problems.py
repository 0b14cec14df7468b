"""Named problems and the small number formats their sentences use (SPEC R13, R14).

Every rule of the appraisal area reports what is wrong as a :class:`Problem`: a stable
ASCII ``code`` that services, exports and tests can match on, and a whole translated
sentence for the person. Nothing in this package corrects a value on its own; it names the
problem and leaves the decision to the officer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction


@dataclass(frozen=True)
class Problem:
    """One named problem: ``code`` for programs, ``message`` (translated) for people, and
    ``subject`` the field it is about where there is one (an interim item, a score
    component), so that an import can name the column and a screen the cell."""

    code: str
    message: str
    subject: str = ""

    def __str__(self) -> str:
        return self.message


class AppraisalInvalid(ValueError):
    """Raised by the functions that must return a value but cannot (all problems kept)."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(p.message for p in self.problems))

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(p.code for p in self.problems)


def codes(problems: Iterable[Problem]) -> tuple[str, ...]:
    """The codes of ``problems`` in order (what tests and filters compare)."""
    return tuple(p.code for p in problems)


def number_text(value: Fraction | int) -> str:
    """An exact number as people write it: 14, 5.5, 0.25; beyond two decimals it is
    rounded half up to two (1/3 → 0.33). Integer arithmetic only."""
    value = Fraction(value)
    hundredths = abs(value) * 100
    rounded = int(hundredths + Fraction(1, 2))  # floor(x + 1/2): half up, x >= 0
    whole, frac = divmod(rounded, 100)
    sign = "-" if value < 0 and rounded else ""
    if frac == 0:
        return f"{sign}{whole}"
    return f"{sign}{whole}.{frac:02d}".rstrip("0")


def percent_text(share: Fraction) -> str:
    """A share as a percentage with at most one decimal, rounded half up: 7/9 → 77.8%."""
    tenths = abs(share) * 1000
    rounded = int(tenths + Fraction(1, 2))
    whole, frac = divmod(rounded, 10)
    sign = "-" if share < 0 and rounded else ""
    return f"{sign}{whole}%" if frac == 0 else f"{sign}{whole}.{frac}%"


def signed_points_text(points: int) -> str:
    """獎懲增減 as printed in the 考績清冊 column: +9, -3, 0."""
    return f"+{points}" if points > 0 else str(points)
