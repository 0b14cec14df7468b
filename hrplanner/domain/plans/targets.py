"""KPI targets and actuals as officers write them (SPEC R15), and the KPI sheet's year headers.

A yearly target is typed the way the plan's table prints it: ``80%``, ``≦20``, ``≤20``,
``<=20``, ``≧3``, ``1次``, ``2場次``, ``12小時``, ``2場次以上``, ``至少2場次``, ``20以下``, with
full-width digits and stray line breaks (the 嘉義市政府人事處 table has ``12\\n\\n小時``).
:func:`parse_target` reads the number exactly (a Fraction), the unit as written, whether it
is a percentage, and the direction: ≦ / ≤ / 以下 mean lower is better. Actuals are read the
same way (``75%``, ``19``, ``3場次``); a bare actual takes the target's unit. Units of one
family (次, 場次, 班 … all count events) are compatible, so a measure counting classes can
answer a target written in 場次.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from fractions import Fraction

from hrplanner.domain.rocdate import ROC_OFFSET
from hrplanner.domain.rounding import format_number
from hrplanner.i18n import _

PERCENT = "%"
MAX_VALUE = 10**9  # anything larger is a typing mistake


class Direction(StrEnum):
    HIGHER = "越高越好"
    LOWER = "越低越好"


# Units that measure the same thing; a target and an actual must share a family (or a unit).
UNIT_FAMILIES: dict[str, frozenset[str]] = {
    "count": frozenset(
        {"次", "場次", "場", "班", "班次", "班期", "梯次", "期", "項", "件", "則", "篇"}
    ),
    "hours": frozenset({"小時", "時", "hr", "hrs", "h"}),
    "people": frozenset({"人", "名", "位"}),
    "person_times": frozenset({"人次"}),
    "score": frozenset({"分"}),
}

_LOWER_PREFIXES = ("<=", "=<", "≦", "≤", "至多", "不超過", "不高於", "不多於", "最多")
_HIGHER_PREFIXES = (">=", "=>", "≧", "≥", "至少", "不低於", "不少於", "最少", "達")
_LOWER_SUFFIXES = ("以下", "以內")
_HIGHER_SUFFIXES = ("以上",)
# Words that say nothing about the number: 每年1次 is 1次 in each year's column.
_NEUTRAL_PREFIXES = ("每年度", "每年", "年度", "完成", "辦理", "維持")
_CHINESE_NUMBERS = {
    "一": 1, "二": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    "十": 10,
}  # fmt: skip
_NUMBER_RE = re.compile(
    r"(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+|[一二兩三四五六七八九十])"
    # A unit never starts with a numeral: 十二次 is refused rather than read as 10 "二次".
    r"(?P<unit>%|(?![一二兩三四五六七八九十])[^\W\d_]{1,4})?"
)


class TargetParseError(ValueError):
    """A target or actual that cannot be read; the message names the value and says why."""


def unit_family(unit: str) -> str | None:
    """The family of ``unit`` ("場次" → "count"), "percent" for %, None for other units."""
    if unit == PERCENT:
        return "percent"
    folded = unit.casefold()
    return next((name for name, units in UNIT_FAMILIES.items() if folded in units), None)


def units_compatible(a: str, b: str) -> bool:
    """Whether two written units measure the same thing; a missing unit fits any."""
    if not a or not b or a == b:
        return True
    family = unit_family(a)
    return family is not None and family == unit_family(b)


@dataclass(frozen=True)
class Quantity:
    """A number with its unit as written ("%" for percentages); the value is exact."""

    value: Fraction
    unit: str = ""
    text: str = ""  # as typed; empty for a computed value

    @property
    def percent(self) -> bool:
        return self.unit == PERCENT

    @property
    def display(self) -> str:
        """The value as an officer writes it: "80%", "2場次", "66.67%"."""
        return format_number(self.value) + self.unit


def share_quantity(share: Fraction) -> Quantity:
    """A computed share (0.8) as a percentage quantity (80%)."""
    return Quantity(Fraction(share) * 100, PERCENT)


@dataclass(frozen=True)
class Target:
    """One year's target: the value, its unit, and whether lower is better."""

    text: str
    value: Fraction
    unit: str = ""
    direction: Direction = Direction.HIGHER
    explicit: bool = False  # the text itself said ≦ / ≧ / 以上 / 以下

    @property
    def percent(self) -> bool:
        return self.unit == PERCENT

    @property
    def quantity(self) -> Quantity:
        return Quantity(self.value, self.unit, self.text)

    def directed(self, direction: Direction) -> Target:
        """This target with the KPI's direction, unless the text said otherwise."""
        if self.explicit or direction is self.direction:
            return self
        return Target(self.text, self.value, self.unit, direction, False)


def _clean(value: object) -> str:
    text = unicodedata.normalize("NFKC", str(value))
    return re.sub(r"\s+", "", text)


def _number(original: str, digits: str) -> Fraction:
    if digits in _CHINESE_NUMBERS:
        return Fraction(_CHINESE_NUMBERS[digits])
    try:
        number = Decimal(digits.replace(",", ""))
    except InvalidOperation as exc:  # pragma: no cover - the pattern allows only numbers
        raise TargetParseError(_refusal(original)) from exc
    if number > MAX_VALUE:
        raise TargetParseError(
            _("數值「{text}」過大，請檢查是否打錯。").format(text=original.strip())
        )
    return Fraction(number)


def _refusal(text: str) -> str:
    return _("無法辨識的目標值「{text}」：請寫成如 80%、≦20、2場次 或 12小時。").format(
        text=text.strip()
    )


def _strip_words(text: str) -> tuple[str, Direction | None, bool]:
    """``text`` without its direction words; the direction they give; whether any did."""
    directions: set[Direction] = set()
    for prefix in _NEUTRAL_PREFIXES:
        text = text.removeprefix(prefix)
    for prefixes, direction in (
        (_LOWER_PREFIXES, Direction.LOWER),
        (_HIGHER_PREFIXES, Direction.HIGHER),
    ):
        for prefix in prefixes:
            if text.startswith(prefix):
                text = text.removeprefix(prefix)
                directions.add(direction)
                break
    for suffixes, direction in (
        (_LOWER_SUFFIXES, Direction.LOWER),
        (_HIGHER_SUFFIXES, Direction.HIGHER),
    ):
        for suffix in suffixes:
            if text.endswith(suffix):
                text = text.removesuffix(suffix)
                directions.add(direction)
                break
    if len(directions) > 1:
        return text, None, True
    return text, next(iter(directions), None), bool(directions)


def parse_target(
    text: object, default_unit: str = "", default_direction: Direction = Direction.HIGHER
) -> Target:
    """A target as written → :class:`Target`; TargetParseError naming the text otherwise.

    ``default_unit`` (the KPI's 單位 column) is used when the text has no unit of its own;
    ``default_direction`` when the text has no ≦ / ≧ / 以上 / 以下.
    """
    written = "" if text is None else str(text).strip()
    cleaned = _clean(written)
    if not cleaned:
        raise TargetParseError(_("未填目標值。"))
    if re.fullmatch(r"[<>][^=].*", cleaned):
        raise TargetParseError(
            _("目標值「{text}」請改用 ≦ 或 ≧（含等於）表示越低或越高越好。").format(text=written)
        )
    body, direction, explicit = _strip_words(cleaned)
    if explicit and direction is None:
        raise TargetParseError(
            _("目標值「{text}」同時寫了越高越好與越低越好。").format(text=written)
        )
    match = _NUMBER_RE.fullmatch(body)
    if match is None:
        raise TargetParseError(_refusal(written))
    unit = match["unit"] or _clean(default_unit)
    return Target(
        written,
        _number(written, match["n"]),
        unit,
        direction or default_direction,
        explicit,
    )


def parse_actual(value: object, target: Target | None = None) -> Quantity | None:
    """An actual as typed or read from a cell → Quantity; None when blank.

    Spreadsheet numbers are exact (a float through its shortest decimal form). A bare
    number takes ``target``'s unit; a unit that does not fit the target's is refused.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise TargetParseError(_("無法辨識的實際值「{text}」。").format(text=value))
    if isinstance(value, int | float | Decimal | Fraction):
        try:
            exact = Fraction(Decimal(repr(value))) if isinstance(value, float) else Fraction(value)
        except (ValueError, OverflowError) as exc:
            raise TargetParseError(_("無法辨識的實際值「{text}」。").format(text=value)) from exc
        if exact < 0:
            raise TargetParseError(_("實際值不可為負數。"))
        quantity = Quantity(exact, "", str(value))
    else:
        written = str(value).strip()
        cleaned = _clean(written)
        match = _NUMBER_RE.fullmatch(cleaned)
        if match is None:
            raise TargetParseError(
                _("無法辨識的實際值「{text}」：請寫成如 75%、19 或 3場次。").format(text=written)
            )
        quantity = Quantity(_number(written, match["n"]), match["unit"] or "", written)
    if target is None:
        return quantity
    return fit_to_target(quantity, target)


def fit_to_target(actual: Quantity, target: Target) -> Quantity:
    """``actual`` in ``target``'s unit: a bare number takes it; others must be compatible."""
    if not actual.unit:
        return Quantity(actual.value, target.unit, actual.text)
    if units_compatible(actual.unit, target.unit):
        return actual
    raise TargetParseError(
        _("實際值「{actual}」的單位與目標值「{target}」不符。").format(
            actual=actual.text or actual.display, target=target.text
        )
    )


def kpi_direction(targets: Iterable[Target]) -> Direction:
    """The direction of a KPI from its yearly targets: what the texts say, else higher.

    TargetParseError when one year says ≦ and another ≧.
    """
    said = {t.direction for t in targets if t.explicit}
    if len(said) > 1:
        raise TargetParseError(_("各年度目標值的方向不一致（有越高越好，也有越低越好）。"))
    return next(iter(said), Direction.HIGHER)


# --- year headers of the KPI sheet ----------------------------------------------------------

_YEAR_HEADER_RE = re.compile(
    r"(?:中華)?(?:民國)?(?P<y>\d{2,4})(?:年度|年)?(?:目標值|目標)?", re.IGNORECASE
)
FIRST_GREGORIAN = ROC_OFFSET + 1
LAST_YEAR = 2200


def year_of_header(header: object) -> int | None:
    """A KPI sheet column header naming a year → the Gregorian year; None for other columns.

    ``108``, ``108年``, ``108年度``, ``民國108年``, ``108年目標值``, ``2019``, ``２０１９``, and
    number cells (108, 2019.0). Two- and three-digit years are ROC, four-digit Gregorian.
    """
    if isinstance(header, bool) or header is None:
        return None
    if isinstance(header, float):
        if not header.is_integer():
            return None
        header = int(header)
    match = _YEAR_HEADER_RE.fullmatch(_clean(header))
    if match is None:
        return None
    digits = match["y"]
    year = int(digits)
    if len(digits) == 4:
        return year if FIRST_GREGORIAN <= year <= LAST_YEAR else None
    return year + ROC_OFFSET if year >= 1 else None


def year_header(year: int) -> str:
    """The header a KPI template writes for a Gregorian year: 2019 → ``108年``."""
    return f"{year - ROC_OFFSET}年"
