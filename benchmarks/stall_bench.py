"""Main-thread stalls of the real window on the large demo, action by action.

Opens the application's own ``MainWindow`` (``hrplanner.app.Application``, the real task
runner, offscreen) on a copy of the large demo database, runs a 10 ms heartbeat timer on
the UI thread, and drives the pages and the main actions through real signals: clicks on
the navigation list, the year combo, the export buttons, the sign-in print action (until
its preview is shown), keys typed in a 200-row attendance grid. After each action it waits
until the background work is done and the window is idle, then reports the longest gap
between two heartbeats: how long the window was frozen. Budget: 0.2 s per action.

The copy gets one open three-session class of 200 people (the demo's classes with three
sessions are all closed and smaller) for the sign-in sheet and the attendance grid.

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/stall_bench.py [--db LARGE_DEMO]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# As installed (pip and the bundle compile the bytecode): a page's first open must not time
# the compiler where writing bytecode is turned off.
sys.dont_write_bytecode = False
BUDGET = 0.2
HEARTBEAT_MS = 10


def prepare(source: Path, scratch: Path) -> tuple[Path, str]:
    """Copy the demo and give the copy an open class of 200 people with three sessions."""
    db_path = scratch / "stall.db"
    src = sqlite3.connect(source)
    dst = sqlite3.connect(db_path)
    src.backup(dst)
    src.close()
    class_id, code = dst.execute(
        "SELECT c.id, c.code FROM training_class c WHERE c.mode = '實體' AND NOT c.cancelled"
        " AND (SELECT count(*) FROM class_session s WHERE s.class_id = c.id) = 3"
        " ORDER BY c.end_date DESC LIMIT 1"
    ).fetchone()
    dst.execute(
        "UPDATE training_class SET closed_on = NULL, registered_on = NULL WHERE id = ?",
        (class_id,),
    )
    for table in ("attendance", "certificate", "credit_by_topic"):
        dst.execute(
            f"DELETE FROM {table} WHERE enrollment_id IN"
            " (SELECT id FROM enrollment WHERE class_id = ?)",
            (class_id,),
        )
    dst.execute("DELETE FROM enrollment WHERE class_id = ?", (class_id,))
    people = [r[0] for r in dst.execute("SELECT id FROM employee WHERE status = '在職' LIMIT 200")]
    dst.executemany(
        "INSERT INTO enrollment (class_id, employee_id, registered_at, status, meal, approved,"
        " completed, version) VALUES (?, ?, '2026-01-05 09:00:00', '正取', '葷', 1, 0, 1)",
        [(class_id, p) for p in people],
    )
    dst.commit()
    dst.close()
    return db_path, code


class Heartbeat:
    """A 10 ms timer on the UI thread; ``worst`` is the longest gap since ``reset``."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.reset()
        self.timer.start()

    def _beat(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        if now - self.last > self.worst:
            self.worst = now - self.last
            self.worst_cpu = cpu - self.last_cpu
        self.last, self.last_cpu = now, cpu

    def reset(self) -> None:
        self.last, self.last_cpu = time.perf_counter(), time.thread_time()
        self.worst = self.worst_cpu = 0.0


def wait_until(app: Any, condition: Callable[[], bool], timeout: float = 300.0) -> float:
    """Run the event loop until ``condition()`` holds; returns the seconds waited."""
    from PySide6.QtCore import QEventLoop, QTimer

    start = time.perf_counter()
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)

    def check() -> None:
        if condition() or time.perf_counter() - start > timeout:
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    return time.perf_counter() - start


def settle(app: Any, msecs: int = 150) -> None:
    end = time.perf_counter() + msecs / 1000
    wait_until(app, lambda: time.perf_counter() >= end)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/large.db"))
    parser.add_argument("--lang", default="zh_TW")
    parser.add_argument("--profile", help="profile the UI thread in actions naming this")
    parser.add_argument("--runs", type=int, default=3, help="whole-process runs (medians)")
    parser.add_argument("--json", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.runs > 1:
        passed = ["--db", str(args.db), "--lang", args.lang]
        return main_runs(args.runs, passed + (["--profile", args.profile] if args.profile else []))
    if not args.db.exists():
        print(f"no database {args.db}: build it with hrplanner --db {args.db} demo --size large")
        return 2
    scratch = Path(tempfile.mkdtemp(prefix="hrplanner-stall-"))
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")
    os.environ["HRPLANNER_DATA_DIR"] = str(scratch / "data")
    db_path, big_code = prepare(args.db, scratch)

    from PySide6.QtCore import QPoint, QSettings, Qt
    from PySide6.QtTest import QTest

    from hrplanner.app import Application, create_application
    from hrplanner.ui.shell.pages import PAGES
    from hrplanner.ui.shell.prompts import Prompts
    from hrplanner.ui.shell.tasks import TaskRunner
    from hrplanner.ui.shell.translators import install_translators

    class BenchPrompts(Prompts):
        """Answers every dialog at once: files go to the scratch folder."""

        def info(self, parent: Any, title: str, text: str) -> None:
            pass

        def error(self, parent: Any, title: str, text: str) -> None:
            print(f"  (error shown: {title}: {text[:120]})")

        def error_details(self, parent: Any, title: str, text: str, details: str) -> None:
            print(f"  (error shown: {title}: {text[:120]})")

        def confirm(self, parent: Any, title: str, text: str) -> bool:
            return True

        def choose(self, parent: Any, title: str, text: str, items: list[str]) -> str | None:
            return items[0] if items else None

        def save_file(self, parent: Any, title: str, suggested: str, name_filter: str) -> Path:
            return scratch / suggested

    app = create_application()
    install_translators(app, args.lang)
    qsettings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
    runner = TaskRunner(app)
    application = Application(
        app,
        qsettings,
        BenchPrompts(),
        runner,
        str(db_path),
        scratch / "backups",
        args.lang,
        True,
        create=False,
    )
    heart = Heartbeat()
    results: list[tuple[str, float, float, float]] = []

    def idle() -> bool:
        return not runner.busy()

    def measure(name: str, action: Callable[[], None], done: Callable[[], bool] = idle) -> None:
        settle(app, 100)
        profile = None
        if args.profile and args.profile in name:
            import cProfile

            profile = cProfile.Profile()  # the UI thread only
            profile.enable()
        heart.reset()
        start = time.perf_counter()
        action()
        wait_until(app, lambda: done() and idle())
        took = time.perf_counter() - start
        settle(app, 150)  # what the delivered result costs to show
        if profile is not None:
            import pstats

            profile.disable()
            pstats.Stats(profile).sort_stats("tottime").print_stats(18)
        results.append((name, heart.worst, heart.worst_cpu, took))
        flag = "" if heart.worst <= BUDGET else "  OVER"
        print(
            f"  {name:44s} {heart.worst:6.3f} s (UI thread busy {heart.worst_cpu:5.3f} s of it;"
            f" done after {took:6.2f} s){flag}",
            flush=True,
        )

    window = application.window
    first = window.initial_page().key  # the home page since issue 15
    measure(
        f"start: window with its {first} page",
        application.start,
        lambda: window.ctx is not None and first in window.pages,
    )
    window = application.window
    nav = window.nav

    def click_nav(key: str) -> Callable[[], None]:
        def click() -> None:
            row = next(i for i, s in enumerate(PAGES) if s.key == key)
            rect = nav.visualItemRect(nav.item(row))
            QTest.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

        return click

    titles = {s.key: s.translated_title() for s in PAGES}
    for spec in PAGES:
        measure(f"open {titles[spec.key]}", click_nav(spec.key))
    for spec in PAGES:
        measure(f"again {titles[spec.key]}", click_nav(spec.key))

    # Leaving a page while it loads: 外部時數, then at once 學習時數.
    def leave_while_loading() -> None:
        click_nav("external")()
        click_nav("hours")()

    measure("外部時數 then at once 學習時數", leave_while_loading)

    # 訓練班期: the year combo to 全部年度 and back, the big class, its grid, its sheets.
    click_nav("classes")()
    wait_until(app, idle)
    classes = window.pages["classes"]
    combo = classes.year_combo
    every = combo.findData(None)
    current = combo.currentIndex()
    measure("classes: year → 全部年度", lambda: combo.setCurrentIndex(every))
    measure("classes: year back", lambda: combo.setCurrentIndex(current))
    measure("classes: year → 全部年度 again", lambda: combo.setCurrentIndex(every))

    # 證書清冊: ten years of numbers at once (全部年度), and back to this year.
    click_nav("certificates")()
    wait_until(app, idle)
    register_combo = window.pages["certificates"].year_combo
    this_year = register_combo.currentIndex()
    every_year = register_combo.findData(None)
    measure("certificates: year → 全部年度", lambda: register_combo.setCurrentIndex(every_year))
    measure("certificates: year back", lambda: register_combo.setCurrentIndex(this_year))
    click_nav("classes")()
    wait_until(app, idle)

    def search_big() -> None:
        classes.search_edit.setText(big_code)

    measure(
        "classes: search one code",
        search_big,
        lambda: not classes._search_timer.isActive() and classes.model.rowCount() == 1,
    )

    def select_first() -> None:
        table = classes.table
        rect = table.visualRect(table.model().index(0, 1))
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    measure("classes: select the 200-person class", select_first)
    tabs = classes.tabs

    def show_attendance() -> None:
        bar = tabs.tabBar()
        index = tabs.indexOf(classes.attendance)
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())

    measure(
        "classes: 出席與結訓 tab (200 × 3)",
        show_attendance,
        lambda: classes.attendance.model is not None,
    )
    grid = classes.attendance.view

    def missing() -> int:
        m = classes.attendance.model
        return -1 if m is None else m.grid.missing

    def type_key(key: Qt.Key) -> Callable[[], None]:
        def press() -> None:
            grid.setFocus()
            QTest.keyClick(grid, key)

        return press

    model = grid.model()
    if model is not None and model.rowCount():
        grid.setCurrentIndex(model.index(0, 3))
        for n, key in enumerate((Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3)):
            measure(f"attendance grid: key {n + 1}", type_key(key))
        grid.setCurrentIndex(model.index(150, 4))
        measure("attendance grid: key at row 151", type_key(Qt.Key.Key_1))
        print(f"  (grid {model.rowCount()} rows; cells left empty: {missing()})")
    else:
        print("  (no attendance grid shown)")
    actions = classes.print_actions

    def sign_in() -> None:
        actions.last_preview = None
        actions.signin_action.trigger()

    measure(
        "sign-in sheets 200 × 3 until preview",
        sign_in,
        lambda: getattr(actions, "last_preview", None) is not None,
    )
    if actions.last_preview is not None:
        actions.last_preview.close()

    # The grid's buttons (the confirmations are answered at once): 全部出席, 結訓, 重新開啟.
    tab = classes.attendance

    def press(button: Any) -> Callable[[], None]:
        return lambda: QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    for name, button in (
        ("全部出席", tab.all_present_button),
        ("結訓", tab.close_button),
        ("重新開啟", tab.reopen_button),
    ):
        if button.isEnabled():
            measure(f"attendance: {name} (200 × 3)", press(button))
        else:
            print(f"  (attendance: {name} not enabled)")
    classes.search_edit.setText("")

    # 報表匯出: start the heavy exports.
    click_nav("reports")()
    wait_until(app, idle)
    reports = window.pages["reports"]
    for name in ("hours", "portal", "spread", "appraisal"):
        button = reports.export_buttons.get(name)
        if button is None:
            continue

        def start_export(b: Any = button) -> None:
            QTest.mouseClick(b, Qt.MouseButton.LeftButton, pos=QPoint(b.width() // 2, 5))

        measure(f"export {name}", start_export)

    # 外部時數 and 學習時數: the year combo.
    for key in ("external", "hours"):
        click_nav(key)()
        wait_until(app, idle)
        page = window.pages[key]
        year_combo = getattr(page, "year_combo", None)
        if year_combo is not None and year_combo.count() > 1:
            measure(f"{titles[key]}: previous year", lambda c=year_combo: c.setCurrentIndex(1))

    window.close()
    application.shutdown()

    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False))
    else:
        report([results])
    shutil.rmtree(scratch, ignore_errors=True)
    return 0


def report(runs: list[list[tuple[str, float, float, float]]]) -> int:
    """The table: per action the median (and worst) of the runs' longest gaps."""
    names = [r[0] for r in runs[0]]
    print()
    print(
        f"{'action':46s} {'worst gap':>9s} {'(max)':>7s} {'UI busy':>8s}  budget {BUDGET} s"
        f"   ({len(runs)} runs: medians)"
    )
    over = 0
    for i, name in enumerate(names):
        gaps = [run[i][1] for run in runs if i < len(run)]
        cpus = [run[i][2] for run in runs if i < len(run)]
        med = statistics.median(gaps)
        ok = med <= BUDGET
        over += not ok
        print(
            f"{name:46s} {med:7.3f} s {max(gaps):6.3f} {statistics.median(cpus):7.3f} s"
            f"  {'ok' if ok else 'OVER'}"
        )
    print(f"{len(names)} actions, {over} over the budget")
    return 1 if over else 0


def main_runs(count: int, argv: list[str]) -> int:
    """Each run in a fresh process (a page opens for the first time once per process)."""
    runs = []
    for n in range(count):
        with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as out:
            target = Path(out.name)
        print(f"run {n + 1} of {count}…", flush=True)
        subprocess.run(
            [sys.executable, __file__, *argv, "--runs", "1", "--json", str(target)], check=True
        )
        runs.append([tuple(r) for r in json.loads(target.read_text())])
        target.unlink()
    return report(runs)


if __name__ == "__main__":
    sys.exit(main())
