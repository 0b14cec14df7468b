"""What a database is, found out before HR Planner writes a byte to it.

``--db`` may name anything: a mistyped path, a text file, another program's SQLite file, a
database made by a newer HR Planner, a damaged one, a PostgreSQL server that is down, a URL
of a kind we do not speak. Each is a ``CannotOpen`` with a whole sentence for the user and
a ``reason`` for callers and tests, raised before anything is created or changed.

A SQLite file is read through SQLite's read-only, *immutable* mode when no journal or WAL
file lies beside it (the file then holds everything), so that looking at another program's
database creates no ``-wal``/``-shm`` files and changes no byte of it; with a journal or WAL
beside it (someone has it open, or crashed) the ordinary read-only mode reads them too.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from hrplanner.i18n import DEFAULT_LANGUAGE, _, language, os_reason
from hrplanner.storage import migrate, revisions
from hrplanner.storage.engine import database_url

SQLITE_HEADER = b"SQLite format 3\x00"
VERSION_TABLE = "alembic_version"
# A table every HR Planner database has had since its first revision: with an emptied
# version table beside it, the file is ours at the base revision (Alembic's view), not
# another program's.
CORE_TABLE = "employee"
# Why a database cannot be opened (``CannotOpen.reason``).
MISSING = "missing"  # no such file, or a database without tables, and creating not allowed
UNREADABLE = "unreadable"  # a folder, no permission
NOT_SQLITE = "not-sqlite"  # a file that is no SQLite database at all
FOREIGN = "foreign"  # another program's database: tables, no HR Planner schema
NEWER = "newer"  # made by a newer HR Planner
DAMAGED = "damaged"  # ours, but tables or columns missing, or pages unreadable
UNREACHABLE = "unreachable"  # the server cannot be reached or refused us
UNKNOWN_SCHEME = "unknown-scheme"  # a URL of a database kind HR Planner does not use
UPGRADE_FAILED = "upgrade-failed"  # the schema upgrade itself failed (a backup was made)

SUPPORTED_BACKENDS = ("sqlite", "postgresql")


class CannotOpen(Exception):
    """The database cannot be opened; ``str()`` is a whole sentence in the user's language.
    Nothing was written when this is raised (an upgrade that failed had made its backup)."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class Found:
    """What a target holds: ``exists`` false for a SQLite file not there yet; ``revision``
    None for a database without HR Planner tables (a new one)."""

    exists: bool
    revision: str | None = None


def display(target: str) -> str:
    """The target as shown to the user: a path as given, a URL without its password."""
    if "://" not in target:
        return target
    try:
        return make_url(target).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return target.split("://", 1)[0] + "://…"


def url_of(target: str) -> str:
    """The SQLAlchemy URL of a ``--db`` value; ``CannotOpen`` for a URL we do not use."""
    try:
        url = database_url(target)
        backend = make_url(url).get_backend_name()
    except (ArgumentError, ValueError) as exc:
        message = _("無法解讀資料庫網址「{target}」：{reason}")
        raise CannotOpen(
            UNKNOWN_SCHEME, message.format(target=display(target), reason=exc)
        ) from exc
    if backend not in SUPPORTED_BACKENDS:
        message = _(
            "HR Planner 不支援「{scheme}」資料庫：請指定 SQLite 檔案路徑，"
            "或 postgresql://使用者@主機/資料庫 形式的網址"
        )
        raise CannotOpen(UNKNOWN_SCHEME, message.format(scheme=target.split("://", 1)[0]))
    return url


# --- what the tables say -----------------------------------------------------------------


def classify(tables: Iterable[str], versions: Sequence[str] | None, shown: str) -> str | None:
    """The revision of a database from its table names and the rows of its version table
    (None when there is no such table); None for a database without tables."""
    names = set(tables)
    others = names - {VERSION_TABLE}
    if VERSION_TABLE not in names:
        if not others:
            return None
        raise CannotOpen(FOREIGN, _foreign(shown))
    if not versions:
        if not others:
            return None  # a first init that stopped before recording its revision
        if CORE_TABLE in others:
            return migrate.BASE_REVISION
        raise CannotOpen(FOREIGN, _foreign(shown))
    if len(versions) > 1:
        message = _("資料庫「{target}」的結構版本紀錄有誤（{versions}）：檔案可能已損壞")
        raise CannotOpen(DAMAGED, message.format(target=shown, versions="、".join(versions)))
    revision = versions[0]
    known = revisions.revision_ids()
    if revision in known:
        return revision
    if revisions.is_revision_id(revision) and known and revision > known[-1]:
        message = _(
            "資料庫「{target}」由較新版本的 HR Planner 建立（結構版本 {stored}，"
            "本版本最新為 {newest}）：請先更新 HR Planner，再開啟這個資料庫"
        )
        raise CannotOpen(NEWER, message.format(target=shown, stored=revision, newest=known[-1]))
    raise CannotOpen(FOREIGN, _foreign(shown))


def _foreign(shown: str) -> str:
    return _(
        "「{target}」是其他程式的資料庫，不是 HR Planner 的資料庫：HR Planner 不會更動它，"
        "請用 --db 指定 HR Planner 的資料庫"
    ).format(target=shown)


def schema_problems(columns: dict[str, set[str]]) -> list[str]:
    """Every table and column of the current schema that ``columns`` (table → its
    columns, as found in the database) lacks."""
    from hrplanner.storage.models import Base

    problems: list[str] = []
    for table in Base.metadata.sorted_tables:
        found = columns.get(table.name)
        if found is None:
            problems.append(_("缺少資料表 {table}").format(table=table.name))
            continue
        problems.extend(
            _("資料表 {table} 缺少欄位 {column}").format(table=table.name, column=column.name)
            for column in table.columns
            if column.name not in found
        )
    return problems


def check_schema(engine: Engine, shown: str) -> None:
    """``CannotOpen`` (damaged) when the schema lacks a table or column it should have."""
    problems = schema_problems(engine_columns(engine))
    if problems:
        raise CannotOpen(DAMAGED, _damaged(shown, problems))


def _damaged(shown: str, problems: list[str]) -> str:
    # Each problem is a whole sentence; the list is joined as each language writes lists.
    separator = "；" if language() == DEFAULT_LANGUAGE else "; "
    listed = separator.join(problems[:5]) + (separator + "…" if len(problems) > 5 else "")
    message = _("資料庫「{target}」的結構已損壞（{problems}）：請由備份還原（hrplanner restore）")
    return message.format(target=shown, problems=listed)


def engine_columns(engine: Engine) -> dict[str, set[str]]:
    """Table → column names, in one query on either back end."""
    if engine.dialect.name == "sqlite":
        sql = (
            "SELECT m.name, p.name FROM sqlite_master AS m, pragma_table_info(m.name) AS p "
            "WHERE m.type = 'table'"
        )
    else:
        sql = (
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema()"
        )
    with engine.connect() as conn:
        return _grouped(conn.execute(text(sql)).all())


def _grouped(rows: Iterable[Sequence[Any]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for table, column in rows:
        out.setdefault(str(table), set()).add(str(column))
    return out


# --- SQLite files ------------------------------------------------------------------------


def sqlite_file(path: Path, shown: str | None = None) -> Found:
    """What the SQLite file ``path`` holds, read without changing it; ``shown`` is the
    path as the user gave it, for the messages."""
    shown = shown or str(path)
    if path.is_dir():
        message = _("「{path}」是資料夾，不是資料庫檔案：請指定資料庫檔案的路徑")
        raise CannotOpen(UNREADABLE, message.format(path=shown))
    if not path.exists():
        return Found(exists=False)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        message = _("無法讀取資料庫檔案「{path}」：{reason}")
        raise CannotOpen(UNREADABLE, message.format(path=shown, reason=os_reason(exc))) from exc
    if not header:
        return Found(exists=True)  # an empty file: a new database
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        message = _("「{path}」不是 SQLite 資料庫檔案：請用 --db 指定 HR Planner 的資料庫")
        raise CannotOpen(NOT_SQLITE, message.format(path=shown))
    try:
        tables, versions = read_only(path, _tables_and_versions)
    except sqlite3.DatabaseError as exc:
        message = _("資料庫檔案「{path}」已損壞，無法讀取（{reason}）：請由備份還原")
        raise CannotOpen(DAMAGED, message.format(path=shown, reason=exc)) from exc
    return Found(exists=True, revision=classify(tables, versions, shown))


def read_only(path: Path, work: Callable[[sqlite3.Connection], Any]) -> Any:
    """Run ``work`` on a read-only connection that leaves the file and its folder as they
    are (see the module docstring)."""
    resolved = path.resolve()
    beside = any(Path(f"{resolved}{s}").exists() for s in ("-wal", "-journal"))
    uri = resolved.as_uri() + ("?mode=ro" if beside else "?mode=ro&immutable=1")
    conn = sqlite3.connect(uri, uri=True)
    try:
        return work(conn)
    finally:
        conn.close()


def _tables_and_versions(conn: sqlite3.Connection) -> tuple[list[str], list[str] | None]:
    tables = [
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    versions = None
    if VERSION_TABLE in tables:
        versions = [str(r[0]) for r in conn.execute(f"SELECT version_num FROM {VERSION_TABLE}")]
    return tables, versions


# --- servers -----------------------------------------------------------------------------


def server(engine: Engine, shown: str) -> Found:
    """What a PostgreSQL database holds; ``CannotOpen`` when its server cannot be reached."""
    try:
        conn = engine.connect()
    except DBAPIError as exc:
        reason = str(exc.orig or exc).strip().splitlines()[0] if str(exc.orig or exc) else ""
        message = _("無法連線到資料庫伺服器「{target}」：{reason}")
        raise CannotOpen(UNREACHABLE, message.format(target=shown, reason=reason)) from exc
    with conn:
        tables = conn.execute(
            text(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
            )
        ).scalars()
        names = [str(t) for t in tables]
        versions = None
        if VERSION_TABLE in names:
            rows = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars()
            versions = [str(v) for v in rows]
    return Found(exists=True, revision=classify(names, versions, shown))


def plain_names(url: URL) -> tuple[str, str]:
    """The database in plain words, never with a password: ``(file name, folder)`` for a
    SQLite file, ``(database, host[:port])`` for a server."""
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:":
            return ":memory:", ""
        path = Path(url.database)
        return path.name, str(path.parent)
    host = url.host or "localhost"
    if url.port:
        host = f"{host}:{url.port}"
    return url.database or "", host
