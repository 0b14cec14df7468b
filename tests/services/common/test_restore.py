"""Restore checks the backup whole on a copy, refuses while another process has the database
open, swaps atomically and puts the old database back on failure (issue 9). Each refusal
leaves the database exactly as it was and still opening."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrplanner.services.common import backup, restore
from hrplanner.services.staff import roster
from hrplanner.services.staff.roster import EmployeeData
from hrplanner.storage import revisions
from hrplanner.storage.database import Database

REPO = Path(__file__).resolve().parents[3]


def add(db: Database, number: str, name: str) -> None:
    roster.create(db, EmployeeData(number, name, unit="人事室", category="公務人員"))


def names(target: Path) -> list[str]:
    db = Database.open(str(target), create=False)
    try:
        return sorted(p.name for p in roster.search(db, roster.StaffFilter()))
    finally:
        db.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def office(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """The office database (two people, closed) and a good backup of it (one person)."""
    target = tmp_path / "office" / "hr.db"
    db = Database.open(str(target))
    add(db, "A001", "備份前")
    good = backup.backup(db, tmp_path / "good.db")
    add(db, "A002", "備份後")
    db.close()
    yield target, good


def edited(good: Path, tmp_path: Path, name: str, *sql: str) -> Path:
    """A copy of the good backup with ``sql`` run on it (foreign keys off)."""
    path = tmp_path / name
    path.write_bytes(good.read_bytes())
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=OFF")
    for statement in sql:
        conn.execute(statement)
    conn.close()
    return path


def refused(target: Path, source: Path, tmp_path: Path, words: str) -> None:
    before = digest(target)
    with pytest.raises(restore.RestoreRefused) as caught:
        restore.restore(str(target), source, tmp_path / "kept")
    assert words in str(caught.value)
    assert digest(target) == before
    assert names(target) == ["備份前", "備份後"]  # the database still opens, as it was
    assert not list((tmp_path / "kept").glob("*"))  # nothing swapped, nothing to keep
    assert [p.name for p in target.parent.iterdir()] == ["hr.db"]  # no temporary left


def test_a_good_backup_is_restored_and_the_old_database_kept(
    office: tuple[Path, Path], tmp_path: Path
) -> None:
    target, good = office
    saved = restore.restore(str(target), good, tmp_path / "kept")
    assert names(target) == ["備份前"]
    assert saved is not None and names(saved) == ["備份前", "備份後"]
    assert target.stat().st_mode & 0o777 == 0o600
    leftovers = {p.name for p in target.parent.iterdir()} - {"hr.db"}
    assert not {n for n in leftovers if n.startswith(restore.TEMP_PREFIX)}


def test_a_backup_from_a_newer_version_is_refused_and_the_database_still_opens(
    office: tuple[Path, Path], tmp_path: Path
) -> None:
    target, good = office
    newer = f"{int(revisions.revision_ids()[-1]) + 1:04d}"
    source = edited(good, tmp_path, "newer.db", f"UPDATE alembic_version SET version_num='{newer}'")
    refused(target, source, tmp_path, "較新版本")


def test_a_backup_missing_a_table_is_refused(office: tuple[Path, Path], tmp_path: Path) -> None:
    target, good = office
    source = edited(good, tmp_path, "no-table.db", "DROP TABLE attendance")
    refused(target, source, tmp_path, "attendance")


def test_a_backup_missing_a_column_is_refused(office: tuple[Path, Path], tmp_path: Path) -> None:
    target, good = office
    source = edited(good, tmp_path, "no-column.db", "ALTER TABLE employee DROP COLUMN email")
    refused(target, source, tmp_path, "email")


def test_a_backup_with_broken_foreign_keys_is_refused(
    office: tuple[Path, Path], tmp_path: Path
) -> None:
    target, good = office
    source = edited(good, tmp_path, "orphans.db", "UPDATE employee SET unit_id = 9999")
    refused(target, source, tmp_path, "外鍵")


def test_a_damaged_backup_is_refused(office: tuple[Path, Path], tmp_path: Path) -> None:
    target, good = office
    data = bytearray(good.read_bytes())
    page = 4096
    for i in range(2 * page + 8, len(data) - page, page):  # scribble over every page's body
        data[i : i + 200] = b"\xff" * 200
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(bytes(data))
    refused(target, damaged, tmp_path, "損壞")


@pytest.mark.parametrize("content", [b"just some text\n" * 20, b""])
def test_a_file_that_is_no_backup_is_refused(
    office: tuple[Path, Path], tmp_path: Path, content: bytes
) -> None:
    target, _good = office
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(content)
    refused(target, bogus, tmp_path, "備份檔")


def test_another_programs_database_is_no_backup(office: tuple[Path, Path], tmp_path: Path) -> None:
    target, _good = office
    theirs = tmp_path / "theirs.sqlite"
    with sqlite3.connect(theirs) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    refused(target, theirs, tmp_path, "不是 HR Planner 的備份檔")


def test_restore_never_overwrites_another_programs_file(
    office: tuple[Path, Path], tmp_path: Path
) -> None:
    _target, good = office
    theirs = tmp_path / "theirs.sqlite"
    with sqlite3.connect(theirs) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    before = digest(theirs)
    with pytest.raises(restore.CannotRestoreHere, match="其他程式"):
        restore.restore(str(theirs), good, tmp_path / "kept")
    assert digest(theirs) == before


HOLDER = textwrap.dedent(
    """
    import sys, time
    from hrplanner.services.staff import roster
    from hrplanner.services.staff.roster import EmployeeData
    from hrplanner.storage.database import Database

    db = Database.open(sys.argv[1], create=False)
    roster.count(db)  # a connection in the pool, as in an open window
    print("open", flush=True)
    if sys.argv[2] == "write":
        for n in range(100000):  # keeps saving, as an import does
            roster.create(db, EmployeeData(f"W{n}", "寫入中", unit="人事室", category="公務人員"))
    else:
        time.sleep(60)
    """
)


@pytest.mark.parametrize("activity", ["idle", "write"])
def test_restore_while_another_process_has_the_database_open_is_refused(
    office: tuple[Path, Path], tmp_path: Path, activity: str
) -> None:
    target, good = office
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(target), activity],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(restore.DatabaseInUse, match="其他 HR Planner"):
            restore.restore(str(target), good, tmp_path / "kept")
    finally:
        holder.kill()
        holder.wait()
    assert "備份後" in names(target)  # the database was left alone
    assert not list((tmp_path / "kept").glob("*"))
    restore.restore(str(target), good, tmp_path / "kept")  # once they are gone: restored
    assert names(target) == ["備份前"]


def test_commits_still_in_the_wal_are_kept_before_the_swap(
    office: tuple[Path, Path], tmp_path: Path
) -> None:
    target, good = office
    # A process that saved and then died: its last commit is only in the -wal file.
    script = textwrap.dedent(
        """
        import os, sys
        from hrplanner.services.staff import roster
        from hrplanner.services.staff.roster import EmployeeData
        from hrplanner.storage.database import Database
        db = Database.open(sys.argv[1], create=False)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_autocheckpoint=0")
        roster.create(db, EmployeeData("A003", "只在WAL", unit="人事室", category="公務人員"))
        os._exit(0)
        """
    )
    subprocess.run([sys.executable, "-c", script, str(target)], check=True, cwd=REPO)
    assert Path(f"{target}-wal").stat().st_size > 0
    saved = restore.restore(str(target), good, tmp_path / "kept")
    assert saved is not None and "只在WAL" in names(saved)
    assert names(target) == ["備份前"]  # the old WAL was not replayed into the new file


def test_a_failure_after_the_swap_puts_the_old_database_back(
    office: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target, good = office
    real_open = restore.Database.open
    opened: list[str] = []

    def failing_once(target_: str, **kwargs: object) -> Database:
        if kwargs.get("label") is None and not opened:  # the check after the swap
            opened.append(target_)
            raise OSError("disk went away")
        return real_open(target_, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(restore.Database, "open", failing_once)
    with pytest.raises(OSError, match="disk went away"):
        restore.restore(str(target), good, tmp_path / "kept")
    monkeypatch.undo()
    assert opened == [str(target)]
    assert names(target) == ["備份前", "備份後"]


def test_restore_into_a_new_file(office: tuple[Path, Path], tmp_path: Path) -> None:
    _target, good = office
    fresh = tmp_path / "office" / "new.db"
    assert restore.restore(str(fresh), good, tmp_path / "kept") is None
    assert names(fresh) == ["備份前"]


def test_restore_refuses_a_postgresql_target(tmp_path: Path) -> None:
    source = tmp_path / "b.db"
    source.write_bytes(b"")
    with pytest.raises(restore.CannotRestoreHere, match="pg_restore"):
        restore.restore("postgresql://u@127.0.0.1:1/hr", source, tmp_path / "kept")
