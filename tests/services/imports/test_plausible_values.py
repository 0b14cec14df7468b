"""Plausibility limits (``domain.plausibility``) applied alike by the imports and by the
window's saves, and the classes workbook that lacks its 場次 sheet (issue 9 item 5)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from hrplanner.services import catalogue
from hrplanner.services.common.errors import InputRefused
from hrplanner.services.hours import external
from hrplanner.services.hours.external import ExternalInput
from hrplanner.services.staff import roster, validation
from hrplanner.services.staff.roster import EmployeeData
from hrplanner.services.training import class_save
from hrplanner.services.training.classes import ClassInput, SessionInput
from hrplanner.storage.database import Database

D, T = dt.date, dt.time


def workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def refused(db: Database, kind: str, path: Path) -> str:
    found = catalogue.import_kind(kind)
    assert found is not None
    with pytest.raises(InputRefused) as info:
        found.run(db, path, catalogue.ImportRequest())
    return "\n".join(str(p) for p in info.value.problems)


def imported(db: Database, kind: str, path: Path) -> list[str]:
    found = catalogue.import_kind(kind)
    assert found is not None
    return list(found.run(db, path, catalogue.ImportRequest()).added)


CLASS_HEADERS = ["班期代碼", "課程名稱"]
SESSION_HEADERS = ["班期代碼", "場次", "日期", "開始時間", "結束時間", "時數", "學習類別"]


def test_a_session_cannot_carry_more_hours_than_its_time_span(
    sqlite_db: Database, tmp_path: Path
) -> None:
    for hours in (100_000, 4):
        path = workbook(
            tmp_path / f"c{hours}.xlsx",
            {
                "班期": [CLASS_HEADERS, ["115-001", "研習"]],
                "場次": [
                    SESSION_HEADERS,
                    ["115-001", 1, "115/03/05", "09:00", "12:00", hours, "環境教育"],
                ],
            },
        )
        text = refused(sqlite_db, "classes", path)
        assert "超過上課時間 09:00–12:00 的 3 小時" in text or "超過" in text
        assert "時數" in text
    with pytest.raises(InputRefused, match="09:00–12:00 的 3 小時"):
        class_save.save_class(
            sqlite_db,
            None,
            ClassInput("115-002", "研習"),
            [SessionInput(D(2026, 3, 5), "環境教育", T(9), T(12), minutes=240)],
        )
    # Three hours in three hours is fine, in the window and in a workbook.
    class_save.save_class(
        sqlite_db,
        None,
        ClassInput("115-003", "研習"),
        [SessionInput(D(2026, 3, 5), "環境教育", T(9), T(12), minutes=180)],
    )
    path = workbook(
        tmp_path / "ok.xlsx",
        {
            "班期": [CLASS_HEADERS, ["115-004", "研習"]],
            "場次": [SESSION_HEADERS, ["115-004", 1, "115/03/05", "09:00", "12:00", 3, "環境教育"]],
        },
    )
    assert imported(sqlite_db, "classes", path) == ["115-004", "115-004 第1場"]


def test_class_dates_within_their_window(sqlite_db: Database, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "c.xlsx",
        {
            "班期": [[*CLASS_HEADERS, "報名截止日"], ["115-001", "研習", "1900-01-01"]],
            "場次": [
                SESSION_HEADERS,
                ["115-001", 1, "9999-03-05", "09:00", "12:00", 3, "環境教育"],
            ],
        },
    )
    text = refused(sqlite_db, "classes", path)
    assert "報名截止日" in text and "日期 8088/03/05 不在合理範圍內" in text
    with pytest.raises(InputRefused, match="不在合理範圍內"):
        class_save.save_class(
            sqlite_db,
            None,
            ClassInput("115-002", "研習"),
            [SessionInput(D(9999, 3, 5), "環境教育", T(9), T(12))],
        )
    with pytest.raises(InputRefused, match="報名截止日"):
        class_save.save_class(
            sqlite_db,
            None,
            ClassInput("115-002", "研習", registration_deadline=D(1900, 1, 1)),
            [SessionInput(D(2026, 3, 5), "環境教育", T(9), T(12))],
        )


def test_a_classes_workbook_without_its_sessions_sheet(sqlite_db: Database, tmp_path: Path) -> None:
    path = workbook(tmp_path / "c.xlsx", {"班期": [CLASS_HEADERS, ["115-001", "研習"]]})
    text = refused(sqlite_db, "classes", path)
    assert "活頁簿沒有「場次」工作表" in text and "115-001" in text
    # Updating classes that exist needs no sessions.
    class_save.save_class(
        sqlite_db,
        None,
        ClassInput("115-001", "舊名"),
        [SessionInput(D(2026, 3, 5), "環境教育", T(9), T(12))],
    )
    found = catalogue.import_kind("classes")
    assert found is not None
    report = found.run(sqlite_db, path, catalogue.ImportRequest())
    assert report.updated == ["115-001"]


@pytest.fixture
def person(sqlite_db: Database) -> str:
    roster.create(
        sqlite_db,
        EmployeeData(employee_no="A001", name="王小明", unit="人事室", category="公務人員"),
    )
    return "A001"


def test_one_external_record_has_at_most_300_hours(
    sqlite_db: Database, person: str, tmp_path: Path
) -> None:
    headers = ["員工編號", "課程名稱", "日期", "時數"]
    path = workbook(
        tmp_path / "x.xlsx", {"外部時數": [headers, [person, "線上課程", "115/03/05", 100_000]]}
    )
    text = refused(sqlite_db, "external-hours", path)
    assert "超過上限 300 小時" in text
    path = workbook(
        tmp_path / "d.xlsx", {"外部時數": [headers, [person, "線上課程", "9999/03/05", 2]]}
    )
    assert "不在合理範圍內" in refused(sqlite_db, "external-hours", path)
    with pytest.raises(InputRefused, match="超過上限 300 小時"):
        external.add_external(
            sqlite_db, ExternalInput(person, "線上課程", D(2026, 3, 5), 100_000 * 60)
        )
    with pytest.raises(InputRefused, match="不在合理範圍內"):
        external.add_external(sqlite_db, ExternalInput(person, "線上課程", D(1990, 3, 5), 120))
    assert external.add_external(
        sqlite_db, ExternalInput(person, "線上課程", D(2026, 3, 5), 300 * 60)
    )


def test_staff_dates_within_their_windows(sqlite_db: Database, tmp_path: Path) -> None:
    headers = ["員工編號", "姓名", "單位", "人員類別", "出生日期", "到職日期", "離職日期"]
    path = workbook(
        tmp_path / "s.xlsx",
        {
            "人員": [
                headers,
                ["A001", "王小明", "人事室", "公務人員", "1900-01-01", "1901-01-01", "9999-01-01"],
            ]
        },
    )
    text = refused(sqlite_db, "staff", path)
    for column in ("出生日期", "到職日期", "離職日期"):
        assert f"{column} " in text and "不在合理範圍內" in text
    # The window's save checks the same (validation is shared).
    data = EmployeeData(
        employee_no="A002",
        name="李大華",
        unit="人事室",
        category="公務人員",
        birth_date=D(1900, 1, 1),
    )
    problems = validation.validate(data, today=D(2026, 12, 2))
    assert [p.column for p in problems] == ["出生日期"]
    with pytest.raises(InputRefused, match="不在合理範圍內"):
        roster.create(sqlite_db, data)
