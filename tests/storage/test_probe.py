"""Opening a database looks at it first (issue 9): a text file, another program's SQLite
file, a newer or damaged schema, a missing file, an unreachable server or an unknown URL
is a ``CannotOpen`` with a sentence, and nothing is written — another program's file is
unchanged byte for byte, with no journal or WAL file left beside it."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from hrplanner.storage import probe, revisions
from hrplanner.storage.database import Database
from hrplanner.storage.probe import CannotOpen

PG_URL = os.environ.get("HRPLANNER_TEST_PG_URL")


def fingerprint(folder: Path) -> dict[str, tuple[str, int, float]]:
    """Every file of ``folder``: its content, mode and modification time."""
    out = {}
    for path in sorted(folder.iterdir()):
        st = path.stat()
        out[path.name] = (hashlib.sha256(path.read_bytes()).hexdigest(), st.st_mode, st.st_mtime)
    return out


def other_program(path: Path, *, wal: bool = False) -> Path:
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('keep me')")
    conn.commit()
    conn.close()
    path.chmod(0o644)
    return path


def refused(target: str | Path, reason: str, *, create: bool = True) -> str:
    with pytest.raises(CannotOpen) as caught:
        Database.open(str(target), create=create)
    assert caught.value.reason == reason
    return str(caught.value)


@pytest.mark.parametrize("wal", [False, True])
def test_another_programs_sqlite_file_is_left_byte_for_byte(tmp_path: Path, wal: bool) -> None:
    folder = tmp_path / "theirs"
    folder.mkdir()
    path = other_program(folder / "notes.sqlite", wal=wal)
    before = fingerprint(folder)
    message = refused(path, probe.FOREIGN)
    assert "其他程式的資料庫" in message and str(path) in message
    assert fingerprint(folder) == before  # no byte, mode, time or -wal/-shm file changed


def test_another_programs_alembic_database_is_not_ours(tmp_path: Path) -> None:
    path = other_program(tmp_path / "app.db")
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute("INSERT INTO alembic_version VALUES ('3f2a9c1b7d4e')")
    digest = hashlib.sha256(path.read_bytes()).digest()
    refused(path, probe.FOREIGN)
    assert hashlib.sha256(path.read_bytes()).digest() == digest


def test_a_text_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("員工名冊\n王小明\n", encoding="utf-8")
    assert "不是 SQLite 資料庫檔案" in refused(path, probe.NOT_SQLITE)
    assert path.read_text(encoding="utf-8") == "員工名冊\n王小明\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    assert "是資料夾" in refused(tmp_path, probe.UNREADABLE)


def test_a_schema_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "hr.db"
    Database.open(str(path)).close()
    newer = f"{int(revisions.revision_ids()[-1]) + 1:04d}"
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (newer,))
    digest = hashlib.sha256(path.read_bytes()).digest()
    message = refused(path, probe.NEWER)
    assert "較新版本" in message and newer in message
    assert hashlib.sha256(path.read_bytes()).digest() == digest


def test_a_damaged_schema_names_what_is_missing(tmp_path: Path) -> None:
    path = tmp_path / "hr.db"
    Database.open(str(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("DROP TABLE attendance")
        conn.execute("ALTER TABLE unit DROP COLUMN active")
    message = refused(path, probe.DAMAGED)
    assert "attendance" in message and "active" in message and "restore" in message


def test_a_truncated_file_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "hr.db"
    Database.open(str(path)).close()
    cut = tmp_path / "cut.db"
    cut.write_bytes(path.read_bytes()[:4096])
    assert "已損壞" in refused(cut, probe.DAMAGED)


def test_without_create_a_missing_file_creates_nothing(tmp_path: Path) -> None:
    message = refused(tmp_path / "typo" / "hr.db", probe.MISSING, create=False)
    assert "init" in message
    refused(tmp_path / "hr.db", probe.MISSING, create=False)
    assert list(tmp_path.iterdir()) == []
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    assert "空的" in refused(empty, probe.MISSING, create=False)
    assert empty.read_bytes() == b""


def test_create_makes_the_file_owner_only_with_its_folders(tmp_path: Path) -> None:
    path = tmp_path / "new" / "hr.db"
    old = os.umask(0o022)
    try:
        Database.open(str(path)).close()
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    "url", ["mysql://u@localhost/hr", "foo://x", "http://example.com/hr.db", "oracle://u@h/x"]
)
def test_an_unknown_url_scheme_is_refused(url: str) -> None:
    assert "不支援" in refused(url, probe.UNKNOWN_SCHEME)


def test_a_malformed_url_is_refused() -> None:
    refused("postgresql://u@localhost:port/hr", probe.UNKNOWN_SCHEME)


def test_an_unreachable_server_is_refused_and_the_password_is_not_shown() -> None:
    message = refused("postgresql://hr:secret@127.0.0.1:1/hr", probe.UNREACHABLE)
    assert "127.0.0.1" in message and "secret" not in message


@pytest.mark.skipif(not PG_URL, reason="no PostgreSQL server (HRPLANNER_TEST_PG_URL not set)")
def test_postgresql_another_programs_and_an_empty_database() -> None:
    admin = create_engine(str(PG_URL), isolation_level="AUTOCOMMIT")
    names = {"theirs": f"hrp_theirs_{os.getpid()}", "empty": f"hrp_empty_{os.getpid()}"}
    with admin.connect() as conn:
        for name in names.values():
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    urls = {
        k: make_url(str(PG_URL)).set(database=v).render_as_string(hide_password=False)
        for k, v in names.items()
    }
    try:
        theirs = create_engine(urls["theirs"])
        with theirs.begin() as conn:
            conn.execute(text("CREATE TABLE notes (id integer)"))
        refused(urls["theirs"], probe.FOREIGN)
        assert inspect(theirs).get_table_names() == ["notes"]  # no table of ours added
        theirs.dispose()
        refused(urls["empty"], probe.MISSING, create=False)
        empty = create_engine(urls["empty"])
        assert inspect(empty).get_table_names() == []
        empty.dispose()
        Database.open(urls["empty"]).close()  # init may fill an empty database
    finally:
        with admin.connect() as conn:
            for name in names.values():
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_the_schema_check_covers_every_table_and_column() -> None:
    from hrplanner.storage.models import Base

    complete = {t.name: {c.name for c in t.columns} for t in Base.metadata.sorted_tables}
    assert probe.schema_problems(complete) == []
    some = next(iter(complete))
    partial = dict(complete)
    del partial[some]
    assert probe.schema_problems(partial) == [f"缺少資料表 {some}"]
