"""Revision 0004 (appraisal): a database made by 0001 upgrades with its data kept, a fresh
one is created at the head, the models and the migrations agree, and downgrading works, on
SQLite and (when a server runs) PostgreSQL."""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from hrplanner.storage import migrate
from hrplanner.storage.database import Database
from hrplanner.storage.engine import make_engine
from hrplanner.storage.models import Appraisal, Base, Employee

PG_URL = os.environ.get("HRPLANNER_TEST_PG_URL")
_counter = itertools.count()
NEW_TABLES = {
    "appraisal",
    "appraisal_cycle",
    "appraisal_committee_member",
    "interim_period",
    "interim_record",
    "leave_summary",
    "reward_record",
    "teacher_appraisal",
}


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database (file path or URL)."""
    if request.param == "sqlite":
        yield str(tmp_path / "old.db")
        return
    if not PG_URL:
        pytest.skip("no PostgreSQL server (HRPLANNER_TEST_PG_URL not set)")
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = f"hrp_mig_{os.getpid()}_{next(_counter)}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_a_0001_database_upgrades_and_keeps_its_people(target: str) -> None:
    engine = make_engine(target)
    command.upgrade(migrate.alembic_config(engine), "0001")
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO unit (id, name, sort_order, active) VALUES (1, '人事室', 0, true)")
        )
        conn.execute(
            text("INSERT INTO staff_category (id, name, sort_order) VALUES (1, '公務人員', 0)")
        )
        conn.execute(
            text(
                "INSERT INTO employee (id, employee_no, name, unit_id, category_id, meal,"
                " status, is_supervisor, version)"
                " VALUES (1, 'A001', '王小明', 1, 1, '葷', '在職', false, 1)"
            )
        )
    assert migrate.current_revision(engine) == "0001"
    engine.dispose()

    db = Database.open(target)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision(db.engine)
        tables = set(inspect(db.engine).get_table_names())
        assert tables >= NEW_TABLES
        columns = {c["name"] for c in inspect(db.engine).get_columns("employee")}
        assert "leave_date" in columns
        assert "reason" in {c["name"] for c in inspect(db.engine).get_columns("change_log")}
        with db.session() as s:
            person = s.get(Employee, 1)
            assert person is not None and person.name == "王小明" and person.leave_date is None
            person.leave_date = dt.date(2025, 6, 30)
            s.add(Appraisal(year=2025, employee_id=1, status="未評擬", net_points=0, months=6))
        with db.session() as s:
            assert s.get(Employee, 1).leave_date == dt.date(2025, 6, 30)  # type: ignore[union-attr]
    finally:
        db.close()


def test_a_fresh_database_matches_the_models_and_downgrades(target: str) -> None:
    db = Database.open(target)
    try:
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
        config = migrate.alembic_config(db.engine)
        command.downgrade(config, "0001")
        tables = set(inspect(db.engine).get_table_names())
        assert not NEW_TABLES & tables
        assert "leave_date" not in {c["name"] for c in inspect(db.engine).get_columns("employee")}
        command.upgrade(config, "head")
        assert set(inspect(db.engine).get_table_names()) >= NEW_TABLES
    finally:
        db.close()
