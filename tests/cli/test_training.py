"""The training commands: import classes/enrollments/attendance, close-class, mark-registered."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from hrplanner import cli
from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.services.training import classes
from hrplanner.storage.database import Database
from hrplanner.storage.models import Employee, StaffCategory

from ..conftest import write_workbook


def book(path: Path, sheets: dict[str, list[list[object]]]) -> str:
    return str(write_workbook(path, sheets))


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    path = str(tmp_path / "cli.db")
    db = Database.open(path, user="tester")
    with db.session() as s:
        unit = get_or_create_unit(s, "人事室")
        cat = s.scalar(select(StaffCategory.id).filter_by(name="公務人員"))
        s.add_all(
            Employee(employee_no=no, name=f"員工{no}", unit_id=unit.id, category_id=cat)
            for no in ("2001", "2002")
        )
    db.close()
    return path


def test_training_workflow(
    db_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    classes_file = book(
        tmp_path / "c.xlsx",
        {
            "班期": [["班期代碼", "課程名稱", "名額"], ["115-001", "廉政研習", 10]],
            "場次": [
                ["班期代碼", "場次", "日期", "開始時間", "結束時間", "學習類別"],
                ["115-001", 1, "115/03/02", "09:00", "12:00", "廉政與服務倫理"],
            ],
        },
    )
    assert cli.run(["--db", db_path, "import", "classes", classes_file, "--dry-run"]) == 0
    assert "將新增 2 筆" in capsys.readouterr().out
    assert cli.run(["--db", db_path, "import", "classes", classes_file]) == 0
    enrollments = book(
        tmp_path / "e.xlsx",
        {"報名": [["班期代碼", "員工編號"], ["115-001", "2001"], ["115-001", "2002"]]},
    )
    assert cli.run(["--db", db_path, "import", "enrollments", enrollments]) == 0
    first = book(
        tmp_path / "a.xlsx",
        {
            "出席": [
                ["班期代碼", "員工編號", "場次", "出席狀態", "請假時數"],
                ["115-001", "2001", 1, "請假", 1],
            ]
        },
    )
    assert cli.run(["--db", db_path, "import", "attendance", first]) == 0
    capsys.readouterr()

    # 2002 has no record yet: refused, naming the person and the session.
    assert cli.run(["--db", db_path, "close-class", "115-001", "--date", "115/03/10"]) == 1
    err = capsys.readouterr().err
    assert "員工2002（2002）：第 1 場尚未登錄出席" in err

    bad = book(
        tmp_path / "bad.xlsx",
        {"出席": [["班期代碼", "員工編號", "場次", "出席狀態"], ["115-001", "2002", 2, "出席"]]},
    )
    assert cli.run(["--db", db_path, "import", "attendance", bad]) == 1
    assert "第 2 列" in capsys.readouterr().err

    rest = book(
        tmp_path / "b.xlsx",
        {"出席": [["班期代碼", "員工編號", "場次", "出席狀態"], ["115-001", "2002", 1, "缺課"]]},
    )
    assert cli.run(["--db", db_path, "import", "attendance", rest]) == 0
    assert cli.run(["--db", db_path, "close-class", "115-001", "--date", "115/03/10"]) == 0
    out = capsys.readouterr().out
    assert "班期 115-001 已於 115/03/10 結訓" in out
    assert "1 人取得學習時數，1 人未取得" in out
    assert "2002 員工2002：0 小時（未請假缺課）" in out
    assert "合計 2 小時" in out

    assert cli.run(["--db", db_path, "mark-registered", "115-001", "--date", "115/03/12"]) == 0
    assert "已於 115/03/12 登錄" in capsys.readouterr().out
    db = Database.open(db_path)
    try:
        detail = classes.open_class(db, "115-001")
        assert detail.summary.status == "已登錄時數"
        assert {e.employee_no: e.credit_minutes for e in detail.enrollees} == {
            "2001": 120,
            "2002": 0,
        }
    finally:
        db.close()


def test_usage_errors(db_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.run(["--db", db_path, "close-class", "999-999"]) == 2
    assert "找不到班期「999-999」" in capsys.readouterr().err
    assert cli.run(["--db", db_path, "mark-registered", "999-999", "--date", "115/13/01"]) == 2
    assert cli.run(["--db", db_path, "close-class"]) == 2


def test_templates(db_path: str, tmp_path: Path) -> None:
    for kind in ("classes", "enrollments", "attendance"):
        out = tmp_path / f"{kind}.xlsx"
        assert cli.run(["template", kind, "-o", str(out)]) == 0
        assert out.exists()
