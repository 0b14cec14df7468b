"""Exact learning hours (R3): parsing, formatting and time spans, all in integer minutes.

Hours are stored and summed as integer minutes so that 1/3 of a class or a 20-minute
session never suffers float rounding. Values come in as typed text ("1.5", "２", "1.5小時",
"90分鐘"), as spreadsheet numbers (int, float, Decimal) and as session times; they go out
as text ("1.5") and as exact Decimal numbers for spreadsheets.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, time
from decimal import Decimal, InvalidOperation
from fractions import Fraction

# Anything larger than this is a typing mistake (a year has 8,760 hours); refusing it also
# keeps an input like "1e999999" from building a huge number.
MAX_HOURS = 100_000

_NUMBER = r"(?P<n>\d+(?:\.\d*)?|\.\d+)"
_HOURS_RE = re.compile(_NUMBER + r"\s*(?:小時|時|hours?|hrs?|h)?", re.IGNORECASE)
_MINUTES_RE = re.compile(r"(?P<n>\d+)\s*(?:分鐘|分|minutes?|mins?|m)", re.IGNORECASE)
_WHOLE_MINUTES_HINT = "須能換算為整數分鐘（如 0.25 小時 = 15 分鐘）；20 分鐘等時數請改填「20分鐘」"
_TIME_RE = re.compile(
    r"(?P<ampm>上午|下午|AM|PM)?\s*(?P<h>\d{1,2})\s*[:時]\s*(?P<m>\d{2})\s*分?"
    r"(?::(?P<s>\d{2}))?\s*(?P<ampm2>AM|PM)?",
    re.IGNORECASE,
)


class HoursParseError(ValueError):
    """A value that is not a usable number of hours; the message names it and says why."""

    def __init__(self, value: object, reason: str) -> None:
        self.value = value
        self.reason = reason
        shown = value.strip() if isinstance(value, str) else ("" if value is None else value)
        super().__init__(f"無法辨識的時數「{shown}」：{reason}")


class TimeParseError(ValueError):
    """A value that is not a time of day such as 09:00."""

    def __init__(self, value: object, reason: str = "請使用如 09:00 或 13:30 的寫法") -> None:
        self.value = value
        self.reason = reason
        shown = value.strip() if isinstance(value, str) else ("" if value is None else value)
        super().__init__(f"無法辨識的時間「{shown}」：{reason}")


def parse_hours(value: object) -> int:
    """Hours as typed or read from a spreadsheet → whole minutes (1.5 → 90).

    Accepts int, Decimal, Fraction, float (read through its shortest decimal repr, so 0.1
    means exactly 0.1), and text with an optional unit: "1.5", "２", "1.5小時", "1.5h",
    "90分鐘". Zero is allowed (e.g. no leave taken); negative values, blanks, and values
    that are not a whole number of minutes (0.01 h = 0.6 min) are refused.
    """
    if value is None:
        raise HoursParseError(value, "未填時數")
    if isinstance(value, bool):
        raise HoursParseError(value, "須為數字")
    if isinstance(value, str):
        return _parse_hours_text(value)
    amount: Fraction
    if isinstance(value, int | Fraction):
        amount = Fraction(value)
    elif isinstance(value, float | Decimal):
        number = Decimal(repr(value)) if isinstance(value, float) else value
        if not number.is_finite():
            raise HoursParseError(value, "須為數字")
        amount = _fraction_of(value, number)
    else:
        raise HoursParseError(value, "須為數字")
    return _to_minutes(value, amount * 60)


def _parse_hours_text(value: str) -> int:
    text = unicodedata.normalize("NFKC", value).strip()
    if not text:
        raise HoursParseError(value, "未填時數")
    if text.startswith("-"):
        raise HoursParseError(value, "時數不可為負數")
    match = _MINUTES_RE.fullmatch(text)
    if match:
        return _to_minutes(value, Fraction(int(match["n"])))
    match = _HOURS_RE.fullmatch(text)
    if not match:
        raise HoursParseError(value, "須為數字，如 1.5 或 3（單位：小時）")
    amount = _fraction_of(value, Decimal(match["n"]))
    return _to_minutes(value, amount * 60)


def _fraction_of(original: object, number: Decimal) -> Fraction:
    # Checked before converting: Fraction(Decimal("1e999999")) would build a huge integer.
    if number.adjusted() > len(str(MAX_HOURS)):
        raise HoursParseError(original, f"超過 {MAX_HOURS:,} 小時，請檢查是否打錯")
    # Whole minutes need at most two decimals (k/60 h); this also keeps "0.000…1" cheap.
    exponent = number.normalize().as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        raise HoursParseError(original, _WHOLE_MINUTES_HINT)
    try:
        return Fraction(number)
    except (ValueError, InvalidOperation) as exc:  # pragma: no cover - finite was checked
        raise HoursParseError(original, "須為數字") from exc


def _to_minutes(original: object, minutes: Fraction) -> int:
    if minutes < 0:
        raise HoursParseError(original, "時數不可為負數")
    if minutes > MAX_HOURS * 60:
        raise HoursParseError(original, f"超過 {MAX_HOURS:,} 小時，請檢查是否打錯")
    if minutes.denominator != 1:
        raise HoursParseError(original, _WHOLE_MINUTES_HINT)
    return int(minutes)


def _hundredths(minutes: int) -> int:
    """|minutes| in hundredths of an hour, rounded half up (integer arithmetic only)."""
    # round(x / 60 * 100) half up == floor((200 x + 60) / 120) for x >= 0
    return (abs(minutes) * 200 + 60) // 120


def format_hours(minutes: int) -> str:
    """Minutes as hours for display: "1.5", "3", "0.25"; exact when it fits in two
    decimals, otherwise rounded half up to two (20 min → "0.33"); no trailing zeros."""
    hundredths = _hundredths(minutes)
    whole, frac = divmod(hundredths, 100)
    sign = "-" if minutes < 0 and hundredths else ""
    if frac == 0:
        return f"{sign}{whole}"
    return f"{sign}{whole}.{frac:02d}".rstrip("0")


def hours_decimal(minutes: int) -> Decimal:
    """Minutes as a Decimal number of hours (90 → Decimal("1.5")), for spreadsheet cells.

    Exact whenever minutes is a multiple of 3 (then two decimals suffice); otherwise the
    same two-decimal rounding as ``format_hours`` so the number matches the text shown.
    """
    return Decimal(format_hours(minutes))


def hours_fraction(minutes: int) -> Fraction:
    """Minutes as an exact Fraction of hours, for comparisons such as "more than 1/3"."""
    return Fraction(minutes, 60)


def minutes_between(start: time, end: time) -> int:
    """Minutes from ``start`` to ``end`` on the same day; ValueError if end is not later.

    Times are taken to the nearest minute: spreadsheet time cells often carry a few
    microseconds of float noise (08:59:59.999999 for 09:00).
    """
    start_min, end_min = _minute_of_day(start), _minute_of_day(end)
    if end_min <= start_min:
        raise ValueError(
            f"結束時間 {end_min // 60:02d}:{end_min % 60:02d} 須晚於"
            f"開始時間 {start_min // 60:02d}:{start_min % 60:02d}"
        )
    return end_min - start_min


def _minute_of_day(t: time) -> int:
    micros = ((t.hour * 60 + t.minute) * 60 + t.second) * 1_000_000 + t.microsecond
    return (micros + 30_000_000) // 60_000_000


def parse_time(value: object) -> time:
    """A time of day from a cell or text: ``time``/``datetime`` objects, "09:00", "9:00",
    "０９：００", "0900", "13時30分", "下午1:30", "1:30 PM". Seconds are dropped."""
    if isinstance(value, datetime):
        return _round_time(value.time())
    if isinstance(value, time):
        return _round_time(value)
    if not isinstance(value, str):
        raise TimeParseError(value)
    text = unicodedata.normalize("NFKC", value).strip()
    if not text:
        raise TimeParseError(value, "未填時間")
    compact = re.fullmatch(r"(\d{1,2})(\d{2})", text)
    if compact:
        hour, minute, ampm = int(compact[1]), int(compact[2]), ""
    else:
        match = _TIME_RE.fullmatch(text)
        if not match:
            raise TimeParseError(value)
        hour, minute = int(match["h"]), int(match["m"])
        ampm = (match["ampm"] or match["ampm2"] or "").upper()
    if ampm:
        if not 1 <= hour <= 12:
            raise TimeParseError(value, f"上午／下午之後的小時須為 1–12，而非 {hour}")
        hour = hour % 12 + (12 if ampm in ("下午", "PM") else 0)
    if not 0 <= hour <= 23:
        raise TimeParseError(value, f"小時 {hour} 不在 0–23 之間")
    if not 0 <= minute <= 59:
        raise TimeParseError(value, f"分鐘 {minute} 不在 0–59 之間")
    return time(hour, minute)


def _round_time(t: time) -> time:
    minute_of_day = min(_minute_of_day(t), 23 * 60 + 59)
    return time(minute_of_day // 60, minute_of_day % 60)
