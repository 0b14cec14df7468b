"""Time to open a class of 200 enrollees (goal: under 0.1 s) on the large demo database.

    .venv/bin/python benchmarks/open_class_bench.py [--db LARGE_DEMO.db] [--repeat N]

The database is copied first (the benchmark adds one class of 200 enrollees to the copy).
Without --db the large demo is generated into a temporary file. It times what the window
does when the officer selects the class: ``open_class`` (class, sessions, enrollees) for the
enrollment tab and ``attendance_grid`` for the attendance tab.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from hrplanner.services.demo import agency
from hrplanner.services.staff import roster
from hrplanner.services.training import attendance, classes
from hrplanner.services.training.classes import ClassInput, SessionInput
from hrplanner.services.training.enrollment import EnrollRequest, enroll
from hrplanner.storage.database import Database


def _median(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm the caches, as a second click would
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="a SQLite file holding the large demo")
    parser.add_argument("--repeat", type=int, default=21)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="hrp-open-class-"))
    path = folder / "large.db"
    if args.db:
        shutil.copyfile(args.db, path)
    else:
        started = time.perf_counter()
        agency.generate(Database.open(str(path)), "large")
        print(f"large demo generated in {time.perf_counter() - started:.1f} s")
    db = Database.open(str(path))

    people = roster.search_ids(db, roster.StaffFilter(status="在職"))[:200]
    day = dt.date.today() + dt.timedelta(days=30)
    sessions = [
        SessionInput(day + dt.timedelta(days=n), topic, dt.time(9), dt.time(12))
        for n, topic in enumerate(("環境教育", "性別主流化", "業務相關"))
    ]
    detail = classes.create_class(db, ClassInput("BENCH-200", "效能測試班", capacity=200), sessions)
    now = dt.datetime.now()
    enroll(
        db,
        detail.summary.id,
        [EnrollRequest(e, now + dt.timedelta(seconds=i)) for i, e in enumerate(people)],
    )
    class_id = detail.summary.id
    opened = classes.open_class(db, class_id)
    assert len(opened.enrollees) == 200

    open_s = _median(lambda: classes.open_class(db, class_id), args.repeat)
    grid_s = _median(lambda: attendance.attendance_grid(db, class_id), args.repeat)
    print(f"open_class, 200 enrollees:      median {open_s * 1000:.1f} ms (goal < 100 ms)")
    print(f"attendance_grid, 200 × 3:       median {grid_s * 1000:.1f} ms")
    db.close()
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
