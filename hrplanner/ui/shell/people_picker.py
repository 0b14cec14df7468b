"""A dialog to pick active people: filter by unit, staff category and a search text, then
select one or many (Ctrl/Shift-click, or 全選 for everyone listed) and add them at once.

The list is the staff page's lazy model (ids first, rows a page at a time), so picking from
5,000 people is as quick as the staff page itself.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrplanner.services.common import reference
from hrplanner.services.staff import roster
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.widgets import debounce, fill_combo
from hrplanner.ui.staff.model import StaffTableModel

ACTIVE = "在職"


class PeoplePicker(QDialog):
    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        multi: bool = True,
        title: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(title or self.tr("選擇人員"))
        db = ctx.db
        self.model = StaffTableModel(
            lambda flt, key, desc: roster.search_ids(db, flt, key, desc),
            lambda ids: roster.rows_for_ids(db, ids),
            ctx.date_style,
            self,
        )
        self.unit_combo = QComboBox()
        fill_combo(
            self.unit_combo,
            [
                (self.tr("全部單位"), None),
                *((u.name, u.id) for u in reference.list_items(db, "unit")),
            ],
        )
        self.category_combo = QComboBox()
        fill_combo(
            self.category_combo,
            [
                (self.tr("全部類別"), None),
                *((c.name, c.id) for c in reference.list_items(db, "staff_category")),
            ],
        )
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("搜尋姓名或員工編號"))
        self.search_edit.setClearButtonEnabled(True)
        self._timer = debounce(self, 250, self.apply_filter)
        self.search_edit.textChanged.connect(self._timer.start)
        self.unit_combo.currentIndexChanged.connect(self.apply_filter)
        self.category_combo.currentIndexChanged.connect(self.apply_filter)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection
            if multi
            else QAbstractItemView.SelectionMode.SingleSelection
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setDefaultSectionSize(100)
        self.table.selectionModel().selectionChanged.connect(self._update_count)
        self.table.doubleClicked.connect(lambda _: self.accept())
        self.select_all_button = QPushButton(self.tr("全選"))
        self.select_all_button.clicked.connect(self.table.selectAll)
        self.select_all_button.setVisible(multi)
        self.count_label = QLabel()

        filters = QHBoxLayout()
        filters.addWidget(self.unit_combo)
        filters.addWidget(self.category_combo)
        filters.addWidget(self.search_edit, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.select_all_button)
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(760, 520)
        self.apply_filter()

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(
            roster.StaffFilter(
                text=self.search_edit.text(),
                unit_id=self.unit_combo.currentData(),
                category_id=self.category_combo.currentData(),
                status=ACTIVE,
            )
        )
        self._update_count()

    def _update_count(self, *_: object) -> None:
        self.count_label.setText(
            self.tr("已選 %1 人（共 %2 人）")
            .replace("%1", str(len(self.selected_ids())))
            .replace("%2", str(self.model.rowCount()))
        )

    def selected_ids(self) -> list[int]:
        """The chosen people's ids, in list order."""
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.id_at(r) for r in rows]

    def select_ids(self, ids: list[int]) -> None:
        """Select these people (tests and 'pick again' use it)."""
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for employee_id in ids:
            row = self.model.row_of_id(employee_id)
            if row is not None:
                self.table.selectRow(row)
        self.table.setSelectionMode(mode)
