"""The year's learning-hours compliance (R7) for 5,000 people next to a single hand-written
SQL aggregate over the stored credits, in the same run; goal: at most 2x.

    .venv/bin/python benchmarks/ledger_bench.py [--db PATH_OR_URL] [--year Y] [--repeat N]

Without --db a temporary SQLite file is filled with the ``large`` demo first (its time is
reported too). Both sides run alternately ``--repeat`` times; medians (and minima) are compared.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

from hrplanner.services.demo import agency
from hrplanner.services.hours import ledger
from hrplanner.storage.database import Database

HAND_SQL = text(
    """
    SELECT employee_id, topic_id, SUM(minutes) FROM (
        SELECT e.employee_id AS employee_id, c.topic_id AS topic_id, c.minutes AS minutes
        FROM credit_by_topic c
        JOIN enrollment e ON e.id = c.enrollment_id
        JOIN training_class t ON t.id = e.class_id
        WHERE t.end_date BETWEEN :first AND :last AND t.closed_on IS NOT NULL
        UNION ALL
        SELECT employee_id, topic_id, minutes FROM external_record
        WHERE end_date BETWEEN :first AND :last
    ) AS credits
    GROUP BY employee_id, topic_id
    """
)


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="an existing database holding the large demo")
    parser.add_argument("--year", type=int, default=dt.date.today().year - 1)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()

    tmp = None
    if args.db:
        db = Database.open(args.db)
    else:
        tmp = tempfile.TemporaryDirectory()
        db = Database.open(str(Path(tmp.name) / "bench.db"))
        started = time.perf_counter()
        summary = agency.generate(db, "large", seed=1)
        print(f"large demo: {time.perf_counter() - started:.1f} s  {summary.extra}")

    first, last = dt.date(args.year, 1, 1), dt.date(args.year, 12, 31)

    def hand() -> object:
        with db.engine.connect() as conn:
            return conn.execute(HAND_SQL, {"first": first, "last": last}).all()

    def service() -> object:
        return ledger.compliance(db, args.year)

    hand()
    service()  # warm the caches of both
    hand_times, service_times = [], []
    for _ in range(args.repeat):
        hand_times.append(_timed(hand))
        service_times.append(_timed(service))
    people = len(ledger.year_ledger(db, args.year))
    rate = ledger.compliance(db, args.year)
    h, s = statistics.median(hand_times), statistics.median(service_times)
    # The minimum is shown too: on a shared machine it is the least disturbed figure.
    h_min, s_min = min(hand_times), min(service_times)
    print(f"year {args.year}: {people} people in scope, compliance {float(rate or 0):.1%}")
    print(f"hand-written SQL aggregate: median {h * 1000:.1f} ms  min {h_min * 1000:.1f} ms")
    print(f"hours.compliance():         median {s * 1000:.1f} ms  min {s_min * 1000:.1f} ms")
    print(f"ratio of medians {s / h:.2f}x, of minima {s_min / h_min:.2f}x (goal <= 2x)")
    db.close()
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
