"""平時成績考核紀錄表 (SPEC §3.3, R13): one A4 page per person and period, batch per unit.

Layout, as the 平時考核要點's form: the title `<機關全銜> 公務人員平時成績考核紀錄表`, the
period (`中華民國114年1月至4月（第1期）`), the person (unit, title, name), a grid of the items
against the levels of the scale with the chosen level ticked (■; □ for the others, every
box empty on a blank form for the unit head to fill in; — for an item the person is not
rated on), the scale's meaning, a box for the recorded facts (具體優劣事蹟), and signature
boxes for 受考人, 考核人（單位主管）and 機關首長.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from hrplanner.i18n import _

from .appraisal_data import InterimForm
from .fonts import FontChoice
from .layout import (
    GRID_COLOR,
    HEADER_FILL,
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

TICK, BOX, NOT_RATED = "■", "□", "—"
FACTS_HEIGHT = 210.0
SIGN_HEIGHT = 62.0
SIGNERS = ("受考人", "考核人（單位主管）", "機關首長")


def form_title(form: InterimForm) -> str:
    return f"{form.agency} 公務人員平時成績考核紀錄表".strip()


def period_line(form: InterimForm) -> str:
    return f"考核期間：中華民國{form.roc_year}年{form.period_text}（第{form.period}期）"


def _items_table(form: InterimForm, font: str, width: float) -> Table:
    header = ["考核項目", *(f"{code} {label}" for code, label in form.levels)]
    first = width * 0.28
    rest = (width - first) / max(1, len(form.levels))
    rows = []
    for item in form.items:
        name = item.name + (f"\n{item.note}" if item.note else "")
        if not item.rated:
            cells = [NOT_RATED] * len(form.levels)
        else:
            cells = [
                TICK if not form.blank and item.level == code else BOX for code, _ in form.levels
            ]
        rows.append([name, *cells])
    aligns = ["LEFT", *(["CENTER"] * len(form.levels))]
    return fitted_table(
        header,
        rows,
        [first, *([rest] * len(form.levels))],
        font,
        size=12,
        aligns=aligns,
        row_height=34,
        header_height=28,
    )


def _facts_box(form: InterimForm, font: str, width: float) -> Table:
    st = styles(font)
    text = "" if form.blank else form.facts
    body = Paragraph(escape(text).replace("\n", "<br/>"), st["body"])
    table = Table(
        [["具體優劣事蹟（請記載具體事實）"], [body]],
        colWidths=[width],
        rowHeights=[24, FACTS_HEIGHT],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font, 12, 15),
                ("GRID", (0, 0), (-1, -1), 0.6, GRID_COLOR),
                ("BOX", (0, 0), (-1, -1), 1.2, GRID_COLOR),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("VALIGN", (0, 1), (-1, 1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _signatures(form: InterimForm, font: str, width: float) -> Table:
    names = ["", "" if form.blank else form.appraiser, ""]
    table = Table(
        [list(SIGNERS), names, ["日期：　　年　　月　　日"] * len(SIGNERS)],
        colWidths=[width / len(SIGNERS)] * len(SIGNERS),
        rowHeights=[24, SIGN_HEIGHT, 22],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font, 12, 15),
                ("FONT", (0, 2), (-1, 2), font, 10, 12),
                ("GRID", (0, 0), (-1, -1), 0.6, GRID_COLOR),
                ("BOX", (0, 0), (-1, -1), 1.2, GRID_COLOR),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
                ("TEXTCOLOR", (0, 1), (-1, 1), colors.Color(0.35, 0.35, 0.35)),
            ]
        )
    )
    return table


def _part(form: InterimForm, font: str) -> FormPart:
    st = styles(font)
    width = usable_width(False)
    info = [
        [period_line(form), ""],
        [f"單位：{form.unit}", f"職稱：{form.title}"],
        [f"姓名：{form.name}", f"考核人：{'' if form.blank else form.appraiser}"],
    ]
    scale = "、".join(f"{code}{label}" for code, label in form.levels)
    legend = f"等級說明：{scale}。請於所評等級之□內打勾；「{NOT_RATED}」表示該項目不評列。"
    story: list[Flowable] = [
        title_block(form.agency, "公務人員平時成績考核紀錄表", font, width),
        info_table(info, [width * 0.6, width * 0.4], font, size=12),
        Spacer(0, 6),
        _items_table(form, font, width),
        Paragraph(escape(legend), st["note"]),
        Spacer(0, 8),
        _facts_box(form, font, width),
        Spacer(0, 12),
        _signatures(form, font, width),
        Paragraph(
            escape("依公務人員考績法施行細則第十七條，平時考核應記載具體優劣事蹟。"), st["note"]
        ),
    ]
    texts = [
        form_title(form),
        legend,
        form.facts,
        form.appraiser,
        *(c for row in info for c in row),
        *(i.name + i.note for i in form.items),
        *(code + label for code, label in form.levels),
        *SIGNERS,
        TICK + BOX + NOT_RATED,
    ]
    return FormPart(story, form_title(form), signatures=False, page_numbers=False, texts=texts)


def build_interim_forms(
    forms: Sequence[InterimForm], out: Output, font: FontChoice | None = None
) -> None:
    """One PDF with one page per form (a unit's batch, or a single person)."""
    if not forms:
        raise ValueError(_("沒有可列印的平時成績考核紀錄表"))
    name = font_name_for(font)
    render_parts([_part(f, name) for f in forms], out, name, title=form_title(forms[0]))
