"""Text helpers for the printed forms: CJK line fitting, session times and file names.

ROC dates, hours and identity-number masking come from ``hrplanner.domain`` (one home for
each conversion, so a form writes a date, an hour or a masked number exactly as a screen or
a workbook does); the names the builders have always imported are kept below as aliases.
The fitting functions measure with reportlab's font metrics so that table cells and the
certificate body wrap (or shrink) inside their boxes instead of running over the lines.
Chinese breaks between any two characters, except that closing punctuation never starts a
line and opening punctuation never ends one; runs of Latin letters and digits stay together.
"""

from __future__ import annotations

import re
from datetime import time

from reportlab.pdfbase.pdfmetrics import stringWidth

from hrplanner.domain.hours import format_hours
from hrplanner.domain.national_id import mask
from hrplanner.domain.rocdate import (
    format_roc_long,
    format_roc_period,
    format_roc_plain,
    format_weekday,
    roc_year,
)

# The builders' names for the domain's conversions (``roc_year`` is the domain's own name).
roc_long = format_roc_long  # 中華民國109年3月5日
roc_plain = format_roc_plain  # 109年3月5日
roc_period = format_roc_period  # 109年3月5日至3月6日
weekday_zh = format_weekday  # 星期四
hours_from_minutes = format_hours  # 90 → 1.5
mask_national_id = mask  # A12****789; a malformed number is masked too, never shown
__all__ = [
    "fit_text",
    "hours_from_minutes",
    "mask_national_id",
    "roc_long",
    "roc_period",
    "roc_plain",
    "roc_year",
    "safe_filename",
    "time_span",
    "weekday_zh",
    "wrap_text",
]

_NO_LINE_START = set("，。、；：？！」』）》〉】．,.;:!?)%…・")
_NO_LINE_END = set("「『（《〈【(")
# A Latin/digit run stays whole, and keeps the unit after it (109年, 12月, 6小時, 0001號).
_TOKEN = re.compile(r"[A-Za-z0-9@#&_.\-/:]+(?:小時|[年月日時號分人場])?|\s|.", re.S)


def time_span(start: time | None, end: time | None) -> str:
    """``09:00～12:30``, the session times as the sign-in sheet prints them."""
    if start is None and end is None:
        return ""
    left = start.strftime("%H:%M") if start else ""
    right = end.strftime("%H:%M") if end else ""
    return f"{left}～{right}" if right else left


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
