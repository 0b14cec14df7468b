"""An open HR Planner database: engine, session factory and start-up (backup + migrate)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from hrplanner.storage import migrate, seed
from hrplanner.storage.engine import make_engine, make_session_factory, sqlite_path, unit_of_work


@dataclass
class Database:
    engine: Engine
    factory: sessionmaker[Session]
    # Who is making changes (for the change log); the OS user by default.
    user: str = "hrplanner"
    upgrade_backup: Path | None = field(default=None)

    @classmethod
    def open(
        cls, target: str, *, backup_folder: Path | None = None, user: str | None = None
    ) -> Database:
        """Open (creating if needed) and upgrade the database, then seed default lists."""
        engine = make_engine(target)
        backup = migrate.upgrade(engine, backup_folder)
        db = cls(engine, make_session_factory(engine), user or _os_user(), backup)
        seed.ensure_defaults(db.factory)
        return db

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error."""
        with unit_of_work(self.factory) as session:
            yield session

    @property
    def file(self) -> Path | None:
        return sqlite_path(self.engine)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def close(self) -> None:
        self.engine.dispose()


def _os_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no user name on some locked-down PCs
        return "hrplanner"
