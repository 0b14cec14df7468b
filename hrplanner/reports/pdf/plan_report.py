"""計畫執行成果報告 (SPEC §3.3, R15): what each action of a plan achieved in a year.

A4 landscape, formal layout of ``layout``: the title block (agency, plan, year), the plan's
period and unit, then one table — 策略 / 具體作法 / 辦理期程 / 績效指標 / 辦理單位 / 執行成果 —
whose header repeats on every page; a strategy's name is printed on its first action's row.
The 執行成果 cell holds the year's progress entries and the linked classes' count,
person-times and hours, as the service wrote them.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Spacer

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
from .plan_data import ExecutionReport

COLUMNS = ("策略", "具體作法", "辦理期程", "績效指標", "辦理單位", "執行成果")
_WEIGHTS = (1.6, 2.6, 1.2, 2.2, 1.4, 3.0)
_ALIGNS = ("LEFT", "LEFT", "CENTER", "LEFT", "LEFT", "LEFT")
CELL_SIZE = 9.5


def report_title(report: ExecutionReport) -> str:
    return f"{report.agency} {report.plan_name} {report.roc_year}年度執行成果報告".strip()


def build_plan_report(
    report: ExecutionReport,
    out: Output,
    font: FontChoice | None = None,
    fallbacks: Sequence[FontChoice] | None = None,
) -> None:
    """Write the execution report of one plan and year."""
    name = font_name_for(font, fallbacks)
    st = styles(name)
    width = usable_width(True)
    widths = [width * w / sum(_WEIGHTS) for w in _WEIGHTS]
    rows: list[list[str]] = []
    previous = None
    for row in report.rows:
        strategy = row.strategy if row.strategy != previous else ""
        previous = row.strategy
        rows.append([strategy, row.action, row.schedule, row.indicators, row.units, row.result])
    if not rows:
        rows.append(["", "本年度沒有辦理中的具體作法。", "", "", "", ""])
    title = report_title(report)
    info = [
        [
            f"計畫期間：{report.period}" if report.period else "",
            f"主辦單位：{report.unit}" if report.unit else "",
        ]
    ]
    story: list[Flowable] = [
        title_block(
            report.agency, f"{report.plan_name} {report.roc_year}年度執行成果報告", name, width
        ),
        info_table(info, [width * 0.5, width * 0.5], name),
        Spacer(0, 4),
        fitted_table(
            COLUMNS,
            rows,
            widths,
            name,
            size=CELL_SIZE,
            aligns=_ALIGNS,
            row_height=22,
            max_lines=12,
            extra_style=[("VALIGN", (0, 1), (-1, -1), "TOP")],
        ),
    ]
    texts = [title, *COLUMNS, *(c for r in rows for c in r), *(c for r in info for c in r)]
    if report.summary:
        story.append(Paragraph(escape(report.summary), st["note"]))
        texts.append(report.summary)
    part = FormPart(story, title, landscape=True, texts=texts)
    render_parts([part], out, name, title=title)
