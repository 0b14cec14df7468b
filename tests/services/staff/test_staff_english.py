"""The staff roster and its import speak English after ``i18n.set_language("en")``: every
refusal is an English sentence; the file's column names, the vocabulary words and the
values typed stay as they are (they are data)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import Workbook

from hrplanner import i18n
from hrplanner.services.common.errors import ConflictError, InputRefused, NotFound, Problem
from hrplanner.services.staff import roster, validation
from hrplanner.services.staff.importing import COLUMNS, import_staff
from hrplanner.services.staff.records import EmployeeData
from hrplanner.storage.database import Database
from hrplanner.storage.models import Enrollment, TrainingClass

TODAY = dt.date(2024, 6, 1)
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
# Data inside the sentences: the column names, the vocabulary, the values of the tests.
DATA = sorted(
    {
        *validation.FIELD_LABELS.values(),
        *validation.STATUSES,
        *validation.GENDERS,
        *validation.MEALS,
        "公務人員", "約聘僱人員", "臨時人員", "技工工友", "教師", "簡任", "薦任", "委任",
        "人員", "王小明", "林淑芬", "人事處", "外包人員", "特任", "海鮮", "調職", "放假",
    },
    key=len,
    reverse=True,
)  # fmt: skip


def words_of_the_program(text: str) -> str:
    """``text`` without the data it quotes, so that what is left is the program's own."""
    for word in DATA:
        text = text.replace(word, "")
    return text


def assert_english(text: str) -> None:
    left = words_of_the_program(text)
    assert not CJK.search(left), f"Chinese left in {text!r}: {left!r}"


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language("zh_TW")


def person(no: str = "1001", **changes: object) -> EmployeeData:
    base = EmployeeData(
        employee_no=no,
        name="王小明",
        national_id="A123456789",
        gender="男",
        birth_date=dt.date(1985, 6, 15),
        unit="人事處",
        category="公務人員",
        rank_group="委任",
        hire_date=dt.date(2015, 9, 1),
        email="wang@example.gov.tw",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "english_text"),
    [
        ({"name": ""}, "姓名 is required"),
        ({"name": "王" * 51}, "姓名 must not be longer than 50 characters"),
        ({"category": "外包人員"}, 'Unknown staff category "外包人員" (available: 公務人員, '),
        ({"rank_group": "特任"}, 'Unknown rank group "特任" (available: 簡任, 薦任, 委任)'),
        ({"email": "wang@gov"}, 'The email address "wang@gov" is not valid'),
        ({"meal": "海鮮"}, '用餐 "海鮮" is not one of the allowed values (葷/素/不用餐)'),
        ({"status": "調職"}, '在職狀態 "調職" is not one of the allowed values'),
        ({"birth_date": dt.date(2025, 1, 1)}, "The date of birth 2025-01-01 is after today"),
        ({"birth_date": dt.date(1899, 1, 1)}, "出生日期 1899-01-01 is outside the plausible range"),
        ({"hire_date": dt.date(2024, 7, 1)}, "reporting for duty 2024-07-01 is after today"),
        ({"hire_date": dt.date(1980, 1, 1)}, "cannot be before the date of birth"),
    ],
)
def test_each_field_is_refused_in_english(
    english: None, changes: dict[str, object], english_text: str
) -> None:
    (problem,) = validation.validate(person(**changes), today=TODAY)
    assert english_text in problem.message
    assert_english(str(problem))


def test_the_same_problems_stay_chinese_by_default() -> None:
    (problem,) = validation.validate(person(category="外包人員"), today=TODAY)
    assert problem.message == (
        "未知的人員類別「外包人員」（可用：公務人員、約聘僱人員、臨時人員、技工工友、教師）"
    )
    (problem,) = validation.validate(person(name=""), today=TODAY)
    assert str(problem) == "欄「姓名」：姓名必填"


def test_roster_refusals_are_english(english: None, db: Database) -> None:
    first = roster.create(db, person("1001"))
    with pytest.raises(InputRefused) as info:
        roster.create(db, person("1001", national_id=""))
    assert str(info.value) == 'Column "員工編號": The employee number "1001" is already in use'
    with pytest.raises(InputRefused) as info:
        roster.create(db, person("1002"))
    (problem,) = info.value.problems
    assert problem.message == (
        'The ID number "A12****789" already belongs to employee number "1001"; one ID number '
        "cannot belong to two people, please check"
    )
    with pytest.raises(NotFound, match=r"^Person not found \(id 424242\)$"):
        roster.get(db, 424242)
    with pytest.raises(InputRefused) as info:
        roster.set_status(db, first, "放假")
    assert_english(str(info.value))
    assert "is not one of the allowed values (在職/留職停薪/離職/退休)" in str(info.value)
    stale = roster.get(db, first)
    roster.update(db, first, replace(stale, title="專員"))
    with pytest.raises(ConflictError, match=r"^Someone else has changed this person's record"):
        roster.update(db, first, replace(stale, title="科長"))


def test_deleting_someone_with_records_is_refused_in_english(english: None, db: Database) -> None:
    busy = roster.create(db, person("1002", national_id=""))
    with db.session() as s:
        cls = TrainingClass(code="113-001", title="公文寫作")
        s.add(cls)
        s.flush()
        s.add(Enrollment(class_id=cls.id, employee_id=busy, registered_at=dt.datetime(2024, 1, 2)))
    with pytest.raises(InputRefused) as info:
        roster.delete(db, busy)
    assert str(info.value) == (
        "王小明 (1002) has enrollments or learning records and cannot be deleted; set the "
        'employment status to "離職" or "退休" instead'
    )


HEADER = [c.name for c in COLUMNS]


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "人員"
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def row(no: str, **cells: object) -> list[object]:
    values: dict[str, object] = {
        "員工編號": no,
        "姓名": "王小明",
        "單位": "人事處",
        "人員類別": "公務人員",
        **cells,
    }
    return [values.get(name) for name in HEADER]


def test_every_import_problem_is_english(english: None, db: Database, tmp_path: Path) -> None:
    roster.create(db, person("9001", national_id="F131104093"))
    path = write_xlsx(
        tmp_path / "bad.xlsx",
        [
            HEADER,
            row("1001", 姓名=None),
            row("1001", 人員類別="外包人員", 官等="特任"),
            row("1003", 性別="M", 電子郵件="wang@gov", 用餐="海鮮", 在職狀態="調職"),
            row("1004", 身分證字號="A123456789"),
            row("1005", 身分證字號="A123456789"),
            row("1006", 身分證字號="F131104093"),
            row("1007", 出生日期="1980-01-01", 到職日期="1970-01-01"),
            row(None, 姓名="林淑芬"),  # type: ignore[arg-type]
        ],
    )
    with pytest.raises(InputRefused) as info:
        import_staff(db, path, dry_run=False, today=TODAY)
    lines = [str(p) for p in info.value.problems]
    for line in lines:
        assert_english(line)
    expected = [
        'Sheet "人員", row 2, column "姓名": 姓名 is required',
        'Sheet "人員", row 3, column "員工編號": The employee number "1001" repeats row 2',
        'Sheet "人員", row 3, column "人員類別": Unknown staff category "外包人員"',
        'Sheet "人員", row 3, column "官等": Unknown rank group "特任"',
        'Sheet "人員", row 4, column "性別": 性別 "M" is not one of the allowed values '
        "(男/女/其他)",
        'Sheet "人員", row 4, column "電子郵件": The email address "wang@gov" is not valid',
        'Sheet "人員", row 4, column "用餐": 用餐 "海鮮" is not one of the allowed values',
        'Sheet "人員", row 4, column "在職狀態": 在職狀態 "調職" is not one of the allowed values',
        'Sheet "人員", row 6, column "身分證字號": The ID number repeats row 5',
        'Sheet "人員", row 7, column "身分證字號": The ID number "F13****093" already belongs '
        'to employee number "9001"',
        'Sheet "人員", row 8, column "到職日期": The date of reporting for duty cannot be before '
        "the date of birth",
        'Sheet "人員", row 9, column "員工編號": 員工編號 is required',
    ]
    for wanted in expected:
        assert any(line.startswith(wanted) for line in lines), wanted
    assert len(lines) == len(expected)


def test_the_import_summary_is_english(english: None, db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "s.xlsx", [HEADER, row("1001"), row("1002", 單位="新設科")])
    report = import_staff(db, path, dry_run=True)
    assert report.summary() == "Would add 2, update 0, leave 0 unchanged"
    assert report.created == {"單位": ["人事處", "新設科"]}  # the key is marked for _()
    assert i18n._("單位") == "units"
    report = import_staff(db, path, dry_run=False)
    assert report.summary() == "Added 2, updated 0, 0 unchanged"


def test_problems_made_in_chinese_keep_their_words() -> None:
    # A problem's message is written when it is found; only where it is follows the
    # language of the moment (a refusal shown after the language changed).
    problem = Problem("姓名必填", "人員", 2, "姓名")
    i18n.set_language("en")
    try:
        assert str(problem) == 'Sheet "人員", row 2, column "姓名": 姓名必填'
    finally:
        i18n.set_language("zh_TW")
