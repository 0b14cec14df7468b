"""``demo`` is all or nothing (issue 9): killed at any moment (kill -9) or failing half-way,
it leaves the database as it was — no 60 people without classes — and ``demo`` then runs
again; a finished demo is refused a second time with what to do."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hrplanner import cli
from hrplanner.services.demo import agency
from hrplanner.storage.database import Database

REPO = Path(__file__).resolve().parents[2]
PEOPLE = agency.SIZES["small"][0]


def counts(path: Path) -> tuple[int, int, int]:
    """People, classes and agency settings in the database (read as SQLite recovers it)."""
    conn = sqlite3.connect(path)
    try:
        return tuple(  # type: ignore[return-value]
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("employee", "training_class", "setting")
        )
    finally:
        conn.close()


def demo_process(path: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "hrplanner", "--db", str(path), "demo"],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_demo_killed_at_random_moments_leaves_all_or_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    started = time.monotonic()
    whole = demo_process(tmp_path / "whole.db")
    assert whole.wait(timeout=120) == 0
    duration = time.monotonic() - started
    rng = random.Random(20260901)
    outcomes = []
    for run in range(4):
        path = tmp_path / f"killed-{run}.db"
        Database.open(str(path)).close()
        empty = counts(path)
        process = demo_process(path)
        # From interpreter start-up to the last commit, spread over the runs.
        time.sleep(duration * (run + rng.random()) / 4)
        process.kill()
        process.wait()
        found = counts(path)
        finished = found[0] == PEOPLE
        outcomes.append(finished)
        if not finished:
            assert found == empty, f"half a demo after a kill at run {run}: {found}"
        else:
            assert found[1] > 0  # the whole of it: staff and classes
        code = cli.run(["--db", str(path), "demo"])
        err = capsys.readouterr().err
        if finished:
            assert code == 1 and "空的資料庫" in err  # says what to do
        else:
            assert code == 0 and counts(path)[0] == PEOPLE and counts(path)[1] > 0
    assert not all(outcomes)  # at least one kill landed before the end


def test_a_demo_failing_half_way_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "hr.db"
    Database.open(str(path)).close()
    before = counts(path)

    def breaks(db: Database, *_args: object) -> dict[str, int]:
        raise RuntimeError("generator broke after the staff and settings were written")

    monkeypatch.setattr(agency, "_declared", lambda: [breaks])
    with pytest.raises(RuntimeError):
        cli.run(["--db", str(path), "demo"])
    assert counts(path) == before
    monkeypatch.setattr(agency, "_declared", lambda: [])
    assert cli.run(["--db", str(path), "demo"]) == 0
    assert counts(path)[0] == PEOPLE
    capsys.readouterr()
