"""Benchmark the printed forms against plain reportlab documents of the same pages and font.

In one process (the font is parsed and registered once, before any timing, as in the app):

- 500 certificates in one PDF: ``build_certificates`` against a floor that draws the same
  page (double frame, title, number, body lines already wrapped, agency, head, spread date)
  straight on a reportlab canvas;
- a 40-row sign-in sheet: ``build_signin`` against a floor that is a SimpleDocTemplate
  with the same title, the same table (plain strings, same widths and grid, repeated header)
  and a footer drawn by onPage (page number without the total).

Runs alternate builder and floor; medians are printed with their ratio (goal ≤ 1.5×). Run:
    .venv/bin/python benchmarks/pdf_bench.py [--certs N] [--rows N] [--repeat K] [--font F]
"""

from __future__ import annotations

import argparse
import io
import itertools
import statistics
import time
from collections.abc import Callable
from datetime import date
from datetime import time as dtime

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from hrplanner.reports.pdf import certificate as cert_mod
from hrplanner.reports.pdf.certificate import build_certificates
from hrplanner.reports.pdf.data import Certificate, SigninRow, SigninSheet
from hrplanner.reports.pdf.fonts import find_font, register_font
from hrplanner.reports.pdf.layout import HEADER_FILL
from hrplanner.reports.pdf.signin import ROW_HEIGHT, build_signin
from hrplanner.reports.pdf.text import wrap_text

SURNAMES = "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周"
GIVEN = "志明淑芬家豪怡君俊傑雅婷建宏美玲堃喆綉犇峯着"
UNITS = ("人事室", "秘書室", "會計室", "政風室", "教務處", "學務處", "總務處", "輔導室")


def names(n: int) -> list[str]:
    combos = itertools.product(GIVEN, GIVEN, SURNAMES)  # 8,000 distinct names
    return [s + a + b for a, b, s in itertools.islice(combos, n)]


def certificates(n: int) -> list[Certificate]:
    return [
        Certificate(
            number=f"(109)研字第{i:04d}號",
            name=name,
            class_title="109年度公文寫作與溝通技巧研習班",
            start_date=date(2020, 3, 5),
            end_date=date(2020, 3, 6),
            hours_text="6小時",
            agency="新竹市政府",
            head_title="市長",
            head_name="林智堅",
            issue_date=date(2020, 3, 10),
        )
        for i, name in enumerate(names(n), 1)
    ]


def floor_certificates(certs: list[Certificate], font: str) -> Callable[[], None]:
    """Plain canvas drawing of the same pages; wrapping is done before the clock starts."""
    prepared = [
        (
            c,
            wrap_text(cert_mod.body_text(c), font, 20, cert_mod.BODY_WIDTH),
            cert_mod.date_tokens(c),
        )
        for c in certs
    ]
    w, h = A4

    def run() -> None:
        canv = Canvas(io.BytesIO(), pagesize=A4, initialFontName=font)
        for c, lines, tokens in prepared:
            canv.setLineWidth(3)
            canv.rect(28, 28, w - 56, h - 56)
            canv.setLineWidth(0.8)
            canv.rect(37, 37, w - 74, h - 74)
            canv.setFont(font, 40)
            canv.drawCentredString(w / 2, h - 160, "研習證明書", charSpace=2)
            canv.setFont(font, 13)
            canv.drawRightString(w - 82, h - 200, c.number)
            canv.setFont(font, 20)
            y = cert_mod.BODY_TOP
            for line in lines:
                canv.drawString(82, y, line)
                y -= 38
            canv.setFont(font, 22)
            canv.drawCentredString(w / 2, 245, c.agency)
            canv.drawCentredString(w / 2, 200, f"{c.head_title}　{c.head_name}")
            canv.setFont(font, 18)
            x = 72.0
            for token in tokens:
                canv.drawString(x, 95, token)
                x += 45
            canv.showPage()
        canv.save()

    return run


def signin_sheet(rows: int) -> SigninSheet:
    people = [
        SigninRow(name=n, unit=UNITS[i % len(UNITS)], title="科員", meal="葷素"[i % 2])
        for i, n in enumerate(names(rows))
    ]
    return SigninSheet(
        agency="新竹市政府",
        class_title="109年度公文寫作與溝通技巧研習班",
        class_code="109-012",
        session_date=date(2020, 3, 5),
        start=dtime(9),
        end=dtime(12),
        location="本府第一會議室",
        hours_text="3小時",
        rows=people,
        meal_counts={"葷": rows // 2, "素": rows - rows // 2},
        blank_rows=0,
    )


def floor_signin(sheet: SigninSheet, font: str) -> Callable[[], None]:
    """What a plain reportlab script would write for the same sheet."""
    header = list(sheet.columns)
    data = [header] + [
        [str(i), r.unit, r.title, r.name, "", "", r.meal, r.note]
        for i, r in enumerate(sheet.rows, 1)
    ]
    weights = (0.9, 2.6, 2.0, 2.0, 2.8, 2.8, 1.2, 2.0)
    widths = [(A4[0] - 80) * x / sum(weights) for x in weights]
    style = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), font, 11, 13.2),
            ("GRID", (0, 0), (-1, -1), 0.6, "black"),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]
    )
    title = ParagraphStyle("t", fontName=font, fontSize=18, leading=25, alignment=1)
    body = ParagraphStyle("b", fontName=font, fontSize=11, leading=16)

    def footer(canv: Canvas, doc: SimpleDocTemplate) -> None:
        canv.setFont(font, 12)
        canv.drawString(50, 40, "承辦人：")
        canv.drawString(A4[0] / 2, 40, "單位主管：")
        canv.drawCentredString(A4[0] / 2, 18, f"第 {doc.page} 頁")

    def run() -> None:
        doc = SimpleDocTemplate(
            io.BytesIO(), pagesize=A4, leftMargin=40, rightMargin=40, topMargin=44, bottomMargin=72
        )
        story = [
            Paragraph(f"{sheet.agency} {sheet.class_title} 簽到表", title),
            Paragraph("日期：中華民國109年3月5日（星期四）　時間：09:00～12:00　時數：3小時", body),
            Paragraph("班期代碼：109-012　地點：本府第一會議室", body),
            Table(
                data,
                colWidths=widths,
                rowHeights=[24] + [ROW_HEIGHT] * len(sheet.rows),
                repeatRows=1,
                style=style,
            ),
            Paragraph("用餐人數：葷 20 人　素 20 人", body),
        ]
        doc.build(story, onFirstPage=footer, onLaterPages=footer)

    return run


def median_pair(
    ours: Callable[[], None], floor: Callable[[], None], repeat: int
) -> tuple[float, float]:
    ours()  # warm caches (glyph widths, imports) for both
    floor()
    a: list[float] = []
    b: list[float] = []
    for _ in range(repeat):
        for fn, sink in ((ours, a), (floor, b)):
            start = time.perf_counter()
            fn()
            sink.append(time.perf_counter() - start)
    return statistics.median(a), statistics.median(b)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--certs", type=int, default=500)
    parser.add_argument("--rows", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--font", help="a TrueType font file to use instead of the automatic one")
    args = parser.parse_args()

    start = time.perf_counter()
    choice = find_font(args.font)
    font = register_font(choice)
    print(f"font: {choice.describe()}; find + register once: {time.perf_counter() - start:.3f} s")

    certs = certificates(args.certs)
    ours, floor = median_pair(
        lambda: build_certificates(certs, io.BytesIO(), choice),
        floor_certificates(certs, font),
        args.repeat,
    )
    print(
        f"{args.certs} certificates: hrplanner {ours:.3f} s, floor {floor:.3f} s, "
        f"ratio {ours / floor:.2f}x"
    )

    sheet = signin_sheet(args.rows)
    ours, floor = median_pair(
        lambda: build_signin([sheet], io.BytesIO(), choice),
        floor_signin(sheet, font),
        args.repeat * 3,
    )
    print(
        f"{args.rows}-row sign-in sheet: hrplanner {ours:.4f} s, floor {floor:.4f} s, "
        f"ratio {ours / floor:.2f}x"
    )


if __name__ == "__main__":
    main()
