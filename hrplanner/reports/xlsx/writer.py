"""The one Excel writer behind every export (SPEC §3.2).

Every sheet gets a frozen, bold header row, column widths that fit Chinese text, an
autofilter over the data, dates as ROC text (``109/03/05``) or real Excel dates, numbers as
numeric cells, and no cell that a spreadsheet would run as a formula.

Rows are consumed as iterables and written with xlsxwriter's ``constant_memory`` mode, so a
600,000-row export streams in constant memory. xlsxwriter rather than openpyxl's write-only
mode because it is about twice as fast at the same memory (benchmarks/export_bench.py);
openpyxl remains the reader. The file is written to a temporary name beside the target and
renamed on success, so a failed or cancelled export never leaves a half-written workbook.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from itertools import islice
from pathlib import Path
from typing import Any

import xlsxwriter

from hrplanner.domain.rocdate import format_date
from hrplanner.domain.vocabulary import NO, YES
from hrplanner.i18n import _

KINDS = ("text", "int", "decimal", "date", "bool")

# Excel's limits: 1,048,576 rows per sheet (one is the header), 31 characters per sheet name.
MAX_DATA_ROWS = 1_048_575
SHEET_NAME_MAX = 31
# Widths are in Excel "characters"; a CJK character counts two.
WIDTH_CAP = 60
WIDTH_MIN = 6
WIDTH_SAMPLE_ROWS = 500
# How often (in rows) progress is reported and cancellation checked.
PROGRESS_EVERY = 2_000
# Every so many rows the writing thread lets go of the interpreter for a moment. Reading
# rows (a database cursor releases and retakes the lock at every row) otherwise starves a
# waiting window thread of the lock for 0.1–1 s at a time; a zero sleep hands it over.
YIELD_EVERY = 200
NOTE_SHEET = "說明"

# A text cell starting with one of these would be run as a formula if typed into Excel.
_FORMULA_START = ("=", "+", "-", "@")
_BAD_SHEET_CHARS = str.maketrans({c: "_" for c in "[]:*?/\\"})


class ExportCancelled(Exception):
    """The user cancelled the export; no file was written."""


@dataclass(frozen=True)
class Column:
    """One exported column. ``kind``: text | int | decimal | date | bool (written 是/否)."""

    header: str
    kind: str = "text"
    width: int | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind!r}; expected one of {KINDS}")


@dataclass
class SheetSpec:
    """A sheet to write: its name, columns, and rows (any iterable, consumed once)."""

    name: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[object]]
    # Known row count, if any, so that progress can report a fraction.
    total_rows: int | None = field(default=None)


ProgressFn = Callable[[int, int | None], None]
CancelledFn = Callable[[], bool]


def roc_text(day: dt.date) -> str:
    """``109/03/05``; days before the ROC era (1912) cannot be ROC dates and stay ISO
    (``domain.rocdate.format_date``, as every table shows a date)."""
    return format_date(day)


def display_width(text: str) -> int:
    """Width in Excel characters: wide (CJK, full-width) characters count double."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def write_workbook(
    path: Path,
    sheets: Sequence[SheetSpec],
    *,
    dates_as_text: bool = True,
    note: str | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> None:
    """Write ``sheets`` to ``path`` (.xlsx).

    ``note`` (e.g. 「本檔含完整身分證字號，請妥善保管」) goes where a reader will meet it
    without breaking "row 1 is the header": the workbook's document properties, the
    printed page footer of every sheet, and a last sheet named 說明.
    Raises ExportCancelled when ``cancelled()`` turns true; the target is then untouched.
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    _owner_only_file(tmp)  # the data goes in before the rename: never readable by others
    workbook = xlsxwriter.Workbook(
        str(tmp),
        {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False},
    )
    closed = False
    try:
        _Writer(workbook, dates_as_text, note, progress, cancelled).write(sheets)
        closed = True
        workbook.close()
        os.replace(tmp, path)
    except BaseException:
        if not closed:
            # Closing a half-built workbook may fail too; the temporary file goes anyway.
            with contextlib.suppress(Exception):
                workbook.close()
        tmp.unlink(missing_ok=True)
        raise


def _owner_only_file(path: Path) -> None:
    """Create ``path`` empty and owner-only (0600); xlsxwriter truncates it, keeping the
    mode, so the workbook's data is never in a file others can read."""
    path.unlink(missing_ok=True)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


class _Writer:
    def __init__(
        self,
        workbook: Any,
        dates_as_text: bool,
        note: str | None,
        progress: ProgressFn | None,
        cancelled: CancelledFn | None,
    ) -> None:
        self.wb = workbook
        self.dates_as_text = dates_as_text
        self.note = note
        self.progress = progress
        self.cancelled = cancelled
        self.header_fmt = workbook.add_format(
            {"bold": True, "bg_color": "#DDEBF7", "bottom": 1, "valign": "vcenter"}
        )
        # quote_prefix keeps a formula-like text as text even when someone edits the cell.
        self.quoted_fmt = workbook.add_format({"quote_prefix": True})
        self.date_fmt = workbook.add_format({"num_format": "yyyy/mm/dd"})
        self.used_names: set[str] = set()
        self.done = 0
        self.total: int | None = None

    def write(self, sheets: Sequence[SheetSpec]) -> None:
        totals = [s.total_rows for s in sheets]
        self.total = None if any(t is None for t in totals) else sum(t or 0 for t in totals)
        if self.note:
            self.wb.set_properties({"comments": self.note, "subject": self.note})
        first = None
        for spec in sheets:
            ws = self._write_sheet(spec)
            first = first or ws
        if self.note:
            ws = self.wb.add_worksheet(self._sheet_name(NOTE_SHEET))
            ws.set_column(0, 0, min(WIDTH_CAP * 2, display_width(self.note) + 4))
            ws.write_string(0, 0, self.note, self.header_fmt)
        if first is not None:
            first.activate()
        if self.progress:
            self.progress(self.done, self.total)

    def _sheet_name(self, wanted: str) -> str:
        base = (wanted.translate(_BAD_SHEET_CHARS).strip("'") or "Sheet")[:SHEET_NAME_MAX]
        name, n = base, 2
        while name.casefold() in self.used_names:
            suffix = f" ({n})"
            name = base[: SHEET_NAME_MAX - len(suffix)] + suffix
            n += 1
        self.used_names.add(name.casefold())
        return name

    def _new_sheet(self, spec: SheetSpec, widths: list[int]) -> Any:
        ws = self.wb.add_worksheet(self._sheet_name(spec.name))
        for col, (column, width) in enumerate(zip(spec.columns, widths, strict=True)):
            ws.write_string(0, col, column.header, self.header_fmt)
            ws.set_column(col, col, width)
        ws.freeze_panes(1, 0)
        if self.note:
            ws.set_footer("&L" + self.note.replace("&", "&&") + "&R&P / &N")
        return ws

    def _write_sheet(self, spec: SheetSpec) -> Any:
        columns = list(spec.columns)
        rows: Iterator[Sequence[object]] = iter(spec.rows)
        sample = list(islice(rows, WIDTH_SAMPLE_ROWS))
        widths = [self._width(i, c, sample) for i, c in enumerate(columns)]
        first_ws = ws = self._new_sheet(spec, widths)
        cells = [self._cell_writer(ws, c) for c in columns]
        ncols = len(columns)
        row_no = written = 0
        for row in _chain(sample, rows):
            if row_no == MAX_DATA_ROWS:  # Excel's limit: go on in a continuation sheet
                self._finish(ws, row_no, ncols)
                ws = self._new_sheet(spec, widths)
                cells = [self._cell_writer(ws, c) for c in columns]
                row_no = 0
            row_no += 1
            written += 1
            for col, value in enumerate(row):
                if value is not None:
                    cells[col](row_no, col, value)
            if written % YIELD_EVERY == 0:
                time.sleep(0)
            if written % PROGRESS_EVERY == 0:
                self._tick(PROGRESS_EVERY)
        self._tick(written % PROGRESS_EVERY)
        self._finish(ws, row_no, ncols)
        return first_ws

    def _tick(self, rows: int) -> None:
        self.done += rows
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled(_("已取消匯出"))
        if self.progress is not None:
            self.progress(self.done, self.total)

    @staticmethod
    def _finish(ws: Any, last_row: int, ncols: int) -> None:
        if ncols:
            ws.autofilter(0, 0, last_row, ncols - 1)

    def _width(self, index: int, column: Column, sample: list[Sequence[object]]) -> int:
        if column.width is not None:
            return column.width
        widest = display_width(column.header)
        if column.kind == "date":
            widest = max(widest, 9 if self.dates_as_text else 10)
        for row in sample:
            if index < len(row) and row[index] is not None:
                widest = max(widest, display_width(self._as_text(column.kind, row[index])))
        return max(WIDTH_MIN, min(WIDTH_CAP, widest + 2))

    def _as_text(self, kind: str, value: object) -> str:
        if kind == "bool":
            return YES
        if isinstance(value, dt.date):
            return roc_text(value) if self.dates_as_text else "0000/00/00"
        return str(value)

    def _cell_writer(self, ws: Any, column: Column) -> Callable[[int, int, Any], Any]:
        """One function per column, chosen once, so the per-cell path stays short."""
        write_string = ws.write_string
        write_number = ws.write_number
        quoted = self.quoted_fmt
        kind = column.kind
        if kind == "text":

            def text(r: int, c: int, v: Any) -> Any:
                if not isinstance(v, str):
                    v = _text_of(v)
                if v.startswith(_FORMULA_START):
                    return write_string(r, c, v, quoted)
                return write_string(r, c, v)

            return text
        if kind in ("int", "decimal"):

            def number(r: int, c: int, v: Any) -> Any:
                if isinstance(v, int | float | Decimal | Fraction) and not isinstance(v, bool):
                    return write_number(r, c, v)
                return text_fallback(r, c, v)

            text_fallback = self._cell_writer(ws, Column("", "text"))
            return number
        if kind == "bool":
            return lambda r, c, v: write_string(r, c, YES if v else NO)
        # date
        if self.dates_as_text:
            # A year's records share few dates (a class's end date for all its people):
            # each day is written out once (days only: the cache stays as small as the
            # calendar, where timestamps would grow with the rows).
            texts: dict[dt.date, str] = {}

            def roc(r: int, c: int, v: Any) -> Any:
                if type(v) is dt.date:
                    text = texts.get(v)
                    if text is None:
                        text = texts[v] = format_date(v)
                    return write_string(r, c, text)
                if isinstance(v, dt.date):  # a datetime: format_date takes its date
                    return write_string(r, c, format_date(v))
                return write_string(r, c, _text_of(v))

            return roc
        write_datetime = ws.write_datetime
        date_fmt = self.date_fmt

        def real_date(r: int, c: int, v: Any) -> Any:
            if isinstance(v, dt.date):
                return write_datetime(r, c, v, date_fmt)
            return write_string(r, c, _text_of(v))

        return real_date


def _text_of(value: object) -> str:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.date):
        return roc_text(value)
    return str(value)


def _chain(first: list[Sequence[object]], rest: Iterator[Sequence[object]]) -> Iterator[Any]:
    yield from first
    yield from rest
