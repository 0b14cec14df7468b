"""Revision 0007 (versions of attendance cells, sessions and settings): rows stored before
the upgrade start at version 1, the models and the migrations agree, and downgrading drops
the columns again."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from hrplanner.storage import migrate
from hrplanner.storage.database import Database
from hrplanner.storage.models import Base

TABLES = ("attendance", "class_session", "setting")


def columns(db: Database, table: str) -> set[str]:
    return {c["name"] for c in inspect(db.engine).get_columns(table)}


def test_rows_stored_before_0007_start_at_version_1(tmp_path: Path) -> None:
    db = Database.open(str(tmp_path / "hr.db"))
    try:
        config = migrate.alembic_config(db.engine)
        command.downgrade(config, "0006")
        assert all("version" not in columns(db, t) for t in TABLES)
        with db.engine.begin() as conn:
            conn.execute(text("INSERT INTO setting (key, value) VALUES ('agency_name', '\"甲\"')"))
        command.upgrade(config, "head")
        assert all("version" in columns(db, t) for t in TABLES)
        with db.engine.connect() as conn:
            stored = conn.execute(text("SELECT version FROM setting WHERE key = 'agency_name'"))
            assert stored.scalar_one() == 1
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
    finally:
        db.close()
