"""An open HR Planner database: engine, session factory and start-up (look at the target,
back up, migrate, check the schema, seed the default lists)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from hrplanner.i18n import _, os_reason
from hrplanner.storage import migrate, probe, seed
from hrplanner.storage.engine import (
    create_owner_only,
    make_engine,
    make_session_factory,
    owner_only,
    sqlite_path,
    unit_of_work,
)


@dataclass
class Database:
    engine: Engine
    factory: sessionmaker[Session]
    # Who is making changes (for the change log); the OS user by default.
    user: str = "hrplanner"
    upgrade_backup: Path | None = field(default=None)

    @classmethod
    def open(
        cls,
        target: str,
        *,
        backup_folder: Path | None = None,
        user: str | None = None,
        create: bool = True,
        label: str | None = None,
    ) -> Database:
        """Open and upgrade the database, then seed default lists.

        ``probe.CannotOpen`` — before anything is written — for a target that is not an
        HR Planner database this version can use; with ``create`` false also for one that
        does not exist yet (a missing file, a database without tables). ``label`` names
        the database in those messages (the target itself by default)."""
        url = probe.url_of(target)
        shown = label or probe.display(target)
        engine = make_engine(url)
        try:
            return cls._open(engine, shown, backup_folder, user, create)
        except BaseException:
            engine.dispose()
            raise

    @classmethod
    def _open(
        cls,
        engine: Engine,
        shown: str,
        backup_folder: Path | None,
        user: str | None,
        create: bool,
    ) -> Database:
        path = sqlite_path(engine)
        if path is not None:
            found = probe.sqlite_file(path, shown)
        elif engine.dialect.name == "sqlite":
            found = probe.Found(exists=True)  # in memory
        else:
            found = probe.server(engine, shown)
        if found.revision is None and not create:
            raise probe.CannotOpen(probe.MISSING, _missing(shown, found.exists))
        if path is not None:
            if not found.exists:
                _create_file(path)
            owner_only(path)  # ours (or new): holds full identity numbers
        backup = _upgrade(engine, backup_folder, shown)
        probe.check_schema(engine, shown)
        db = cls(engine, make_session_factory(engine), user or _os_user(), backup)
        seed.ensure_defaults(db.factory)
        return db

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error."""
        with unit_of_work(self.factory) as session:
            yield session

    @contextmanager
    def all_or_nothing(self) -> Iterator[Database]:
        """This database with every unit of work inside one transaction, committed when
        the block ends and rolled back if it raises — or if the process is killed: the
        database itself then guarantees that none of it was written. For work made of
        many units (the demo) that must never be left half done. The sessions' own
        commits only flush; a rollback in any of them ends the whole transaction."""
        with self.engine.connect() as conn:
            # pysqlite begins lazily, before the first write; no commit happens until ours.
            transaction = conn.begin()
            factory = sessionmaker(bind=conn, expire_on_commit=False)
            try:
                yield Database(self.engine, factory, self.user)
            except BaseException:
                if transaction.is_active:
                    transaction.rollback()
                raise
            transaction.commit()

    @property
    def file(self) -> Path | None:
        return sqlite_path(self.engine)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def close(self) -> None:
        self.engine.dispose()


def _missing(shown: str, exists: bool) -> str:
    if exists:
        message = _(
            "資料庫「{target}」是空的，還沒有 HR Planner 的資料：要在這裡建立新的資料庫，"
            "請執行 hrplanner --db {target} init"
        )
    else:
        message = _(
            "找不到資料庫「{target}」：請確認路徑；要在這裡建立新的資料庫，"
            "請執行 hrplanner --db {target} init"
        )
    return message.format(target=shown)


def _create_file(path: Path) -> None:
    try:
        create_owner_only(path)
    except FileExistsError:
        pass  # created meanwhile by another HR Planner: opened as it is
    except OSError as exc:
        message = _("無法建立資料庫檔案「{path}」：{reason}")
        raise probe.CannotOpen(
            probe.UNREADABLE, message.format(path=path, reason=os_reason(exc))
        ) from exc


def _upgrade(engine: Engine, backup_folder: Path | None, shown: str) -> Path | None:
    """Run the migrations; a failure becomes ``CannotOpen`` naming the copy made first."""
    try:
        return migrate.upgrade(engine, backup_folder)
    except migrate.UpgradeFailed as failed:
        exc, saved = failed.error, failed.backup
        if saved is not None:
            message = _("無法升級資料庫「{target}」的結構（{reason}）；升級前的備份存於 {backup}")
            text = message.format(target=shown, reason=_first_line(exc), backup=saved)
        else:
            message = _("無法升級資料庫「{target}」的結構（{reason}）")
            text = message.format(target=shown, reason=_first_line(exc))
        raise probe.CannotOpen(probe.UPGRADE_FAILED, text) from failed


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _os_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no user name on some locked-down PCs
        return "hrplanner"
