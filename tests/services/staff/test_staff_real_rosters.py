"""Staff rosters as schools and WebHR export them (issue 10, SPEC §3.1 人員, §4): the
教育人力資源資料庫 preset, --map, coded values, and rosters without 員工編號."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from hrplanner.services.catalogue import ImportRequest, import_kind
from hrplanner.services.common import settings_service
from hrplanner.services.common.errors import InputRefused
from hrplanner.services.staff import roster
from hrplanner.services.staff.import_sources import guess_preset
from hrplanner.services.staff.importing import MAPPER, import_staff
from hrplanner.services.staff.roster import StaffFilter
from hrplanner.settings import Setting
from hrplanner.storage.database import Database

EDHR_HEADER = "身分識別碼,姓名,性別,出生年月日,服務單位,職務名稱,服務身分別,聘任類別,本校到職日期"
# As the EDHR export writes it: Big5, 7-digit ROC dates with the leading zero, coded 性別,
# teachers and staff in one list (服務身分別 blank for staff).
EDHR_ROWS = (
    "A123456789,高潞．以用．巴魕剌,2,0650312,教務處,教師,教師,專任,1050801\n"
    "F131104093,瓦歷斯‧諾幹,1,0721105,學務處,組長,教師,代理,1120801\n"
    "B120000008,林淑芬,2,0590101,總務處,幹事,,專任,0980201\n"
    "D100000004,陳大同,1,0550607,總務處,技工,,,0850901\n"
    "E200000007,張美華,2,0810229,人事室,約用人員,,約用,1110101\n"
)


def _edhr(path: Path, rows: str = EDHR_ROWS) -> Path:
    path.write_bytes((EDHR_HEADER + "\n" + rows).encode("cp950"))
    return path


def _people(db: Database) -> dict[str, roster.StaffRow]:
    return {r.name: r for r in roster.search(db, StaffFilter())}


def test_edhr_roster_imports_through_the_preset(db: Database, tmp_path: Path) -> None:
    path = _edhr(tmp_path / "教育人力資源資料庫_教職員.csv")
    assert guess_preset(MAPPER.auto(["x"])) is None
    report = import_staff(db, path, dry_run=False, preset="edhr", today=dt.date(2026, 3, 1))
    assert report.added == ["T0001", "T0002", "T0003", "T0004", "T0005"]
    assert any("T{seq:04d}" in note for note in report.notes)
    people = _people(db)
    first = roster.get(db, people["高潞．以用．巴魕剌"].id)  # stored exactly as written
    assert (first.employee_no, first.gender, first.unit, first.title) == (
        "T0001",
        "女",
        "教務處",
        "教師",
    )
    assert (first.birth_date, first.hire_date) == (dt.date(1976, 3, 12), dt.date(2016, 8, 1))
    assert first.national_id == "A123456789"
    assert {name: p.category for name, p in people.items()} == {
        "高潞．以用．巴魕剌": "教師",
        "瓦歷斯‧諾幹": "教師",  # 代理 teacher
        "林淑芬": "公務人員",  # staff: 專任 with no 服務身分別
        "陳大同": "技工工友",  # by 職務名稱
        "張美華": "約聘僱人員",
    }
    assert roster.get(db, people["陳大同"].id).gender == "男"

    # The same file again: everyone is found by 身分識別碼, nothing changes.
    again = import_staff(db, path, dry_run=False, preset="edhr", today=dt.date(2026, 3, 1))
    assert (again.added, again.updated) == ([], [])
    assert sorted(again.unchanged) == ["T0001", "T0002", "T0003", "T0004", "T0005"]
    assert again.notes == []


def test_edhr_next_term_updates_and_numbers_newcomers(db: Database, tmp_path: Path) -> None:
    settings_service.update(db, {Setting.STAFF_NUMBER_PATTERN: "S{seq:03d}"})
    import_staff(db, _edhr(tmp_path / "a.csv"), dry_run=False, preset="edhr")
    changed = EDHR_ROWS.replace("學務處,組長", "學務處,主任") + (
        "G100000007,王小明,1,0851010,輔導室,教師,教師,專任,1130801\n"
    )
    report = import_staff(db, _edhr(tmp_path / "b.csv", changed), dry_run=True, preset="edhr")
    assert report.added == ["S006"]
    assert report.updated == ["S002"] and report.changes["S002"] == ["職稱"]


def test_preset_from_a_workbook_with_numbers_for_dates(db: Database, tmp_path: Path) -> None:
    # Excel turns 0650312 into the number 650312 and 1 into 1.0.
    wb = Workbook()
    ws = wb.active
    ws.append(EDHR_HEADER.split(","))
    ws.append(["A123456789", "王大明", 1.0, 650312, "教務處", "教師", "教師", "專任", 1050801])
    wb.save(tmp_path / "edhr.xlsx")
    kind = import_kind("staff")
    assert kind is not None and {"map", "preset"} <= kind.options
    kind.run(db, tmp_path / "edhr.xlsx", ImportRequest(preset="edhr"))
    person = roster.get(db, _people(db)["王大明"].id)
    assert (person.gender, person.birth_date) == ("男", dt.date(1976, 3, 12))


def test_preset_problems_name_row_and_column(db: Database, tmp_path: Path) -> None:
    rows = "A123456789,王大明,3,0651312,教務處,教師,教師,專任,1050801\n"
    with pytest.raises(InputRefused) as refused:
        import_staff(db, _edhr(tmp_path / "bad.csv", rows), dry_run=False, preset="edhr")
    found = {(p.row, p.column) for p in refused.value.problems}
    assert found == {(2, "性別"), (2, "出生年月日")}
    with pytest.raises(InputRefused, match="edhr"):
        import_staff(db, _edhr(tmp_path / "bad.csv"), dry_run=False, preset="webhr")


def test_map_option_and_remembered_mapping(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "webhr.csv"
    path.write_text(
        "人員代號,中文姓名,身份證號,性別代碼,現職單位,職稱,身分類別\n"
        "H001,高潞．以用．巴魕剌,A123456789,2,人事室,科員,公務人員\n",
        encoding="utf-8",
    )
    text = (
        "人員代號=員工編號,中文姓名=姓名,身份證號=身分證字號,性別代碼=性別,"
        "現職單位=單位,身分類別=人員類別"
    )
    report = import_staff(db, path, dry_run=False, mapping=text)
    assert report.added == ["H001"]
    person = roster.get(db, _people(db)["高潞．以用．巴魕剌"].id)
    assert (person.gender, person.unit, person.title) == ("女", "人事室", "科員")
    # Remembered for these headers: the next import needs no --map and changes nothing.
    headers = ["人員代號", "中文姓名", "身份證號", "性別代碼", "現職單位", "職稱", "身分類別"]
    assert MAPPER.proposed(db, headers)["中文姓名"] == "姓名"
    again = import_staff(db, path, dry_run=False)
    assert again.unchanged == ["H001"]
    with pytest.raises(InputRefused, match="沒有欄位「生日」"):
        import_staff(db, path, dry_run=True, mapping="生日=出生日期")


def test_roster_without_numbers_matches_by_id_then_name_and_unit(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "old.csv"
    path.write_text(
        "員工編號,姓名,身分證字號,單位,人員類別\n"
        "1001,瓦歷斯·諾幹,,秘書室,公務人員\n"
        "1002,林淑芬,F131104093,人事室,公務人員\n",
        encoding="utf-8",
    )
    import_staff(db, path, dry_run=False)
    school = tmp_path / "school.csv"
    school.write_text(
        "姓名,身分證字號,單位,人員類別,職稱\n"
        "林淑芬,F131104093,人事室,公務人員,專員\n"  # by ID number
        "瓦歷斯‧諾幹,,秘書室,公務人員,科員\n"  # by name (another separator) and unit
        "陳堃喆,,秘書室,約聘僱人員,\n",  # nobody: a new number
        encoding="utf-8",
    )
    report = import_staff(db, school, dry_run=False)
    assert sorted(report.updated) == ["1001", "1002"]
    assert report.added == ["T0001"]
    # Found under its other separator; the name is then kept as this file writes it.
    assert report.changes["1001"] == ["姓名", "職稱"]
    assert _people(db)["瓦歷斯‧諾幹"].employee_no == "1001"
    twice = school.read_text(encoding="utf-8") + "陳堃喆,,秘書室,約聘僱人員,\n"
    school.write_text(twice, encoding="utf-8")
    with pytest.raises(InputRefused, match="與第 4 列同名"):
        import_staff(db, school, dry_run=True)


def test_a_bad_number_pattern_is_refused(db: Database, tmp_path: Path) -> None:
    settings_service.update(db, {Setting.STAFF_NUMBER_PATTERN: "T{year}"})
    path = tmp_path / "s.csv"
    path.write_text("姓名,單位,人員類別\n王小明,人事室,公務人員\n", encoding="utf-8")
    with pytest.raises(InputRefused, match="seq"):
        import_staff(db, path, dry_run=True)


def test_the_people_search_folds_name_separators(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "s.csv"
    path.write_text(
        "員工編號,姓名,單位,人員類別\n1,瓦歷斯·諾幹,人事室,公務人員\n2,瓦歷,人事室,公務人員\n",
        encoding="utf-8",
    )
    import_staff(db, path, dry_run=False)
    for typed in ("瓦歷斯‧諾幹", "瓦歷斯 諾幹", "瓦歷斯諾幹", "斯・諾"):
        assert [r.employee_no for r in roster.search(db, StaffFilter(text=typed))] == ["1"]
    assert len(roster.search(db, StaffFilter(text="瓦歷"))) == 2
