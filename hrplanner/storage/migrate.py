"""Run the Alembic migrations shipped in the package, backing up a SQLite file first.

Alembic is imported only when the schema really changes: on an ordinary start the stored
revision is compared with the newest revision file by a plain query, which keeps Alembic
(about a tenth of a second) off the window's start-up path.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from hrplanner.storage.engine import create_owner_only, owner_only, sqlite_path
from hrplanner.storage.revisions import newest_revision_file

# What Alembic calls a database with its version table but no revision recorded.
BASE_REVISION = "base"

if TYPE_CHECKING:
    from alembic.config import Config


def stored_revision(engine: Engine) -> str | None:
    """The revision recorded in the database, by a plain query (None when there is none)."""
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError:  # no alembic_version table yet: a new database
        return None


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(files("hrplanner.db")))
    config.attributes["engine"] = engine
    return config


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(engine: Engine) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def _has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())


def needs_upgrade(engine: Engine) -> bool:
    stored = stored_revision(engine)
    if stored is not None and stored == newest_revision_file():
        return False
    return current_revision(engine) != head_revision(engine)


def backup_sqlite(source: Path, destination: Path) -> Path:
    """Copy a live SQLite database consistently (WAL included) with SQLite's backup API.

    The copy holds full identity numbers like the database, so it is made owner-only
    before any data goes in (not after: a reader could open it in between)."""
    if destination.exists():
        owner_only(destination)
    else:
        create_owner_only(destination)
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


class UpgradeFailed(Exception):
    """The migrations failed; ``backup`` is the copy made before they started (if any)."""

    def __init__(self, backup: Path | None, error: BaseException) -> None:
        super().__init__(str(error))
        self.backup = backup
        self.error = error


def upgrade(engine: Engine, backup_folder: Path | None = None) -> Path | None:
    """Bring the schema to the newest revision; return the backup made, if any.

    An existing SQLite database that is not yet at the newest revision is copied to
    ``backup_folder`` before anything changes, so a failed upgrade loses nothing;
    ``UpgradeFailed`` names that copy.
    """
    if not needs_upgrade(engine):
        return None
    backup = None
    path = sqlite_path(engine)
    if path is not None and backup_folder is not None and _has_tables(engine):
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_sqlite(path, backup_folder / f"{path.stem}-before-upgrade-{stamp}.db")
    from alembic import command

    try:
        command.upgrade(alembic_config(engine), "head")
    except Exception as exc:  # whatever the migration met: say so, naming the copy
        raise UpgradeFailed(backup, exc) from exc
    return backup
