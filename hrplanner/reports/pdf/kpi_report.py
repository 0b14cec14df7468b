"""KPI 報表 (SPEC §3.3, R15): a plan's KPIs in one year, and a chart per KPI of its targets
against its actuals over the plan's years.

A4 landscape, formal layout of ``layout``. The table: 策略, KPI編號, 指標名稱, 衡量標準,
目標值 (as written), 實際值, 達成度, 燈號, 達成, 資料來源, 落後原因, 因應策略. Then the charts,
two to a row: reportlab's own graphics (a bar pair per year, target grey and actual black,
with the values written over the bars), so the PDF needs nothing beyond reportlab and the
embedded font; a year without an actual has no actual bar.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from .fonts import FontChoice
from .layout import (
    FormPart,
    Output,
    fitted_table,
    font_name_for,
    info_table,
    render_parts,
    styles,
    title_block,
    usable_width,
)
from .plan_data import KpiChart, KpiReport

COLUMNS = ("策略", "KPI編號", "指標名稱", "衡量標準", "目標值", "實際值", "達成度", "燈號",
           "達成", "資料來源", "落後原因", "因應策略")  # fmt: skip
_WEIGHTS = (1.5, 0.8, 2.2, 2.2, 0.9, 0.9, 0.9, 0.6, 0.6, 1.4, 1.6, 1.6)
_ALIGNS = ("LEFT", "CENTER", "LEFT", "LEFT", "CENTER", "CENTER", "RIGHT", "CENTER", "CENTER",
           "LEFT", "LEFT", "LEFT")  # fmt: skip
LIGHT_FILLS = {
    "綠": colors.Color(0.78, 0.92, 0.78),
    "黃": colors.Color(1.0, 0.95, 0.6),
    "紅": colors.Color(0.98, 0.75, 0.75),
}
CHART_HEIGHT = 150.0
CHARTS_PER_ROW = 3
NOTE = (
    "達成度＝實際值÷目標值（越低越好者為目標值÷實際值）；"
    "燈號：綠 達成、黃 接近、紅 未達成、白 尚無實際值。"
)
BLACK = colors.black
TARGET_FILL = colors.Color(0.72, 0.72, 0.72)
ACTUAL_FILL = colors.Color(0.15, 0.15, 0.15)


def report_title(report: KpiReport) -> str:
    return f"{report.agency} {report.plan_name} {report.roc_year}年度KPI報表".strip()


def _number(value: Decimal) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def chart(data: KpiChart, font: str, width: float) -> Drawing:
    """Targets against actuals for each year of the plan, as paired bars."""
    drawing = Drawing(width, CHART_HEIGHT)
    title = f"{data.kpi_no} {data.name}"
    room = int(width / 10.5)
    if len(title) > room:
        title = title[: room - 1] + "…"
    drawing.add(String(4, CHART_HEIGHT - 14, title, fontName=font, fontSize=10))
    values = [v for v in (*data.targets, *data.actuals) if v is not None]
    top = max(values) if values else Decimal(1)
    bars = VerticalBarChart()
    bars.x, bars.y = 30, 36
    bars.width, bars.height = width - 40, CHART_HEIGHT - 80
    # reportlab draws with floats; the data stay exact until here.
    bars.data = [
        [float(v) if v is not None else 0.0 for v in data.targets],
        [float(v) if v is not None else 0.0 for v in data.actuals],
    ]
    bars.categoryAxis.categoryNames = [f"{y}年" for y in data.years]
    bars.categoryAxis.labels.fontName = font
    bars.categoryAxis.labels.fontSize = 8
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueMax = float(top) * 1.2 if top > 0 else 1.0
    bars.valueAxis.labels.fontName = font
    bars.valueAxis.labels.fontSize = 7
    bars.bars[0].fillColor = TARGET_FILL
    bars.bars[1].fillColor = ACTUAL_FILL
    bars.barLabelFormat = lambda v: ""  # the values are written below, exactly
    drawing.add(bars)
    count = max(1, len(data.years))
    step = bars.width / count
    for i, (target, actual) in enumerate(zip(data.targets, data.actuals, strict=True)):
        x = bars.x + step * i + step / 2
        label = f"目標{_number(target) if target is not None else '—'}"
        label += f"／實績{_number(actual) if actual is not None else '—'}"
        drawing.add(String(x, 6, label, fontName=font, fontSize=6, textAnchor="middle"))
    legend_y = CHART_HEIGHT - 30
    for offset, (fill, text) in enumerate(((TARGET_FILL, "目標值"), (ACTUAL_FILL, "實際值"))):
        x = width - 110 + offset * 52
        drawing.add(Rect(x, legend_y, 8, 8, fillColor=fill, strokeColor=None))
        drawing.add(String(x + 11, legend_y, text, fontName=font, fontSize=8))
    parts = [f"單位：{data.unit}"] if data.unit else []
    if data.lower_is_better:
        parts.append("越低越好")
    unit = "；".join(parts)
    drawing.add(String(4, CHART_HEIGHT - 28, unit, fontName=font, fontSize=8))
    return drawing


def _chart_grid(charts: Sequence[KpiChart], font: str, width: float) -> list[Flowable]:
    """The charts, ``CHARTS_PER_ROW`` to a row, each in a thin frame."""
    column = width / CHARTS_PER_ROW
    cells: list[Drawing | str] = [chart(c, font, column - 8) for c in charts]
    flowables: list[Flowable] = []
    for i in range(0, len(cells), CHARTS_PER_ROW):
        row = cells[i : i + CHARTS_PER_ROW]
        framed = len(row)
        row += [""] * (CHARTS_PER_ROW - len(row))
        table = Table([row], colWidths=[column] * CHARTS_PER_ROW)
        style: list[tuple[object, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ]
        style += [("BOX", (c, 0), (c, 0), 0.5, BLACK) for c in range(framed)]
        table.setStyle(TableStyle(style))
        flowables.append(KeepTogether([table, Spacer(0, 6)]))
    return flowables


def build_kpi_report(
    report: KpiReport,
    out: Output,
    font: FontChoice | None = None,
    fallbacks: Sequence[FontChoice] | None = None,
) -> None:
    """Write the KPI report of one plan and year, with a chart per KPI."""
    name = font_name_for(font, fallbacks)
    st = styles(name)
    width = usable_width(True)
    widths = [width * w / sum(_WEIGHTS) for w in _WEIGHTS]
    rows = []
    previous = None
    for k in report.lines:
        # A strategy is printed on its first KPI's row only, as in the plan's own table.
        strategy = k.strategy if k.strategy != previous else ""
        previous = k.strategy
        rows.append([strategy, k.kpi_no, k.name, k.standard, k.target, k.actual, k.degree,
                     k.light, k.met, k.source, k.reason, k.countermeasure])  # fmt: skip
    fills = [
        ("BACKGROUND", (7, r), (7, r), LIGHT_FILLS[line.light])
        for r, line in enumerate(report.lines, start=1)
        if line.light in LIGHT_FILLS
    ]
    title = report_title(report)
    info = [[f"計畫期間：{report.period}" if report.period else "", report.counts]]
    story: list[Flowable] = [
        title_block(report.agency, f"{report.plan_name} {report.roc_year}年度KPI報表", name, width),
        info_table(info, [width * 0.5, width * 0.5], name),
        Spacer(0, 4),
    ]
    if rows:
        story.append(
            fitted_table(
                COLUMNS,
                rows,
                widths,
                name,
                size=8.5,
                aligns=_ALIGNS,
                row_height=20,
                max_lines=8,
                extra_style=[*fills, ("VALIGN", (0, 1), (-1, -1), "TOP")],
            )
        )
    else:
        story.append(Paragraph("本年度沒有訂定目標值的 KPI。", st["body"]))
    note = NOTE
    story += [Paragraph(escape(note), st["note"]), Spacer(0, 10)]
    story += _chart_grid(report.charts, name, width)
    texts = [title, note, *COLUMNS, *(c for r in rows for c in r), *(c for r in info for c in r)]
    texts += [
        "目標值實際值單位越低越好年／—…",
        *(f"{c.kpi_no} {c.name} {c.unit}" for c in report.charts),
    ]
    part = FormPart(story, title, landscape=True, texts=texts)
    render_parts([part], out, name, title=title)
