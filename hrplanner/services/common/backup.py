"""Backup and integrity check of the database (restore: ``services.common.restore``)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from hrplanner.i18n import _
from hrplanner.storage import migrate
from hrplanner.storage.database import Database


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
