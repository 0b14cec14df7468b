"""Run the Alembic migrations shipped in the package, backing up a SQLite file first."""

from __future__ import annotations

import datetime as dt
import sqlite3
from importlib.resources import files
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from hrplanner.storage.engine import sqlite_path


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(files("hrplanner.db")))
    config.attributes["engine"] = engine
    return config


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(engine: Engine) -> str | None:
    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def _has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision(engine)


def backup_sqlite(source: Path, destination: Path) -> Path:
    """Copy a live SQLite database consistently (WAL included) with SQLite's backup API."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(destination))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return destination


def upgrade(engine: Engine, backup_folder: Path | None = None) -> Path | None:
    """Bring the schema to the newest revision; return the backup made, if any.

    An existing SQLite database that is not yet at the newest revision is copied to
    ``backup_folder`` before anything changes, so a failed upgrade loses nothing.
    """
    if not needs_upgrade(engine):
        return None
    backup = None
    path = sqlite_path(engine)
    if path is not None and backup_folder is not None and _has_tables(engine):
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_sqlite(path, backup_folder / f"{path.stem}-before-upgrade-{stamp}.db")
    command.upgrade(alembic_config(engine), "head")
    return backup
