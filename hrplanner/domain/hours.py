"""Exact learning hours (R3): parsing, formatting and time spans, all in integer minutes.

Hours are stored and summed as integer minutes so that 1/3 of a class or a 20-minute
session never suffers float rounding. Values come in as typed text ("1.5", "２", "1.5小時",
"90分鐘"), as spreadsheet numbers (int, float, Decimal) and as session times; they go out
as text ("1.5", or "1.5 小時" / "20 分鐘" where the unit is written) and as exact Decimal
numbers for spreadsheets. Every layer formats hours with the functions here.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, time
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from hrplanner.domain.rocdate import shown_value
from hrplanner.i18n import N_, _, ngettext

# Anything larger than this is a typing mistake (a year has 8,760 hours); refusing it also
# keeps an input like "1e999999" from building a huge number.
MAX_HOURS = 100_000

_NUMBER = r"(?P<n>\d+(?:\.\d*)?|\.\d+)"
_HOURS_RE = re.compile(_NUMBER + r"\s*(?:小時|時|hours?|hrs?|h)?", re.IGNORECASE)
_MINUTES_RE = re.compile(r"(?P<n>\d+)\s*(?:分鐘|分|minutes?|mins?|m)", re.IGNORECASE)
_WHOLE_MINUTES = N_(
    "無法辨識的時數「{value}」：須能換算為整數分鐘（如 0.25 小時 = 15 分鐘）；"
    "20 分鐘等時數請改填「20分鐘」"
)
_NO_HOURS = N_("無法辨識的時數「{value}」：未填時數")
_NOT_A_NUMBER = N_("無法辨識的時數「{value}」：須為數字")
_NEGATIVE = N_("無法辨識的時數「{value}」：時數不可為負數")
_TOO_MANY = N_("無法辨識的時數「{value}」：超過 {limit} 小時，請檢查是否打錯")
_TIME_FORMS = N_("無法辨識的時間「{value}」：請使用如 09:00 或 13:30 的寫法")
_TIME_RE = re.compile(
    r"(?P<ampm>上午|下午|AM|PM)?\s*(?P<h>\d{1,2})\s*[:時]\s*(?P<m>\d{2})\s*分?"
    r"(?::(?P<s>\d{2}))?\s*(?P<ampm2>AM|PM)?",
    re.IGNORECASE,
)


class HoursParseError(ValueError):
    """A value that is not a usable number of hours; the message names it and says why.

    ``message`` is a whole translated sentence whose ``{value}`` is the refused value;
    ``fields`` fill its other placeholders (as for ``rocdate.DateParseError``)."""

    def __init__(self, value: object, message: str, **fields: object) -> None:
        self.value = value
        super().__init__(message.format(value=shown_value(value), **fields))


class TimeParseError(ValueError):
    """A value that is not a time of day such as 09:00 (message as for HoursParseError)."""

    def __init__(self, value: object, message: str | None = None, **fields: object) -> None:
        self.value = value
        text = _(_TIME_FORMS) if message is None else message
        super().__init__(text.format(value=shown_value(value), **fields))


def parse_hours(value: object) -> int:
    """Hours as typed or read from a spreadsheet → whole minutes (1.5 → 90).

    Accepts int, Decimal, Fraction, float (read through its shortest decimal repr, so 0.1
    means exactly 0.1), and text with an optional unit: "1.5", "２", "1.5小時", "1.5h",
    "90分鐘". Zero is allowed (e.g. no leave taken); negative values, blanks, and values
    that are not a whole number of minutes (0.01 h = 0.6 min) are refused.
    """
    if value is None:
        raise HoursParseError(value, _(_NO_HOURS))
    if isinstance(value, bool):
        raise HoursParseError(value, _(_NOT_A_NUMBER))
    if isinstance(value, str):
        return _parse_hours_text(value)
    amount: Fraction
    if isinstance(value, int | Fraction):
        amount = Fraction(value)
    elif isinstance(value, float | Decimal):
        number = Decimal(repr(value)) if isinstance(value, float) else value
        if not number.is_finite():
            raise HoursParseError(value, _(_NOT_A_NUMBER))
        amount = _fraction_of(value, number)
    else:
        raise HoursParseError(value, _(_NOT_A_NUMBER))
    return _to_minutes(value, amount * 60)


def _parse_hours_text(value: str) -> int:
    text = unicodedata.normalize("NFKC", value).strip()
    if not text:
        raise HoursParseError(value, _(_NO_HOURS))
    if text.startswith("-"):
        raise HoursParseError(value, _(_NEGATIVE))
    match = _MINUTES_RE.fullmatch(text)
    if match:
        return _to_minutes(value, Fraction(int(match["n"])))
    match = _HOURS_RE.fullmatch(text)
    if not match:
        raise HoursParseError(
            value, _("無法辨識的時數「{value}」：須為數字，如 1.5 或 3（單位：小時）")
        )
    amount = _fraction_of(value, Decimal(match["n"]))
    return _to_minutes(value, amount * 60)


def _fraction_of(original: object, number: Decimal) -> Fraction:
    # Checked before converting: Fraction(Decimal("1e999999")) would build a huge integer.
    if number.adjusted() > len(str(MAX_HOURS)):
        raise HoursParseError(original, _(_TOO_MANY), limit=f"{MAX_HOURS:,}")
    # Whole minutes need at most two decimals (k/60 h); this also keeps "0.000…1" cheap.
    exponent = number.normalize().as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2:
        raise HoursParseError(original, _(_WHOLE_MINUTES))
    try:
        return Fraction(number)
    except (ValueError, InvalidOperation) as exc:  # pragma: no cover - finite was checked
        raise HoursParseError(original, _(_NOT_A_NUMBER)) from exc


def _to_minutes(original: object, minutes: Fraction) -> int:
    if minutes < 0:
        raise HoursParseError(original, _(_NEGATIVE))
    if minutes > MAX_HOURS * 60:
        raise HoursParseError(original, _(_TOO_MANY), limit=f"{MAX_HOURS:,}")
    if minutes.denominator != 1:
        raise HoursParseError(original, _(_WHOLE_MINUTES))
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


def _exact_decimal(minutes: int) -> str | None:
    """Minutes as an exact decimal number of hours ("1.5", "0.25"); None when hours
    would need rounding (20 minutes = 0.333… h)."""
    hours = Fraction(minutes, 60)
    den = hours.denominator
    # Only denominators built from 2s and 5s have a finite decimal form.
    while den % 2 == 0:
        den //= 2
    while den % 5 == 0:
        den //= 5
    if den != 1:
        return None
    whole, rest = divmod(abs(hours.numerator), hours.denominator)
    sign = "-" if hours < 0 else ""
    decimals = ""
    while rest:
        rest *= 10
        digit, rest = divmod(rest, hours.denominator)
        decimals += str(digit)
    return f"{sign}{whole}.{decimals}" if decimals else f"{sign}{whole}"


def hours_text(minutes: int) -> str:
    """Minutes as people write hours, never rounded: 90 → ``1.5 小時``; 20 → ``20 分鐘``.

    Chinese, for data (the audit log, a workbook's 備註); a message quotes hours with
    :func:`hours_phrase`, which speaks the interface language.
    """
    exact = _exact_decimal(minutes)
    return f"{minutes} 分鐘" if exact is None else f"{exact} 小時"


def hours_phrase(minutes: int) -> str:
    """Like :func:`hours_text` in the current language, for messages: 「1.5 小時」 or
    "1.5 hours", 「20 分鐘」 or "20 minutes"."""
    exact = _exact_decimal(minutes)
    if exact is None:
        return ngettext("{n} 分鐘", "{n} 分鐘", minutes).format(n=minutes)
    return ngettext("{n} 小時", "{n} 小時", 1 if minutes == 60 else 2).format(n=exact)


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
            _("結束時間 {end} 須晚於開始時間 {start}").format(
                end=f"{end_min // 60:02d}:{end_min % 60:02d}",
                start=f"{start_min // 60:02d}:{start_min % 60:02d}",
            )
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
        raise TimeParseError(value, _("無法辨識的時間「{value}」：未填時間"))
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
            raise TimeParseError(
                value,
                _("無法辨識的時間「{value}」：上午／下午之後的小時須為 1–12，而非 {hour}"),
                hour=hour,
            )
        hour = hour % 12 + (12 if ampm in ("下午", "PM") else 0)
    if not 0 <= hour <= 23:
        raise TimeParseError(
            value, _("無法辨識的時間「{value}」：小時 {hour} 不在 0–23 之間"), hour=hour
        )
    if not 0 <= minute <= 59:
        raise TimeParseError(
            value, _("無法辨識的時間「{value}」：分鐘 {minute} 不在 0–59 之間"), minute=minute
        )
    return time(hour, minute)


def _round_time(t: time) -> time:
    minute_of_day = min(_minute_of_day(t), 23 * 60 + 59)
    return time(minute_of_day // 60, minute_of_day % 60)
