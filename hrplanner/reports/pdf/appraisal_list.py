"""考績清冊 for the 考績委員會 (SPEC §3.3, 細則 §20): the export's content by 官等, A4 landscape.

One document per kind (年終考績, 另予考績): the title `<機關全銜> 114年年終考績清冊`, the
meeting date and members when recorded, then each 官等 as a section heading carrying its
figures (people, grades, 甲等比例) followed by its people, the 統計表 per 官等 and the ratio
warnings. Pages are numbered and carry the 承辦人 / 單位主管 line.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Spacer

from hrplanner.i18n import _

from .appraisal_data import STATISTICS_HEADER, AppraisalList
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
from .text import roc_long

COLUMNS = (
    "序號",
    "單位",
    "職稱",
    "姓名",
    "項目評分",
    "獎懲增減",
    "考績分數",
    "等次",
    "檢核",
    "甲等事證",
    "狀態",
)
_WEIGHTS = (0.7, 2.2, 1.6, 1.4, 1.0, 1.0, 1.0, 0.7, 4.2, 3.4, 1.0)
_ALIGNS = (
    "CENTER",
    "LEFT",
    "LEFT",
    "CENTER",
    "RIGHT",
    "RIGHT",
    "RIGHT",
    "CENTER",
    "LEFT",
    "LEFT",
    "CENTER",
)


def list_title(data: AppraisalList) -> str:
    return f"{data.agency} {data.roc_year}年{data.kind}清冊".strip()


def _part(data: AppraisalList, font: str) -> FormPart:
    st = styles(font)
    width = usable_width(True)
    widths = [width * w / sum(_WEIGHTS) for w in _WEIGHTS]
    rows: list[list[str]] = []
    headings: set[int] = set()
    seq = 0
    for group in data.groups:
        headings.add(len(rows))
        rows.append([f"{group.rank_group}：{group.summary}", *([""] * (len(COLUMNS) - 1))])
        for line in group.lines:
            seq += 1
            rows.append(
                [
                    str(seq),
                    line.unit,
                    line.title,
                    line.name,
                    line.item_score,
                    line.net_points,
                    line.score,
                    line.grade,
                    line.problems,
                    line.evidence,
                    line.status,
                ]
            )
    info = []
    if data.meeting_date is not None:
        info.append([f"考績委員會開會日期：{roc_long(data.meeting_date)}"])
    if data.members:
        info.append([f"出席委員：{'、'.join(data.members)}"])
    story: list[Flowable] = [
        title_block(data.agency, f"{data.roc_year}年{data.kind}清冊", font, width),
    ]
    if info:
        story.append(info_table(info, [width], font))
    story += [
        Spacer(0, 4),
        fitted_table(
            COLUMNS,
            rows,
            widths,
            font,
            size=9.5,
            aligns=_ALIGNS,
            row_height=20,
            max_lines=3,
            full_rows=frozenset(headings),
        ),
        Spacer(0, 10),
        Paragraph(escape("統計表"), st["note"]),
    ]
    stat_widths = [width / len(STATISTICS_HEADER)] * len(STATISTICS_HEADER)
    stat_aligns = ("LEFT", *(["RIGHT"] * (len(STATISTICS_HEADER) - 1)))
    story.append(
        fitted_table(
            STATISTICS_HEADER,
            [list(r) for r in data.statistics],
            stat_widths,
            font,
            size=10,
            aligns=stat_aligns,
        )
    )
    for warning in data.warnings:
        story.append(Paragraph(escape(f"※ {warning}"), st["note"]))
    title = list_title(data)
    texts = [
        title,
        *(c for r in rows for c in r),
        *(c for row in info for c in row),
        *(c for r in data.statistics for c in r),
        *data.warnings,
        *STATISTICS_HEADER,
        *COLUMNS,
    ]
    return FormPart(story, title, landscape=True, texts=texts)


def build_appraisal_lists(
    lists: Sequence[AppraisalList], out: Output, font: FontChoice | None = None
) -> None:
    """One PDF holding the 清冊 of each kind (each starts a new page, numbered on its own)."""
    if not lists:
        raise ValueError(_("沒有可列印的考績清冊"))
    name = font_name_for(font)
    render_parts([_part(d, name) for d in lists], out, name, title=list_title(lists[0]))
