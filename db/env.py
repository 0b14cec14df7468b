"""Alembic environment: HR Planner passes its engine in; nothing is read from an ini file."""

from __future__ import annotations

from alembic import context

from hrplanner.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:  # `alembic` command line during development
        from hrplanner.storage.engine import make_engine

        engine = make_engine(config.get_main_option("sqlalchemy.url") or "dev.db")
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
