"""How long closing a 4,000-person, 5-session class holds the write lock (goal: well under a
second), and how long the whole close takes.

    .venv/bin/python benchmarks/close_lock_bench.py [--people 4000] [--sessions 5] [--repeat 3]

A fresh SQLite file per run: the class, its people and every attendance mark are written in
bulk, then ``closing.close_class`` runs with the statements timed. The write lock is held
from the first statement that writes (the class is claimed first) until the commit; on
SQLite nobody else can write meanwhile, so this is what another HR Planner saving at the
same moment may have to wait for. Readers are never held up (WAL).
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import event, insert, select

from hrplanner.domain.vocabulary import ABSENT, ENROLLED, LEAVE, PRESENT
from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.services.training import classes, closing
from hrplanner.services.training.classes import ClassInput, SessionInput
from hrplanner.storage.database import Database
from hrplanner.storage.models import Attendance, Employee, Enrollment, StaffCategory

TOPICS = ("環境教育", "性別主流化", "業務相關")


def build_class(db: Database, people: int, sessions: int, code: str = "BIG-001") -> int:
    """A closed-ready class: ``people`` enrollees (正取) × ``sessions`` three-hour sessions,
    every mark entered (mostly 出席, some 請假 and 缺課). Returns the class id."""
    day = dt.date(2026, 3, 2)
    detail = classes.create_class(
        db,
        ClassInput(code, "大型研習"),
        [
            SessionInput(
                day + dt.timedelta(days=n), TOPICS[n % len(TOPICS)], dt.time(9), dt.time(12)
            )
            for n in range(sessions)
        ],
    )
    class_id = detail.summary.id
    session_ids = [v.id for v in detail.sessions]
    with db.session() as s:
        unit = get_or_create_unit(s, "人事室")
        category = s.scalar(select(StaffCategory.id).filter_by(name="公務人員"))
        s.execute(
            insert(Employee),
            [
                {
                    "employee_no": f"{code}-{i:05d}",
                    "name": f"員工{i}",
                    "unit_id": unit.id,
                    "category_id": category,
                }
                for i in range(people)
            ],
        )
        ids = s.scalars(select(Employee.id).where(Employee.employee_no.like(f"{code}-%"))).all()
        stamp = dt.datetime(2026, 1, 5, 9)
        s.execute(
            insert(Enrollment),
            [
                {"class_id": class_id, "employee_id": e, "registered_at": stamp, "status": ENROLLED}
                for e in ids
            ],
        )
        enrollments = s.scalars(select(Enrollment.id).where(Enrollment.class_id == class_id)).all()
        marks = []
        for n, enrollment_id in enumerate(enrollments):
            for k, session_id in enumerate(session_ids):
                status, leave = PRESENT, 0
                if (n + k) % 17 == 0:
                    status, leave = LEAVE, 60
                elif (n * 7 + k) % 53 == 0:
                    status = ABSENT
                marks.append(
                    {
                        "enrollment_id": enrollment_id,
                        "session_id": session_id,
                        "status": status,
                        "leave_minutes": leave,
                    }
                )
        s.execute(insert(Attendance), marks)
    return class_id


class LockClock:
    """Times the statements of one engine: from the first that writes to the commit."""

    def __init__(self, db: Database) -> None:
        self.first_write: float | None = None
        self.committed: float | None = None
        event.listen(db.engine, "before_cursor_execute", self._statement)
        event.listen(db.engine, "commit", self._commit)

    def _statement(self, _conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        verb = sql.lstrip().split(None, 1)[0].upper()
        if self.first_write is None and verb in ("INSERT", "UPDATE", "DELETE", "BEGIN"):
            self.first_write = time.perf_counter()

    def _commit(self, _conn: Any) -> None:
        if self.first_write is not None and self.committed is None:
            self.committed = time.perf_counter()

    @property
    def held(self) -> float:
        assert self.first_write is not None and self.committed is not None
        return self.committed - self.first_write


def run_once(folder: Path, people: int, sessions: int) -> tuple[float, float, float]:
    path = folder / f"close-{time.monotonic_ns()}.db"
    db = Database.open(str(path), user="bench")
    try:
        started = time.perf_counter()
        class_id = build_class(db, people, sessions)
        built = time.perf_counter() - started
        clock = LockClock(db)
        started = time.perf_counter()
        result = closing.close_class(db, class_id, dt.date(2026, 4, 1))
        total = time.perf_counter() - started
        assert len(result.lines) == people
        return built, total, clock.held
    finally:
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=4000)
    parser.add_argument("--sessions", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="hrp-close-lock-"))
    try:
        runs = [run_once(folder, args.people, args.sessions) for _ in range(args.repeat)]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    built = statistics.median(r[0] for r in runs)
    total = statistics.median(r[1] for r in runs)
    held = statistics.median(r[2] for r in runs)
    shape = f"{args.people} people × {args.sessions} sessions"
    print(f"class of {shape} built in {built:.1f} s")
    print(f"close_class, {shape}: median {total * 1000:.0f} ms in all")
    print(f"  write lock held: median {held * 1000:.0f} ms (goal: well under 1000 ms)")


if __name__ == "__main__":
    main()
