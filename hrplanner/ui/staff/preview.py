"""The 人員名冊 page's first screen, shown while the database is still being opened.

Built from ``services.staff.first_page`` (``sqlite3`` only), it looks like the staff list
as the user left it (the same columns, widths and saved header) but cannot be used yet:
searching, filters and buttons come with the real page, which replaces it as soon as the
database is open. Nothing here imports SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrplanner.services.staff.first_page import FirstPage
from hrplanner.services.staff.rows import EmployeeRow
from hrplanner.ui.staff.model import COLUMNS, StaffTableModel

HEADER_KEY = "staff_page/header"  # the real page's saved column widths and order


class StaffPreview(QWidget):
    def __init__(
        self,
        first: FirstPage,
        rows: list[EmployeeRow],
        qsettings: QSettings,
        date_style: str = "roc",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        fetched = {r.id: r for r in rows}

        def fetch(ids: Sequence[int]) -> list[EmployeeRow]:
            if all(i in fetched for i in ids):
                return [fetched[i] for i in ids]
            return first.rows_for_ids(ids)  # scrolled past the first page already

        self.model = StaffTableModel(first.search_ids, fetch, date_style, self)
        self.model.reload()
        search = QLineEdit()
        search.setPlaceholderText(self.tr("搜尋姓名或員工編號"))
        search.setEnabled(False)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for number, column in enumerate(COLUMNS):
            title = str(self.model.headerData(number, Qt.Orientation.Horizontal))
            needed = header.fontMetrics().horizontalAdvance(title) + 28
            header.resizeSection(number, max(column.width, needed))
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        state = qsettings.value(HEADER_KEY)
        if state is not None:
            header.restoreState(state)
        self.count_label = QLabel(self.tr("共 %n 人", "", self.model.rowCount()))
        self.status = QLabel(self.tr("正在開啟資料庫…"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(search)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
