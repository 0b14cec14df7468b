"""Start-up time of the window compared with bare PySide6 windows, measured in one run.

Each measurement is a fresh process (Python start-up included), timed from just before
the process is started to the first paint:

- bare: a QMainWindow with a QTableView and a menu, to the first paint of the table;
- sqlite3: the same bare window reading the staff list's first page with ``sqlite3`` and
  showing it, to the first paint of the rows;
- agenda: the bare window reading what the home page, the window's first page, shows:
  today's agenda, computed with ``sqlite3`` by ``agenda_plain.py``, to the first paint of
  its rows (the reference of the goal: 2x, the same page read without HR Planner);
- core (``--core``): the same read through SQLAlchemy Core, to see what a first page
  without the ORM could reach at best;
- hrplanner: ``hrplanner --db LARGE_DEMO`` (the real entry point), to the first paint of
  its first page with data: the home page's cards (R20; it reads more than the staff
  list: every item of the agenda), or the staff list's rows when it is the first page; the
  first paint of the window and the moment the page is usable are reported too.

The runs alternate so that machine noise hits all alike; medians and minima are printed
with their ratio to the reference (the agenda window). Usage::

    .venv/bin/python benchmarks/startup.py [--db PATH] [--repeat 7] [--core]

Without ``--db`` the large demo database is created once in the temporary folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The children print "<label> <wall-clock time>" lines; the parent subtracts its own start.
_BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv[:1])
window = QMainWindow()
table = QTableView()
window.setCentralWidget(table)
window.menuBar().addMenu("File").addAction("Quit")

class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is table.viewport():
            print("rows", time.time(), flush=True)
            QTimer.singleShot(0, app.quit)
        return False

probe = Probe()
table.viewport().installEventFilter(probe)
window.resize(1100, 700)
window.show()
app.exec()
"""

# The bare window with a table whose ``model`` a reader's ``load()`` fills once the window
# shows: it prints the first paint of the rows. Each reader goes between the two halves.
_TABLE_HEAD = r"""
import datetime as dt, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv[:1])
window = QMainWindow()
table = QTableView()
window.setCentralWidget(table)
window.menuBar().addMenu("File").addAction("Quit")
model = QStandardItemModel()
table.setModel(model)
"""
_TABLE_TAIL = r"""
class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is table.viewport() and model.rowCount():
            print("rows", time.time(), flush=True)
            QTimer.singleShot(0, app.quit)
        return False

probe = Probe()
table.viewport().installEventFilter(probe)
window.resize(1100, 700)
window.show()
QTimer.singleShot(0, load)
app.exec()
"""

# Reading the staff list's first page the way the application does (the ids of everyone
# 在職 in employee-number order, then the first 200 rows with their unit, category and
# rank); ``{reader}`` is sqlite3 or SQLAlchemy Core (what a Core-only first page could at
# best reach).
_STAFF_LOAD = r"""
IDS = ("SELECT e.id FROM employee e JOIN unit u ON u.id = e.unit_id "
       "JOIN staff_category c ON c.id = e.category_id WHERE e.status = '在職' "
       "ORDER BY e.employee_no, e.id")
ROWS = ("SELECT e.id, e.employee_no, e.name, u.name, e.title, c.name, r.name, e.national_id, "
        "e.hire_date, e.status, e.gender, e.email, e.meal FROM employee e "
        "JOIN unit u ON u.id = e.unit_id JOIN staff_category c ON c.id = e.category_id "
        "LEFT JOIN rank_group r ON r.id = e.rank_group_id WHERE e.id IN (%s)")

def load():
    if "{reader}" == "sqlite3":
        import sqlite3
        db = sqlite3.connect(sys.argv[1])
        run = lambda sql: db.execute(sql).fetchall()
    else:
        from sqlalchemy import create_engine, text
        conn = create_engine("sqlite:///" + sys.argv[1]).connect()
        run = lambda sql: conn.execute(text(sql)).all()
    ids = [r[0] for r in run(IDS)]
    page = {r[0]: r for r in run(ROWS % ",".join(map(str, ids[:200])))}
    for i in ids[:200]:
        r = page[i]
        model.appendRow([QStandardItem("" if v is None else str(v)) for v in r[1:10]])
"""
_BARE_READ = _TABLE_HEAD + _STAFF_LOAD + _TABLE_TAIL

# Reading what the home page (the window's first page) shows first: today's agenda
# (classes to register, new hires to train), computed with sqlite3 and the ``holidays``
# calendar by ``agenda_plain.py`` with the same rules, one item a row. This is the
# reference of the goal (2x): the same first page, read without HR Planner.
_AGENDA_LOAD = r"""
def load():
    sys.path.insert(0, sys.argv[2])
    from agenda_plain import agenda_items, roc
    for due, kind, title, detail, late in agenda_items(sys.argv[1], dt.date.today()):
        model.appendRow([QStandardItem(t) for t in (roc(due), kind, title, detail)])
"""
_BARE_AGENDA = _TABLE_HEAD + _AGENDA_LOAD + _TABLE_TAIL

_HRPLANNER = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv[:1])
seen = set()

class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() != QEvent.Type.Paint:
            return False
        if "window" not in seen and isinstance(obj, QMainWindow):
            seen.add("window")
            print("window", time.time(), flush=True)
        parent = obj.parent()
        # The window opens on the home page (R20): its data is shown once a card paints.
        home = type(obj).__name__ == "HomeCard"
        page, staff_rows = "", False
        if isinstance(parent, QTableView) and parent.model() is not None:
            page = type(parent.parent()).__name__
            staff_rows = page == "StaffPage" and parent.model().rowCount() > 0
        if (home or staff_rows) and "rows" not in seen:  # the user sees data
            seen.add("rows")
            print("rows", time.time(), flush=True)
        if (home or (staff_rows and page == "StaffPage")) and "page" not in seen:
            seen.add("page")  # the page works now
            print("page", time.time(), flush=True)
            QTimer.singleShot(0, app.quit)
        return False

probe = Probe()
app.installEventFilter(probe)
from hrplanner.__main__ import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def _measure(code: str, args: list[str], env: dict[str, str]) -> dict[str, float]:
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    marks: dict[str, float] = {}
    for line in out.stdout.splitlines():
        label, _, stamp = line.partition(" ")
        marks[label] = float(stamp) - start
    if "rows" not in marks:
        raise RuntimeError(f"no paint measured (exit {out.returncode}):\n{out.stderr[-2000:]}")
    return marks


def _ensure_demo(path: Path, env: dict[str, str]) -> None:
    if path.exists():
        return
    print(f"creating the large demo database {path} (once)…", flush=True)
    cmd = [sys.executable, "-m", "hrplanner", "--db", str(path), "demo", "--size", "large"]
    subprocess.run(cmd, env=env, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a large demo database (created if missing)")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument(
        "--core", action="store_true", help="also a bare window reading through SQLAlchemy Core"
    )
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="hrplanner-startup-"))
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Keep the user's window settings and data folder out of the measurement.
    env["XDG_CONFIG_HOME"] = str(scratch / "config")
    env["HRPLANNER_DATA_DIR"] = str(scratch / "data")
    # As installed (pip and the bundle compile the bytecode): the warm-up runs write it,
    # instead of every run compiling the package again where writing it is turned off.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    db = args.db or Path(tempfile.gettempdir()) / "hrplanner-bench-large.db"
    _ensure_demo(db, env)

    bare_sqlite = _BARE_READ.replace("{reader}", "sqlite3")
    bare_core = _BARE_READ.replace("{reader}", "core")
    runs = {
        "bare": (_BARE, []),
        "sqlite3": (bare_sqlite, [str(db)]),
        "agenda": (_BARE_AGENDA, [str(db), str(Path(__file__).resolve().parent)]),
        "core": (bare_core, [str(db)]),
        "hrplanner": (_HRPLANNER, [str(db)]),
    }
    if not args.core:
        del runs["core"]
    # Warm the file cache for all; HR Planner's first run also fills its data folder's
    # cache (the package's holiday years), as a user's first start does.
    for code, argv in runs.values():
        _measure(code, argv, env)
    times: dict[str, list[float]] = {name: [] for name in runs}
    window: list[float] = []
    usable: list[float] = []
    for _ in range(args.repeat):  # interleaved, so that machine noise hits all alike
        for name, (code, argv) in runs.items():
            marks = _measure(code, argv, env)
            times[name].append(marks["rows"])
            if name == "hrplanner":
                window.append(marks.get("window", float("nan")))
                usable.append(marks.get("page", float("nan")))
    print(f"runs: {args.repeat} each (median / min), database {db}")

    def line(label: str, values: list[float]) -> None:
        med, low = statistics.median(values), min(values)
        ref_med = statistics.median(times["agenda"])
        ref_min = min(times["agenda"])
        print(
            f"{label:56s} {med:.3f} / {low:.3f} s"
            f"   {med / ref_med:.2f}x / {low / ref_min:.2f}x the reference"
        )

    line("bare PySide6 window, first paint", times["bare"])
    line("bare window reading the staff list's first page (sqlite3)", times["sqlite3"])
    line("bare window reading today's agenda (sqlite3): the reference", times["agenda"])
    if "core" in times:
        line("bare window reading the staff list's first page (Core)", times["core"])
    line("HR Planner window, first paint", window)
    line("HR Planner first page with its data, painted (goal 2x)", times["hrplanner"])
    line("HR Planner first page usable (search, buttons)", usable)
    return 0


if __name__ == "__main__":
    sys.exit(main())
