"""The staff service: validation per field, search, optimistic locking, deactivate, delete."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from hrplanner.services.common.errors import ConflictError, InputRefused, NotFound
from hrplanner.services.staff import roster, validation
from hrplanner.services.staff.roster import EmployeeData, StaffFilter
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    ChangeLog,
    Employee,
    Enrollment,
    StaffCategory,
    TrainingClass,
    Unit,
)

TODAY = dt.date(2024, 6, 1)


def person(no: str = "1001", **changes: object) -> EmployeeData:
    base = EmployeeData(
        employee_no=no,
        name="王小明",
        national_id="A123456789",
        gender="男",
        birth_date=dt.date(1985, 6, 15),
        unit="人事處",
        title="科員",
        category="公務人員",
        rank_group="委任",
        hire_date=dt.date(2015, 9, 1),
        email="wang@example.gov.tw",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def columns(data: EmployeeData) -> list[str]:
    return [p.column for p in validation.validate(data, today=TODAY)]


def test_valid_person_has_no_problems() -> None:
    assert validation.validate(person(), today=TODAY) == []


@pytest.mark.parametrize(
    ("changes", "column", "words"),
    [
        ({"employee_no": " "}, "員工編號", "必填"),
        ({"name": ""}, "姓名", "必填"),
        ({"unit": ""}, "單位", "必填"),
        ({"category": ""}, "人員類別", "必填"),
        ({"national_id": "A123456788"}, "身分證字號", "檢查碼"),
        ({"national_id": "A1234"}, "身分證字號", "格式"),
        ({"category": "外包人員"}, "人員類別", "外包人員"),
        ({"rank_group": "特任"}, "官等", "特任"),
        ({"email": "wang@gov"}, "電子郵件", "格式"),
        ({"gender": "M"}, "性別", "M"),
        ({"meal": "海鮮"}, "用餐", "海鮮"),
        ({"status": "調職"}, "在職狀態", "調職"),
        ({"birth_date": dt.date(2025, 1, 1)}, "出生日期", "晚於今天"),
        ({"hire_date": dt.date(2024, 7, 1)}, "到職日期", "晚於今天"),
        ({"hire_date": dt.date(1980, 1, 1)}, "到職日期", "出生日期"),
    ],
)
def test_each_field_is_checked(changes: dict[str, object], column: str, words: str) -> None:
    problems = validation.validate(person(**changes), today=TODAY)
    assert [p.column for p in problems] == [column]
    assert words in problems[0].message


def test_id_number_is_optional_and_normalised() -> None:
    assert columns(person(national_id="")) == []
    assert columns(person(national_id=" a123456789 ")) == []
    assert validation.clean(person(national_id=" ａ123456789")).national_id == "A123456789"


def test_category_list_comes_from_the_database(db: Database) -> None:
    with db.session() as s:
        s.add(StaffCategory(name="駐衛警察", sort_order=9))
    assert validation.check(db, person(category="駐衛警察"), today=TODAY) == []
    assert validation.validate(person(category="駐衛警察"), today=TODAY) != []


def test_create_get_round_trip_and_unit_created(db: Database) -> None:
    new_id = roster.create(db, person(unit="新設科", national_id="a123456789"))
    data = roster.get(db, new_id)
    assert data.unit == "新設科"
    assert data.national_id == "A123456789"
    assert data.version == 1
    assert replace(data, version=0) == person(unit="新設科")
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Unit).filter_by(name="新設科")) == 1


def test_duplicate_employee_no_refused(db: Database) -> None:
    roster.create(db, person("1001"))
    with pytest.raises(InputRefused) as info:
        roster.create(db, person("1001", name="李大華"))
    assert info.value.problems[0].column == "員工編號"
    assert roster.count(db) == 1


def test_an_identity_number_of_another_person_is_refused(db: Database) -> None:
    first = roster.create(db, person("1001"))
    with pytest.raises(InputRefused) as info:
        roster.create(db, person("1002", name="李大華", national_id=" a123456789"))
    [problem] = info.value.problems
    assert problem.column == "身分證字號"
    assert "員工編號「1001」" in problem.message and "A12****789" in problem.message
    assert "A123456789" not in problem.message  # R2: masked
    assert roster.count(db) == 1
    # Editing another person to take the number is refused too; keeping one's own is fine.
    other = roster.create(db, person("1002", name="李大華", national_id="F131104093"))
    data = roster.get(db, other)
    with pytest.raises(InputRefused, match="員工編號「1001」"):
        roster.update(db, other, replace(data, national_id="A123456789"))
    assert roster.get(db, other).national_id == "F131104093"
    mine = roster.get(db, first)
    roster.update(db, first, replace(mine, title="專員"))
    assert roster.get(db, first).title == "專員"


def test_invalid_create_writes_nothing(db: Database) -> None:
    with pytest.raises(InputRefused) as info:
        roster.create(db, person(unit="不該出現的單位", national_id="A123456788", name=""))
    assert [p.column for p in info.value.problems] == ["姓名", "身分證字號"]
    with db.session() as s:
        assert s.scalar(select(Unit.id).filter_by(name="不該出現的單位")) is None
    assert roster.count(db) == 0


def _roster(db: Database) -> dict[str, int]:
    people = [
        # Everyone has a number of their own (another person's would be refused).
        person(
            "1003",
            name="陳志明",
            unit="人事處",
            national_id="F131104093",
            hire_date=dt.date(2010, 1, 1),
        ),
        person("1001", name="林淑芬", unit="秘書處", gender="女", national_id="", hire_date=None),
        person("1002", name="陳怡君", unit="秘書處", category="約聘僱人員", rank_group=""),
        person("2001", name="黃建國", unit="人事處", status="離職", national_id=""),
    ]
    return {p.employee_no: roster.create(db, p) for p in people}


def test_search_filters(db: Database) -> None:
    ids = _roster(db)
    with db.session() as s:
        secretariat = s.scalar(select(Unit.id).filter_by(name="秘書處"))
        contract = s.scalar(select(StaffCategory.id).filter_by(name="約聘僱人員"))

    def nos(flt: StaffFilter) -> list[str]:
        return [r.employee_no for r in roster.search(db, flt)]

    assert nos(StaffFilter()) == ["1001", "1002", "1003", "2001"]
    assert nos(StaffFilter(text="陳")) == ["1002", "1003"]
    assert nos(StaffFilter(text="200")) == ["2001"]  # employee number substring
    assert nos(StaffFilter(unit_id=secretariat)) == ["1001", "1002"]
    assert nos(StaffFilter(category_id=contract)) == ["1002"]
    assert nos(StaffFilter(status="在職", text="陳")) == ["1002", "1003"]
    assert nos(StaffFilter(status="離職")) == ["2001"]
    assert nos(StaffFilter(text="%")) == []  # LIKE wildcards are matched literally
    assert roster.search_ids(db, StaffFilter(text="陳")) == [ids["1002"], ids["1003"]]


def test_sorting_and_rows_for_ids(db: Database) -> None:
    ids = _roster(db)
    by_hire = roster.search_ids(db, StaffFilter(), sort="hire_date")
    # 1001 has no hire date: last in both directions, on SQLite and PostgreSQL alike.
    assert by_hire[-1] == ids["1001"] and by_hire[0] == ids["1003"]
    assert (
        roster.search_ids(db, StaffFilter(), sort="hire_date", descending=True)[-1] == ids["1001"]
    )
    by_unit = [
        r.unit for r in roster.rows_for_ids(db, roster.search_ids(db, StaffFilter(), "unit"))
    ]
    assert by_unit == ["人事處", "人事處", "秘書處", "秘書處"]
    wanted = [ids["2001"], ids["1001"], 99999, ids["1002"]]
    rows = roster.rows_for_ids(db, wanted)
    assert [r.employee_no for r in rows] == ["2001", "1001", "1002"]
    row = rows[2]
    assert (row.name, row.unit, row.category, row.rank_group) == (
        "陳怡君",
        "秘書處",
        "約聘僱人員",
        "",
    )
    assert row.national_id_masked == "A12****789"
    with pytest.raises(ValueError):
        roster.search_ids(db, StaffFilter(), sort="salary")


def test_stale_edit_raises_conflict_and_keeps_first_edit(db: Database) -> None:
    new_id = roster.create(db, person())
    mine, theirs = roster.get(db, new_id), roster.get(db, new_id)
    roster.update(db, new_id, replace(theirs, title="專員"))
    with pytest.raises(ConflictError):
        roster.update(db, new_id, replace(mine, email="mine@example.gov.tw"))
    saved = roster.get(db, new_id)
    assert (saved.title, saved.email, saved.version) == ("專員", "wang@example.gov.tw", 2)


def test_update_logs_changes_with_masked_id(db: Database) -> None:
    new_id = roster.create(db, person())
    data = roster.get(db, new_id)
    roster.update(db, new_id, replace(data, national_id="F131104093", unit="秘書處"))
    with db.session() as s:
        logged = {c.field: (c.old, c.new) for c in s.scalars(select(ChangeLog))}
    assert logged == {"身分證字號": ("A12****789", "F13****093"), "單位": ("人事處", "秘書處")}


def test_update_refuses_invalid_data(db: Database) -> None:
    new_id = roster.create(db, person())
    other = roster.create(db, person("1002", national_id=""))
    with pytest.raises(InputRefused) as info:
        roster.update(db, other, replace(roster.get(db, other), employee_no="1001"))
    assert info.value.problems[0].column == "員工編號"
    assert roster.get(db, new_id).employee_no == "1001"
    assert roster.get(db, other).employee_no == "1002"


def test_set_status_deactivates(db: Database) -> None:
    new_id = roster.create(db, person())
    roster.set_status(db, new_id, "退休")
    assert roster.get(db, new_id).status == "退休"
    assert roster.search(db, StaffFilter(status="在職")) == []
    with pytest.raises(InputRefused):
        roster.set_status(db, new_id, "放假")
    with pytest.raises(NotFound):
        roster.set_status(db, 424242, "離職")


def test_delete_only_without_records(db: Database) -> None:
    free = roster.create(db, person("1001"))
    busy = roster.create(db, person("1002", national_id=""))
    with db.session() as s:
        cls = TrainingClass(code="113-001", title="公文寫作")
        s.add(cls)
        s.flush()
        s.add(Enrollment(class_id=cls.id, employee_id=busy, registered_at=dt.datetime(2024, 1, 2)))
    roster.delete(db, free)
    with pytest.raises(NotFound):
        roster.get(db, free)
    with pytest.raises(InputRefused, match="離職"):
        roster.delete(db, busy)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Employee)) == 1
