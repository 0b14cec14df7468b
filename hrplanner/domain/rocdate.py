"""R1: dates in the Republic of China (民國) calendar — parsing user input and formatting.

ROC year = Gregorian year − 1911, so 民國元年 starts on 1912-01-01. Input comes from typing,
from spreadsheet cells and from CSV files, in many hand-written forms; ``parse_date`` accepts
them all and refuses anything else with a message that names the value and, where it can,
says what is wrong. Output is ``109/03/05`` in tables and ``中華民國109年3月5日`` on forms.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal

ROC_OFFSET = 1911
ROC_EPOCH = date(1912, 1, 1)

# Shown when a value matches no accepted form, so the user knows what to type instead.
_FORMS_HINT = "請使用如 109/03/05、1090305、民國109年3月5日 或 2020-03-05 的寫法"

# 民國109年3月5日, 中華民國109年3月5日, 109年3月5日, 2020年3月5日 (the final 日 optional).
_CHINESE_RE = re.compile(
    r"^(?P<prefix>(?:中華)?民國)?\s*(?P<y>\d{1,4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日?$"
)
# 109/3/5, 109-03-05, 109.3.5, 2020/3/5, 2020-03-05; the two separators must agree. An
# optional 民國 prefix is tolerated. A trailing time (str() of a datetime, or a CSV written by
# a spreadsheet) is dropped: only the date part matters.
_SEPARATED_RE = re.compile(
    r"^(?P<prefix>(?:中華)?民國)?\s*(?P<y>\d{1,4})\s*(?P<sep>[/.\-])\s*(?P<m>\d{1,2})\s*"
    r"(?P=sep)\s*(?P<d>\d{1,2})(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
)
_COMPACT_RE = re.compile(r"^(?P<prefix>(?:中華)?民國)?\s*(?P<digits>\d{6,8})$")


class DateParseError(ValueError):
    """A value that cannot be read as a date; the message names it and says why."""

    def __init__(self, value: object, reason: str = "") -> None:
        self.value = value
        self.reason = reason
        shown = value.strip() if isinstance(value, str) else ("" if value is None else value)
        message = f"無法辨識的日期「{shown}」"
        if reason:
            message += f"：{reason}"
        super().__init__(message)


def roc_year(d: date) -> int:
    """The ROC year of ``d`` (2020-03-05 → 109); ValueError before 1912-01-01."""
    if _as_date(d) < ROC_EPOCH:
        raise ValueError(f"{d.isoformat()} 早於民國元年（1912-01-01），無法以民國紀年表示")
    return d.year - ROC_OFFSET


def from_roc(year: int, month: int, day: int) -> date:
    """The date 民國 ``year`` 年 ``month`` 月 ``day`` 日; DateParseError when impossible."""
    shown = f"民國{year}年{month}月{day}日"
    if year < 1:
        raise DateParseError(shown, "民國年份須為 1 以上")
    return _build(shown, year + ROC_OFFSET, month, day, roc=True)


def parse_date(value: object) -> date:
    """Read a date in any R1 form (see module docstring); DateParseError otherwise.

    1–3 digit years are ROC years, 4-digit years Gregorian. Compact digits: 6 = ROC
    ``YYMMDD`` (years below 100), 7 = ROC ``YYYMMDD``, 8 = Gregorian ``YYYYMMDD``.
    ``date`` and ``datetime`` objects (spreadsheet date cells) give their date.
    """
    # datetime is a subclass of date, so it must be checked first.
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if value is None:
        raise DateParseError(value, "未填日期")
    if isinstance(value, bool):
        raise DateParseError(value, _FORMS_HINT)
    # A number cell holding 1090305 or 20200305 (typed into a spreadsheet as a number).
    if isinstance(value, int | float | Decimal):
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        if not number.is_finite() or number != number.to_integral_value() or number < 0:
            raise DateParseError(value, _FORMS_HINT)
        return _parse_text(value, str(int(number)))
    if not isinstance(value, str):
        raise DateParseError(value, _FORMS_HINT)
    return _parse_text(value, value)


def parse_optional_date(value: object) -> date | None:
    """Like ``parse_date``, but None, blank strings give None (for optional fields)."""
    if value is None or (
        isinstance(value, str) and not unicodedata.normalize("NFKC", value).strip()
    ):
        return None
    return parse_date(value)


def _parse_text(original: object, text: str) -> date:
    # NFKC turns full-width digits and punctuation (１０９／３／５) into ASCII.
    text = unicodedata.normalize("NFKC", text).strip()
    if not text:
        raise DateParseError(original, "未填日期")

    match = _CHINESE_RE.match(text) or _SEPARATED_RE.match(text)
    if match:
        year_text, month, day = match["y"], int(match["m"]), int(match["d"])
        return _from_parts(original, year_text, month, day, roc_prefix=bool(match["prefix"]))

    match = _COMPACT_RE.match(text)
    if match:
        digits = match["digits"]
        year_len = len(digits) - 4
        return _from_parts(
            original,
            digits[:year_len],
            int(digits[year_len : year_len + 2]),
            int(digits[year_len + 2 :]),
            roc_prefix=bool(match["prefix"]),
        )

    if re.fullmatch(r"\d+", text):
        raise DateParseError(
            original,
            f"連續數字須為 6–7 位的民國日期（如 1090305）或 8 位的西元日期，而非 {len(text)} 位",
        )
    raise DateParseError(original, _FORMS_HINT)


def _from_parts(
    original: object, year_text: str, month: int, day: int, *, roc_prefix: bool
) -> date:
    if len(year_text) == 4:
        if roc_prefix:
            raise DateParseError(original, "民國年份應為 1–3 位數")
        if year_text.startswith("0"):
            # 0109 might mean 民國109 or the year 109: refuse to guess.
            raise DateParseError(original, f"年份「{year_text}」無法判斷是民國或西元")
        return _build(original, int(year_text), month, day, roc=False)
    roc = int(year_text)
    if roc < 1:
        raise DateParseError(original, "民國年份須為 1 以上")
    return _build(original, roc + ROC_OFFSET, month, day, roc=True)


def _build(original: object, year: int, month: int, day: int, *, roc: bool) -> date:
    shown_year = f"民國{year - ROC_OFFSET}年" if roc else f"{year}年"
    if not 1 <= year <= 9999:
        raise DateParseError(original, f"{shown_year}超出可處理的範圍")
    if not 1 <= month <= 12:
        raise DateParseError(original, f"月份 {month} 不在 1–12 之間")
    last_day = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last_day:
        raise DateParseError(original, f"{shown_year}{month}月只有 {last_day} 天，沒有 {day} 日")
    return date(year, month, day)


def _as_date(d: date) -> date:
    # A datetime compares only with datetimes; reduce it to its date first.
    return d.date() if isinstance(d, datetime) else d


def format_roc(d: date) -> str:
    """``109/03/05``: ROC year zero-padded to 3 digits (``099/12/31``); ValueError before 1912."""
    return f"{roc_year(d):03d}/{d.month:02d}/{d.day:02d}"


def format_roc_long(d: date) -> str:
    """``中華民國109年3月5日`` as official documents print it (Arabic numerals, no padding)."""
    return f"中華民國{roc_year(d)}年{d.month}月{d.day}日"


def format_date(d: date | None, style: str = "roc") -> str:
    """A date for display: "" for None; ``style`` "roc" (109/03/05), "iso" or "long".

    Dates before 1912, which cannot be written in ROC years, fall back to ISO so that a
    table never fails to show a row.
    """
    if d is None:
        return ""
    d = _as_date(d)
    if style == "iso":
        return d.isoformat()
    if style not in ("roc", "long"):
        raise ValueError(f"未知的日期顯示方式「{style}」（可用 roc、iso、long）")
    if d < ROC_EPOCH:
        return d.isoformat()
    return format_roc(d) if style == "roc" else format_roc_long(d)


def parse_year(value: str | int) -> int:
    """A Gregorian (2020) or ROC (109, 民國109年) year → Gregorian year; ValueError otherwise.

    Years 1–999 are ROC years, 1912–9999 Gregorian; 1000–1911 are refused because they are
    before 民國元年 and certainly a typing mistake for this application.
    """
    if isinstance(value, bool):
        raise ValueError(f"無法辨識的年度「{value}」")
    if isinstance(value, int):
        number = value
        prefixed = False
    else:
        text = unicodedata.normalize("NFKC", str(value)).strip()
        match = re.fullmatch(r"(?P<prefix>(?:中華)?民國)?\s*(?P<y>-?\d{1,4})\s*(?:年度?)?", text)
        if not match:
            raise ValueError(f"無法辨識的年度「{text}」：請輸入西元年（如 2020）或民國年（如 109）")
        number = int(match["y"])
        prefixed = bool(match["prefix"])
    if 1 <= number <= 999:
        return number + ROC_OFFSET
    if prefixed:
        raise ValueError(f"無法辨識的年度「{value}」：民國年份應為 1–999")
    if ROC_EPOCH.year <= number <= 9999:
        return number
    if 1000 <= number < ROC_EPOCH.year:
        raise ValueError(f"年度 {number} 早於民國元年（1912 年）")
    raise ValueError(f"無法辨識的年度「{value}」：請輸入西元年（如 2020）或民國年（如 109）")
