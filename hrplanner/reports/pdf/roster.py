"""班期成績冊 (class roster, SPEC §3.3): each enrollee's attendance, leave, credit and reason.

The counterpart of the 班期名冊 export: after a class is closed the officer prints it for the
file and for the supervisor's signature. Hours arrive as integer minutes (SPEC R3) and print
as hours (`1.5`); a person without credit shows the reason (未請假缺課, 請假逾三分之一, ...).
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Spacer

from hrplanner.domain.hours import format_hours
from hrplanner.domain.rocdate import format_roc_period
from hrplanner.domain.vocabulary import ENROLLED
from hrplanner.i18n import _

from .data import Roster
from .fonts import FontChoice
from .layout import (
    FormPart,
    Output,
    fitted_table,
    font_name_for,
    info_table,
    render_parts,
    styles,
    title_block,
    usable_width,
)

ROSTER_COLUMNS = (
    "序號",
    "單位",
    "職稱",
    "姓名",
    "狀態",
    "出席情形",
    "請假時數",
    "學習時數",
    "說明",
)
_WEIGHTS = (0.8, 2.4, 1.9, 1.8, 1.1, 1.8, 1.3, 1.3, 2.6)
_ALIGNS = ("CENTER", "LEFT", "LEFT", "CENTER", "CENTER", "CENTER", "RIGHT", "RIGHT", "LEFT")


def roster_title(roster: Roster) -> str:
    return f"{roster.agency} {roster.class_title} 班期成績冊".strip()


def summary_line(roster: Roster) -> str:
    """`參訓 40 人：取得學習時數 37 人，未取得 3 人；核給時數合計 222 小時`."""
    counted = [r for r in roster.rows if r.status == ENROLLED]
    credited = sum(1 for r in counted if r.credit_minutes > 0)
    total = sum(r.credit_minutes for r in counted)
    return (
        f"參訓 {len(counted)} 人：取得學習時數 {credited} 人，未取得 {len(counted) - credited} 人；"
        f"核給學習時數合計 {format_hours(total)} 小時"
    )


def _part(roster: Roster, font: str) -> FormPart:
    st = styles(font)
    width = usable_width(False)
    widths = [width * w / sum(_WEIGHTS) for w in _WEIGHTS]
    rows = [
        [
            str(i),
            r.unit,
            r.title,
            r.name,
            r.status,
            r.attendance,
            format_hours(r.leave_minutes) if r.leave_minutes else "",
            format_hours(r.credit_minutes) if r.status == ENROLLED else "",
            r.reason,
        ]
        for i, r in enumerate(roster.rows, 1)
    ]
    title = roster_title(roster)
    info = [
        [
            f"期間：中華民國{format_roc_period(roster.start_date, roster.end_date)}",
            f"課程時數：{format_hours(roster.class_minutes)} 小時" if roster.class_minutes else "",
        ],
        [
            f"班期代碼：{roster.class_code}" if roster.class_code else "",
            f"請假上限：{roster.leave_limit_text}" if roster.leave_limit_text else "",
        ],
        [f"主辦單位：{roster.organizer}" if roster.organizer else "", ""],
    ]
    info = [row for row in info if any(row)]
    summary = summary_line(roster)
    story: list[Flowable] = [
        title_block(roster.agency, f"{roster.class_title} 班期成績冊", font, width),
        info_table(info, [width * 0.6, width * 0.4], font),
        Spacer(0, 4),
        fitted_table(ROSTER_COLUMNS, rows, widths, font, size=10.5, aligns=_ALIGNS, row_height=22),
        Paragraph(escape(summary), st["note"]),
        Paragraph("時數單位：小時。請假逾上限或未請假缺課者不予登錄終身學習時數。", st["note"]),
    ]
    texts = [title, summary, *(c for row in info for c in row), *(c for r in rows for c in r)]
    return FormPart(story, title, texts=texts)


def build_roster(
    rosters: Sequence[Roster],
    out: Output,
    font: FontChoice | None = None,
    fallbacks: Sequence[FontChoice] | None = None,
) -> None:
    """One PDF holding the roster of one or more classes (each starts a new page)."""
    if not rosters:
        raise ValueError(_("沒有可列印的班期"))
    name = font_name_for(font, fallbacks)
    parts = [_part(r, name) for r in rosters]
    render_parts(parts, out, name, title=roster_title(rosters[0]))
