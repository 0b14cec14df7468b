"""The home page's small charts, painted with QPainter (no chart library): the year's
compliance against its target (R7) and the KPI lights of the year (R15)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

GREEN = QColor("#2e7d32")
YELLOW = QColor("#f9a825")
RED = QColor("#c62828")
GREY = QColor("#bdbdbd")
TRACK = QColor("#e0e0e0")


class ProgressChart(QWidget):
    """A bar of ``done`` out of ``total`` with a mark at the target share; green when the
    target is reached, amber below it. Also used for study places (no target)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.done = 0
        self.total = 0
        self.target: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(22)

    def set_values(self, done: int, total: int, target: float | None = None) -> None:
        self.done, self.total, self.target = done, total, target
        share = f"{done}/{total}"
        self.setToolTip(share)
        self.update()

    def share(self) -> float:
        return self.done / self.total if self.total else 0.0

    def sizeHint(self) -> QSize:
        return QSize(200, 22)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bar = QRectF(1, 5, self.width() - 2, self.height() - 10)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(bar, 4, 4)
        share = self.share()
        reached = self.target is None or share >= self.target
        if share > 0:
            filled = QRectF(bar.left(), bar.top(), bar.width() * min(1.0, share), bar.height())
            painter.setBrush(GREEN if reached else YELLOW)
            painter.drawRoundedRect(filled, 4, 4)
        if self.target is not None:
            x = bar.left() + bar.width() * self.target
            painter.setPen(QPen(QColor("#424242"), 2))
            painter.drawLine(int(x), 1, int(x), self.height() - 1)
        painter.end()


class LightsChart(QWidget):
    """One row of lights: a dot per KPI, green, yellow, red, then grey (no actual yet)."""

    DOT = 14

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: tuple[int, int, int, int] = (0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(self.DOT + 6)

    def set_counts(self, green: int, yellow: int, red: int, none: int) -> None:
        self.counts = (green, yellow, red, none)
        self.updateGeometry()
        self.update()

    def _per_row(self) -> int:
        return max(1, (self.width() - 2) // (self.DOT + 4))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        per_row = max(1, (width - 2) // (self.DOT + 4))
        rows = max(1, -(-sum(self.counts) // per_row))
        return rows * (self.DOT + 4) + 2

    def sizeHint(self) -> QSize:
        return QSize(200, self.heightForWidth(200))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        per_row = self._per_row()
        index = 0
        for colour, count in zip((GREEN, YELLOW, RED, GREY), self.counts, strict=True):
            painter.setBrush(colour)
            for _n in range(count):
                row, column = divmod(index, per_row)
                step = self.DOT + 4
                painter.drawEllipse(QRectF(1 + column * step, 2 + row * step, self.DOT, self.DOT))
                index += 1
        painter.end()
