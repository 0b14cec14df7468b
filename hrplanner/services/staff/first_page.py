"""The staff list's first screen read straight from a SQLite file, for start-up only.

Opening the database the normal way (SQLAlchemy and the models, about a second to import,
then the schema check) is what the window waits for longest. While that goes on, this
reads the list the way ``roster.search_ids`` / ``roster.rows_for_ids`` would with the
page's first filter (在職, by employee number) with the standard ``sqlite3`` module, from
the file opened read-only: nothing is created, upgraded or written. The page that the
open database then builds replaces it. Any surprise (not a SQLite file, a schema this
query does not know) means no early rows, never an error: the normal path still follows.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from hrplanner.domain import national_id
from hrplanner.services.staff.rows import EmployeeRow, StaffFilter

# Only the first filter and order of the page: anything else waits for the database.
FIRST_FILTER = StaffFilter(status="在職")
FIRST_SORT = "employee_no"

_IDS = (
    "SELECT e.id FROM employee e JOIN unit u ON u.id = e.unit_id"
    " JOIN staff_category c ON c.id = e.category_id WHERE e.status = ?"
    " ORDER BY e.employee_no IS NULL, e.employee_no, e.id"
)
_ROWS = (
    "SELECT e.id, e.employee_no, e.name, e.national_id, e.gender, u.name, e.title, c.name,"
    " r.name, e.hire_date, e.status, e.email, e.meal FROM employee e"
    " JOIN unit u ON u.id = e.unit_id JOIN staff_category c ON c.id = e.category_id"
    " LEFT JOIN rank_group r ON r.id = e.rank_group_id WHERE e.id IN ({marks})"
)


def sqlite_file(target: str) -> Path | None:
    """The file of a SQLite target (a path or a ``sqlite:///`` URL), if it exists."""
    if target.startswith("sqlite:///"):
        target = target[len("sqlite:///") :]
    elif "://" in target:
        return None  # a server
    path = Path(target)
    return path if path.is_file() else None


@dataclass
class FirstPage:
    """The ids of everyone the first screen lists, in order, and a reader for their rows."""

    path: Path
    ids: list[int]

    def search_ids(self, flt: StaffFilter, sort: str, descending: bool) -> list[int]:
        if flt != FIRST_FILTER or sort != FIRST_SORT or descending:
            return []  # not asked at start-up; the real page answers everything else
        return self.ids

    def rows_for_ids(self, ids: Sequence[int]) -> list[EmployeeRow]:
        found: dict[int, EmployeeRow] = {}
        try:
            with _connect(self.path) as conn:
                for start in range(0, len(ids), 900):
                    chunk = list(ids[start : start + 900])
                    sql = _ROWS.format(marks=",".join("?" * len(chunk)))
                    for r in conn.execute(sql, chunk):
                        found[r[0]] = _row(r)
        except sqlite3.Error:
            return []
        return [found[i] for i in ids if i in found]


def read(path: Path, page_size: int) -> tuple[FirstPage, list[EmployeeRow]] | None:
    """The first screen: the ordered ids and the first ``page_size`` rows, or None."""
    try:
        with _connect(path) as conn:
            ids = [r[0] for r in conn.execute(_IDS, (FIRST_FILTER.status,))]
    except sqlite3.Error:
        return None
    page = FirstPage(path, ids)
    return page, page.rows_for_ids(ids[:page_size])


class _connect:
    """A read-only connection, closed on leaving (``sqlite3``'s own context manager only
    ends the transaction)."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)

    def __enter__(self) -> sqlite3.Connection:
        return self.conn

    def __exit__(self, *_exc: object) -> None:
        self.conn.close()


def _row(r: tuple[object, ...]) -> EmployeeRow:
    hired = r[9]
    return EmployeeRow(
        id=int(str(r[0])),
        employee_no=str(r[1] or ""),
        name=str(r[2] or ""),
        national_id_masked=national_id.mask(None if r[3] is None else str(r[3])),
        gender=str(r[4] or ""),
        unit=str(r[5] or ""),
        title=str(r[6] or ""),
        category=str(r[7] or ""),
        rank_group=str(r[8] or ""),
        hire_date=dt.date.fromisoformat(str(hired)[:10]) if hired else None,
        status=str(r[10] or ""),
        email=str(r[11] or ""),
        meal=str(r[12] or ""),
    )
