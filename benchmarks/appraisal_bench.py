"""The year-end page's data on the large demo (5,000 staff, ~3,000 appraisals a year): the
year's view (every rule applied) next to a plain SQL read of the same rows, the ratio per
官等 recomputed after one typed score, one save with its refreshed row, and the window side
(the page showing the view, offscreen).

    .venv/bin/python -m hrplanner --db /tmp/large.db demo --size large
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/appraisal_bench.py --db /tmp/large.db

The SQL side reads what the view reads — the appraisals with person and unit, the 獎懲 per
person and kind, the leave summaries and the credited minutes — as plain rows, with no rule
applied; it is the floor of any implementation. Medians (and minima) of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import time
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy import text

from hrplanner.domain.appraisal.score import appraisal_score
from hrplanner.services.appraisal import year_end
from hrplanner.services.appraisal.year_end import YearEndEntry
from hrplanner.storage.database import Database

PLAIN_SQL = (
    text(
        """
        SELECT a.*, e.employee_no, e.name, u.name, e.title, c.name
        FROM appraisal a
        JOIN employee e ON e.id = a.employee_id
        JOIN unit u ON u.id = e.unit_id
        JOIN staff_category c ON c.id = e.category_id
        WHERE a.year = :year
        ORDER BY u.sort_order, u.name, e.employee_no
        """
    ),
    text(
        "SELECT employee_id, kind, SUM(count) FROM reward_record"
        " WHERE date BETWEEN :first AND :last GROUP BY employee_id, kind"
    ),
    text(
        "SELECT employee_id, sick_personal_milli, absent_milli, late_count"
        " FROM leave_summary WHERE year = :year"
    ),
    text(
        """
        SELECT employee_id, SUM(minutes) FROM (
            SELECT e.employee_id AS employee_id, c.minutes AS minutes
            FROM credit_by_topic c
            JOIN enrollment e ON e.id = c.enrollment_id
            JOIN training_class t ON t.id = e.class_id
            WHERE t.end_date BETWEEN :first AND :last AND t.closed_on IS NOT NULL
            UNION ALL
            SELECT employee_id, minutes FROM external_record
            WHERE end_date BETWEEN :first AND :last
        ) AS credits GROUP BY employee_id
        """
    ),
)


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times), result


def plain(db: Database, year: int) -> int:
    params = {"year": year, "first": dt.date(year, 1, 1), "last": dt.date(year, 12, 31)}
    with db.engine.connect() as conn:
        return sum(len(conn.execute(q, params).all()) for q in PLAIN_SQL)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default="/tmp/large.db")
    parser.add_argument("--year", type=int, default=dt.date.today().year - 1)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    db = Database.open(args.db)
    year = args.year

    view_median, view_min, view = timed(lambda: year_end.year_end_view(db, year), args.repeat)
    assert isinstance(view, year_end.YearEndView)
    sql_median, sql_min, sql_rows = timed(lambda: plain(db, year), args.repeat)
    print(f"year {year}: {len(view.rows)} appraisals, {sql_rows} plain rows in all")
    print(f"  year-end view (rules applied): median {view_median:.3f} s, min {view_min:.3f} s")
    print(f"  plain SQL read, same rows:     median {sql_median:.3f} s, min {sql_min:.3f} s")
    print(f"  ratio view / plain SQL: {view_median / sql_median:.2f}×")

    # One score typed: the grade it gives and the ratio of the whole year, as the page does.
    target = next(r for r in view.rows if r.kind is not None and r.grade != "甲")

    def recompute() -> object:
        result = appraisal_score(88, target.net_points)
        rows = [replace(r, grade=result.grade.value) if r.id == target.id else r for r in view.rows]
        return year_end.ratio_of(rows, view.limit, view.rank_order)

    ratio_median, ratio_min, _ = timed(recompute, args.repeat * 4)
    print(
        f"  ratio after one typed score:   median {ratio_median * 1000:.1f} ms, "
        f"min {ratio_min * 1000:.1f} ms"
    )

    # One save and the refreshed row (then put back what was there).
    today = dt.date.today()

    def save() -> object:
        current = year_end.one_row(db, target.id)
        return year_end.save_entry(
            db,
            target.id,
            YearEndEntry(item_score=current.item_score),
            version=current.version,
            today=today,
            reason="基準測試",
        )

    save_median, save_min, _ = timed(save, args.repeat)
    print(
        f"  one save + refreshed row:      median {save_median * 1000:.1f} ms, "
        f"min {save_min * 1000:.1f} ms"
    )

    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from hrplanner.ui.appraisal.year_end_page import YearEndPage
        from hrplanner.ui.shell.pages import UiContext
        from hrplanner.ui.shell.prompts import Prompts
        from hrplanner.ui.shell.tasks import TaskRunner

        app = QApplication.instance() or QApplication([])
        settings = QSettings(os.devnull, QSettings.Format.IniFormat)
        ctx = UiContext(db, Prompts(), TaskRunner(synchronous=True), settings)
        page = YearEndPage(ctx, today=lambda: dt.date(year, 12, 31))
        page.resize(1100, 700)
        page.show()
        app.processEvents()

        def show() -> object:
            page._generation += 1
            page._show(page._generation, view)
            app.processEvents()
            return None

        ui_median, ui_min, _ = timed(show, args.repeat)
        print(
            f"  window: page shows the view:   median {ui_median * 1000:.1f} ms, "
            f"min {ui_min * 1000:.1f} ms"
        )
        row = page.model.rows().index(next(r for r in page.model.rows() if r.id == target.id))

        def typed() -> object:
            page.preview_typed(row, "88")
            app.processEvents()
            return None

        typed_median, typed_min, _ = timed(typed, args.repeat * 4)
        print(
            f"  window: one keystroke (preview + ratio label): median "
            f"{typed_median * 1000:.1f} ms, min {typed_min * 1000:.1f} ms"
        )
    db.close()


if __name__ == "__main__":
    main()
