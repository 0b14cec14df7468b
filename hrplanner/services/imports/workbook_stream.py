"""Reading an .xlsx workbook as a stream of rows, within the import limits.

Before openpyxl reads anything, the zip archive is checked (``check_archive``): that it is a
zip at all, how many members it has, the uncompressed size every member declares and each
member's compression ratio (``services.imports.limits``). Python's zipfile never inflates a
member beyond the size it declares (it stops there and fails the CRC check), so the declared
sizes bound what reading can cost.

The rows then come from a worksheet parser of our own on openpyxl's cell decoding
(``sheet_rows``): it ignores the sheet's ``<dimension>`` (often missing, sometimes wrong), does
not invent the rows and columns between the ones present, accepts rows only in ascending
order up to Excel's last row (1,048,576: a sheet of empty rows costs one bounded pass),
drops each row once read (openpyxl keeps the emptied elements of a whole sheet), passes over
empty ``<row/>`` elements without decoding them, and marks a formula cell saved without its
result (``FORMULA_WITHOUT_VALUE``): such a file was written by a program, not saved by
Excel, and its values are unknown rather than empty.
"""

from __future__ import annotations

import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hrplanner.i18n import _
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.services.imports import limits as limits_module
from hrplanner.services.imports.limits import ImportLimits


class _FormulaWithoutValue:
    """A formula cell stored without its computed value."""

    def __repr__(self) -> str:
        return "FORMULA_WITHOUT_VALUE"


FORMULA_WITHOUT_VALUE = _FormulaWithoutValue()

# What a damaged member or XML can raise while rows stream in (openpyxl, ElementTree, zipfile).
STREAM_ERRORS: tuple[type[BaseException], ...] = (
    SyntaxError,  # xml.etree.ElementTree.ParseError
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    AttributeError,
    OverflowError,
    EOFError,
    OSError,
    zipfile.BadZipFile,
)


# Excel's last row: rows come in ascending order and never beyond it, so that even a sheet of
# nothing but empty rows is read in one bounded pass.
EXCEL_ROWS = 1_048_576


class BadRowNumber(ValueError):
    """A row numbered out of order or beyond Excel's last row: the sheet is damaged."""

    def __init__(self, number: int) -> None:
        self.number = number
        super().__init__(
            _("列號 {number} 不合規定（列號須遞增且不超過 {limit}）").format(
                number=f"{number:,}", limit=f"{EXCEL_ROWS:,}"
            )
        )


def _refuse(message: str, sheet: str = "", row: int | None = None) -> InputRefused:
    return InputRefused([Problem(message, sheet=sheet, row=row)])


def not_a_workbook_text(name: str) -> str:
    return _(
        "檔案「{name}」不是 .xlsx 活頁簿（可能是舊版 .xls 或其他檔案改了副檔名）："
        "請用 Excel 開啟後另存為 .xlsx 再匯入"
    ).format(name=name)


def check_archive(path: Path, limits: ImportLimits | None = None) -> None:
    """Refuse a workbook whose zip archive is not one, or would expand beyond the limits."""
    limits = limits or limits_module.LIMITS
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError, ValueError, OSError) as exc:
        raise _refuse(not_a_workbook_text(path.name)) from exc
    with archive:
        members = archive.infolist()
    if len(members) > limits.members:
        raise _refuse(limits_module.too_many_members(path.name, len(members), limits))
    total = 0
    for member in members:
        total += member.file_size
        if member.file_size > limits.ratio_floor_bytes:
            ratio = member.file_size / max(member.compress_size, 1)
            if ratio > limits.member_ratio:
                text = limits_module.ratio_too_high(path.name, member.filename, ratio, limits)
                raise _refuse(text)
    if total > limits.uncompressed_bytes:
        raise _refuse(limits_module.uncompressed_too_large(path.name, total, limits))


class StreamWorkbook:
    """A workbook opened for streaming: its sheet names, shared strings and date styles.

    openpyxl's own read-only workbook parses every sheet without a ``<dimension>`` in full
    (keeping the whole tree) just to learn its size, before a single row is asked for; this
    reads only the workbook part, the shared strings and the styles, and a sheet when its
    rows are read."""

    def __init__(self, path: Path) -> None:
        from openpyxl.reader.excel import ExcelReader
        from openpyxl.styles.stylesheet import apply_stylesheet

        reader = ExcelReader(str(path), read_only=True, data_only=True)
        try:
            reader.read_manifest()
            reader.read_strings()
            reader.read_workbook()
            apply_stylesheet(reader.archive, reader.wb)
            self._targets: dict[str, tuple[str, bool]] = {}
            for sheet, rel in reader.parser.find_sheets():
                if rel.target in reader.valid_files:
                    self._targets[sheet.name] = (rel.target, "chartsheet" in rel.Type)
        except BaseException:
            reader.archive.close()
            raise
        self.archive = reader.archive
        self.shared_strings = reader.shared_strings
        self.epoch = reader.wb.epoch
        self.date_formats = reader.wb._date_formats
        self.timedelta_formats = reader.wb._timedelta_formats

    @property
    def sheetnames(self) -> list[str]:
        return list(self._targets)

    def close(self) -> None:
        self.archive.close()


def open_workbook(path: Path) -> StreamWorkbook:
    """The workbook, with the values Excel saved (its archive checked first)."""
    check_archive(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns of styles it does not know
            return StreamWorkbook(path)
    except Exception as exc:  # openpyxl raises many kinds for damaged files
        message = _("無法讀取檔案「{name}」：檔案損毀或不是 Excel 活頁簿（{reason}）")
        raise _refuse(message.format(name=path.name, reason=_reason(exc))) from exc


def _reason(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) <= 200 else text[:200] + "…"


def damaged_sheet_text(exc: BaseException) -> str:
    return _("工作表內容損毀，無法讀取（{reason}）：請用 Excel 開啟並另存新檔後再匯入").format(
        reason=_reason(exc)
    )


def _parser_class() -> type:
    from openpyxl.worksheet._reader import DATA_TAG, FORMULA_TAG, ROW_TAG, WorkSheetParser
    from openpyxl.xml.functions import iterparse

    class StreamParser(WorkSheetParser):  # type: ignore[misc]
        def parse_cell(self, element: Any) -> dict[str, Any]:
            cell: dict[str, Any] = super().parse_cell(element)
            if cell["value"] is None and element.find(FORMULA_TAG) is not None:
                cell["value"] = FORMULA_WITHOUT_VALUE
            return cell

        def rows(self) -> Iterator[tuple[int, list[dict[str, Any]]]]:
            data = None
            last = 0
            for event, element in iterparse(self.source, events=("start", "end")):
                if event == "start":
                    if data is None and element.tag == DATA_TAG:
                        data = element
                    continue
                if element.tag == ROW_TAG:
                    if len(element):
                        number, cells = self.parse_row(element)
                    else:  # an empty row: only its number matters
                        given = element.get("r")
                        number, cells = int(given) if given else last + 1, []
                        self.row_counter = number
                    if not last < number <= EXCEL_ROWS:
                        raise BadRowNumber(number)
                    last = number
                    yield number, cells
                    element.clear()
                    if data is not None:
                        data.clear()  # drop the rows read so far
                elif element.tag == DATA_TAG:
                    return  # what follows the rows (print settings …) is not needed

    return StreamParser


def sheet_rows(workbook: StreamWorkbook, name: str) -> Iterator[tuple[int, dict[int, object]]]:
    """(row number, {0-based column: value}) for each row in the file, in file order; an
    empty row comes as an empty dict (so that a reader can watch the time it takes)."""
    target, chart = workbook._targets[name]
    if chart:
        raise _refuse(_("「{sheet}」是圖表工作表，沒有可匯入的儲存格").format(sheet=name), name)
    source = workbook.archive.open(target)
    parser = _parser_class()(
        source,
        workbook.shared_strings,
        data_only=True,
        epoch=workbook.epoch,
        date_formats=workbook.date_formats,
        timedelta_formats=workbook.timedelta_formats,
    )
    try:
        for number, cells in parser.rows():
            yield number, {c["column"] - 1: c["value"] for c in cells if c["value"] is not None}
    finally:
        source.close()
