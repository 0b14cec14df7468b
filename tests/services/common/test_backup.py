"""Backups hold full identity numbers like the database: every copy is owner-only (0600),
from the moment it is created — the CLI backup, the copy kept before a restore, the restored
database itself and the copy made before a schema upgrade."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command

from hrplanner.services.common import backup, restore
from hrplanner.services.staff import roster
from hrplanner.services.staff.roster import EmployeeData
from hrplanner.storage import migrate
from hrplanner.storage.database import Database
from hrplanner.storage.probe import CannotOpen


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def _usual_umask() -> Iterator[None]:
    # The usual 022 would leave new files 0644: the copies must be made 0600 by the code.
    old = os.umask(0o022)
    yield
    os.umask(old)


def _add_person(db: Database) -> None:
    roster.create(
        db,
        EmployeeData(
            "1001", "王小明", national_id="A123456789", unit="人事處", category="公務人員"
        ),
    )


def test_a_backup_is_owner_only_before_any_data_goes_in(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_person(sqlite_db)
    out = tmp_path / "copies" / "backup.db"
    seen: list[int] = []
    connect = sqlite3.connect

    def watching(target: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if Path(str(target)) == out:
            seen.append(mode(out))  # the file already exists and is owner-only here
        return connect(target, *args, **kwargs)

    monkeypatch.setattr(migrate.sqlite3, "connect", watching)
    assert backup.backup(sqlite_db, out) == out
    assert seen == [0o600]
    assert mode(out) == 0o600
    with sqlite3.connect(out) as conn:
        assert conn.execute("SELECT national_id FROM employee").fetchall() == [("A123456789",)]


def test_an_existing_readable_backup_file_is_made_owner_only(
    sqlite_db: Database, tmp_path: Path
) -> None:
    out = tmp_path / "backup.db"
    out.write_bytes(b"")
    out.chmod(0o644)
    backup.backup(sqlite_db, out)
    assert mode(out) == 0o600


def test_restore_keeps_the_old_database_and_writes_the_new_one_owner_only(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_person(sqlite_db)
    copy = backup.backup(sqlite_db, tmp_path / "copy.db")
    copy.chmod(0o644)  # e.g. copied back from a USB stick
    target = str(sqlite_db.file)
    sqlite_db.close()
    seen: list[int] = []
    copyfile = restore.shutil.copyfile

    def watching(src: Any, dst: Any) -> Any:
        seen.append(mode(Path(dst)))  # the data goes into owner-only files only
        return copyfile(src, dst)

    monkeypatch.setattr(restore.shutil, "copyfile", watching)
    saved = restore.restore(target, copy, tmp_path / "kept")
    assert seen and set(seen) == {0o600}
    assert saved is not None and saved.parent == tmp_path / "kept"
    assert mode(saved) == 0o600
    assert mode(Path(target)) == 0o600
    restored = Database.open(target)
    try:
        assert roster.count(restored) == 1
    finally:
        restored.close()


def test_the_copy_before_an_upgrade_is_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = Database.open(str(path))
    # Pretend the file predates the migrations: it is copied, then the upgrade fails.
    command.stamp(migrate.alembic_config(db.engine), "base")
    db.close()
    with pytest.raises(CannotOpen):
        Database.open(str(path), backup_folder=tmp_path / "bk")
    [copy] = (tmp_path / "bk").glob("old-before-upgrade-*.db")
    assert mode(copy) == 0o600


def test_backup_refuses_the_database_itself_and_postgresql(db: Database, tmp_path: Path) -> None:
    if db.file is None:
        with pytest.raises(backup.BackupError, match="pg_dump"):
            backup.backup(db, tmp_path / "b.db")
        return
    with pytest.raises(backup.BackupError, match="同一檔案"):
        backup.backup(db, db.file)
