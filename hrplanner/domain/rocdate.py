"""R1: dates in the Republic of China (民國) calendar — parsing user input and formatting.

ROC year = Gregorian year − 1911, so 民國元年 starts on 1912-01-01. Input comes from typing,
from spreadsheet cells and from CSV files, in many hand-written forms; ``parse_date`` accepts
them all and refuses anything else with a message that names the value and, where it can,
says what is wrong. Output is ``109/03/05`` in tables and ``中華民國109年3月5日`` on forms;
the printed forms' other layouts (``109年3月5日``, periods, weekdays) are here too, so that
every layer writes a date one way.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal

from hrplanner.i18n import N_, _, ngettext

ROC_OFFSET = 1911
ROC_EPOCH = date(1912, 1, 1)
_WEEKDAYS = "一二三四五六日"

# Shown when a value matches no accepted form, so the user knows what to type instead.
_FORMS_HINT = N_(
    "無法辨識的日期「{value}」：請使用如 109/03/05、1090305、民國109年3月5日 或 2020-03-05 的寫法"
)
_NO_DATE = N_("未填日期")
_ROC_YEAR_BELOW_ONE = N_("無法辨識的日期「{value}」：民國年份須為 1 以上")
_YEAR_HINT = N_("無法辨識的年度「{value}」：請輸入西元年（如 2020）或民國年（如 109）")

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


def shown_value(value: object) -> object:
    """A refused value as a message quotes it: text without its surrounding spaces, None
    as nothing (the parsers of this package and ``hours`` share it)."""
    return value.strip() if isinstance(value, str) else ("" if value is None else value)


class DateParseError(ValueError):
    """A value that cannot be read as a date; the message names it and says why.

    ``message`` is a whole translated sentence whose ``{value}`` is the refused value
    (by default the list of accepted forms); ``fields`` fill its other placeholders."""

    def __init__(self, value: object, message: str | None = None, **fields: object) -> None:
        self.value = value
        text = _(_FORMS_HINT) if message is None else message
        super().__init__(text.format(value=shown_value(value), **fields))


def roc_year(d: date) -> int:
    """The ROC year of ``d`` (2020-03-05 → 109); ValueError before 1912-01-01."""
    if _as_date(d) < ROC_EPOCH:
        raise ValueError(
            _("{day} 早於民國元年（1912-01-01），無法以民國紀年表示").format(day=d.isoformat())
        )
    return d.year - ROC_OFFSET


def roc_year_of(year: int) -> int:
    """The ROC year of the Gregorian ``year`` (2020 → 109); ValueError before 1912."""
    if year < ROC_EPOCH.year:
        raise ValueError(
            _("西元 {year} 年早於民國元年（1912 年），無法以民國紀年表示").format(year=year)
        )
    return year - ROC_OFFSET


def from_roc(year: int, month: int, day: int) -> date:
    """The date 民國 ``year`` 年 ``month`` 月 ``day`` 日; DateParseError when impossible."""
    shown = f"民國{year}年{month}月{day}日"
    if year < 1:
        raise DateParseError(shown, _(_ROC_YEAR_BELOW_ONE))
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
        raise DateParseError(value, _(_NO_DATE))
    if isinstance(value, bool):
        raise DateParseError(value)
    # A number cell holding 1090305 or 20200305 (typed into a spreadsheet as a number).
    if isinstance(value, int | float | Decimal):
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        if not number.is_finite() or number != number.to_integral_value() or number < 0:
            raise DateParseError(value)
        return _parse_text(value, str(int(number)))
    if not isinstance(value, str):
        raise DateParseError(value)
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
        raise DateParseError(original, _(_NO_DATE))

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
            ngettext(
                "無法辨識的日期「{value}」：連續數字須為 6–7 位的民國日期（如 1090305）"
                "或 8 位的西元日期，而非 {n} 位",
                "無法辨識的日期「{value}」：連續數字須為 6–7 位的民國日期（如 1090305）"
                "或 8 位的西元日期，而非 {n} 位",
                len(text),
            ),
            n=len(text),
        )
    raise DateParseError(original)


def _from_parts(
    original: object, year_text: str, month: int, day: int, *, roc_prefix: bool
) -> date:
    if len(year_text) == 4:
        if roc_prefix:
            raise DateParseError(original, _("無法辨識的日期「{value}」：民國年份應為 1–3 位數"))
        if year_text.startswith("0"):
            # 0109 might mean 民國109 or the year 109: refuse to guess.
            raise DateParseError(
                original,
                _("無法辨識的日期「{value}」：年份「{year}」無法判斷是民國或西元"),
                year=year_text,
            )
        return _build(original, int(year_text), month, day, roc=False)
    roc = int(year_text)
    if roc < 1:
        raise DateParseError(original, _(_ROC_YEAR_BELOW_ONE))
    return _build(original, roc + ROC_OFFSET, month, day, roc=True)


def _build(original: object, year: int, month: int, day: int, *, roc: bool) -> date:
    # The year is named the way it was written: as a ROC year or as a Gregorian one.
    shown_year = year - ROC_OFFSET if roc else year
    if not 1 <= year <= 9999:
        if roc:
            raise DateParseError(
                original,
                _("無法辨識的日期「{value}」：民國{year}年超出可處理的範圍"),
                year=shown_year,
            )
        raise DateParseError(
            original, _("無法辨識的日期「{value}」：{year}年超出可處理的範圍"), year=shown_year
        )
    if not 1 <= month <= 12:
        raise DateParseError(
            original, _("無法辨識的日期「{value}」：月份 {month} 不在 1–12 之間"), month=month
        )
    last_day = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last_day:
        message = (
            _("無法辨識的日期「{value}」：民國{year}年{month}月只有 {last_day} 天，沒有 {day} 日")
            if roc
            else _("無法辨識的日期「{value}」：{year}年{month}月只有 {last_day} 天，沒有 {day} 日")
        )
        raise DateParseError(
            original, message, year=shown_year, month=month, last_day=last_day, day=day
        )
    return date(year, month, day)


def _as_date(d: date) -> date:
    # A datetime compares only with datetimes; reduce it to its date first.
    return d.date() if isinstance(d, datetime) else d


def format_roc(d: date) -> str:
    """``109/03/05``: ROC year zero-padded to 3 digits (``099/12/31``); ValueError before 1912."""
    return f"{roc_year(d):03d}/{d.month:02d}/{d.day:02d}"


def format_roc_long(d: date) -> str:
    """``中華民國109年3月5日`` as official documents print it (Arabic numerals, no padding)."""
    return f"中華民國{format_roc_plain(d)}"


def format_roc_plain(d: date) -> str:
    """``109年3月5日``, for running text that already says 中華民國 once."""
    return f"{roc_year(d)}年{d.month}月{d.day}日"


def format_roc_period(start: date, end: date) -> str:
    """``109年3月5日`` for one day, else ``109年3月5日至3月6日`` (the year repeated only
    when it changes: ``109年12月30日至110年1月2日``)."""
    start, end = _as_date(start), _as_date(end)
    if start == end:
        return format_roc_plain(start)
    tail = format_roc_plain(end) if end.year != start.year else f"{end.month}月{end.day}日"
    return f"{format_roc_plain(start)}至{tail}"


def format_weekday(d: date) -> str:
    """``星期四``: the day of the week as the printed forms write it."""
    return f"星期{_WEEKDAYS[d.weekday()]}"


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
        raise ValueError(
            _("未知的日期顯示方式「{style}」（可用 roc、iso、long）").format(style=style)
        )
    if d < ROC_EPOCH:
        return d.isoformat()
    return format_roc(d) if style == "roc" else format_roc_long(d)


def parse_year(value: str | int) -> int:
    """A Gregorian (2020) or ROC (109, 民國109年) year → Gregorian year; ValueError otherwise.

    Years 1–999 are ROC years, 1912–9999 Gregorian; 1000–1911 are refused because they are
    before 民國元年 and certainly a typing mistake for this application.
    """
    if isinstance(value, bool):
        raise ValueError(_("無法辨識的年度「{value}」").format(value=value))
    if isinstance(value, int):
        number = value
        prefixed = False
    else:
        text = unicodedata.normalize("NFKC", str(value)).strip()
        match = re.fullmatch(r"(?P<prefix>(?:中華)?民國)?\s*(?P<y>-?\d{1,4})\s*(?:年度?)?", text)
        if not match:
            raise ValueError(_(_YEAR_HINT).format(value=text))
        number = int(match["y"])
        prefixed = bool(match["prefix"])
    if 1 <= number <= 999:
        return number + ROC_OFFSET
    if prefixed:
        raise ValueError(_("無法辨識的年度「{value}」：民國年份應為 1–999").format(value=value))
    if ROC_EPOCH.year <= number <= 9999:
        return number
    if 1000 <= number < ROC_EPOCH.year:
        raise ValueError(_("年度 {year} 早於民國元年（1912 年）").format(year=number))
    raise ValueError(_(_YEAR_HINT).format(value=value))
