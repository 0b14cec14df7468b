"""Study and survey reads on the large demo database (the window runs them on its worker;
the goal is that none holds it for more than 0.2 s, SPEC §5).

    .venv/bin/python benchmarks/study_survey_bench.py [--db LARGE_DEMO.db] [--repeat N]

Without --db the large demo is generated into a temporary file. Times the study page's
year (``year_list``, at the quota: about 400 records), the survey page's year
(``year_figures``, about 300 classes), one class's response grid and figures, and typing
one answer (``set_answers``).
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
from hrplanner.services.study import records
from hrplanner.services.survey import responses, results
from hrplanner.storage.database import Database


def _median(fn: Callable[[], object], repeat: int) -> float:
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="hrp-bench-"))
    target = folder / "large.db"
    if args.db:
        shutil.copy(args.db, target)
        db = Database.open(str(target))
    else:
        db = Database.open(str(target))
        agency.generate(db, "large")
    try:
        this_year = dt.date.today().year
        classes = results.year_figures(db, this_year - 1)
        class_id = classes[len(classes) // 2].class_id
        rows = {
            "study year_list (this year)": lambda: records.year_list(db, this_year),
            "survey year_figures (last year)": lambda: results.year_figures(
                db, this_year - 1, answered_only=False
            ),
            "response_grid (one class)": lambda: responses.response_grid(db, class_id),
            "class_figures (one class)": lambda: results.class_figures(db, class_id),
            "set_answers (one cell)": lambda: responses.set_answers(
                db, class_id, [responses.AnswerChange(1, 1, 4)]
            ),
        }
        for label, fn in rows.items():
            print(f"{label:34s} {_median(fn, args.repeat) * 1000:7.1f} ms")
    finally:
        db.close()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
