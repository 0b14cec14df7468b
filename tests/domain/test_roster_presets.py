"""School rosters (教育人力資源資料庫) and the --map option (SPEC §3.1 人員, §4)."""

from __future__ import annotations

from datetime import date

import pytest

from hrplanner.domain.rocdate import DateParseError
from hrplanner.domain.roster_presets import (
    EDHR_PRESET,
    PRESETS,
    ColumnMapError,
    apply_preset,
    derive_category,
    parse_column_map,
    parse_compact_roc_date,
)

STAFF_COLUMNS = ("員工編號", "姓名", "身分證字號", "性別", "出生日期", "單位", "職稱", "人員類別")


def _edhr_row(**changes: object) -> dict[str, object]:
    row: dict[str, object] = {
        "身分識別碼": "A123456789",
        "姓名": "高潞．以用．巴魕剌",
        "性別": "2",
        "出生年月日": "0650312",
        "服務單位": "教務處",
        "職務名稱": "教師",
        "服務身分別": "教師",
        "聘任類別": "專任",
        "本校到職日期": "1050801",
    }
    row.update(changes)
    return row


def test_seven_digit_roc_dates() -> None:
    assert parse_compact_roc_date("0650312") == date(1976, 3, 12)
    assert parse_compact_roc_date("650312") == date(1976, 3, 12)
    assert parse_compact_roc_date(650312) == date(1976, 3, 12)
    assert parse_compact_roc_date(650312.0) == date(1976, 3, 12)
    assert parse_compact_roc_date("1130801") == date(2024, 8, 1)
    assert parse_compact_roc_date(10101) == date(1912, 1, 1)  # 0010101 without its zeros
    with pytest.raises(DateParseError, match="0651312"):
        parse_compact_roc_date("0651312")


def test_edhr_row_becomes_a_staff_row() -> None:
    result = apply_preset(EDHR_PRESET, _edhr_row())
    assert result.problems == []
    assert result.values == {
        "身分證字號": "A123456789",
        "姓名": "高潞．以用．巴魕剌",
        "性別": "女",
        "出生日期": date(1976, 3, 12),
        "單位": "教務處",
        "職稱": "教師",
        "到職日期": date(2016, 8, 1),
        "人員類別": "教師",
    }
    assert PRESETS["edhr"] is EDHR_PRESET
    assert set(EDHR_PRESET.columns.values()) <= set(STAFF_COLUMNS) | {"到職日期"}


def test_gender_codes_and_numbers_from_excel() -> None:
    assert apply_preset(EDHR_PRESET, _edhr_row(性別=1)).values["性別"] == "男"
    assert apply_preset(EDHR_PRESET, _edhr_row(性別=2.0)).values["性別"] == "女"
    bad = apply_preset(EDHR_PRESET, _edhr_row(性別="3"))
    assert "性別" not in bad.values
    assert bad.problems and bad.problems[0][0] == "性別" and "「3」" in bad.problems[0][1]


@pytest.mark.parametrize(
    ("service", "contract", "title", "category"),
    [
        ("教師", "專任", "教師", "教師"),
        ("校長", "專任", "校長", "教師"),
        ("教師", "代理(連)", "教師", "教師"),
        ("", "鐘點教師", "", "教師"),
        ("主任教官", "專任", "主任教官", "教師"),
        ("", "專任", "組長", "公務人員"),
        ("職員(工)", "專任", "技工", "技工工友"),
        ("", "專任", "工友", "技工工友"),
        ("", "約聘僱", "約僱人員", "約聘僱人員"),
        ("教師", "約用", "教師", "約聘僱人員"),
        ("", "派遣", "行政助理", "臨時人員"),
    ],
)
def test_categories_from_service_contract_and_title(
    service: str, contract: str, title: str, category: str
) -> None:
    row = {"服務身分別": service, "聘任類別": contract, "職務名稱": title}
    assert derive_category(EDHR_PRESET.category_rules, row) == category


def test_an_unknown_contract_is_a_problem_naming_the_values() -> None:
    result = apply_preset(EDHR_PRESET, _edhr_row(服務身分別="", 聘任類別="志工", 職務名稱="志工"))
    assert "人員類別" not in result.values
    assert result.problems[0][0] == "人員類別" and "志工" in result.problems[0][1]


def test_bad_dates_are_problems_of_their_column() -> None:
    result = apply_preset(EDHR_PRESET, _edhr_row(出生年月日="0651399"))
    assert [p[0] for p in result.problems] == ["出生年月日"]
    assert "出生日期" not in result.values


def test_column_map_option() -> None:
    assert parse_column_map("工號=員工編號, 部門 = 單位，職務=職稱") == {
        "工號": "員工編號",
        "部門": "單位",
        "職務": "職稱",
    }
    assert parse_column_map("身分識別碼＝身分證字號", STAFF_COLUMNS) == {"身分識別碼": "身分證字號"}


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "沒有任何對應"),
        ("工號", "需有一個等號"),
        ("工號=員工編號=x", "需有一個等號"),
        ("=員工編號", "是空的"),
        ("工號=", "是空的"),
        ("工號=員工編號,工號=姓名", "對應了兩次"),
        ("工號=員工編號,編號=員工編號", "有兩個來源欄"),
        ("工號=工號碼", "沒有「工號碼」這個目標欄"),
    ],
)
def test_column_map_mistakes(text: str, fragment: str) -> None:
    with pytest.raises(ColumnMapError) as info:
        parse_column_map(text, STAFF_COLUMNS)
    assert fragment in str(info.value)


def test_every_mistake_is_reported_at_once() -> None:
    with pytest.raises(ColumnMapError) as info:
        parse_column_map("a,b=,c=姓名", STAFF_COLUMNS)
    assert len(info.value.problems) == 2
