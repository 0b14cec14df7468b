"""The study programmes from the command line (issue 13's done-when): a budgeted headcount
of 25 set through ``settings`` gives two places; two approvals fill them, a third is refused
naming both holders, a 9-hour week is refused, 公餘進修 still goes in, and ``export study``
lists the year's records."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from hrplanner import cli
from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.storage.database import Database
from hrplanner.storage.models import Employee, StaffCategory

from ..conftest import write_workbook

HEADER = [
    "員工編號",
    "進修類別",
    "學校",
    "系所",
    "起始日期",
    "結束日期",
    "每週公假時數",
    "核准日期",
]


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    path = str(tmp_path / "cli.db")
    db = Database.open(path, user="tester")
    with db.session() as s:
        unit = get_or_create_unit(s, "人事室")
        category = s.scalar(select(StaffCategory.id).filter_by(name="公務人員"))
        for number, name in (("3001", "王小明"), ("3002", "李美華"), ("3003", "陳大同"),
                             ("3004", "林志玲")):  # fmt: skip
            s.add(Employee(employee_no=number, name=name, unit_id=unit.id, category_id=category))
    db.close()
    return path


def study_file(path: Path, *rows: list[object]) -> str:
    return str(write_workbook(path, {"進修": [HEADER, *rows]}))


def test_the_quota_the_week_and_the_roster(
    db_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = lambda *a: cli.run(["--db", db_path, *a])  # noqa: E731
    assert run("settings", "agency.budgeted_headcount", "25") == 0
    two = study_file(
        tmp_path / "two.xlsx",
        ["3001", "部分辦公時間進修", "國立清華大學", "公共政策研究所", "114/09/01", "115/06/30",
         "週二4小時、週四4小時", "114/07/01"],
        ["3002", "全時進修", "國立政治大學", "行政管理碩士學程", "114/09/15", "115/06/30", None,
         "114/07/10"],
    )  # fmt: skip
    assert run("import", "study", two) == 0
    assert "新增 2 筆" in capsys.readouterr().out

    third = study_file(
        tmp_path / "third.xlsx",
        ["3003", "部分辦公時間進修", "國立中央大學", "資訊管理學系", "114/10/01", "114/12/31",
         "週三4小時", "114/09/20"],
    )  # fmt: skip
    assert run("import", "study", third) == 1
    err = capsys.readouterr().err
    assert "114年部分辦公時間進修及全時進修名額 2 人已由王小明、李美華占用，無法再核准" in err

    nine = study_file(
        tmp_path / "nine.xlsx",
        ["3003", "部分辦公時間進修", "國立中央大學", "資訊管理學系", "114/10/01", "114/12/31",
         "週一4小時、週三5小時", None],
    )  # fmt: skip
    assert run("import", "study", nine) == 1
    assert "每週公假時數合計 9 小時，超過每人每週 8 小時的上限" in capsys.readouterr().err

    off_hours = study_file(
        tmp_path / "off.xlsx",
        ["3004", "公餘進修", "國立空中大學", "公共行政學系", "114/02/01", "114/12/31", None,
         "114/01/20"],
    )  # fmt: skip
    assert run("import", "study", off_hours) == 0

    out = tmp_path / "roster.xlsx"
    assert run("export", "study", "-o", str(out), "--year", "114") == 0
    assert "已匯出 114 年度進修名冊（3 筆）" in capsys.readouterr().out
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert [(r[0], r[1], r[3]) for r in rows[1:]] == [
        ("3004", "林志玲", "公餘進修"),
        ("3001", "王小明", "部分辦公時間進修"),
        ("3002", "李美華", "全時進修"),
    ]
    assert rows[2][8] == "週二4小時、週四4小時"
