"""Engine and session factory for SQLite (default) and PostgreSQL (shared office server)."""

from __future__ import annotations

import contextlib
import os
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVarTuple

from sqlalchemy import Engine, Result, Row, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from hrplanner.i18n import _
from hrplanner.paths import expanded

# How long a writer that meets another HR Planner's write waits for it (SQLite's busy
# handler retries the lock with growing pauses until then) before DatabaseBusy. Closing a
# big class, an import or a save hold the lock well under a second; a restore or a demo
# longer, and a writer then says so instead of waiting without end.
SQLITE_BUSY_TIMEOUT_MS = 10000
# How long to wait for a PostgreSQL server before saying it cannot be reached (instead of
# the system's minutes); a URL may set its own (?connect_timeout=N).
PG_CONNECT_TIMEOUT_S = 10


def database_url(target: str) -> str:
    """Turn a ``--db`` value (a file path or a SQLAlchemy URL) into a URL."""
    if "://" in target:
        url = make_url(target)
        if url.drivername in ("postgresql", "postgres"):
            # psycopg 3 is the driver we ship; plain postgresql:// would ask for psycopg2.
            url = url.set(drivername="postgresql+psycopg")
        return url.render_as_string(hide_password=False)
    return "sqlite:///" + str(expanded(target).resolve())


def sqlite_path_of_url(url: str) -> Path | None:
    """The database file of a SQLite URL; None for other back ends and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    name = parsed.database
    if not name or name == ":memory:":
        return None
    return Path(name)


def sqlite_path(engine: Engine) -> Path | None:
    """The database file of a SQLite engine, or None for other back ends."""
    if engine.dialect.name != "sqlite":
        return None
    name = engine.url.database
    if not name or name == ":memory:":
        return None
    return Path(name)


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def make_engine(target: str, **kwargs: Any) -> Engine:
    """Create the engine. It touches nothing until it connects (and SQLite then creates a
    missing file): ``Database.open`` looks at the target first (``storage.probe``)."""
    url = make_url(database_url(target))
    if url.get_backend_name() == "postgresql" and "connect_timeout" not in url.query:
        kwargs.setdefault("connect_args", {"connect_timeout": PG_CONNECT_TIMEOUT_S})
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
    return engine


def create_owner_only(path: Path) -> None:
    """Create the empty file ``path`` readable and writable by its owner only from the
    first moment (no window in which others could open it); its folders as needed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    os.close(os.open(path, flags, stat.S_IRUSR | stat.S_IWUSR))


def owner_only(path: Path) -> None:
    """Take away what others may do with ``path`` (0644 → 0600): the database and its
    copies hold full identity numbers. What the owner may do is left as it is (a file
    made read-only stays read-only). Best effort: a network share may refuse modes, and
    the file stays usable."""
    with contextlib.suppress(OSError):
        current = stat.S_IMODE(path.stat().st_mode)
        if current & (stat.S_IRWXG | stat.S_IRWXO):
            os.chmod(path, current & stat.S_IRWXU)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


class DatabaseBusy(Exception):
    """Another HR Planner held the database's write lock for longer than a writer waits
    (SQLite); nothing of this unit of work was written."""

    def __init__(self) -> None:
        super().__init__(busy_message())


def busy_message() -> str:
    return _("另一個 HR Planner 正在儲存資料，請稍後再試；這次的變更沒有儲存。")


def is_busy(exc: BaseException) -> bool:
    """Whether ``exc`` is SQLite's "database is locked" (or "busy") after its wait."""
    if not isinstance(exc, OperationalError):
        return False
    reason = str(exc.orig if exc.orig is not None else exc).lower()
    return "database is locked" in reason or "database table is locked" in reason


@contextmanager
def unit_of_work(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One user action: commit on success, roll back everything on any error.

    The one place every write passes: a SQLite writer that meets another HR Planner's
    write waits for it (the busy timeout) and, if that runs out, ``DatabaseBusy`` says so
    in a sentence instead of "database is locked"."""
    session = factory()
    try:
        yield session
        session.commit()
    except OperationalError as exc:
        session.rollback()
        if is_busy(exc):
            raise DatabaseBusy() from exc
        raise
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


# Keys of PostgreSQL's transaction-level advisory locks, one per kind of serialised work.
_ADVISORY_KEYS = {"certificate-numbers": 0x48520001}


def serialised(session: Session, name: str) -> None:
    """Make the rest of this unit of work wait its turn behind every other unit that asked
    for the lock ``name``, until it commits or rolls back: what it then reads is what the
    previous holder committed (e.g. the last certificate number issued). PostgreSQL: an
    advisory lock for the transaction; SQLite: the database's write lock (BEGIN
    IMMEDIATE; the busy timeout is the wait)."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.execute(
            text("SELECT pg_advisory_xact_lock(:key)"), {"key": _ADVISORY_KEYS[name]}
        )
        return
    if connection.dialect.name == "sqlite":
        raw = connection.connection.dbapi_connection
        if raw is not None and not raw.in_transaction:
            connection.exec_driver_sql("BEGIN IMMEDIATE")


# Rows fetched between two pauses of ``fetch_all``.
FETCH_BATCH = 500
_Ts = TypeVarTuple("_Ts")


def fetch_all(result: Result[*_Ts]) -> list[Row[*_Ts]]:
    """Every row of ``result``, fetched in batches with a pause for other threads between.

    A database driver lets go of the interpreter lock at every row and takes it straight
    back, which can keep a waiting thread (the window's) from the lock for the whole of a
    long fetch — the window froze for 0.1–1 s while a big export or list was read in the
    background. A zero sleep between batches hands the lock over; it costs nothing."""
    rows: list[Row[*_Ts]] = []
    for batch in result.partitions(FETCH_BATCH):
        rows.extend(batch)
        time.sleep(0)
    return rows
