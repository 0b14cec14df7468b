"""滿意度調查結果 (SPEC §3.3, R19): one page per class for the file and for the organiser.

The page carries the class (code, dates, organiser, instructor), the forms returned against
the people credited (回收率), the overall mean of all rated answers, a table of each rated
question's answers 5..1 with its mean, a bar chart per question drawn with reportlab's own
graphics (no plotting library, the embedded font for every label), and the open answers,
which continue on the next page when there are many. Figures arrive already worked out and
formatted by the survey service (means to two decimals, the rate to one).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
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
from .text import fit_text

SCALE_WORDS = ("非常滿意", "滿意", "普通", "不滿意", "非常不滿意")  # 5 … 1
BAR_COLOR = colors.Color(0.27, 0.36, 0.52)
AXIS_COLOR = colors.Color(0.55, 0.55, 0.55)
CHART_HEIGHT = 118.0
CHARTS_PER_ROW = 2


@dataclass(frozen=True, kw_only=True)
class QuestionFigures:
    number: int
    text: str
    short: str = ""  # the chart's title when the question is long
    counts: tuple[int, int, int, int, int]  # answers 5, 4, 3, 2, 1
    mean_text: str  # "4.30", or "—" without answers

    @property
    def answered(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True, kw_only=True)
class OpenAnswers:
    number: int
    text: str
    answers: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class SurveyResultPage:
    agency: str
    class_code: str
    class_title: str
    period_text: str = ""  # 中華民國114年3月5日至3月6日
    organizer: str = ""
    instructor: str = ""
    responses: int
    credited: int
    rate_text: str  # "71.4%", or "—" before anyone is credited
    overall_mean_text: str
    overall_counts: tuple[int, int, int, int, int]
    questions: tuple[QuestionFigures, ...]
    open_answers: tuple[OpenAnswers, ...] = field(default_factory=tuple)


def result_title(page: SurveyResultPage) -> str:
    return f"{page.agency} {page.class_title} 滿意度調查結果".strip()


def _share(count: int, total: int) -> str:
    if not total:
        return "0%"
    tenths = (count * 2000 + total) // (total * 2)  # half up, exact
    return f"{tenths // 10}.{tenths % 10}%"


def bar_chart(q: QuestionFigures, font: str, width: float) -> tuple[Drawing, list[str]]:
    """Five horizontal bars (非常滿意 … 非常不滿意) with their counts and shares."""
    drawing = Drawing(width, CHART_HEIGHT)
    title = f"{q.number}. {q.short or q.text}"
    title_lines, title_size = fit_text(title, font, 10.5, width - 70, max_lines=1, min_size=8)
    drawing.add(String(0, CHART_HEIGHT - 12, title_lines[0], fontName=font, fontSize=title_size))
    mean = f"平均 {q.mean_text}"
    drawing.add(
        String(width, CHART_HEIGHT - 12, mean, fontName=font, fontSize=10.5, textAnchor="end")
    )
    label_width = max(stringWidth(w, font, 9) for w in SCALE_WORDS) + 6
    value_room = stringWidth("000（100.0%）", font, 8.5) + 4
    bar_room = max(10.0, width - label_width - value_room)
    top, step = CHART_HEIGHT - 30, 18.0
    largest = max(q.counts) or 1
    texts = [title, mean]
    for i, (word, count) in enumerate(zip(SCALE_WORDS, q.counts, strict=True)):
        y = top - i * step
        drawing.add(
            String(label_width - 6, y + 3, word, fontName=font, fontSize=9, textAnchor="end")
        )
        length = bar_room * count / largest
        if count:
            drawing.add(Rect(label_width, y, length, 11, fillColor=BAR_COLOR, strokeColor=None))
        value = f"{count}（{_share(count, q.answered)}）"
        drawing.add(String(label_width + length + 3, y + 2.5, value, fontName=font, fontSize=8.5))
        texts.append(value)
    drawing.add(
        Line(label_width, top - 4 * step - 3, label_width, top + 14, strokeColor=AXIS_COLOR)
    )
    return drawing, [*texts, *SCALE_WORDS]


def _charts(
    questions: Sequence[QuestionFigures], font: str, width: float
) -> tuple[Table, list[str]]:
    cell = width / CHARTS_PER_ROW
    rows: list[list[object]] = []
    texts: list[str] = []
    for start in range(0, len(questions), CHARTS_PER_ROW):
        row: list[object] = []
        for q in questions[start : start + CHARTS_PER_ROW]:
            drawing, used = bar_chart(q, font, cell - 16)
            row.append(drawing)
            texts += used
        row += [""] * (CHARTS_PER_ROW - len(row))
        rows.append(row)
    table = Table(rows, colWidths=[cell] * CHARTS_PER_ROW)
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                ("INNERGRID", (0, 0), (-1, -1), 0.4, AXIS_COLOR),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table, texts


_HEADER = ("題號", "題目", "回覆數", "平均", "5", "4", "3", "2", "1")
_WEIGHTS = (0.7, 5.6, 1.0, 1.0, 0.75, 0.75, 0.75, 0.75, 0.75)
_ALIGNS = ("CENTER", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT")


def _part(page: SurveyResultPage, font: str) -> FormPart:
    st = styles(font)
    width = usable_width(False)
    title = result_title(page)
    period = f"研習期間：{page.period_text}" if page.period_text else ""
    organizer = f"主辦單位：{page.organizer}" if page.organizer else ""
    instructor = f"講座：{page.instructor}" if page.instructor else ""
    returned = (
        f"回收問卷：{page.responses} 份／取得時數 {page.credited} 人　回收率：{page.rate_text}"
    )
    info = [
        [f"班期代碼：{page.class_code}", period],
        [organizer, instructor],
        [returned, f"整體平均滿意度：{page.overall_mean_text}（5 分為非常滿意）"],
    ]
    info = [row for row in info if any(row)]
    rows = [
        [str(q.number), q.text, str(q.answered), q.mean_text, *map(str, q.counts)]
        for q in page.questions
    ]
    # As in the 滿意度統計 export, the 整體 row counts the forms returned (回收率's numerator).
    rows.append(
        [
            "整體",
            "全部評分題",
            str(page.responses),
            page.overall_mean_text,
            *map(str, page.overall_counts),
        ]
    )
    widths = [width * w / sum(_WEIGHTS) for w in _WEIGHTS]
    story: list[Flowable] = [
        title_block(page.agency, f"{page.class_title} 滿意度調查結果", font, width),
        info_table(info, [width * 0.52, width * 0.48], font),
        Spacer(0, 4),
        fitted_table(_HEADER, rows, widths, font, size=10, aligns=_ALIGNS, row_height=20),
        Paragraph(
            "5 非常滿意、4 滿意、3 普通、2 不滿意、1 非常不滿意；平均不計未作答者。", st["note"]
        ),
        Spacer(0, 6),
    ]
    texts = [title, *(c for row in info for c in row), *(c for r in rows for c in r)]
    if page.questions:
        charts, chart_texts = _charts(page.questions, font, width)
        story.append(charts)
        texts += chart_texts
    for item in page.open_answers:
        heading = f"{item.number}. {item.text}（{len(item.answers)} 則）"
        lines = [Paragraph(escape(heading), st["note"])]
        lines += [Paragraph(escape(f"．{a}"), st["body"]) for a in item.answers] or [
            Paragraph("（無）", st["body"])
        ]
        story.append(KeepTogether(lines[:3]))
        story.extend(lines[3:])
        texts += [heading, *item.answers, "（無）．"]
    return FormPart(story, title, texts=texts)


def build_survey_results(
    pages: Sequence[SurveyResultPage],
    out: Output,
    font: FontChoice | None = None,
    fallbacks: Sequence[FontChoice] | None = None,
) -> None:
    """One PDF with the results of one or more classes, each starting a new page."""
    if not pages:
        raise ValueError("沒有可列印的滿意度調查結果")
    name = font_name_for(font, fallbacks)
    render_parts([_part(p, name) for p in pages], out, name, title=result_title(pages[0]))
