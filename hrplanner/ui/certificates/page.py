"""The certificate register page (證書清冊, SPEC R10): every number issued, filtered by year,
class and status; void a certificate (its number stays as 作廢), clear a 待查 flag after
checking, reprint a class's certificates with their numbers, export the register.

The list is one service call (a year holds a few thousand numbers at most); nothing here
reads the database while painting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt
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

from hrplanner.domain.rocdate import format_date
from hrplanner.services.certificates import register
from hrplanner.services.certificates.register import REVIEW, VOID, CertificateRow
from hrplanner.ui.shell.loading import loading_state
from hrplanner.ui.shell.navigation import quiet, select_data
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.prompts import workbook_filter
from hrplanner.ui.shell.tasks import Load, Progress
from hrplanner.ui.shell.widgets import debounce
from hrplanner.ui.training.models import (
    MUTED_BRUSH,
    SORT_ROLE,
    WARN_BRUSH,
    Column,
    RowsModel,
    fit_columns,
    hours,
    is_refusal,
    refusal_text,
    term,
)
from hrplanner.ui.training.print_actions import PrintActions

_HEADER_KEY = "certificate_page/header"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a column title for lupdate (same name as Qt's), typed as the str it returns;
    the model translates titles in context "TrainingModels"."""
    return text


def certificate_columns(date_style: str) -> list[Column[CertificateRow]]:
    def status_brush(r: CertificateRow):  # type: ignore[no-untyped-def]
        return WARN_BRUSH if r.status == REVIEW else None

    def muted(r: CertificateRow):  # type: ignore[no-untyped-def]
        return MUTED_BRUSH if r.status == VOID else None

    def current(r: CertificateRow) -> str:
        # Only a flagged certificate shows the credit it no longer matches.
        return hours(r.credit_minutes) if r.status == REVIEW else ""

    return [
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "證書編號"),
            lambda r: r.number,
            sort=lambda r: (r.year, r.seq),
            foreground=muted,
        ),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "姓名"), lambda r: r.name, foreground=muted),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "單位"), lambda r: r.unit, foreground=muted),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "班期代碼"),
            lambda r: r.class_code,
            foreground=muted,
        ),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "課程名稱"),
            lambda r: r.class_title,
            foreground=muted,
        ),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "時數"),
            lambda r: hours(r.minutes),
            sort=lambda r: r.minutes,
            align_right=True,
            foreground=muted,
        ),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "核發日期"),
            lambda r: format_date(r.issued_on, date_style),
            sort=lambda r: r.issued_on.toordinal(),
            foreground=muted,
        ),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "狀態"),
            lambda r: term(r.status),
            background=status_brush,
            foreground=muted,
        ),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "作廢日期"),
            lambda r: format_date(r.voided_on, date_style),
            foreground=muted,
        ),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "目前時數"), current, align_right=True),
    ]


class CertificatePage(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today

        self.year_combo = QComboBox()
        self.class_edit = QLineEdit()
        self.class_edit.setPlaceholderText(self.tr("班期代碼"))
        self.class_edit.setClearButtonEnabled(True)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("全部狀態"), None)
        for status in register.STATUSES:
            self.status_combo.addItem(term(status), status)
        self._timer = debounce(self, 300, self.refresh)
        self.class_edit.textChanged.connect(self._timer.start)
        self.year_combo.currentIndexChanged.connect(lambda _: self.refresh())
        self.status_combo.currentIndexChanged.connect(lambda _: self.refresh())

        self.void_button = QPushButton(self.tr("作廢…"))
        self.review_button = QPushButton(self.tr("查核完成"))
        self.review_button.setToolTip(
            self.tr("出席在核發後有變動的證書（待查）：確認後改以目前的學習時數為準，編號不變")
        )
        self.export_button = QPushButton(self.tr("匯出清冊…"))
        self.void_button.clicked.connect(self.void_selected)
        self.review_button.clicked.connect(self.review_selected)
        self.export_button.clicked.connect(self.export_register)
        self.print_actions = PrintActions(ctx, self, self._selected_class, today)
        self.print_button = self.print_actions.button()
        self.print_button.setText(self.tr("列印本班…"))
        self.print_actions.certificates_printed.connect(self._printed)

        self.model: RowsModel[CertificateRow] = RowsModel(certificate_columns(ctx.date_style), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the register's order
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Widths from the header texts, so that 課程名稱 (which stretches) keeps the rest of
        # the width at 1100 × 700 rather than the sliver left by ten 100-pixel columns.
        fit_columns(self.table, 56, wide=(2,))
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        state = ctx.qsettings.value(_HEADER_KEY)
        self._sized = state is not None
        if state is not None:
            header.restoreState(state)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.count_label = QLabel()

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年度")))
        top.addWidget(self.year_combo)
        top.addWidget(self.class_edit)
        top.addWidget(self.status_combo)
        top.addStretch(1)
        for button in (self.void_button, self.review_button, self.print_button):
            top.addWidget(button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self._fill_years()
        # Read on a reader thread, dropped when the user leaves; the banner shows meanwhile.
        self.load = Load(ctx.runner, self)
        loading_state(self.table, self.load)
        self.refresh()

    # --- the list ------------------------------------------------------------------------

    def _fill_years(self) -> None:
        current = self.year_combo.currentData() if self.year_combo.count() else -1
        years = register.years(self.ctx.db)
        this_year = self.today().year
        if this_year not in years:
            years = sorted({*years, this_year}, reverse=True)
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("全部年度"), None)
        for year in years:
            self.year_combo.addItem(self.tr("%1 年度").replace("%1", str(year - 1911)), year)
        index = self.year_combo.findData(this_year if current == -1 else current)
        self.year_combo.setCurrentIndex(max(0, index))
        self.year_combo.blockSignals(False)

    def year(self) -> int | None:
        data = self.year_combo.currentData()
        return None if data is None else int(data)

    def show_filtered(
        self, status: str | None = None, year: int | None = None, **_: object
    ) -> None:
        """``navigate("certificates", status="待查")``: every year unless ``year`` is given;
        with neither, the year shown stays (ten years of numbers are slow to show)."""
        with quiet(self.year_combo, self.status_combo, self.class_edit):
            if year is not None or status is not None:
                select_data(self.year_combo, year)
            select_data(self.status_combo, status)
            self.class_edit.clear()
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        """Read the list again; ``select`` is the number to select once it is shown."""
        self._timer.stop()
        code = self.class_edit.text().strip() or None
        db, year, status = self.ctx.db, self.year(), self.status_combo.currentData()

        def work(_progress: Progress) -> list[CertificateRow]:
            return register.register(db, year, code, status)

        def failed(exc: BaseException) -> None:  # an unknown class code: say so, show nothing
            if not is_refusal(exc):
                raise exc
            self.count_label.setText(refusal_text(exc))
            self._show([])

        def shown(rows: list[CertificateRow]) -> None:
            self._show(rows, counted=False)
            if select is not None:
                self.select_number(select)

        self.load.start(work, shown, failed)

    def _show(self, rows: list[CertificateRow], counted: bool = True) -> None:
        if not counted:
            review = sum(1 for r in rows if r.status == REVIEW)
            text = self.tr("共 %n 張", "", len(rows))
            if review:
                text += self.tr("，其中 %n 張待查", "", review)
            self.count_label.setText(text)
        self.model.set_rows(rows)
        if rows and not self._sized:
            # Numbers such as 115研字第0001號 must never be cut off; size once, then the
            # user's own widths (saved in QSettings) win.
            self.table.resizeColumnToContents(0)
            self._sized = True
        self._update_buttons()

    def selected(self) -> CertificateRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def select_number(self, number: str) -> bool:
        for row, cert in enumerate(self.model.rows()):
            if cert.number == number:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
                return True
        return False

    def _selected_class(self) -> str | None:
        cert = self.selected()
        return cert.class_code if cert else (self.class_edit.text().strip() or None)

    def _update_buttons(self) -> None:
        cert = self.selected()
        self.void_button.setEnabled(cert is not None and cert.status != VOID)
        self.review_button.setEnabled(cert is not None and cert.status == REVIEW)

    # --- actions -------------------------------------------------------------------------

    def void_selected(self) -> None:
        cert = self.selected()
        if cert is None or cert.status == VOID:
            return
        question = (
            self.tr(
                "確定要作廢 %1（%2，%3）的研習證明書 %4？\n"
                "編號會保留在清冊中標示為作廢，不會再使用。"
            )
            .replace("%1", cert.name)
            .replace("%2", cert.class_code)
            .replace("%3", cert.class_title)
            .replace("%4", cert.number)
        )
        if not self.ctx.prompts.confirm(self, self.tr("作廢證書"), question):
            return
        self._apply(lambda: register.void(self.ctx.db, cert.id, self.today()), cert.number)

    def review_selected(self) -> None:
        cert = self.selected()
        if cert is None or cert.status != REVIEW:
            return
        self._apply(lambda: register.mark_reviewed(self.ctx.db, cert.id), cert.number)

    def _apply(self, call: Callable[[], CertificateRow], number: str) -> None:
        try:
            call()
        except Exception as exc:
            self.ctx.prompts.error(self, self.tr("證書清冊"), refusal_text(exc))
            return
        self._fill_years()
        self.refresh(number)  # selected again once the list is read (on a reader thread)

    def _printed(self) -> None:
        """列印本班 numbered whoever had no valid certificate: show their numbers."""
        cert = self.selected()
        self._fill_years()
        self.refresh(cert.number if cert else None)

    def export_register(self) -> None:
        year = self.year()
        suggested = (
            self.tr("證書清冊_%1年度.xlsx").replace("%1", str(year - 1911))
            if year
            else self.tr("證書清冊_全部.xlsx")
        )
        target = self.ctx.prompts.save_file(
            self, self.tr("匯出證書清冊"), suggested, workbook_filter()
        )
        if target is None:
            return
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        code = self.class_edit.text().strip() or None

        def done(count: int) -> None:
            text = self.tr("已匯出 %n 筆證書至 %1", "", count).replace("%1", str(target))
            self.ctx.prompts.info(self, self.tr("匯出證書清冊"), text)

        def failed(exc: BaseException) -> None:
            self.ctx.prompts.error(self, self.tr("匯出證書清冊"), refusal_text(exc))

        self.ctx.runner.run(
            lambda _p: register.export_register(self.ctx.db, target, year, code),
            on_done=done,
            on_error=failed,
        )

    def save_state(self) -> None:
        self.ctx.qsettings.setValue(_HEADER_KEY, self.table.horizontalHeader().saveState())
