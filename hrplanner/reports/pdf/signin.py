"""簽到表 (sign-in sheets, SPEC §3.3): one per session, one PDF for one or all sessions.

Title `<機關全銜> <課程名稱> 簽到表`, the session's ROC date, time, place and hours; a grid
with tall rows to sign in, a few blank rows for walk-ins, the header row repeated on every
page, the 應到 / 實到 counts and (for a session serving a meal, the only sheets with a 用餐
column) the meal counts, and the 承辦人 / 單位主管 line with `第 x 頁／共 y 頁`. Blank rows
and the counts never make a page of their own: the grid is paginated before it is built
(``_paginate``) and the blank rows that would spill over are dropped.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from hrplanner.i18n import _

from .data import MEAL_COLUMN, SIGNIN_COLUMNS, SIGNIN_OPTIONAL_COLUMNS, SigninRow, SigninSheet
from .fonts import FontChoice
from .layout import (
    BOTTOM_MARGIN,
    TOP_MARGIN,
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
_FUZZ = 1e-6  # reportlab's Frame tolerance when deciding whether a flowable fits


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


def head_count(sheet: SigninSheet) -> str:
    """`應到 40 人　實到 38 人`; 實到 is left to fill in until attendance is entered."""
    present = f"{sheet.present}" if sheet.present is not None else "＿＿＿"
    return f"應到 {len(sheet.rows)} 人　實到 {present} 人"


def sheet_columns(sheet: SigninSheet) -> tuple[str, ...]:
    """The columns printed: the 用餐 column only on a sheet of a session serving a meal."""
    if sheet.meal_counts is None:
        return tuple(c for c in sheet.columns if c != MEAL_COLUMN)
    return sheet.columns


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


def frame_height(is_landscape: bool) -> float:
    """The height of the page frame that ``render_parts`` lays the sheet into."""
    page_height: float = landscape(A4)[1] if is_landscape else A4[1]
    return page_height - TOP_MARGIN - BOTTOM_MARGIN


@dataclass(frozen=True)
class _Pagination:
    rows_per_page: list[int]  # data rows (not the repeated header) on each page
    tail_fits: bool  # the meal counts stay on the grid's last page


def _paginate(
    head: Sequence[Flowable], table: Table, tail: Flowable | None, width: float, height: float
) -> _Pagination:
    """Where the grid's rows will fall, measured with reportlab's own wrap and split (the same
    calls the frame makes), so the result matches the PDF without building it."""
    room = height
    for flowable in head:
        room -= flowable.wrap(width, room)[1]
    counts: list[int] = []
    rest = table
    while True:
        used = rest.wrap(width, room)[1]
        if used <= room + _FUZZ:
            counts.append(rest._nrows - 1)  # reportlab keeps no public row count
            room -= used
            break
        pieces = rest.split(width, room)
        if pieces:
            counts.append(pieces[0]._nrows - 1)
            rest = pieces[1]
        else:  # not even the header and one row fit below the title: a new page
            counts.append(0)
        room = height
    tail_fits = tail is None or tail.getSpaceBefore() + tail.wrap(width, room)[1] <= room + _FUZZ
    return _Pagination(counts, tail_fits)


def _blank_rows_to_keep(layout: _Pagination, named: int, blank_rows: int) -> int:
    """Fewer blank rows when they (or the meal counts after them) would spill onto a page of
    their own: keep those that fit beside the last names, less one row at a time while the
    meal counts would still be pushed onto a new page."""
    seen = 0
    for page, count in enumerate(layout.rows_per_page):
        seen += count
        if seen >= named:
            if page < len(layout.rows_per_page) - 1:
                return min(blank_rows, seen - named)
            break
    return blank_rows if layout.tail_fits else blank_rows - 1


def _part(sheet: SigninSheet, font: str) -> FormPart:
    unknown = [c for c in sheet.columns if c not in SIGNIN_COLUMNS + SIGNIN_OPTIONAL_COLUMNS]
    if unknown:
        allowed = "、".join(SIGNIN_COLUMNS + SIGNIN_OPTIONAL_COLUMNS)
        raise ValueError(
            _("簽到表沒有「{columns}」這個欄位；可用欄位：{allowed}").format(
                columns="、".join(unknown), allowed=allowed
            )
        )
    st = styles(font)
    columns = sheet_columns(sheet)
    total = sum(_WEIGHTS[c] for c in columns)
    width = usable_width(sheet.landscape)
    widths = [width * _WEIGHTS[c] / total for c in columns]
    aligns = ["CENTER" if c in _CENTERED else "LEFT" for c in columns]
    title = sheet_title(sheet)
    info = _info_cells(sheet)
    info = [row for row in info if any(row)]
    head: list[Flowable] = [
        title_block(sheet.agency, f"{sheet.class_title} 簽到表", font, width),
        info_table(info, [width * 0.42, width * 0.27, width * 0.31], font),
        Spacer(0, 4),
    ]
    texts = [title, *(cell for row in info for cell in row)]
    # Under the grid: the head count, and the meal counts of a session serving a meal.
    summary = head_count(sheet)
    if sheet.meal_counts is not None:
        summary += "　　" + meal_summary(sheet.meal_counts)
    tail: Paragraph | None = Paragraph(escape(summary), st["note"])
    texts.append(summary)

    def grid(blank_rows: int) -> tuple[Table, list[list[str]]]:
        people: list[SigninRow | None] = [*sheet.rows, *([None] * blank_rows)]
        rows = [[_cell(c, i, person) for c in columns] for i, person in enumerate(people, 1)]
        table = fitted_table(columns, rows, widths, font, aligns=aligns, row_height=ROW_HEIGHT)
        return table, rows

    blank_rows = max(0, sheet.blank_rows)
    table, rows = grid(blank_rows)
    height = frame_height(sheet.landscape)
    while sheet.rows and blank_rows:
        fewer = _blank_rows_to_keep(
            _paginate(head, table, tail, width, height), len(sheet.rows), blank_rows
        )
        if fewer == blank_rows:
            break
        blank_rows = fewer
        table, rows = grid(blank_rows)
    grids: list[Flowable] = [table]
    if tail is not None and not blank_rows and len(sheet.rows) > 1:
        layout = _paginate(head, table, tail, width, height)
        if not layout.tail_fits and layout.rows_per_page[-1] > 1:
            # The meal counts alone would make a page without names: the last name moves
            # over with them (its own grid, under the header, after a page break).
            def part(cells: list[list[str]]) -> Table:
                return fitted_table(
                    columns, cells, widths, font, aligns=aligns, row_height=ROW_HEIGHT
                )

            grids = [part(rows[:-1]), PageBreak(), part(rows[-1:])]
    story = [*head, *grids, *([tail] if tail is not None else [])]
    texts.extend(cell for row in rows for cell in row)
    running = f"{title}　{roc_long(sheet.session_date)}"
    return FormPart(story, running, landscape=sheet.landscape, texts=texts)


def build_signin(
    sheets: Sequence[SigninSheet],
    out: Output,
    font: FontChoice | None = None,
    fallbacks: Sequence[FontChoice] | None = None,
) -> None:
    """Write the sign-in sheets of one session or of all sessions of a class into one PDF.

    Each sheet starts on a new page and numbers its own pages. Raises FontNotFound (or
    MissingGlyphs) rather than printing boxes, ValueError for an unknown column.
    """
    if not sheets:
        raise ValueError(_("沒有可列印的場次"))
    name = font_name_for(font, fallbacks)
    parts = [_part(sheet, name) for sheet in sheets]
    render_parts(parts, out, name, title=sheet_title(sheets[0]))
