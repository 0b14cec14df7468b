"""The 進修 import (all or nothing, keys, the quota across the file's own rows, re-import
changes nothing) and the 進修名冊 export of a year, read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from hrplanner.services.common.errors import InputRefused
from hrplanner.services.imports import templates
from hrplanner.services.study import files, records
from hrplanner.storage.database import Database

from ...conftest import write_workbook

HEADER = ["員工編號", "進修類別", "學校", "系所", "起始日期", "結束日期", "每週公假時數",
          "與業務有關", "核准日期"]  # fmt: skip


def book(path: Path, rows: list[list[object]]) -> Path:
    return write_workbook(path, {"進修": [HEADER, *rows]})


ROWS: list[list[object]] = [
    ["S001", "部分辦公時間進修", "國立清華大學", "公共政策研究所", "114/09/01", "115/06/30",
     "週二4小時、週四4小時", "是", "114/07/01"],
    ["S002", "全時進修", "國立政治大學", "行政管理碩士學程", "114/09/15", "115/06/30", None,
     "是", "114/07/10"],
    ["S004", "公餘進修", "國立空中大學", "公共行政學系", "2025-02-01", None, None, "否",
     "2025-01-20"],
]  # fmt: skip


def test_import_then_again_changes_nothing_and_the_roster_lists_the_year(
    staff: Database, tmp_path: Path
) -> None:
    path = book(tmp_path / "s.xlsx", ROWS)
    dry = files.import_study(staff, path, dry_run=True)
    assert len(dry.added) == 3 and records.year_list(staff, 2025).records == ()
    report = files.import_study(staff, path)
    assert len(report.added) == 3
    again = files.import_study(staff, path)
    assert (again.added, again.updated, len(again.unchanged)) == ([], [], 3)
    changed = [list(ROWS[0]), *ROWS[1:]]
    changed[0][6] = "週二3小時、週四4.5小時"
    update = files.import_study(staff, book(tmp_path / "t.xlsx", changed))
    assert update.changes == {"S001 部分辦公時間進修 2025-09-01": ["每週公假時數"]}

    out = tmp_path / "roster.xlsx"
    assert files.export_study(staff, 2025, out) == 3
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:10] == ("員工編號", "姓名", "單位", "進修類別", "學校", "系所", "起始日期",
                            "結束日期", "每週公假時數", "核准日期")  # fmt: skip
    assert rows[1][:10] == ("S004", "林志玲", "秘書室", "公餘進修", "國立空中大學", "公共行政學系",
                            "114/02/01", None, None, "114/01/20")  # fmt: skip
    assert rows[2][8] == "週二3小時、週四4.5小時"
    assert [r[-1] for r in rows[1:]] == ["否", "是", "是"]  # 占用名額


def test_a_file_cannot_approve_more_people_than_the_places(staff: Database, tmp_path: Path) -> None:
    third = [
        "S003",
        "部分辦公時間進修",
        "",
        "",
        "114/10/01",
        "114/12/31",
        "週三 8",
        "是",
        "114/09/01",
    ]
    nine = ["S004", "部分辦公時間進修", "", "", "113/10/01", "113/12/31", "週一4小時、週三5小時",
            "是", "113/09/01"]  # fmt: skip
    with pytest.raises(InputRefused) as refused:
        files.import_study(staff, book(tmp_path / "s.xlsx", [*ROWS, third, nine]))
    problems = [(p.row, p.column, p.message) for p in refused.value.problems]
    full = "114年部分辦公時間進修及全時進修名額 2 人已由王小明、李美華占用，無法再核准。"
    nine_hours = "每週公假時數合計 9 小時，超過每人每週 8 小時的上限，無法儲存。"
    assert problems == [(5, "核准日期", full), (6, "每週公假時數", nine_hours)]
    assert records.year_list(staff, 2025).records == ()  # all or nothing


def test_unreadable_rows_are_named(staff: Database, tmp_path: Path) -> None:
    rows = [
        ["S009", "部分辦公時間進修", "", "", "114/09/01", "", "週二4小時", "", ""],
        ["S001", "在職進修", "", "", "114/09/01", "", "", "", ""],
        ["S002", "全時進修", "", "", "114/09/01", "", "8", "也許", ""],
        ["S003", "全時進修", "", "", "114/09/01", "114/08/01", "", "", ""],
    ]
    with pytest.raises(InputRefused) as refused:
        files.import_study(staff, book(tmp_path / "s.xlsx", rows))
    found = [(p.row, p.column) for p in refused.value.problems]
    assert found == [(2, "員工編號"), (3, "進修類別"), (4, "每週公假時數"), (4, "與業務有關"),
                     (5, "結束日期")]  # fmt: skip


def test_the_template_is_offered(tmp_path: Path) -> None:
    assert "study" in templates.available()
    templates.write_template("study", tmp_path / "t.xlsx")
    header = next(load_workbook(tmp_path / "t.xlsx")["進修"].iter_rows(values_only=True))
    assert header[:9] == tuple(HEADER)
