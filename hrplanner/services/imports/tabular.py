"""Reading import files (SPEC §3.1): .xlsx workbooks and .csv files, one table per sheet.

Row 1 holds the column names; columns may come in any order and under their Chinese name or
English alias; unknown columns are ignored. Text is trimmed, and full-width Latin letters,
digits and the ideographic space become ASCII; nothing else changes (``domain.text.clean_cell``:
names and titles keep their punctuation and separators as written; what earlier versions stored
NFKC-normalised, e.g. 高潞.以用.巴魕剌, is not repaired by a migration). Anything that stops a
file being read becomes an ``InputRefused`` naming the sheet and column, so that every
import reports problems alike: so does a file beyond the limits of ``services.imports.limits``
(size, rows, columns, cell length, time), checked while the rows stream in
(``services.imports.workbook_stream`` for workbooks), and a formula cell that Excel never
computed ("save the file in Excel first").

Also here, for every import kind: ``RowReader`` (converts one row's cells, collecting
problems instead of stopping at the first) and ``ImportReport`` (what an import did).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
import time
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hrplanner.domain.text import clean_cell
from hrplanner.domain.vocabulary import NO, YES
from hrplanner.i18n import _
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.services.imports import limits as limits_module
from hrplanner.services.imports.limits import ImportLimits
from hrplanner.services.imports.workbook_stream import (
    FORMULA_WITHOUT_VALUE,
    STREAM_ERRORS,
    damaged_sheet_text,
    open_workbook,
    sheet_rows,
)

# CSV files from Taiwanese Windows PCs are often saved by Excel in Big5 (code page 950).
CSV_ENCODINGS = ("utf-8-sig", "cp950", "big5hkscs")


@dataclass(frozen=True)
class ColumnSpec:
    name: str  # the Chinese column name of SPEC §3.1
    alias: str  # the English alias, accepted as a header too
    required: bool = False  # the column must be present (cells may still be checked later)
    key: bool = False  # rows are matched on their key columns (marked * in the SPEC)


@dataclass
class TableRow:
    number: int  # the spreadsheet row number; data starts at 2
    values: dict[str, object]  # column name → cell value (None for an empty cell)

    def get(self, name: str) -> object | None:
        return self.values.get(name)


@dataclass
class Table:
    sheet: str
    rows: list[TableRow]


@dataclass
class RawTable:
    """A sheet read with whatever headers it has (for column mapping dialogs)."""

    sheet: str
    headers: list[str]
    rows: list[TableRow]  # values keyed by the header text as found (normalised)


def normalize_text(value: str) -> str:
    """A cell's text as stored: trimmed, full-width letters and digits as ASCII (SPEC §3.1)."""
    return clean_cell(value)


def _header_key(value: str) -> str:
    """Headers match loosely: width, case, spaces, underscores and a trailing * do not
    matter (a header is matched, never stored, so NFKC may fold its punctuation too)."""
    text = unicodedata.normalize("NFKC", value).strip().rstrip("*").strip().casefold()
    return "".join(ch for ch in text if ch not in " _-\t")


def _cell(value: Any) -> object | None:
    if value is None:
        return None
    if isinstance(value, str):
        text = normalize_text(value)
        return text or None
    if isinstance(value, dt.datetime):
        # Excel stores dates as date-times; a midnight time means "just a date".
        return value.date() if value.time() == dt.time(0) else value
    result: object = value
    return result


# C0 control characters other than tab and line breaks (NUL and the like, which no one types).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _cell_problem(value: object, limits: ImportLimits) -> str | None:
    """Why a raw cell value cannot be imported at all, if it cannot."""
    if value is FORMULA_WITHOUT_VALUE:
        return formula_without_value_text()
    if isinstance(value, str):
        if len(value) > limits.cell_chars:
            return limits_module.cell_too_long(len(value), limits)
        control = _CONTROL.search(value)
        if control is not None:
            return _("儲存格含有控制字元 U+{code:04X}：檔案可能損毀，請檢查來源").format(
                code=ord(control.group())
            )
    elif isinstance(value, float):
        if not math.isfinite(value) or abs(value) >= limits.number_magnitude:
            return limits_module.number_out_of_range(f"{value:g}", limits)
    elif (
        isinstance(value, int)
        and not isinstance(value, bool)
        and (abs(value) >= limits.number_magnitude)
    ):
        shown = f"{value:.6g}" if value.bit_length() > 64 else str(value)
        return limits_module.number_out_of_range(shown, limits)
    return None


def formula_without_value_text() -> str:
    return _(
        "儲存格是公式，但檔案沒有存下計算結果（檔案是由其他程式產生的）："
        "請先用 Excel 開啟並儲存檔案後再匯入"
    )


def column_letter(index: int) -> str:
    """The spreadsheet letters of a 0-based column index (0 → A, 27 → AB)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _refuse(message: str, sheet: str = "", column: str = "") -> InputRefused:
    return InputRefused([Problem(message, sheet=sheet, column=column)])


# --- low level: rows of cells -------------------------------------------------------------


def sheet_names(path: Path) -> list[str]:
    """The sheets of a workbook; a CSV file has one, named after the file."""
    if _kind(path) == "csv":
        return [path.stem]
    wb = open_workbook(path)
    try:
        names = list(wb.sheetnames)
    finally:
        wb.close()
    if not names:
        raise _refuse(_no_sheets_text(path))
    return names


def _no_sheets_text(path: Path) -> str:
    return _("活頁簿「{name}」沒有任何工作表").format(name=path.name)


def _kind(path: Path) -> str:
    if not path.exists():
        raise _refuse(_("找不到檔案「{path}」").format(path=path))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        kind = "xlsx"
    elif suffix == ".csv":
        kind = "csv"
    else:
        raise _refuse(
            _("不支援的檔案格式「{suffix}」：請另存為 .xlsx 或 .csv 後再匯入").format(
                suffix=path.suffix
            )
        )
    limits = limits_module.LIMITS
    try:
        size = path.stat().st_size
    except OSError as exc:
        text = _("無法讀取檔案「{name}」（{reason}）").format(name=path.name, reason=exc.strerror)
        raise _refuse(text) from exc
    if size == 0:
        raise _refuse(_("檔案「{name}」是空的（0 位元組）").format(name=path.name))
    if size > limits.file_bytes:
        raise _refuse(limits_module.file_too_large(path.name, size, limits))
    return kind


def _csv_text(path: Path) -> str:
    data = path.read_bytes()
    for encoding in CSV_ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise _refuse(
        _("無法辨識檔案「{name}」的文字編碼：請存成 UTF-8 或 Big5 的 CSV").format(name=path.name)
    )


# (row number, {0-based column: raw value}) for every row; empty rows may be left out.
_Rows = Iterator[tuple[int, dict[int, Any]]]


def _csv_rows(path: Path) -> _Rows:
    """The records of a CSV file. Lines may end in CRLF, LF or CR alone (old Mac Excel)."""
    text = _csv_text(path)
    reader = csv.reader(io.StringIO(text, newline=""))
    number = 0
    while True:
        try:
            record = next(reader, None)
        except csv.Error as exc:
            row = number + 1
            if "field larger than field limit" in str(exc):
                limits = limits_module.LIMITS
                message = limits_module.cell_too_long(csv.field_size_limit(), limits)
                message = _("{message}（CSV 欄位超過 {limit} 個字）").format(
                    message=message, limit=f"{csv.field_size_limit():,}"
                )
            else:
                message = _("CSV 格式有誤，無法讀取（{reason}）").format(reason=exc)
            raise InputRefused([Problem(message, sheet=path.stem, row=row)]) from exc
        if record is None:
            return
        number += 1
        yield number, {i: v for i, v in enumerate(record) if v}


def _raw_rows(path: Path, sheet: str | None) -> tuple[str, _Rows, Callable[[], None]]:
    """(sheet name, rows of raw cell values, close function)."""
    if _kind(path) == "csv":
        return path.stem, _csv_rows(path), lambda: None
    wb = open_workbook(path)
    if not wb.sheetnames:
        wb.close()
        raise _refuse(_no_sheets_text(path))
    if sheet is None:
        name = wb.sheetnames[0]
    elif sheet in wb.sheetnames:
        name = sheet
    else:
        wb.close()
        message = _("活頁簿「{name}」中找不到工作表「{sheet}」").format(name=path.name, sheet=sheet)
        raise _refuse(message, sheet=sheet)
    return name, sheet_rows(wb, name), wb.close


_Cells = dict[int, object]  # 0-based column → value, empty cells left out
# Problems collected in one file before reading stops (the rest are likely the same).
_PROBLEM_LIMIT = 100


def _read_raw(
    path: Path, sheet: str | None
) -> tuple[str, list[object | None], list[tuple[int, _Cells]]]:
    """(sheet name, header cells, data rows): the whole sheet within the import limits."""
    limits = limits_module.LIMITS
    name, rows, close = _raw_rows(path, sheet)
    deadline = time.monotonic() + limits.seconds
    headers: list[object | None] | None = None
    body: list[tuple[int, _Cells]] = []
    problems: list[Problem] = []

    def column_name(index: int) -> str:
        if headers is not None and index < len(headers) and headers[index] is not None:
            return str(headers[index])
        return column_letter(index)

    def converted(number: int, raw: dict[int, Any]) -> _Cells:
        cells: _Cells = {}
        for index, value in raw.items():
            if index >= limits.columns:
                text = limits_module.too_many_columns(number, index + 1, limits)
                problems.append(Problem(text, sheet=name, row=number))
                break
            problem = _cell_problem(value, limits)
            if problem is not None:
                problems.append(Problem(problem, sheet=name, row=number, column=column_name(index)))
                continue
            cell = _cell(value)
            if cell is not None:
                cells[index] = cell
        return cells

    try:
        iterator = iter(rows)
        count = 0
        while len(problems) < _PROBLEM_LIMIT:
            try:
                item = next(iterator, None)
            except STREAM_ERRORS as exc:
                raise _refuse(damaged_sheet_text(exc), sheet=name) from exc
            if item is None:
                break
            number, raw = item
            count += 1
            if not count & 1023 and time.monotonic() > deadline:
                raise _refuse(limits_module.too_slow(limits), sheet=name)
            if not raw:
                continue
            if headers is None:
                cells = converted(number, raw) if number == 1 else {}
                if not cells:
                    if problems:
                        break
                    raise _refuse(_("第 1 列沒有欄位名稱（標題列）"), sheet=name)
                headers = [cells.get(i) for i in range(max(cells) + 1)]
                continue
            cells = converted(number, raw)
            if not cells:
                continue
            if number > limits.rows + 1:
                text = limits_module.too_many_rows(number, limits)
                raise InputRefused([Problem(text, sheet=name)])
            body.append((number, cells))
        if headers is None and not problems:
            raise _refuse(_("第 1 列沒有欄位名稱（標題列）"), sheet=name)
    finally:
        close()
    if problems:
        raise InputRefused(problems)
    return name, headers or [], body


def read_headers(path: Path, sheet: str | None = None) -> list[str]:
    """The column names in row 1, normalised, empty ones left out."""
    _, headers, _ = _read_raw(path, sheet)
    return [str(h) for h in headers if h is not None]


def read_raw(path: Path, sheet: str | None = None) -> RawTable:
    """Every row keyed by its header text as found (for user-chosen column mappings)."""
    name, headers, body = _read_raw(path, sheet)
    names = {i: str(h) for i, h in enumerate(headers) if h is not None}
    rows = [
        TableRow(number, {names[i]: v for i, v in cells.items() if i in names})
        for number, cells in body
    ]
    return RawTable(name, list(names.values()), rows)


def read_table(
    path: Path,
    columns: Sequence[ColumnSpec],
    sheet: str | None = None,
    *,
    mapping: Mapping[str, str] | None = None,
) -> Table:
    """Read one sheet into rows keyed by the columns' Chinese names.

    ``mapping`` (file header → column name, as chosen in a dialog for e.g. an online sign-up
    form) replaces the usual header matching for the columns it names. For CSV files the
    sheet name is the file stem and ``sheet`` is not checked."""
    name, headers, body = _read_raw(path, sheet)
    by_name = {spec.name: spec for spec in columns}
    mapped = set((mapping or {}).values())
    unknown = mapped - by_name.keys()
    if unknown:
        raise ValueError(f"mapping to unknown columns {sorted(unknown)}")
    lookup: dict[str, ColumnSpec] = {}
    for spec in columns:
        if spec.name not in mapped:
            lookup[_header_key(spec.name)] = spec
            lookup[_header_key(spec.alias)] = spec
    for mapped_header, column in (mapping or {}).items():
        lookup[_header_key(mapped_header)] = by_name[column]
    positions: dict[str, int] = {}
    problems: list[Problem] = []
    for index, header in enumerate(headers):
        if header is None:
            continue
        found = lookup.get(_header_key(str(header)))
        if found is None:
            continue  # unknown columns are ignored
        if found.name in positions:
            message = _("欄位「{column}」出現兩次").format(column=found.name)
            problems.append(Problem(message, sheet=name, column=found.name))
            continue
        positions[found.name] = index
    for spec in columns:
        if spec.required and spec.name not in positions:
            message = _("缺少必要欄位「{column}」（{alias}）").format(
                column=spec.name, alias=spec.alias
            )
            problems.append(Problem(message, sheet=name, column=spec.name))
    if problems:
        raise InputRefused(problems)
    rows = []
    for number, cells in body:
        values = {col: cells.get(i) for col, i in positions.items()}
        if any(v is not None for v in values.values()):
            rows.append(TableRow(number, values))
    return Table(name, rows)


# --- converting cells, collecting problems ------------------------------------------------


# The largest whole number a cell may give (a 32-bit signed integer column stores it).
INTEGER_MAX = 2_147_483_647


class RowReader:
    """Converts the cells of one row; each bad cell adds a Problem and yields None."""

    def __init__(self, sheet: str, row: TableRow, problems: list[Problem]) -> None:
        self.sheet = sheet
        self.row = row
        self.problems = problems

    def problem(self, column: str, message: str) -> None:
        self.problems.append(Problem(message, sheet=self.sheet, row=self.row.number, column=column))

    def present(self, column: str) -> bool:
        return self.row.get(column) is not None

    def text(self, column: str, *, required: bool = False, max_length: int = 0) -> str | None:
        value = self.row.get(column)
        if value is None:
            if required:
                self.problem(column, required_text(column))
            return None
        text = cell_text(value)
        if max_length and len(text) > max_length:
            message = _("{column}不可超過 {limit} 個字（「{text}」）")
            self.problem(column, message.format(column=column, limit=max_length, text=text))
            return None
        return text

    def date(self, column: str, *, required: bool = False) -> dt.date | None:
        from hrplanner.domain.rocdate import parse_date

        value = self.row.get(column)
        if value is None:
            if required:
                self.problem(column, required_text(column))
            return None
        try:
            return parse_date(value)
        except ValueError as exc:  # DateParseError; its message names the value
            self.problem(column, str(exc))
            return None

    def choice(self, column: str, options: Sequence[str]) -> str | None:
        text = self.text(column)
        if text is not None and text not in options:
            self.problem(column, not_an_option_text(column, text, options))
            return None
        return text

    def yes_no(self, column: str) -> bool | None:
        text = self.text(column)
        if text is None:
            return None
        if text.casefold() in (YES, "y", "yes", "true", "1", "v", "○"):
            return True
        if text.casefold() in (NO, "n", "no", "false", "0", "x", "×"):
            return False
        message = _("{column}只能填「{yes}」或「{no}」，收到「{text}」")
        self.problem(column, message.format(column=column, yes=YES, no=NO, text=text))
        return None

    def integer(self, column: str, *, minimum: int | None = None) -> int | None:
        value = self.row.get(column)
        if value is None:
            return None
        try:
            number = int(cell_text(value))
        except ValueError:
            message = _("{column}需為整數，收到「{text}」")
            self.problem(column, message.format(column=column, text=cell_text(value)))
            return None
        if minimum is not None and number < minimum:
            message = _("{column}不可小於 {minimum}，收到 {number}")
            self.problem(column, message.format(column=column, minimum=minimum, number=number))
            return None
        if abs(number) > INTEGER_MAX:  # what every database stores (a CSV cell is text)
            message = _("{column}「{text}」超出可匯入的範圍（最大 {maximum}）")
            shown = cell_text(value)
            shown = shown if len(shown) <= 20 else shown[:20] + "…"
            self.problem(
                column, message.format(column=column, text=shown, maximum=f"{INTEGER_MAX:,}")
            )
            return None
        return number


def required_text(column: str) -> str:
    """The problem of a required cell left blank (the column name is the file's)."""
    return _("{column}必填").format(column=column)


def not_an_option_text(column: str, value: str, options: Sequence[str]) -> str:
    """The problem of a value that is none of ``options`` (vocabulary words, as typed)."""
    message = _("{column}「{value}」不在可用選項內（{options}）")
    return message.format(column=column, value=value, options="/".join(options))


def cell_text(value: object) -> str:
    """A cell as text: numbers typed into Excel (1001.0) lose their spurious decimals."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, str):
        return normalize_text(value)
    return str(value)


@dataclass
class ImportReport:
    """What an import did (or, in a dry run, would do); keys are the rows' key values."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    # key → the Chinese names of the columns that change, for updated rows
    changes: dict[str, list[str]] = field(default_factory=dict)
    # reference items the import creates (e.g. new units), by kind
    created: dict[str, list[str]] = field(default_factory=dict)
    dry_run: bool = False
    # what the user must be told: automatic promotions, warnings such as overlaps
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        counts = {"added": len(self.added), "updated": len(self.updated)}
        counts["unchanged"] = len(self.unchanged)
        if self.dry_run:
            text = _("將新增 {added} 筆、將更新 {updated} 筆、未變更 {unchanged} 筆")
        else:
            text = _("已新增 {added} 筆、已更新 {updated} 筆、未變更 {unchanged} 筆")
        return text.format(**counts)
