"""Imports of classes (班期 + 場次), enrollments (報名) and attendance (出席)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hrplanner.services.common.errors import InputRefused
from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.services.imports import templates
from hrplanner.services.training import classes, closing
from hrplanner.services.training.class_import import import_classes, parse_leave_limit
from hrplanner.services.training.enrollment_import import (
    import_attendance,
    import_enrollments,
    parse_datetime,
)
from hrplanner.storage.database import Database
from hrplanner.storage.models import Attendance, ChangeLog, Employee, Enrollment, StaffCategory
from hrplanner.storage.models import TrainingClass as TC

from ...conftest import write_workbook

D = dt.date
Rows = list[list[object]]


def make_staff(db: Database, numbers: list[str], inactive: tuple[str, ...] = ()) -> None:
    with db.session() as s:
        unit = get_or_create_unit(s, "秘書室")
        cat = s.scalar(select(StaffCategory.id).filter_by(name="公務人員"))
        s.add_all(
            Employee(
                employee_no=no,
                name=f"姓名{no}",
                unit_id=unit.id,
                category_id=cat,
                meal="素",
                status="離職" if no in inactive else "在職",
            )
            for no in numbers
        )


CLASS_ROWS: Rows = [
    [
        "班期代碼",
        "課程名稱",
        "類別",
        "辦理方式",
        "學習性質",
        "名額",
        "報名截止日",
        "請假上限",
        "地點",
    ],
    ["115-001", "環境教育研習", "政策推播力", "自辦", "實體", 2, "115/02/20", "1/3", "大禮堂"],
    ["115-002", "人權講座", None, None, None, None, None, "四分之一", None],
]
SESSION_ROWS: Rows = [
    ["class_code", "session_no", "date", "start", "end", "hours", "topic", "meal_served"],
    ["115-001", 1, "115/03/02", "09:00", "12:00", None, "環境教育", "是"],
    ["115-001", 2, "1150303", "13:00", "16:00", 2.5, "性別主流化", "否"],
    ["115-002", 1, "2026-04-01", "09:00", "11:00", None, "人權教育", None],
]


def load_classes(db: Database, tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "classes.xlsx", {"班期": CLASS_ROWS, "場次": SESSION_ROWS})
    import_classes(db, path)


def test_classes_import_and_reimport(db: Database, tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "classes.xlsx", {"班期": CLASS_ROWS, "場次": SESSION_ROWS})
    dry = import_classes(db, path, dry_run=True)
    assert dry.added == ["115-001", "115-002", "115-001 第1場", "115-001 第2場", "115-002 第1場"]
    assert classes.list_classes(db, None, D(2026, 1, 1)) == []
    import_classes(db, path)
    first = classes.open_class(db, "115-001")
    assert first.summary.capacity == 2 and first.location == "大禮堂"
    assert first.summary.category == "政策推播力"
    assert [(v.minutes, v.topic, v.meal_served) for v in first.sessions] == [
        (180, "環境教育", True),
        (150, "性別主流化", False),
    ]
    assert (first.summary.start_date, first.summary.end_date) == (D(2026, 3, 2), D(2026, 3, 3))
    second = classes.open_class(db, "115-002")
    assert str(second.leave_limit) == "1/4" and second.summary.organizing == "自辦"
    again = import_classes(db, path)
    assert again.added == [] and again.updated == [] and len(again.unchanged) == 5
    # Change one session's date: the class's end date follows; blank cells keep values.
    rows = [SESSION_ROWS[0], ["115-001", 2, "115/03/09", None, None, None, None, None]]
    changed = import_classes(db, write_workbook(tmp_path / "s.xlsx", {"場次": rows}))
    assert changed.updated == ["115-001 第2場"] and changed.changes["115-001 第2場"] == ["日期"]
    assert classes.open_class(db, "115-001").summary.end_date == D(2026, 3, 9)
    assert classes.open_class(db, "115-001").sessions[1].minutes == 150


def test_classes_import_problems(db: Database, tmp_path: Path) -> None:
    rows: Rows = [
        CLASS_ROWS[0],
        ["115-001", "甲", "不存在的類別", "外包", "實體", -1, "115/02/30", "2/1", None],
        ["115-001", "重複", None, None, None, None, None, None, None],
        ["115-003", None, None, None, None, None, None, None, None],
    ]
    sessions: Rows = [
        SESSION_ROWS[0],
        ["115-001", 1, "115/03/02", "12:00", "09:00", None, "環境教育", "也許"],
        ["115-009", 1, "115/03/02", "09:00", "12:00", None, "環境教育", None],
        ["115-001", 2, "115/03/02", "25:00", None, None, "天文學", None],
    ]
    with pytest.raises(InputRefused) as err:
        import_classes(db, write_workbook(tmp_path / "bad.xlsx", {"班期": rows, "場次": sessions}))
    found = {(p.sheet, p.row, p.column) for p in err.value.problems}
    assert {
        ("班期", 2, "類別"),
        ("班期", 2, "辦理方式"),
        ("班期", 2, "名額"),
        ("班期", 2, "報名截止日"),
        ("班期", 2, "請假上限"),
        ("班期", 3, "班期代碼"),
        ("班期", 4, "課程名稱"),
        ("場次", 2, "結束時間"),
        ("場次", 2, "供餐"),
        ("場次", 3, "班期代碼"),
        ("場次", 4, "開始時間"),
        ("場次", 4, "學習類別"),
    } <= found
    assert classes.list_classes(db, None, D(2026, 1, 1)) == []


def test_enrollment_import_assigns_status_by_registration(db: Database, tmp_path: Path) -> None:
    load_classes(db, tmp_path)
    make_staff(db, ["1001", "1002", "1003", "1004"])
    rows: Rows = [
        ["班期代碼", "員工編號", "報名時間", "狀態", "用餐", "職務代理人", "主管同意"],
        ["115-001", "1003", "115/02/01 10:00", None, None, None, None],
        ["115-001", "1001", "115/02/01 09:00", None, "葷", "1002", "是"],
        ["115-001", "1002", "115/02/01 11:00", None, None, None, "否"],
        ["115-001", 1004, dt.datetime(2026, 2, 1, 8), "備取", None, None, None],
    ]
    path = write_workbook(tmp_path / "enr.xlsx", {"報名": rows})
    assert import_enrollments(db, path, dry_run=True).added == [
        "115-001 1003",
        "115-001 1001",
        "115-001 1002",
        "115-001 1004",
    ]
    import_enrollments(db, path)
    people = {e.employee_no: e for e in classes.open_class(db, "115-001").enrollees}
    assert {n: p.status for n, p in people.items()} == {
        "1001": "正取",
        "1003": "正取",
        "1002": "備取",
        "1004": "備取",
    }
    assert people["1001"].meal == "葷" and people["1003"].meal == "素"  # default: staff record
    assert people["1001"].deputy_name == "姓名1002" and people["1001"].approved
    assert people["1002"].waitlist_no == 2  # 1004 registered earlier
    again = import_enrollments(db, path)
    assert again.added == [] and again.updated == [] and len(again.unchanged) == 4


def test_enrollment_import_problems(db: Database, tmp_path: Path) -> None:
    load_classes(db, tmp_path)
    make_staff(db, ["1001", "1002"], inactive=("1002",))
    rows: Rows = [
        ["class_code", "employee_no", "registered_at", "status", "meal", "deputy", "approved"],
        ["115-999", "1001", None, None, None, None, None],
        ["115-001", "9999", None, None, None, None, None],
        ["115-001", "1002", None, None, None, None, None],
        ["115-001", "1001", "昨天", "候補", "全素", "1001", "或許"],
        ["115-002", "1001", None, None, None, "1002", None],
        ["115-002", "1001", None, None, None, None, None],
    ]
    with pytest.raises(InputRefused) as err:
        import_enrollments(db, write_workbook(tmp_path / "bad.xlsx", {"報名": rows}))
    found = {(p.row, p.column) for p in err.value.problems}
    assert {
        (2, "班期代碼"),
        (3, "員工編號"),
        (4, "員工編號"),
        (5, "報名時間"),
        (5, "狀態"),
        (5, "用餐"),
        (5, "職務代理人"),
        (5, "主管同意"),
        (6, "職務代理人"),
        (7, "員工編號"),
    } <= found
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Enrollment)) == 0


def attendance_setup(db: Database, tmp_path: Path) -> None:
    load_classes(db, tmp_path)
    make_staff(db, ["1001", "1002", "1003"])
    rows: Rows = [["班期代碼", "員工編號", "報名時間"]] + [
        ["115-001", no, f"115/02/01 0{i}:00"] for i, no in enumerate(["1001", "1002", "1003"], 1)
    ]
    import_enrollments(db, write_workbook(tmp_path / "enr.xlsx", {"報名": rows}))


HEAD = ["班期代碼", "員工編號", "場次", "出席狀態", "請假時數"]


def test_malformed_attendance_file_is_refused_whole(db: Database, tmp_path: Path) -> None:
    attendance_setup(db, tmp_path)  # 1001, 1002 正取; 1003 備取
    rows: Rows = [
        HEAD,
        ["115-001", "1001", 1, "出席", None],  # valid, but nothing is written
        ["115-001", "8888", 1, "出席", None],  # unknown person
        ["115-001", "1001", 3, "出席", None],  # no session 3
        ["115-001", "1002", 1, "請假", 3.5],  # longer than the 3-hour session
        ["115-001", "1003", 1, "出席", None],  # waitlisted
    ]
    with pytest.raises(InputRefused) as err:
        import_attendance(db, write_workbook(tmp_path / "att.xlsx", {"出席": rows}))
    problems = [(p.sheet, p.row, p.column) for p in err.value.problems]
    assert problems == [
        ("出席", 3, "員工編號"),
        ("出席", 4, "場次"),
        ("出席", 5, "請假時數"),
        ("出席", 6, "員工編號"),
    ]
    messages = [p.message for p in err.value.problems]
    assert "8888" in messages[0] and "第 3 場" in messages[1]
    assert "不可超過該場次時數" in messages[2] and "備取" in messages[3]
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Attendance)) == 0


def test_attendance_import_then_close(db: Database, tmp_path: Path) -> None:
    attendance_setup(db, tmp_path)
    rows: Rows = [HEAD] + [
        ["115-001", no, n, status, leave]
        for no, n, status, leave in [
            ("1001", 1, "出席", None),
            ("1001", 2, "請假", "1.5"),
            ("1002", 1, "請假", None),
            ("1002", 2, "出席", None),
        ]
    ]
    path = write_workbook(tmp_path / "att.xlsx", {"出席": rows})
    assert len(import_attendance(db, path).added) == 4
    assert len(import_attendance(db, path).unchanged) == 4
    closing.close_class(db, "115-001", D(2026, 3, 10))
    credit = {
        e.employee_no: (e.credit_minutes, e.credit_reason)
        for e in classes.open_class(db, "115-001").enrollees
    }
    assert credit["1001"] == (240, None)  # 5.5 h − 1.5 h leave (1.5 h ≤ 1/3 of 5.5 h)
    assert credit["1002"] == (0, "請假逾三分之一")  # 3 h of 5.5 h
    # A closed class refuses changed rows; after reopening they are logged.
    rows[1][3] = "缺課"
    path = write_workbook(tmp_path / "att2.xlsx", {"出席": rows})
    with pytest.raises(InputRefused, match="已結訓"):
        import_attendance(db, path)
    closing.reopen_class(db, "115-001")
    assert import_attendance(db, path).updated == ["115-001 1001 第1場"]
    with db.session() as s:
        log = s.scalars(select(ChangeLog).where(ChangeLog.entity == "attendance")).one()
        assert (log.field, log.old, log.new) == ("第 1 場出席", "出席", "缺課")


def test_value_parsers_and_templates(tmp_path: Path) -> None:
    assert parse_leave_limit("1/3") == parse_leave_limit("三分之一")
    assert str(parse_leave_limit("25%")) == "1/4"
    with pytest.raises(ValueError):
        parse_leave_limit("0")
    assert parse_datetime("115/02/01 09:30") == dt.datetime(2026, 2, 1, 9, 30)
    assert parse_datetime("2026-02-01") == dt.datetime(2026, 2, 1)
    for kind, sheets in (
        ("classes", ["班期", "場次"]),
        ("enrollments", ["報名"]),
        ("attendance", ["出席"]),
    ):
        out = tmp_path / f"{kind}.xlsx"
        templates.write_template(kind, out)
        from openpyxl import load_workbook

        assert load_workbook(out).sheetnames == sheets


def test_signup_form_export_through_a_mapping(db: Database, tmp_path: Path) -> None:
    load_classes(db, tmp_path)
    make_staff(db, ["1001", "1002"])
    form = [
        ["時間戳記", "課程", "您的員工編號", "葷素"],
        ["2026/02/01 09:00", "115-001", "1002", "葷"],
        ["2026/02/01 08:00", "115-001", "1001", None],
    ]
    path = write_workbook(tmp_path / "form.xlsx", {"表單回應 1": form})
    mapping = {
        "時間戳記": "registered_at",
        "課程": "班期代碼",
        "您的員工編號": "員工編號",
        "葷素": "用餐",
    }
    import_enrollments(db, path, mapping=mapping)
    people = {e.employee_no: e for e in classes.open_class(db, "115-001").enrollees}
    assert people["1002"].meal == "葷" and people["1001"].meal == "素"
    assert people["1001"].registered_at < people["1002"].registered_at
    with pytest.raises(InputRefused, match="缺少必要欄位「員工編號」"):
        import_enrollments(db, path, mapping={"課程": "class_code"})


def test_csv_files_hold_either_table(db: Database, tmp_path: Path) -> None:
    classes_csv = tmp_path / "班期.csv"
    classes_csv.write_text("班期代碼,課程名稱,名額\n115-005,資安研習,２０\n", encoding="utf-8-sig")
    sessions_csv = tmp_path / "場次.csv"
    sessions_csv.write_text(
        "班期代碼,場次,日期,開始時間,結束時間,學習類別\n115-005,1,115/05/05,９:００,12:00,業務相關\n",
        encoding="cp950",
    )
    assert import_classes(db, classes_csv).added == ["115-005"]
    assert import_classes(db, sessions_csv).added == ["115-005 第1場"]
    detail = classes.open_class(db, "115-005")
    assert detail.summary.capacity == 20 and detail.summary.total_minutes == 180
    assert detail.summary.end_date == D(2026, 5, 5)


def test_closed_class_accepts_descriptive_fields_only(db: Database, tmp_path: Path) -> None:
    load_classes(db, tmp_path)
    with db.session() as s:
        s.scalars(select(TC).filter_by(code="115-001")).one().closed_on = D(2026, 3, 10)
    # 課程代碼 is known only after the class, for the portal upload: it must go in.
    head = ["班期代碼", "課程名稱", "地點", "講座", "課程代碼", "類別"]
    rows: Rows = [head, ["115-001", "環境教育研習進階", "第二會議室", "林講師", "P-123", None]]
    report = import_classes(db, write_workbook(tmp_path / "desc.xlsx", {"班期": rows}))
    assert report.changes["115-001"] == ["課程名稱", "地點", "講座", "課程代碼"]
    detail = classes.open_class(db, "115-001")
    assert detail.summary.title == "環境教育研習進階" and detail.location == "第二會議室"
    with db.session() as s:
        assert s.scalars(select(TC).filter_by(code="115-001")).one().portal_code == "P-123"
    # What feeds the credit stays locked: mode, leave limit, session date/hours/topic, new ones.
    rows = [["班期代碼", "學習性質", "請假上限", "地點"], ["115-001", "數位", "1/2", "禮堂"]]
    sessions: Rows = [
        ["班期代碼", "場次", "日期", "時數", "學習類別", "供餐"],
        ["115-001", 1, "115/03/05", None, None, None],
        ["115-001", 2, None, 2, "人權教育", None],
        ["115-001", 3, "115/03/06", 1, "人權教育", None],
    ]
    with pytest.raises(InputRefused) as err:
        import_classes(
            db, write_workbook(tmp_path / "credit.xlsx", {"班期": rows, "場次": sessions})
        )
    assert [(p.sheet, p.row, p.column) for p in err.value.problems] == [
        ("班期", 2, "學習性質"),
        ("班期", 2, "請假上限"),
        ("場次", 2, "日期"),
        ("場次", 3, "時數"),
        ("場次", 3, "學習類別"),
        ("場次", 4, "場次"),
    ]
    assert all("已結訓" in p.message for p in err.value.problems)
    assert classes.open_class(db, "115-001").location == "第二會議室"
