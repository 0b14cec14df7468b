"""A small chart of one KPI: its target and its actual in each year of the plan, as bars.

Painted with QPainter rather than QtCharts: QtCharts comes only in the PySide6-Addons wheel
(about 160 MB more in every install and in the Windows build) and the chart needs no more
than two bars a year, their values and a legend. Values arrive as exact Decimals and are
turned into pixels only here.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

TARGET_COLOR = QColor("#b0b0b0")
ACTUAL_COLOR = QColor("#2f5d8a")
LIGHT_COLORS = {"綠": QColor("#3c9a3c"), "黃": QColor("#d9a400"), "紅": QColor("#c8322d")}


class KpiChart(QWidget):
    """Targets (grey) against actuals (blue) per year; an actual bar takes its light's colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.unit = ""
        self.years: list[str] = []
        self.targets: list[Decimal | None] = []
        self.actuals: list[Decimal | None] = []
        self.lights: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)

    def sizeHint(self) -> QSize:
        return QSize(420, 220)

    def set_data(
        self,
        title: str,
        unit: str,
        years: list[str],
        targets: list[Decimal | None],
        actuals: list[Decimal | None],
        lights: list[str] | None = None,
    ) -> None:
        self.title, self.unit, self.years = title, unit, years
        self.targets, self.actuals = targets, actuals
        self.lights = lights or [""] * len(years)
        self.update()

    def clear(self) -> None:
        self.set_data("", "", [], [], [])

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        if not self.years:
            painter.setPen(QColor("#888"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("請選擇一項 KPI"))
            return
        metrics = painter.fontMetrics()
        line = metrics.height()
        painter.setPen(QColor("black"))
        title = metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, self.width() - 16)
        painter.drawText(8, line + 2, title)
        legend_y = 2 * line + 6
        for offset, (color, text) in enumerate(
            ((TARGET_COLOR, self.tr("目標值")), (ACTUAL_COLOR, self.tr("實際值")))
        ):
            left_x = 8 + offset * 90
            painter.fillRect(QRectF(left_x, legend_y - line + 4, 10, 10), color)
            painter.drawText(left_x + 14, legend_y, text)
        if self.unit:
            painter.drawText(8 + 180, legend_y, self.tr("單位：%1").replace("%1", self.unit))
        top = float(legend_y + 10)
        bottom = float(self.height() - 2 * line - 6)
        left, right = 12.0, float(self.width()) - 12.0
        if bottom - top < 20:
            return
        values = [v for v in (*self.targets, *self.actuals) if v is not None]
        highest = max(values) if values else Decimal(1)
        scale = Decimal(1) if highest <= 0 else highest * Decimal("1.15")
        painter.setPen(QPen(QColor("#444"), 1))
        painter.drawLine(int(left), int(bottom), int(right), int(bottom))
        step = (right - left) / len(self.years)
        bar = min(36.0, step / 3)
        for i, year in enumerate(self.years):
            centre = left + step * i + step / 2
            for j, (value, color) in enumerate(
                ((self.targets[i], TARGET_COLOR), (self.actuals[i], ACTUAL_COLOR))
            ):
                if value is None:
                    continue
                height = float(value / scale) * (bottom - top)
                x = centre - bar + j * bar
                fill = LIGHT_COLORS.get(self.lights[i], color) if j == 1 else color
                painter.fillRect(QRectF(x, bottom - height, bar - 2, height), fill)
                painter.setPen(QColor("black"))
                label = f"{value.normalize():f}"
                painter.drawText(
                    QRectF(x - 10, bottom - height - line, bar + 18, line),
                    Qt.AlignmentFlag.AlignCenter,
                    label,
                )
            painter.setPen(QColor("black"))
            painter.drawText(
                QRectF(centre - step / 2, bottom + 2, step, line),
                Qt.AlignmentFlag.AlignCenter,
                year,
            )
