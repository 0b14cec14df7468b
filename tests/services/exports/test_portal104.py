"""The portal's batch-upload CSV (issue 10, SPEC §3.2): the 23 columns, codes in place, ROC
dates with dashes, HH:MM:SS, Big5 as Windows writes it, and characters Big5 cannot hold
listed before writing — never a ``?``."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from hrplanner.services.common.errors import InputRefused
from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.services.exports import portal as pe
from hrplanner.services.exports import portal_tables as pt
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    Certificate,
    ClassCategory,
    ClassSession,
    CreditByTopic,
    Employee,
    Enrollment,
    LearningTopic,
    StaffCategory,
    TrainingClass,
)

HEADER_23 = [
    "*身分證字號", "*課程名稱", "*開課起始日期", "*開課起始時間", "*開課結束日期",
    "*開課結束時間", "*姓名", "*學位學分", "*課程類別代碼", "*上課縣市", "期別",
    "*訓練總數", "*訓練總數單位", "訓練成績", "證件字號", "出勤上課狀況", "生日",
    "*學習性質", "*數位時數", "*實體時數", "課程代碼",
    "*實際上課起始日期/時間", "*實際上課結束日期/時間",
]  # fmt: skip
T = dt.time


def _person(s: Any, no: str, name: str, nid: str, birth: dt.date | None = None) -> Employee:
    emp = Employee(
        employee_no=no,
        name=name,
        national_id=nid,
        birth_date=birth,
        unit_id=get_or_create_unit(s, "人事室").id,
        category_id=s.scalar(select(StaffCategory.id).filter_by(name="公務人員")),
    )
    s.add(emp)
    s.flush()
    return emp


def _class(
    s: Any,
    code: str,
    mode: str,
    location: str | None,
    sessions: list[tuple[dt.date, T | None, T | None, int, str]],
    people: list[Employee],
    category: str | None = None,
) -> None:
    topics = dict(s.execute(select(LearningTopic.name, LearningTopic.id)).all())
    cat_id = None
    if category:
        cat_id = s.scalar(select(ClassCategory.id).filter_by(name=category))
        if cat_id is None:
            row = ClassCategory(name=category)
            s.add(row)
            s.flush()
            cat_id = row.id
    cls = TrainingClass(
        code=code,
        title=f"環境教育：永續校園（{code}）",
        portal_code="P" + code,
        mode=mode,
        location=location,
        category_id=cat_id,
        start_date=sessions[0][0],
        end_date=sessions[-1][0],
        closed_on=sessions[-1][0],
    )
    s.add(cls)
    s.flush()
    total = sum(x[3] for x in sessions)
    for n, (day, start, end, minutes, topic) in enumerate(sessions, 1):
        s.add(
            ClassSession(
                class_id=cls.id,
                session_no=n,
                date=day,
                start_time=start,
                end_time=end,
                minutes=minutes,
                topic_id=topics[topic],
            )
        )
    for i, emp in enumerate(people, 1):
        enr = Enrollment(
            class_id=cls.id,
            employee_id=emp.id,
            registered_at=dt.datetime(2024, 2, 1),
            status="正取",
            credit_minutes=total,
        )
        s.add(enr)
        s.flush()
        by_topic: dict[str, int] = {}
        for x in sessions:
            by_topic[x[4]] = by_topic.get(x[4], 0) + x[3]
        for topic, minutes in by_topic.items():
            s.add(CreditByTopic(enrollment_id=enr.id, topic_id=topics[topic], minutes=minutes))
        s.add(
            Certificate(
                year=2024,
                seq=int(code[-3:]) * 100 + i,
                number=f"113研字第{code[-3:]}{i:02d}號",
                enrollment_id=enr.id,
                minutes=total,
                issued_on=sessions[-1][0],
            )
        )


@pytest.fixture
def data(db: Database) -> Database:
    d1, d2 = dt.date(2024, 3, 5), dt.date(2024, 3, 6)
    with db.session() as s:
        wang = _person(s, "A001", "王小明", "A123456789", dt.date(1985, 6, 15))
        gao = _person(s, "A002", "高潞．以用．巴魕剌", "F131104093")
        kun = _person(s, "A003", "陳堃", "B120000008")
        _class(
            s,
            "113-001",
            "實體",
            "臺北市中正區公園路",
            [(d1, T(9), T(12), 180, "環境教育"), (d2, T(13, 30), T(16, 30), 180, "環境教育")],
            [wang, gao, kun],
        )
        # 混成: the untimed session is the online part (60 of 180 minutes).
        _class(
            s,
            "113-002",
            "混成",
            "本府大禮堂",
            [(d1, None, None, 60, "性別主流化"), (d2, T(9), T(11), 120, "性別主流化")],
            [wang],
            category="行政中立訓練",
        )
    return db


def _cp950_rows(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert b"?" not in data  # never a replacement character
    return list(csv.reader(io.StringIO(data.decode("cp950"), newline="")))


def test_portal104_csv_header_codes_dates_and_times(data: Database, tmp_path: Path) -> None:
    pe.save_format(data, pe.preset_format("portal104"))
    tables = pt.get_tables(data)
    pt.save_tables(
        data,
        pt.CodeTables({**tables.category, "行政中立訓練": "7"}, {**tables.city, "其他地點": "33"}),
    )
    out = tmp_path / "時數登錄.csv"
    result = pe.export_portal(data, out, year=2024, skip_unencodable=True)
    rows = _cp950_rows(out)
    assert rows[0] == HEADER_23 and len(rows[0]) == 23
    by_name = {r[6]: dict(zip(HEADER_23, r, strict=True)) for r in rows[1:]}
    wang = [dict(zip(HEADER_23, r, strict=True)) for r in rows[1:] if r[6] == "王小明"]
    first = wang[0]
    assert first["*開課起始日期"] == "113-03-05" and first["*開課結束日期"] == "113-03-06"
    assert (first["*開課起始時間"], first["*開課結束時間"]) == ("09:00:00", "16:30:00")
    assert first["*實際上課起始日期/時間"] == "113-03-05 09:00:00"
    assert first["*實際上課結束日期/時間"] == "113-03-06 16:30:00"
    assert (first["*學位學分"], first["*訓練總數單位"], first["期別"]) == ("6", "1", "1")
    assert first["*課程類別代碼"] == "337"  # 環境教育, by the topic
    assert first["*上課縣市"] == "10"  # 臺北市
    assert (first["*訓練總數"], first["*數位時數"], first["*實體時數"]) == ("6", "0", "6")
    assert first["*學習性質"] == "2"
    assert first["生日"] == "074-06-15"
    assert first["證件字號"] == "113研字第00101號"
    assert first["*課程名稱"] == "環境教育：永續校園（113-001）"  # punctuation as written
    blended = wang[1]
    assert blended["*課程類別代碼"] == "7"  # the class category wins over the topic
    assert blended["*上課縣市"] == "33"  # no city in 本府大禮堂: the other-place code
    assert (blended["*數位時數"], blended["*實體時數"], blended["*學習性質"]) == ("1", "2", "3")
    assert blended["*開課起始時間"] == "09:00:00"  # the first timed session
    assert "高潞．以用．巴魕剌" in by_name  # Big5 holds it, exactly as written
    # 陳堃 was left out, named; nobody's 堃 became "?".
    assert "陳堃" not in by_name and result.skipped == ["陳堃（A003）"]
    assert any("「*姓名」的「堃」（U+5803）" in w for w in result.warnings)


def test_unencodable_people_are_listed_and_nothing_is_written(
    data: Database, tmp_path: Path
) -> None:
    pe.save_format(data, pe.preset_format("portal104"))
    out = tmp_path / "時數登錄.csv"
    with pytest.raises(pe.UnencodableRows) as refused:
        pe.export_portal(data, out, class_code="113-001")
    assert refused.value.people == ["陳堃（A003）"] and refused.value.encoding == "cp950"
    lines = [p.message for p in refused.value.problems]
    assert any("陳堃（A003）" in t and "堃" in t and "cp950" in t for t in lines)
    assert not out.exists()
    # UTF-8 with a byte-order mark holds everyone.
    result = pe.export_portal(data, out, class_code="113-001", encoding="utf-8-sig")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    names = [r[6] for r in csv.reader(io.StringIO(raw.decode("utf-8-sig")))]
    assert names == ["*姓名", "王小明", "高潞．以用．巴魕剌", "陳堃"]
    assert result.rows == 3 and result.encoding == "utf-8-sig"
    with pytest.raises(InputRefused, match="latin-1"):
        pe.export_portal(data, out, class_code="113-001", encoding="latin-1")


def test_split_preset_and_a_field_in_two_columns(data: Database, tmp_path: Path) -> None:
    split = pe.preset_format("portal104-split")
    assert len(split.columns) == 25
    cols = pe.parse_columns("姓名,身分證字號,固定:6=*學位學分,姓名=姓名（再一次）,生日=生日")
    fmt = pe.PortalFormat(cols, date_format="yyy-mm-dd")
    out = tmp_path / "a.csv"
    pe.export_portal(data, out, class_code="113-002", fmt=fmt)
    assert _cp950_rows(out) == [
        ["姓名", "身分證字號", "*學位學分", "姓名（再一次）", "生日"],
        ["王小明", "A123456789", "6", "王小明", "074-06-15"],
    ]
    assert pe.parse_columns(pe.columns_text(fmt)) == cols
    pe.export_portal(data, tmp_path / "b.csv", class_code="113-002", fmt=split)
    header, row = _cp950_rows(tmp_path / "b.csv")
    values = dict(zip(header, row, strict=True))
    assert values["*實際上課起始日期"] == "113-03-05"
    assert values["*實際上課起始時間"] == "09:00:00"
    # The same layout as a workbook: hours are numbers there.
    pe.export_portal(data, tmp_path / "c.xlsx", class_code="113-002", fmt=split)
    ws = load_workbook(tmp_path / "c.xlsx").worksheets[0]
    cells = dict(zip([c.value for c in ws[1]], [c.value for c in ws[2]], strict=True))
    assert cells["*數位時數"] == 1 and cells["*實體時數"] == 2


def test_missing_codes_are_warned(data: Database, tmp_path: Path) -> None:
    pe.save_format(data, pe.preset_format("portal104"))
    result = pe.export_portal(data, tmp_path / "x.csv", class_code="113-002")
    texts = "\n".join(result.warnings)
    assert "113-002" in texts and "上課縣市代碼" in texts
    assert pe.preset_of(pe.get_format(data)) == "portal104"
    with pytest.raises(InputRefused):
        pt.save_tables(data, pt.CodeTables({"環境教育": "三三七"}, {}))
