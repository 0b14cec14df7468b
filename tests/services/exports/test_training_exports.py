"""Training exports read back with openpyxl: 學習時數統計 (acceptance: hand-computed ledger),
班期名冊 and 出席紀錄."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from hrplanner.services.common.errors import NotFound
from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.services.exports import training
from hrplanner.services.hours.ledger import LedgerFilter
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    Attendance,
    ClassSession,
    CreditByTopic,
    Employee,
    Enrollment,
    ExternalRecord,
    LearningTopic,
    StaffCategory,
    TrainingClass,
)

H = 60
HEADERS = [
    "員工編號",
    "姓名",
    "單位",
    "人員類別",
    "年度",
    "總時數",
    "當前政府重大政策",
    "環境教育",
    "性別主流化",
    "民主治理價值",
    "達成",
    "尚缺時數",
]


def _topics(s: Any) -> dict[str, int]:
    return dict(s.execute(select(LearningTopic.name, LearningTopic.id)).all())


def _person(s: Any, no: str, name: str, unit: str, category: str = "公務人員") -> Employee:
    emp = Employee(
        employee_no=no,
        name=name,
        unit_id=get_or_create_unit(s, unit).id,
        category_id=s.scalar(select(StaffCategory.id).filter_by(name=category)),
        title="科員",
    )
    s.add(emp)
    s.flush()
    return emp


def _closed_class(
    s: Any, code: str, end: dt.date, credits: list[tuple[Employee, dict[str, int]]]
) -> None:
    topics = _topics(s)
    cls = TrainingClass(code=code, title=f"課程{code}", start_date=end, end_date=end, closed_on=end)
    s.add(cls)
    s.flush()
    for emp, by_topic in credits:
        enr = Enrollment(
            class_id=cls.id,
            employee_id=emp.id,
            registered_at=dt.datetime(2020, 1, 1),
            credit_minutes=sum(by_topic.values()),
        )
        s.add(enr)
        s.flush()
        for topic, minutes in by_topic.items():
            s.add(CreditByTopic(enrollment_id=enr.id, topic_id=topics[topic], minutes=minutes))


def _external(s: Any, emp: Employee, end: dt.date, topic: str, minutes: int, title: str) -> None:
    s.add(
        ExternalRecord(
            employee_id=emp.id,
            title=title,
            end_date=end,
            minutes=minutes,
            topic_id=_topics(s)[topic],
            source="e等公務園+",
        )
    )


@pytest.fixture
def ledger_db(db: Database) -> Database:
    with db.session() as s:
        chen = _person(s, "A001", "陳一", "人事室")
        lin = _person(s, "A002", "林二", "秘書室", "約聘僱人員")
        _person(s, "A003", "張三", "人事室")  # nothing at all: 尚缺 20 h
        _closed_class(
            s,
            "109-001",
            dt.date(2020, 3, 5),
            [
                (chen, {"當前政府重大政策": 90, "環境教育": 4 * H, "性別主流化": H}),
                (lin, {"當前政府重大政策": 2 * H, "性別主流化": H}),
            ],
        )
        _closed_class(
            s, "109-002", dt.date(2020, 12, 31), [(chen, {"行政中立": 4 * H, "一般": 10 * H})]
        )
        _external(s, lin, dt.date(2020, 12, 31), "人權教育", 4 * H, "人權大步走")
        _external(s, lin, dt.date(2020, 6, 1), "業務相關", 8 * H, "=公文寫作")
        # 2021-01-01 belongs to 110, not 109.
        _external(s, lin, dt.date(2021, 1, 1), "環境教育", 4 * H, "淨灘")
    return db


def _sheet(path: Path, name: str) -> list[tuple[Any, ...]]:
    wb = load_workbook(path)
    try:
        return list(wb[name].iter_rows(values_only=True))
    finally:
        wb.close()


def test_hours_export_hand_computed(ledger_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "hours.xlsx"
    result = training.export_hours(ledger_db, 2020, out)
    assert result.rows == 3
    rows = _sheet(out, "學習時數統計")
    assert list(rows[0]) == HEADERS
    by_no = {r[0]: r for r in rows[1:]}
    # 陳一: 1.5 + 4 + 1 + 4 + 10 = 20.5 h, every group met.
    assert by_no["A001"] == ("A001", "陳一", "人事室", "公務人員", 109, 20.5, 1.5, 4, 1, 4, "是", 0)
    # 林二: 2 + 1 + 4 + 8 = 15 h; 環境教育 missing 4 h → 尚缺 max(5, 4) = 5 h.
    assert by_no["A002"] == ("A002", "林二", "秘書室", "約聘僱人員", 109, 15, 2, 0, 1, 4, "否", 5)
    assert by_no["A003"][5:] == (0, 0, 0, 0, 0, "否", 20)
    wb = load_workbook(out)
    ws = wb["學習時數統計"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref is not None
    wb.close()


def test_hours_export_next_year_and_records_sheet(ledger_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "h110.xlsx"
    training.export_hours(ledger_db, 2021, out)
    rows = _sheet(out, "學習時數統計")
    lin = next(r for r in rows[1:] if r[0] == "A002")
    assert lin[4] == 110 and lin[5] == 4 and lin[7] == 4

    out = tmp_path / "h109.xlsx"
    training.export_hours(ledger_db, 2020, out)
    records = _sheet(out, "學習紀錄明細")
    assert records[0][:8] == (
        "員工編號",
        "姓名",
        "單位",
        "來源類型",
        "班期代碼",
        "課程名稱",
        "結束日期",
        "學習時數",
    )
    lin_records = [r for r in records[1:] if r[0] == "A002"]
    assert [(r[3], r[6], r[7]) for r in lin_records] == [
        ("班期", "109/03/05", 3),
        ("外部", "109/06/01", 8),
        ("外部", "109/12/31", 4),
    ]
    # A title starting with "=" stays text, never a formula.
    assert lin_records[1][5] == "=公文寫作"


def test_hours_export_filter(ledger_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "notmet.xlsx"
    training.export_hours(ledger_db, 2020, out, LedgerFilter(not_met_only=True))
    assert [r[0] for r in _sheet(out, "學習時數統計")[1:]] == ["A003", "A002"]


@pytest.fixture
def one_class(db: Database) -> Database:
    """Class 109-010, two sessions of 3 h: 陳 present, 林 on leave 1 h in session 2,
    王 absent in session 1 (no credit), 張 waitlisted."""
    with db.session() as s:
        people = [
            _person(s, no, name, "人事室")
            for no, name in (("B1", "陳"), ("B2", "林"), ("B3", "王"), ("B4", "張"))
        ]
        env = _topics(s)["環境教育"]
        cls = TrainingClass(
            code="109-010",
            title="環境教育—淨灘體驗",
            start_date=dt.date(2020, 5, 1),
            end_date=dt.date(2020, 5, 2),
            closed_on=dt.date(2020, 5, 3),
        )
        s.add(cls)
        s.flush()
        sessions = [
            ClassSession(
                class_id=cls.id, session_no=n, date=dt.date(2020, 5, n), minutes=180, topic_id=env
            )
            for n in (1, 2)
        ]
        s.add_all(sessions)
        s.flush()
        plan = [
            ("正取", 360, None, [("出席", 0), ("出席", 0)]),
            ("正取", 300, None, [("出席", 0), ("請假", 60)]),
            ("正取", 0, "未請假缺課", [("缺課", 0), ("出席", 0)]),
            ("備取", None, None, []),
        ]
        for i, (emp, (status, credit, reason, marks)) in enumerate(zip(people, plan, strict=True)):
            enr = Enrollment(
                class_id=cls.id,
                employee_id=emp.id,
                registered_at=dt.datetime(2020, 4, 1, 9, i),
                status=status,
                credit_minutes=credit,
                credit_reason=reason,
            )
            s.add(enr)
            s.flush()
            for sess, (mark, leave) in zip(sessions, marks, strict=False):
                s.add(
                    Attendance(
                        enrollment_id=enr.id, session_id=sess.id, status=mark, leave_minutes=leave
                    )
                )
    return db


def test_roster(one_class: Database, tmp_path: Path) -> None:
    out = tmp_path / "roster.xlsx"
    assert training.export_roster(one_class, "109-010", out).rows == 4
    rows = _sheet(out, "班期名冊")
    header = list(rows[0])
    assert header[:12] == [
        "序號",
        "員工編號",
        "姓名",
        "單位",
        "職稱",
        "報名狀態",
        "出席場次",
        "請假場次",
        "請假時數",
        "缺課場次",
        "學習時數",
        "不予登錄原因",
    ]
    assert [r[1:12] for r in rows[1:]] == [
        ("B1", "陳", "人事室", "科員", "正取", 2, 0, 0, 0, 6, None),
        ("B2", "林", "人事室", "科員", "正取", 1, 1, 1, 0, 5, None),
        ("B3", "王", "人事室", "科員", "正取", 1, 0, 0, 1, 0, "未請假缺課"),
        ("B4", "張", "人事室", "科員", "備取", None, None, None, None, None, None),
    ]


def test_attendance_matrix(one_class: Database, tmp_path: Path) -> None:
    out = tmp_path / "att.xlsx"
    assert training.export_attendance(one_class, "109-010", out).rows == 3
    rows = _sheet(out, "出席紀錄")
    assert list(rows[0]) == [
        "員工編號",
        "姓名",
        "單位",
        "第1場 109/05/01",
        "第2場 109/05/02",
        "請假時數",
        "缺課場次",
    ]
    assert rows[1:] == [
        ("B1", "陳", "人事室", "出席", "出席", 0, 0),
        ("B2", "林", "人事室", "出席", "請假 1", 1, 0),
        ("B3", "王", "人事室", "缺課", "出席", 0, 1),
    ]


def test_unknown_class(db: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="999-999"):
        training.export_roster(db, "999-999", tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()
    assert Decimal("1.5") == training.hours_decimal(90)


def test_hours_export_records_follow_the_ledger_and_its_filter(
    ledger_db: Database, tmp_path: Path
) -> None:
    out = tmp_path / "all.xlsx"
    training.export_hours(ledger_db, 2020, out)
    people = [r[0] for r in _sheet(out, "學習時數統計")[1:]]
    records = [r[0] for r in _sheet(out, "學習紀錄明細")[1:]]
    # Records come person by person, in the first sheet's order.
    assert list(dict.fromkeys(records)) == [p for p in people if p in records]
    assert records == sorted(records, key=people.index)

    out = tmp_path / "notmet.xlsx"
    result = training.export_hours(ledger_db, 2020, out, LedgerFilter(not_met_only=True))
    assert result.rows == 2
    # Only the people listed (林二; 張三 has no record) have their records on the second sheet.
    assert {r[0] for r in _sheet(out, "學習紀錄明細")[1:]} == {"A002"}
