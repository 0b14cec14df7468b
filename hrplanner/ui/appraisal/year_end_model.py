"""The table model of a year's year-end appraisals (R14): kind, item score or the four
components (typed in place), 獎懲 net points, score, grade, the named problems, the 甲等
evidence and the status.

The model shows the rows the page passes it, 500 at a time (``fetchMore``). While an item
score is being typed the row shows the score and grade it would get (``set_preview``),
computed by the domain's own rule, so that the page can update the 甲 share per 官等 live;
the save is the page's ``write``.
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
from PySide6.QtGui import QBrush, QColor, QFont

from hrplanner.domain.appraisal.problems import signed_points_text
from hrplanner.services.appraisal.year_end import YearEndRow
from hrplanner.ui.appraisal.common import EDIT_BRUSH, OK_BRUSH, WARN_BRUSH, term
from hrplanner.ui.shell.translators import QT_TRANSLATE_NOOP

_Index = QModelIndex | QPersistentModelIndex
PAGE = 500
CTX = "YearEndModel"
COLUMNS = (
    QT_TRANSLATE_NOOP("YearEndModel", "員工編號"),
    QT_TRANSLATE_NOOP("YearEndModel", "姓名"),
    QT_TRANSLATE_NOOP("YearEndModel", "單位"),
    QT_TRANSLATE_NOOP("YearEndModel", "官等"),
    QT_TRANSLATE_NOOP("YearEndModel", "考績種類"),
    QT_TRANSLATE_NOOP("YearEndModel", "項目評分"),
    QT_TRANSLATE_NOOP("YearEndModel", "工作"),
    QT_TRANSLATE_NOOP("YearEndModel", "操行"),
    QT_TRANSLATE_NOOP("YearEndModel", "學識"),
    QT_TRANSLATE_NOOP("YearEndModel", "才能"),
    QT_TRANSLATE_NOOP("YearEndModel", "獎懲增減"),
    QT_TRANSLATE_NOOP("YearEndModel", "考績分數"),
    QT_TRANSLATE_NOOP("YearEndModel", "等次"),
    QT_TRANSLATE_NOOP("YearEndModel", "檢核"),
    QT_TRANSLATE_NOOP("YearEndModel", "甲等事證"),
    QT_TRANSLATE_NOOP("YearEndModel", "狀態"),
)
ITEM, WORK, CONDUCT, KNOWLEDGE, ABILITY = 5, 6, 7, 8, 9
NET, SCORE, GRADE, CHECK, EVIDENCE, STATUS = 10, 11, 12, 13, 14, 15
EDITABLE = (ITEM, WORK, CONDUCT, KNOWLEDGE, ABILITY)
COMPONENT_FIELDS = {WORK: "work", CONDUCT: "conduct", KNOWLEDGE: "knowledge", ABILITY: "ability"}
PREVIEW_BRUSH = QBrush(QColor("#fff9c4"))

# A typed cell: (row, column, the number or None to clear) → the saved row, None if refused.
Write = Callable[[YearEndRow, int, int | None], YearEndRow | None]


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


class YearEndModel(QAbstractTableModel):
    def __init__(self, write: Write, parent: Any = None) -> None:
        super().__init__(parent)
        self._write = write
        self._rows: list[YearEndRow] = []
        self._shown = 0
        self._preview: dict[int, tuple[int | None, str | None]] = {}  # row → (score, grade)

    def set_rows(self, rows: Sequence[YearEndRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._shown = min(PAGE, len(self._rows))
        self._preview.clear()
        self.endResetModel()

    def rows(self) -> list[YearEndRow]:
        return list(self._rows)

    def row_at(self, row: int) -> YearEndRow:
        return self._rows[row]

    def row_of(self, appraisal_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == appraisal_id), None)

    def replace_row(self, row: int, new: YearEndRow) -> None:
        self._rows[row] = new
        self._preview.pop(row, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def set_preview(self, row: int, score: int | None, grade: str | None) -> None:
        self._preview[row] = (score, grade)
        self.dataChanged.emit(self.index(row, SCORE), self.index(row, GRADE))

    def clear_preview(self, row: int) -> None:
        if self._preview.pop(row, None) is not None:
            self.dataChanged.emit(self.index(row, SCORE), self.index(row, GRADE))

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
        while self.canFetchMore():
            self.fetchMore()

    # --- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        r = self._rows[index.row()]
        if index.column() in EDITABLE and r.kind is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _text(self, r: YearEndRow, row: int, col: int) -> str:
        preview = self._preview.get(row)
        if col == SCORE and preview is not None:
            return _number(preview[0])
        if col == GRADE and preview is not None:
            return term(preview[1])
        values: dict[int, Any] = {
            0: r.employee_no,
            1: r.name,
            2: r.unit,
            3: r.rank_group or "",
            4: term(r.kind) if r.kind else QCoreApplication.translate("YearEndModel", "不辦理"),
            ITEM: _number(r.item_score if r.item_score is not None else r.item),
            WORK: _number(r.work),
            CONDUCT: _number(r.conduct),
            KNOWLEDGE: _number(r.knowledge),
            ABILITY: _number(r.ability),
            NET: signed_points_text(r.net_points) if r.net_points else "",
            SCORE: _number(r.score),
            GRADE: term(r.grade),
            CHECK: "；".join(p.message for p in r.problems),
            EVIDENCE: "；".join(e.message for e in r.evidence),
            STATUS: term(r.status),
        }
        return str(values[col])

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        r = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, row, col)
        if role == Qt.ItemDataRole.EditRole:
            return self._text(r, row, col) if col in EDITABLE else None
        if role == Qt.ItemDataRole.ToolTipRole and col in (CHECK, EVIDENCE, SCORE):
            if col == SCORE:
                return r.clamp_note
            return "\n".join(self._text(r, row, col).split("；")) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            if col in (SCORE, GRADE) and row in self._preview:
                return PREVIEW_BRUSH
            if col == CHECK and r.problems:
                return WARN_BRUSH
            if col == EVIDENCE and r.evidence:
                return OK_BRUSH
            if col in EDITABLE and r.kind is not None:
                return EDIT_BRUSH
        if role == Qt.ItemDataRole.FontRole and col == GRADE and r.grade == "丁":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (*EDITABLE, NET, SCORE, GRADE):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return r
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        row = index.row()
        r = self._rows[row]
        text = str(value if value is not None else "").strip()
        if text and not text.isdigit():
            self.clear_preview(row)
            return False
        number = int(text) if text else None
        current = (
            r.item_score if index.column() == ITEM else getattr(r, COMPONENT_FIELDS[index.column()])
        )
        if number == current:
            self.clear_preview(row)
            return False
        saved = self._write(r, index.column(), number)
        if saved is None:
            self.clear_preview(row)
            return False
        self.replace_row(row, saved)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return QCoreApplication.translate(CTX, COLUMNS[section])
