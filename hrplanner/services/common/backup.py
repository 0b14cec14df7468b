"""Backup, restore and integrity check of the database."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import text

from hrplanner.i18n import _
from hrplanner.storage import migrate
from hrplanner.storage.database import Database
from hrplanner.storage.engine import database_url, owner_only


class BackupError(Exception):
    pass


def backup(db: Database, destination: Path) -> Path:
    """Write a consistent copy of a SQLite database (the file to give to restore)."""
    source = db.file
    if source is None:
        raise BackupError(
            _("共用的 PostgreSQL 資料庫請由資料庫管理者以 pg_dump 備份；本功能備份 SQLite 檔案。")
        )
    if destination.resolve() == source.resolve():
        raise BackupError(_("備份檔不可與資料庫為同一檔案"))
    if destination.is_dir():
        message = _("「{folder}」是資料夾，請指定備份檔的檔名（如 {example}）")
        raise BackupError(message.format(folder=destination, example=destination / "hr.db"))
    return migrate.backup_sqlite(source, destination)


def _looks_like_hrplanner_db(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name IN "
                "('alembic_version', 'employee')"
            ).fetchall()
            ok = conn.execute("PRAGMA integrity_check").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return len(rows) == 2 and ok is not None and ok[0] == "ok"


def restore(target: str, source: Path, backup_folder: Path) -> Path | None:
    """Replace the SQLite database ``target`` by the backup ``source``.

    The backup is verified first; the current database is kept in ``backup_folder`` so a
    restore can itself be undone. Returns where the old database was saved.
    """
    if not source.is_file():
        raise FileNotFoundError(_("找不到備份檔：{path}").format(path=source))
    url = database_url(target)
    if not url.startswith("sqlite:///"):
        raise BackupError(_("還原僅適用於 SQLite 資料庫檔案"))
    if not _looks_like_hrplanner_db(source):
        raise BackupError(_("{path} 不是有效的 HR Planner 備份檔").format(path=source))
    path = Path(url.removeprefix("sqlite:///"))
    saved = None
    if path.exists() and path.stat().st_size > 0:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        saved = migrate.backup_sqlite(
            path, backup_folder / f"{path.stem}-before-restore-{stamp}.db"
        )
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    tmp = path.with_suffix(".restoring")
    # Owner-only before the data goes in: the restored database holds full identity numbers.
    tmp.touch()
    owner_only(tmp)
    shutil.copyfile(source, tmp)
    tmp.replace(path)
    # Bring an older backup up to the current schema.
    Database.open(target, backup_folder=backup_folder).close()
    return saved


def check(db: Database) -> list[str]:
    """Integrity problems of the database, empty when all is well."""
    problems: list[str] = []
    with db.engine.connect() as conn:
        if db.is_sqlite:
            result = conn.execute(text("PRAGMA integrity_check")).scalars().all()
            if result != ["ok"]:
                problems.extend(_("完整性：{result}").format(result=r) for r in result)
            fk = conn.execute(text("PRAGMA foreign_key_check")).all()
            message = _("外鍵錯誤：資料表 {table} 第 {row} 列")
            problems.extend(message.format(table=r[0], row=r[1]) for r in fk)
    if migrate.needs_upgrade(db.engine):
        problems.append(_("資料庫結構不是最新版本"))
    return problems
