"""時數登錄檔 (SPEC §3.2, R11): the file uploaded to the lifelong-learning portal (終身學習
入口網站) to register the hours credited in closed classes.

The rows are ``portal_rows`` (one per credited person and class, or per topic); the layout —
columns, names, date format, encoding, shipped presets — is ``portal_layout``, stored as the
agency setting ``portal.format``; the code tables are ``portal_tables``. The file is a
workbook (``.xlsx``) or the portal's CSV (``.csv``), chosen by the output's name:

- CSV in Big5 as Windows writes it (cp950), or UTF-8 with a byte-order mark, as the layout
  (or the caller's ``encoding``) says. Before a Big5 file is written, every person and column
  holding a character Big5 cannot encode (堃, 喆, 綉, 峯, 𡘙 …) is listed and the file is
  refused (``UnencodableRows``) unless the caller leaves those rows out (``skip_unencodable``,
  then listed in the warnings); a ``?`` is never written.
- The workbook says in its properties, page footer and a 說明 sheet that it carries whole
  identity numbers (R2: this is the one export that does).

People without an identity number cannot be registered; they are left out and named in the
warnings, as are classes missing what a column needs (a portal code, a code of the tables,
a clock time). Files are written to a temporary name and renamed: a refusal or a failure
leaves nothing behind.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from hrplanner.domain.portal_format import (
    ENCODING_UTF8_BOM,
    check_encoding,
    csv_bytes,
    describe_unencodable,
    unencodable,
)
from hrplanner.domain.rocdate import roc_year_of
from hrplanner.i18n import _
from hrplanner.reports.xlsx.writer import (
    CancelledFn,
    Column,
    ProgressFn,
    SheetSpec,
    write_workbook,
)
from hrplanner.services.catalogue import Done, FileRequest, Hooks
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.services.exports import portal_tables
from hrplanner.services.exports.portal_cells import Cells, missing_warnings, person_label
from hrplanner.services.exports.portal_layout import (
    DATE_FIELDS,
    DATE_FORMATS,
    DEFAULT_FIELDS,
    FIELD_DESCRIPTIONS,
    FIELDS,
    HOUR_FIELDS,
    PRESETS,
    PortalFormat,
    columns_text,
    describe_source,
    parse_columns,
    preset_format,
    preset_of,
)
from hrplanner.services.exports.portal_rows import PortalRow, portal_rows
from hrplanner.storage.database import Database
from hrplanner.storage.models import SettingValue

__all__ = [
    "DATE_FORMATS",
    "DEFAULT_FIELDS",
    "FIELDS",
    "FIELD_DESCRIPTIONS",
    "PRESETS",
    "PortalFormat",
    "PortalRow",
    "UnencodableRows",
    "columns_text",
    "export_portal",
    "get_format",
    "parse_columns",
    "portal_rows",
    "preset_format",
    "preset_of",
    "save_format",
]

SETTING_KEY = "portal.format"
SHEET = "時數登錄"
ID_NOTE = "本檔含完整身分證字號，僅供上傳終身學習入口網站之用，請妥善保管，用畢即刪除。"
CSV, XLSX = ".csv", ".xlsx"


def get_format(db: Database) -> PortalFormat:
    """The agency's layout; the default when none is stored or the stored one is broken."""
    with db.session() as s:
        row = s.get(SettingValue, SETTING_KEY)
        raw = row.value if row else None
    if raw is None:
        return PortalFormat()
    try:
        fmt = PortalFormat.from_json(raw)
    except (ValueError, KeyError, TypeError):
        return PortalFormat()
    return PortalFormat() if fmt.problems() else fmt


def save_format(db: Database, fmt: PortalFormat) -> None:
    problems = fmt.problems()
    if problems:
        raise InputRefused(problems)
    with db.session() as s:
        row = s.get(SettingValue, SETTING_KEY)
        if row is None:
            s.add(SettingValue(key=SETTING_KEY, value=fmt.to_json()))
        else:
            row.value = fmt.to_json()


class UnencodableRows(InputRefused):
    """A CSV that would lose characters: every (person, column, character), nothing written.

    ``encoding`` is the one that cannot hold them; ``people`` the rows' people, as shown."""

    def __init__(self, problems: list[Problem], encoding: str, people: list[str]) -> None:
        super().__init__(problems)
        self.encoding = encoding
        self.people = people


@dataclass
class PortalExport:
    path: Path
    rows: int  # data rows written
    people: int
    classes: int
    warnings: list[str] = field(default_factory=list)
    encoding: str | None = None  # of a CSV file
    skipped: list[str] = field(default_factory=list)  # people left out for their characters


# --- writing ------------------------------------------------------------------------------


def export_portal(
    db: Database,
    path: Path,
    *,
    year: int | None = None,
    class_code: str | None = None,
    fmt: PortalFormat | None = None,
    encoding: str | None = None,
    skip_unencodable: bool = False,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> PortalExport:
    """Write the 時數登錄檔 of one class or one year (see the module docstring); a ``.csv``
    path writes CSV in ``encoding`` (default the layout's), anything else a workbook."""
    if year is None and class_code is None:
        raise InputRefused([Problem(_("請指定班期或年度"))])
    fmt = fmt or get_format(db)
    problems = fmt.problems()
    if problems:
        raise InputRefused(problems)
    path = Path(path)
    as_csv = path.suffix.lower() == CSV
    chosen = None
    if as_csv:
        try:
            chosen = check_encoding(encoding or fmt.encoding)
        except ValueError as exc:
            raise InputRefused([Problem(str(exc))]) from exc
    rows = portal_rows(db, year=year, class_code=class_code, split_by_topic=fmt.split_by_topic)
    cells = Cells(fmt, portal_tables.get_tables(db), as_csv)
    warnings = missing_warnings(rows, fmt, cells)
    kept = [r for r in rows if r.national_id]
    skipped: list[str] = []
    if chosen is not None:
        kept, skipped, lines = _encodable(kept, fmt, cells, chosen, skip_unencodable)
        warnings.extend(lines)
    if not kept:
        warnings.append(_("沒有可登錄的學習時數（僅列已結訓、取得時數且有身分證字號的人員）"))
    if chosen is not None:
        _write_csv(path, fmt, cells, kept, chosen)
    else:
        _write_xlsx(path, fmt, cells, kept, progress, cancelled)
    return PortalExport(
        path,
        len(kept),
        len({r.employee_no for r in kept}),
        len({r.class_code for r in kept}),
        warnings,
        chosen,
        skipped,
    )


def _encodable(
    rows: list[PortalRow], fmt: PortalFormat, cells: Cells, encoding: str, skip: bool
) -> tuple[list[PortalRow], list[str], list[str]]:
    """The rows the encoding can hold, the people left out, and the lines that say so;
    UnencodableRows when some cannot be held and ``skip`` is not set."""
    names = [name for _source, name in fmt.columns]
    texts = [dict(zip(names, cells.text_cells(r), strict=True)) for r in rows]
    found = unencodable(texts, encoding)
    if not found:
        return rows, [], []
    lines = [describe_unencodable(p, encoding, person_label(rows[p.row])) for p in found]
    people = list(dict.fromkeys(person_label(rows[p.row]) for p in found))
    if not skip:
        head = _(
            "以下字元無法以 {encoding} 寫入，未產生檔案；請改存 UTF-8，或略過這些人後另行登錄："
        ).format(encoding=encoding)
        raise UnencodableRows([Problem(head), *map(Problem, lines)], encoding, people)
    bad = {p.row for p in found}
    kept = [r for i, r in enumerate(rows) if i not in bad]
    head = _("已略過 {people}：以 {encoding} 無法寫入下列字元，請另行登錄").format(
        people="、".join(people), encoding=encoding
    )
    return kept, people, [head, *lines]


def _header_rows(fmt: PortalFormat) -> list[list[str]]:
    header = [name for _source, name in fmt.columns]
    if fmt.header_rows == 1:
        return [header]
    return [header, [describe_source(s) + _date_hint(s, fmt) for s, _name in fmt.columns]]


def _write_csv(
    path: Path, fmt: PortalFormat, cells: Cells, rows: list[PortalRow], encoding: str
) -> None:
    header, *more = _header_rows(fmt)
    try:
        data = csv_bytes(header, [*more, *(cells.text_cells(r) for r in rows)], encoding)
    except UnicodeEncodeError as exc:  # a column name of the layout (the rows are checked)
        text = _("欄名「{text}」含有無法以 {encoding} 寫入的字，請修改時數登錄檔的欄名").format(
            text=exc.object[exc.start : exc.end], encoding=encoding
        )
        raise InputRefused([Problem(text)]) from exc
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _write_xlsx(
    path: Path,
    fmt: PortalFormat,
    cells: Cells,
    rows: list[PortalRow],
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
) -> None:
    columns = [
        Column(name, "decimal" if source in HOUR_FIELDS else "text") for source, name in fmt.columns
    ]
    _header, *more = _header_rows(fmt)

    def data() -> Iterator[Sequence[object]]:
        yield from more
        for r in rows:
            yield cells.cells(r)

    write_workbook(
        path,
        [SheetSpec(SHEET, columns, data(), len(rows) + len(more))],
        dates_as_text=True,
        note=ID_NOTE,
        progress=progress,
        cancelled=cancelled,
    )


def _date_hint(source: str, fmt: PortalFormat) -> str:
    """The example after a date column's description in the second header row (data)."""
    if source not in DATE_FIELDS:
        return ""
    example = DATE_FORMATS[fmt.date_format](dt.date(2020, 3, 5))
    return f"（如 {example}）"


def run_export(db: Database, path: Path, request: FileRequest, hooks: Hooks) -> Done:
    """The catalogue's runner: the 時數登錄檔 of one class, else of the request's year;
    options ``encoding`` (cp950 or utf-8-sig, for .csv) and ``skip_unencodable``."""
    year = None if request.class_code else request.year
    encoding = request.options.get("encoding")
    result = export_portal(
        db,
        path,
        year=year,
        class_code=request.class_code,
        encoding=str(encoding) if encoding else None,
        skip_unencodable=bool(request.options.get("skip_unencodable")),
        progress=hooks.progress,
        cancelled=hooks.cancelled,
    )
    counts = {"rows": result.rows, "people": result.people, "classes": result.classes}
    # Three counts: the English names each count instead of choosing a plural for it.
    if request.class_code:
        summary = _(
            "已匯出班期 {code} 時數登錄檔（{rows} 筆，{people} 人，{classes} 個班期）"
        ).format(code=request.class_code, **counts)
    else:
        assert year is not None
        summary = _(
            "已匯出 {year} 年度時數登錄檔（{rows} 筆，{people} 人，{classes} 個班期）"
        ).format(year=roc_year_of(year), **counts)
    if result.encoding == ENCODING_UTF8_BOM:
        summary = _("{summary}；檔案為 UTF-8 編碼").format(summary=summary)
    return Done(
        summary,
        tuple(result.warnings),
        _("注意：時數登錄檔含完整身分證字號，請妥善保管，上傳後即刪除。"),
    )
