"""The plain reference for ``hrplanner print certificates`` (a reprint): the same pages drawn
by a script that knows nothing of HR Planner — sqlite3 for the class, its certificates and
the agency settings, reportlab's canvas with the same TrueType font — so that
``benchmarks/cli_bench.py`` can compare whole processes.

    .venv/bin/python benchmarks/certificates_plain.py DB.sqlite CLASS_CODE FONT[:INDEX] OUT.pdf

Each page as the application draws it: a double frame, 研習證明書, the number, the wording
wrapped to the body width (Chinese breaks anywhere, with the closing-punctuation rule), the
agency, the head, and the issue date spread across the foot.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

W, H = A4
LEFT = 82.0
WIDTH = W - 2 * LEFT
TOP = H - 265.0
NO_LINE_START = set("，。、；：？！」』）》〉】．,.;:!?)%…・")
QUERY = """
SELECT c.number, e.name, t.title, t.start_date, t.end_date, c.minutes, c.issued_on
FROM certificate c
JOIN enrollment n ON n.id = c.enrollment_id
JOIN employee e ON e.id = n.employee_id
JOIN training_class t ON t.id = n.class_id
WHERE t.code = ? AND c.status = '有效'
ORDER BY c.year, c.seq
"""


def roc(d: date) -> str:
    return f"{d.year - 1911}年{d.month}月{d.day}日"


def wrap(text: str, font: str, size: float) -> list[str]:
    lines, line = [], ""
    for ch in text:
        if pdfmetrics.stringWidth(line + ch, font, size) > WIDTH and ch not in NO_LINE_START:
            lines.append(line)
            line = ""
        line += ch
    return [*lines, line] if line else lines


def setting(db: sqlite3.Connection, key: str, default: str) -> str:
    row = db.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return str(json.loads(row[0])) if row else default


def main(path: str, code: str, font_spec: str, out: str) -> None:
    db = sqlite3.connect(path)
    agency = setting(db, "agency.name", "")
    head = f"{setting(db, 'agency.head_title', '機關首長')}　{setting(db, 'agency.head_name', '')}"
    font_file, _, index = font_spec.partition(":")
    pdfmetrics.registerFont(TTFont("Plain", font_file, subfontIndex=int(index or 0)))
    canv = Canvas(out, pagesize=A4, initialFontName="Plain")
    for number, name, title, start, end, minutes, issued in db.execute(QUERY, (code,)):
        first, last = date.fromisoformat(start), date.fromisoformat(end)
        period = roc(first) if first == last else f"{roc(first)}至{last.month}月{last.day}日"
        hours = f"{minutes / 60:g}小時"
        body = f"{name} 君於中華民國{period}參加本機關辦理之「{title}」，"
        body += f"研習時數共計{hours}，特此證明。"
        canv.setLineWidth(3)
        canv.rect(28, 28, W - 56, H - 56)
        canv.setLineWidth(0.8)
        canv.rect(37, 37, W - 74, H - 74)
        canv.setFont("Plain", 40)
        canv.drawCentredString(W / 2, H - 160, "研習證明書", charSpace=2)
        canv.setFont("Plain", 13)
        canv.drawRightString(W - LEFT, H - 200, number)
        canv.setFont("Plain", 20)
        y = TOP
        for line in wrap(body, "Plain", 20):
            canv.drawString(LEFT, y, line)
            y -= 38
        canv.setFont("Plain", 22)
        canv.drawCentredString(W / 2, 245, agency)
        canv.drawCentredString(W / 2, 200, head)
        day = date.fromisoformat(issued)
        tokens = ["中", "華", "民", "國", str(day.year - 1911), "年", str(day.month), "月"]
        canv.setFont("Plain", 18)
        x = LEFT - 10
        for token in [*tokens, str(day.day), "日"]:
            canv.drawString(x, 95, token)
            x += 45
        canv.showPage()
    canv.save()


if __name__ == "__main__":
    main(*sys.argv[1:5])
