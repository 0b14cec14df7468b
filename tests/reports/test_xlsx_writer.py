"""The export writer, read back with openpyxl: header, widths, filter, dates, numbers, formulas."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from hrplanner.reports.xlsx import writer
from hrplanner.reports.xlsx.writer import (
    Column,
    ExportCancelled,
    SheetSpec,
    display_width,
    roc_text,
    write_workbook,
)

COLUMNS = [
    Column("員工編號"),
    Column("姓名"),
    Column("日期", "date"),
    Column("時數", "decimal"),
    Column("分鐘", "int"),
    Column("達成", "bool"),
]
ROWS = [
    ("E001", "王小明", dt.date(2020, 3, 5), Decimal("12.5"), 750, True),
    ("E002", '=HYPERLINK("http://x")', dt.date(2024, 12, 31), Decimal("0.1"), 0, False),
    ("E003", "+886912345678", None, None, None, None),
    ("E004", "-5", dt.date(1911, 12, 31), Decimal("3"), 3, True),
    ("E005", "@SUM(A1)", dt.date(2021, 1, 2), Decimal("1234567.25"), -2, False),
]


def _write(tmp_path: Path, **kwargs: object) -> Path:
    path = tmp_path / "out.xlsx"
    write_workbook(path, [SheetSpec("出席紀錄", COLUMNS, iter(ROWS))], **kwargs)  # type: ignore[arg-type]
    return path


def test_header_frozen_autofilter_and_widths(tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(_write(tmp_path))
    ws = wb.worksheets[0]
    assert ws.title == "出席紀錄"
    assert [c.value for c in ws[1]] == [c.header for c in COLUMNS]
    assert ws["A1"].font.b
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:F6"
    assert ws.max_row == 1 + len(ROWS)
    # 姓名: the longest sample value is 23 ASCII characters (+2 padding); 員工編號 header is
    # 4 CJK characters = 8 wide (+2).
    assert ws.column_dimensions["B"].width == pytest.approx(25, abs=1)
    assert ws.column_dimensions["A"].width == pytest.approx(10, abs=1)


def test_formula_like_text_stays_text(tmp_path: Path) -> None:
    ws = openpyxl.load_workbook(_write(tmp_path)).worksheets[0]
    for row, expected in (
        (3, '=HYPERLINK("http://x")'),
        (4, "+886912345678"),
        (5, "-5"),
        (6, "@SUM(A1)"),
    ):
        cell = ws.cell(row=row, column=2)
        assert cell.value == expected
        assert cell.data_type == "s"  # not "f": no spreadsheet would run it
        assert cell.quotePrefix  # and stays text when someone edits the cell
    assert not ws["B2"].quotePrefix


def test_dates_as_roc_text_numbers_as_numbers(tmp_path: Path) -> None:
    ws = openpyxl.load_workbook(_write(tmp_path)).worksheets[0]
    assert ws["C2"].value == "109/03/05"
    assert ws["C3"].value == "113/12/31"
    assert ws["C5"].value == "1911-12-31"  # before the ROC era: ISO text, never "000/12/31"
    assert ws["C4"].value is None
    assert ws["D2"].data_type == "n" and Decimal(str(ws["D2"].value)) == Decimal("12.5")
    assert Decimal(str(ws["D3"].value)) == Decimal("0.1")
    assert Decimal(str(ws["D6"].value)) == Decimal("1234567.25")
    assert ws["E2"].value == 750 and ws["E6"].value == -2
    assert [ws.cell(row=r, column=6).value for r in range(2, 7)] == ["是", "否", None, "是", "否"]


def test_real_dates_when_asked(tmp_path: Path) -> None:
    ws = openpyxl.load_workbook(_write(tmp_path, dates_as_text=False)).worksheets[0]
    assert ws["C2"].is_date
    assert ws["C2"].value.date() == dt.date(2020, 3, 5)


def test_note_goes_to_properties_footer_and_last_sheet(tmp_path: Path) -> None:
    note = "本檔含完整身分證字號，請妥善保管"
    wb = openpyxl.load_workbook(_write(tmp_path, note=note))
    assert wb.sheetnames == ["出席紀錄", "說明"]
    assert wb["說明"]["A1"].value == note
    assert wb.properties.description == note
    assert note in (wb["出席紀錄"].oddFooter.left.text or "")
    assert wb["出席紀錄"]["A1"].value == "員工編號"  # row 1 is still the header


def test_no_note_no_extra_sheet(tmp_path: Path) -> None:
    assert openpyxl.load_workbook(_write(tmp_path)).sheetnames == ["出席紀錄"]


def test_progress_and_cancel_leave_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writer, "PROGRESS_EVERY", 10)
    seen: list[tuple[int, int | None]] = []
    many = [("E", f"名{i}", None, None, i, None) for i in range(35)]
    path = tmp_path / "p.xlsx"
    write_workbook(
        path,
        [SheetSpec("s", COLUMNS, many, total_rows=35)],
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen[-1] == (35, 35) and (10, 35) in seen
    target = tmp_path / "c.xlsx"
    with pytest.raises(ExportCancelled):
        write_workbook(target, [SheetSpec("s", COLUMNS, many)], cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == [path]  # neither the target nor a temp file remains


def test_overflow_goes_on_in_a_continuation_sheet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writer, "MAX_DATA_ROWS", 4)
    monkeypatch.setattr(writer, "PROGRESS_EVERY", 3)
    rows = [(f"E{i}", "名", None, None, i, None) for i in range(10)]
    path = tmp_path / "o.xlsx"
    seen: list[int] = []
    write_workbook(
        path, [SheetSpec("出席紀錄", COLUMNS, rows)], progress=lambda d, _t: seen.append(d)
    )
    assert seen[-1] == 10
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["出席紀錄", "出席紀錄 (2)", "出席紀錄 (3)"]
    assert [c.value for c in wb["出席紀錄 (3)"]["A"]] == ["員工編號", "E8", "E9"]
    assert wb["出席紀錄 (2)"].auto_filter.ref == "A1:F5"


def test_sheet_names_are_made_valid_and_unique(tmp_path: Path) -> None:
    path = tmp_path / "n.xlsx"
    specs = [SheetSpec("a/b:c", [Column("x")], [("1",)]), SheetSpec("A/B:C", [Column("x")], [])]
    write_workbook(path, specs)
    assert openpyxl.load_workbook(path).sheetnames == ["a_b_c", "A_B_C (2)"]


def test_display_width_and_roc_text() -> None:
    assert display_width("abc") == 3
    assert display_width("王小明") == 6
    assert display_width("Ａ1") == 3  # full-width letter counts double
    assert roc_text(dt.date(2020, 3, 5)) == "109/03/05"
    assert roc_text(dt.date(1912, 1, 1)) == "001/01/01"


def test_width_is_capped(tmp_path: Path) -> None:
    path = tmp_path / "w.xlsx"
    write_workbook(path, [SheetSpec("s", [Column("備註")], [("很長" * 200,)])])
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert ws.column_dimensions["A"].width == pytest.approx(writer.WIDTH_CAP, abs=1)


def test_dates_as_text_repeated_days_timestamps_and_old_dates(tmp_path: Path) -> None:
    """A date column written as ROC text: a day repeated on many rows reads the same on
    each, a timestamp shows its day, a date before 1912 falls back to ISO."""
    column = [Column("結訓日期", "date")]
    values = [
        dt.date(2025, 7, 4),
        dt.date(2025, 7, 4),
        dt.datetime(2025, 7, 4, 16, 30),
        dt.date(1911, 12, 31),
        dt.date(2025, 7, 4),
        dt.date(2011, 1, 1),
    ]
    path = tmp_path / "dates.xlsx"
    write_workbook(path, [SheetSpec("日期", column, iter([(v,) for v in values]))])
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert [ws.cell(row=n, column=1).value for n in range(2, 8)] == [
        "114/07/04",
        "114/07/04",
        "114/07/04",
        "1911-12-31",
        "114/07/04",
        "100/01/01",
    ]
