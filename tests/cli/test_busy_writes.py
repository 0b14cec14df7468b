"""Short writes on SQLite (issue 9): a staff import run from the command line — its own
process, as a second HR Planner would be — while the window closes a big class waits for the
close to commit and then succeeds; one that meets a write lasting longer than a writer waits
says plainly that another HR Planner is saving (exit 2), never "database is locked"."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, select

from hrplanner import cli
from hrplanner.domain.vocabulary import ENROLLED, PRESENT
from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.services.staff import roster
from hrplanner.services.training import classes, closing
from hrplanner.services.training.classes import ClassInput, SessionInput
from hrplanner.storage import engine
from hrplanner.storage.database import Database
from hrplanner.storage.models import Attendance, Employee, Enrollment, StaffCategory

from ..conftest import write_workbook

REPO = Path(__file__).resolve().parents[2]
HEADER = ["員工編號", "姓名", "身分證字號", "單位", "人員類別"]
DAY = dt.date(2026, 3, 2)


def big_class(db: Database, people: int, sessions: int) -> int:
    """A class with every mark entered (written in bulk: the test is about the close)."""
    detail = classes.create_class(
        db,
        ClassInput("BIG-001", "大型研習"),
        [
            SessionInput(DAY + dt.timedelta(days=n), "環境教育", dt.time(9), dt.time(12))
            for n in range(sessions)
        ],
    )
    with db.session() as s:
        unit = get_or_create_unit(s, "人事室")
        category = s.scalar(select(StaffCategory.id).filter_by(name="公務人員"))
        s.execute(
            insert(Employee),
            [
                {
                    "employee_no": f"B{i:05d}",
                    "name": f"員工{i}",
                    "unit_id": unit.id,
                    "category_id": category,
                }
                for i in range(people)
            ],
        )
        ids = s.scalars(select(Employee.id).where(Employee.employee_no.like("B%"))).all()
        stamp = dt.datetime(2026, 1, 5, 9)
        s.execute(
            insert(Enrollment),
            [
                {
                    "class_id": detail.summary.id,
                    "employee_id": e,
                    "registered_at": stamp,
                    "status": ENROLLED,
                }
                for e in ids
            ],
        )
        enrolled = s.scalars(
            select(Enrollment.id).where(Enrollment.class_id == detail.summary.id)
        ).all()
        s.execute(
            insert(Attendance),
            [
                {"enrollment_id": e, "session_id": v.id, "status": PRESENT, "leave_minutes": 0}
                for e in enrolled
                for v in detail.sessions
            ],
        )
    return detail.summary.id


def staff_sheet(tmp_path: Path) -> Path:
    return write_workbook(
        tmp_path / "staff.xlsx",
        {
            "人員": [
                HEADER,
                ["9001", "王小明", "", "人事室", "公務人員"],
                ["9002", "林淑芬", "", "人事室", "公務人員"],
            ]
        },
    )


def test_a_staff_import_during_a_big_close_waits_for_it_and_succeeds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "hr.db"
    db = Database.open(str(path), user="window")
    class_id = big_class(db, 2000, 5)
    sheet = staff_sheet(tmp_path)
    writing = threading.Event()
    real = closing.store_credit

    def slow_store(*args: Any, **kwargs: Any) -> Any:
        # A slower PC: the close holds the write lock for 1.5 s more than it needs.
        result = real(*args, **kwargs)
        writing.set()
        time.sleep(1.5)
        return result

    monkeypatch.setattr(closing, "store_credit", slow_store)
    outcome: list[Any] = []
    closer = threading.Thread(
        target=lambda: outcome.append(closing.close_class(db, class_id, DAY + dt.timedelta(9)))
    )
    closer.start()
    try:
        assert writing.wait(timeout=60)
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "hrplanner", "--db", str(path), "import", "staff", str(sheet)],
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=120,
        )
        waited = time.monotonic() - started
    finally:
        closer.join(timeout=60)
    assert len(outcome) == 1 and isinstance(outcome[0], closing.CloseResult)
    assert len(outcome[0].lines) == 2000
    assert done.returncode == 0, done.stderr
    assert "新增 2 筆" in done.stdout
    assert "Traceback" not in done.stderr and "locked" not in done.stderr
    assert waited < 30
    assert roster.count(db) == 2002
    db.close()


LOCKER = textwrap.dedent(
    """
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")  # a write that lasts longer than a writer waits
    print("locked", flush=True)
    time.sleep(60)
    """
)


def test_a_staff_import_that_waits_too_long_says_another_hr_planner_is_saving(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "hr.db"
    Database.open(str(path)).close()
    sheet = staff_sheet(tmp_path)
    monkeypatch.setattr(engine, "SQLITE_BUSY_TIMEOUT_MS", 300)  # the test need not wait 10 s
    locker = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(path)], stdout=subprocess.PIPE, text=True, cwd=REPO
    )
    try:
        assert locker.stdout is not None and locker.stdout.readline().strip() == "locked"
        code = cli.run(["--db", str(path), "import", "staff", str(sheet)])
        err = capsys.readouterr().err
    finally:
        locker.kill()
        locker.wait()
    assert code == 2, err
    assert "另一個 HR Planner 正在儲存資料，請稍後再試" in err
    assert "Traceback" not in err and "locked" not in err
    db = Database.open(str(path))
    assert roster.count(db) == 0  # nothing written
    db.close()
