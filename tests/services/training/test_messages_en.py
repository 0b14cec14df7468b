"""The training services' refusals, notices and warnings in English (``--lang en`` and the
English window), and the sentences that used to be assembled from fragments, in both
languages: each case is now its own whole sentence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from hrplanner import i18n
from hrplanner.domain.vocabulary import PRESENT
from hrplanner.services.common.errors import InputRefused
from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.services.imports.tabular import read_raw
from hrplanner.services.training import classes, closing, enrollment, printing
from hrplanner.services.training import signup_import as si
from hrplanner.services.training.attendance import MarkChange, set_marks
from hrplanner.services.training.class_import import import_classes, parse_leave_limit
from hrplanner.services.training.classes import ClassInput, SessionInput
from hrplanner.services.training.enrollment import EnrollRequest
from hrplanner.services.training.enrollment_import import import_attendance, import_enrollments
from hrplanner.storage.database import Database
from hrplanner.storage.models import Employee, StaffCategory
from hrplanner.storage.models import TrainingClass as TC

from ...conftest import write_workbook

D, T = dt.date, dt.time
BASE = dt.datetime(2026, 1, 5, 9)
ENROLL_HEAD = ["班期代碼", "員工編號", "報名時間", "狀態"]


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_language("en")
    try:
        yield
    finally:
        i18n.set_language("zh_TW")


def _staff(db: Database, count: int) -> list[int]:
    with db.session() as s:
        unit = get_or_create_unit(s, "人事室")
        cat = s.scalar(select(StaffCategory.id).filter_by(name="公務人員"))
        rows = [
            Employee(employee_no=f"E{i:03d}", name=f"員工{i:03d}", unit_id=unit.id, category_id=cat)
            for i in range(1, count + 1)
        ]
        s.add_all(rows)
        s.flush()
        return [r.id for r in rows]


def _class(db: Database, capacity: int | None = 2) -> int:
    detail = classes.create_class(
        db,
        ClassInput("115-001", "環境教育研習", capacity=capacity),
        [
            SessionInput(D(2026, 3, 2), "環境教育", T(9), T(12)),
            SessionInput(D(2026, 3, 3), "一般", T(9), T(12)),
        ],
    )
    return detail.summary.id


def _messages(refused: pytest.ExceptionInfo[InputRefused]) -> list[str]:
    return [p.message for p in refused.value.problems]


def test_enrolling_twice_is_refused_in_english(
    sqlite_db: Database, tmp_path: Path, english: None
) -> None:
    ids = _staff(sqlite_db, 3)
    cid = _class(sqlite_db)
    enrollment.enroll(sqlite_db, cid, [EnrollRequest(ids[0], BASE)])
    with pytest.raises(InputRefused) as refused:
        enrollment.enroll(sqlite_db, cid, [EnrollRequest(ids[0], BASE)])
    # The person is named the English way; why they cannot enroll comes from the domain.
    assert _messages(refused)[0].startswith("員工001 (E001): ")
    # The same person twice in an enrollment sheet.
    rows = [ENROLL_HEAD, ["115-001", "E002", None, None], ["115-001", "E002", None, None]]
    with pytest.raises(InputRefused) as refused:
        import_enrollments(sqlite_db, write_workbook(tmp_path / "twice.xlsx", {"報名": rows}))
    assert _messages(refused) == [
        "Already given on row 2 (a person can enroll in a class only once)"
    ]
    (seat,) = classes.open_class(sqlite_db, cid).enrollees
    enrollment.cancel_enrollment(sqlite_db, seat.enrollment_id, D(2026, 2, 1))
    with pytest.raises(InputRefused, match="This enrollment is already cancelled"):
        enrollment.cancel_enrollment(sqlite_db, seat.enrollment_id, D(2026, 2, 1))


def test_promotion_and_overlap_notices_in_english(sqlite_db: Database, english: None) -> None:
    ids = _staff(sqlite_db, 3)
    cid = _class(sqlite_db, capacity=1)
    result = enrollment.enroll(
        sqlite_db, cid, [EnrollRequest(ids[0], BASE), EnrollRequest(ids[1], BASE)]
    )
    cancelled = enrollment.cancel_enrollment(
        sqlite_db, result.enrollees[0].enrollment_id, D(2026, 2, 1)
    )
    assert cancelled.notices == ["員工002 moved up from the waitlist and is now enrolled"]
    other = classes.create_class(
        sqlite_db,
        ClassInput("115-002", "人權講座"),
        [SessionInput(D(2026, 3, 2), "一般", T(10), T(11))],
    )
    clash = enrollment.enroll(sqlite_db, other.summary.id, [EnrollRequest(ids[1], BASE)])
    assert clash.warnings == [
        "員工002 (E002): on 115/03/02 this overlaps session 1 of class 115-001 環境教育研習"
    ]


def test_closing_with_missing_attendance_in_english(sqlite_db: Database, english: None) -> None:
    ids = _staff(sqlite_db, 2)
    cid = _class(sqlite_db)
    seats = enrollment.enroll(
        sqlite_db, cid, [EnrollRequest(ids[0], BASE), EnrollRequest(ids[1], BASE)]
    ).enrollees
    detail = classes.open_class(sqlite_db, cid)
    first = detail.sessions[0].id
    set_marks(sqlite_db, cid, [MarkChange(seats[0].enrollment_id, first, PRESENT)])
    with pytest.raises(InputRefused) as refused:
        closing.close_class(sqlite_db, cid, D(2026, 3, 10))
    assert _messages(refused) == [
        "員工001 (E001): no attendance recorded yet for session 2",
        "員工002 (E002): no attendance recorded yet for sessions 1, 2",
    ]
    with pytest.raises(InputRefused) as refused:
        closing.close_class(sqlite_db, cid, D(2026, 3, 2))
    assert _messages(refused) == [
        "The last session of class 115-001 is on 115/03/03; the class has not ended "
        "and cannot be closed yet"
    ]
    with pytest.raises(InputRefused, match="Class 115-001 is not closed, so there is nothing"):
        closing.reopen_class(sqlite_db, cid)


def test_enrollment_import_with_a_bad_status_in_english(
    sqlite_db: Database, tmp_path: Path, english: None
) -> None:
    _staff(sqlite_db, 4)
    _class(sqlite_db, capacity=1)
    rows = [
        ENROLL_HEAD,
        ["115-001", "E001", None, "正取"],
        ["115-001", "E002", None, "正取"],  # beyond the one seat
        ["115-001", "E003", None, "候補"],  # not a status (the choice check of imports)
        ["115-009", "E004", None, None],
    ]
    with pytest.raises(InputRefused) as refused:
        import_enrollments(sqlite_db, write_workbook(tmp_path / "seats.xlsx", {"報名": rows}))
    where = {(p.row, p.column): p.message for p in refused.value.problems}
    assert where[(5, "班期代碼")] == 'Class "115-009" not found'
    assert (4, "狀態") in where
    assert where[(3, "狀態")] == (
        "Class 115-001 has 1 seat and it is taken; make this row waitlisted or leave the "
        "status blank (placed by registration time), or cancel another enrollment first"
    )


def test_attendance_import_refusals_in_english(
    sqlite_db: Database, tmp_path: Path, english: None
) -> None:
    ids = _staff(sqlite_db, 2)
    cid = _class(sqlite_db, capacity=1)
    enrollment.enroll(sqlite_db, cid, [EnrollRequest(ids[0], BASE), EnrollRequest(ids[1], BASE)])
    rows = [
        ["班期代碼", "員工編號", "場次", "出席狀態", "請假時數"],
        ["115-001", "E001", 1, "出席", 1],
        ["115-001", "E002", 1, "出席", None],
        ["115-001", "E001", 5, "缺課", None],
    ]
    with pytest.raises(InputRefused) as refused:
        import_attendance(sqlite_db, write_workbook(tmp_path / "marks.xlsx", {"出席": rows}))
    assert _messages(refused) == [
        '"出席" takes no leave hours; record arriving late or leaving early as "請假"',
        "員工002 (E002) is on the waitlist of class 115-001; attendance cannot be recorded",
        "Class 115-001 has no session 5",
    ]


def test_closed_class_import_one_sentence_per_case(sqlite_db: Database, tmp_path: Path) -> None:
    """Adding a session and changing one's hours were one sentence with a verb slotted in."""
    cid = _class(sqlite_db)
    closing.close_class(sqlite_db, cid, D(2026, 3, 10))
    sessions = [
        ["班期代碼", "場次", "日期", "時數", "學習類別"],
        ["115-001", 2, None, 2, None],
        ["115-001", 3, "115/03/04", 1, "一般"],
    ]
    expected = {
        "zh_TW": [
            "班期「115-001」已結訓，不可修改場次的時數；請先重新開啟",
            "班期「115-001」已結訓，不可新增場次；請先重新開啟",
        ],
        "en": [
            'Class 115-001 is closed: a session\'s "時數" cannot be changed; '
            "reopen the class first",
            "Class 115-001 is closed: no session can be added; reopen the class first",
        ],
    }
    for language, messages in expected.items():
        i18n.set_language(language)
        try:
            path = write_workbook(tmp_path / f"{language}.xlsx", {"場次": sessions})
            with pytest.raises(InputRefused) as refused:
                import_classes(sqlite_db, path)
        finally:
            i18n.set_language("zh_TW")
        assert _messages(refused) == messages


def test_signup_for_a_cancelled_or_closed_class(sqlite_db: Database, tmp_path: Path) -> None:
    """The class's state was a word slotted into the sentence; now one sentence each."""
    _staff(sqlite_db, 1)
    _class(sqlite_db)
    path = write_workbook(tmp_path / "form.xlsx", {"表單": [["員工編號"], ["E001"]]})
    headers = ["員工編號"]
    mapping = {"員工編號": "員工編號"}
    with sqlite_db.session() as s:
        s.scalars(select(TC)).one().cancelled = True
    table = read_raw(path)
    cases = [("zh_TW", "班期「115-001」已取消，不可報名")]
    cases += [("en", "Class 115-001 is cancelled; nobody can sign up")]
    for language, message in cases:
        i18n.set_language(language)
        try:
            found = si.check_table(sqlite_db, table, mapping, "115-001")
        finally:
            i18n.set_language("zh_TW")
        assert [p.message for p in found.problems] == [message]
    with sqlite_db.session() as s:
        row = s.scalars(select(TC)).one()
        row.cancelled, row.closed_on = False, D(2026, 3, 10)
    i18n.set_language("en")
    try:
        found = si.check_table(sqlite_db, table, mapping, "115-001")
        problems = si.mapping_problems(headers, {"員工編號": "生日"}, None)
    finally:
        i18n.set_language("zh_TW")
    assert [p.message for p in found.problems] == ["Class 115-001 is closed; nobody can sign up"]
    assert [p.message for p in problems] == [
        '"生日" is not a column this import takes (choices: 班期代碼、員工編號、身分證字號、姓名、'
        "單位、報名時間、用餐、職務代理人、主管同意)",
        'Map at least one column to "員工編號", "身分證字號" or "姓名"',
        'Choose a class, or map a column to "班期代碼"',
    ]


def test_class_refusals_and_print_data_in_english(sqlite_db: Database, english: None) -> None:
    with pytest.raises(InputRefused) as refused:
        classes.create_class(sqlite_db, ClassInput("", "", organizing="外包", capacity=-1))
    assert _messages(refused) == [
        "The class code cannot be blank",
        "The course title cannot be blank",
        "The organizing type must be one of 自辦, 委辦, 薦送",
        "The capacity cannot be negative",
    ]
    with pytest.raises(ValueError, match='Cannot read the leave limit "一半"'):
        parse_leave_limit("一半")
    classes.create_class(sqlite_db, ClassInput("115-003", "尚無場次"))
    with pytest.raises(InputRefused) as refused:
        printing.roster(sqlite_db, "115-003")
    assert _messages(refused) == ["Class 115-003 has no sessions yet; the roster cannot be printed"]
