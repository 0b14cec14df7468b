"""How much an import file may hold, declared once (issue 9 item 5; SPEC §3.1).

Every import kind reads its file through ``services.imports.tabular``, which checks these
limits *before* the work they bound: the size of the file on disk, then (for a workbook) the
sizes and compression ratios the zip archive declares for its members, before openpyxl
decompresses anything; rows, columns and cell lengths while the rows stream in; and the time
reading takes. A file beyond a limit is refused as a whole with a sentence that names the
limit, and nothing is written.

The figures (see ``benchmarks/import_limits_bench.py`` for what they cost):

- 64 MiB on disk: a 100,000-row staff workbook is about 6.4 MiB;
- 256 MiB uncompressed for all members together (a 100,000-row staff workbook with inline
  strings is 69 MiB), and a member that expands more than 200 times (once past 1 MiB) is
  refused as a zip bomb: sheets compress 5–20 times (the staff sheet 11 times, 2 million
  formatted empty rows 21 times); only a member of one repeated byte reaches 1,000;
- 100,000 data rows (below the header row): far more than any office's roster; larger
  files are refused at the first row past the limit, without reading the rest (a valid
  300,000-row staff sheet is refused at row 100,002 once 100,000 rows are read: 83 s and
  219 MB peak on a two-core machine at load 8, where reading a valid 100,000-row sheet took
  39 s and 274 MB, 10,000 rows 4.6 s, at load 6);
- 1,000 columns, 32,767 characters in a cell (Excel's own limit);
- numbers up to 10^15 in magnitude (Excel keeps 15 significant digits);
- 120 seconds of reading.

``LIMITS`` is the one instance the readers use (tests replace it to exercise the time limit).
"""

from __future__ import annotations

from dataclasses import dataclass

from hrplanner.i18n import _

MIB = 1024 * 1024


@dataclass(frozen=True)
class ImportLimits:
    file_bytes: int = 64 * MIB  # the file as it is on disk (.xlsx or .csv)
    uncompressed_bytes: int = 256 * MIB  # all zip members of a workbook together
    member_ratio: int = 200  # uncompressed ÷ compressed size of one zip member …
    ratio_floor_bytes: int = MIB  # … once the member is larger than this
    members: int = 10_000  # zip members of a workbook
    rows: int = 100_000  # data rows, below the header row
    columns: int = 1_000  # the rightmost column that may hold a value
    cell_chars: int = 32_767  # characters in one cell (Excel's limit)
    number_magnitude: float = 1e15  # |number| in a cell (15 significant digits)
    seconds: float = 120.0  # reading one file

    def rows_text(self) -> str:
        return f"{self.rows:,}"


LIMITS = ImportLimits()


def megabytes(size: int) -> str:
    """A size as the refusals show it: 2,048.0 MB."""
    return f"{size / MIB:,.1f}"


# --- what the refusals say (each names the limit) -----------------------------------------


def file_too_large(name: str, size: int, limits: ImportLimits) -> str:
    return _("檔案「{name}」有 {size} MB，超過匯入檔案大小上限 {limit} MB").format(
        name=name, size=megabytes(size), limit=megabytes(limits.file_bytes)
    )


def too_many_members(name: str, count: int, limits: ImportLimits) -> str:
    return _("活頁簿「{name}」內含 {count} 個檔案，超過上限 {limit} 個：檔案可能損毀").format(
        name=name, count=f"{count:,}", limit=f"{limits.members:,}"
    )


def uncompressed_too_large(name: str, size: int, limits: ImportLimits) -> str:
    return _(
        "活頁簿「{name}」解壓縮後有 {size} MB，超過匯入上限 {limit} MB："
        "請刪除不需要的工作表與空白列，或分成數個檔案匯入"
    ).format(name=name, size=megabytes(size), limit=megabytes(limits.uncompressed_bytes))


def ratio_too_high(name: str, member: str, ratio: float, limits: ImportLimits) -> str:
    return _(
        "活頁簿「{name}」中的「{member}」壓縮比為 {ratio}:1，超過上限 {limit}:1："
        "檔案可能損毀或是惡意的壓縮炸彈，已拒絕讀取"
    ).format(name=name, member=member, ratio=f"{ratio:,.0f}", limit=f"{limits.member_ratio:,}")


def too_many_rows(row: int, limits: ImportLimits) -> str:
    return _(
        "第 {row} 列仍有資料，超過每個檔案 {limit} 列資料的匯入上限（不含標題列）："
        "請分成數個檔案匯入"
    ).format(row=f"{row:,}", limit=limits.rows_text())


def too_many_columns(row: int, column: int, limits: ImportLimits) -> str:
    return _("第 {row} 列第 {column} 欄有資料，超過 {limit} 欄的匯入上限").format(
        row=f"{row:,}", column=f"{column:,}", limit=f"{limits.columns:,}"
    )


def cell_too_long(length: int, limits: ImportLimits) -> str:
    return _("儲存格有 {length} 個字，超過每格 {limit} 個字的上限").format(
        length=f"{length:,}", limit=f"{limits.cell_chars:,}"
    )


def number_out_of_range(value: object, limits: ImportLimits) -> str:
    return _("數值「{value}」超出可匯入的範圍（絕對值須小於 {limit}）").format(
        value=value, limit=f"{limits.number_magnitude:,.0f}"
    )


def too_slow(limits: ImportLimits) -> str:
    return _("讀取檔案超過 {seconds} 秒的上限，已停止：請分成數個較小的檔案匯入").format(
        seconds=f"{limits.seconds:,.0f}"
    )
