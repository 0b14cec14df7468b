"""The 平時考核 page (R13): one period of a year — everyone in scope with appraiser, status,
timeliness, the level of each item and the facts — filtered by unit and status.

Entry from the keyboard, like the attendance grid: on an item cell the keys of the scale
(A–E) set the level and Delete clears it, then the cursor moves down, so a column is typed
in one go; F2 or typing on 優劣事實 edits the facts. 標記已填 / 標記已核 / 退回未填 act on
the selected rows (facts are required before 已填: the service names whoever lacks them).
Overdue rows stand out in red. The period is read in the background and shown 500 rows at
a time; each typed cell is one small save of one record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.appraisal.vocabulary import InterimStatus
from hrplanner.services.appraisal import cycle, interim
from hrplanner.services.appraisal.interim import (
    InterimEntry,
    InterimFilter,
    InterimList,
    InterimRow,
    PeriodInfo,
)
from hrplanner.services.common import reference
from hrplanner.ui.appraisal.common import FormPrinter, fill_years, make_import_dialog, roc, term
from hrplanner.ui.appraisal.interim_model import InterimModel
from hrplanner.ui.shell.loading import loading_state
from hrplanner.ui.shell.navigation import quiet, select_data
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.prompts import workbook_filter
from hrplanner.ui.shell.tasks import Load, Progress
from hrplanner.ui.shell.widgets import fill_combo
from hrplanner.ui.training.models import is_refusal, refusal_text

CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class LevelView(QTableView):
    """Single letters on an item cell become that cell's level (``on_key``)."""

    def __init__(self, on_key: Callable[[str], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_key = on_key

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if self.state() != QAbstractItemView.State.EditingState and (
            modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        ):
            key = "" if event.key() in CLEAR_KEYS else event.text().strip().upper()
            if (key or event.key() in CLEAR_KEYS) and self._on_key(key):
                event.accept()
                return
        super().keyPressEvent(event)


class InterimPage(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.data: InterimList | None = None
        self.printer = FormPrinter(ctx, self)

        self.year_combo = QComboBox()
        self.period_combo = QComboBox()
        self.unit_combo = QComboBox()
        self.status_combo = QComboBox()
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("開辦年度…"))
        self.open_button.setToolTip(self.tr("設定年度的平時考核期別、截止日期與考核名單"))
        self.import_button = QPushButton(self.tr("匯入平時考核…"))
        self.export_button = QPushButton(self.tr("匯出…"))
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("列印紀錄表"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.print_button)
        self.print_selected_action = menu.addAction(self.tr("所選人員（已填內容）"))
        self.print_unit_blank_action = menu.addAction(self.tr("本單位（空白，供主管填寫）"))
        self.print_unit_filled_action = menu.addAction(self.tr("本單位（已填內容）"))
        self.print_button.setMenu(menu)
        self.fill_button = QPushButton(self.tr("標記已填"))
        self.confirm_button = QPushButton(self.tr("標記已核"))
        self.reopen_button = QPushButton(self.tr("退回未填"))
        self.appraiser_button = QPushButton(self.tr("考核人…"))
        self.hint = QLabel(
            self.tr("按鍵：A–E 評定所選項目的等級，Delete 清除；在「優劣事實」欄按 F2 輸入事實。")
        )
        self.hint.setWordWrap(True)
        self.hint.setMinimumWidth(1)
        self.summary_label.setMinimumWidth(1)

        self.model = InterimModel(self._write, ctx.date_style, self)
        self.table = LevelView(self.apply_key)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)

        self.year_combo.currentIndexChanged.connect(lambda _i: self._year_changed())
        self.period_combo.currentIndexChanged.connect(self.refresh)
        self.unit_combo.currentIndexChanged.connect(self.refresh)
        self.status_combo.currentIndexChanged.connect(self.refresh)
        self.open_button.clicked.connect(self.open_year)
        self.import_button.clicked.connect(self.import_records)
        self.export_button.clicked.connect(self.export)
        self.print_selected_action.triggered.connect(lambda _=False: self.print_forms("selected"))
        self.print_unit_blank_action.triggered.connect(lambda _=False: self.print_forms("blank"))
        self.print_unit_filled_action.triggered.connect(lambda _=False: self.print_forms("unit"))
        self.fill_button.clicked.connect(lambda: self.set_status(InterimStatus.FILLED.value))
        self.confirm_button.clicked.connect(lambda: self.set_status(InterimStatus.CONFIRMED.value))
        self.reopen_button.clicked.connect(lambda: self.set_status(InterimStatus.NOT_FILLED.value))
        self.appraiser_button.clicked.connect(self.choose_appraiser)

        top = QHBoxLayout()
        for label, widget in (
            (self.tr("年度"), self.year_combo),
            (self.tr("期別"), self.period_combo),
            (self.tr("單位"), self.unit_combo),
            (self.tr("狀態"), self.status_combo),
        ):
            top.addWidget(QLabel(label))
            top.addWidget(widget)
        top.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.summary_label, 1)
        for button in (self.open_button, self.import_button, self.print_button, self.export_button):
            actions.addWidget(button)
        bottom = QHBoxLayout()
        for button in (
            self.fill_button,
            self.confirm_button,
            self.reopen_button,
            self.appraiser_button,
        ):
            bottom.addWidget(button)
        bottom.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._fill_filters()
        # Read on a reader thread, dropped when the user leaves; the banner shows meanwhile.
        self.load = Load(self.ctx.runner, self)
        loading_state(self.table, self.load)
        self.periods = Load(self.ctx.runner, self)  # the year's periods, read off-thread
        self._periods_year: int | None = None  # the year the period combo holds
        self.fill_years()

    # --- choices -------------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        units = reference.list_items(self.ctx.db, "unit")
        fill_combo(
            self.unit_combo, [(self.tr("全部單位"), None), *((u.name, u.name) for u in units)]
        )
        statuses = [s.value for s in InterimStatus] + ["逾期未填"]
        fill_combo(
            self.status_combo, [(self.tr("全部狀態"), None), *((term(s), s) for s in statuses)]
        )

    def fill_years(self, current: int | None = None) -> None:
        opened = cycle.opened_years(self.ctx.db)
        this_year = self.today().year
        fill_years(self.year_combo, this_year, opened, current or (opened[0] if opened else None))
        self._year_changed()

    def year(self) -> int:
        return int(self.year_combo.currentData())

    def period(self) -> int | None:
        value = self.period_combo.currentData()
        return None if value is None else int(value)

    def show_filtered(
        self,
        year: int | None = None,
        period: int | None = None,
        status: str | None = None,
        unit: str | None = None,
        **_: object,
    ) -> None:
        """``navigate("interim", year=…, period=…, status="未填")``."""
        with quiet(self.year_combo, self.unit_combo, self.status_combo):
            if year is not None:
                select_data(self.year_combo, year)
            select_data(self.unit_combo, unit)
            select_data(self.status_combo, status)
        self._year_changed(period)

    def _year_changed(self, period: int | None = None) -> None:
        """The year's periods, read on a reader thread; another year's list and periods
        are not shown meanwhile (the same year's stay)."""
        db, year = self.ctx.db, self.year()
        if year != self._periods_year:
            self.load.abandon()
            self.data = None
            self.model.set_rows([], self.model.template)
            self._periods_year = None
            fill_combo(self.period_combo, [])
            self.summary_label.setText(self.tr("讀取中…"))
            self._update_buttons()
        self.periods.start(
            lambda _p: interim.periods(db, year),
            lambda found: self._show_periods(year, found, period),
            self._failed,
        )

    def _show_periods(self, year: int, periods: list[PeriodInfo], period: int | None) -> None:
        if year != self.year():
            return  # another year was chosen meanwhile
        today = self.today()
        current = next((p.number for p in periods if p.due >= today), None)
        if current is None and periods:
            current = periods[-1].number
        if period is not None and any(p.number == period for p in periods):
            current = period
        fill_combo(
            self.period_combo,
            [
                (
                    self.tr("第 %1 期（%2 前）")
                    .replace("%1", str(p.number))
                    .replace("%2", f"{p.due.month}/{p.due.day}"),
                    p.number,
                )
                for p in periods
            ],
            current,
        )
        self._periods_year = year
        self.refresh()

    # --- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._periods_year != self.year():
            if not self.periods.running:  # abandoned when the user left the page
                self._year_changed()
            return  # the periods arriving show the list
        number = self.period()
        if number is None:
            self.load.abandon()  # an older period's list must not arrive after this
            self.data = None
            self.model.set_rows([], self.model.template)
            self.summary_label.setText(
                self.tr("%1 年度尚未開辦平時考核：請按「開辦年度…」。").replace(
                    "%1", str(roc(self.year()))
                )
            )
            self._update_buttons()
            return
        db, year, today = self.ctx.db, self.year(), self.today()
        flt = InterimFilter(
            unit=self.unit_combo.currentData(), status=self.status_combo.currentData()
        )
        self.summary_label.setText(self.tr("讀取中…"))

        def work(progress: Progress) -> InterimList:
            return interim.list_interim(db, year, number, today=today, flt=flt)

        self.load.start(work, self._show, self._failed)

    def _show(self, data: InterimList) -> None:
        self.data = data
        self.model.set_rows(data.rows, data.template)
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        titles = [
            metrics.horizontalAdvance(str(self.model.headerData(c, Qt.Orientation.Horizontal)))
            for c in range(self.model.columnCount())
        ]
        items = [c for c in range(self.model.columnCount()) if self.model.item_column(c)]
        # An item's column holds one letter: the widest item title and a little margin, the
        # same for every item (the whole name is the title's tooltip).
        item_width = max([titles[c] + 12 for c in items], default=40)
        for column, title in enumerate(titles):
            width = item_width if column in items else max(52, title + 18)
            header.resizeSection(column, width)
        header.resizeSection(2, metrics.horizontalAdvance("教育處國民教育科") + 16)
        header.resizeSection(1, metrics.horizontalAdvance("歐陽雅琪") + 18)
        # The status fits its longest word (Not filled / 未填), not two words side by side.
        longest = max(metrics.horizontalAdvance(term(s.value)) for s in InterimStatus)
        header.resizeSection(4, max(52, longest + 18))
        header.resizeSection(5, metrics.horizontalAdvance("逾期完成 115/08/31") + 18)
        self._update_summary()
        self._update_buttons()

    def _update_summary(self) -> None:
        if self.data is None:
            return
        rows = self.model.all_rows()
        p = self.data.period
        open_rows = sum(1 for r in rows if r.status == InterimStatus.NOT_FILLED.value)
        overdue = sum(1 for r in rows if r.overdue)
        text = (
            self.tr(
                "第 %1 期（%2 月至 %3 月），截止日期 %4：共 %5 人，未填 %6 人，逾期未填 %7 人。"
            )
            .replace("%1", str(p.number))
            .replace("%2", str(p.start.month))
            .replace("%3", str(p.end.month))
            .replace("%4", f"{roc(p.due.year)}/{p.due.month:02d}/{p.due.day:02d}")
            .replace("%5", str(len(rows)))
            .replace("%6", str(open_rows))
            .replace("%7", str(overdue))
        )
        self.summary_label.setText(text)

    def _failed(self, exc: BaseException) -> None:
        if not is_refusal(exc):
            raise exc
        self.summary_label.setText("")
        self.ctx.prompts.error(self, self.tr("無法讀取平時考核"), refusal_text(exc))

    def _update_buttons(self) -> None:
        has = self.data is not None and bool(self.model.rowCount())
        for widget in (
            self.fill_button,
            self.confirm_button,
            self.reopen_button,
            self.appraiser_button,
            self.print_button,
            self.export_button,
        ):
            widget.setEnabled(has)

    # --- entering ------------------------------------------------------------------------------

    def _entry(self, row: InterimRow, **changes: Any) -> InterimEntry:
        levels = dict(row.levels)
        levels.update(changes.pop("levels", {}))
        values: dict[str, Any] = {
            "status": row.status,
            "levels": levels,
            "facts": row.facts,
            "appraiser_id": row.appraiser_id,
        }
        values.update(changes)
        return InterimEntry(**values)

    def _save(self, row: InterimRow, entry: InterimEntry) -> InterimRow:
        return interim.save_interim(
            self.ctx.db, row.id, entry, version=row.version, today=self.today()
        )

    def _write(self, row: InterimRow, item: str | None, text: str) -> InterimRow | None:
        """Save one typed cell (a level, or the facts); None when refused (shown)."""
        entry = self._entry(row, levels={item: text}) if item else self._entry(row, facts=text)
        try:
            saved = self._save(row, entry)
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self.ctx.prompts.error(self, self.tr("無法儲存平時考核"), refusal_text(exc))
            return None
        self._update_summary()
        return saved

    def apply_key(self, key: str) -> bool:
        """A key on an item cell: set (or with Delete clear) its level, move down. False when
        the key is not for us (another column, a letter outside the scale)."""
        index = self.table.currentIndex()
        if not index.isValid():
            return False
        item = self.model.item_column(index.column())
        if item is None or (key and key not in self.model.template.level_codes):
            return False
        row = self.model.row_at(index.row())
        if not self.model.rated(row, item):
            return True  # 領導協調 of a non-supervisor: nothing to set
        if self.model.setData(index, key) and index.row() + 1 < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(index.row() + 1, index.column()))
        return True

    def selected_rows(self) -> list[int]:
        rows = {i.row() for i in self.table.selectionModel().selectedIndexes()}
        if not rows and self.table.currentIndex().isValid():
            rows = {self.table.currentIndex().row()}
        return sorted(rows)

    def set_status(self, status: str) -> None:
        """Give the selected rows ``status``; every refusal is named, the others are saved."""
        problems: list[str] = []
        for number in self.selected_rows():
            row = self.model.row_at(number)
            if row.status == status:
                continue
            try:
                self.model.replace_row(number, self._save(row, self._entry(row, status=status)))
            except Exception as exc:
                if not is_refusal(exc):
                    raise
                problems.append(f"{row.name}（{row.employee_no}）：{refusal_text(exc)}")
        self._update_summary()
        if problems:
            self.ctx.prompts.error(self, self.tr("部分紀錄未能變更狀態"), "\n".join(problems))

    def choose_appraiser(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        from hrplanner.services.staff import roster

        unit = self.model.row_at(rows[0]).unit
        people = [
            p
            for p in roster.search(self.ctx.db, roster.StaffFilter(status="在職"))
            if p.unit == unit or p.title.endswith(("長", "主任"))
        ]
        labels = {f"{p.name}（{p.employee_no}，{p.unit}）": p.id for p in people}
        chosen = self.ctx.prompts.choose(
            self, self.tr("考核人"), self.tr("選擇考核人"), list(labels)
        )
        if chosen is None:
            return
        problems = []
        for number in rows:
            row = self.model.row_at(number)
            try:
                entry = self._entry(row, appraiser_id=labels[chosen])
                self.model.replace_row(number, self._save(row, entry))
            except Exception as exc:
                if not is_refusal(exc):
                    raise
                problems.append(f"{row.name}：{refusal_text(exc)}")
        if problems:
            self.ctx.prompts.error(self, self.tr("部分紀錄未能變更考核人"), "\n".join(problems))

    # --- year, import, print, export -----------------------------------------------------------

    def open_year(self) -> None:
        from hrplanner.ui.appraisal.open_dialog import OpenYearDialog

        dialog = OpenYearDialog(self.ctx, self, year=self.year(), today=self.today)
        if dialog.exec() and dialog.report is not None:
            self.fill_years(dialog.report.year)

    def import_records(self) -> None:
        dialog = make_import_dialog(self.ctx, self, "interim")
        if dialog.exec() and dialog.imported is not None:
            self.refresh()

    def print_forms(self, which: str) -> None:
        number = self.period()
        if number is None:
            return
        options: dict[str, Any] = {"today": self.today()}
        rows = self.selected_rows()
        if which == "selected":
            if len(rows) != 1:
                self.ctx.prompts.info(self, self.tr("列印紀錄表"), self.tr("請先選擇一位人員。"))
                return
            options["employee"] = self.model.row_at(rows[0]).employee_no
        else:
            unit = self.unit_combo.currentData() or (
                self.model.row_at(rows[0]).unit if rows else None
            )
            if unit is None:
                self.ctx.prompts.info(self, self.tr("列印紀錄表"), self.tr("請先選擇單位或人員。"))
                return
            options["unit"] = unit
            options["blank"] = which == "blank"
        title = self.tr("平時成績考核紀錄表")
        self.printer.print_form(
            "appraisal-form",
            title,
            f"{title}.pdf",
            year=self.year(),
            period=number,
            options=options,
        )

    def export(self) -> None:
        from hrplanner.services import catalogue

        suggested = self.tr("%1年度平時考核.xlsx").replace("%1", str(roc(self.year())))
        path = self.ctx.prompts.save_file(
            self, self.tr("匯出平時考核"), suggested, workbook_filter()
        )
        if path is None:
            return
        kind = catalogue.export_kind("interim")
        assert kind is not None
        request = catalogue.FileRequest(
            year=self.year(), period=self.period(), options={"today": self.today()}
        )
        self.ctx.runner.run(
            lambda _p: kind.run(self.ctx.db, Path(path), request),
            on_done=lambda done: self.ctx.prompts.info(self, self.tr("匯出平時考核"), done.summary),
            on_error=self._failed,
        )
