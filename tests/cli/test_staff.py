"""``hrplanner demo``, ``import staff`` and ``template staff``, run in-process: exit codes
0 (done), 1 (input refused, every problem printed) and 2 (usage error)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from hrplanner import cli
from hrplanner.services.demo import agency
from hrplanner.services.staff import roster
from hrplanner.storage.database import Database

HEADER = ["員工編號", "姓名", "身分證字號", "單位", "人員類別"]


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def count(db_path: Path) -> int:
    db = Database.open(str(db_path))
    try:
        return roster.count(db)
    finally:
        db.close()


def test_demo_then_refused_on_second_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(agency, "GENERATORS", ())
    target = str(tmp_path / "hr.db")
    assert cli.run(["--db", target, "demo", "--size", "small", "--seed", "2"]) == 0
    assert "人員 60 人" in capsys.readouterr().out
    assert cli.run(["--db", target, "demo"]) == 1
    assert "空的資料庫" in capsys.readouterr().err
    assert cli.run(["--db", target, "demo", "--size", "huge"]) == 2


def test_import_good_file_dry_run_then_for_real(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "hr.db"
    assert cli.run(["--db", str(target), "init"]) == 0  # only init creates one
    path = write_xlsx(
        tmp_path / "s.xlsx",
        [
            HEADER,
            ["1001", "王小明", "A123456789", "人事處", "公務人員"],
            ["1002", "林淑芬", "", "人事處", "教師"],
        ],
    )
    assert cli.run(["--db", str(target), "import", "staff", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "將新增 2 筆" in out and "未寫入" in out
    assert count(target) == 0
    assert cli.run(["--db", str(target), "import", "staff", str(path)]) == 0
    assert "新增 2 筆、更新 0 筆、未變更 0 筆" in capsys.readouterr().out
    assert count(target) == 2
    assert cli.run(["--db", str(target), "import", "staff", str(path)]) == 0
    assert "新增 0 筆、更新 0 筆、未變更 2 筆" in capsys.readouterr().out


def test_import_bad_file_prints_every_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "hr.db"
    assert cli.run(["--db", str(target), "init"]) == 0  # only init creates one
    path = write_xlsx(
        tmp_path / "bad.xlsx",
        [
            HEADER,
            ["1001", "", "A123456788", "人事處", "公務人員"],
            ["1002", "李四", "", "", "工讀生"],
        ],
    )
    assert cli.run(["--db", str(target), "import", "staff", str(path)]) == 1
    err = capsys.readouterr().err
    assert "共 4 個問題" in err
    for where in (
        "第 2 列 欄「姓名」",
        "第 2 列 欄「身分證字號」",
        "第 3 列 欄「單位」",
        "第 3 列 欄「人員類別」",
    ):
        assert where in err
    assert count(target) == 0


def test_import_missing_column_and_file_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = str(tmp_path / "hr.db")
    assert cli.run(["--db", str(target), "init"]) == 0  # only init creates one
    path = write_xlsx(tmp_path / "s.xlsx", [["員工編號", "姓名"], ["1", "甲"]])
    assert cli.run(["--db", target, "import", "staff", str(path)]) == 1
    assert "缺少必要欄位「單位」" in capsys.readouterr().err
    assert cli.run(["--db", target, "import", "staff", str(tmp_path / "none.xlsx")]) == 1


def test_usage_errors(tmp_path: Path) -> None:
    target = str(tmp_path / "hr.db")
    path = write_xlsx(tmp_path / "s.xlsx", [HEADER])
    assert cli.run(["--db", target, "import", "payroll", str(path)]) == 2
    assert cli.run(["--db", target, "import", "staff"]) == 2
    assert cli.run(["--db", target, "template", "payroll", "-o", str(tmp_path / "t.xlsx")]) == 2
    assert cli.run(["--db", target, "template", "staff"]) == 2
    assert cli.run(["--db", target, "template", "staff", "-o", str(tmp_path / "t.pdf")]) == 2


def test_template_staff(tmp_path: Path) -> None:
    out = tmp_path / "人員範本.xlsx"
    assert cli.run(["template", "staff", "-o", str(out)]) == 0
    ws = load_workbook(out)["人員"]
    header = [c.value for c in ws[1]]
    assert header[:3] == ["員工編號", "姓名", "身分證字號"] and "在職狀態" in header
    assert ws.max_row == 2 and ws["B2"].value == "王小明"


def test_import_staff_with_the_edhr_preset_and_map(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = str(tmp_path / "hr.db")
    assert cli.run(["--db", target, "init"]) == 0
    edhr = tmp_path / "edhr.csv"
    edhr.write_bytes(
        "身分識別碼,姓名,性別,出生年月日,服務單位,職務名稱,服務身分別,聘任類別,本校到職日期\n"
        "A123456789,高潞．以用．巴魕剌,2,0650312,教務處,教師,教師,專任,1050801\n".encode("cp950")
    )
    assert cli.run(["--db", target, "import", "staff", str(edhr), "--preset", "edhr"]) == 0
    out = capsys.readouterr().out
    assert "新增 1 筆" in out and "T0001" in out
    # Again: nothing changes.
    assert cli.run(["--db", target, "import", "staff", str(edhr), "--preset", "edhr"]) == 0
    assert "新增 0 筆、更新 0 筆、未變更 1 筆" in capsys.readouterr().out
    webhr = tmp_path / "webhr.csv"
    webhr.write_text(
        "代號,中文姓名,現職單位,身分類別\nH1,林淑芬,人事室,公務人員\n", encoding="utf-8"
    )
    mapping = "代號=員工編號,中文姓名=姓名,現職單位=單位,身分類別=人員類別"
    assert cli.run(["--db", target, "import", "staff", str(webhr), "--map", mapping]) == 0
    assert count(tmp_path / "hr.db") == 2
    assert cli.run(["--db", target, "import", "staff", str(webhr), "--map", "代號"]) == 2
