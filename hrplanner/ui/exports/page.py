"""The 報表 page: every Excel export of SPEC §3.2 with its year / class parameters, run in the
background with progress and cancel; the import templates (下載匯入範本) of every import kind
and the online sign-up import; and 時數登錄 (R11): the classes whose hours await
registration on the portal, with their due dates (overdue in red), and 標記已登錄.

Exports are declared once as data (``EXPORTS``); each calls its service with the chosen
year and class. A cancelled export leaves no file behind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.rocdate import format_date, parse_date, roc_year
from hrplanner.i18n import _
from hrplanner.services import catalogue
from hrplanner.services.catalogue import Done, FileKind, FileRequest, Hooks
from hrplanner.ui.exports.portal_widgets import PortalExtras, unencodable_choice
from hrplanner.ui.shell.loading import loading_state
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.prompts import workbook_filter
from hrplanner.ui.shell.tasks import Cancelled, Load, Progress, Task
from hrplanner.ui.shell.translators import QT_TRANSLATE_NOOP
from hrplanner.ui.training.models import Column, is_refusal, refusal_text

if TYPE_CHECKING:
    from hrplanner.services.calendar.office_calendar import AgendaItem
    from hrplanner.services.exports.portal import PortalFormat
    from hrplanner.services.training.views import ClassSummary

# Imported with the page, in the background (``MainWindow``): the page uses them at once.
PRELOAD = (
    "hrplanner.services.exports.portal",
    "hrplanner.services.exports.portal_layout",
    "hrplanner.services.imports.templates",
    "hrplanner.services.calendar.office_calendar",
    "hrplanner.services.plans.editing",
    "hrplanner.services.training.classes",
)
CTX = "ReportsPage"
YEARS_BACK = 10
OVERDUE_BG = QColor("#fde2e1")
OVERDUE_FG = QColor("#b00020")


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _hooks(progress: Progress) -> Hooks:
    """The runner's progress and cancel callbacks, fed from the task's ``Progress``."""

    def report(done: int, total: int | None) -> None:
        progress.report(done, total or 0)

    return Hooks(report, lambda: progress.cancelled)


def done_text(done: Done) -> str:
    """What the user reads after an export: the summary, then the notice and warnings."""
    return "\n".join([done.summary, *([done.notice] if done.notice else []), *done.warnings])


@dataclass
class _Listed:
    """What the page lists, read together on a reader thread."""

    portal: PortalFormat
    classes: list[ClassSummary]
    plans: list[str]
    due: list[AgendaItem]


class ReportsPage(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.task: Task[str] | None = None
        self.items: list[AgendaItem] = []
        self.last_message = ""
        self._last_export: tuple[FileKind, Path, FileRequest] | None = None

        # --- exports
        self.year_combo = QComboBox()
        this_year = today().year
        for year in range(this_year, this_year - YEARS_BACK - 1, -1):
            self.year_combo.addItem(
                self.tr("%1 年度").replace("%1", str(roc_year(dt.date(year, 1, 1)))), year
            )
        self.class_combo = QComboBox()
        self.year_combo.currentIndexChanged.connect(lambda _index: self.fill_classes())
        self.export_buttons: dict[str, QPushButton] = {}
        parameters = QHBoxLayout()
        parameters.addWidget(QLabel(self.tr("年度")))
        parameters.addWidget(self.year_combo)
        parameters.addWidget(QLabel(self.tr("班期")))
        parameters.addWidget(self.class_combo, 2)
        # The plan of the plan exports (KPI 報表, 計畫執行成果).
        self.plan_combo = QComboBox()
        parameters.addWidget(QLabel(self.tr("計畫")))
        parameters.addWidget(self.plan_combo, 1)
        # The exports in two columns (read down the first, then the second): one column
        # of twelve rows needs some 780 px of height, more than a 700-pixel window has.
        grid = QGridLayout()
        per_column = (len(catalogue.EXPORTS) + 1) // 2
        grid.setColumnMinimumWidth(3, 24)
        for index, kind in enumerate(catalogue.EXPORTS):
            row, column = index % per_column, 4 * (index // per_column)
            title = QLabel(f"<b>{_(kind.title)}</b>")
            button = QPushButton(self.tr("匯出…"))
            button.clicked.connect(lambda _c=False, k=kind: self.export(k))
            self.export_buttons[kind.name] = button
            grid.addWidget(title, row, column)
            grid.addWidget(QLabel(_(catalogue.NEEDS_TEXT[kind.needs])), row, column + 1)
            grid.addWidget(button, row, column + 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(5, 1)
        self.progress = QProgressBar()
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("取消匯出"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        # The portal's layout (its format changes now and then): an agency setting.
        self.portal_columns = QLineEdit()
        self.portal_columns.setToolTip(
            self.tr("依序列出欄位，以逗號分隔；改名請寫「原名=新名」，如「課程代碼=課程編號」。")
        )
        self.portal_date = QComboBox()
        from hrplanner.services.exports.portal import DATE_FORMATS

        for key, render in DATE_FORMATS.items():
            self.portal_date.addItem(render(dt.date(2020, 3, 5)), key)
        self.portal_header_rows = QComboBox()
        self.portal_header_rows.addItem(self.tr("1 列標題"), 1)
        self.portal_header_rows.addItem(self.tr("2 列（加欄位說明）"), 2)
        # SPEC §3.2: one row per person and class; some portals want one per topic.
        self.portal_split = QComboBox()
        self.portal_split.addItem(self.tr("每人每班一列"), False)
        self.portal_split.addItem(self.tr("依學習類別分列"), True)
        self.portal_split.setToolTip(
            self.tr("每人每班一列時，學習類別取該班時數最多的類別；分列則每個學習類別一列。")
        )
        self.portal_save = QPushButton(self.tr("儲存格式"))
        self.portal_save.clicked.connect(self.save_portal_format)
        # Two rows: in English one row would not fit a 1100-pixel window.
        portal_row = QVBoxLayout()
        columns_row = QHBoxLayout()
        columns_row.addWidget(QLabel(self.tr("時數登錄檔欄位")))
        columns_row.addWidget(self.portal_columns, 1)
        options_row = QHBoxLayout()
        options_row.addWidget(QLabel(self.tr("日期")))
        options_row.addWidget(self.portal_date)
        options_row.addWidget(self.portal_header_rows)
        options_row.addWidget(self.portal_split)
        options_row.addStretch(1)
        options_row.addWidget(self.portal_save)
        portal_row.addLayout(columns_row)
        portal_row.addLayout(options_row)
        # Presets (the portal's 104 batch upload), the CSV encoding and the code tables.
        self.portal_extras = PortalExtras(ctx, self)
        self.portal_extras.preset_chosen.connect(self.show_portal_format)
        exports = QGroupBox(self.tr("匯出 Excel 報表"))
        exports_layout = QVBoxLayout(exports)
        exports_layout.addLayout(parameters)
        exports_layout.addLayout(grid)
        exports_layout.addLayout(portal_row)
        exports_layout.addWidget(self.portal_extras)
        exports_layout.addLayout(progress_row)
        exports_layout.addWidget(self.status)

        # --- templates and the sign-up import
        self.template_combo = QComboBox()
        # Long class titles and preset names must not widen the window past 1100 px.
        for combo in (self.class_combo, self.plan_combo, self.template_combo,
                      self.portal_extras.preset):  # fmt: skip
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        self.template_button = QPushButton(self.tr("下載範本…"))
        self.template_button.clicked.connect(self.save_template)
        self.signup_button = QPushButton(self.tr("匯入線上報名表…"))
        self.signup_button.clicked.connect(self.import_signup)
        templates_box = QGroupBox(self.tr("下載匯入範本"))
        templates_row = QHBoxLayout(templates_box)
        templates_row.addWidget(self.template_combo, 1)
        templates_row.addWidget(self.template_button)
        templates_row.addWidget(self.signup_button)

        # --- registration on the portal (R11)
        self.due_table = QTableWidget(0, 4)
        self.due_table.setHorizontalHeaderLabels(
            [self.tr("登錄期限"), self.tr("班期"), self.tr("狀態"), self.tr("說明")]
        )
        self.due_table.verticalHeader().setVisible(False)
        self.due_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.due_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several classes are often registered on the portal in one sitting.
        self.due_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.due_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.date_edit = QLineEdit(format_date(today(), "roc"))
        self.date_edit.setMaximumWidth(120)
        self.mark_button = QPushButton(self.tr("標記已登錄"))
        self.mark_button.clicked.connect(self.mark_registered)
        self.due_label = QLabel()
        mark_row = QHBoxLayout()
        mark_row.addWidget(self.due_label, 1)
        mark_row.addWidget(QLabel(self.tr("登錄日期")))
        mark_row.addWidget(self.date_edit)
        mark_row.addWidget(self.mark_button)
        due_box = QGroupBox(self.tr("待登錄終身學習時數的班期"))
        due_layout = QVBoxLayout(due_box)
        due_layout.addWidget(self.due_table, 1)
        due_layout.addLayout(mark_row)

        layout = QVBoxLayout(self)
        layout.addWidget(exports)
        layout.addWidget(templates_box)
        layout.addWidget(due_box, 1)
        # Read on reader threads, dropped when the user leaves; the banner shows meanwhile.
        self.load = Load(ctx.runner, self)
        self.classes_load = Load(ctx.runner, self)
        loading_state(self.due_table, self.load)
        self.refresh()

    # --- data ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read what the page lists on a reader thread, then show it all at once."""
        db, year, today = self.ctx.db, self.year(), self.today()

        def work(_progress: Progress) -> _Listed:
            from hrplanner.services.calendar.office_calendar import registration_items
            from hrplanner.services.exports import portal as pe
            from hrplanner.services.plans.editing import list_plans
            from hrplanner.services.training import classes

            return _Listed(
                pe.get_format(db),
                list(classes.list_classes(db, year, today)),
                [plan.code for plan in list_plans(db)],
                registration_items(db, today),
            )

        def done(listed: _Listed) -> None:
            self.show_portal_format(listed.portal)
            self._show_classes(listed.classes)
            self._show_plans(listed.plans)
            self.fill_templates()
            self._show_due(listed.due)

        self.load.start(work, done)

    def year(self) -> int:
        return int(self.year_combo.currentData())

    def _show_plans(self, codes: list[str]) -> None:
        current = self.plan_combo.currentData()
        self.plan_combo.clear()
        for code in codes:
            self.plan_combo.addItem(code, code)
        self.plan_combo.setCurrentIndex(max(0, self.plan_combo.findData(current)))

    def fill_classes(self) -> None:
        """The year's classes (the year changed): read on a reader thread."""
        from hrplanner.services.training import classes

        db, year, today = self.ctx.db, self.year(), self.today()
        self.classes_load.start(
            lambda _p: list(classes.list_classes(db, year, today)), self._show_classes
        )

    def _show_classes(self, listed: list[ClassSummary]) -> None:
        current = self.class_combo.currentData()
        self.class_combo.blockSignals(True)
        self.class_combo.clear()
        self.class_combo.addItem(self.tr("（不指定班期）"), None)
        for c in listed:
            if c.status != "已取消":
                self.class_combo.addItem(f"{c.code} {c.title}", c.code)
        index = self.class_combo.findData(current) if current is not None else 0
        self.class_combo.setCurrentIndex(max(index, 0))
        self.class_combo.blockSignals(False)

    def fill_portal_format(self) -> None:
        from hrplanner.services.exports import portal as pe

        self.show_portal_format(pe.get_format(self.ctx.db))

    def show_portal_format(self, fmt: PortalFormat) -> None:
        from hrplanner.services.exports import portal as pe

        self.portal_extras.show_format(fmt)
        self.portal_columns.setText(pe.columns_text(fmt))
        self.portal_date.setCurrentIndex(max(0, self.portal_date.findData(fmt.date_format)))
        self.portal_header_rows.setCurrentIndex(
            max(0, self.portal_header_rows.findData(fmt.header_rows))
        )
        self.portal_split.setCurrentIndex(1 if fmt.split_by_topic else 0)

    def save_portal_format(self) -> None:
        from hrplanner.services.exports import portal as pe

        try:
            fmt = pe.PortalFormat(
                pe.parse_columns(self.portal_columns.text()),
                int(self.portal_header_rows.currentData()),
                str(self.portal_date.currentData()),
                bool(self.portal_split.currentData()),
                self.portal_extras.chosen_encoding(),
            )
            pe.save_format(self.ctx.db, fmt)
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self.ctx.prompts.error(self, self.tr("無法儲存時數登錄檔格式"), refusal_text(exc))
            return
        self.fill_portal_format()
        self.status.setText(self.tr("時數登錄檔格式已儲存。"))

    def fill_templates(self) -> None:
        from hrplanner.services.imports import templates

        self.template_combo.clear()
        for kind, title in templates.available().items():
            self.template_combo.addItem(f"{_(title)}（{kind}）", kind)

    def fill_due(self) -> None:
        from hrplanner.services.calendar.office_calendar import registration_items

        db, today = self.ctx.db, self.today()
        self.load.start(lambda _p: registration_items(db, today), self._show_due)

    def _show_due(self, items: list[AgendaItem]) -> None:
        self.items = items
        self.due_table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            state = self.tr("已逾期") if item.overdue else self.tr("待登錄")
            cells = (format_date(item.due, self.ctx.date_style), item.title, state, item.detail)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if item.overdue:
                    cell.setBackground(QBrush(OVERDUE_BG))
                    cell.setForeground(QBrush(OVERDUE_FG))
                self.due_table.setItem(row, column, cell)
        overdue = sum(1 for i in self.items if i.overdue)
        self.due_label.setText(
            self.tr("待登錄 %1 班，其中逾期 %2 班。")
            .replace("%1", str(len(self.items)))
            .replace("%2", str(overdue))
        )

    # --- exports ---------------------------------------------------------------------------

    def request_for(self, kind: FileKind) -> FileRequest | None:
        code = self.class_combo.currentData()
        if kind.needs == catalogue.CLASS and code is None:
            self.ctx.prompts.error(self, _(kind.title), self.tr("請先選擇班期。"))
            return None
        year = self.year()
        if kind.needs in (catalogue.PLAN, catalogue.PLAN_YEAR):
            plan = self.plan_combo.currentData()
            if plan is None:
                self.ctx.prompts.error(self, _(kind.title), self.tr("請先選擇計畫。"))
                return None
            return FileRequest(year=year if kind.needs == catalogue.PLAN_YEAR else None,
                               plan_code=plan)  # fmt: skip
        if kind.needs == catalogue.CLASS_OR_YEAR and code is not None:
            return FileRequest(class_code=code)
        return FileRequest(year=year, class_code=None if kind.needs == catalogue.YEAR else code)

    def export(self, kind: FileKind) -> None:
        if self.task is not None and self.task.running:
            return
        request = self.request_for(kind)
        if request is None:
            return
        which = request.class_code or request.plan_code or str(roc_year(dt.date(self.year(), 1, 1)))
        title = _(kind.title)
        suffix, name_filter = ".xlsx", workbook_filter()
        if ".csv" in kind.suffixes:  # the portal's batch upload is a CSV (SPEC §3.2)
            if str(self.portal_extras.preset.currentData()).startswith("portal104"):
                suffix = ".csv"
                name_filter = self.tr("CSV 檔 (*.csv);;Excel 活頁簿 (*.xlsx)")
            else:
                name_filter = self.tr("Excel 活頁簿 (*.xlsx);;CSV 檔 (*.csv)")
        path = self.ctx.prompts.save_file(self, title, f"{title}-{which}{suffix}", name_filter)
        if path is None:
            return
        self.run_export(kind, path, request)

    def run_export(self, kind: FileKind, path: Path, request: FileRequest) -> None:
        """Export ``kind`` to ``path`` in the background (again, with other options, after
        the user chose what to do with characters Big5 cannot hold)."""
        self._last_export = (kind, path, request)
        existed = path.exists()
        db = self.ctx.db

        def work(progress: Progress) -> str:
            from hrplanner.reports.xlsx.writer import ExportCancelled

            try:
                message = done_text(kind.run(db, path, request, _hooks(progress)))
            except ExportCancelled as exc:
                raise Cancelled from exc
            if progress.cancelled:
                # Services without a cancel hook finish first; their file is then removed.
                if not existed:
                    path.unlink(missing_ok=True)
                raise Cancelled
            return message

        self._busy(True)
        self.status.setText(self.tr("匯出中：%1…").replace("%1", _(kind.title)))
        self.task = self.ctx.runner.run(
            work,
            on_done=lambda message: self._done(kind, path, message),
            on_error=self._failed,
            on_progress=self._progress,
            on_cancelled=self._cancelled,
        )

    def cancel(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.status.setText(self.tr("正在取消…"))

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.progress.setRange(0, 0)
        for button in self.export_buttons.values():
            button.setEnabled(not busy)

    def _progress(self, done: int, total: int, _text: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _done(self, kind: FileKind, path: Path, message: str) -> None:
        self._busy(False)
        self.last_message = message
        self.status.setText(
            self.tr("%1 已匯出至 %2").replace("%1", _(kind.title)).replace("%2", str(path))
        )
        self.ctx.prompts.info(self, _(kind.title), message)

    def _cancelled(self) -> None:
        self._busy(False)
        self.status.setText(self.tr("已取消匯出，未留下檔案。"))

    def _failed(self, exc: BaseException) -> None:
        from hrplanner.services.exports.portal import UnencodableRows

        self._busy(False)
        self.status.setText("")
        if not is_refusal(exc):
            raise exc
        if isinstance(exc, UnencodableRows) and self._last_export is not None:
            options = unencodable_choice(self.ctx.prompts, self, exc)
            if options is not None:
                kind, path, request = self._last_export
                again = replace(request, options={**request.options, **options})
                self.run_export(kind, path, again)
            return
        self.ctx.prompts.error(self, self.tr("無法匯出"), refusal_text(exc))

    # --- templates, sign-up and registration -----------------------------------------------

    def save_template(self) -> None:
        from hrplanner.services.imports import templates

        kind = self.template_combo.currentData()
        if kind is None:
            return
        title = _(templates.available()[kind])
        path = self.ctx.prompts.save_file(
            self, self.tr("下載匯入範本"), f"{title}匯入範本.xlsx", workbook_filter()
        )
        if path is None:
            return
        templates.write_template(str(kind), path)
        self.status.setText(
            self.tr("已產生「%1」匯入範本：%2").replace("%1", title).replace("%2", str(path))
        )

    def import_signup(self) -> None:
        from hrplanner.ui.training.signup_dialog import SignupDialog

        dialog = SignupDialog(self.ctx, self, self.class_combo.currentData(), today=self.today)
        if dialog.exec() and dialog.imported is not None:
            self.status.setText(
                self.tr("線上報名表已匯入：%1").replace("%1", dialog.imported.summary())
            )

    def selected_item(self) -> AgendaItem | None:
        rows = self.due_table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def selected_codes(self) -> list[str]:
        rows = sorted(r.row() for r in self.due_table.selectionModel().selectedRows())
        return [ref for r in rows if (ref := self.items[r].ref) is not None]

    def mark_registered(self) -> None:
        """標記已登錄 for every selected class at once (one write; all or nothing)."""
        from hrplanner.services.training.closing import mark_registered_many

        codes = self.selected_codes()
        if not codes:
            self.ctx.prompts.error(self, self.tr("標記已登錄"), self.tr("請先在清單中選擇班期。"))
            return
        try:
            day = parse_date(self.date_edit.text())
            mark_registered_many(self.ctx.db, codes, day)
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self.ctx.prompts.error(self, self.tr("無法標記已登錄"), refusal_text(exc))
            return
        if len(codes) == 1:
            text = self.tr("班期 %1 已標記於 %2 登錄時數").replace("%1", codes[0])
        else:
            text = self.tr("%n 個班期已標記於 %2 登錄時數", "", len(codes))
        self.status.setText(text.replace("%2", format_date(day, "roc")))
        self.fill_due()


class RegistrationDue:
    """The 登錄期限 column (R11) for a list of classes: the due date of every ended class whose
    hours are not yet registered, overdue ones in red. ``reload()`` reads the deadlines once
    per list refresh (one query and the calendar), so the column itself never queries."""

    def __init__(self, ctx: UiContext, today: Callable[[], dt.date]) -> None:
        self.ctx = ctx
        self.today = today
        self.items: dict[str, AgendaItem] = {}

    def reload(self) -> None:
        self.items = self.read()

    def read(self) -> dict[str, AgendaItem]:
        """The deadlines by class code, read without keeping them (any thread)."""
        from hrplanner.services.calendar.office_calendar import registration_items

        items = registration_items(self.ctx.db, self.today())
        return {i.ref: i for i in items if i.ref is not None}

    def column(self) -> Column[ClassSummary]:
        def text(c: ClassSummary) -> str:
            item = self.items.get(c.code)
            return "" if item is None else format_date(item.due, self.ctx.date_style)

        def overdue(c: ClassSummary) -> bool:
            item = self.items.get(c.code)
            return item is not None and item.overdue

        return Column(
            QT_TRANSLATE_NOOP("TrainingModels", "登錄期限"),
            text,
            sort=lambda c: self.items[c.code].due.toordinal() if c.code in self.items else 0,
            background=lambda c: QBrush(OVERDUE_BG) if overdue(c) else None,
            foreground=lambda c: QBrush(OVERDUE_FG) if overdue(c) else None,
        )
