"""辦理期程 as officers write it (SPEC R15): understood where possible, never refused.

Plans print an action's schedule as ``103年5月~104年4月``, ``103 年 5 月至 104 年 4 月``,
``103年5月-12月``, ``103年度``, ``每年4月、8月``, ``全年``, ``持續辦理``, ``自103年5月起``,
``104年3月底前``, in ROC or Gregorian years, with full-width digits. :func:`parse_schedule`
keeps the text as written and adds what it could read: a period of months (either end may
be open), the same months every year, or ongoing; :attr:`Schedule.understood` says so in a
sentence, and :attr:`Schedule.leftover` holds any words it did not read. Nothing an officer
types is refused: an unreadable schedule is kept as text only.

The text is cut into tokens (a year-month, a year, a month, a number, 至, 、, 每年 …) and the
sequence of token kinds is matched against the shapes above, so spaces, 自…起 / 至…止 and
words such as 辦理 or 完成 do not get in the way.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from hrplanner.domain.rocdate import ROC_OFFSET
from hrplanner.i18n import _

ALL_MONTHS = tuple(range(1, 13))


class ScheduleKind(StrEnum):
    PERIOD = "期間"  # from a month to a month (either end may be open)
    RECURRING = "每年"  # the same months every year
    ONGOING = "持續辦理"
    UNKNOWN = "未判讀"  # kept as text only


@dataclass(frozen=True, order=True)
class YearMonth:
    """A month of a Gregorian year."""

    year: int
    month: int

    @property
    def roc_year(self) -> int:
        return self.year - ROC_OFFSET


@dataclass(frozen=True)
class Schedule:
    text: str
    kind: ScheduleKind
    start: YearMonth | None = None
    end: YearMonth | None = None
    months: tuple[int, ...] = ()  # RECURRING: the months of each year; () when not stated
    leftover: str = ""  # words that were not read

    @property
    def understood(self) -> str:
        """What was read, as a sentence for the screen (and what was not)."""
        sentence = self._reading()
        if self.leftover and self.kind is not ScheduleKind.UNKNOWN:
            sentence += _("未判讀的文字：「{text}」。").format(text=self.leftover)
        return sentence

    def _reading(self) -> str:
        if self.kind is ScheduleKind.ONGOING:
            return _("持續辦理，沒有起訖月份。")
        if self.kind is ScheduleKind.RECURRING:
            if self.months == ALL_MONTHS:
                return _("每年全年辦理。")
            if not self.months:
                return _("每年辦理，未寫月份。")
            return _("每年{months}月辦理。").format(months="、".join(map(str, self.months)))
        start, end = self.start, self.end
        if self.kind is ScheduleKind.PERIOD and start and end:
            if start == end:
                return _("民國{year}年{month}月。").format(year=start.roc_year, month=start.month)
            return _("自民國{start_year}年{start_month}月至{end_year}年{end_month}月。").format(
                start_year=start.roc_year,
                start_month=start.month,
                end_year=end.roc_year,
                end_month=end.month,
            )
        if self.kind is ScheduleKind.PERIOD and start:
            return _("自民國{year}年{month}月起，未寫結束月份。").format(
                year=start.roc_year, month=start.month
            )
        if self.kind is ScheduleKind.PERIOD and end:
            return _("至民國{year}年{month}月止，未寫起始月份。").format(
                year=end.roc_year, month=end.month
            )
        return _("無法判讀起訖月份，只保留原文。")

    def active_in(self, year: int) -> bool | None:
        """Whether the action runs in the Gregorian ``year``; None when the text says not."""
        if self.kind is ScheduleKind.PERIOD:
            return (self.start is None or self.start.year <= year) and (
                self.end is None or self.end.year >= year
            )
        if self.kind in (ScheduleKind.RECURRING, ScheduleKind.ONGOING):
            return True
        return None

    def months_in(self, year: int) -> tuple[int, ...] | None:
        """The months of ``year`` the action runs in; None when the text does not say."""
        if self.kind is ScheduleKind.RECURRING:
            return self.months or None
        if self.kind is not ScheduleKind.PERIOD:
            return None
        first = YearMonth(year, 1) if self.start is None else max(self.start, YearMonth(year, 1))
        last = YearMonth(year, 12) if self.end is None else min(self.end, YearMonth(year, 12))
        if first > last:
            return ()
        return tuple(range(first.month, last.month + 1))


# One letter per token kind, so that shapes are regular expressions over a short string.
_TOKENS = re.compile(
    r"(?P<O>持續辦理|持續進行|持續|長期辦理|常態辦理|經常辦理|隨時辦理)"
    r"|(?P<P>每個月|每月)"
    r"|(?P<E>每年度|每年|歷年)"
    r"|(?P<A>全年度|全年|整年)"
    r"|(?P<H>上半年|下半年)"
    r"|(?P<X>次年|隔年|翌年|明年)"
    r"|(?P<D>(?:中華民國|民國|西元)?(?P<dy>\d{2,4})年度?(?P<dm>\d{1,2})月份?(?:\d{1,2}日)?[初中底]?)"
    # 103/05, 2014.5, 2014-05 (a dash only after four digits: 103-104年度 is two years).
    r"|(?P<G>(?:(?P<gy>\d{3,4})[/.]|(?P<gy4>\d{4})-)(?P<gm>\d{1,2})(?:[/.]\d{1,2})?(?!\d))"
    r"|(?P<Y>(?:中華民國|民國|西元)?(?P<yy>\d{2,4})年度?)"
    r"|(?P<M>(?P<mm>\d{1,2})月份?(?:\d{1,2}日)?[初中底]?)"
    r"|(?P<N>\d{1,4})"
    r"|(?P<S>~|至|到|迄|-|–|—|〜)"
    r"|(?P<L>、|,|及|與|和|;|/)"
    r"|(?P<B>開始|以後|起)"
    r"|(?P<Z>以前|為止|前|止)"
    r"|(?P<F>自|從|於|辦理|完成|實施|執行|之間|期間|間|底)"
)
_PARENTHESES = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】")
_ONGOING = re.compile(r"E?O")
_MONTHLY = re.compile(r"E?P")
_ALL_YEAR = re.compile(r"E?A")
_EVERY_YEAR = re.compile(r"E")
_RECURRING = re.compile(r"E[MN](?:[LS][MN])*")
_YEAR = re.compile(r"YA?")
_HALF = re.compile(r"YH")
_YEARS = re.compile(r"[YN]S[YN]")
_PERIOD = re.compile(r"DB?S(?:D|X?M)Z?")
_SINGLE = re.compile(r"D")
_FROM = re.compile(r"DB")
_UNTIL = re.compile(r"S?DZ|SD")


@dataclass(frozen=True)
class _Token:
    kind: str
    number: int = 0
    year: int = 0
    month: int = 0


class _Unreadable(Exception):
    pass


def _year(digits: str) -> int:
    number = int(digits)
    if len(digits) == 4:
        if number <= ROC_OFFSET:
            raise _Unreadable
        return number
    if number < 1:
        raise _Unreadable
    return number + ROC_OFFSET


def _month(digits: str) -> int:
    month = int(digits)
    if not 1 <= month <= 12:
        raise _Unreadable
    return month


def _tokenize(text: str) -> tuple[list[_Token], list[str]]:
    """The tokens of ``text`` and the runs of characters no token matched."""
    tokens: list[_Token] = []
    leftover: list[str] = []
    position = 0
    unread_from: int | None = None
    while position <= len(text):
        match = _TOKENS.match(text, position) if position < len(text) else None
        if match is None and position < len(text):
            unread_from = position if unread_from is None else unread_from
            position += 1
            continue
        if unread_from is not None:
            leftover.append(text[unread_from:position])
            unread_from = None
        if match is None:
            break
        tokens.extend(_token(match))
        position = match.end()
    return tokens, leftover


def _token(match: re.Match[str]) -> list[_Token]:
    kind = match.lastgroup or ""
    if kind == "D":
        return [_Token("D", year=_year(match["dy"]), month=_month(match["dm"]))]
    if kind == "G":
        year = match["gy"] or match["gy4"]
        return [_Token("D", year=_year(year), month=_month(match["gm"]))]
    if kind == "Y":
        return [_Token("Y", year=_year(match["yy"]))]
    if kind == "M":
        return [_Token("M", month=_month(match["mm"]))]
    if kind == "N":
        return [_Token("N", number=int(match["N"]))]
    if kind == "H":
        return [_Token("H", number=int(match["H"] == "下半年"))]
    return [] if kind == "F" else [_Token(kind)]


def _recurring_months(tokens: list[_Token]) -> tuple[int, ...]:
    """Months of 每年4月、8月 / 每年4、8月 / 每年5月至10月 (the last item must say 月)."""
    items = tokens[1:]
    if items[-1].kind != "M":
        raise _Unreadable
    months: set[int] = set()
    previous: int | None = None
    ranged = False
    for token in items:
        if token.kind in ("L", "S"):
            ranged = token.kind == "S"
            continue
        month = token.month if token.kind == "M" else _month(str(token.number))
        if ranged and previous is not None:
            if month < previous:
                raise _Unreadable
            months.update(range(previous, month + 1))
        months.add(month)
        previous, ranged = month, False
    return tuple(sorted(months))


def _read(text: str, tokens: list[_Token]) -> Schedule:
    shape = "".join(t.kind for t in tokens)
    first, last = (tokens[0], tokens[-1]) if tokens else (_Token(""), _Token(""))
    if _ONGOING.fullmatch(shape):
        return Schedule(text, ScheduleKind.ONGOING)
    if _MONTHLY.fullmatch(shape) or _ALL_YEAR.fullmatch(shape):
        return Schedule(text, ScheduleKind.RECURRING, months=ALL_MONTHS)
    if _EVERY_YEAR.fullmatch(shape):
        return Schedule(text, ScheduleKind.RECURRING)
    if _RECURRING.fullmatch(shape):
        return Schedule(text, ScheduleKind.RECURRING, months=_recurring_months(tokens))
    if _YEAR.fullmatch(shape):
        return _period(text, YearMonth(first.year, 1), YearMonth(first.year, 12))
    if _HALF.fullmatch(shape):
        second_half = tokens[1].number == 1
        first_month, last_month = (7, 12) if second_half else (1, 6)
        return _period(text, YearMonth(first.year, first_month), YearMonth(first.year, last_month))
    if _YEARS.fullmatch(shape):
        from_year = first.year if first.kind == "Y" else _year(str(first.number))
        to_year = last.year if last.kind == "Y" else _year(str(last.number))
        return _period(text, YearMonth(from_year, 1), YearMonth(to_year, 12))
    if _PERIOD.fullmatch(shape):
        end_token = next(t for t in reversed(tokens) if t.kind in ("D", "M"))
        if end_token.kind == "D":
            end = YearMonth(end_token.year, end_token.month)
        else:
            end = YearMonth(first.year + ("X" in shape), end_token.month)
        return _period(text, YearMonth(first.year, first.month), end)
    if _SINGLE.fullmatch(shape):
        month = YearMonth(first.year, first.month)
        return _period(text, month, month)
    if _FROM.fullmatch(shape):
        return Schedule(text, ScheduleKind.PERIOD, start=YearMonth(first.year, first.month))
    if _UNTIL.fullmatch(shape):
        date = next(t for t in tokens if t.kind == "D")
        return Schedule(text, ScheduleKind.PERIOD, end=YearMonth(date.year, date.month))
    raise _Unreadable


def _period(text: str, start: YearMonth, end: YearMonth) -> Schedule:
    if end < start:
        raise _Unreadable  # 103年10月-5月: a guess either way, so say it was not read
    return Schedule(text, ScheduleKind.PERIOD, start=start, end=end)


def parse_schedule(text: str | None) -> Schedule:
    """A 辦理期程 as written → :class:`Schedule`; the text is kept whatever it says."""
    written = (text or "").strip()
    compact = re.sub(r"\s+", "", unicodedata.normalize("NFKC", written))
    notes = [m.group(0) for m in _PARENTHESES.finditer(compact)]
    compact = _PARENTHESES.sub("", compact)
    try:
        tokens, leftover = _tokenize(compact)
        schedule = _read(written, tokens)
    except (_Unreadable, StopIteration):
        return Schedule(written, ScheduleKind.UNKNOWN, leftover=written)
    rest = "、".join([*leftover, *notes])
    return Schedule(
        written, schedule.kind, schedule.start, schedule.end, schedule.months, leftover=rest
    )
