"""時數登錄檔: configured columns, order and date format, whole identity numbers, only
credited people of closed classes, one row per person and class (the main topic) or, as an
option, per topic; formula-safe text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from hrplanner import i18n
from hrplanner.services.catalogue import FileRequest, Hooks
from hrplanner.services.common.errors import InputRefused, NotFound
from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.services.exports import portal as pe
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    ClassSession,
    CreditByTopic,
    Employee,
    Enrollment,
    LearningTopic,
    StaffCategory,
    TrainingClass,
)

SPEC_HEADERS = [
    "身分證字號",
    "姓名",
    "課程名稱",
    "課程代碼",
    "起始日期",
    "結束日期",
    "學習時數",
    "學習類別",
    "學習性質",
]
EVIL = '=HYPERLINK("x")'


def _person(s: Any, no: str, name: str, national_id: str | None) -> Employee:
    emp = Employee(
        employee_no=no,
        name=name,
        national_id=national_id,
        unit_id=get_or_create_unit(s, "人事室").id,
        category_id=s.scalar(select(StaffCategory.id).filter_by(name="公務人員")),
    )
    s.add(emp)
    s.flush()
    return emp


def _class(
    s: Any,
    code: str,
    start: dt.date,
    end: dt.date,
    closed: bool,
    credits: list[tuple[Employee, str, dict[str, int]]],
    sessions: tuple[str, ...] = (),
) -> None:
    """A class with one 90-minute session per topic of ``sessions`` (in that order)."""
    topics = dict(s.execute(select(LearningTopic.name, LearningTopic.id)).all())
    cls = TrainingClass(
        code=code,
        title=f"課程{code}",
        portal_code=f"P{code}",
        mode="實體",
        start_date=start,
        end_date=end,
        closed_on=end if closed else None,
    )
    s.add(cls)
    s.flush()
    for number, topic in enumerate(sessions, start=1):
        s.add(
            ClassSession(
                class_id=cls.id, session_no=number, date=start, minutes=90, topic_id=topics[topic]
            )
        )
    for emp, status, by_topic in credits:
        enr = Enrollment(
            class_id=cls.id,
            employee_id=emp.id,
            registered_at=dt.datetime(2020, 1, 1),
            status=status,
            credit_minutes=sum(by_topic.values()) if closed else None,
        )
        s.add(enr)
        s.flush()
        for topic, minutes in by_topic.items():
            s.add(CreditByTopic(enrollment_id=enr.id, topic_id=topics[topic], minutes=minutes))


@pytest.fixture
def data(db: Database) -> Database:
    with db.session() as s:
        a = _person(s, "A001", "王小明", "A123456789")
        b = _person(s, "A002", EVIL, "F131104093")
        c = _person(s, "A003", "無證號", None)
        d = _person(s, "A004", "零時數", "A800000014")
        e = _person(s, "A005", "備取者", "AA00000009")
        _class(
            s,
            "109-001",
            dt.date(2020, 3, 5),
            dt.date(2020, 3, 6),
            True,
            [
                # The main topic is the one with most minutes, not the first listed topic.
                (a, "正取", {"環境教育": 90, "性別主流化": 180}),
                (b, "正取", {"環境教育": 180}),
                (c, "正取", {"環境教育": 180}),
                (d, "正取", {}),  # credit 0
                (e, "備取", {}),
            ],
            sessions=("環境教育", "性別主流化", "性別主流化", "環境教育"),
        )
        _class(
            s,
            "109-002",
            dt.date(2020, 5, 1),
            dt.date(2020, 5, 1),
            False,
            [(a, "正取", {"一般": 60})],
        )
        _class(
            s,
            "110-001",
            dt.date(2021, 1, 4),
            dt.date(2021, 1, 4),
            True,
            [(a, "正取", {"一般": 120})],
        )
    return db


def _read(path: Path) -> tuple[list[list[Any]], Any]:
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    return [[c.value for c in row] for row in ws.iter_rows()], wb


def test_default_layout_full_ids_and_only_credited(data: Database, tmp_path: Path) -> None:
    out = tmp_path / "portal.xlsx"
    result = pe.export_portal(data, out, year=2020)
    rows, wb = _read(out)
    assert rows[0] == SPEC_HEADERS
    # One row per credited person and class: the credit, and the main topic.
    assert rows[1:] == [
        [
            "A123456789",
            "王小明",
            "課程109-001",
            "P109-001",
            "109/03/05",
            "109/03/06",
            4.5,
            "性別主流化",
            "實體",
        ],
        [
            "F131104093",
            EVIL,
            "課程109-001",
            "P109-001",
            "109/03/05",
            "109/03/06",
            3,
            "環境教育",
            "實體",
        ],
    ]
    # The formula-looking name is a text cell, not a formula.
    name_cell = wb.worksheets[0]["B3"]
    assert name_cell.data_type == "s" and name_cell.value == EVIL
    # The workbook says it carries whole identity numbers.
    assert wb.sheetnames == ["時數登錄", "說明"]
    assert "完整身分證字號" in wb["說明"]["A1"].value
    assert (result.rows, result.people, result.classes) == (2, 2, 1)
    assert any("無證號（A003）沒有身分證字號" in w for w in result.warnings)


def test_in_english_the_file_stays_chinese_and_the_messages_do_not(
    data: Database, tmp_path: Path
) -> None:
    out = tmp_path / "portal.xlsx"
    i18n.set_language("en")
    try:
        done = pe.run_export(data, out, FileRequest(year=2020), Hooks())
        with pytest.raises(InputRefused) as info:
            pe.save_format(data, pe.PortalFormat(columns=(("nickname", "暱稱"),), header_rows=3))
    finally:
        i18n.set_language("zh_TW")
    assert done.summary == (
        "Exported the portal upload file of ROC year 109 (rows: 2; people: 2; classes: 1)"
    )
    assert any(
        w.startswith("無證號 (A003) has no ID number and was left out") for w in done.warnings
    )
    assert done.notice is not None and done.notice.startswith("Note: the portal upload file")
    assert [p.message for p in info.value.problems] == [
        'Unknown column "nickname" (available: ' + "、".join(pe.FIELDS) + ")",
        "The number of header rows must be 1 or 2, not 3",
    ]
    rows, workbook = _read(out)
    assert rows[0] == SPEC_HEADERS  # SPEC §3.2: the column names are the contract
    assert "完整身分證字號" in workbook["說明"]["A1"].value


def test_configured_columns_order_and_date_format(data: Database, tmp_path: Path) -> None:
    fmt = pe.PortalFormat(
        columns=(
            ("name", "學員姓名"),
            ("national_id", "身分證號"),
            ("end_date", "迄日"),
            ("hours", "時數"),
        ),
        header_rows=2,
        date_format="yyymmdd",
    )
    pe.save_format(data, fmt)
    assert pe.get_format(data) == fmt
    out = tmp_path / "portal.xlsx"
    pe.export_portal(data, out, class_code="109-001")
    rows, _workbook = _read(out)
    assert rows[0] == ["學員姓名", "身分證號", "迄日", "時數"]
    assert rows[1][2] == "結束日期（如 1090305）"  # the second header row describes columns
    assert rows[2] == ["王小明", "A123456789", "1090306", 4.5]
    iso = pe.PortalFormat(date_format="yyyy-mm-dd")
    pe.export_portal(data, out, class_code="110-001", fmt=iso)
    rows, _workbook = _read(out)
    assert rows[1][4:6] == ["2021-01-04", "2021-01-04"]
    assert rows[1][6] == 2


def test_bad_format_and_arguments_are_refused(data: Database, tmp_path: Path) -> None:
    with pytest.raises(InputRefused) as refused:
        pe.save_format(
            data,
            pe.PortalFormat(columns=(("name", "姓名"), ("title", "姓名")), date_format="dd/mm"),
        )
    texts = [p.message for p in refused.value.problems]
    assert any("欄名「姓名」重複" in t for t in texts)
    assert any("未知的日期格式" in t for t in texts)
    with pytest.raises(NotFound):
        pe.export_portal(data, tmp_path / "x.xlsx", class_code="999")
    with pytest.raises(InputRefused):
        pe.export_portal(data, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_open_class_is_not_exported(data: Database, tmp_path: Path) -> None:
    out = tmp_path / "open.xlsx"
    result = pe.export_portal(data, out, class_code="109-002")
    rows, _workbook = _read(out)
    assert rows == [SPEC_HEADERS]
    assert result.rows == 0
    assert any("沒有可登錄的學習時數" in w for w in result.warnings)


def test_split_by_topic_gives_one_row_per_topic(data: Database, tmp_path: Path) -> None:
    fmt = pe.PortalFormat(
        columns=(("name", "姓名"), ("hours", "學習時數"), ("topic", "學習類別")),
        split_by_topic=True,
    )
    pe.save_format(data, fmt)
    assert pe.get_format(data).split_by_topic
    out = tmp_path / "split.xlsx"
    result = pe.export_portal(data, out, class_code="109-001")
    rows, _workbook = _read(out)
    assert rows[1:] == [
        ["王小明", 1.5, "環境教育"],
        ["王小明", 3, "性別主流化"],
        [EVIL, 3, "環境教育"],
    ]
    assert (result.rows, result.people, result.classes) == (3, 2, 1)
    # A layout saved before the option existed reads as one row per person and class.
    legacy = '{"columns": [["name", "姓名"]], "header_rows": 1, "date_format": "yyymmdd"}'
    assert pe.PortalFormat.from_json(legacy).split_by_topic is False


def test_main_topic_tie_goes_to_the_earlier_session(db: Database) -> None:
    """Neither the topic list's order (環境教育 first) nor the names' order (人權教育
    first) decides a tie: the class's session order does."""
    even = {"環境教育": 90, "人權教育": 90, "廉政與服務倫理": 90}
    with db.session() as s:
        a = _person(s, "T001", "平手", "A123456789")
        _class(
            s,
            "109-050",
            dt.date(2020, 6, 1),
            dt.date(2020, 6, 1),
            True,
            [(a, "正取", even)],
            sessions=("廉政與服務倫理", "人權教育", "環境教育"),
        )
    [row] = pe.portal_rows(db, class_code="109-050")
    assert (row.topic, row.minutes) == ("廉政與服務倫理", 270)
    split = pe.portal_rows(db, class_code="109-050", split_by_topic=True)
    assert [r.topic for r in split] == ["環境教育", "廉政與服務倫理", "人權教育"]
