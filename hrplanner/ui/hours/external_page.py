"""The 外部時數 page (SPEC R6, §3.1): learning done on e-learning platforms or at other
agencies, which counts toward the year in which it ended.

A year filter and a search by name or employee number over the year's records; 新增 /
編輯 / 刪除 by hand through ``ExternalDialog`` (the service validates); 匯入外部時數…
through the shared import dialog (dry run first, all or nothing). The year's records are
read in the background task helper and held as plain rows; searching filters them in
memory, so typing never waits for the database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

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

from hrplanner.domain.rocdate import format_date, roc_year
from hrplanner.services.hours import external
from hrplanner.services.hours.external import ExternalView
from hrplanner.ui.hours.external_dialog import ExternalDialog
from hrplanner.ui.shell.import_dialog import ImportDialog, ImportKind
from hrplanner.ui.shell.loading import loading_state
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.tasks import Load, Progress
from hrplanner.ui.shell.widgets import debounce
from hrplanner.ui.training.models import (
    QT_TRANSLATE_NOOP,
    Column,
    RowsModel,
    fit_columns,
    hours,
    is_refusal,
    refusal_text,
    term,
)

if TYPE_CHECKING:
    from hrplanner.storage.database import Database

YEARS_BACK = 10
_HEADER_KEY = "external_page/header"


@dataclass(frozen=True)
class ExternalRow:
    record: ExternalView
    unit: str


def external_columns(date_style: str) -> list[Column[ExternalRow]]:
    return [
        Column(QT_TRANSLATE_NOOP("TrainingModels", "員工編號"), lambda r: r.record.employee_no),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "姓名"), lambda r: r.record.name),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "單位"), lambda r: r.unit),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "課程名稱"), lambda r: r.record.title),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "日期"),
            lambda r: format_date(r.record.end_date, date_style),
            sort=lambda r: r.record.end_date.toordinal(),
        ),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "時數"),
            lambda r: hours(r.record.minutes),
            sort=lambda r: r.record.minutes,
            align_right=True,
        ),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "學習類別"), lambda r: r.record.topic),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "學習性質"), lambda r: term(r.record.mode)),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "來源"), lambda r: r.record.source or ""),
    ]


def load_rows(db: Database, year: int | None) -> list[ExternalRow]:
    """The records of a year (None = all) with each person's unit, in one query."""
    return [ExternalRow(r, r.unit) for r in external.list_external(db, year=year)]


class ExternalPage(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._all: list[ExternalRow] = []

        self.year_combo = QComboBox()
        this_year = today().year
        for year in range(this_year, this_year - YEARS_BACK - 1, -1):
            self.year_combo.addItem(
                self.tr("%1 年度").replace("%1", str(roc_year(dt.date(year, 1, 1)))), year
            )
        self.year_combo.addItem(self.tr("全部年度"), None)
        self.year_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("搜尋姓名或員工編號"))
        self.search_edit.setClearButtonEnabled(True)
        self._timer = debounce(self, 200, self.apply_search)
        self.search_edit.textChanged.connect(self._timer.start)

        self.add_button = QPushButton(self.tr("新增…"))
        self.add_button.clicked.connect(self.add_record)
        self.edit_button = QPushButton(self.tr("編輯…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("刪除"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button = QPushButton(self.tr("匯入外部時數…"))
        self.import_button.clicked.connect(self.import_records)

        self.model: RowsModel[ExternalRow] = RowsModel(external_columns(ctx.date_style), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        fit_columns(self.table, 72, wide=(2,))
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        header.resizeSection(6, metrics.horizontalAdvance("當前政府重大政策") + 16)
        state = ctx.qsettings.value(_HEADER_KEY)
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
        # Course titles are long: they take the rest of the width (and elide in the middle),
        # so the table does not scroll sideways at 1100 × 700 in English (also after a
        # header saved before).
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.count_label = QLabel()
        hint = QLabel(self.tr("外部時數計入學習結束日期所在的年度。"))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年度")))
        top.addWidget(self.year_combo)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        top.addWidget(self.import_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        # Read on a reader thread, dropped when the user leaves; the banner shows meanwhile.
        self.load = Load(self.ctx.runner, self)
        loading_state(self.table, self.load)
        self.refresh()

    def year(self) -> int | None:
        data = self.year_combo.currentData()
        return None if data is None else int(data)

    # --- loading ---------------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        db, year = self.ctx.db, self.year()
        self.count_label.setText(self.tr("讀取中…"))

        def work(progress: Progress) -> list[ExternalRow]:
            return load_rows(db, year)

        self.load.start(work, lambda rows: self._loaded(rows, select_id), self._failed)

    def _failed(self, exc: BaseException) -> None:
        if not is_refusal(exc):
            raise exc
        self.ctx.prompts.error(self, self.tr("無法讀取外部時數"), refusal_text(exc))

    def _loaded(self, rows: list[ExternalRow], select_id: int | None) -> None:
        self._all = rows
        self.apply_search(select_id)

    def apply_search(self, select_id: int | None = None) -> None:
        self._timer.stop()
        text = self.search_edit.text().strip().casefold()
        rows = [
            r
            for r in self._all
            if not text
            or text in r.record.name.casefold()
            or text in r.record.employee_no.casefold()
        ]
        self.model.set_rows(rows)
        total = sum(r.record.minutes for r in rows)
        self.count_label.setText(
            self.tr("共 %n 筆，合計 %1 小時", "", len(rows)).replace("%1", hours(total))
        )
        if select_id is not None:
            for row, item in enumerate(self.model.rows()):
                if item.record.id == select_id:
                    self.table.selectRow(row)
                    break
        self._update_buttons()

    def selected(self) -> ExternalView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).record if rows else None

    def _update_buttons(self, *_: object) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # --- actions ---------------------------------------------------------------------------

    def make_dialog(self, record: ExternalView | None) -> ExternalDialog:
        return ExternalDialog(self.ctx, record, self)

    def add_record(self) -> None:
        dialog = self.make_dialog(None)
        if dialog.exec() and dialog.saved is not None:
            self._show_saved(dialog.saved)

    def edit_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        dialog = self.make_dialog(record)
        if dialog.exec() and dialog.saved is not None:
            self._show_saved(dialog.saved)

    def _show_saved(self, record: ExternalView) -> None:
        # Show the year the record counts in, so a record typed for last year is found.
        index = self.year_combo.findData(record.end_date.year)
        if self.year() is not None and index >= 0 and index != self.year_combo.currentIndex():
            self.year_combo.blockSignals(True)
            self.year_combo.setCurrentIndex(index)
            self.year_combo.blockSignals(False)
        self.refresh(record.id)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_selected()

    def delete_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        question = (
            self.tr("刪除 %1（%2）的外部時數「%3」（%4 小時）？")
            .replace("%1", record.name)
            .replace("%2", record.employee_no)
            .replace("%3", record.title)
            .replace("%4", hours(record.minutes))
        )
        if not self.ctx.prompts.confirm(self, self.tr("刪除外部時數"), question):
            return
        try:
            external.delete_external(self.ctx.db, record.id)
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self.ctx.prompts.error(self, self.tr("無法刪除"), refusal_text(exc))
        self.refresh()

    def import_kind(self) -> ImportKind:
        return ImportKind(
            title=self.tr("匯入外部時數"),
            kind="external-hours",
            template_file=self.tr("外部時數匯入範本.xlsx"),
            browse_title=self.tr("選擇外部時數檔案"),
        )

    def make_import_dialog(self) -> ImportDialog:
        return ImportDialog(self.ctx, self, self.import_kind())

    def import_records(self) -> None:
        dialog = self.make_import_dialog()
        if dialog.exec() and dialog.imported is not None:
            self.refresh()

    def save_state(self) -> None:
        self.ctx.qsettings.setValue(_HEADER_KEY, self.table.horizontalHeader().saveState())
