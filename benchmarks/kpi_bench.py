"""Benchmark computing a plan's bound KPIs against hand-written SQL for the same numbers.

On the large demo (``.venv/bin/python -m hrplanner --db /tmp/large.db demo --size large``):
every bound KPI of the demo plan (``services.demo.plans.DEMO_PLAN``) is computed for one
year through ``services.plans.measures.compute`` — the path the KPI page and the reports
take — and, for each, the same number is computed by one hand-written SQLite query on a
raw ``sqlite3`` connection (no ORM, the default rule set written into the SQL). The numbers
must agree; the target is at most 2× the SQL's time per measure. A few extra bindings cover
the measures the demo plan does not use (person_times, hours_total, mode_participation).

Run:
    .venv/bin/python benchmarks/kpi_bench.py [--db /tmp/large.db] [--year 2025] [--repeat 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from fractions import Fraction
from typing import Any

from hrplanner.domain.plans.binding_text import parse_binding
from hrplanner.domain.plans.measures import Binding
from hrplanner.services.demo.plans import DEMO_PLAN
from hrplanner.services.plans import kpis, measures
from hrplanner.storage.database import Database

EXTRA = (
    "person_times(標題含=核心價值)",
    "hours_total(學習類別=廉政與服務倫理)",
    "mode_participation(學習性質=數位)",
)
CLOSED = "t.end_date BETWEEN :first AND :last AND t.closed_on IS NOT NULL AND t.cancelled = 0"
SCOPE = """
    SELECT e.id FROM employee e
    WHERE e.status = '在職'
      AND e.category_id IN (SELECT category_id FROM requirement_rule WHERE year_from <= :year)
      AND (e.hire_date IS NULL OR e.hire_date <= :last)
"""
# R6's default rule set (from 106年 on): 20 h, 當前政府重大政策 1 h, 環境教育 4 h,
# 性別主流化 1 h, 民主治理價值 (five topics) 4 h.
COMPLIANCE = f"""
WITH scope AS ({SCOPE}),
credits AS (
    SELECT en.employee_id AS emp, c.topic_id, c.minutes
    FROM credit_by_topic c
    JOIN enrollment en ON en.id = c.enrollment_id
    JOIN training_class t ON t.id = en.class_id
    WHERE {CLOSED} AND en.status = '正取'
    UNION ALL
    SELECT employee_id, topic_id, minutes FROM external_record
    WHERE end_date BETWEEN :first AND :last
),
per AS (
    SELECT emp,
        SUM(minutes) AS total,
        SUM(CASE WHEN lt.name = '當前政府重大政策' THEN minutes ELSE 0 END) AS policy,
        SUM(CASE WHEN lt.name = '環境教育' THEN minutes ELSE 0 END) AS environment,
        SUM(CASE WHEN lt.name = '性別主流化' THEN minutes ELSE 0 END) AS gender,
        SUM(CASE WHEN lt.name IN ('廉政與服務倫理', '人權教育', '行政中立', '多元族群文化',
                                  '公民參與') THEN minutes ELSE 0 END) AS democracy
    FROM credits JOIN learning_topic lt ON lt.id = credits.topic_id
    GROUP BY emp
)
SELECT COUNT(*), SUM(CASE WHEN per.total >= 1200 AND per.policy >= 60
        AND per.environment >= 240 AND per.gender >= 60 AND per.democracy >= 240
        THEN 1 ELSE 0 END)
FROM scope LEFT JOIN per ON per.emp = scope.id
"""


def title_like(words: tuple[str, ...]) -> str:
    return " OR ".join(f"t.title LIKE '%{w}%'" for w in words) or "1"


def hand_sql(binding: Binding) -> Callable[[sqlite3.Connection, dict[str, Any]], object]:
    """The hand-written query of a binding; each returns the same value as the provider."""
    name = binding.measure
    words = binding.given("title")
    topics = binding.given("topic")
    where = f"{CLOSED} AND ({title_like(words)})"
    if topics:
        names = ", ".join(f"'{t}'" for t in topics)
        where += (
            " AND t.id IN (SELECT s.class_id FROM class_session s JOIN learning_topic lt"
            f" ON lt.id = s.topic_id WHERE lt.name IN ({names}))"
        )
    if name == "compliance_rate":

        def run(conn: sqlite3.Connection, p: dict[str, Any]) -> object:
            people, met = conn.execute(COMPLIANCE, p).fetchone()
            return Fraction(met or 0, people) if people else None

        return run
    if name == "classes_held":
        count = f"SELECT COUNT(*) FROM training_class t WHERE {where}"
        return lambda c, p: c.execute(count, p).fetchone()[0]
    if name == "class_hours_held":
        sql = (
            "SELECT COALESCE(SUM(s.minutes), 0) FROM class_session s"
            f" JOIN training_class t ON t.id = s.class_id WHERE {where}"
        )
        return lambda c, p: Fraction(c.execute(sql, p).fetchone()[0], 60)
    if name in ("person_times", "hours_total"):
        sql = (
            "SELECT COUNT(*), COALESCE(SUM(en.credit_minutes), 0) FROM enrollment en"
            f" JOIN training_class t ON t.id = en.class_id WHERE {where}"
            " AND en.status = '正取' AND en.credit_minutes > 0"
        )
        if name == "person_times":
            return lambda c, p: c.execute(sql, p).fetchone()[0]
        return lambda c, p: Fraction(c.execute(sql, p).fetchone()[1], 60)
    if name == "mode_participation":
        modes = ", ".join(f"'{m}'" for m in binding.get("mode"))
        sql = f"""
            WITH scope AS ({SCOPE}),
            online AS (
                SELECT en.employee_id AS emp FROM enrollment en
                JOIN training_class t ON t.id = en.class_id
                WHERE {CLOSED} AND t.mode IN ({modes}) AND en.status = '正取'
                  AND en.credit_minutes > 0
                UNION
                SELECT employee_id FROM external_record
                WHERE end_date BETWEEN :first AND :last AND mode IN ({modes}) AND minutes > 0
            )
            SELECT (SELECT COUNT(*) FROM online WHERE emp IN scope), (SELECT COUNT(*) FROM scope)
        """

        def participation(conn: sqlite3.Connection, p: dict[str, Any]) -> object:
            numerator, denominator = conn.execute(sql, p).fetchone()
            return Fraction(numerator, denominator) if denominator else None

        return participation
    raise LookupError(name)


def timed(call: Callable[[], object], repeat: int) -> tuple[float, object]:
    times, value = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        value = call()
        times.append(time.perf_counter() - start)
    return statistics.median(times), value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/large.db")
    parser.add_argument("--year", type=int, default=dt.date.today().year - 1)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    db = Database.open(args.db)
    conn = sqlite3.connect(args.db)
    year = args.year
    params = {"year": year, "first": f"{year}-01-01", "last": f"{year}-12-31"}
    table = kpis.kpi_table(db, DEMO_PLAN)
    bound = [(r.kpi_no, r.binding) for r in table.rows if r.binding is not None]
    bound += [(f"+{i}", parse_binding(text)) for i, text in enumerate(EXTRA, 1)]
    print(f"plan {DEMO_PLAN}, year {year}, median of {args.repeat} runs")
    print(f"{'KPI':6} {'measure':58} {'ours s':>8} {'SQL s':>8} {'ratio':>6}  value")
    ours_total = sql_total = 0.0
    worst = 0.0
    failures = 0
    for no, binding in bound:
        assert binding is not None
        outcome = measures.compute(db, year, binding)
        text = f"{binding.measure}{dict(binding.values) or ''}"[:58]
        if not outcome.provided:
            print(f"{no:6} {text:58} {'—':>8} {'—':>8} {'—':>6}  資料尚未提供")
            continue
        ours, value = timed(lambda b=binding: measures.compute(db, year, b).value, args.repeat)
        query = hand_sql(binding)
        sql, expected = timed(lambda q=query: q(conn, params), args.repeat)
        expected_q = None if expected is None else measures.measure_quantity(binding, expected)  # type: ignore[arg-type]
        same = value == expected_q
        failures += not same
        ratio = ours / sql if sql else float("inf")
        worst = max(worst, ratio)
        ours_total += ours
        sql_total += sql
        shown = value.display if value is not None else "—"  # type: ignore[union-attr]
        print(f"{no:6} {text:58} {ours:8.4f} {sql:8.4f} {ratio:6.2f}  {shown}"
              f"{'' if same else '  ≠ SQL ' + str(expected_q)}")  # fmt: skip
    print(f"{'all':6} {'':58} {ours_total:8.4f} {sql_total:8.4f} {ours_total / sql_total:6.2f}")
    agreement = "all values agree" if not failures else f"{failures} differ"
    print(f"worst ratio {worst:.2f} (target ≤ 2); {agreement}")
    return 0 if failures == 0 and worst <= 2 else 1


if __name__ == "__main__":
    sys.exit(main())
