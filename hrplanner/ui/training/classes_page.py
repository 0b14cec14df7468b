"""The 訓練班期 page: the year's classes (status 規劃中 … 已登錄時數), add / edit / copy to
next year / cancel, and below the list the selected class's enrollment and attendance.

The year's list is one service call; opening a class reads its enrollees and its attendance
grid in a handful of set-based queries, so even a class of 200 feels instant.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.rocdate import format_date, roc_year
from hrplanner.services.training import classes, closing
from hrplanner.services.training.classes import ClassDetail
from hrplanner.services.training.views import ClassSummary
from hrplanner.ui.exports.page import RegistrationDue
from hrplanner.ui.shell.loading import loading_state
from hrplanner.ui.shell.navigation import quiet, select_data
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.tasks import Load, Progress
from hrplanner.ui.shell.widgets import debounce
from hrplanner.ui.survey.panel import SurveyPanel
from hrplanner.ui.training.attendance_grid import AttendanceGridWidget
from hrplanner.ui.training.class_dialog import ClassDialog
from hrplanner.ui.training.enrollment_panel import EnrollmentPanel
from hrplanner.ui.training.imports import TrainingImports
from hrplanner.ui.training.models import (
    RowsModel,
    class_columns,
    fit_columns,
    hours,
    is_refusal,
    refusal_text,
    term,
)
from hrplanner.ui.training.print_actions import PrintActions

if TYPE_CHECKING:
    from hrplanner.services.calendar.office_calendar import AgendaItem
    from hrplanner.storage.database import Database

_HEADER_KEY = "classes_page/header"
_SPLIT_KEY = "classes_page/splitter"
YEARS_BACK = 10


def next_year_code(code: str) -> str:
    """The code of next year's edition: a leading ROC year moves on (112-012 → 113-012)."""
    match = re.match(r"^(\d{2,3})(\D.*)$", code)
    if match:
        return f"{int(match[1]) + 1}{match[2]}"
    return f"{code}-next"


class ClassesPage(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.detail: ClassDetail | None = None
        self._quiet = False  # set while the list is rebuilt: selection signals are ignored

        self.year_combo = QComboBox()
        this_year = today().year
        self.year_combo.addItem(self.tr("全部年度"), None)
        for year in range(this_year + 1, this_year - YEARS_BACK - 1, -1):
            self.year_combo.addItem(
                self.tr("%1 年度").replace("%1", str(roc_year(dt.date(year, 1, 1)))), year
            )
        self.year_combo.setCurrentIndex(self.year_combo.findData(this_year))
        # currentIndexChanged(int) must not become refresh's keep_id.
        self.year_combo.currentIndexChanged.connect(lambda _index: self.refresh())
        # The home page's views (R20): only the classes one of its items counts.
        self.view_combo = QComboBox()
        self.view_combo.addItem(self.tr("全部班期"), None)
        self.view_combo.addItem(self.tr("待登錄時數"), "registration")
        self.view_combo.addItem(self.tr("本週上課"), "week")
        self.view_combo.addItem(self.tr("待核發證書"), "uncertified")
        self.view_combo.currentIndexChanged.connect(self._view_changed)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("搜尋班期代碼或課程名稱"))
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = debounce(self, 250, self.refresh)
        self.search_edit.textChanged.connect(self._search_timer.start)

        self.add_button = QPushButton(self.tr("新增班期…"))
        self.edit_button = QPushButton(self.tr("編輯…"))
        self.copy_button = QPushButton(self.tr("複製到下一年度"))
        self.cancel_button = QPushButton(self.tr("取消班期"))
        self.register_button = QPushButton(self.tr("標記已登錄"))
        self.register_button.setToolTip(
            self.tr("將選取的已結訓班期標記為今天已在終身學習入口網站登錄時數（可多選）")
        )
        self.register_button.clicked.connect(self.mark_selected_registered)
        self.add_button.clicked.connect(self.add_class)
        self.edit_button.clicked.connect(self.edit_selected)
        self.copy_button.clicked.connect(self.copy_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        # 列印 menu of the selected class (簽到表, 研習證明書, 成績冊, 滿意度調查表).
        self.print_actions = PrintActions(
            ctx, self, lambda: self.detail.summary.code if self.detail else None, today
        )
        self.print_button = self.print_actions.button()
        self.imports = TrainingImports(ctx, self, lambda: self.refresh())
        self.import_button = self.imports.button()
        self.count_label = QLabel()

        # R11: the hours-registration due date of ended classes, overdue ones in red.
        self.due = RegistrationDue(ctx, today)
        self.model: RowsModel[ClassSummary] = RowsModel(
            [*class_columns(ctx.date_style), self.due.column()], self
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        # The list is read on a reader thread; the banner shows while it comes.
        self.load = Load(ctx.runner, self)
        loading_state(self.table, self.load)
        self.detail_load = Load(ctx.runner, self)  # the selected class, read the same way
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the service's order
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several classes can be selected (標記已登錄); the one under the cursor is shown below.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        fit_columns(self.table, 56)
        # Codes, dates and seats fit their longest usual value, so that 課程名稱 (which
        # stretches) gets the rest of the width at 1100 × 700.
        metrics = self.table.fontMetrics()
        samples = ((0, "115-300A"), (2, "初任人員訓練"), (3, "In-house"), (4, "115/09/28"),
                   (5, "115/09/28"), (6, "99.5"), (7, "999/999 (+99)"),
                   (9, "115/09/28"))  # fmt: skip
        for column, sample in samples:
            # The value decides; a longer title (English) elides, its tooltip tells it all.
            header.resizeSection(column, max(56, metrics.horizontalAdvance(sample) + 20))
        # The status column fits its longest word (已登錄時數; "To be closed" in English).
        statuses = ("已登錄時數", "報名中", "待結訓", "已結訓", "已取消")
        longest = max(self.table.fontMetrics().horizontalAdvance(term(x)) for x in statuses)
        header.resizeSection(8, max(header.sectionSize(8), longest + 24))
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        state = ctx.qsettings.value(_HEADER_KEY)
        if state is not None:
            header.restoreState(state)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(lambda _: self.edit_selected())

        self.class_label = QLabel()
        self.class_label.setWordWrap(True)
        self.enrollment = EnrollmentPanel(ctx, self, today=today)
        self.attendance = AttendanceGridWidget(ctx, self, today=today)
        self.enrollment.changed.connect(self._on_class_changed)
        self.attendance.changed.connect(self._on_class_changed)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.enrollment, self.tr("報名"))
        self.tabs.addTab(self.attendance, self.tr("出席與結訓"))
        # R19: the class's satisfaction survey (ui.survey), read only when its tab is shown.
        self.survey = SurveyPanel(ctx, self, today=today)
        self.tabs.addTab(self.survey, self.tr("滿意度"))
        self.tabs.currentChanged.connect(lambda _: self._show_class_tabs())
        loading_state(self.tabs, self.detail_load)

        # Two rows, the filters and then the class actions: in English one row needs
        # about 970 px, more than the page has in a 1100-pixel window.
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年度")))
        top.addWidget(self.year_combo)
        top.addWidget(self.view_combo)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.import_button)
        top.addWidget(self.print_button)
        actions_row = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.copy_button,
            self.cancel_button,
            self.register_button,
        ):
            actions_row.addWidget(button)
        actions_row.addStretch(1)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addLayout(actions_row)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addWidget(self.count_label)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.class_label)
        lower_layout.addWidget(self.tabs, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        split = ctx.qsettings.value(_SPLIT_KEY)
        if split is not None:
            self.splitter.restoreState(split)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.refresh()

    # --- the list ----------------------------------------------------------------------

    def year(self) -> int | None:
        data = self.year_combo.currentData()
        return None if data is None else int(data)

    def view(self) -> str | None:
        data = self.view_combo.currentData()
        return None if data is None else str(data)

    @staticmethod
    def _view_codes(view: str | None, db: Database, today: dt.date) -> list[str] | None:
        """The codes a home-page view lists (a query: called on the reader thread)."""
        from hrplanner.services.home import summary as home

        if view == "registration":
            return home.registration_codes(db, today)
        if view == "week":
            return home.week_class_codes(db, today)
        if view == "uncertified":
            return home.uncertified_class_codes(db, today)
        return None

    def _view_changed(self) -> None:
        if self.view() is not None:  # a view spans the years: what is due may be old
            with quiet(self.year_combo):
                select_data(self.year_combo, None)
        self.refresh()

    def show_filtered(self, view: str | None = None, year: int | None = None, **_: object) -> None:
        """``navigate("classes", view=…)``: registration / week / uncertified (all years)."""
        with quiet(self.view_combo, self.year_combo, self.search_edit):
            select_data(self.view_combo, view)
            select_data(self.year_combo, None if view else (year or self.today().year))
            self.search_edit.clear()
        self.refresh()

    def refresh(self, keep_id: int | None = None) -> None:
        """Re-read the year's classes; keep (or select) ``keep_id``."""
        self._search_timer.stop()
        if keep_id is None and self.detail is not None:
            keep_id = self.detail.summary.id
        db, year, today = self.ctx.db, self.year(), self.today()
        text, due, view = self.search_edit.text() or None, self.due, self.view()

        def work(_progress: Progress) -> tuple[list[ClassSummary], dict[str, AgendaItem]]:
            # A reader thread: the list and the deadlines, nothing touching a widget.
            codes = self._view_codes(view, db, today)
            return list(classes.list_classes(db, year, today, text, codes)), due.read()

        self.load.start(work, lambda result: self._loaded(*result, keep_id=keep_id))

    def _loaded(
        self,
        rows: list[ClassSummary],
        deadlines: dict[str, AgendaItem],
        keep_id: int | None,
    ) -> None:
        self.due.items = deadlines
        self._quiet = True
        try:
            self.model.set_rows(rows)
        finally:
            self._quiet = False
        self.count_label.setText(self.tr("共 %n 個班期", "", len(rows)))
        if keep_id is None or not self.select_id(keep_id):
            self._open(None)
        self._update_buttons()

    def select_id(self, class_id: int) -> bool:
        for row, summary in enumerate(self.model.rows()):
            if summary.id == class_id:
                index = self.model.index(row, 0)
                self._quiet = True
                try:
                    self.table.selectRow(index.row())
                finally:
                    self._quiet = False
                self.table.scrollTo(index)
                self._open(class_id)
                self._update_buttons()
                return True
        return False

    def selected(self) -> ClassSummary | None:
        """The class shown below: the current row when it is selected, else the first."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        current = self.table.currentIndex()
        chosen = [r.row() for r in rows]
        row = current.row() if current.isValid() and current.row() in chosen else min(chosen)
        return self.model.row_at(row)

    def selected_all(self) -> list[ClassSummary]:
        rows = sorted(r.row() for r in self.table.selectionModel().selectedRows())
        return [self.model.row_at(r) for r in rows]

    def _on_selection(self, *_: QItemSelection) -> None:
        if self._quiet:
            return
        summary = self.selected()
        if summary is None:
            self._open(None)
        elif self.detail is None or self.detail.summary.id != summary.id:
            self._open(summary.id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        summary = self.selected()
        chosen = self.selected_all()
        # Edit, copy and cancel act on one class; several selected are for 標記已登錄.
        for button in (self.edit_button, self.copy_button, self.cancel_button):
            button.setEnabled(summary is not None and len(chosen) == 1)
        self.register_button.setEnabled(any(c.status == "已結訓" for c in chosen))
        if summary is not None:
            cancelled = summary.status == "已取消"
            self.cancel_button.setText(self.tr("恢復班期") if cancelled else self.tr("取消班期"))

    # --- the selected class --------------------------------------------------------------

    def _open(self, class_id: int | None) -> None:
        if class_id is None:
            self.detail_load.abandon()
            self._show_detail(None)
            return
        db, today = self.ctx.db, self.today()
        self.detail_load.start(
            lambda _p: classes.open_class(db, class_id, today), self._show_detail
        )

    def _show_detail(self, detail: ClassDetail | None) -> None:
        self.detail = detail
        d = self.detail
        if d is None:
            self.class_label.setText(self.tr("請在上方選擇一個班期。"))
        else:
            s = d.summary
            dates = format_date(s.start_date, self.ctx.date_style)
            if s.end_date and s.end_date != s.start_date:
                dates += " – " + format_date(s.end_date, self.ctx.date_style)
            self.class_label.setText(
                self.tr("<b>%1 %2</b>　%3　%4 場，%5 小時　%6")
                .replace("%1", s.code)
                .replace("%2", s.title)
                .replace("%3", dates)
                .replace("%4", str(len(d.sessions)))
                .replace("%5", hours(s.total_minutes))
                .replace("%6", term(s.status))
            )
        self.tabs.setEnabled(d is not None)
        self._show_class_tabs()

    def _show_class_tabs(self) -> None:
        # Only the visible tab reads its data; the other catches up when shown.
        d = self.detail
        if self.tabs.currentWidget() is self.enrollment:
            self.enrollment.set_class(d)
        elif self.tabs.currentWidget() is self.survey:
            self.survey.set_class(*((d.summary.id, d.summary.code) if d else (None, None)))
        else:
            self.attendance.set_class(None if d is None else d.summary.id)

    def _on_class_changed(self) -> None:
        self.refresh(None if self.detail is None else self.detail.summary.id)

    # --- actions -----------------------------------------------------------------------

    def make_dialog(self, detail: ClassDetail | None) -> ClassDialog:
        return ClassDialog(self.ctx, detail, self)

    def add_class(self) -> None:
        dialog = self.make_dialog(None)
        if dialog.exec() and dialog.result_detail is not None:
            self._show_year_of(dialog.result_detail)
            self.refresh(dialog.result_detail.summary.id)

    def edit_selected(self) -> None:
        summary = self.selected()
        if summary is None:
            return
        try:
            detail = classes.open_class(self.ctx.db, summary.id, self.today())
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self.ctx.prompts.error(self, self.tr("無法開啟班期"), refusal_text(exc))
            self.refresh()
            return
        dialog = self.make_dialog(detail)
        if dialog.exec():
            self.refresh(summary.id)

    def copy_selected(self) -> None:
        summary = self.selected()
        if summary is None:
            return
        code = next_year_code(summary.code)
        question = self.tr("將「%1 %2」複製為下一年度的班期「%3」（場次日期延後一年，不含報名）？")
        if not self.ctx.prompts.confirm(
            self,
            self.tr("複製班期"),
            question.replace("%1", summary.code).replace("%2", summary.title).replace("%3", code),
        ):
            return
        try:
            detail = classes.copy_class(self.ctx.db, summary.id, code)
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self.ctx.prompts.error(self, self.tr("無法複製班期"), refusal_text(exc))
            return
        self._show_year_of(detail)
        self.refresh(detail.summary.id)

    def cancel_selected(self) -> None:
        summary = self.selected()
        if summary is None:
            return
        restore = summary.status == "已取消"
        if not restore and not self.ctx.prompts.confirm(
            self,
            self.tr("取消班期"),
            self.tr("確定取消班期「%1 %2」？")
            .replace("%1", summary.code)
            .replace("%2", summary.title),
        ):
            return
        try:
            classes.cancel_class(self.ctx.db, summary.id, not restore)
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self.ctx.prompts.error(self, self.tr("無法取消班期"), refusal_text(exc))
        self.refresh(summary.id)

    def mark_selected_registered(self) -> None:
        """標記已登錄 for every selected closed class at once (R11), dated today."""
        chosen = [c for c in self.selected_all() if c.status == "已結訓"]
        if not chosen:
            return
        day = self.today()
        codes = "、".join(c.code for c in chosen[:10]) + ("…" if len(chosen) > 10 else "")
        question = (
            self.tr("將 %n 個班期標記為已於 %1 登錄終身學習時數？", "", len(chosen)).replace(
                "%1", format_date(day, self.ctx.date_style)
            )
            + "\n"
            + codes
        )
        if not self.ctx.prompts.confirm(self, self.tr("標記已登錄"), question):
            return
        try:
            closing.mark_registered_many(self.ctx.db, [c.id for c in chosen], day)
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self.ctx.prompts.error(self, self.tr("無法標記已登錄"), refusal_text(exc))
            return
        self.refresh()

    def _show_year_of(self, detail: ClassDetail) -> None:
        end = detail.summary.end_date
        year = self.year()
        if end is not None and year is not None and end.year != year:
            index = self.year_combo.findData(end.year)
            self.year_combo.blockSignals(True)
            self.year_combo.setCurrentIndex(index if index >= 0 else 0)
            self.year_combo.blockSignals(False)

    def save_state(self) -> None:
        self.ctx.qsettings.setValue(_HEADER_KEY, self.table.horizontalHeader().saveState())
        self.ctx.qsettings.setValue(_SPLIT_KEY, self.splitter.saveState())
