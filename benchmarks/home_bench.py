"""Benchmark the home page (SPEC R20) on the large demo: the background work (the summary
of every item, per part) and what the main thread pays to show it (building the cards),
against the 0.2 s stall budget.

Run:
    .venv/bin/python -m hrplanner --db /tmp/large.db demo --size large
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/home_bench.py [--db /tmp/large.db]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from collections.abc import Callable

BUDGET = 0.2  # seconds the main thread may be held


def timed(work: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default="/tmp/large.db")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from PySide6.QtCore import QSettings

    from hrplanner.app import create_application
    from hrplanner.services.calendar import office_calendar as oc
    from hrplanner.services.home import summary as home
    from hrplanner.storage.database import Database
    from hrplanner.ui.home.page import HomePage
    from hrplanner.ui.shell.pages import UiContext
    from hrplanner.ui.shell.prompts import Prompts
    from hrplanner.ui.shell.tasks import TaskRunner

    db = Database.open(args.db, create=False)
    today = dt.date.today()
    parts: dict[str, Callable[[], object]] = {
        "agenda (dated items)": lambda: oc.agenda(db, today),
        "classes this week": lambda: home.week_class_codes(db, today),
        "certificates": lambda: home.uncertified_class_codes(db, today),
        "compliance": lambda: home._compliance(db, today),
        "KPI lights": lambda: home._kpis(db, today),
        "study places": lambda: home._study(db, today),
        "whole summary (background)": lambda: home.home_summary(db, today),
    }
    print(f"{'part':32} {'median s':>9} {'min s':>7}")
    for name, work in parts.items():
        times = timed(work, args.repeat)
        print(f"{name:32} {statistics.median(times):9.3f} {min(times):7.3f}")

    app = create_application()
    settings = QSettings("/tmp/home_bench.ini", QSettings.Format.IniFormat)
    ctx = UiContext(db, Prompts(), TaskRunner(synchronous=True), settings)
    page = HomePage(ctx)
    page.resize(950, 650)
    page.show()
    app.processEvents()
    summary = home.home_summary(db, today)

    def show() -> None:
        page._generation += 1
        page._show(page._generation, summary)
        app.processEvents()

    times = timed(show, args.repeat)
    worst = max(times)
    verdict = "within" if worst <= BUDGET else "OVER"
    print(f"{'cards shown (main thread)':32} {statistics.median(times):9.3f} {min(times):7.3f}")
    print(f"main thread worst {worst:.3f} s: {verdict} the {BUDGET} s budget")


if __name__ == "__main__":
    main()
