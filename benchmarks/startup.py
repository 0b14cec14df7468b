"""Start-up time of the window compared with a bare PySide6 window, measured in one run.

Each measurement is a fresh process (Python start-up included), timed from just before
the process is started to the first paint:

- bare: a QMainWindow with a QTableView and a menu, to the first paint of the table;
- hrplanner: ``hrplanner --db LARGE_DEMO`` (the real entry point), to the first paint of
  the staff list showing rows; the first paint of the window itself is reported too.

The runs alternate so that machine noise hits both alike; medians and the ratio are
printed. Usage::

    .venv/bin/python benchmarks/startup.py [--db PATH] [--repeat 7]

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
        if isinstance(parent, QTableView) and type(parent.parent()).__name__ == "StaffPage":
            if parent.model().rowCount() > 0 and "rows" not in seen:
                seen.add("rows")
                print("rows", time.time(), flush=True)
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
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="hrplanner-startup-"))
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Keep the user's window settings and data folder out of the measurement.
    env["XDG_CONFIG_HOME"] = str(scratch / "config")
    env["HRPLANNER_DATA_DIR"] = str(scratch / "data")
    db = args.db or Path(tempfile.gettempdir()) / "hrplanner-bench-large.db"
    _ensure_demo(db, env)

    _measure(_BARE, [], env)  # warm the file cache for both
    _measure(_HRPLANNER, [str(db)], env)
    bare: list[float] = []
    window: list[float] = []
    rows: list[float] = []
    for _ in range(args.repeat):
        bare.append(_measure(_BARE, [], env)["rows"])
        marks = _measure(_HRPLANNER, [str(db)], env)
        window.append(marks.get("window", float("nan")))
        rows.append(marks["rows"])
    b, w, r = (statistics.median(x) for x in (bare, window, rows))
    print(f"runs: {args.repeat} each, database {db}")
    print(f"bare PySide6 window, first paint:          median {b:.3f} s")
    print(f"HR Planner window, first paint:            median {w:.3f} s  ({w / b:.2f}x)")
    print(f"HR Planner staff list with rows, painted:  median {r:.3f} s  ({r / b:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
