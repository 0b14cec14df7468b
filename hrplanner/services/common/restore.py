"""Restore a SQLite database from a backup: all of it or nothing, never over a database that
another process has open, never losing the database it replaces.

1. The backup is copied beside the database (same folder, so the final swap is a rename)
   into an owner-only temporary file, and that copy — never the database — is checked
   whole: a SQLite file, an HR Planner schema of a revision this version knows (not a
   newer one), ``PRAGMA integrity_check``, the upgrade to the current schema run on the
   copy, every table and column of the schema, ``PRAGMA foreign_key_check``. Any problem
   refuses the backup (``RestoreRefused``) with the database untouched.
2. The database is locked exclusively with a short timeout. An HR Planner (window or
   command) that has the database open holds a shared lock on it for as long as it keeps
   a connection (WAL mode), so failing to get the lock means someone else has it open:
   ``DatabaseInUse``, nothing changed — their later saves would otherwise go to a file
   that is no longer the database. This works alike on Windows (LockFileEx) and POSIX
   (fcntl); on Windows the rename also fails while any process holds the file.
3. Holding the lock, the current database is copied to the backups folder, its WAL is
   folded into it, and it is left as one self-contained file; the checked copy, also one
   file (rollback-journal mode, fsynced), then replaces it with ``os.replace``. A process
   that opens the database in the instant between the lock's release and the rename
   still works on the old file; the window is microseconds.
4. The restored database is opened once; if that fails, the copy made in step 3 is put
   back the same way.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from hrplanner.i18n import _, ngettext, os_reason
from hrplanner.services.common.backup import BackupError
from hrplanner.services.common.wording import names
from hrplanner.storage import probe
from hrplanner.storage.database import Database
from hrplanner.storage.engine import create_owner_only, sqlite_path_of_url

# How long to try for the exclusive lock before saying another process has the database.
LOCK_WAIT_S = 0.5
# Temporary files beside the database start with this; stale ones are removed.
TEMP_PREFIX = ".hrplanner-restore-"
SIDECARS = ("-wal", "-shm", "-journal")
STALE_AFTER_S = 3600
# How many lines of integrity_check to quote.
_INTEGRITY_LINES = 5


class RestoreRefused(BackupError):
    """The backup was refused; ``problems`` says every reason. Nothing was changed."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class DatabaseInUse(BackupError):
    """Another process has the database open: nothing was changed."""


class CannotRestoreHere(BackupError):
    """The target is no SQLite file of ours (a server, another program's file)."""


def restore(target: str, source: Path, backup_folder: Path) -> Path | None:
    """Replace the SQLite database ``target`` by the backup ``source`` (see the module
    docstring); returns where the replaced database was kept, None when there was none."""
    path = _target_path(target)
    if not source.is_file():
        raise RestoreRefused([_("找不到備份檔：{path}").format(path=source)])
    if path.exists() and source.resolve() == path.resolve():
        raise RestoreRefused([_("備份檔就是目前的資料庫，無須還原：{path}").format(path=source)])
    _check_readable(source)
    _check_target(path, target)
    _remove_stale(path.parent)
    try:
        temp = _temporary(path.parent, "new")
    except OSError as exc:
        message = _("無法還原至「{path}」：無法在資料夾「{folder}」寫入（{reason}）")
        reason = os_reason(exc)
        raise CannotRestoreHere(
            message.format(path=path, folder=path.parent, reason=reason)
        ) from exc
    try:
        _copy_file(source, temp)
        source_wal = Path(f"{source}-wal")
        if source_wal.is_file():  # a backup copied with its WAL: the newest commits are there
            _copy_file(source_wal, Path(f"{temp}-wal"))
        validate(temp, str(source))
        with _locked(path) as lock:
            saved = _keep_current(lock, path, backup_folder)
        _swap(temp, path)
        _verify_or_put_back(path, saved, target)
    finally:
        _remove_with_sidecars(temp)
    return saved


def _check_readable(source: Path) -> None:
    try:
        with source.open("rb"):
            pass
    except OSError as exc:
        message = _("無法讀取備份檔「{path}」：{reason}")
        raise RestoreRefused([message.format(path=source, reason=os_reason(exc))]) from exc


def validate(copy: Path, shown: str) -> None:
    """Check the temporary copy of a backup whole, upgrading it to the current schema;
    ``RestoreRefused`` names what is wrong. ``shown`` names the backup in messages."""
    try:
        found = probe.sqlite_file(copy, shown)
    except probe.CannotOpen as exc:
        raise RestoreRefused([_not_a_backup(shown, exc)]) from exc
    if found.revision is None:
        message = _("備份檔「{path}」是空的，沒有 HR Planner 的資料")
        raise RestoreRefused([message.format(path=shown)])
    _check_integrity(copy, shown)
    try:
        db = Database.open(str(copy), create=False, label=shown)
    except probe.CannotOpen as exc:
        raise RestoreRefused([_not_a_backup(shown, exc)]) from exc
    try:
        _check_foreign_keys(db, shown)
    finally:
        db.close()
    _self_contained(copy)


def _not_a_backup(shown: str, exc: probe.CannotOpen) -> str:
    if exc.reason in (probe.FOREIGN, probe.NOT_SQLITE):
        return _("「{path}」不是 HR Planner 的備份檔").format(path=shown)
    return str(exc)


def _check_integrity(copy: Path, shown: str) -> None:
    try:
        lines = probe.read_only(
            copy, lambda c: [str(r[0]) for r in c.execute("PRAGMA integrity_check(20)")]
        )
    except sqlite3.DatabaseError as exc:
        lines = [str(exc)]
    if lines != ["ok"]:
        message = _("備份檔「{path}」已損壞（SQLite 完整性檢查：{result}）")
        raise RestoreRefused([message.format(path=shown, result=names(lines[:_INTEGRITY_LINES]))])


def _check_foreign_keys(db: Database, shown: str) -> None:
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
    counts: dict[str, int] = {}
    for row in rows:
        counts[str(row[0])] = counts.get(str(row[0]), 0) + 1
    problems = [
        ngettext(
            "備份檔「{path}」的資料表 {table} 有 {n} 列指向不存在的資料（外鍵錯誤）",
            "備份檔「{path}」的資料表 {table} 有 {n} 列指向不存在的資料（外鍵錯誤）",
            n,
        ).format(path=shown, table=table, n=n)
        for table, n in sorted(counts.items())
    ]
    if problems:
        raise RestoreRefused(problems)


# --- the database being replaced --------------------------------------------------------


def _target_path(target: str) -> Path:
    try:
        path = sqlite_path_of_url(probe.url_of(target))
    except probe.CannotOpen as exc:
        raise CannotRestoreHere(str(exc)) from exc
    if path is None:
        raise CannotRestoreHere(
            _(
                "還原僅適用於 SQLite 資料庫檔案；共用的 PostgreSQL 資料庫請由資料庫管理者"
                "以 pg_restore 還原"
            )
        )
    if not path.parent.is_dir():
        message = _("無法還原至「{path}」：資料夾「{folder}」不存在")
        raise CannotRestoreHere(message.format(path=path, folder=path.parent))
    return path


def _check_target(path: Path, target: str) -> None:
    """A restore may replace an HR Planner database, even a damaged or newer one (that is
    what backups are for), or create one; never another program's file."""
    try:
        probe.sqlite_file(path, target)
    except probe.CannotOpen as exc:
        if exc.reason in (probe.FOREIGN, probe.NOT_SQLITE, probe.UNREADABLE):
            message = _("{reason}（還原不會覆蓋它；請先把它移走，或用 --db 指定其他位置）")
            raise CannotRestoreHere(message.format(reason=exc)) from exc


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[sqlite3.Connection | None]:
    """The database locked exclusively for the time of the block (None when there is no
    file, or one SQLite cannot lock because it is damaged); ``DatabaseInUse`` when
    another process has it open."""
    conn = _lock(path)
    try:
        yield conn
    finally:
        if conn is not None:
            conn.close()


def _lock(path: Path) -> sqlite3.Connection | None:
    if not path.exists() or path.stat().st_size == 0:
        return None
    conn = sqlite3.connect(str(path), timeout=LOCK_WAIT_S, isolation_level=None)
    try:
        # In EXCLUSIVE locking mode the lock taken stays until the connection closes.
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        conn.close()
        if _is_busy(exc):
            raise DatabaseInUse(_in_use(path)) from exc
        return None  # damaged beyond locking: copied byte for byte
    except sqlite3.DatabaseError:
        conn.close()
        return None
    return conn


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _in_use(path: Path) -> str:
    return _(
        "資料庫「{path}」正由其他 HR Planner（視窗或指令）開啟中：請先關閉它們再還原，"
        "以免它們之後儲存的資料遺失"
    ).format(path=path)


def _keep_current(lock: sqlite3.Connection | None, path: Path, folder: Path) -> Path | None:
    """Copy the database about to be replaced into ``folder``; leave it one file."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    folder.mkdir(parents=True, exist_ok=True)
    saved = _unused(folder / f"{path.stem}-before-restore-{stamp}.db")
    create_owner_only(saved)
    copied = False
    if lock is not None:
        try:
            dst = sqlite3.connect(str(saved))
            try:
                lock.backup(dst)
            finally:
                dst.close()
            copied = True
            # Fold the WAL into the file; the rename then moves one whole file away.
            lock.execute("PRAGMA journal_mode=DELETE")
        except sqlite3.DatabaseError:
            pass
    if not copied:  # damaged: keep every byte there is, the WAL beside it too
        _copy_file(path, saved)
        wal = Path(f"{path}-wal")
        if wal.exists():
            _copy_file(wal, Path(f"{saved}-wal"))
    return saved


def _unused(path: Path) -> Path:
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def _swap(new: Path, path: Path) -> None:
    """Rename the checked file over the database, its leftover WAL and index removed first
    (an old WAL beside the new file would be replayed into it)."""
    for suffix in ("-wal", "-shm"):
        leftover = Path(f"{path}{suffix}")
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)
        if leftover.exists():  # Windows: held open by a process that opened it meanwhile
            raise DatabaseInUse(_in_use(path))
    try:
        os.replace(new, path)
    except PermissionError as exc:  # Windows: someone opened the file meanwhile
        raise DatabaseInUse(_in_use(path)) from exc


def _verify_or_put_back(path: Path, saved: Path | None, target: str) -> None:
    try:
        Database.open(target, create=False).close()
    except BaseException:
        if saved is not None:
            back = _temporary(path.parent, "back")
            _copy_file(saved, back)
            os.replace(back, path)
        raise


# --- files -------------------------------------------------------------------------------


def _temporary(folder: Path, kind: str) -> Path:
    path = folder / f"{TEMP_PREFIX}{kind}-{os.getpid()}.db"
    _remove_with_sidecars(path)
    create_owner_only(path)
    return path


def _copy_file(source: Path, destination: Path) -> None:
    """Copy bytes into an owner-only file (made so before any data goes in), fsynced."""
    if not destination.exists():
        create_owner_only(destination)
    shutil.copyfile(source, destination)
    _fsync(destination)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _self_contained(copy: Path) -> None:
    """Leave the checked copy as one file in rollback-journal mode, written to disk."""
    conn = sqlite3.connect(str(copy), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    for suffix in SIDECARS:
        with contextlib.suppress(FileNotFoundError):
            Path(f"{copy}{suffix}").unlink()
    _fsync(copy)


def _remove_with_sidecars(path: Path) -> None:
    for name in (str(path), *(f"{path}{s}" for s in SIDECARS)):
        with contextlib.suppress(FileNotFoundError):
            Path(name).unlink()


def _remove_stale(folder: Path) -> None:
    """Temporary files of a restore killed half-way (never the database); those of the
    last hour may belong to a restore still running in another process."""
    now = dt.datetime.now().timestamp()
    for stale in folder.glob(f"{TEMP_PREFIX}*"):
        with contextlib.suppress(OSError):
            if now - stale.stat().st_mtime > STALE_AFTER_S:
                stale.unlink()
