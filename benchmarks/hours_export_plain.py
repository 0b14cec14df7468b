"""The plain reference for ``hrplanner export hours``: the same 學習時數統計 workbook written
by a script that knows nothing of HR Planner — sqlite3, the same SQL, XlsxWriter in
constant_memory mode — so that ``benchmarks/cli_bench.py`` can compare whole processes.

    .venv/bin/python benchmarks/hours_export_plain.py DB.sqlite YEAR OUT.xlsx

Same content as the service: the people in scope (active, a rule set for their category,
joined by the end of the year) in unit order with their total, group hours, 達成 and 尚缺,
then every credited record; the same header style, frozen header, autofilter, widths from
the first 500 rows, ROC dates as text and formula-looking text kept as text.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import unicodedata
from decimal import Decimal
from itertools import chain, islice

import xlsxwriter

SCOPE = """
    e.status = '在職' AND e.category_id IN ({categories})
    AND (e.hire_date IS NULL OR e.hire_date <= :last)
"""
CLASS_CREDIT = """
    tc.end_date BETWEEN :first AND :last AND tc.closed_on IS NOT NULL AND tc.cancelled = 0
    AND en.status = '正取'
"""
PEOPLE = f"""
SELECT e.id, e.employee_no, e.name, u.name, c.name, e.category_id, t.name, a.minutes
FROM employee e
JOIN unit u ON u.id = e.unit_id
JOIN staff_category c ON c.id = e.category_id
LEFT JOIN (
    SELECT employee_id, topic_id, SUM(minutes) AS minutes FROM (
        SELECT en.employee_id AS employee_id, cb.topic_id AS topic_id, cb.minutes AS minutes
        FROM credit_by_topic cb
        JOIN enrollment en ON en.id = cb.enrollment_id
        JOIN training_class tc ON tc.id = en.class_id
        WHERE {CLASS_CREDIT}
        UNION ALL
        SELECT employee_id, topic_id, minutes FROM external_record
        WHERE end_date BETWEEN :first AND :last
    ) GROUP BY employee_id, topic_id
) a ON a.employee_id = e.id
LEFT JOIN learning_topic t ON t.id = a.topic_id
WHERE {SCOPE}
ORDER BY u.sort_order, u.name, e.employee_no, e.id
"""
RECORDS = f"""
SELECT e.employee_no, e.name, u.name, r.kind, r.record_id, r.code, r.title, r.end_date,
       r.minutes, t.name, r.topic_minutes, r.mode, r.source
FROM (
    SELECT en.employee_id AS employee_id, '班期' AS kind, en.id AS record_id, tc.code AS code,
           tc.title AS title, tc.end_date AS end_date, en.credit_minutes AS minutes,
           cb.topic_id AS topic_id, cb.minutes AS topic_minutes, tc.mode AS mode,
           tc.organizer AS source
    FROM enrollment en
    JOIN training_class tc ON tc.id = en.class_id
    JOIN credit_by_topic cb ON cb.enrollment_id = en.id
    WHERE {CLASS_CREDIT} AND en.credit_minutes > 0
    UNION ALL
    SELECT employee_id, '外部', id, '', title, end_date, minutes, topic_id, minutes, mode, source
    FROM external_record WHERE end_date BETWEEN :first AND :last
) r
JOIN employee e ON e.id = r.employee_id
JOIN unit u ON u.id = e.unit_id
JOIN learning_topic t ON t.id = r.topic_id
WHERE {SCOPE}
ORDER BY u.sort_order, u.name, e.employee_no, e.id, r.end_date, r.kind, r.code, r.title,
         r.record_id, t.name
"""
FORMULA_START = ("=", "+", "-", "@")


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def hours(minutes: int) -> Decimal:
    """Hours as the forms write them: 1.5, 10, 0.33 (two decimals at most, no exponent)."""
    text = f"{Decimal(minutes) / 60:.2f}".rstrip("0").rstrip(".")
    return Decimal(text)


def roc(iso: str) -> str:
    return f"{int(iso[:4]) - 1911:03d}/{iso[5:7]}/{iso[8:10]}"


def rule_sets(
    db: sqlite3.Connection, year: int
) -> dict[int, tuple[int, list[tuple[str, set[str], int]]]]:
    chosen: dict[int, tuple[int, int, str]] = {}
    for category, year_from, total, groups in db.execute(
        "SELECT category_id, year_from, total_minutes, groups_json FROM requirement_rule"
    ):
        if year_from <= year and (category not in chosen or chosen[category][0] < year_from):
            chosen[category] = (year_from, total, groups)
    return {
        c: (total, [(g["name"], set(g["topics"]), g["minutes"]) for g in json.loads(groups)])
        for c, (_y, total, groups) in chosen.items()
    }


def sheet(wb, name, headers, rows, header_fmt, quoted, numeric):  # type: ignore[no-untyped-def]
    ws = wb.add_worksheet(name)
    sample = list(islice(rows, 500))
    for c, h in enumerate(headers):
        widest = max([width(h)] + [width(str(r[c])) for r in sample if r[c] is not None])
        ws.set_column(c, c, max(6, min(60, widest + 2)))
        ws.write_string(0, c, h, header_fmt)
    ws.freeze_panes(1, 0)
    n = 0
    for n, row in enumerate(chain(sample, rows), start=1):
        for c, value in enumerate(row):
            if value is None:
                continue
            if c in numeric:
                ws.write_number(n, c, value)
            elif value.startswith(FORMULA_START):
                ws.write_string(n, c, value, quoted)
            else:
                ws.write_string(n, c, value)
    ws.autofilter(0, 0, n, len(headers) - 1)
    return ws


def main(path: str, year: int, out: str) -> None:
    db = sqlite3.connect(path)
    rules = rule_sets(db, year)
    groups: list[str] = []
    for c in sorted(rules):
        groups += [g for g, _t, _m in rules[c][1] if g not in groups]
    categories = ",".join(str(c) for c in sorted(rules))
    params = {"first": f"{year}-01-01", "last": f"{year}-12-31"}
    wb = xlsxwriter.Workbook(
        out, {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
    header_fmt = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "bottom": 1})
    quoted = wb.add_format({"quote_prefix": True})

    def people():  # type: ignore[no-untyped-def]
        current, topics = None, {}
        cursor = db.execute(PEOPLE.format(categories=categories), params)
        for row in chain(cursor, [(None,) * 8]):
            if current is not None and row[0] != current[0]:
                total_min, rule_groups = rules[current[5]]
                total = sum(topics.values())
                by_group = [sum(topics.get(t, 0) for t in ts) for _g, ts, _m in rule_groups]
                pairs = zip(rule_groups, by_group, strict=True)
                short = sum(max(0, m - got) for (_g, _t, m), got in pairs)
                missing = max(max(0, total_min - total), short)
                yield (
                    *current[1:5],
                    year - 1911,
                    hours(total),
                    *(hours(m) for m in by_group),
                    "是" if missing == 0 else "否",
                    hours(missing),
                )
            if current is None or row[0] != current[0]:
                current, topics = row, {}
            if row[6] is not None:
                topics[row[6]] = row[7]

    def records():  # type: ignore[no-untyped-def]
        line, topics = None, {}
        cursor = db.execute(RECORDS.format(categories=categories), params)
        for row in chain(cursor, [(None,) * 13]):
            if line is not None and row[3:5] != line[3:5]:
                text = "、".join(f"{t} {hours(m)}" for t, m in sorted(topics.items()))
                yield (
                    *line[:4],
                    line[5] or None,
                    line[6],
                    roc(line[7]),
                    hours(line[8] or 0),
                    text,
                    line[11] or "",
                    line[12] or "",
                )
            if line is None or row[3:5] != line[3:5]:
                line, topics = row, {}
            if row[9] is not None:
                topics[row[9]] = topics.get(row[9], 0) + row[10]

    head = ["員工編號", "姓名", "單位", "人員類別", "年度", "總時數", *groups, "達成", "尚缺時數"]
    numeric = {4, 5, *range(6, 6 + len(groups)), 7 + len(groups)}
    first = sheet(wb, "學習時數統計", head, people(), header_fmt, quoted, numeric)
    record_head = ["員工編號", "姓名", "單位", "來源類型", "班期代碼", "課程名稱", "結束日期",
                   "學習時數", "學習類別", "學習性質", "主辦單位或來源"]  # fmt: skip
    sheet(wb, "學習紀錄明細", record_head, records(), header_fmt, quoted, {7})
    first.activate()
    wb.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
