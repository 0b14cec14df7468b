"""Where HR Planner keeps its files; every location can be overridden from the environment."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "HRPlanner"


def expanded(value: str | os.PathLike[str]) -> Path:
    """``value`` with a leading ``~`` or ``~user`` made the home folder; as written when
    there is no such home (``~nosuchuser``), so that the file is then reported missing."""
    try:
        return Path(value).expanduser()
    except RuntimeError:  # pathlib: "Could not determine home directory."
        return Path(value)


def data_dir() -> Path:
    """The user's data folder (``HRPLANNER_DATA_DIR`` overrides it)."""
    override = os.environ.get("HRPLANNER_DATA_DIR")
    path = Path(override) if override else user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "hrplanner.db"


def log_file() -> Path:
    """Where the window logs unexpected errors (``hrplanner.ui.shell.crash``), rotated."""
    return data_dir() / "hrplanner.log"


def cache_dir() -> Path:
    """What HR Planner can compute again, kept to save time (no personal data)."""
    path = data_dir() / "cache"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir() -> Path:
    """Copies of the database (before upgrades and restores): its owner's only (0700),
    like the copies themselves (0600), since they hold full identity numbers."""
    path = data_dir() / "backups"
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # best effort: a network share may refuse modes
        os.chmod(path, 0o700)
    return path


def database_target(cli_value: str | None = None) -> str:
    """The database the user asked for: ``--db``, else ``HRPLANNER_DB``, else the default file."""
    return cli_value or os.environ.get("HRPLANNER_DB") or str(default_database_path())


def is_default_target(cli_value: str | None = None) -> bool:
    """Whether the user named no database (neither ``--db`` nor ``HRPLANNER_DB``): the
    default file is the one database every command may create; a named one that does not
    exist is more likely mistyped than new."""
    return not cli_value and not os.environ.get("HRPLANNER_DB")
