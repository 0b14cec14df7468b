"""A command whose reader stops reading (``hrplanner agenda | head``) ends quietly: no
traceback, no "Exception ignored" at exit, no file-error message, the SIGPIPE status.

The commands run as real processes writing into a pipe whose reading end is already
closed, so every write fails the way it does once ``head`` has exited."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hrplanner.cli.main import EXIT_READER_GONE
from hrplanner.services.training import classes
from hrplanner.services.training.classes import ClassInput, SessionInput
from hrplanner.storage.database import Database


def run_into_closed_pipe(*argv: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone before the first line is written
    try:
        return subprocess.run(
            [sys.executable, "-m", "hrplanner", *argv],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return dict(os.environ, HRPLANNER_DATA_DIR=str(tmp_path / "data"), HRPLANNER_DB="")


def agenda_db(path: Path, classes_ended: int) -> str:
    db = Database.open(str(path))
    ended = dt.date.today() - dt.timedelta(days=40)
    for n in range(classes_ended):  # ended, not registered: each is a line of the agenda
        classes.create_class(
            db,
            ClassInput(f"T-{n:03d}", f"研習課程第 {n} 班"),
            [SessionInput(ended, "一般", dt.time(9), dt.time(12))],
        )
    db.close()
    return str(path)


@pytest.fixture
def db_with_agenda(tmp_path: Path) -> str:
    return agenda_db(tmp_path / "hr.db", 3)


def test_closed_stdout_ends_quietly(tmp_path: Path, env: dict[str, str]) -> None:
    # A short agenda fails only when the output is flushed at the end; a long one (more
    # than the 8 KiB buffer) fails in the middle of the command's own printing.
    for size in (3, 60):
        target = agenda_db(tmp_path / f"hr{size}.db", size)
        done = run_into_closed_pipe("--db", target, "agenda", env=env)
        assert done.stderr == "", size
        assert done.returncode == EXIT_READER_GONE


def test_closed_stdout_after_help(db_with_agenda: str, env: dict[str, str]) -> None:
    done = run_into_closed_pipe("--db", db_with_agenda, "--help", env=env)
    assert done.stderr == ""
    # argparse itself ignores a failed write of the help; what is left is flushed by us.
    assert done.returncode in (0, EXIT_READER_GONE)


def test_an_open_stdout_is_unaffected(db_with_agenda: str, env: dict[str, str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "hrplanner", "--db", db_with_agenda, "agenda"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "T-0" in done.stdout and done.stderr == ""
