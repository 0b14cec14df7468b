"""External learning records: by hand (validation) and the 外部時數 import (all or nothing,
re-import changes nothing, dry run writes nothing)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from hrplanner import i18n
from hrplanner.services.common.errors import InputRefused, NotFound
from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.services.hours import external, ledger
from hrplanner.services.imports import templates
from hrplanner.storage.database import Database
from hrplanner.storage.models import Employee, ExternalRecord, StaffCategory

HEADER = ["員工編號", "課程名稱", "日期", "時數", "學習類別", "學習性質", "來源"]


@pytest.fixture
def staff(db: Database) -> Database:
    with db.session() as s:
        cat = s.scalar(select(StaffCategory.id).filter_by(name="公務人員"))
        unit = get_or_create_unit(s, "人事室").id
        for no, name in (("E001", "陳一"), ("E002", "林二")):
            s.add(Employee(employee_no=no, name=name, unit_id=unit, category_id=cat))
    return db


def _count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(ExternalRecord)) or 0


def _workbook(path: Path, rows: list[list[object]], header: list[str] = HEADER) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "外部時數"
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_add_edit_delete(staff: Database) -> None:
    data = external.ExternalInput("E001", "性別主流化導論", dt.date(2020, 5, 20), 90, "性別主流化")
    view = external.add_external(staff, data)
    assert (view.employee_no, view.name, view.minutes, view.topic, view.mode) == (
        "E001",
        "陳一",
        90,
        "性別主流化",
        "數位",
    )
    changed = external.update_external(
        staff, view.id, external.ExternalInput("E001", "性別主流化導論", dt.date(2020, 5, 20), 120)
    )
    assert changed.minutes == 120 and changed.topic == "一般"
    assert [v.id for v in external.list_external(staff, year=2020)] == [view.id]
    assert external.list_external(staff, year=2021) == []
    external.delete_external(staff, view.id)
    assert _count(staff) == 0
    with pytest.raises(NotFound):
        external.delete_external(staff, view.id)


def test_add_refuses_bad_input_with_every_problem(staff: Database) -> None:
    bad = external.ExternalInput("X999", " ", dt.date(2020, 1, 1), 0, "火星學", "函授")
    with pytest.raises(InputRefused) as exc:
        external.add_external(staff, bad)
    columns = {p.column for p in exc.value.problems}
    assert columns == {"員工編號", "課程名稱", "時數", "學習類別", "學習性質"}
    assert _count(staff) == 0


def test_add_refuses_duplicate(staff: Database) -> None:
    data = external.ExternalInput("E001", "公文寫作", dt.date(2020, 5, 20), 60)
    external.add_external(staff, data)
    with pytest.raises(InputRefused, match="已有"):
        external.add_external(staff, data)


def test_import_then_reimport(staff: Database, tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "ext.xlsx",
        [
            ["E001", "環境教育數位課程", "109/12/31", 2, "環境教育", "數位", "e等公務園+"],
            ["Ｅ００２", "人權大步走", "2021-01-01", "1.5", None, None, None],
        ],
    )
    dry = external.import_external(staff, path, dry_run=True)
    assert len(dry.added) == 2 and _count(staff) == 0
    report = external.import_external(staff, path)
    assert len(report.added) == 2 and _count(staff) == 2
    again = external.import_external(staff, path)
    assert (len(again.added), len(again.updated), len(again.unchanged)) == (0, 0, 2)
    # The records land in the year of their date: 109 and 110.
    ledger_2020 = {r.employee_no: r for r in ledger.year_ledger(staff, 2020)}
    assert ledger_2020["E001"].group_minutes["環境教育"] == 120
    assert ledger_2020["E002"].total_minutes == 0
    e2 = external.list_external(staff, year=2021)
    assert [(v.employee_no, v.minutes, v.topic, v.mode) for v in e2] == [
        ("E002", 90, "一般", "數位")
    ]


def test_import_update_reports_changed_columns(staff: Database, tmp_path: Path) -> None:
    row = ["E001", "公文寫作", "109/03/05", 3, "業務相關", "實體", "研習中心"]
    external.import_external(staff, _workbook(tmp_path / "a.xlsx", [row]))
    row[3] = 4
    report = external.import_external(staff, _workbook(tmp_path / "b.xlsx", [row]))
    assert report.updated and list(report.changes.values()) == [["時數"]]
    assert external.list_external(staff)[0].minutes == 240


def test_import_all_or_nothing(staff: Database, tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "bad.xlsx",
        [
            ["E001", "好的一列", "109/01/02", 1, "一般", None, None],
            ["E404", "找不到人", "109/01/02", 1, None, None, None],
            ["E001", "日期錯", "109/13/40", 1, None, None, None],
            ["E001", "時數錯", "109/01/02", "abc", None, "函授", None],
            ["E001", "好的一列", "2020/1/2", 2, None, None, None],
        ],
    )
    with pytest.raises(InputRefused) as exc:
        external.import_external(staff, path)
    where = {(p.row, p.column) for p in exc.value.problems}
    assert {(3, "員工編號"), (4, "日期"), (5, "時數"), (5, "學習性質"), (6, "課程名稱")} <= where
    assert all(p.sheet == "外部時數" for p in exc.value.problems)
    assert _count(staff) == 0


def test_import_problems_in_english(staff: Database, tmp_path: Path) -> None:
    path = _workbook(
        tmp_path / "bad.xlsx",
        [
            ["E001", "好的一列", "109/01/02", 1, "一般", None, None],
            ["E404", "找不到人", "109/01/02", 1, None, None, None],
            ["E001", "日期錯", "109/13/40", 1, None, None, None],
            ["E001", "時數錯", "109/01/02", "abc", "火星學", None, None],
            ["E001", "好的一列", "2020/1/2", 2, None, None, None],
        ],
    )
    i18n.set_language("en")
    try:
        with pytest.raises(InputRefused) as exc:
            external.import_external(staff, path)
    finally:
        i18n.set_language("zh_TW")
    # The column names are the file's (Chinese, SPEC §3.1); what is wrong is English.
    messages = {(p.row, p.column): p.message for p in exc.value.problems}
    assert messages[(3, "員工編號")] == 'Employee number "E404" not found'
    assert messages[(4, "日期")] == (
        'Unrecognised date "109/13/40": month 13 is not between 1 and 12'
    )
    assert messages[(5, "時數")] == (
        'Unrecognised hours "abc": it must be a number of hours, such as 1.5 or 3'
    )
    assert messages[(5, "學習類別")] == 'The learning topic "火星學" does not exist'
    assert messages[(6, "課程名稱")] == "Same as row 2 (same person, course and date)"
    assert _count(staff) == 0


def test_add_refuses_bad_input_in_english(staff: Database) -> None:
    bad = external.ExternalInput("X999", "x" * 201, dt.date(2020, 1, 1), 0, "一般", "函授")
    i18n.set_language("en")
    try:
        with pytest.raises(InputRefused) as exc:
            external.add_external(staff, bad)
    finally:
        i18n.set_language("zh_TW")
    assert [p.message for p in exc.value.problems] == [
        'Employee number "X999" not found',
        "The course title cannot be longer than 200 characters",
        "Hours must be more than 0",
        'The delivery mode "函授" must be one of 實體、數位、混成',
    ]


def test_import_missing_required_column(staff: Database, tmp_path: Path) -> None:
    path = _workbook(tmp_path / "nohours.xlsx", [["E001", "x", "109/01/02"]], HEADER[:3])
    with pytest.raises(InputRefused, match="時數"):
        external.import_external(staff, path)


def test_template_registered_and_importable(staff: Database, tmp_path: Path) -> None:
    assert "external-hours" in templates.available()
    out = tmp_path / "tpl.xlsx"
    templates.write_template("external-hours", out)
    wb = load_workbook(out)
    assert [c.value for c in wb["外部時數"][1]] == [*HEADER, "姓名"]
    wb.close()


def test_import_checks_a_given_name_with_separators_folded(staff: Database, tmp_path: Path) -> None:
    with staff.session() as s:
        s.scalars(select(Employee).filter_by(employee_no="E002")).one().name = "瓦歷斯·諾幹"
    header = [*HEADER, "姓名"]
    good = [["E002", "數位課程", "109/05/20", 2, None, None, None, "瓦歷斯‧諾幹"]]
    report = external.import_external(staff, _workbook(tmp_path / "a.xlsx", good, header))
    assert len(report.added) == 1
    wrong = [["E001", "數位課程", "109/05/20", 2, None, None, None, "林二"]]
    with pytest.raises(InputRefused) as refused:
        external.import_external(staff, _workbook(tmp_path / "b.xlsx", wrong, header))
    [problem] = refused.value.problems
    assert problem.column == "姓名" and "與姓名「林二」不符" in problem.message
