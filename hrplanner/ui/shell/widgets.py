"""Small widgets and models shared by pages and dialogs: a debounce timer, an error label
that sits under a form field, a label of parts that share a line while they fit, a table
of input problems, column widths that fit their headers, and combo-box helpers."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QWidget

from hrplanner.services.common.errors import Problem
from hrplanner.ui.shell.translators import QT_TRANSLATE_NOOP

_Index = QModelIndex | QPersistentModelIndex
# A dialog no taller than this fits, with its title bar, inside the default 1100 × 700 window.
DIALOG_MAX_HEIGHT = 660


def debounce(parent: QObject, msecs: int, slot: Callable[[], None]) -> QTimer:
    """A single-shot timer: call ``start()`` on every keystroke, ``slot`` runs once typing
    pauses for ``msecs``."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(msecs)
    timer.timeout.connect(slot)
    return timer


class ErrorLabel(QLabel):
    """Red text under a form field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("color: #b00020;")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class PartsLabel(QLabel):
    """Short statements (one per 官等, say) on one line while they fit the label, else one
    per line: wrapping inside a statement would split it where Chinese allows any break."""

    GAP = "　 "

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setMinimumWidth(1)  # the parts go one per line rather than widen the page
        self._parts: list[tuple[str, str]] = []

    def set_parts(self, parts: Sequence[tuple[str, str]]) -> None:
        """``parts``: (plain text, CSS style or "") each; the text is escaped here."""
        self._parts = list(parts)
        self._lay_out()

    def _lay_out(self) -> None:
        plain = self.GAP.join(text for text, _ in self._parts)
        one_line = self.fontMetrics().horizontalAdvance(plain) <= self.contentsRect().width()
        spans = (
            f"<span style='{style}'>{html.escape(text)}</span>" if style else html.escape(text)
            for text, style in self._parts
        )
        self.setText((self.GAP if one_line else "<br>").join(spans))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._parts:
            self._lay_out()


def widen_to_headers(header: QHeaderView, columns: Sequence[int]) -> None:
    """Make ``columns`` at least as wide as their header's text (English titles are longer
    than the default width)."""
    for column in columns:
        header.resizeSection(
            column, max(header.sectionSize(column), header.sectionSizeHint(column))
        )


def fill_combo(combo: QComboBox, items: Sequence[tuple[str, Any]], current: Any = None) -> None:
    """Replace a combo's items by (label, data) pairs and select the one holding ``current``."""
    combo.blockSignals(True)
    combo.clear()
    for label, data in items:
        combo.addItem(label, data)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


_PROBLEM_HEADERS = (
    QT_TRANSLATE_NOOP("ProblemModel", "工作表"),
    QT_TRANSLATE_NOOP("ProblemModel", "列"),
    QT_TRANSLATE_NOOP("ProblemModel", "欄"),
    QT_TRANSLATE_NOOP("ProblemModel", "問題"),
)


class ProblemModel(QAbstractTableModel):
    """The problems of a refused input, one per line: sheet, row, column, message."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    @property
    def problems(self) -> list[Problem]:
        return list(self._problems)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_PROBLEM_HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        p = self._problems[index.row()]
        values = (p.sheet, "" if p.row is None else str(p.row), p.column, p.message)
        return values[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return QCoreApplication.translate("ProblemModel", _PROBLEM_HEADERS[section])
