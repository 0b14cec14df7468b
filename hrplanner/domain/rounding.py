"""Exact rounding for display: means, rates and percentages shown to a fixed number of places.

Survey means, response rates and KPI 達成度 are exact :class:`~fractions.Fraction` values;
only their display is rounded, and always half up (4.125 → 4.13, 93.75% → 93.8%) as a
Taiwanese officer rounds on paper (四捨五入), never to even as Python's ``round`` does.
Integer arithmetic throughout, so 10/14 shows as 71.4% with no float in between.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

Number = Fraction | Decimal | int


def round_half_up(value: Number, places: int) -> Decimal:
    """``value`` rounded half away from zero to ``places`` decimals, as an exact Decimal.

    ``round_half_up(Fraction(10, 14) * 100, 1) == Decimal("71.4")``; the result always has
    exactly ``places`` decimals (``Decimal("4.00")``), so a spreadsheet shows what was meant.
    """
    if places < 0:
        raise ValueError("places must not be negative")
    exact = Fraction(value)
    scale = 10**places
    magnitude = abs(exact) * scale
    units = (magnitude.numerator * 2 + magnitude.denominator) // (magnitude.denominator * 2)
    if exact < 0:
        units = -units
    return Decimal(units).scaleb(-places)


def format_fixed(value: Number, places: int) -> str:
    """``value`` with exactly ``places`` decimals, rounded half up: 4.125 → "4.13"."""
    return f"{round_half_up(value, places):f}"


def format_percent(share: Number, places: int = 1) -> str:
    """A share (0.714…) as a percentage with ``places`` decimals: "71.4%"."""
    return format_fixed(Fraction(share) * 100, places) + "%"


def format_number(value: Number, max_places: int = 2) -> str:
    """A number as an officer writes it: exact when it fits in ``max_places`` decimals,
    else rounded half up to them; no trailing zeros ("80", "97.5", "66.67")."""
    text = format_fixed(value, max_places)
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text
