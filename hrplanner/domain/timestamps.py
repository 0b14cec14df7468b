"""Registration timestamps as online forms and spreadsheets write them (SPEC §3.1 報名, R8).

Seats go by registration order, so a sign-up export's timestamp must be read to the second:
two people who signed up in the same minute must not swap 正取 and 備取. Accepted:

- Google Forms / Microsoft Forms in Chinese: ``2026/4/25 下午3:57:31``, ``2026/4/25 上午 9:05``
  (上午/下午 before or after the time, with or without a space; 早上/凌晨 are morning,
  晚上 evening, 中午 noon);
- 24-hour clocks: ``2026/4/25 15:57:31``, ``2026-04-25 15:57``, ``2026-04-25T15:57:31.250``
  (SurveyCake and CSVs saved by Excel);
- English exports: ``4/25/2026 3:57:31 PM`` — a date ending in a 4-digit year is month/day/year;
- ROC dates with a time: ``115/4/25 下午3:57:31``, ``1150425 15:57``, ``民國115年4月25日 15:57``;
- Excel date-time cells (``datetime``), date cells (midnight) and Excel serial numbers
  (``46137.66494``: days since 1899-12-30, the fraction being the time, rounded to the second).

In 12-hour clocks 上午12:xx is 00:xx and 下午12:xx is 12:xx. Seconds and fractions are kept.
Full-width digits are read as ASCII. Anything else raises ``TimestampParseError`` naming the
value; the date part follows R1 (``hrplanner.domain.rocdate``).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from hrplanner.domain.rocdate import DateParseError, parse_date
from hrplanner.domain.text import to_ascii_width
from hrplanner.i18n import _


def _hint() -> str:
    return _("請使用如 2026/4/25 下午3:57:31、2026-04-25 15:57 或 115/4/25 15:57:31 的寫法")


_AM = ("上午", "早上", "凌晨", "am", "a.m.")
_PM = ("下午", "晚上", "pm", "p.m.")
_NOON = ("中午",)
_MERIDIEM = "|".join(re.escape(word) for word in (*_AM, *_PM, *_NOON))
_CLOCK = r"(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2})(?:\.(?P<f>\d{1,6}))?)?"
# date, then the time with an optional meridiem word before or after it
_TIMESTAMP_RE = re.compile(
    rf"^(?P<date>.+?)(?:\s*T\s*|\s+|(?=(?:{_MERIDIEM})))"
    rf"(?:(?P<pre>{_MERIDIEM})\s*)?{_CLOCK}(?:\s*(?P<post>{_MERIDIEM}))?$",
    re.IGNORECASE,
)
_US_DATE_RE = re.compile(r"^(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})$")

EXCEL_EPOCH = datetime(1899, 12, 30)  # serial 1 = 1900-01-01 with Excel's 1900 leap-year bug
_EXCEL_SERIAL_MAX = 2958466  # 9999-12-31


class TimestampParseError(ValueError):
    """A value that cannot be read as a date and time; the message names it and says why."""

    def __init__(self, value: object, reason: str) -> None:
        self.value = value
        self.reason = reason
        shown = value.strip() if isinstance(value, str) else value
        super().__init__(
            _("無法辨識的時間戳記「{value}」：{reason}").format(value=shown, reason=reason)
        )


def parse_timestamp(value: object, *, require_time: bool = False) -> datetime:
    """Read a registration timestamp in any of the forms above; TimestampParseError otherwise.

    A value with a date only (a date cell, ``2026/4/25``) is midnight of that day unless
    ``require_time`` is set. The result is naive (forms write local time).
    """
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return _date_only(value, value, require_time)
    if value is None or isinstance(value, bool):
        raise TimestampParseError(value, _hint())
    if isinstance(value, int | float | Decimal):
        return _from_number(value, require_time)
    if not isinstance(value, str):
        raise TimestampParseError(value, _hint())
    text = to_ascii_width(value).strip()
    if not text:
        raise TimestampParseError(value, _("未填時間"))
    match = _TIMESTAMP_RE.match(text)
    if match is None:
        return _date_only(value, _date(value, text), require_time)
    pre, post = match["pre"], match["post"]
    if pre and post:
        raise TimestampParseError(value, _("上午／下午（AM／PM）只能寫一次"))
    clock = _clock(value, match, (pre or post or "").lower())
    return datetime.combine(_date(value, match["date"].strip()), clock)


def parse_optional_timestamp(value: object) -> datetime | None:
    """Like ``parse_timestamp``, but None and blank text give None (an optional column)."""
    if value is None or (isinstance(value, str) and not to_ascii_width(value).strip()):
        return None
    return parse_timestamp(value)


def from_excel_serial(serial: float | int | Decimal) -> datetime:
    """An Excel serial date-time (days since 1899-12-30), rounded to the second."""
    seconds = round(Decimal(repr(serial) if isinstance(serial, float) else serial) * 86400)
    return EXCEL_EPOCH + timedelta(seconds=int(seconds))


def _date_only(original: object, day: date, require_time: bool) -> datetime:
    if require_time:
        raise TimestampParseError(original, _("只有日期，沒有時間"))
    return datetime.combine(day, time(0))


def _from_number(value: int | float | Decimal, require_time: bool) -> datetime:
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if not number.is_finite() or number <= 0:
        raise TimestampParseError(value, _hint())
    if number == number.to_integral_value() and number >= 100000:
        # 1150425 or 20260425 typed as a number: a compact date, as in R1.
        return _date_only(value, _date(value, str(int(number))), require_time)
    if number >= _EXCEL_SERIAL_MAX:
        raise TimestampParseError(value, _("Excel 日期序號超出可處理的範圍"))
    if require_time and number == number.to_integral_value():
        raise TimestampParseError(value, _("只有日期，沒有時間"))
    return from_excel_serial(number)


def _date(original: object, text: str) -> date:
    us = _US_DATE_RE.match(text)
    try:
        if us:
            return date(int(us["y"]), int(us["m"]), int(us["d"]))
        return parse_date(text)
    except DateParseError as exc:
        raise TimestampParseError(original, str(exc) or _hint()) from exc
    except ValueError as exc:  # date() with month 13 or day 32 in a US-style date
        raise TimestampParseError(
            original, _("日期「{date}」不存在（月／日／年）").format(date=text)
        ) from exc


def _clock(original: object, match: re.Match[str], meridiem: str) -> time:
    hour, minute = int(match["h"]), int(match["m"])
    second = int(match["s"] or 0)
    micro = int((match["f"] or "0").ljust(6, "0"))
    if minute > 59 or second > 59:
        raise TimestampParseError(original, _("分或秒超過 59"))
    if meridiem:
        if not 0 <= hour <= 12:
            raise TimestampParseError(
                original, _("寫了上午／下午，小時應為 1–12，而非 {hour}").format(hour=hour)
            )
        if meridiem in _AM:
            hour = 0 if hour == 12 else hour  # 上午12:05 is five past midnight
        elif meridiem in _PM:
            hour = 12 if hour == 12 else hour + 12  # 下午12:05 is five past noon
        elif hour < 11:  # 中午1:00 is 13:00; 中午11:50 and 中午12:10 stay as they are
            hour += 12
    elif hour > 23:
        raise TimestampParseError(original, _("小時應為 0–23，而非 {hour}").format(hour=hour))
    return time(hour, minute, second, micro)
