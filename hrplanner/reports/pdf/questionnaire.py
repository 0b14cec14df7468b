"""滿意度調查表 (blank satisfaction questionnaire, SPEC §3.3) handed out at the end of a class.

A five-point grid (非常滿意 … 非常不滿意) of questions grouped in sections, then boxes for
open comments. The questions, the scale and the wording are data with sensible defaults, so
an agency can print its own version; the answers later feed the 平均滿意度 KPI (R14).
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from hrplanner.domain.rocdate import format_roc_long
from hrplanner.i18n import _

from .data import Questionnaire
from .fonts import FontChoice
from .layout import (
    GRID_COLOR,
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

CHECKBOX = "□"
COMMENT_BOX_HEIGHT = 56.0


def questionnaire_title(q: Questionnaire) -> str:
    return f"{q.agency} {q.class_title} 滿意度調查表".strip()


def _grid(q: Questionnaire, font: str, width: float) -> tuple[Table, list[str]]:
    if not q.scale:
        raise ValueError(_("滿意度量表至少要有一個選項"))
    header = ["題號", "題目", *q.scale]
    per_option = max(44.0, min(58.0, width * 0.11))
    first = 30.0
    widths = [first, width - first - per_option * len(q.scale), *[per_option] * len(q.scale)]
    rows: list[list[str]] = []
    sections: set[int] = set()
    number = 0
    for section, items in q.sections:
        if section:
            sections.add(len(rows))
            rows.append([section, "", *[""] * len(q.scale)])
        for item in items:
            shown = q.numbers[number] if number < len(q.numbers) else number + 1
            number += 1
            rows.append([str(shown), item, *[CHECKBOX] * len(q.scale)])
    if number == 0:
        raise ValueError(_("滿意度調查表至少要有一個題目"))
    aligns = ["CENTER", "LEFT", *["CENTER"] * len(q.scale)]
    table = fitted_table(
        header,
        rows,
        widths,
        font,
        aligns=aligns,
        row_height=22,
        header_height=26,
        full_rows=frozenset(sections),
        extra_style=[("FONTSIZE", (2, 1), (-1, -1), 14)],
    )
    return table, [*header, *(c for r in rows for c in r[:2])]


def _comment_box(question: str, font: str, width: float) -> Flowable:
    box = Table([[question], [""]], colWidths=[width], rowHeights=[20, COMMENT_BOX_HEIGHT])
    box.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font, 11, 14),
                ("BOX", (0, 0), (-1, -1), 0.8, GRID_COLOR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return KeepTogether([box, Spacer(0, 6)])


def build_questionnaire(
    q: Questionnaire,
    out: Output,
    font: FontChoice | None = None,
    fallbacks: Sequence[FontChoice] | None = None,
) -> None:
    """Write a blank questionnaire for one class (A4 portrait)."""
    name = font_name_for(font, fallbacks)
    st = styles(name)
    width = usable_width(False)
    title = questionnaire_title(q)
    info = [
        [
            f"研習日期：{format_roc_long(q.class_date)}" if q.class_date else "",
            f"講座：{q.instructor}" if q.instructor else "",
        ]
    ]
    info = [row for row in info if any(row)]
    grid, grid_texts = _grid(q, name, width)
    story: list[Flowable] = [title_block(q.agency, f"{q.class_title} 滿意度調查表", name, width)]
    if info:
        story.append(info_table(info, [width * 0.55, width * 0.45], name))
    story += [
        Spacer(0, 2),
        Paragraph(escape(q.intro), st["body"]),
        Spacer(0, 8),
        grid,
        Spacer(0, 12),
    ]
    story.extend(_comment_box(text, name, width) for text in q.open_questions)
    thanks = ParagraphStyle("thanks", parent=st["body"], alignment=TA_CENTER, spaceBefore=6)
    story.append(Paragraph("感謝您的填答！", thanks))
    texts = [title, q.intro, *grid_texts, *q.open_questions, "感謝您的填答！"]
    texts += [c for row in info for c in row]
    part = FormPart(story, title, signatures=False, page_numbers=False, texts=texts)
    render_parts([part], out, name, title=title)
