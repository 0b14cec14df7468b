"""The plain reference for ``hrplanner agenda``: the same list printed by a script that knows
nothing of HR Planner — sqlite3, the ``holidays`` Taiwan calendar with the stored office
days applied, the same rules — so that ``benchmarks/cli_bench.py`` can compare whole
processes.

    .venv/bin/python benchmarks/agenda_plain.py DB.sqlite YYYY-MM-DD

Items: ended classes not yet registered (and not closed with nobody credited), due N
working days after the end (N from the settings, default 7); 公務人員 hired in the last
three years, untrained (a credited closed class of the initial-training category, or an
external record titled 初任 or with that category's name, after the hire date), due four
months after reporting, shown from 30 days before the due date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import sqlite3
import sys

import holidays

CLASSES = """
SELECT code, title, end_date, closed_on FROM training_class t
WHERE end_date IS NOT NULL AND end_date <= :today AND cancelled = 0 AND registered_on IS NULL
  AND (closed_on IS NULL OR EXISTS (
      SELECT 1 FROM enrollment e WHERE e.class_id = t.id AND e.credit_minutes > 0))
ORDER BY end_date, code
"""
HIRES = """
SELECT e.id, e.employee_no, e.name, u.name, e.hire_date FROM employee e
JOIN unit u ON u.id = e.unit_id JOIN staff_category c ON c.id = e.category_id
WHERE e.status = '在職' AND c.name = '公務人員' AND e.hire_date BETWEEN :first AND :last
"""
TRAINED = """
SELECT n.employee_id, t.end_date FROM enrollment n
JOIN training_class t ON t.id = n.class_id JOIN class_category k ON k.id = t.category_id
WHERE n.status = '正取' AND n.credit_minutes > 0 AND k.name = :category
  AND t.closed_on IS NOT NULL AND t.cancelled = 0
UNION ALL
SELECT employee_id, end_date FROM external_record
WHERE minutes > 0 AND (title LIKE '%初任%' OR title LIKE '%' || :category || '%')
"""


def roc(day: dt.date) -> str:
    return f"{day.year - 1911:03d}/{day.month:02d}/{day.day:02d}"


def setting(db: sqlite3.Connection, key: str, default: object) -> object:
    row = db.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else default


def agenda_items(path: str, today: dt.date) -> list[tuple[dt.date, str, str, str, bool]]:
    """The agenda of ``today``: (due, kind, title, detail, overdue), in due order."""
    db = sqlite3.connect(path)
    n = int(str(setting(db, "training.registration_working_days", 7)))
    category = str(setting(db, "training.initial_training_category", "初任人員訓練"))
    overrides = {
        dt.date.fromisoformat(d): bool(off)
        for d, off in db.execute("SELECT day, is_day_off FROM calendar_override")
    }
    package = holidays.country_holidays("TW", language="zh_TW")

    def working(day: dt.date) -> bool:
        if day in overrides:
            return not overrides[day]
        return bool(package.is_working_day(day))

    items = []
    for code, title, end, closed in db.execute(CLASSES, {"today": today.isoformat()}):
        ended = dt.date.fromisoformat(end)
        due, left = ended, n
        while left:
            due += dt.timedelta(days=1)
            left -= working(due)
        detail = f"結訓日 {roc(ended)}，應於 {roc(due)} 前登錄終身學習時數"
        if due < today:
            late = sum(
                working(due + dt.timedelta(days=k)) for k in range(1, (today - due).days + 1)
            )
            detail += f"（已逾期 {late} 個工作天）" if late else "（已逾期）"
        if closed is None:
            detail += "；尚未結訓結算"
        items.append((due, "時數登錄", f"{code} {title}", detail, due < today))
    bounds = {"first": f"{today.year - 2}-01-01", "last": f"{today.year}-12-31"}
    hires = {row[0]: row for row in db.execute(HIRES, bounds)}
    trained = {
        emp
        for emp, end in db.execute(TRAINED, {"category": category})
        if emp in hires and end is not None and end >= hires[emp][4]
    }
    horizon = today + dt.timedelta(days=30)
    for emp, number, name, unit, hired_text in hires.values():
        hired = dt.date.fromisoformat(hired_text)
        month = hired.month + 3
        year, month = hired.year + month // 12, month % 12 + 1
        due = dt.date(year, month, min(hired.day, calendar.monthrange(year, month)[1]))
        if emp in trained or due > horizon:
            continue
        detail = f"{unit}，到職日 {roc(hired)}，應於 {roc(due)} 前完成初任人員訓練"
        if today > due:
            detail += f"（已逾期 {(today - due).days} 天）"
        items.append((due, "新進人員訓練", f"{number} {name}", detail, today > due))
    items.sort(key=lambda i: (i[0], i[1], i[2]))
    return items


def main(path: str, today: dt.date) -> None:
    items = agenda_items(path, today)
    overdue = sum(1 for i in items if i[4])
    print(f"{roc(today)} 待辦事項 {len(items)} 件，其中逾期 {overdue} 件：")
    for due, kind, title, detail, late in items:
        print(f"{'【逾期】' if late else '　到期　'}{roc(due)}  {kind}  {title}")
        print(f"          {detail}")


if __name__ == "__main__":
    main(sys.argv[1], dt.date.fromisoformat(sys.argv[2]))
