"""The home page reads certificates through their indexes: SQLite's plan of every query it
makes that touches the certificate table searches it, never scans it. Checking each
enrollee's certificate by reading them all took minutes on ten years of certificates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from sqlalchemy import event

from hrplanner.services.demo.loading import load_demo
from hrplanner.services.home import summary as home
from hrplanner.storage.database import Database


def test_no_query_of_the_home_page_scans_the_certificates(tmp_path: Path) -> None:
    db = Database.open(str(tmp_path / "demo.db"), user="tester")
    try:
        load_demo(db, "small")
        seen: list[tuple[str, Any]] = []

        def grab(_conn: Any, _cursor: Any, statement: str, params: Any, *_rest: Any) -> None:
            if "certificate" in statement:
                seen.append((statement, params))

        event.listen(db.engine, "before_cursor_execute", grab)
        today = dt.date.today()
        home.dated_summary(db, today).with_figures(home.figure_items(db, today))
        event.remove(db.engine, "before_cursor_execute", grab)
        assert len(seen) >= 2  # the classes to issue, the 待查 count
        raw = db.engine.raw_connection()
        try:
            for statement, params in seen:
                plan = [
                    row[3]
                    for row in raw.cursor().execute(f"EXPLAIN QUERY PLAN {statement}", params)
                ]
                scans = [step for step in plan if step.startswith("SCAN certificate")]
                assert not scans, (statement, plan)
        finally:
            raw.close()
    finally:
        db.close()
