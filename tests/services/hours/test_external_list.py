"""Reading 外部時數 for lists: one query whatever the number of records, ids in display order
with their total, rows of a page of ids in the ids' order, search and sort."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event, select

from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.services.hours import external, external_list
from hrplanner.services.hours.external_list import ExternalFilter
from hrplanner.storage.database import Database
from hrplanner.storage.models import Employee, StaffCategory


@pytest.fixture
def records(db: Database) -> Database:
    with db.session() as s:
        cat = s.scalar(select(StaffCategory.id).filter_by(name="公務人員"))
        personnel = get_or_create_unit(s, "人事室").id
        accounting = get_or_create_unit(s, "會計室").id
        s.add(Employee(employee_no="E001", name="陳一", unit_id=personnel, category_id=cat))
        s.add(Employee(employee_no="E002", name="林二", unit_id=accounting, category_id=cat))
        s.add(Employee(employee_no="X003", name="Amy Wang", unit_id=accounting, category_id=cat))
    rows = [
        ("E001", "環境教育數位課程", dt.date(2025, 3, 1), 120, "環境教育"),
        ("E002", "性別主流化導論", dt.date(2025, 1, 9), 60, "性別主流化"),
        ("X003", "廉政倫理", dt.date(2025, 12, 31), 180, "廉政與服務倫理"),
        ("E001", "去年的課", dt.date(2024, 12, 31), 90, "一般"),
        ("E002", "明年的課", dt.date(2026, 1, 1), 30, "一般"),
    ]
    for no, title, day, minutes, topic in rows:
        external.add_external(db, external.ExternalInput(no, title, day, minutes, topic))
    return db


@contextmanager
def counted(db: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def test_a_year_in_date_order_with_units(records: Database) -> None:
    views = external.list_external(records, year=2025)
    assert [(v.employee_no, v.title, v.unit, v.topic) for v in views] == [
        ("E002", "性別主流化導論", "會計室", "性別主流化"),
        ("E001", "環境教育數位課程", "人事室", "環境教育"),
        ("X003", "廉政倫理", "會計室", "廉政與服務倫理"),
    ]
    # The year's bounds are both inside: 1 January and 31 December count, their neighbours not.
    assert [v.end_date.year for v in external.list_external(records)] == [
        2024,
        2025,
        2025,
        2025,
        2026,
    ]


def test_one_query_whatever_the_number_of_records(records: Database) -> None:
    with counted(records) as few:
        assert len(external.list_external(records, year=2025)) == 3
    for day in range(1, 29):
        external.add_external(
            records, external.ExternalInput("E001", f"第{day}課", dt.date(2025, 2, day), 60)
        )
    with counted(records) as many:
        assert len(external.list_external(records, year=2025)) == 31
    selects = [s for s in many if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == len([s for s in few if s.lstrip().upper().startswith("SELECT")]) == 1


def test_ids_then_rows_of_a_page(records: Database) -> None:
    index = external_list.external_ids(records, ExternalFilter(year=2025))
    assert index.minutes == 120 + 60 + 180
    views = external.list_external(records, year=2025)
    assert index.ids == [v.id for v in views]
    # A page asked in another order comes back in that order; a deleted id is left out.
    page = [index.ids[2], index.ids[0]]
    external.delete_external(records, index.ids[1])
    with counted(records) as statements:
        rows = external_list.external_rows(records, [*page, index.ids[1]])
    assert [r.id for r in rows] == page
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1


def test_search_by_name_or_number_ignoring_case(records: Database) -> None:
    def titles(text: str) -> list[str]:
        return [v.title for v in external.list_external(records, year=2025, search=text)]

    assert titles("陳") == ["環境教育數位課程"]
    assert titles("amy") == ["廉政倫理"]
    assert titles("x00") == ["廉政倫理"]
    assert titles("E00") == ["性別主流化導論", "環境教育數位課程"]
    # LIKE wildcards are plain characters in a search.
    assert titles("%") == []
    assert titles("  ") == [v.title for v in external.list_external(records, year=2025)]
    index = external_list.external_ids(records, ExternalFilter(year=2025, search="e00"))
    assert index.minutes == 180


def test_sort_keys(records: Database) -> None:
    def minutes(sort: str, descending: bool = False) -> list[int]:
        views = external.list_external(records, year=2025, sort=sort, descending=descending)
        return [v.minutes for v in views]

    assert minutes("minutes") == [60, 120, 180]
    assert minutes("minutes", descending=True) == [180, 120, 60]
    assert minutes("employee_no") == [120, 60, 180]
    with pytest.raises(ValueError, match="unknown sort"):
        external.list_external(records, sort="nonsense")
    flt = ExternalFilter(year=2025)
    up = external_list.external_ids(records, flt, sort="unit").ids
    down = external_list.external_ids(records, flt, sort="unit", descending=True).ids
    assert down == list(reversed(up))  # every order is total (it ends with the id)
    units = [r.unit for r in external_list.external_rows(records, up)]
    assert units in (["人事室", "會計室", "會計室"], ["會計室", "會計室", "人事室"])
