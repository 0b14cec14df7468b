"""The shared import reader: headers in any order or language, normalised text, CSV
encodings, and refusals that name the sheet and column."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.services.imports.tabular import (
    ColumnSpec,
    ImportReport,
    RowReader,
    TableRow,
    read_headers,
    read_raw,
    read_table,
    sheet_names,
)

COLUMNS = (
    ColumnSpec("員工編號", "employee_no", required=True, key=True),
    ColumnSpec("姓名", "name", required=True),
    ColumnSpec("到職日期", "hire_date"),
    ColumnSpec("電子郵件", "email"),
    ColumnSpec("職稱", "title"),
)


def write_xlsx(path: Path, rows: list[list[object]], sheet: str = "人員") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_xlsx_shuffled_aliases_fullwidth_and_dates(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "staff.xlsx",
        [
            ["備註", " Name ", "到職日期", "ＥＭＰＬＯＹＥＥ_ＮＯ", "email"],
            ["隨便", "  王小明 ", dt.datetime(2020, 3, 5), "Ａ００１", "ＷＡＮＧ＠ｘ.ｔｗ"],
            [None, None, None, None, None],
            ["", "李大華", "109/3/5", 1002, None],
        ],
    )
    table = read_table(path, COLUMNS)
    assert table.sheet == "人員"
    assert [r.number for r in table.rows] == [2, 4]  # the empty row 3 is skipped
    first, second = table.rows
    assert first.values == {
        "姓名": "王小明",
        "到職日期": dt.date(2020, 3, 5),  # a date cell stays a date (not a datetime)
        "員工編號": "A001",
        "電子郵件": "WANG＠x.tw",  # only letters and digits change width (the roster folds ＠)
    }
    assert type(first.get("到職日期")) is dt.date
    assert second.get("員工編號") == 1002
    assert second.get("電子郵件") is None
    assert second.get("到職日期") == "109/3/5"


def test_csv_utf8_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "人員名單.csv"
    path.write_bytes("\ufeff員工編號,姓名,電子郵件\n1001,陳堃喆,a@b.tw\n".encode())
    table = read_table(path, COLUMNS)
    assert table.sheet == "人員名單"
    assert table.rows[0].values == {"員工編號": "1001", "姓名": "陳堃喆", "電子郵件": "a@b.tw"}
    assert table.rows[0].number == 2


def test_csv_big5_from_windows_excel(tmp_path: Path) -> None:
    path = tmp_path / "staff.csv"
    path.write_bytes("姓名,員工編號\r\n林志明,1001\r\n黃淑芬,1002\r\n".encode("cp950"))
    table = read_table(path, COLUMNS)
    assert [r.get("姓名") for r in table.rows] == ["林志明", "黃淑芬"]


def test_missing_required_columns_are_all_named(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "s.xlsx", [["到職日期", "email"], ["109/1/1", "a@b.tw"]])
    with pytest.raises(InputRefused) as info:
        read_table(path, COLUMNS)
    assert [(p.sheet, p.column) for p in info.value.problems] == [
        ("人員", "員工編號"),
        ("人員", "姓名"),
    ]


def test_duplicate_column_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "s.xlsx", [["員工編號", "姓名", "name"], ["1", "a", "b"]])
    with pytest.raises(InputRefused) as info:
        read_table(path, COLUMNS)
    assert info.value.problems[0].column == "姓名"


def test_missing_sheet_and_named_sheet(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "s.xlsx", [["員工編號", "姓名"], ["1", "甲"]], sheet="名單")
    assert sheet_names(path) == ["名單"]
    assert read_table(path, COLUMNS, sheet="名單").rows[0].get("姓名") == "甲"
    with pytest.raises(InputRefused) as info:
        read_table(path, COLUMNS, sheet="場次")
    assert info.value.problems[0].sheet == "場次"
    assert "場次" in info.value.problems[0].message


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("broken.xlsx", b"not a zip file", "不是 .xlsx 活頁簿"),
        ("old.xls", b"\xd0\xcf\x11\xe0", "不支援"),
        ("empty.csv", b"", "是空的"),
        ("blank.csv", b"\r\n\r\n", "標題列"),
    ],
)
def test_unreadable_files_refused(tmp_path: Path, name: str, content: bytes, expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputRefused) as info:
        read_table(path, COLUMNS)
    assert expected in str(info.value)


def test_missing_file_refused(tmp_path: Path) -> None:
    with pytest.raises(InputRefused, match="找不到檔案"):
        read_table(tmp_path / "nope.xlsx", COLUMNS)


def test_headers_and_raw_rows_with_arbitrary_headers(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "form.xlsx",
        [["時間戳記", "您的員工編號", None, "餐點"], ["2024/5/1 9:00", " 1001 ", None, "素"]],
    )
    assert read_headers(path) == ["時間戳記", "您的員工編號", "餐點"]
    raw = read_raw(path)
    assert raw.headers == ["時間戳記", "您的員工編號", "餐點"]
    assert raw.rows[0].values == {"時間戳記": "2024/5/1 9:00", "您的員工編號": "1001", "餐點": "素"}


def test_mapping_chosen_by_the_user(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "form.xlsx",
        [["您的員工編號", "姓名", "填表人姓名"], ["1001", "表單標題", "王小明"]],
    )
    table = read_table(path, COLUMNS, mapping={"您的員工編號": "員工編號", "填表人姓名": "姓名"})
    # The mapped header wins over the column that merely has the standard name.
    assert table.rows[0].values == {"員工編號": "1001", "姓名": "王小明"}
    with pytest.raises(ValueError):
        read_table(path, COLUMNS, mapping={"姓名": "薪水"})


def test_row_reader_collects_problems_with_row_and_column() -> None:
    problems: list[Problem] = []
    row = TableRow(
        7,
        {"日期": "109/13/40", "供餐": "也許", "名額": "abc", "用餐": "素", "代碼": 12.0},
    )
    reader = RowReader("班期", row, problems)
    assert reader.date("日期") is None
    assert reader.yes_no("供餐") is None
    assert reader.integer("名額") is None
    assert reader.choice("用餐", ("葷", "素")) == "素"
    assert reader.text("代碼") == "12"  # a number typed into Excel keeps no ".0"
    assert reader.text("姓名", required=True) is None
    assert [(p.sheet, p.row, p.column) for p in problems] == [
        ("班期", 7, "日期"),
        ("班期", 7, "供餐"),
        ("班期", 7, "名額"),
        ("班期", 7, "姓名"),
    ]
    assert "109/13/40" in problems[0].message


def test_report_summary() -> None:
    report = ImportReport(added=["1"], unchanged=["2", "3"], dry_run=True)
    assert report.summary() == "將新增 1 筆、將更新 0 筆、未變更 2 筆"


def test_names_and_titles_are_kept_as_written(tmp_path: Path) -> None:
    # SPEC §3.1: only full-width letters, digits and the ideographic space change.
    path = tmp_path / "人員.csv"
    path.write_text(
        "員工編號,姓名,職稱\nＡ００１,高潞．以用．巴魕剌,課程：性別主流化（進階）！\n"
        "A002,\u3000瓦歷斯‧諾幹 ,科員\n",
        encoding="utf-8",
    )
    first, second = read_table(path, COLUMNS).rows
    assert first.values == {
        "員工編號": "A001",
        "姓名": "高潞．以用．巴魕剌",
        "職稱": "課程：性別主流化（進階）！",
    }
    assert second.get("姓名") == "瓦歷斯‧諾幹"
