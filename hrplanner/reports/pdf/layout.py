"""Shared page furniture for the tabular forms: styles, tables that fit, footer, page x / y.

A document is a list of parts (one sign-in sheet per session, one roster, ...). Each part
starts on a new page with its title block in the flow; its continuation pages carry a small
running title; every page of a part can carry the 承辦人 / 單位主管 signature line and
`第 x 頁／共 y 頁`, counted within the part, drawn when the canvas is saved (one pass).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Table,
    TableStyle,
)

from hrplanner.i18n import _

from .fonts import FontChoice, ensure_coverage, find_font, register_font
from .text import fit_text

MARGIN = 40.0
TOP_MARGIN = 44.0
BOTTOM_MARGIN = 72.0
GRID_COLOR = colors.black
HEADER_FILL = colors.Color(0.88, 0.88, 0.88)
Output = Path | str | BinaryIO


class BuildCancelled(Exception):
    """The user cancelled a batch; no output file was written."""


@dataclass
class FormPart:
    """One independently numbered section of a document (e.g. one session's sign-in sheet)."""

    story: list[Flowable]
    running_title: str
    landscape: bool = False
    signatures: bool = True
    page_numbers: bool = True
    texts: list[str] = field(default_factory=list)  # all variable text, checked for glyphs


def font_name_for(font: FontChoice | None, fallbacks: Sequence[FontChoice] | None = None) -> str:
    """The name to draw with: the chosen (or found) font, then, per character, the fallback
    fonts — those found on this PC when ``fallbacks`` is None, none when it is empty."""
    from .fallback import find_fallbacks, register_chain

    primary = font if font is not None else find_font()
    chain = find_fallbacks(primary) if fallbacks is None else list(fallbacks)
    register_font(primary)
    return register_chain(primary, chain)


def styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=font, fontSize=11, leading=15, wordWrap="CJK")
    return {
        "info": ParagraphStyle("info", parent=base, fontSize=11, leading=16, alignment=TA_LEFT),
        "body": ParagraphStyle("body", parent=base, fontSize=11, leading=17),
        "note": ParagraphStyle("note", parent=base, fontSize=11, leading=16, spaceBefore=8),
    }


def title_block(first: str, second: str, font: str, width: float, size: float = 18) -> Table:
    """A form title on one line (shrunk to 15 pt at most), else agency / subject on two."""
    whole = f"{first} {second}".strip()
    natural = stringWidth(whole, font, size)
    if natural <= width:
        lines, fitted = [whole], size
    elif natural * 15 / size <= width:
        lines, fitted = [whole], size * width / natural * 0.995
    else:
        fitted = min(
            fit_text(t, font, size, width, max_lines=1, min_size=12)[1] for t in (first, second)
        )
        lines = [first, second]
        fitted = min(fitted, size)
    table = Table([["\n".join(lines)]], colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font, fitted, fitted * 1.35),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def fitted_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    font: str,
    *,
    size: float = 11.0,
    aligns: Sequence[str] | None = None,
    row_height: float = 22.0,
    header_height: float = 24.0,
    max_lines: int = 2,
    extra_style: Sequence[tuple[Any, ...]] = (),
    full_rows: frozenset[int] = frozenset(),
) -> Table:
    """A grid whose cells wrap or shrink to stay inside their columns; the header repeats.

    Row heights are computed here (not by reportlab) from the fitted lines, which both keeps
    text inside the cell and spares the table its own measuring pass. `full_rows` (indexes
    into `rows`) are section headings: their first cell spans the whole width.
    """
    pad = 3.0
    cmds: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), font, size, size * 1.2),
        ("GRID", (0, 0), (-1, -1), 0.6, GRID_COLOR),
        ("BOX", (0, 0), (-1, -1), 1.2, GRID_COLOR),
        ("LINEBELOW", (0, 0), (-1, 0), 1.0, GRID_COLOR),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    for col, align in enumerate(aligns or ()):
        cmds.append(("ALIGN", (col, 1), (col, -1), align))
    data: list[list[str]] = []
    heights: list[float] = []
    for r, cells in enumerate([header, *rows]):
        out_row: list[str] = []
        tallest = header_height if r == 0 else row_height
        spanned = r - 1 in full_rows
        if spanned:
            cmds.append(("SPAN", (0, r), (-1, r)))
            cmds.append(("BACKGROUND", (0, r), (-1, r), HEADER_FILL))
            cmds.append(("ALIGN", (0, r), (-1, r), "LEFT"))
        for c, text in enumerate(cells):
            room = (sum(widths) if spanned and c == 0 else widths[c]) - 2 * pad
            lines, fitted = fit_text(text, font, size, room, max_lines=max_lines)
            if fitted != size:
                cmds.append(("FONT", (c, r), (c, r), font, fitted, fitted * 1.2))
            tallest = max(tallest, len(lines) * fitted * 1.2 + 6)
            out_row.append("\n".join(lines))
        data.append(out_row)
        heights.append(tallest)
    table = Table(data, colWidths=list(widths), rowHeights=heights, repeatRows=1)
    table.setStyle(TableStyle([*cmds, *extra_style]))
    return table


def info_table(
    cells: Sequence[Sequence[str]], widths: Sequence[float], font: str, size: float = 11.0
) -> Table:
    """Borderless label/value grid under a title (日期、時間、地點 ...), fitted like a table."""
    data = [
        [
            "\n".join(fit_text(t, font, size, widths[c] - 4, max_lines=3, min_size=8)[0])
            for c, t in enumerate(row)
        ]
        for row in cells
    ]
    table = Table(data, colWidths=list(widths))
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), font, size, size * 1.3),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


class _PartMarker(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Zero-size flowable telling the canvas which part the following pages belong to."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.hrp_part = self.index


def _signature_line(canv: Canvas, font: str, width: float) -> None:
    canv.setFont(font, 12)
    y = 40.0
    for label, x in (("承辦人：", MARGIN + 10), ("單位主管：", width / 2 + 10)):
        canv.drawString(x, y, label)
        start = x + canv.stringWidth(label, font, 12) + 2
        canv.setLineWidth(0.6)
        canv.line(start, y - 3, start + 150, y - 3)


def _canvas_class(parts: Sequence[FormPart], font: str) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]
        """Keeps finished pages until save() so each can print its part's page count."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Without this the canvas names Helvetica on every page: a font not embedded.
            kwargs["initialFontName"] = font
            super().__init__(*args, **kwargs)
            self.hrp_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self.hrp_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            totals = Counter(p.get("hrp_part", 0) for p in self.hrp_pages)
            seen: Counter[int] = Counter()
            for state in self.hrp_pages:
                self.__dict__.update(state)
                part = state.get("hrp_part", 0)
                seen[part] += 1
                if parts[part].page_numbers:
                    width = self._pagesize[0]
                    self.setFont(font, 10)
                    self.drawCentredString(
                        width / 2, 18, f"第 {seen[part]} 頁／共 {totals[part]} 頁"
                    )
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


@contextmanager
def open_output(out: Output) -> Iterator[str | BinaryIO]:
    """Write to a temporary file beside the target and move it into place only on success."""
    if not isinstance(out, str | Path):
        yield out
        return
    path = Path(out)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    # Owner-only before the data goes in: forms name people (certificates, rosters).
    tmp.unlink(missing_ok=True)
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        yield str(tmp)
        try:
            os.replace(tmp, path)
        except PermissionError as exc:
            raise PermissionError(
                _(
                    "無法寫入「{path}」：檔案可能正在其他程式（例如 PDF 閱讀器）中開啟，"
                    "請關閉後再試。"
                ).format(path=path)
            ) from exc
    finally:
        tmp.unlink(missing_ok=True)


def render_parts(parts: Sequence[FormPart], out: Output, font: str, title: str) -> None:
    """Lay out the parts into one PDF (A4, each part portrait or landscape)."""
    furniture_text = "承辦人：單位主管：第 0123456789 頁／共（續）"
    ensure_coverage(
        font, (furniture_text, *(t for p in parts for t in (p.running_title, *p.texts)))
    )
    seen_parts: set[int] = set()

    def furniture(canv: Canvas, doc: BaseDocTemplate) -> None:
        index = getattr(canv, "hrp_part", 0)
        part = parts[index]
        width, height = canv._pagesize
        if index in seen_parts:  # continuation page: say what it continues
            canv.setFont(font, 10)
            canv.drawCentredString(width / 2, height - 28, f"{part.running_title}（續）")
        seen_parts.add(index)
        if part.signatures:
            _signature_line(canv, font, width)

    templates = []
    for name, size in (("portrait", A4), ("landscape", landscape(A4))):
        frame = Frame(
            MARGIN,
            BOTTOM_MARGIN,
            size[0] - 2 * MARGIN,
            size[1] - TOP_MARGIN - BOTTOM_MARGIN,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=name,
        )
        templates.append(PageTemplate(name, [frame], onPageEnd=furniture, pagesize=size))
    if parts and parts[0].landscape:
        templates.reverse()
    story: list[Flowable] = []
    for i, part in enumerate(parts):
        if i:
            story.append(NextPageTemplate("landscape" if part.landscape else "portrait"))
            story.append(PageBreak())
        story.append(_PartMarker(i))
        story.extend(part.story)
    with open_output(out) as target:
        doc = BaseDocTemplate(
            target,
            pagesize=templates[0].pagesize,
            pageTemplates=templates,
            title=title,
            creator="HR Planner",
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN,
        )
        doc.build(story, canvasmaker=_canvas_class(parts, font))


def usable_width(is_landscape: bool) -> float:
    page_width: float = landscape(A4)[0] if is_landscape else A4[0]
    return page_width - 2 * MARGIN
