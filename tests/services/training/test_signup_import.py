"""Online sign-up form import: unfamiliar headers mapped to the enrollment columns, people
matched by number or name (+ unit), every mismatch reported, nothing written on problems."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from hrplanner.services.common.errors import InputRefused
from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.services.imports import templates
from hrplanner.services.training import signup_import as si
from hrplanner.storage.database import Database
from hrplanner.storage.models import Employee, Enrollment, StaffCategory, TrainingClass

FORM_HEADERS = ["填表時間", "您的姓名", "服務單位", "員工代號", "用餐需求"]
FORM_MAPPING = {
    "填表時間": "報名時間",
    "您的姓名": "姓名",
    "服務單位": "單位",
    "員工代號": "員工編號",
    "用餐需求": "用餐",
}


def _person(s: Any, no: str, name: str, unit: str, status: str = "在職") -> Employee:
    emp = Employee(
        employee_no=no,
        name=name,
        unit_id=get_or_create_unit(s, unit).id,
        category_id=s.scalar(select(StaffCategory.id).filter_by(name="公務人員")),
        status=status,
        meal="葷",
    )
    s.add(emp)
    s.flush()
    return emp


@pytest.fixture
def setup(db: Database) -> Database:
    with db.session() as s:
        _person(s, "A001", "王小明", "人事室")
        _person(s, "A002", "李美華", "秘書室")
        _person(s, "A003", "陳大同", "人事室")
        _person(s, "A004", "陳大同", "會計室")  # same name, another unit
        _person(s, "A005", "林離職", "秘書室", status="離職")
        s.add(
            TrainingClass(
                code="115-001",
                title="環境教育研習",
                capacity=2,
                start_date=dt.date(2026, 12, 1),
                end_date=dt.date(2026, 12, 1),
            )
        )
    return db


def _sheet(path: Path, headers: list[str], rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "表單回應 1"
    ws.append(headers)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _enrollments(db: Database) -> list[tuple[str, str, str, dt.datetime]]:
    with db.session() as s:
        return [
            (no, status, meal, when)
            for no, status, meal, when in s.execute(
                select(
                    Employee.employee_no,
                    Enrollment.status,
                    Enrollment.meal,
                    Enrollment.registered_at,
                )
                .join(Employee, Employee.id == Enrollment.employee_id)
                .order_by(Enrollment.registered_at)
            )
        ]


def test_acceptance_unfamiliar_headers_duplicate_and_unknown(
    setup: Database, tmp_path: Path
) -> None:
    db = setup
    rows = [
        ["2026/11/02 09:00", "王小明", "人事室", None, "素食"],
        ["2026/11/01 08:30", None, None, "A002", "葷食"],
        ["2026/11/03 10:00", "王小明", "人事室", None, "葷"],  # the same person again
        ["2026/11/03 11:00", "張三", "人事室", None, None],  # nobody of that name
        ["2026/11/03 12:00", "陳大同", "會計室", None, "不需要"],
    ]
    path = _sheet(tmp_path / "報名.xlsx", FORM_HEADERS, rows)
    # Nothing maps by itself: every header is a form question.
    assert si.auto_mapping(si.read_raw(path).headers) == {}

    preview = si.preview(db, path, FORM_MAPPING, "115-001")
    assert [(p.row, p.column) for p in preview.problems] == [(4, "姓名"), (5, "姓名")]
    assert "與第 2 列重複" in preview.problems[0].message
    assert "找不到人事室的在職人員「張三」" in preview.problems[1].message
    assert [m.employee_no for m in preview.matched] == ["A001", "A002", "A004"]

    with pytest.raises(InputRefused) as refused:
        si.import_signup(db, path, FORM_MAPPING, "115-001")
    assert [p.row for p in refused.value.problems] == [4, 5]
    assert _enrollments(db) == []

    clean = _sheet(tmp_path / "報名2.xlsx", FORM_HEADERS, [rows[0], rows[1], rows[4]])
    report = si.import_signup(db, clean, FORM_MAPPING, "115-001")
    assert len(report.added) == 3
    # Capacity 2 by registration time: 李美華 (11/01), 王小明 (11/02) seated, 陳大同 waits.
    assert _enrollments(db) == [
        ("A002", "正取", "葷", dt.datetime(2026, 11, 1, 8, 30)),
        ("A001", "正取", "素", dt.datetime(2026, 11, 2, 9, 0)),
        ("A004", "備取", "不用餐", dt.datetime(2026, 11, 3, 12, 0)),
    ]
    # Importing the same sheet again: everyone is already enrolled, nothing changes.
    with pytest.raises(InputRefused) as again:
        si.import_signup(db, clean, FORM_MAPPING, "115-001")
    assert all("已報名班期「115-001」" in p.message for p in again.value.problems)
    assert len(_enrollments(db)) == 3


def test_mapping_remembered_per_header_set(setup: Database, tmp_path: Path) -> None:
    db = setup
    path = _sheet(tmp_path / "a.xlsx", FORM_HEADERS, [["", "王小明", "人事室", None, "葷"]])
    headers = si.read_raw(path).headers
    assert si.proposed_mapping(db, headers) == {}
    si.import_signup(db, path, FORM_MAPPING, "115-001")
    assert si.proposed_mapping(db, headers) == FORM_MAPPING
    # The same questions in another order are the same form.
    assert si.headers_key(list(reversed(headers))) == si.headers_key(headers)
    assert si.proposed_mapping(db, ["姓名", "其他問題"]) == {"姓名": "姓名"}


def test_standard_headers_and_aliases_map_themselves() -> None:
    mapping = si.auto_mapping(["班期代碼", "Employee_No", "姓名 ", "meal", "您的意見"])
    assert mapping == {
        "班期代碼": "班期代碼",
        "Employee_No": "員工編號",
        "姓名 ": "姓名",
        "meal": "用餐",
    }


def test_ambiguous_name_inactive_and_number_mismatch(setup: Database, tmp_path: Path) -> None:
    headers = ["班期代碼", "姓名", "單位", "員工編號", "主管同意", "職務代理人"]
    path = _sheet(
        tmp_path / "b.xlsx",
        headers,
        [
            ["115-001", "陳大同", None, None, "同意", None],  # two active 陳大同
            ["115-001", "林離職", None, None, None, None],  # left: not an active person
            ["115-001", "李美華", None, "A001", None, None],  # A001 is 王小明
            ["999-999", "王小明", None, None, None, None],  # no such class
            ["115-001", "陳大同", "人事室", None, "是", "李美華"],  # fine: deputy by name
        ],
    )
    preview = si.preview(setup, path, si.auto_mapping(headers))
    messages = {p.row: p.message for p in preview.problems}
    assert set(messages) == {2, 3, 4, 5}
    assert "有 2 位在職人員名為「陳大同」" in messages[2]
    assert "找不到在職人員「林離職」" in messages[3]
    assert "與姓名「李美華」不符" in messages[4]
    assert "找不到班期「999-999」" in messages[5]
    (row,) = preview.matched
    assert (row.employee_no, row.approved, row.deputy_no) == ("A003", True, "A002")


def test_mapping_problems_are_refused_before_reading_rows(setup: Database, tmp_path: Path) -> None:
    path = _sheet(tmp_path / "c.xlsx", FORM_HEADERS, [["", "王小明", "人事室", None, None]])
    preview = si.preview(setup, path, {"服務單位": "單位"})
    texts = [p.message for p in preview.problems]
    assert any("員工編號」、「身分證字號」或「姓名" in t for t in texts)
    assert any("請選擇班期" in t for t in texts)
    twice = si.preview(setup, path, {"您的姓名": "姓名", "服務單位": "姓名"}, "115-001")
    assert any("都對應到「姓名」" in p.message for p in twice.problems)
    assert si.parse_map_option("您的姓名=姓名，服務單位=單位") == {
        "您的姓名": "姓名",
        "服務單位": "單位",
    }
    with pytest.raises(ValueError):
        si.parse_map_option("您的姓名")


def test_templates_cover_every_import_kind(tmp_path: Path) -> None:
    kinds = templates.available()
    for kind in (
        "staff",
        "classes",
        "enrollments",
        "attendance",
        "external-hours",
        "calendar",
        "signup",
    ):
        assert kind in kinds
    out = tmp_path / "calendar.xlsx"
    templates.write_template("calendar", out)
    ws = load_workbook(out).active
    assert [c.value for c in ws[1]] == ["西元日期", "星期", "是否放假", "備註"]
