"""Reading external learning records (外部時數) for lists: one joined query, never one query
per record.

A year of the ``large`` demo holds ~12,000 records and all years ~84,000, so the window can
read them the way the big lists do: ``external_ids`` gives the ids in display order (with
the count and the total hours for the status line), and ``external_rows`` reads the rows of
one page of ids when the view scrolls to them. ``list_external`` reads everything at once
for small lists, the tests and the command line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from hrplanner.storage.database import Database
from hrplanner.storage.engine import fetch_all
from hrplanner.storage.models import Employee, ExternalRecord, LearningTopic, Unit

# SQLite limits the number of bound parameters in one statement.
_CHUNK = 900


@dataclass(frozen=True)
class ExternalView:
    id: int
    employee_id: int
    employee_no: str
    name: str
    title: str
    end_date: dt.date
    minutes: int
    topic: str
    mode: str
    source: str | None
    unit: str = ""


@dataclass(frozen=True)
class ExternalFilter:
    """Which records a list shows: one Gregorian year (None = all), one person, and a
    search over name and employee number (case-insensitive, part of either)."""

    year: int | None = None
    employee_id: int | None = None
    search: str = ""


@dataclass(frozen=True)
class ExternalIndex:
    """The ids of the matching records in display order, with their total minutes."""

    ids: list[int]
    minutes: int


# The sort keys a list may ask for; every order ends with the id so that it is total.
SORTS: dict[str, tuple[Any, ...]] = {
    "date": (ExternalRecord.end_date, Employee.employee_no, ExternalRecord.title),
    "employee_no": (Employee.employee_no, ExternalRecord.end_date),
    "name": (Employee.name, Employee.employee_no, ExternalRecord.end_date),
    "unit": (Unit.sort_order, Unit.name, Employee.employee_no, ExternalRecord.end_date),
    "title": (ExternalRecord.title, ExternalRecord.end_date),
    "minutes": (ExternalRecord.minutes, ExternalRecord.end_date),
    "topic": (LearningTopic.sort_order, LearningTopic.name, ExternalRecord.end_date),
    "mode": (ExternalRecord.mode, ExternalRecord.end_date),
    "source": (ExternalRecord.source, ExternalRecord.end_date),
}


def _joined(*columns: Any) -> Select[Any]:
    return (
        select(*columns)
        .join(Employee, Employee.id == ExternalRecord.employee_id)
        .join(Unit, Unit.id == Employee.unit_id)
        .join(LearningTopic, LearningTopic.id == ExternalRecord.topic_id)
    )


_VIEW_COLUMNS = (
    ExternalRecord.id,
    ExternalRecord.employee_id,
    Employee.employee_no,
    Employee.name,
    ExternalRecord.title,
    ExternalRecord.end_date,
    ExternalRecord.minutes,
    LearningTopic.name,
    ExternalRecord.mode,
    ExternalRecord.source,
    Unit.name,
)


def _filtered(query: Select[Any], flt: ExternalFilter) -> Select[Any]:
    if flt.year is not None:
        query = query.where(
            ExternalRecord.end_date.between(dt.date(flt.year, 1, 1), dt.date(flt.year, 12, 31))
        )
    if flt.employee_id is not None:
        query = query.where(ExternalRecord.employee_id == flt.employee_id)
    text = flt.search.strip().casefold()
    if text:
        query = query.where(
            func.lower(Employee.name).contains(text, autoescape=True)
            | func.lower(Employee.employee_no).contains(text, autoescape=True)
        )
    return query


def _ordered(query: Select[Any], sort: str, descending: bool) -> Select[Any]:
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}; expected one of {sorted(SORTS)}")
    keys = (*SORTS[sort], ExternalRecord.id)
    return query.order_by(*(k.desc() for k in keys) if descending else keys)


def _view(row: Sequence[Any]) -> ExternalView:
    return ExternalView(*row)


def external_ids(
    db: Database, flt: ExternalFilter | None = None, sort: str = "date", descending: bool = False
) -> ExternalIndex:
    """The ids of the records passing ``flt`` in the order of ``sort`` (a key of SORTS),
    and their total minutes (the list's status line)."""
    query = _ordered(
        _filtered(_joined(ExternalRecord.id, ExternalRecord.minutes), flt or ExternalFilter()),
        sort,
        descending,
    )
    with db.session() as session:
        rows = fetch_all(session.connection().execute(query))
    return ExternalIndex([r[0] for r in rows], sum(r[1] for r in rows))


def views_by_id(session: Session, ids: Sequence[int]) -> dict[int, ExternalView]:
    """The records of ``ids`` read in the caller's unit of work, by id."""
    found: dict[int, ExternalView] = {}
    connection = session.connection()
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        query = _joined(*_VIEW_COLUMNS).where(ExternalRecord.id.in_(chunk))
        for row in connection.execute(query):
            found[row[0]] = _view(row)
    return found


def external_rows(db: Database, ids: Sequence[int]) -> list[ExternalView]:
    """The rows of ``ids`` in the same order (ids deleted meanwhile are left out)."""
    with db.session() as session:
        found = views_by_id(session, ids)
    return [found[i] for i in ids if i in found]


def list_external(
    db: Database,
    *,
    year: int | None = None,
    employee_id: int | None = None,
    search: str = "",
    sort: str = "date",
    descending: bool = False,
) -> list[ExternalView]:
    """Every record passing the filter, in one query (by date unless ``sort`` says else)."""
    flt = ExternalFilter(year, employee_id, search)
    query = _ordered(_filtered(_joined(*_VIEW_COLUMNS), flt), sort, descending)
    with db.session() as session:
        return [_view(row) for row in session.connection().execute(query)]
