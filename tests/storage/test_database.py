from __future__ import annotations

import stat
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, select, text

from hrplanner.services.common import reference, settings_service
from hrplanner.settings import Setting
from hrplanner.storage import migrate, probe, revisions
from hrplanner.storage.database import Database
from hrplanner.storage.engine import database_url
from hrplanner.storage.models import StaffCategory
from hrplanner.storage.probe import CannotOpen


def test_open_creates_schema_and_defaults(db: Database) -> None:
    tables = set(inspect(db.engine).get_table_names())
    assert {"employee", "unit", "training_class", "enrollment", "attendance"} <= tables
    assert migrate.current_revision(db.engine) == migrate.head_revision(db.engine)
    names = [i.name for i in reference.list_items(db, "staff_category")]
    assert names[:2] == ["公務人員", "約聘僱人員"]


def test_defaults_are_seeded_once(db: Database) -> None:
    reference.ensure_defaults(db)
    with db.session() as s:
        assert len(s.scalars(select(StaffCategory)).all()) == 5


def test_settings_round_trip(db: Database) -> None:
    settings_service.update(
        db, {Setting.AGENCY_NAME: "新竹市政府", Setting.BUDGETED_HEADCOUNT: "120"}
    )
    values = settings_service.get_all(db)
    assert values[Setting.AGENCY_NAME] == "新竹市政府"
    assert values[Setting.BUDGETED_HEADCOUNT] == 120
    assert values[Setting.DATE_DISPLAY] == "roc"


def test_sqlite_pragmas_and_owner_only_file(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    mode = stat.S_IMODE(Path(str(sqlite_db.file)).stat().st_mode)
    assert mode & 0o077 == 0


def test_upgrade_backs_up_first_and_a_failed_upgrade_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = Database.open(str(path))
    with db.session() as s:
        s.add(StaffCategory(name="約用人員", sort_order=9))
    # Pretend the file predates the migrations: the upgrade will then fail half-way.
    command.stamp(migrate.alembic_config(db.engine), "base")
    db.close()
    with pytest.raises(CannotOpen) as failed:
        Database.open(str(path), backup_folder=tmp_path / "bk")
    backups = list((tmp_path / "bk").glob("old-before-upgrade-*.db"))
    assert len(backups) == 1
    # Said in a sentence that names the copy, not Alembic's or SQLite's raw text.
    assert failed.value.reason == probe.UPGRADE_FAILED
    assert str(backups[0]) in str(failed.value)
    restored = create_engine(f"sqlite:///{backups[0]}")
    with restored.connect() as conn:
        names = conn.execute(text("SELECT name FROM staff_category")).scalars().all()
    assert "約用人員" in names


def test_database_url_forms(tmp_path: Path) -> None:
    assert database_url(str(tmp_path / "x.db")).startswith("sqlite:///")
    assert database_url("postgresql://u@h/db").startswith("postgresql+psycopg://")
    assert database_url("sqlite:///a.db") == "sqlite:///a.db"


def test_newest_revision_file_is_alembics_head(db: Database) -> None:
    # The start-up fast path trusts file names; they must agree with Alembic's history.
    assert revisions.newest_revision_file() == migrate.head_revision(db.engine)
    assert migrate.stored_revision(db.engine) == migrate.head_revision(db.engine)
    assert not migrate.needs_upgrade(db.engine)


def test_fetch_all_reads_every_row_in_batches(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hrplanner.storage import engine

    monkeypatch.setattr(engine, "FETCH_BATCH", 2)
    query = select(StaffCategory.name).order_by(StaffCategory.id)
    with db.session() as s:
        expected = list(s.execute(query).all())
        assert len(expected) > 2  # more than one batch
        assert engine.fetch_all(s.execute(query)) == expected
