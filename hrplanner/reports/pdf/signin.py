"""簽到表 (sign-in sheets, SPEC §3.3): one per session, one PDF for one or all sessions.

Title `<機關全銜> <課程名稱> 簽到表`, the session's ROC date, time, place and hours; a grid
with tall rows to sign in, a few blank rows for walk-ins, the header row repeated on every
page, the meal counts, and the 承辦人 / 單位主管 line with `第 x 頁／共 y 頁`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Spacer

from .data import SIGNIN_COLUMNS, SIGNIN_OPTIONAL_COLUMNS, SigninRow, SigninSheet
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
from .text import mask_national_id, roc_long, time_span, weekday_zh

# Relative column widths: the two signature columns get the most room.
_WEIGHTS = {
    "序號": 0.9,
    "單位": 2.6,
    "職稱": 2.0,
    "姓名": 2.0,
    "簽到": 2.8,
    "簽退": 2.8,
    "用餐": 1.2,
    "備註": 2.0,
    "身分證字號": 2.4,
}
_CENTERED = {"序號", "姓名", "用餐", "身分證字號"}
_MEAL_ORDER = ("葷", "素", "不用餐")
ROW_HEIGHT = 27.0  # about 9.5 mm: room for a handwritten signature


def _cell(column: str, seq: int, row: SigninRow | None) -> str:
    if column == "序號":
        return str(seq)
    if row is None:
        return ""
    return {
        "單位": row.unit,
        "職稱": row.title,
        "姓名": row.name,
        "用餐": row.meal,
        "備註": row.note,
        "身分證字號": mask_national_id(row.national_id_masked),
    }.get(column, "")


def meal_summary(counts: Mapping[str, int]) -> str:
    """`用餐人數：葷 30 人　素 5 人　不用餐 10 人`, known choices first."""
    keys = [k for k in _MEAL_ORDER if k in counts] + [k for k in counts if k not in _MEAL_ORDER]
    return "用餐人數：" + "　".join(f"{k} {counts[k]} 人" for k in keys)


def sheet_title(sheet: SigninSheet) -> str:
    return f"{sheet.agency} {sheet.class_title} 簽到表".strip()


def _info_cells(sheet: SigninSheet) -> list[list[str]]:
    span = time_span(sheet.start, sheet.end)
    session = ""
    if sheet.session_count > 1:
        session = f"場次：第{sheet.session_no}場／共{sheet.session_count}場"
    return [
        [
            f"日期：{roc_long(sheet.session_date)}（{weekday_zh(sheet.session_date)}）",
            f"時間：{span}" if span else "",
            f"時數：{sheet.hours_text}" if sheet.hours_text else "",
        ],
        [
            f"班期代碼：{sheet.class_code}" if sheet.class_code else "",
            session,
            f"地點：{sheet.location}" if sheet.location else "",
        ],
    ]


def _part(sheet: SigninSheet, font: str) -> FormPart:
    unknown = [c for c in sheet.columns if c not in SIGNIN_COLUMNS + SIGNIN_OPTIONAL_COLUMNS]
    if unknown:
        allowed = "、".join(SIGNIN_COLUMNS + SIGNIN_OPTIONAL_COLUMNS)
        raise ValueError(f"簽到表沒有「{'、'.join(unknown)}」這個欄位；可用欄位：{allowed}")
    st = styles(font)
    columns = sheet.columns
    total = sum(_WEIGHTS[c] for c in columns)
    width = usable_width(sheet.landscape)
    widths = [width * _WEIGHTS[c] / total for c in columns]
    people: list[SigninRow | None] = [*sheet.rows, *([None] * max(0, sheet.blank_rows))]
    rows = [[_cell(c, i, person) for c in columns] for i, person in enumerate(people, 1)]
    aligns = ["CENTER" if c in _CENTERED else "LEFT" for c in columns]
    title = sheet_title(sheet)
    info = _info_cells(sheet)
    info = [row for row in info if any(row)]
    story: list[Flowable] = [
        title_block(sheet.agency, f"{sheet.class_title} 簽到表", font, width),
        info_table(info, [width * 0.42, width * 0.27, width * 0.31], font),
        Spacer(0, 4),
    ]
    story.append(fitted_table(columns, rows, widths, font, aligns=aligns, row_height=ROW_HEIGHT))
    texts = [
        title,
        *(cell for row in info for cell in row),
        *(cell for row in rows for cell in row),
    ]
    if sheet.meal_counts is not None:
        summary = meal_summary(sheet.meal_counts)
        story.append(Paragraph(escape(summary), st["note"]))
        texts.append(summary)
    running = f"{title}　{roc_long(sheet.session_date)}"
    return FormPart(story, running, landscape=sheet.landscape, texts=texts)


def build_signin(
    sheets: Sequence[SigninSheet], out: Output, font: FontChoice | None = None
) -> None:
    """Write the sign-in sheets of one session or of all sessions of a class into one PDF.

    Each sheet starts on a new page and numbers its own pages. Raises FontNotFound (or
    MissingGlyphs) rather than printing boxes, ValueError for an unknown column.
    """
    if not sheets:
        raise ValueError("沒有可列印的場次")
    name = font_name_for(font)
    parts = [_part(sheet, name) for sheet in sheets]
    render_parts(parts, out, name, title=sheet_title(sheets[0]))
