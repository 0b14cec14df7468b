"""Whole-process timings of the command line next to plain scripts doing the same work.

Every run is a fresh process (interpreter start-up included), so what a user waits for is
what is measured. The pairs run interleaved (ours, plain, ours, plain, …) so that noise on
a shared machine hits both alike; the median and the minimum of each are printed with
their ratio, and the CPU time (user + system) and peak memory of the child.

- ``--help``: HR Planner's help, against a bare ``python -c pass`` (goal: under 0.3 s);
- ``export hours``: 學習時數統計 of a year, against ``hours_export_plain.py`` (goal 1.3x,
  and under 3 s);
- ``print certificates``: a reprint of the class whose certificates are nearest 147 pages,
  against ``certificates_plain.py`` with the same font (goal 1.5x). The numbers are issued
  before timing, so the command takes its reprint path (``services.certificates.reprint``);
  the first print, which issues them, opens the database the ordinary way;
- ``agenda``: against ``agenda_plain.py`` (goal: near the plain script).

    .venv/bin/python benchmarks/cli_bench.py --db LARGE_DEMO.db [--repeat 7] [--year 2025]

The database is copied first (certificates are issued on the copy before timing).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
PY = sys.executable


@dataclass
class Run:
    wall: float
    cpu: float
    peak_mib: float


def run(argv: list[str], env: dict[str, str]) -> Run:
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode() if proc.stderr else ""
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed ({proc.returncode}):\n{err[-2000:]}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def nearest_class(db: Path, pages: int) -> str:
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            """SELECT t.code, COUNT(*) AS n FROM enrollment e
               JOIN training_class t ON t.id = e.class_id
               WHERE e.credit_minutes > 0 AND e.status = '正取' AND t.closed_on IS NOT NULL
               GROUP BY t.id ORDER BY ABS(n - ?), t.end_date DESC LIMIT 1""",
            (pages,),
        ).fetchone()
    return str(row[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a SQLite file of the large demo")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--year", type=int, default=dt.date.today().year - 1)
    parser.add_argument("--only", help="comma-separated: help,hours,certificates,agenda")
    args = parser.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="hrp-cli-bench-"))
    db = scratch / "bench.db"
    shutil.copyfile(args.db, db)
    env = dict(os.environ, HRPLANNER_DATA_DIR=str(scratch / "data"), HRPLANNER_DB="")
    # As installed (pip and the bundle compile the bytecode): the warm-up runs write it,
    # instead of every run compiling the package again where writing it is turned off.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    hrp = [PY, "-m", "hrplanner", "--db", str(db)]

    # Found in a child: the parent stays small, since a child's peak memory counts the
    # parent's pages it was forked from.
    font_spec = subprocess.run(
        [PY, "-c", "from hrplanner.reports.pdf.fonts import find_font as f; c = f();"
         " print(f'{c.path}:{c.subfont_index}')"],
        env=env, capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    code = nearest_class(db, 147)
    today = dt.date.today().isoformat()
    # Issue the numbers once: every timed run is then a reprint, on both sides.
    run([*hrp, "print", "certificates", "--class", code, "-o", str(scratch / "c.pdf")], env)
    with sqlite3.connect(db) as conn:
        pages = conn.execute(
            "SELECT COUNT(*) FROM certificate c JOIN enrollment e ON e.id = c.enrollment_id"
            " JOIN training_class t ON t.id = e.class_id WHERE t.code = ?",
            (code,),
        ).fetchone()[0]

    pairs = {
        "help": ("--help", [*hrp[:3], "--help"], [PY, "-c", "pass"]),
        "hours": (
            f"export hours --year {args.year}",
            [*hrp, "export", "hours", "--year", str(args.year), "-o", str(scratch / "h.xlsx")],
            [
                PY,
                str(HERE / "hours_export_plain.py"),
                str(db),
                str(args.year),
                str(scratch / "p.xlsx"),
            ],
        ),
        "certificates": (
            f"print certificates ({code}, {pages} pages)",
            [*hrp, "print", "certificates", "--class", code, "-o", str(scratch / "c.pdf")],
            [
                PY,
                str(HERE / "certificates_plain.py"),
                str(db),
                code,
                font_spec,
                str(scratch / "p.pdf"),
            ],
        ),
        "agenda": (
            "agenda",
            [*hrp, "agenda", "--date", today],
            [PY, str(HERE / "agenda_plain.py"), str(db), today],
        ),
    }
    if args.only:
        pairs = {k: v for k, v in pairs.items() if k in args.only.split(",")}
    print(f"{args.repeat} paired runs each; font {font_spec}")
    print(f"{'':40s} {'ours median/min':>17s} {'plain median/min':>17s} {'ratio med/min':>14s}")
    for label, ours, plain in pairs.values():
        # Warm the file cache (and HR Planner's own cache folder, as a user's first run).
        run(ours, env), run(plain, env)
        a: list[Run] = []
        b: list[Run] = []
        for _ in range(args.repeat):
            a.append(run(ours, env))
            b.append(run(plain, env))

        def med(rs: list[Run], attr: str) -> float:
            return statistics.median(getattr(r, attr) for r in rs)

        def low(rs: list[Run], attr: str) -> float:
            return min(getattr(r, attr) for r in rs)

        print(
            f"{label:40s} {med(a, 'wall'):7.3f}/{low(a, 'wall'):.3f} s"
            f"   {med(b, 'wall'):7.3f}/{low(b, 'wall'):.3f} s"
            f"   {med(a, 'wall') / med(b, 'wall'):5.2f}x/{low(a, 'wall') / low(b, 'wall'):.2f}x"
        )
        peak_a, peak_b = max(r.peak_mib for r in a), max(r.peak_mib for r in b)
        print(
            f"{'  cpu, peak memory':40s} {med(a, 'cpu'):7.3f} s {peak_a:5.0f} MiB"
            f"   {med(b, 'cpu'):7.3f} s {peak_b:5.0f} MiB"
            f"   {med(a, 'cpu') / med(b, 'cpu'):5.2f}x cpu"
        )
    shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
