"""The results of one class's survey (R19): forms returned against the people credited
(回收率), the overall mean of all rated answers, a table of each rated question's answers
and mean, a bar chart per question, and the open answers. Read on the worker from
``services.survey.results``; the figures are the domain's, rounded half up for display.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.survey import SCALE_VALUES, QuestionKind
from hrplanner.services.survey import results
from hrplanner.services.survey.results import ClassFigures
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.survey.chart import BarChart
from hrplanner.ui.training.models import is_refusal, refusal_text

CHART_COLUMNS = 2


class ResultsView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.figures: ClassFigures | None = None
        self.charts: list[BarChart] = []
        self._generation = 0
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 9)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("題號"),
                self.tr("題目"),
                self.tr("回覆數"),
                self.tr("平均"),
                "5",
                "4",
                "3",
                "2",
                "1",
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.row_height = self.table.fontMetrics().height() + 8
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.row_height)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.chart_box = QWidget()
        self.chart_grid = QGridLayout(self.chart_box)
        self.open_answers = QPlainTextEdit()
        self.open_answers.setReadOnly(True)
        self.open_answers.setMaximumHeight(110)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        inner_layout.addWidget(self.summary)
        inner_layout.addWidget(self.table)
        inner_layout.addWidget(self.chart_box)
        inner_layout.addWidget(QLabel(self.tr("開放意見")))
        inner_layout.addWidget(self.open_answers)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.show_figures(None)

    def set_class(self, class_id: int | None) -> None:
        self._generation += 1
        generation = self._generation
        if class_id is None:
            self.show_figures(None)
            return
        db = self.ctx.db

        def done(found: ClassFigures) -> None:
            if generation == self._generation:
                self.show_figures(found)

        self.ctx.runner.run(
            lambda _p: results.class_figures(db, class_id), on_done=done, on_error=self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        if not is_refusal(exc):
            raise exc
        self.ctx.prompts.error(self, self.tr("無法讀取滿意度結果"), refusal_text(exc))

    def show_figures(self, figures: ClassFigures | None) -> None:
        self.figures = figures
        for chart in self.charts:
            # Out of the layout and hidden now, deleted by Qt later (not by Python as well).
            self.chart_grid.removeWidget(chart)
            chart.hide()
            chart.deleteLater()
        self.charts = []
        if figures is None:
            self.summary.setText(self.tr("請選擇一個班期。"))
            self.table.setRowCount(0)
            self.open_answers.setPlainText("")
            return
        r = figures.results
        self.summary.setText(
            self.tr(
                "回收問卷 %1 份／取得時數 %2 人，回收率 %3；整體平均滿意度 %4（5 分為非常滿意）"
            )
            .replace("%1", str(r.responses))
            .replace("%2", str(r.credited))
            .replace("%3", r.response_rate_text)
            .replace("%4", r.overall_mean_text)
        )
        rated = [q for q in r.questions if q.question.kind is QuestionKind.RATED]
        rows = [
            (str(q.question.number), q.question.text, q.tally.answered, q.tally.mean_text, q.tally)
            for q in rated
        ]
        rows.append(
            (self.tr("整體"), self.tr("全部評分題"), r.responses, r.overall_mean_text, r.overall)
        )
        self.table.setRowCount(len(rows))
        for row, (number, text, answered, mean, tally) in enumerate(rows):
            values = [
                number,
                text,
                str(answered),
                mean,
                *(str(tally.distribution[v]) for v in SCALE_VALUES),
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        # The whole table, no scroll bar of its own: the page scrolls.
        header = self.table.horizontalHeader().sizeHint().height()
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(header + self.row_height * len(rows) + frame + 2)
        for index, q in enumerate(rated):
            chart = BarChart(self.chart_box)
            chart.set_data(
                f"{q.question.number}. {q.question.short or q.question.text}",
                [q.tally.distribution[v] for v in SCALE_VALUES],
                q.tally.mean_text,
            )
            self.chart_grid.addWidget(chart, index // CHART_COLUMNS, index % CHART_COLUMNS)
            self.charts.append(chart)
        lines = [f"{question.number}. {answer}" for question, answer in r.open_answers]
        self.open_answers.setPlainText("\n".join(lines) or self.tr("（沒有開放意見）"))
