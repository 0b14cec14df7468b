"""Text helpers for the printed forms: ROC dates, hours, masking, and CJK line fitting.

The fitting functions measure with reportlab's font metrics so that table cells and the
certificate body wrap (or shrink) inside their boxes instead of running over the lines.
Chinese breaks between any two characters, except that closing punctuation never starts a
line and opening punctuation never ends one; runs of Latin letters and digits stay together.
"""

from __future__ import annotations

import re
from datetime import date, time

from reportlab.pdfbase.pdfmetrics import stringWidth

_WEEKDAYS = "一二三四五六日"
_NO_LINE_START = set("，。、；：？！」』）》〉】．,.;:!?)%…・")
_NO_LINE_END = set("「『（《〈【(")
_FULL_ID = re.compile(r"^[A-Z][0-9A-D]\d{8}$")
# A Latin/digit run stays whole, and keeps the unit after it (109年, 12月, 6小時, 0001號).
_TOKEN = re.compile(r"[A-Za-z0-9@#&_.\-/:]+(?:小時|[年月日時號分人場])?|\s|.", re.S)


def roc_year(d: date) -> int:
    if d < date(1912, 1, 1):
        raise ValueError(f"{d.isoformat()} 早於民國元年，無法以民國紀年表示")
    return d.year - 1911


def roc_long(d: date) -> str:
    """`中華民國109年3月5日` (SPEC R1: Arabic numerals, as official documents require)."""
    return f"中華民國{roc_year(d)}年{d.month}月{d.day}日"


def roc_plain(d: date) -> str:
    """`109年3月5日`, for running text that already says 中華民國 once."""
    return f"{roc_year(d)}年{d.month}月{d.day}日"


def roc_period(start: date, end: date) -> str:
    """`109年3月5日` for one day, else `109年3月5日至3月6日` (year repeated on change)."""
    if start == end:
        return roc_plain(start)
    tail = roc_plain(end) if end.year != start.year else f"{end.month}月{end.day}日"
    return f"{roc_plain(start)}至{tail}"


def weekday_zh(d: date) -> str:
    return f"星期{_WEEKDAYS[d.weekday()]}"


def time_span(start: time | None, end: time | None) -> str:
    if start is None and end is None:
        return ""
    left = start.strftime("%H:%M") if start else ""
    right = end.strftime("%H:%M") if end else ""
    return f"{left}～{right}" if right else left


def hours_from_minutes(minutes: int) -> str:
    """Integer minutes as hours without float noise: 180 → `3`, 90 → `1.5`, 100 → `1.67`."""
    whole, rest = divmod(minutes, 60)
    if rest == 0:
        return str(whole)
    hundredths = (rest * 100 + 30) // 60  # round half up, in integers
    if hundredths == 100:
        return str(whole + 1)
    return f"{whole}.{hundredths:02d}".rstrip("0")


def mask_national_id(value: str) -> str:
    """Printed lists never show a whole identity number (SPEC R2): `A12****789`."""
    value = value.strip().upper()
    if _FULL_ID.match(value):
        return f"{value[:3]}****{value[-3:]}"
    return value


def safe_filename(text: str) -> str:
    """A file name Windows accepts: reserved characters become `_`."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", text).strip(" .")
    return cleaned or "_"


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy CJK-aware line breaking; each line's width is at most `width` where possible."""
    lines: list[str] = []
    for para in text.split("\n"):
        lines.extend(_wrap_para(para, font, size, width))
    return lines


def _wrap_para(text: str, font: str, size: float, width: float) -> list[str]:
    if not text:
        return [""]
    lines: list[str] = []
    line: list[str] = []
    used = 0.0
    for tok in _TOKEN.findall(text):
        w = stringWidth(tok, font, size)
        if line and used + w > width and not tok.isspace():
            # Move characters down until the new line does not start with closing
            # punctuation and the old one does not end with opening punctuation.
            carry: list[str] = []
            while len(line) > 1 and (
                (carry[0] if carry else tok)[0] in _NO_LINE_START or line[-1][-1] in _NO_LINE_END
            ):
                carry.insert(0, line.pop())
            lines.append("".join(line).rstrip())
            line = carry
            used = sum(stringWidth(t, font, size) for t in line)
        if w > width and len(tok) > 1:  # a Latin run longer than the whole line: cut it
            for ch in tok:
                cw = stringWidth(ch, font, size)
                if line and used + cw > width:
                    lines.append("".join(line))
                    line, used = [], 0.0
                line.append(ch)
                used += cw
            continue
        if not line and tok.isspace():
            continue
        line.append(tok)
        used += w
    lines.append("".join(line).rstrip())
    return lines


def fit_text(
    text: str,
    font: str,
    size: float,
    width: float,
    max_lines: int = 2,
    min_size: float = 7.0,
) -> tuple[list[str], float]:
    """Lines and font size that keep `text` inside `width`.

    One line at the normal size if it fits; else shrink a little (to 85%) on one line; else
    wrap onto `max_lines` lines down to 80% of the size, then onto one more line down to
    `min_size`; past that it wraps onto as many lines as it takes (the row grows) rather
    than run past the cell.
    """
    if not text:
        return [""], size
    if "\n" not in text:
        natural = stringWidth(text, font, size)
        if natural <= width:
            return [text], size
        if natural * 0.85 <= width:
            return [text], max(min_size, size * width / natural * 0.995)
    for limit, smallest in ((max_lines, size * 0.8), (max_lines + 1, min_size)):
        current = size
        while current >= smallest:
            lines = wrap_text(text, font, current, width)
            if len(lines) <= limit:
                return lines, current
            current -= 0.5
    return wrap_text(text, font, min_size, width), min_size
