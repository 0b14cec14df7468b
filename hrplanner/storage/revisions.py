"""The schema revisions this version of HR Planner ships, known from the revision files'
names alone (no Alembic, no SQLAlchemy), so that a quick reader can tell whether a file's
schema is the newest without loading either."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

# Revision files are named "<revision>_<slug>.py" with revisions "0001", "0002", ... in one
# line of history (tests/storage/test_database.py checks this against Alembic's own view).
REVISION_FILE_PATTERN = "[0-9][0-9][0-9][0-9]_*.py"


def revision_ids() -> list[str]:
    """The revisions this version of HR Planner knows, oldest first."""
    versions = files("hrplanner.db").joinpath("versions")
    names = [p.name for p in versions.iterdir() if Path(p.name).match(REVISION_FILE_PATTERN)]
    return sorted(name.split("_", 1)[0] for name in names)


def is_revision_id(value: str) -> bool:
    """Whether ``value`` has the form of an HR Planner revision ("0001", "0002", ...)."""
    return len(value) == 4 and value.isdigit()


def newest_revision_file() -> str | None:
    known = revision_ids()
    return known[-1] if known else None
