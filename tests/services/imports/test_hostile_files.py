"""Hostile and malformed files fed to every import kind (issue 9 item 5).

Each file is built here (zip bombs with zipfile-compatible archives written by hand, a
workbook whose one cell expands to 2 GB but that is 2 MB on disk, sheets without a
``<dimension>`` and with many empty rows, damaged XML …) and given to every kind of the
catalogue: each must end in ``InputRefused`` naming the problem, within bounded time and
traced memory, with the database unchanged. The command line exits 1 with the message and
no traceback, also under an address-space limit the bomb would exceed.
"""

from __future__ import annotations

import csv
import hashlib
import io
import resource
import sqlite3
import struct
import subprocess
import sys
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from hrplanner import cli
from hrplanner.services import catalogue
from hrplanner.services.common.errors import InputRefused
from hrplanner.services.imports import limits
from hrplanner.services.imports.tabular import read_raw, read_table
from hrplanner.services.staff.importing import COLUMNS as STAFF_COLUMNS
from hrplanner.storage.database import Database

pytestmark = pytest.mark.hostile

KINDS = [kind.name for kind in catalogue.IMPORTS]
SECONDS = 20.0  # per refusal, generous for a busy machine (they take well under 1 s)
TRACED_BYTES = 64 * 1024 * 1024  # Python allocations while refusing

# --- writing workbooks by hand ------------------------------------------------------------

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def deflated(data: bytes) -> tuple[bytes, int, int]:
    """(raw deflate stream, CRC-32, uncompressed size)."""
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush(), zlib.crc32(data), len(data)


def write_zip(path: Path, members: list[tuple[str, tuple[bytes, int, int]]]) -> Path:
    """A zip archive of already deflated members (name, (stream, crc, size))."""
    out = io.BytesIO()
    central = io.BytesIO()
    for name, (stream, crc, size) in members:
        encoded = name.encode()
        offset = out.tell()
        fields = (20, 0, 8, 0, 0x21, crc, len(stream), size, len(encoded), 0)
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields) + encoded + stream)
        central.write(
            struct.pack("<IH", 0x02014B50, 20)
            + struct.pack("<HHHHHIIIHHHHHII", *fields, 0, 0, 0, 0, offset)
            + encoded
        )
    start, body = out.tell(), central.getvalue()
    count = len(members)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(body), start, 0)
    path.write_bytes(out.getvalue() + body + end)
    return path


def cell_xml(ref: str, value: object) -> str:
    if isinstance(value, str):
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'
    return f'<c r="{ref}"><v>{value}</v></c>'


def column_ref(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def row_xml(number: int, values: list[object]) -> str:
    cells = "".join(
        cell_xml(f"{column_ref(i)}{number}", v) for i, v in enumerate(values) if v is not None
    )
    return f'<row r="{number}">{cells}</row>'


def sheet_xml(rows: str, dimension: str | None = None) -> bytes:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return f'<worksheet xmlns="{_MAIN}">{dim}<sheetData>{rows}</sheetData></worksheet>'.encode()


def workbook(
    path: Path,
    sheets: list[tuple[str, bytes]],
    extra: list[tuple[str, tuple[bytes, int, int]]] | None = None,
    shared_strings: bool = False,
    override: dict[str, tuple[bytes, int, int]] | None = None,
) -> Path:
    """An .xlsx of the given sheets (name, sheet XML), as small as openpyxl accepts."""
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{_CT}.worksheet+xml"/>'
        for i in range(1, len(sheets) + 1)
    )
    if shared_strings:
        overrides += (
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_CT}.sharedStrings+xml"/>'
        )
    types = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}.sheet.main+xml"/>'
        f"{overrides}</Types>"
    )
    root_rels = (
        f'<Relationships xmlns="{_PKG}"><Relationship Id="rId1" Type="{_REL}/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>'
    )
    entries = "".join(
        f'<sheet name="{escape(name)}" sheetId="{i}" r:id="rId{i}"/>'
        for i, (name, _) in enumerate(sheets, start=1)
    )
    book = f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>{entries}</sheets></workbook>'
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, len(sheets) + 1)
    )
    if shared_strings:
        rels += (
            f'<Relationship Id="rId{len(sheets) + 1}" Type="{_REL}/sharedStrings" '
            'Target="sharedStrings.xml"/>'
        )
    members = [
        ("[Content_Types].xml", deflated(types.encode())),
        ("_rels/.rels", deflated(root_rels.encode())),
        ("xl/workbook.xml", deflated(book.encode())),
        (
            "xl/_rels/workbook.xml.rels",
            deflated(f'<Relationships xmlns="{_PKG}">{rels}</Relationships>'.encode()),
        ),
    ]
    members += [
        (f"xl/worksheets/sheet{i}.xml", deflated(xml)) for i, (_, xml) in enumerate(sheets, start=1)
    ]
    members = [(n, (override or {}).get(n, member)) for n, member in members]
    return write_zip(path, members + (extra or []))


def kind_sheets(kind: str) -> list[tuple[str, list[str]]]:
    """(sheet name, headers) of the kind's template, in order."""
    template = catalogue.load(catalogue.import_kind(kind).template)  # type: ignore[union-attr]
    return [(sheet.name, [c.name for c in sheet.columns]) for sheet in template.sheets]


def kind_workbook(path: Path, kind: str, body: str, dimension: str | None = None) -> Path:
    """The kind's template sheets with their headers; ``body`` (rows from 2 on) goes into
    the first sheet."""
    sheets = []
    for index, (name, headers) in enumerate(kind_sheets(kind)):
        rows = row_xml(1, list(headers)) + (body if index == 0 else "")
        sheets.append((name, sheet_xml(rows, dimension if index == 0 else None)))
    return workbook(path, sheets)


# --- the hostile files --------------------------------------------------------------------

Builder = Callable[[Path, str], Path]


def _bytes(name: str, data: bytes) -> Builder:
    def build(folder: Path, kind: str) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return build


def _sheet(body: Callable[[int], str], dimension: str | None = None) -> Builder:
    def build(folder: Path, kind: str) -> Path:
        width = len(kind_sheets(kind)[0][1])
        return kind_workbook(folder / f"{kind}.xlsx", kind, body(width), dimension)

    return build


def _raw_sheet(xml: Callable[[list[str]], bytes]) -> Builder:
    """A workbook whose first sheet is the XML given (from the kind's headers)."""

    def build(folder: Path, kind: str) -> Path:
        (name, headers), *rest = kind_sheets(kind)
        sheets = [(name, xml(headers))]
        sheets += [(n, sheet_xml(row_xml(1, list(h)))) for n, h in rest]
        return workbook(folder / f"{kind}.xlsx", sheets)

    return build


def _csv(text: Callable[[list[str]], bytes]) -> Builder:
    def build(folder: Path, kind: str) -> Path:
        path = folder / f"{kind}.csv"
        path.write_bytes(text(kind_sheets(kind)[0][1]))
        return path

    return build


def _header_line(headers: list[str]) -> bytes:
    return (",".join(headers) + "\r\n").encode("utf-8")


def _no_sheets(folder: Path, kind: str) -> Path:
    return workbook(folder / f"{kind}.xlsx", [])


def _lying_size(folder: Path, kind: str) -> Path:
    """A sheet member that declares 60 bytes and inflates to far more (zipfile stops at the
    declared size: the XML is cut short and the CRC does not match)."""
    (name, headers), *rest = kind_sheets(kind)
    stream, crc, _ = deflated(sheet_xml(row_xml(1, list(headers)) + row_xml(2, ["x"] * 3)))
    sheets = [(n, sheet_xml(row_xml(1, list(h)))) for n, h in rest]
    return workbook(
        folder / f"{kind}.xlsx",
        [(name, b""), *sheets],
        override={"xl/worksheets/sheet1.xml": (stream, crc, 60)},
    )


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">'
    + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
    + "]>"
)

# name → (builder, a fragment the refusal must contain)
CASES: dict[str, tuple[Builder, str]] = {
    "empty-xlsx": (_bytes("empty.xlsx", b""), "是空的"),
    "empty-csv": (_bytes("empty.csv", b""), "是空的"),
    "not-a-zip": (_bytes("text.xlsx", b"Name,Unit\r\nA,B\r\n"), "不是 .xlsx 活頁簿"),
    "xls-renamed": (
        _bytes("old.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)),
        "不是 .xlsx",
    ),
    "no-sheets": (_no_sheets, "沒有任何工作表"),
    "damaged-xml": (
        _raw_sheet(lambda h: sheet_xml(row_xml(1, list(h)))[:-40]),
        "工作表內容損毀",
    ),
    "control-characters": (
        _raw_sheet(lambda h: sheet_xml(row_xml(1, list(h)) + row_xml(2, ["\x01\x02"]))),
        "工作表內容損毀",
    ),
    "entity-expansion": (
        _raw_sheet(
            lambda h: (
                BILLION_LAUGHS.encode()
                + sheet_xml(
                    row_xml(1, list(h)) + '<row r="2"><c r="A2" t="inlineStr"><is><t>&i;'
                    "</t></is></c></row>"
                )
            )
        ),
        "損毀",
    ),
    "lying-member-size": (_lying_size, "損毀"),
    "formula-without-value": (
        _sheet(lambda w: '<row r="2"><c r="A2"><f>1+1</f></c></row>'),
        "請先用 Excel 開啟並儲存檔案",
    ),
    "number-1e308": (_sheet(lambda w: row_xml(2, [1e308] * w)), "超出可匯入的範圍"),
    "number-infinite": (_sheet(lambda w: '<row r="2"><c r="A2"><v>INF</v></c></row>'), "損毀"),
    "cell-over-32767": (_sheet(lambda w: row_xml(2, ["字" * 40_000])), "32,767 個字的上限"),
    "column-far-right": (
        _sheet(lambda w: '<row r="2"><c r="XFD2"><v>1</v></c></row>'),
        "1,000 欄的匯入上限",
    ),
    "rows-out-of-order": (_sheet(lambda w: row_xml(3, ["a"]) + row_xml(2, ["b"])), "列號 2"),
    "row-beyond-excel": (_sheet(lambda w: row_xml(1_048_577, ["a"])), "列號 1,048,577"),
    # Run with a row limit of 1,000 (test_the_row_limit_at_full_size: the real one).
    "row-beyond-limit-after-empty-rows": (
        _sheet(
            lambda w: (
                "".join(f'<row r="{n}"/>' for n in range(2, 2_000)) + row_xml(2_000, ["x"] * w)
            )
        ),
        "1,000 列資料的匯入上限",
    ),
    "csv-field-over-131072": (
        _csv(lambda h: _header_line(h) + b'"' + b"x" * 140_000 + b'",1\r\n'),
        "32,767 個字的上限",
    ),
    "csv-cell-over-32767": (
        _csv(lambda h: _header_line(h) + "字".encode() * 40_000 + b"\r\n"),
        "32,767 個字的上限",
    ),
    "csv-undecodable": (_csv(lambda h: _header_line(h) + b"\xff\xfe\xff\x80\r\n"), "文字編碼"),
    "csv-nul": (_csv(lambda h: _header_line(h) + b"a\x00b,1\r\n"), "控制字元 U+0000"),
    "csv-not-a-table": (_csv(lambda h: b"\r\n\r\n\r\n"), "標題列"),
}


# --- running them -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Path]]:
    path = tmp_path_factory.mktemp("hostile") / "hr.db"
    db = Database.open(str(path), user="tester")
    yield db, path
    db.close()


def fingerprint(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()
    finally:
        connection.close()


def refusal(database: tuple[Database, Path], kind: str, path: Path) -> str:
    """The refusal of importing ``path`` as ``kind``, checked for time, memory and that the
    database is unchanged."""
    db, db_path = database
    before = fingerprint(db_path)
    import_kind = catalogue.import_kind(kind)
    assert import_kind is not None
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(InputRefused) as info:
            import_kind.run(db, path, catalogue.ImportRequest())
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert elapsed < SECONDS, f"{kind}: {elapsed:.1f} s"
    assert peak < TRACED_BYTES, f"{kind}: {peak / 2**20:.0f} MiB"
    assert fingerprint(db_path) == before
    return "\n".join(str(p) for p in info.value.problems)


# Cases that take a second or more each: they exercise the reading every kind shares, so
# they run for a few kinds of each shape (one sheet, two sheets, mapped columns).
HEAVY = {"entity-expansion", "cell-over-32767", "csv-cell-over-32767", "csv-field-over-131072"}
HEAVY_KINDS = {"staff", "classes", "signup", "survey", "external-hours", "plan"}


@pytest.mark.parametrize(
    ("kind", "case"),
    [(k, c) for k in KINDS for c in sorted(CASES) if c not in HEAVY or k in HEAVY_KINDS],
)
def test_every_kind_refuses_every_hostile_file(
    database: tuple[Database, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    case: str,
) -> None:
    build, expected = CASES[case]
    if case == "row-beyond-limit-after-empty-rows":
        monkeypatch.setattr(limits, "LIMITS", replace(limits.LIMITS, rows=1_000))
    path = build(tmp_path, kind)
    text = refusal(database, kind, path)
    if kind == "plan" and path.suffix == ".csv":  # a plan is a workbook of four sheets
        assert expected in text or "工作表的活頁簿匯入" in text
    else:
        assert expected in text


# --- the zip bomb: 2 MB on disk, one cell of 2 GB --------------------------------------------

_BOMB_MIB = 2048


@pytest.fixture(scope="module")
def bomb_member() -> tuple[bytes, int, int]:
    """xl/sharedStrings.xml holding one string of 2 GiB, deflated (about 2 MB): each MiB of
    'A' deflates to the same bytes after a full flush, so the stream is built from one."""
    head = f'<sst xmlns="{_MAIN}" count="1" uniqueCount="1"><si><t>'.encode()
    tail = b"</t></si></sst>"
    chunk = b"A" * (1 << 20)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    start = packer.compress(head) + packer.flush(zlib.Z_FULL_FLUSH)
    repeated = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
    end = packer.compress(tail) + packer.flush()
    crc = zlib.crc32(head)
    for _ in range(_BOMB_MIB):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(tail, crc)
    stream = start + repeated * _BOMB_MIB + end
    return stream, crc, len(head) + len(tail) + _BOMB_MIB * len(chunk)


def bomb_workbook(path: Path, kind: str, member: tuple[bytes, int, int]) -> Path:
    (name, headers), *rest = kind_sheets(kind)
    first = sheet_xml(row_xml(1, list(headers)) + '<row r="2"><c r="A2" t="s"><v>0</v></c></row>')
    sheets = [(name, first)] + [(n, sheet_xml(row_xml(1, list(h)))) for n, h in rest]
    return workbook(path, sheets, [("xl/sharedStrings.xml", member)], shared_strings=True)


def test_the_bomb_is_small_on_disk_and_expands_to_2_gib(
    tmp_path: Path, bomb_member: tuple[bytes, int, int]
) -> None:
    import zipfile

    path = bomb_workbook(tmp_path / "bomb.xlsx", "staff", bomb_member)
    assert path.stat().st_size < 3 * 2**20
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/sharedStrings.xml")
        assert info.file_size > 2 * 2**30
        with archive.open(info) as member:  # a real, valid stream: the first MiB is 'A's
            assert member.read(1 << 20).endswith(b"A" * 1000)


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_refuses_the_zip_bomb(
    database: tuple[Database, Path],
    tmp_path: Path,
    bomb_member: tuple[bytes, int, int],
    kind: str,
) -> None:
    text = refusal(database, kind, bomb_workbook(tmp_path / "bomb.xlsx", kind, bomb_member))
    assert "xl/sharedStrings.xml" in text and "壓縮比" in text and "200:1" in text


# --- limits met by valid files ------------------------------------------------------------


@pytest.fixture
def small_limits(monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    def use(**changes: object) -> None:
        monkeypatch.setattr(limits, "LIMITS", replace(limits.LIMITS, **changes))

    return use


def staff_rows(count: int) -> str:
    return "".join(
        row_xml(n, [f"E{n:05d}", "王小明", None, None, None, "人事室", None, "公務人員"])
        for n in range(2, count + 2)
    )


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"file_bytes": 1_000}, "超過匯入檔案大小上限 0.0 MB"),
        ({"uncompressed_bytes": 20_000}, "解壓縮後有"),
        ({"members": 3}, "超過上限 3 個"),
        ({"rows": 100}, "超過每個檔案 100 列資料的匯入上限"),
        ({"seconds": 0.0}, "讀取檔案超過 0 秒的上限"),
        ({"member_ratio": 2, "ratio_floor_bytes": 1_000}, "超過上限 2:1"),
    ],
)
def test_each_limit_is_named_in_its_refusal(
    database: tuple[Database, Path],
    tmp_path: Path,
    small_limits: Callable[..., None],
    changes: dict[str, object],
    expected: str,
) -> None:
    path = kind_workbook(tmp_path / "staff.xlsx", "staff", staff_rows(3_000))
    small_limits(**changes)
    assert expected in refusal(database, "staff", path)


def test_the_row_limit_at_full_size(database: tuple[Database, Path], tmp_path: Path) -> None:
    # No <dimension>; 120,000 empty rows, then a row of data beyond the 100,000-row limit.
    body = "".join(f'<row r="{n}"/>' for n in range(2, 120_000))
    body += row_xml(120_000, ["E1", "王小明", None, None, None, "人事室", None, "公務人員"])
    text = refusal(database, "staff", kind_workbook(tmp_path / "s.xlsx", "staff", body))
    assert "第 120,000 列仍有資料" in text and "100,000 列資料的匯入上限" in text


def test_a_lying_dimension_and_many_empty_rows_cost_little(tmp_path: Path) -> None:
    # <dimension> claims all of Excel's 17 billion cells; 50,000 empty rows, then data.
    body = "".join(f'<row r="{n}"/>' for n in range(2, 50_000))
    body += row_xml(50_000, ["E1", "王小明"])
    path = kind_workbook(tmp_path / "s.xlsx", "staff", body, dimension="A1:XFD1048576")
    small = replace(limits.LIMITS, rows=60_000)
    started = time.perf_counter()
    tracemalloc.start()
    try:
        original, limits.LIMITS = limits.LIMITS, small
        table = read_raw(path)
    finally:
        limits.LIMITS = original
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert time.perf_counter() - started < SECONDS
    assert peak < 16 * 2**20
    assert [(r.number, r.values) for r in table.rows] == [
        (50_000, {"員工編號": "E1", "姓名": "王小明"})
    ]


def test_a_workbook_without_dimension_reads_its_rows(tmp_path: Path) -> None:
    path = kind_workbook(tmp_path / "s.xlsx", "staff", staff_rows(2))
    table = read_table(path, STAFF_COLUMNS)
    assert [r.get("員工編號") for r in table.rows] == ["E00002", "E00003"]


def test_csv_with_cr_only_line_endings_is_read(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(
        "員工編號,姓名,單位,人員類別\r1001,王小明,人事室,公務人員\r1002,李大華,人事室,公務人員\r".encode(
            "cp950"
        )
    )
    table = read_table(path, STAFF_COLUMNS)
    assert [(r.number, r.get("員工編號"), r.get("姓名")) for r in table.rows] == [
        (2, "1001", "王小明"),
        (3, "1002", "李大華"),
    ]


def test_a_cr_only_csv_imports_people(database: tuple[Database, Path], tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes("員工編號,姓名,單位,人員類別\r1001,王小明,人事室,公務人員\r".encode())
    kind = catalogue.import_kind("staff")
    assert kind is not None
    report = kind.run(database[0], path, catalogue.ImportRequest(dry_run=True))
    assert report.added == ["1001"]


def test_csv_field_limit_is_left_as_python_has_it() -> None:
    # The refusal of long fields does not change the process-wide csv setting.
    assert csv.field_size_limit() == 131_072


# --- the command line ---------------------------------------------------------------------


@pytest.fixture
def target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("HRPLANNER_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "hr.db"
    Database.open(str(path)).close()
    return str(path)


@pytest.mark.parametrize(
    ("kind", "case"),
    [
        ("staff", "not-a-zip"),
        ("classes", "no-sheets"),
        ("external-hours", "formula-without-value"),
        ("attendance", "number-1e308"),
        ("signup", "csv-field-over-131072"),
        ("survey", "damaged-xml"),
    ],
)
def test_command_line_refuses_with_the_message(
    target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, case: str
) -> None:
    build, expected = CASES[case]
    path = build(tmp_path, kind)
    code = cli.run(["--db", target, "import", kind, str(path)])
    err = capsys.readouterr().err
    assert code == 1
    assert expected in err and "Traceback" not in err


def _limit_memory() -> None:  # runs in the child before exec
    cap = 1536 * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def test_command_line_refuses_the_bomb_within_an_address_space_limit(
    target: str, tmp_path: Path, bomb_member: tuple[bytes, int, int]
) -> None:
    path = bomb_workbook(tmp_path / "bomb.xlsx", "staff", bomb_member)
    done = subprocess.run(
        [sys.executable, "-m", "hrplanner", "--db", target, "import", "staff", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_limit_memory,
        env={"HRPLANNER_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 1, done.stderr
    assert "壓縮比" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (1e308, "超出可匯入的範圍"),  # a number cell
        ("1e308", "場次需為整數"),  # typed as text
        ("9" * 40, "超出可匯入的範圍（最大 2,147,483,647）"),
    ],
)
def test_a_session_number_of_1e308_is_refused(
    database: tuple[Database, Path], tmp_path: Path, cell: object, expected: str
) -> None:
    headers = ["班期代碼", "員工編號", "場次", "出席狀態"]
    if isinstance(cell, float):
        body = row_xml(2, ["115-001", "A001", cell, "出席"])
        path = kind_workbook(tmp_path / "a.xlsx", "attendance", body)
    else:
        path = tmp_path / "a.csv"
        path.write_text(f"{','.join(headers)}\n115-001,A001,{cell},出席\n", encoding="utf-8")
    text = refusal(database, "attendance", path)
    assert "場次" in text and expected in text
