"""The 人員名冊 page: the staff list with search, filters, sorting, and add / edit /
deactivate. The list pages lazily (see ``staff_model``); searching is debounced."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from hrplanner.services.common.errors import InputRefused, NotFound
from hrplanner.services.staff import roster, validation
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.widgets import debounce, fill_combo
from hrplanner.ui.staff.dialog import StaffDialog
from hrplanner.ui.staff.model import COLUMNS, StaffTableModel, vocabulary

SEARCH_DELAY_MS = 250
_HEADER_KEY = "staff_page/header"


class StaffPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        db = ctx.db
        self.model = StaffTableModel(
            lambda flt, key, desc: roster.search_ids(db, flt, key, desc),
            lambda ids: roster.rows_for_ids(db, ids),
            ctx.date_style,
            self,
        )

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("搜尋姓名或員工編號"))
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = debounce(self, SEARCH_DELAY_MS, self.apply_filter)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.unit_combo = QComboBox()
        self.category_combo = QComboBox()
        self.status_combo = QComboBox()
        self.fill_filters()
        for combo in (self.unit_combo, self.category_combo, self.status_combo):
            combo.currentIndexChanged.connect(self.apply_filter)

        self.count_label = QLabel()
        self.add_button = QPushButton(self.tr("新增…"))
        self.edit_button = QPushButton(self.tr("編輯…"))
        self.status_button = QPushButton(self.tr("停用（離職…）"))
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_selected)
        self.status_button.clicked.connect(self.change_status)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # Fixed row heights: the view never measures 5,000 rows (which would fetch them).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        header = self.table.horizontalHeader()
        for number, column in enumerate(COLUMNS):
            # Wide enough for the title in any language (English titles are longer).
            title = str(self.model.headerData(number, Qt.Orientation.Horizontal))
            needed = header.fontMetrics().horizontalAdvance(title) + 28
            header.resizeSection(number, max(column.width, needed))
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        state = ctx.qsettings.value(_HEADER_KEY)
        if state is not None:
            header.restoreState(state)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.setSortingEnabled(True)  # sorts by column 0 at once: the first search
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._on_reset)

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(self.unit_combo, 1)
        filters.addWidget(self.category_combo, 1)
        filters.addWidget(self.status_combo, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        for button in (self.add_button, self.edit_button, self.status_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._on_reset()

    # --- filters -----------------------------------------------------------------------

    def fill_filters(self) -> None:
        """Fill the filter lists from the database (units change when people are added)."""
        db = self._ctx.db
        units = reference.list_items(db, "unit")
        fill_combo(
            self.unit_combo,
            [(self.tr("全部單位"), 0), *((u.name, u.id) for u in units)],
            self.unit_combo.currentData(),
        )
        categories = reference.list_items(db, "staff_category")
        fill_combo(
            self.category_combo,
            [(self.tr("全部類別"), 0), *((c.name, c.id) for c in categories)],
            self.category_combo.currentData(),
        )
        current = self.status_combo.currentData() if self.status_combo.count() else "在職"
        fill_combo(
            self.status_combo,
            [(self.tr("全部狀態"), ""), *((vocabulary(s), s) for s in validation.STATUSES)],
            current,
        )

    def current_filter(self) -> roster.StaffFilter:
        return roster.StaffFilter(
            text=self.search_edit.text(),
            # 0 stands for "all" (ids start at 1; None would not survive a QVariant).
            unit_id=self.unit_combo.currentData() or None,
            category_id=self.category_combo.currentData() or None,
            status=self.status_combo.currentData() or None,
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())

    def refresh(self, keep_id: int | None = None) -> None:
        """Re-read the lists and the people (after an edit, an import, a restore)."""
        keep_id = keep_id if keep_id is not None else self.selected_id()
        self.fill_filters()
        self.model.set_filter(self.current_filter())
        if keep_id is not None:
            self.select_id(keep_id)

    # --- selection ---------------------------------------------------------------------

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def select_id(self, employee_id: int) -> bool:
        row = self.model.row_of_id(employee_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _on_reset(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(self.tr("共 %n 人", "", n))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        self.edit_button.setEnabled(has)
        self.status_button.setEnabled(has)

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_person(self.model.id_at(index.row()))

    # --- actions -----------------------------------------------------------------------

    def add_person(self) -> None:
        dialog = StaffDialog(self._ctx, None, self)
        if dialog.exec() and dialog.saved_id is not None:
            self.refresh(dialog.saved_id)

    def edit_selected(self) -> None:
        employee_id = self.selected_id()
        if employee_id is not None:
            self.edit_person(employee_id)

    def edit_person(self, employee_id: int) -> None:
        try:
            dialog = StaffDialog(self._ctx, employee_id, self)
        except NotFound:
            self._ctx.prompts.error(
                self, self.tr("找不到人員"), self.tr("這位人員已被其他人刪除，清單將重新整理。")
            )
            self.refresh()
            return
        if dialog.exec():
            self.refresh(employee_id)

    def change_status(self) -> None:
        employee_id = self.selected_id()
        if employee_id is None:
            return
        row = self.model.row_at(self.model.row_of_id(employee_id) or 0)
        current = row.status if row else ""
        choices: Sequence[str] = [s for s in ("離職", "退休", "留職停薪", "在職") if s != current]
        labels = [vocabulary(s) for s in choices]
        name = row.name if row else ""
        picked = self._ctx.prompts.choose(
            self,
            self.tr("變更在職狀態"),
            self.tr("將 %1 的在職狀態改為：").replace("%1", name),
            labels,
        )
        if picked is None:
            return
        status = choices[labels.index(picked)]
        try:
            roster.set_status(self._ctx.db, employee_id, status)
        except (InputRefused, NotFound) as exc:
            self._ctx.prompts.error(self, self.tr("無法變更在職狀態"), str(exc))
        self.refresh(employee_id)

    def save_state(self) -> None:
        self._ctx.qsettings.setValue(_HEADER_KEY, self.table.horizontalHeader().saveState())
