"""Revision 0005 (study and survey): a database made by 0001 upgrades with its data kept and
gets the default questionnaire, the models and the migrations agree, and downgrading drops
the new tables, on SQLite and (when a server runs) PostgreSQL."""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, select, text
from sqlalchemy.engine import make_url

from hrplanner.domain.survey import DEFAULT_TEMPLATE_NAME
from hrplanner.storage import migrate
from hrplanner.storage.database import Database
from hrplanner.storage.engine import make_engine
from hrplanner.storage.models import Base, StudyRecord, StudyWeekday, SurveyTemplate

PG_URL = os.environ.get("HRPLANNER_TEST_PG_URL")
_counter = itertools.count()
NEW_TABLES = {
    "study_record",
    "study_weekday",
    "survey_template",
    "survey_question",
    "class_survey",
    "survey_response",
    "survey_answer",
}


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database (file path or URL)."""
    if request.param == "sqlite":
        yield str(tmp_path / "old.db")
        return
    if not PG_URL:
        pytest.skip("no PostgreSQL server (HRPLANNER_TEST_PG_URL not set)")
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = f"hrp_mig5_{os.getpid()}_{next(_counter)}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_a_0001_database_upgrades_keeps_its_people_and_gets_the_questionnaire(
    target: str,
) -> None:
    engine = make_engine(target)
    command.upgrade(migrate.alembic_config(engine), "0001")
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO unit (id, name, sort_order, active) VALUES (1, '人事室', 0, true)")
        )
        conn.execute(
            text("INSERT INTO staff_category (id, name, sort_order) VALUES (1, '公務人員', 0)")
        )
        conn.execute(
            text(
                "INSERT INTO employee (id, employee_no, name, unit_id, category_id, meal,"
                " status, is_supervisor, version)"
                " VALUES (1, 'A001', '王小明', 1, 1, '葷', '在職', false, 1)"
            )
        )
    engine.dispose()

    db = Database.open(target)
    try:
        assert "0005" in {r.revision for r in _history(db)}
        assert set(inspect(db.engine).get_table_names()) >= NEW_TABLES
        with db.session() as s:
            record = StudyRecord(
                employee_id=1, kind="部分辦公時間進修", start_date=dt.date(2025, 9, 1)
            )
            record.weekdays = [StudyWeekday(weekday=1, minutes=240)]
            s.add(record)
        with db.session() as s:
            saved = s.scalars(select(StudyRecord)).one()
            assert [(d.weekday, d.minutes) for d in saved.weekdays] == [(1, 240)]
            templates = s.scalars(select(SurveyTemplate)).all()
            assert [(t.name, t.is_default, len(t.questions)) for t in templates] == [
                (DEFAULT_TEMPLATE_NAME, True, 6)
            ]
    finally:
        db.close()


def _history(db: Database) -> list[object]:
    from alembic.script import ScriptDirectory

    return list(ScriptDirectory.from_config(migrate.alembic_config(db.engine)).walk_revisions())


def test_a_fresh_database_matches_the_models_and_downgrades(target: str) -> None:
    db = Database.open(target)
    try:
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
        config = migrate.alembic_config(db.engine)
        command.downgrade(config, "0001")
        assert not NEW_TABLES & set(inspect(db.engine).get_table_names())
        command.upgrade(config, "head")
        assert set(inspect(db.engine).get_table_names()) >= NEW_TABLES
    finally:
        db.close()
