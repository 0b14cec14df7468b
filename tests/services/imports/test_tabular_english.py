"""The import reader's refusals, the row reader's problems, the report's summary and the
template's header notes in English after ``i18n.set_language("en")``; the same in Chinese
as before. Column and sheet names are the file's own and stay as they are."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from hrplanner import i18n
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.services.common.wording import names
from hrplanner.services.imports import templates
from hrplanner.services.imports.tabular import (
    ColumnSpec,
    ImportReport,
    RowReader,
    TableRow,
    read_table,
)

COLUMNS = (
    ColumnSpec("員工編號", "employee_no", required=True, key=True),
    ColumnSpec("姓名", "name", required=True),
)


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language("zh_TW")


def write_xlsx(path: Path, rows: list[list[object]], sheet: str = "人員") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def refusal(path: Path, sheet: str | None = None) -> list[str]:
    with pytest.raises(InputRefused) as info:
        read_table(path, COLUMNS, sheet=sheet)
    return [str(p) for p in info.value.problems]


def test_file_refusals_in_english(english: None, tmp_path: Path) -> None:
    assert refusal(tmp_path / "nope.xlsx") == [f'File not found: "{tmp_path / "nope.xlsx"}"']
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    assert refusal(old) == [
        'Unsupported file format ".xls": save the file as .xlsx or .csv and import it again'
    ]
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip file")
    (text,) = refusal(broken)
    assert text.startswith('The file "broken.xlsx" is not an .xlsx workbook')
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert refusal(empty) == ['The file "empty.csv" is empty (0 bytes)']
    blank = tmp_path / "blank.csv"
    blank.write_bytes(b"\n\n")
    assert refusal(blank) == ['Sheet "blank": Row 1 holds no column names (the header row)']
    undecodable = tmp_path / "odd.csv"
    undecodable.write_bytes("員工編號,姓名\n".encode("utf-16"))
    assert refusal(undecodable) == [
        'Cannot tell the text encoding of the file "odd.csv": save it as a UTF-8 or Big5 CSV file'
    ]


def test_sheet_and_column_refusals_in_english(english: None, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "s.xlsx", [["員工編號", "employee_no"], ["1", "1"]])
    assert refusal(path) == [
        'Sheet "人員", column "員工編號": The column "員工編號" appears twice',
        'Sheet "人員", column "姓名": The required column "姓名" (name) is missing',
    ]
    assert refusal(path, sheet="場次") == [
        'Sheet "場次": The workbook "s.xlsx" has no sheet "場次"'
    ]


def test_row_reader_problems_in_both_languages() -> None:
    row = TableRow(7, {"供餐": "也許", "名額": "abc", "人數": "-1", "說明": "太長了"})

    def problems() -> list[str]:
        found: list[Problem] = []
        reader = RowReader("班期", row, found)
        reader.yes_no("供餐")
        reader.integer("名額")
        reader.integer("人數", minimum=0)
        reader.text("說明", max_length=2)
        reader.text("姓名", required=True)
        reader.choice("供餐", ("葷", "素"))
        return [p.message for p in found]

    assert problems() == [
        "供餐只能填「是」或「否」，收到「也許」",
        "名額需為整數，收到「abc」",
        "人數不可小於 0，收到 -1",
        "說明不可超過 2 個字（「太長了」）",
        "姓名必填",
        "供餐「也許」不在可用選項內（葷/素）",
    ]
    i18n.set_language("en")
    try:
        assert problems() == [
            '供餐 must be "是" or "否", got "也許"',
            '名額 must be a whole number, got "abc"',
            "人數 must not be less than 0, got -1",
            '說明 must not be longer than 2 characters ("太長了")',
            "姓名 is required",
            '供餐 "也許" is not one of the allowed values (葷/素)',
        ]
    finally:
        i18n.set_language("zh_TW")


def test_summary_in_both_languages() -> None:
    dry = ImportReport(added=["1"], unchanged=["2", "3"], dry_run=True)
    done = ImportReport(added=["1"], updated=["4"], dry_run=False)
    assert dry.summary() == "將新增 1 筆、將更新 0 筆、未變更 2 筆"
    assert done.summary() == "已新增 1 筆、已更新 1 筆、未變更 0 筆"
    i18n.set_language("en")
    try:
        assert dry.summary() == "Would add 1, update 0, leave 2 unchanged"
        assert done.summary() == "Added 1, updated 1, 0 unchanged"
    finally:
        i18n.set_language("zh_TW")


def test_lists_inside_sentences_use_the_language_s_separator() -> None:
    assert names(["甲", "乙", "丙"]) == "甲、乙、丙"
    i18n.set_language("en")
    try:
        assert names(["甲", "乙", "丙"]) == "甲, 乙, 丙"
        assert names([]) == ""
    finally:
        i18n.set_language("zh_TW")


def test_template_notes_follow_the_language_and_the_columns_stay_chinese(tmp_path: Path) -> None:
    def notes(path: Path) -> tuple[list[str], str]:
        ws = load_workbook(path)["人員"]
        header = [c.value for c in ws[1]]
        return header, ws["A1"].comment.text

    templates.write_template("staff", tmp_path / "zh.xlsx")
    header, note = notes(tmp_path / "zh.xlsx")
    assert header[0] == "員工編號"
    # Not required: a roster without it matches people by 身分證字號 (SPEC §3.1 人員).
    assert note == "英文欄名：employee_no\n比對用的鍵值：重新匯入時依此欄更新資料"
    i18n.set_language("en")
    try:
        templates.write_template("staff", tmp_path / "en.xlsx")
    finally:
        i18n.set_language("zh_TW")
    english_header, note = notes(tmp_path / "en.xlsx")
    assert english_header == header
    assert note == (
        "English column name: employee_no\n"
        "Key column: rows are matched on it when the file is imported again"
    )
