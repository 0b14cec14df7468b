"""Staff import (SPEC §3.1 人員): all or nothing, idempotent, dry run, templates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from hrplanner.services.common.errors import InputRefused
from hrplanner.services.imports import templates
from hrplanner.services.imports.tabular import ColumnSpec, read_table, sheet_names
from hrplanner.services.staff import roster
from hrplanner.services.staff.importing import COLUMNS, import_staff
from hrplanner.services.staff.roster import StaffFilter
from hrplanner.services.training import class_import
from hrplanner.storage.database import Database
from hrplanner.storage.models import Employee, Unit

HEADER = ["員工編號", "姓名", "身分證字號", "性別", "出生日期", "單位", "職稱", "人員類別", "官等",
          "到職日期", "電子郵件", "用餐", "在職狀態"]  # fmt: skip
GOOD = [
    ["1001", "王小明", "A123456789", "男", "74/6/15", "人事處", "科員", "公務人員", "委任",
     dt.datetime(2015, 9, 1), "wang@example.gov.tw", "葷", "在職"],
    ["1002", "林淑芬", "F131104093", "女", "1980-02-29", "人事處", "專員", "公務人員", "薦任",
     "1050301", "", "素", ""],
    ["1003", "陳堃喆", "", "", "", "新設科", "約聘人員", "約聘僱人員", "", "", "", "", "離職"],
]  # fmt: skip


def write_xlsx(path: Path, rows: list[list[object]], sheet: str = "人員") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def employee_count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Employee)) or 0


def test_good_file_imports_everything(db: Database, tmp_path: Path) -> None:
    report = import_staff(db, write_xlsx(tmp_path / "s.xlsx", [HEADER, *GOOD]), dry_run=False)
    assert (report.added, report.updated, report.unchanged) == (["1001", "1002", "1003"], [], [])
    assert report.created == {"單位": ["人事處", "新設科"]}
    rows = {r.employee_no: r for r in roster.search(db, StaffFilter())}
    assert rows["1002"].hire_date == dt.date(2016, 3, 1)  # 1050301 is ROC
    assert rows["1002"].status == "在職"  # blank status defaults to 在職
    assert rows["1002"].meal == "素"
    assert rows["1003"].status == "離職" and rows["1003"].meal == "葷"
    assert rows["1003"].unit == "新設科" and rows["1003"].rank_group == ""
    first = roster.get(db, rows["1001"].id)
    assert (first.birth_date, first.hire_date) == (dt.date(1985, 6, 15), dt.date(2015, 9, 1))
    assert first.national_id == "A123456789"


def test_reimport_changes_nothing(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "s.xlsx", [HEADER, *GOOD])
    import_staff(db, path, dry_run=False)
    versions = {
        r.employee_no: roster.get(db, r.id).version for r in roster.search(db, StaffFilter())
    }
    report = import_staff(db, path, dry_run=False)
    assert (report.added, report.updated) == ([], [])
    assert report.unchanged == ["1001", "1002", "1003"]
    after = {r.employee_no: roster.get(db, r.id).version for r in roster.search(db, StaffFilter())}
    assert after == versions


def test_changed_rows_are_updated_and_blank_cells_keep_values(db: Database, tmp_path: Path) -> None:
    import_staff(db, write_xlsx(tmp_path / "a.xlsx", [HEADER, *GOOD]), dry_run=False)
    # A partial sheet in another order, with English headers: only what it fills changes.
    partial = [
        ["email", "employee_no", "name", "unit", "category", "title"],
        ["new@example.gov.tw", "1001", "王小明", "人事處", "公務人員", None],
        [None, "1002", "林淑芬", "人事處", "公務人員", "專員"],
    ]
    report = import_staff(db, write_xlsx(tmp_path / "b.xlsx", partial), dry_run=False)
    assert report.updated == ["1001"] and report.unchanged == ["1002"]
    assert report.changes == {"1001": ["電子郵件"]}
    first = roster.get(db, roster.search_ids(db, StaffFilter(text="1001"))[0])
    assert (first.email, first.title, first.national_id) == (
        "new@example.gov.tw",
        "科員",
        "A123456789",
    )
    assert first.version == 2


def test_bad_file_reports_every_problem_and_writes_nothing(db: Database, tmp_path: Path) -> None:
    rows = [
        HEADER,
        GOOD[0],
        ["1002", "林淑芬", "A123456788", "女", "", "人事處", "", "公務人員", "", "", "", "", ""],
        ["1003", "", "", "", "", "人事處", "", "公務人員", "", "", "", "", ""],
        ["1004", "陳怡君", "", "", "", "新單位", "", "外包人員", "", "", "", "", ""],
        ["1005", "黃建國", "", "", "", "人事處", "", "公務人員", "", "109/02/30", "", "", ""],
    ]
    path = write_xlsx(tmp_path / "bad.xlsx", rows)
    with pytest.raises(InputRefused) as info:
        import_staff(db, path, dry_run=False)
    found = [(p.sheet, p.row, p.column) for p in info.value.problems]
    assert found == [
        ("人員", 3, "身分證字號"),
        ("人員", 4, "姓名"),
        ("人員", 5, "人員類別"),
        ("人員", 6, "到職日期"),
    ]
    assert "外包人員" in info.value.problems[2].message
    assert "109/02/30" in info.value.problems[3].message
    assert employee_count(db) == 0
    with db.session() as s:
        assert s.scalar(select(Unit.id).filter_by(name="新單位")) is None


def test_duplicate_keys_in_file(db: Database, tmp_path: Path) -> None:
    rows = [HEADER, GOOD[0], GOOD[1], [*GOOD[0][:2], "", *GOOD[0][3:]]]
    with pytest.raises(InputRefused) as info:
        import_staff(db, write_xlsx(tmp_path / "d.xlsx", rows), dry_run=False)
    [problem] = info.value.problems
    assert (problem.row, problem.column) == (4, "員工編號")
    assert "第 2 列" in problem.message


def test_an_identity_number_held_by_another_employee_is_refused(
    db: Database, tmp_path: Path
) -> None:
    import_staff(db, write_xlsx(tmp_path / "a.xlsx", [HEADER, *GOOD]), dry_run=False)
    newcomer = ["1004", "陳怡君", "a123456789", "女", "", "人事處", "", "公務人員"]
    changed = [*GOOD[2][:2], "F131104093", *GOOD[2][3:]]
    rows = [HEADER, newcomer, changed]
    with pytest.raises(InputRefused) as info:
        import_staff(db, write_xlsx(tmp_path / "b.xlsx", rows), dry_run=True)
    found = [(p.sheet, p.row, p.column) for p in info.value.problems]
    assert found == [("人員", 2, "身分證字號"), ("人員", 3, "身分證字號")]
    assert "員工編號「1001」" in info.value.problems[0].message
    assert "員工編號「1002」" in info.value.problems[1].message
    assert all("A123456789" not in p.message for p in info.value.problems)  # R2: masked
    assert "A12****789" in info.value.problems[0].message
    assert employee_count(db) == 3


def test_two_people_may_swap_identity_numbers_in_one_file(db: Database, tmp_path: Path) -> None:
    import_staff(db, write_xlsx(tmp_path / "a.xlsx", [HEADER, *GOOD]), dry_run=False)
    swapped = [
        [*GOOD[0][:2], GOOD[1][2], *GOOD[0][3:]],
        [*GOOD[1][:2], GOOD[0][2], *GOOD[1][3:]],
    ]
    report = import_staff(db, write_xlsx(tmp_path / "b.xlsx", [HEADER, *swapped]), dry_run=False)
    assert report.updated == ["1001", "1002"]
    with db.session() as s:
        ids = {no: nid for no, nid in s.execute(select(Employee.employee_no, Employee.national_id))}
    assert (ids["1001"], ids["1002"]) == ("F131104093", "A123456789")


def test_dry_run_writes_nothing(db: Database, tmp_path: Path) -> None:
    report = import_staff(db, write_xlsx(tmp_path / "s.xlsx", [HEADER, *GOOD]), dry_run=True)
    assert report.added == ["1001", "1002", "1003"] and report.dry_run
    assert employee_count(db) == 0
    with db.session() as s:
        assert s.scalar(select(Unit.id).filter_by(name="新設科")) is None


def test_csv_and_first_sheet_of_any_name(db: Database, tmp_path: Path) -> None:
    def csv_text(rows: list[list[object]]) -> str:
        return "\r\n".join(",".join(str(c) for c in row) for row in rows) + "\r\n"

    big5 = tmp_path / "big5.csv"
    big5.write_bytes(csv_text([HEADER, GOOD[1]]).encode("cp950"))
    assert import_staff(db, big5, dry_run=False).added == ["1002"]
    # 堃 and 喆 are not in Big5: that one is UTF-8 with a BOM, as Excel saves it.
    utf8 = tmp_path / "utf8.csv"
    utf8.write_bytes(("\ufeff" + csv_text([HEADER, GOOD[2]])).encode())
    assert import_staff(db, utf8, dry_run=False).added == ["1003"]
    assert roster.search(db, StaffFilter(text="1003"))[0].name == "陳堃喆"
    xlsx = write_xlsx(tmp_path / "x.xlsx", [HEADER, GOOD[0]], sheet="工作表1")
    assert import_staff(db, xlsx, dry_run=False).added == ["1001"]


def test_template_round_trips(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "人員範本.xlsx"
    templates.write_template("staff", path)
    table = read_table(path, COLUMNS, sheet="人員")
    assert len(table.rows) == 1
    assert table.rows[0].get("出生日期") == "074/06/15"  # ROC text, as officers type it
    report = import_staff(db, path, dry_run=False)
    assert report.added == ["10001"]
    assert "staff" in templates.available()
    with pytest.raises(KeyError):
        templates.write_template("no-such-kind", tmp_path / "x.xlsx")


def test_templates_of_other_kinds_can_have_several_sheets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = ColumnSpec("班期代碼", "class_code", required=True, key=True)
    fake = templates.Template(
        sheets=(
            templates.SheetTemplate(
                "班期", (code, ColumnSpec("課程名稱", "title")), {"班期代碼": "113-001"}
            ),
            templates.SheetTemplate(
                "場次",
                (code, ColumnSpec("供餐", "meal_served")),
                {"班期代碼": "113-001", "供餐": "是"},
                choices={"供餐": ("是", "否")},
            ),
        ),
    )
    monkeypatch.setattr(class_import, "TEMPLATE", fake)
    path = tmp_path / "classes.xlsx"
    templates.write_template("classes", path)
    assert sheet_names(path) == ["班期", "場次"]
    rows = read_table(path, (code, ColumnSpec("供餐", "meal_served")), sheet="場次").rows
    assert rows[0].values == {"班期代碼": "113-001", "供餐": "是"}
