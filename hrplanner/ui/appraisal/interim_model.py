"""The table model of one interim period (R13): everyone in scope with appraiser, status,
timeliness, one column per item of the year's template, and the facts.

It holds the rows one service call returned and shows them 500 at a time (``fetchMore``),
so a period of 5,000 people appears at once and the view never lays out rows nobody
scrolled to. ``write`` is the page's save function: a level or facts typed into a cell is
saved at once and the one row is replaced by what the service returns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from hrplanner.domain.appraisal.interim import InterimTiming
from hrplanner.domain.appraisal.interim_template import DEFAULT_INTERIM_TEMPLATE, InterimTemplate
from hrplanner.domain.rocdate import format_date
from hrplanner.services.appraisal.interim import InterimRow
from hrplanner.ui.appraisal.common import EDIT_BRUSH, LATE_BRUSH, OK_BRUSH, WARN_BRUSH, term
from hrplanner.ui.shell.translators import QT_TRANSLATE_NOOP

_Index = QModelIndex | QPersistentModelIndex
PAGE = 500
CTX = "InterimModel"
FIXED = (
    QT_TRANSLATE_NOOP("InterimModel", "員工編號"),
    QT_TRANSLATE_NOOP("InterimModel", "姓名"),
    QT_TRANSLATE_NOOP("InterimModel", "單位"),
    QT_TRANSLATE_NOOP("InterimModel", "考核人"),
    QT_TRANSLATE_NOOP("InterimModel", "狀態"),
    QT_TRANSLATE_NOOP("InterimModel", "時效"),
)
FACTS_TITLE = QT_TRANSLATE_NOOP("InterimModel", "優劣事實")
# The default items' column titles: a level letter needs no more room than a short title
# (in English an abbreviation; the whole name is the title's tooltip).
ITEM_TITLES = {
    "工作知能": QT_TRANSLATE_NOOP("InterimModel", "工作知能"),
    "創新研究": QT_TRANSLATE_NOOP("InterimModel", "創新研究"),
    "服務態度": QT_TRANSLATE_NOOP("InterimModel", "服務態度"),
    "品德操守": QT_TRANSLATE_NOOP("InterimModel", "品德操守"),
    "領導協調": QT_TRANSLATE_NOOP("InterimModel", "領導協調"),
}
NOT_RATED = "—"

# A change typed into one cell: (row, item name or None for the facts, new text).
Write = Callable[[InterimRow, str | None, str], InterimRow | None]


class InterimModel(QAbstractTableModel):
    def __init__(self, write: Write, date_style: str = "roc", parent: Any = None) -> None:
        super().__init__(parent)
        self._write = write
        self._date_style = date_style
        self.template: InterimTemplate = DEFAULT_INTERIM_TEMPLATE
        self._rows: list[InterimRow] = []
        self._shown = 0

    # --- rows ------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[InterimRow], template: InterimTemplate) -> None:
        self.beginResetModel()
        self.template = template
        self._rows = list(rows)
        self._shown = min(PAGE, len(self._rows))
        self.endResetModel()

    def all_rows(self) -> list[InterimRow]:
        return list(self._rows)

    def row_at(self, row: int) -> InterimRow:
        return self._rows[row]

    def replace_row(self, row: int, new: InterimRow) -> None:
        self._rows[row] = new
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        more = min(PAGE, len(self._rows) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def show_all(self) -> None:
        """Every row (e.g. before walking the whole list from the keyboard or in a test)."""
        while self.canFetchMore():
            self.fetchMore()

    # --- columns -----------------------------------------------------------------------------

    def item_column(self, column: int) -> str | None:
        """The item shown in ``column``, or None for the other columns."""
        i = column - len(FIXED)
        names = self.template.item_names
        return names[i] if 0 <= i < len(names) else None

    def facts_column(self) -> int:
        return len(FIXED) + len(self.template.items)

    def column_of(self, item: str) -> int:
        return len(FIXED) + self.template.item_names.index(item)

    def rated(self, row: InterimRow, item: str) -> bool:
        found = self.template.item(item)
        return found is not None and (row.supervisor or not found.supervisors_only)

    # --- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.facts_column() + 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        item = self.item_column(index.column())
        row = self._rows[index.row()]
        if (item is not None and self.rated(row, item)) or index.column() == self.facts_column():
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _text(self, r: InterimRow, col: int) -> str:
        if col < len(FIXED):
            if col == 4:
                return term(r.status)
            if col == 5:
                text = term(r.timing.value)
                if r.filled_on is not None:
                    text += f" {format_date(r.filled_on, self._date_style)}"
                return text
            return (r.employee_no, r.name, r.unit, r.appraiser)[col]
        item = self.item_column(col)
        if item is not None:
            return r.levels.get(item, "") if self.rated(r, item) else NOT_RATED
        return r.facts

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(r, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            item = self.item_column(col)
            if item is not None:
                label = self.template.level_label(r.levels.get(item, ""))
                return label or None
            if col == self.facts_column():
                return r.facts or None
        if role == Qt.ItemDataRole.BackgroundRole:
            if r.timing == InterimTiming.OVERDUE:
                return WARN_BRUSH
            if col in (4, 5):
                if r.timing == InterimTiming.LATE:
                    return LATE_BRUSH
                if r.timing == InterimTiming.ON_TIME:
                    return OK_BRUSH
            if self.item_column(col) is not None and self.rated(r, self.item_column(col) or ""):
                return EDIT_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole and self.item_column(col) is not None:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return r
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        r = self._rows[index.row()]
        item = self.item_column(index.column())
        if item is None and index.column() != self.facts_column():
            return False
        text = str(value or "").strip()
        if item is not None:
            text = text.upper()
            if text == r.levels.get(item, ""):
                return False
        elif text == r.facts:
            return False
        saved = self._write(r, item, text)
        if saved is None:
            return False
        self.replace_row(index.row(), saved)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if section < len(FIXED):
            return QCoreApplication.translate(CTX, FIXED[section])
        item = self.item_column(section)
        if item is None:
            return QCoreApplication.translate(CTX, FACTS_TITLE)
        if role == Qt.ItemDataRole.DisplayRole and item in ITEM_TITLES:
            return QCoreApplication.translate(CTX, ITEM_TITLES[item])
        return term(item)  # the default items translated, an agency's own as written
