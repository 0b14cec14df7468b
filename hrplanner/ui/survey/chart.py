"""A bar chart of one rated question (R19): how many answered 非常滿意 … 非常不滿意, with the
share of each and the question's mean, painted with QPainter.

A small widget of our own rather than QtCharts: QtCharts ships only in the PySide6-Addons
wheel (about 160 MB, PLATFORM.md), which the application does not otherwise need and every
Windows build would carry; five horizontal bars need a few lines of painting.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from hrplanner.domain.rounding import format_percent
from hrplanner.ui.shell.translators import QT_TRANSLATE_NOOP

BAR = QColor("#44608a")
GRID = QColor("#c8c8c8")
# The scale's words, highest first, shown translated (the stored answers are 5 … 1).
SCALE_WORDS = (
    QT_TRANSLATE_NOOP("SurveyChart", "非常滿意"),
    QT_TRANSLATE_NOOP("SurveyChart", "滿意"),
    QT_TRANSLATE_NOOP("SurveyChart", "普通"),
    QT_TRANSLATE_NOOP("SurveyChart", "不滿意"),
    QT_TRANSLATE_NOOP("SurveyChart", "非常不滿意"),
)


def scale_word(index: int) -> str:
    return QCoreApplication.translate("SurveyChart", SCALE_WORDS[index])


class BarChart(QWidget):
    """Counts of the answers 5, 4, 3, 2, 1 of one question, as five horizontal bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.mean_text = ""
        self.counts: tuple[int, ...] = (0, 0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())

    def set_data(self, title: str, counts: Sequence[int], mean_text: str) -> None:
        self.title, self.counts, self.mean_text = title, tuple(counts), mean_text
        self.update()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(320, line * 8 + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, self.sizeHint().height())

    def bar_texts(self) -> list[str]:
        """What each bar says (``4（40.0%）``), for tests and tooltips."""
        total = sum(self.counts)
        return [f"{n}（{format_percent(Fraction(n, total) if total else 0)}）" for n in self.counts]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        width = self.width()
        painter.setPen(self.palette().windowText().color())
        title_rect = QRectF(0, 0, width, line + 4)
        mean = self.tr("平均 %1").replace("%1", self.mean_text)
        painter.drawText(
            title_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, mean
        )
        room = width - metrics.horizontalAdvance(mean) - 12
        title = metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, max(20, room))
        painter.drawText(
            title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title
        )
        labels = [scale_word(i) for i in range(5)]
        label_width = max(metrics.horizontalAdvance(t) for t in labels) + 8
        texts = self.bar_texts()
        value_width = max(metrics.horizontalAdvance(t) for t in texts) + 8
        bar_room = max(10.0, width - label_width - value_width)
        largest = max(self.counts) or 1
        top = line + 10
        step = line + 4
        painter.setPen(GRID)
        painter.drawLine(label_width, top - 2, label_width, top + 5 * step - 2)
        for i, (label, count) in enumerate(zip(labels, self.counts, strict=True)):
            y = top + i * step
            painter.setPen(self.palette().windowText().color())
            label_rect = QRectF(0, y, label_width - 6, line)
            painter.drawText(
                label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label
            )
            length = bar_room * count / largest
            if count:
                painter.fillRect(QRectF(label_width, y + 2, length, line - 4), BAR)
            value_rect = QRectF(label_width + length + 4, y, value_width, line)
            painter.drawText(
                value_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, texts[i]
            )
        painter.end()
