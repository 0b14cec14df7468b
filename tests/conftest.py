"""Shared fixtures: a migrated database on SQLite always, and on PostgreSQL when the test
command started a server (HRPLANNER_TEST_PG_URL)."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from hrplanner.storage.database import Database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PG_URL = os.environ.get("HRPLANNER_TEST_PG_URL")
_counter = itertools.count()


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user's data folder or database."""
    monkeypatch.setenv("HRPLANNER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("HRPLANNER_DB", raising=False)


@pytest.fixture(scope="session")
def _pg_template() -> Iterator[str | None]:
    """A migrated PostgreSQL template database; each test copies it (fast)."""
    if not PG_URL:
        yield None
        return
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = f"hrp_template_{os.getpid()}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    Database.open(url).close()
    yield name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
    admin.dispose()


def _pg_database(template: str) -> tuple[str, callable]:  # type: ignore[valid-type]
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")  # type: ignore[arg-type]
    name = f"hrp_test_{os.getpid()}_{next(_counter)}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)  # type: ignore[arg-type]

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return url, drop


@pytest.fixture(params=["sqlite", "postgresql"])
def db(
    request: pytest.FixtureRequest, tmp_path: Path, _pg_template: str | None
) -> Iterator[Database]:
    """A freshly migrated database with the default reference lists."""
    if request.param == "sqlite":
        database = Database.open(str(tmp_path / "test.db"), user="tester")
        yield database
        database.close()
        return
    if _pg_template is None:
        pytest.skip("no PostgreSQL server (HRPLANNER_TEST_PG_URL not set)")
    url, drop = _pg_database(_pg_template)
    database = Database.open(url, user="tester")
    yield database
    database.close()
    drop()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    """SQLite only: for tests about files (backup, restore) and for UI tests."""
    database = Database.open(str(tmp_path / "test.db"), user="tester")
    yield database
    database.close()


def write_workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    """An .xlsx file with one sheet per entry, rows as given (row 1 = the header)."""
    from openpyxl import Workbook

    wb = Workbook()
    first = wb.active
    if first is not None:
        wb.remove(first)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path
