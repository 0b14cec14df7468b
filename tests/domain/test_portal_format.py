"""The portal's batch-upload file (時數登錄檔, preset portal104): columns, values, encodings."""

from __future__ import annotations

import csv
import io
from datetime import date, time

import pytest

from hrplanner.domain.portal_codes import (
    CITY_CODES,
    DEFAULT_TOPIC_CATEGORY_CODES,
    LEARNING_MODE_CODES,
    TRAINING_UNIT_HOURS,
    city_code,
)
from hrplanner.domain.portal_format import (
    PORTAL104_COLUMNS,
    PORTAL104_ENCODING,
    PORTAL104_HEADER,
    Unencodable,
    check_encoding,
    csv_bytes,
    describe_unencodable,
    format_clock,
    format_hours,
    format_roc_dash,
    learning_mode_code,
    unencodable,
)


def test_header_is_what_the_generators_write() -> None:
    assert PORTAL104_HEADER == (
        "*身分證字號", "*課程名稱", "*開課起始日期", "*開課起始時間", "*開課結束日期",
        "*開課結束時間", "*姓名", "*學位學分", "*課程類別代碼", "*上課縣市", "期別",
        "*訓練總數", "*訓練總數單位", "訓練成績", "證件字號", "出勤上課狀況", "生日",
        "*學習性質", "*數位時數", "*實體時數", "課程代碼",
        "*實際上課起始日期", "*實際上課起始時間", "*實際上課結束日期", "*實際上課結束時間",
    )  # fmt: skip
    assert all(c.meaning for c in PORTAL104_COLUMNS)
    assert PORTAL104_ENCODING == "cp950"


def test_dates_times_and_hours() -> None:
    assert format_roc_dash(date(2024, 3, 5)) == "113-03-05"
    assert format_roc_dash(date(2026, 12, 31)) == "115-12-31"
    with pytest.raises(ValueError):
        format_roc_dash(date(1911, 12, 31))
    assert format_clock(time(9, 0)) == "09:00:00"
    assert format_clock(time(15, 57, 31)) == "15:57:31"
    assert [format_hours(m) for m in (180, 90, 45, 100, 0, 1)] == [
        "3", "1.5", "0.75", "1.67", "0", "0.02",
    ]  # fmt: skip
    with pytest.raises(ValueError):
        format_hours(-1)


def test_learning_mode_codes() -> None:
    assert learning_mode_code(0, 180) == "2"
    assert learning_mode_code(120, 0) == "1"
    assert learning_mode_code(60, 120) == "3"
    with pytest.raises(ValueError):
        learning_mode_code(0, 0)
    assert LEARNING_MODE_CODES == {"數位": "1", "實體": "2", "混成": "3"}
    assert TRAINING_UNIT_HOURS == "1"


def test_code_tables() -> None:
    assert DEFAULT_TOPIC_CATEGORY_CODES["環境教育"] == "337"
    assert DEFAULT_TOPIC_CATEGORY_CODES["性別主流化"] == "346"
    assert DEFAULT_TOPIC_CATEGORY_CODES["行政中立"] == "7"
    assert CITY_CODES["海外"] == "01"
    assert city_code("台北市中正區") == "10"
    assert city_code("福建省金門縣金城鎮") == "89"
    assert city_code("新竹縣竹北市") == "31"
    assert city_code("線上") is None


def test_unencodable_lists_row_field_and_character() -> None:
    rows = [
        {"*姓名": "王小明", "*課程名稱": "環境教育"},
        {"*姓名": "林堃", "*課程名稱": "性別主流化"},
        {"*姓名": "瓦歷斯‧諾幹", "*課程名稱": "課程"},
        {"*姓名": "陳喆綉峯犇", "*課程名稱": "課程"},
        {"*姓名": "張𡘙𨭎", "*課程名稱": "高潞．以用．巴魕剌"},
    ]
    found = unencodable(rows, "cp950")
    assert [(u.row, u.field, u.character) for u in found] == [
        (1, "*姓名", "堃"),
        (3, "*姓名", "喆"),
        (3, "*姓名", "綉"),
        (3, "*姓名", "峯"),
        (3, "*姓名", "犇"),
        (4, "*姓名", "𡘙"),
        (4, "*姓名", "𨭎"),
    ]
    assert found[5].codepoint == "U+21619" and found[6].codepoint == "U+28B4E"
    assert unencodable(rows, "utf-8-sig") == []
    # Python's "big5" lacks ‧, which is why the check uses cp950
    with pytest.raises(UnicodeEncodeError):
        "‧".encode("big5")
    assert unencodable([{"x": "‧"}], "cp950") == []


def test_a_repeated_character_is_listed_once_per_field() -> None:
    assert unencodable([{"a": "堃堃", "b": "堃"}], "cp950") == [
        Unencodable(0, "a", "堃"),
        Unencodable(0, "b", "堃"),
    ]


def test_encodings_are_checked() -> None:
    assert check_encoding("CP950") == "cp950"
    assert check_encoding("utf_8_sig") == "utf-8-sig"
    with pytest.raises(ValueError, match="big5hkscs"):
        check_encoding("big5hkscs")
    with pytest.raises(ValueError):
        unencodable([], "latin-1")


def test_csv_bytes_round_trip_in_cp950_and_never_write_a_question_mark() -> None:
    rows = [["A123456789", "高潞．以用．巴魕剌", "瓦歷斯‧諾幹", "研習,含逗號"]]
    data = csv_bytes(["*身分證字號", "*課程名稱", "*姓名", "備註"], rows, "cp950")
    text = data.decode("cp950")
    assert text.startswith("*身分證字號,*課程名稱,*姓名,備註\r\n")
    assert list(csv.reader(io.StringIO(text)))[1] == rows[0]
    with pytest.raises(UnicodeEncodeError):
        csv_bytes(["*姓名"], [["林堃"]], "cp950")
    utf8 = csv_bytes(["*姓名"], [["林堃"]], "utf-8-sig")
    assert utf8.startswith(b"\xef\xbb\xbf") and "林堃" in utf8.decode("utf-8-sig")
    assert b"?" not in data


def test_describe_unencodable_names_the_person() -> None:
    line = describe_unencodable(Unencodable(1, "*姓名", "堃"), "cp950", "林堃（A123456789）")
    assert "林堃" in line and "堃" in line and "U+5803" in line and "cp950" in line
