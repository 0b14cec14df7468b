"""The 學習時數 page (R6, R7, R17): a year's ledger of every in-scope person — total, one
column per requirement group, 達成 and 尚缺時數 — filtered by unit, 未達成 or 超過120小時,
with the compliance rate; a double-click lists the person's credited records; a second tab
shows the year's new hires (and earlier ones still untrained) with their initial-training
due dates.

The service aggregates the year in SQL and returns plain rows, read in the background task
helper; the table model only holds those rows, so 5,000 people appear without a pause.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.rocdate import format_date, roc_year
from hrplanner.services.common import reference
from hrplanner.services.hours import ledger, newhires
from hrplanner.services.hours.ledger import LedgerFilter, LedgerRow
from hrplanner.services.hours.newhires import NewHireRow
from hrplanner.ui.shell.loading import loading_state
from hrplanner.ui.shell.navigation import quiet, select_data
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.tasks import Load, Progress
from hrplanner.ui.shell.widgets import fill_combo
from hrplanner.ui.training.models import (
    OK_BRUSH,
    QT_TRANSLATE_NOOP,
    WARN_BRUSH,
    Column,
    RowsModel,
    fit_columns,
    is_refusal,
    ledger_columns,
    record_columns,
    refusal_text,
)
from hrplanner.ui.training.models import hours as hours_text

YEARS_BACK = 10
_HEADER_KEY = "hours_page/header"


@dataclass(frozen=True)
class YearData:
    year: int
    groups: list[str]
    rows: list[LedgerRow]
    rate: Fraction | None
    new_hires: list[NewHireRow]


def _table(model: QAbstractItemModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    # Fixed row heights: the view never measures all 5,000 rows.
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setDefaultSectionSize(88)
    return table


def new_hire_columns(date_style: str) -> list[Column[NewHireRow]]:
    def state(r: NewHireRow) -> str:
        if r.trained:
            return QCoreApplication.translate("TrainingModels", "已受訓")
        return (
            QCoreApplication.translate("TrainingModels", "已逾期")
            if r.overdue
            else QCoreApplication.translate("TrainingModels", "待受訓")
        )

    return [
        Column(QT_TRANSLATE_NOOP("TrainingModels", "員工編號"), lambda r: r.employee_no),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "姓名"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "單位"), lambda r: r.unit),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "到職日期"),
            lambda r: format_date(r.hire_date, date_style),
            sort=lambda r: r.hire_date.toordinal(),
        ),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "訓練期限"),
            lambda r: format_date(r.due, date_style),
            sort=lambda r: r.due.toordinal(),
        ),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "狀態"),
            state,
            background=lambda r: OK_BRUSH if r.trained else (WARN_BRUSH if r.overdue else None),
        ),
    ]


class HoursPage(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.data: YearData | None = None

        self.year_combo = QComboBox()
        this_year = today().year
        for year in range(this_year, this_year - YEARS_BACK - 1, -1):
            self.year_combo.addItem(
                self.tr("%1 年度").replace("%1", str(roc_year(dt.date(year, 1, 1)))), year
            )
        self.unit_combo = QComboBox()
        self.not_met = QCheckBox(self.tr("只列未達成"))
        self.over_120 = QCheckBox(self.tr("只列超過120小時"))
        self.rate_label = QLabel()
        self.rate_label.setStyleSheet("font-weight: bold;")
        # Wraps rather than widening the window (the English sentence is long).
        self.rate_label.setWordWrap(True)
        self.rate_label.setMinimumWidth(1)
        self.rate_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count_label = QLabel()
        self.rules_button = QPushButton(self.tr("時數規定…"))
        self.rules_button.setToolTip(self.tr("檢視或修改各人員類別的年度學習時數規定"))
        self.rules_button.clicked.connect(self.edit_rules)
        self.fill_units()
        self.year_combo.currentIndexChanged.connect(self.refresh)
        self.unit_combo.currentIndexChanged.connect(self.refresh)
        self.not_met.toggled.connect(self.refresh)
        self.over_120.toggled.connect(self.refresh)

        self.model: RowsModel[LedgerRow] = RowsModel(ledger_columns([]), self)
        self.table = _table(self.model)
        self.table.doubleClicked.connect(self.open_records)
        state = ctx.qsettings.value(_HEADER_KEY)
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
        self.hires_model: RowsModel[NewHireRow] = RowsModel(new_hire_columns(ctx.date_style), self)
        self.hires_table = _table(self.hires_model)
        self.hires_table.horizontalHeader().setStretchLastSection(True)
        self.hires_label = QLabel()
        self.hires_label.setWordWrap(True)
        # The agenda's and the home page's new hires (R17, R20): not yet trained, due within
        # 30 days or overdue.
        self.hires_pending = QCheckBox(self.tr("只列待受訓者（30 天內到期或已逾期）"))
        self.hires_pending.toggled.connect(lambda _on: self._show_hires())

        self.tabs = QTabWidget()
        ledger = QWidget()
        ledger_layout = QVBoxLayout(ledger)
        ledger_layout.addWidget(self.table, 1)
        ledger_layout.addWidget(self.count_label)
        hires = QWidget()
        hires_layout = QVBoxLayout(hires)
        hires_layout.addWidget(self.hires_label)
        hires_layout.addWidget(self.hires_pending)
        hires_layout.addWidget(self.hires_table, 1)
        self.tabs.addTab(ledger, self.tr("學習時數"))
        self.tabs.addTab(hires, self.tr("新進人員"))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年度")))
        top.addWidget(self.year_combo)
        top.addWidget(self.unit_combo)
        top.addWidget(self.not_met)
        top.addWidget(self.over_120)
        top.addWidget(self.rate_label, 1)
        top.addWidget(self.rules_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        # Read on a reader thread, dropped when the user leaves; the banner shows meanwhile.
        self.load = Load(self.ctx.runner, self)
        loading_state(self.table, self.load)
        self.refresh()

    def fill_units(self) -> None:
        units = reference.list_items(self.ctx.db, "unit")
        fill_combo(
            self.unit_combo,
            [(self.tr("全部單位"), None), *((u.name, u.name) for u in units)],
            self.unit_combo.currentData(),
        )

    def year(self) -> int:
        return int(self.year_combo.currentData())

    def current_filter(self) -> LedgerFilter:
        return LedgerFilter(
            unit=self.unit_combo.currentData(),
            not_met_only=self.not_met.isChecked(),
            over_120_only=self.over_120.isChecked(),
        )

    # --- loading in the background ---------------------------------------------------------

    def refresh(self) -> None:
        db, year, flt, today = self.ctx.db, self.year(), self.current_filter(), self.today()
        self.count_label.setText(self.tr("讀取中…"))

        def work(progress: Progress) -> YearData:
            # One evaluation of the year gives the rows, the groups and the rate.
            summary = ledger.year_summary(db, year, flt)
            progress.check()
            return YearData(
                year,
                summary.groups,
                summary.rows,
                summary.rate,
                newhires.new_hires_due(db, year, today),
            )

        self.load.start(work, self._show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        if not is_refusal(exc):
            raise exc
        self.ctx.prompts.error(self, self.tr("無法讀取學習時數"), refusal_text(exc))

    def _show(self, data: YearData) -> None:
        self.data = data
        self.model.set_columns(ledger_columns(data.groups))
        self.model.set_rows(data.rows)
        fit_columns(self.table, 72, wide=(1, 2, 3))
        # Unit names such as 教育處國民教育科 are long.
        unit_width = self.table.fontMetrics().horizontalAdvance("教育處國民教育科") + 24
        self.table.horizontalHeader().resizeSection(2, unit_width)
        self.count_label.setText(self.tr("共 %n 人", "", len(data.rows)))
        if data.rate is None:
            self.rate_label.setText(self.tr("達成率：—"))
        else:
            percent = data.rate * 100
            self.rate_label.setText(
                self.tr("%1 年度達成率：%2%（目標 80%）")
                .replace("%1", str(roc_year(dt.date(data.year, 1, 1))))
                .replace("%2", f"{float(round(percent, 1)):.1f}")
            )
        self._show_hires()
        due = sum(1 for r in data.new_hires if not r.trained)
        overdue = sum(1 for r in data.new_hires if r.overdue)
        # The list also carries earlier hires still untrained whose due date has come.
        listed = self.tr("%1 年度應受初任訓練的公務人員 %2 人（含前年度到職仍未受訓者），")
        pending = self.tr("尚待初任訓練 %1 人，其中逾期 %2 人（報到後 4 個月內須完成）。")
        self.hires_label.setText(
            listed.replace("%1", str(roc_year(dt.date(data.year, 1, 1)))).replace(
                "%2", str(len(data.new_hires))
            )
            + pending.replace("%1", str(due)).replace("%2", str(overdue))
        )

    def _show_hires(self) -> None:
        if self.data is None:
            return
        from hrplanner.services.calendar.office_calendar import new_hire_pending

        rows = self.data.new_hires
        if self.hires_pending.isChecked():
            today = self.today()
            rows = [r for r in rows if new_hire_pending(r, today)]
        self.hires_model.set_rows(rows)

    def show_filtered(
        self,
        year: int | None = None,
        not_met: bool = False,
        tab: str | None = None,
        unit: str | None = None,
        **_: object,
    ) -> None:
        """``navigate("hours", year=…, not_met=True)`` or ``tab="new_hires"`` (pending)."""
        with quiet(self.year_combo, self.unit_combo, self.not_met, self.over_120):
            select_data(self.year_combo, year or self.today().year)
            select_data(self.unit_combo, unit)
            self.not_met.setChecked(not_met)
            self.over_120.setChecked(False)
        hires = tab == "new_hires"
        self.tabs.setCurrentIndex(1 if hires else 0)
        with quiet(self.hires_pending):
            self.hires_pending.setChecked(hires)
        self.refresh()

    # --- the rule sets ----------------------------------------------------------------------

    def make_rules_dialog(self) -> QDialog:
        from hrplanner.ui.hours.rules_dialog import RulesDialog

        return RulesDialog(self.ctx, self, year=self.year())

    def edit_rules(self) -> None:
        dialog = self.make_rules_dialog()
        dialog.exec()
        if getattr(dialog, "saved", False):
            self.refresh()  # the groups and who meets them follow the rules

    # --- drill-down ------------------------------------------------------------------------

    def row_at(self, row: int) -> LedgerRow:
        return self.model.row_at(row)

    def open_records(self, index: QModelIndex) -> None:
        if not index.isValid() or self.data is None:
            return
        dialog = self.make_records_dialog(self.row_at(index.row()))
        if dialog is not None:
            dialog.exec()

    def make_records_dialog(self, row: LedgerRow) -> RecordsDialog | None:
        try:
            records = ledger.person_records(self.ctx.db, row.employee_id, row.year)
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self.ctx.prompts.error(self, self.tr("無法讀取學習紀錄"), refusal_text(exc))
            return None
        return RecordsDialog(self.ctx, row, records, self)

    def save_state(self) -> None:
        self.ctx.qsettings.setValue(_HEADER_KEY, self.table.horizontalHeader().saveState())


class RecordsDialog(QDialog):
    """Every credited record of one person in one year."""

    def __init__(
        self,
        ctx: UiContext,
        row: LedgerRow,
        records: list[ledger.CreditRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        year = roc_year(dt.date(row.year, 1, 1))
        self.setWindowTitle(
            self.tr("%1（%2）%3 年度學習紀錄")
            .replace("%1", row.name)
            .replace("%2", row.employee_no)
            .replace("%3", str(year))
        )
        self.model: RowsModel[ledger.CreditRecord] = RowsModel(record_columns(ctx.date_style), self)
        self.model.set_rows(records)
        table = _table(self.model)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.ResizeToContents)
        groups = "　".join(f"{name} {hours_text(m)}" for name, m in row.group_minutes.items())
        summary = QLabel(
            self.tr("總時數 %1 小時　%2　%3")
            .replace("%1", hours_text(row.total_minutes))
            .replace("%2", groups)
            .replace(
                "%3",
                self.tr("已達成")
                if row.met
                else self.tr("尚缺 %1 小時").replace("%1", hours_text(row.missing_minutes)),
            )
        )
        summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        self.resize(820, 420)
