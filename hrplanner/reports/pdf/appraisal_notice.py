"""考績通知書 (SPEC §3.3; 考績法 §7–8, 保障法 §25, §30, §44): one A4 page per person.

The title `<機關全銜> 公務人員考績（成績）通知書`, a grid with the person, the year, the kind,
the score and the grade, what the grade brings under the article it rests on, for 丁等 the
notice of remedies (復審 within 30 days through the agency to 公務人員保障暨培訓委員會), and
the head of the agency with the date of issue.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from hrplanner.i18n import _

from .appraisal_data import Notice
from .fonts import FontChoice
from .layout import (
    GRID_COLOR,
    HEADER_FILL,
    FormPart,
    Output,
    font_name_for,
    render_parts,
    styles,
    title_block,
    usable_width,
)
from .text import roc_long


def notice_title(notice: Notice) -> str:
    return f"{notice.agency} 公務人員考績通知書".strip()


def effect_sentence(notice: Notice) -> str:
    return f"依{notice.article}規定：{notice.effect}。"


def _grid(notice: Notice, font: str, width: float) -> Table:
    st = styles(font)
    rows = [
        ["姓名", notice.name, "員工編號", notice.employee_no],
        ["服務單位", notice.unit, "職稱", notice.title],
        ["考績年度", f"{notice.roc_year}年", "考績種類", notice.kind],
        ["考績分數", f"{notice.score}分", "考績等次", f"{notice.grade}等"],
    ]
    if notice.net_points:
        rows.append(["獎懲增減", notice.net_points, "", ""])
    body = Paragraph(escape(effect_sentence(notice)), st["body"])
    rows.append(["考績結果", body, "", ""])
    label = width * 0.17
    value = width * 0.33
    table = Table(rows, colWidths=[label, value, label, value])
    last = len(rows) - 1
    cmds = [
        ("FONT", (0, 0), (-1, -1), font, 13, 18),
        ("GRID", (0, 0), (-1, -1), 0.6, GRID_COLOR),
        ("BOX", (0, 0), (-1, -1), 1.2, GRID_COLOR),
        ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
        ("BACKGROUND", (2, 0), (2, 3), HEADER_FILL),  # the four rows of two pairs
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("ALIGN", (2, 0), (2, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ("SPAN", (1, last), (3, last)),
        # The label stays on the first line of a wrapped result (and reads in order).
        ("VALIGN", (0, last), (0, last), "TOP"),
    ]
    if notice.net_points:
        cmds.append(("SPAN", (1, last - 1), (3, last - 1)))
    table.setStyle(TableStyle(cmds))
    return table


def _part(notice: Notice, font: str) -> FormPart:
    st = styles(font)
    width = usable_width(False)
    story: list[Flowable] = [
        title_block(notice.agency, "公務人員考績通知書", font, width, size=20),
        Spacer(0, 10),
        _grid(notice, font, width),
        Spacer(0, 10),
    ]
    for line in notice.extra:
        story.append(Paragraph(escape(line), st["note"]))
    if notice.remedies:
        story += [
            Spacer(0, 6),
            Paragraph(escape("救濟程序"), st["note"]),
            Paragraph(escape(notice.remedies), st["body"]),
        ]
    signer = ParagraphStyle(
        "signer", parent=st["body"], fontSize=16, leading=24, alignment=TA_CENTER
    )
    story += [
        Spacer(0, 48),
        Paragraph(escape(f"{notice.head_title}　{notice.head_name}".strip()), signer),
    ]
    if notice.issue_date is not None:
        story += [Spacer(0, 24), Paragraph(escape(roc_long(notice.issue_date)), signer)]
    title = notice_title(notice)
    texts = [
        title,
        effect_sentence(notice),
        notice.name,
        notice.unit,
        notice.title,
        notice.employee_no,
        notice.kind,
        notice.grade,
        notice.net_points,
        notice.remedies or "",
        notice.head_title,
        notice.head_name,
        *notice.extra,
        "姓名員工編號服務單位職稱考績年度種類分數等次獎懲增減結果救濟程序年分",
    ]
    return FormPart(story, title, signatures=False, page_numbers=False, texts=texts)


def build_notices(notices: Sequence[Notice], out: Output, font: FontChoice | None = None) -> None:
    """One PDF with one notice per page."""
    if not notices:
        raise ValueError(_("沒有可列印的考績通知書"))
    name = font_name_for(font)
    render_parts([_part(n, name) for n in notices], out, name, title=notice_title(notices[0]))
