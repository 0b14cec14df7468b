"""The service work behind the 外部時數 and 學習時數 pages and the office calendar, on the
large demo (goals: 外部時數 of a year under 1 s; the hours page's year computed once; the
calendar built once per year range).

    .venv/bin/python benchmarks/hours_services_bench.py --db LARGE_DEMO.db [--year Y] [--repeat N]

Prints median and minimum of ``--repeat`` runs of each, after one warm-up run (the first
calendar is timed on its own, in a fresh process, since that is the cost being cached).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

from hrplanner.services.calendar import office_calendar
from hrplanner.services.hours import external_list, ledger
from hrplanner.storage.database import Database


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times)


FIRST_CALENDAR = """
import sys, time, datetime as dt
from hrplanner.storage.database import Database
from hrplanner.services.calendar import office_calendar
db = Database.open(sys.argv[1])
start = time.perf_counter()
office_calendar.load_calendar(db, range(2017, dt.date.today().year + 1))
first = time.perf_counter() - start
start = time.perf_counter()
office_calendar.load_calendar(db, range(2017, dt.date.today().year + 1))
print(first, time.perf_counter() - start)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--year", type=int, default=dt.date.today().year - 1)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    db = Database.open(args.db)
    year, n = args.year, args.repeat
    flt = external_list.ExternalFilter(year=year)
    index = external_list.external_ids(db, flt)

    def old_page_reads() -> object:  # what the hours page read before: three evaluations
        ledger.year_groups(db, year)
        ledger.year_ledger(db, year)
        return ledger.compliance(db, year)

    rows = [
        (f"外部時數 {year}: list_external ({len(index.ids)} rows)",
         lambda: external_list.list_external(db, year=year)),
        ("外部時數: external_ids", lambda: external_list.external_ids(db, flt)),
        ("外部時數: external_rows of one page (200)",
         lambda: external_list.external_rows(db, index.ids[:200])),
        ("外部時數: all years, list_external", lambda: external_list.list_external(db)),
        (f"學習時數 {year}: year_summary (once)", lambda: ledger.year_summary(db, year)),
        ("學習時數: groups + ledger + compliance", old_page_reads),
        ("registration_items (calendar kept)",
         lambda: office_calendar.registration_items(db, dt.date.today())),
    ]  # fmt: skip
    print(f"{n} runs each (median / min)")
    for label, fn in rows:
        med, low = timed(fn, n)
        print(f"  {label:48s} {med * 1000:8.1f} / {low * 1000:8.1f} ms")
    firsts, seconds = [], []
    for _ in range(max(3, n // 2)):
        out = subprocess.run(
            [sys.executable, "-c", FIRST_CALENDAR, args.db],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        firsts.append(float(out[0]))
        seconds.append(float(out[1]))
    for label, values in (("calendar 2017–now, first build", firsts), ("  … asked again", seconds)):
        print(
            f"  {label:48s} {statistics.median(values) * 1000:8.1f} / {min(values) * 1000:8.1f} ms"
        )
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
