"""The column-mapping table of the import dialogs for other systems' files (an online form's
export): one row per header of the file, with a combo of the columns it may stand for and
the first row's content, so the user sees what each header holds while choosing.

Shared by the sign-up, staff and survey imports; the proposed mapping (remembered for this
set of headers, else the headers that name a column by themselves) comes from
``services.imports.mapping`` through each import's service.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from hrplanner.services.imports.tabular import RawTable, cell_text


class ColumnMappingTable(QTableWidget):
    """File header | the column it maps to (or none) | the first row's content."""

    changed = Signal()

    def __init__(self, target_title: str, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("檔案欄位"), target_title, self.tr("第一筆內容")])
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.headers: list[str] = []

    def load(
        self,
        table: RawTable,
        targets: Sequence[tuple[str, str]],
        proposed: Mapping[str, str],
    ) -> None:
        """One row per header; ``targets`` are (label, column) pairs offered in each combo."""
        self.headers = list(table.headers)
        first = table.rows[0].values if table.rows else {}
        self.setRowCount(len(self.headers))
        for row, header in enumerate(self.headers):
            self.setItem(row, 0, QTableWidgetItem(header))
            combo = QComboBox()
            combo.addItem(self.tr("（不匯入）"), None)
            for label, target in targets:
                combo.addItem(label, target)
            wanted = proposed.get(header)
            combo.setCurrentIndex(max(0, combo.findData(wanted)) if wanted else 0)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
            self.setCellWidget(row, 1, combo)
            value = first.get(header)
            self.setItem(row, 2, QTableWidgetItem("" if value is None else cell_text(value)))
        self.changed.emit()

    def combo_for(self, header: str) -> QComboBox:
        for row, name in enumerate(self.headers):
            if name == header:
                widget = self.cellWidget(row, 1)
                assert isinstance(widget, QComboBox)
                return widget
        raise KeyError(header)

    def set_target(self, header: str, target: str | None) -> None:
        combo = self.combo_for(header)
        combo.setCurrentIndex(max(0, combo.findData(target)) if target else 0)

    def mapping(self) -> dict[str, str]:
        """Header → column for every header that is imported."""
        result: dict[str, str] = {}
        for header in self.headers:
            target = self.combo_for(header).currentData()
            if target is not None:
                result[header] = str(target)
        return result
