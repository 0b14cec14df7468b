"""The KPI page (關鍵績效指標, SPEC R15): a plan's KPIs × years with targets, actuals, 達成度
and lights, a chart of the selected KPI over the plan's years, and the year's report.

The table shows what is stored (one service call, a plan holds a few dozen KPIs); 計算實績
computes the bound KPIs of the chosen year in the background (the hours ledger of 5,000
people takes about half a second) and stores them, then the table is read again. 定稿
computes, checks that every KPI below target has 落後原因 and 因應策略, and closes the year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.plans.achievement import Light
from hrplanner.domain.rocdate import ROC_OFFSET
from hrplanner.domain.rounding import round_half_up
from hrplanner.services.plans import editing, kpis
from hrplanner.ui.plans.chart import KpiChart
from hrplanner.ui.plans.dialogs import ActualDialog
from hrplanner.ui.plans.outputs import PlanOutputs
from hrplanner.ui.shell.import_dialog import ImportDialog, ImportKind
from hrplanner.ui.shell.loading import loading_state
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.tasks import Load
from hrplanner.ui.training.models import refusal_text

_Index = QModelIndex | QPersistentModelIndex
_PLAN_KEY = "kpi_page/plan"
LIGHT_BRUSHES = {
    Light.GREEN: QBrush(QColor("#d6efd6")),
    Light.YELLOW: QBrush(QColor("#fff1b8")),
    Light.RED: QBrush(QColor("#f9d0cf")),
}
FIXED = 3  # KPI編號, 指標名稱, 資料來源; then the years; then 落後原因, 因應策略


REPORTING_MONTHS = 3  # January to March: the year just ended is the one being reported


def default_year(years: list[int], today: dt.date) -> int | None:
    """The year a page opens on: this year, or last year while its report is being written
    (the first quarter); outside the plan's period its nearest year."""
    if not years:
        return None
    if today.month <= REPORTING_MONTHS and today.year - 1 in years:
        return today.year - 1
    if today.year in years:
        return today.year
    return years[-1] if today.year > years[-1] else years[0]


class KpiModel(QAbstractTableModel):
    """One row per KPI: number, name, source, a cell per year, and the chosen year's
    落後原因 and 因應策略."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.table: kpis.KpiTable | None = None
        self.year: int | None = None

    def set_table(self, table: kpis.KpiTable | None, year: int | None) -> None:
        self.beginResetModel()
        self.table, self.year = table, year
        self.endResetModel()

    @property
    def years(self) -> list[int]:
        return self.table.years if self.table else []

    def rows(self) -> list[kpis.KpiRow]:
        return self.table.rows if self.table else []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows())

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIXED + len(self.years) + 2

    def year_of_column(self, column: int) -> int | None:
        index = column - FIXED
        return self.years[index] if 0 <= index < len(self.years) else None

    def column_of_year(self, year: int) -> int:
        return FIXED + self.years.index(year)

    def cell_text(self, cell: kpis.KpiCell | None) -> str:
        if cell is None or not cell.target_text:
            return ""
        actual = cell.actual_text or "—"
        # Half-width separators: four years of these fit the window's width.
        text = f"{actual} / {cell.target_text}"
        if cell.result is not None and cell.result.degree is not None:
            text += f" ({cell.result.degree_text})"
        return text

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows()[index.row()]
        column = index.column()
        year = self.year_of_column(column)
        if year is not None:
            cell = row.cells.get(year)
            if role == Qt.ItemDataRole.DisplayRole:
                return self.cell_text(cell)
            if role == Qt.ItemDataRole.BackgroundRole and cell is not None:
                return LIGHT_BRUSHES.get(cell.light) if cell.light else None
            if role == Qt.ItemDataRole.ToolTipRole and cell is not None and cell.target_text:
                return self._tooltip(cell)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        chosen = row.cells.get(self.year) if self.year is not None else None
        last = FIXED + len(self.years)
        if column == 0:
            return row.kpi_no
        if column == 1:
            return row.name
        if column == 2:
            return row.source_text if row.binding else self.tr("手動")
        if column == last:
            return chosen.reason if chosen else ""
        if column == last + 1:
            return chosen.countermeasure if chosen else ""
        return None

    def _tooltip(self, cell: kpis.KpiCell) -> str:
        lines = [self.tr("目標值：%1").replace("%1", cell.target_text or "")]
        lines.append(self.tr("實際值：%1").replace("%1", cell.actual_text or self.tr("尚未填寫")))
        if cell.source:
            lines.append(self.tr("來源：%1").replace("%1", cell.source))
        if cell.result is not None and cell.result.met is not None:
            lines.append(self.tr("達成度：%1").replace("%1", cell.result.degree_text))
            lines.append(self.tr("已達成") if cell.result.met else self.tr("未達成"))
        if cell.problem:
            lines.append(cell.problem)
        return "\n".join(lines)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        year = self.year_of_column(section)
        if role == Qt.ItemDataRole.FontRole and year is not None and year == self.year:
            font = QFont()
            font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if year is not None:
            return self.tr("%1年").replace("%1", str(year - ROC_OFFSET))
        last = FIXED + len(self.years)
        titles = {0: self.tr("KPI編號"), 1: self.tr("指標名稱"), 2: self.tr("資料來源"),
                  last: self.tr("落後原因"), last + 1: self.tr("因應策略")}  # fmt: skip
        return titles.get(section)


class KpiPage(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self._wanted_year: int | None = None  # from show_filtered, for the plan it shows
        self.outputs = PlanOutputs(ctx, self)
        self.plan_combo = QComboBox()
        self.plan_combo.setMinimumWidth(320)
        self.year_combo = QComboBox()
        self.plan_combo.currentIndexChanged.connect(lambda _i: self._plan_changed())
        self.year_combo.currentIndexChanged.connect(lambda _i: self._year_changed())

        self.compute_button = QPushButton(self.tr("計算實績"))
        self.compute_button.setToolTip(self.tr("依資料來源重新計算本年度有連結資料的 KPI"))
        self.actual_button = QPushButton(self.tr("填寫實際值…"))
        self.final_button = QPushButton(self.tr("定稿"))
        self.import_button = QPushButton(self.tr("匯入實績…"))
        self.export_button = QPushButton(self.tr("匯出 KPI 報表…"))
        self.print_button = QPushButton(self.tr("列印 KPI 報表…"))
        self.compute_button.clicked.connect(self.compute)
        self.actual_button.clicked.connect(self.edit_actual)
        self.final_button.clicked.connect(self.toggle_final)
        self.import_button.clicked.connect(self.import_actuals)
        self.export_button.clicked.connect(self.export_report)
        self.print_button.clicked.connect(self.print_report)

        self.model = KpiModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        self.view.doubleClicked.connect(lambda _i: self.edit_actual())
        self.view.selectionModel().currentChanged.connect(lambda *_: self._selection_changed())
        self.chart = KpiChart()
        self.status = QLabel()
        self.status.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("計畫")))
        top.addWidget(self.plan_combo, 1)
        top.addWidget(QLabel(self.tr("年度")))
        top.addWidget(self.year_combo)
        for button in (self.compute_button, self.actual_button, self.final_button):
            top.addWidget(button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        for button in (self.import_button, self.export_button, self.print_button):
            bottom.addWidget(button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.chart)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        # Read on a reader thread, dropped when the user leaves; the banner shows meanwhile.
        self.load = Load(ctx.runner, self)
        loading_state(self.view, self.load)
        self.refresh()

    # --- loading --------------------------------------------------------------------------

    def plan_code(self) -> str | None:
        data = self.plan_combo.currentData()
        return None if data is None else str(data)

    def year(self) -> int | None:
        data = self.year_combo.currentData()
        return None if data is None else int(data)

    def refresh(self, plan: str | None = None, year: int | None = None) -> None:
        """Reload the plan list and show ``plan`` (else the chosen one) in ``year`` (else
        the chosen or the current one)."""
        current = plan or self.plan_code() or self.ctx.qsettings.value(_PLAN_KEY)
        self._wanted_year = year
        db = self.ctx.db
        self.load.start(
            lambda _p: editing.list_plans(db), lambda plans: self._show_plans(plans, current)
        )

    def _show_plans(self, plans: list[editing.PlanInfo], current: object) -> None:
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for plan in plans:
            self.plan_combo.addItem(f"{plan.code}　{plan.name}", plan.code)
        index = self.plan_combo.findData(current)
        self.plan_combo.setCurrentIndex(index if index >= 0 else (0 if plans else -1))
        self.plan_combo.blockSignals(False)
        self._plan_changed()

    def show_filtered(self, plan: str | None = None, year: int | None = None, **_: object) -> None:
        """``navigate("kpis", plan=…, year=…)``: through the plan list, which may still be
        loading (a page opened this way was built a moment ago)."""
        self.refresh(plan, year)

    def select_plan(self, code: str) -> None:
        index = self.plan_combo.findData(code)
        if index >= 0:
            self.plan_combo.setCurrentIndex(index)

    def _plan_changed(self) -> None:
        code, db = self.plan_code(), self.ctx.db
        self.load.start(
            lambda _p: kpis.kpi_table(db, code) if code else None,
            lambda table: self._show_plan(code, table),
        )

    def _show_plan(self, code: str | None, table: kpis.KpiTable | None) -> None:
        if code:
            self.ctx.qsettings.setValue(_PLAN_KEY, code)
        chosen = self.year()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in table.years if table else []:
            self.year_combo.addItem(self.tr("%1 年度").replace("%1", str(year - ROC_OFFSET)), year)
        years = table.years if table else []
        asked, self._wanted_year = self._wanted_year, None
        if asked in years:
            chosen = asked
        wanted = chosen if chosen in years else default_year(years, self.today())
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(wanted)))
        self.year_combo.blockSignals(False)
        self._show(table)

    def _year_changed(self) -> None:
        self._show(self.model.table)

    def reload(self) -> None:
        code, db = self.plan_code(), self.ctx.db
        self.load.start(lambda _p: kpis.kpi_table(db, code) if code else None, self._show)

    def _show(self, table: kpis.KpiTable | None) -> None:
        selected = self.selected_row()
        self.model.set_table(table, self.year())
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if table is not None:
            # The name and the years (which wrap) share what the number, the source (which
            # elides; its tooltip tells it all) and the reason and countermeasure leave, so that a
            # four-year plan does not scroll sideways at 1100 × 700 in English.
            metrics = self.view.fontMetrics()
            title = str(self.model.headerData(0, Qt.Orientation.Horizontal))
            self.view.setColumnWidth(0, max(48, metrics.horizontalAdvance(title) + 16))
            self.view.setColumnWidth(2, 96)
            last = self.model.columnCount() - 2
            for column in (last, last + 1):
                title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
                self.view.setColumnWidth(column, max(80, metrics.horizontalAdvance(title) + 16))
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            for year in table.years:
                column = self.model.column_of_year(year)
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        if selected is not None and table is not None:
            for r, row in enumerate(table.rows):
                if row.id == selected.id:
                    self.view.setCurrentIndex(self.model.index(r, 1))
        self._update_status()
        self._selection_changed()

    def _update_status(self) -> None:
        table, year = self.model.table, self.year()
        final = bool(table and year is not None and table.final.get(year))
        self.final_button.setText(self.tr("取消定稿") if final else self.tr("定稿"))
        enabled = table is not None and year is not None
        for button in (self.compute_button, self.final_button, self.export_button,
                       self.print_button, self.import_button):  # fmt: skip
            button.setEnabled(enabled)
        self.compute_button.setEnabled(enabled and not final)
        if not enabled or table is None or year is None:
            self.status.setText(self.tr("尚無計畫：請先在「實施計畫」頁新增或匯入計畫。"))
            return
        counts = {light: 0 for light in Light}
        for row in table.rows:
            cell = row.cells.get(year)
            if cell is not None and cell.light is not None:
                counts[cell.light] += 1
        text = (
            self.tr("%1 年度：綠燈 %2、黃燈 %3、紅燈 %4、白燈（尚無實際值）%5")
            .replace("%1", str(year - ROC_OFFSET))
            .replace("%2", str(counts[Light.GREEN]))
            .replace("%3", str(counts[Light.YELLOW]))
            .replace("%4", str(counts[Light.RED]))
            .replace("%5", str(counts[Light.WHITE]))
        )
        if final:
            text += self.tr("；本年度報告已定稿")
        else:
            missing = len(table.problems(year))
            if missing:
                text += self.tr("；定稿前尚有 %n 項待補", "", missing)
        self.status.setText(text)

    # --- selection and chart --------------------------------------------------------------

    def selected_row(self) -> kpis.KpiRow | None:
        index = self.view.currentIndex()
        rows = self.model.rows()
        if not index.isValid() or index.row() >= len(rows):
            return None
        return rows[index.row()]

    def select_kpi(self, kpi_no: str, year: int | None = None) -> bool:
        for r, row in enumerate(self.model.rows()):
            if row.kpi_no == kpi_no:
                column = self.model.column_of_year(year) if year in self.model.years else 1
                self.view.setCurrentIndex(self.model.index(r, column))
                return True
        return False

    def _selection_changed(self) -> None:
        row = self.selected_row()
        self.actual_button.setEnabled(row is not None and self.year() is not None)
        if row is None or self.model.table is None:
            self.chart.clear()
            return
        years = self.model.years
        targets: list[Decimal | None] = []
        actuals: list[Decimal | None] = []
        lights: list[str] = []
        for year in years:
            cell = row.cells.get(year)
            target = cell.target if cell else None
            actual = cell.actual if cell else None
            targets.append(None if target is None else round_half_up(target.value, 2))
            actuals.append(None if actual is None else round_half_up(actual.value, 2))
            lights.append(cell.light.value if cell and cell.light else "")
        self.chart.set_data(
            f"{row.kpi_no} {row.name}",
            row.unit,
            [f"{y - ROC_OFFSET}" for y in years],
            targets,
            actuals,
            lights,
        )

    def current_year_of_cell(self) -> int | None:
        """The year of the selected cell, else the chosen year."""
        year = self.model.year_of_column(self.view.currentIndex().column())
        return year if year is not None else self.year()

    # --- actions --------------------------------------------------------------------------

    def make_actual_dialog(self, row: kpis.KpiRow, year: int) -> ActualDialog:
        return ActualDialog(self.ctx, row, year, self)

    def edit_actual(self) -> None:
        row, year = self.selected_row(), self.current_year_of_cell()
        if row is None or year is None:
            return
        dialog = self.make_actual_dialog(row, year)
        if dialog.exec():
            self.reload()

    def compute(self) -> None:
        code, year = self.plan_code(), self.year()
        if code is None or year is None:
            return
        self.compute_button.setEnabled(False)
        title = self.tr("計算實績")

        def done(results: list[kpis.ComputeResult]) -> None:
            self.reload()
            missing = sorted({r.outcome.message for r in results if not r.outcome.provided})
            if missing:
                self.ctx.prompts.info(self, title, "\n".join(missing))

        def failed(exc: BaseException) -> None:
            self._update_status()
            self.ctx.prompts.error(self, title, refusal_text(exc))

        self.ctx.runner.run(
            lambda p: kpis.compute_actuals(self.ctx.db, code, year, check=p.check),
            on_done=done,
            on_error=failed,
        )

    def toggle_final(self) -> None:
        code, year, table = self.plan_code(), self.year(), self.model.table
        if code is None or year is None or table is None:
            return
        title = self.tr("年度報告定稿")
        if table.final.get(year):
            question = self.tr("確定要取消 %1 年度報告的定稿？取消後實際值可再修改。").replace(
                "%1", str(year - ROC_OFFSET)
            )
            if self.ctx.prompts.confirm(self, title, question):
                kpis.reopen(self.ctx.db, code, year)
                self.reload()
            return
        today = self.today()

        def failed(exc: BaseException) -> None:
            self.reload()
            self.ctx.prompts.error(self, title, refusal_text(exc))

        self.ctx.runner.run(
            lambda _p: kpis.mark_final(self.ctx.db, code, year, today),
            on_done=lambda _r: self.reload(),
            on_error=failed,
        )

    def make_import_dialog(self) -> ImportDialog:
        kind = ImportKind(
            title=self.tr("匯入 KPI 實績"),
            kind="kpi-actuals",
            template_file=self.tr("KPI實績匯入範本.xlsx"),
            browse_title=self.tr("選擇 KPI 實績檔案"),
        )
        return ImportDialog(self.ctx, self, kind)

    def import_actuals(self) -> None:
        dialog = self.make_import_dialog()
        if dialog.exec() and dialog.imported is not None:
            self.reload()

    def export_report(self) -> None:
        code = self.plan_code()
        if code is None:
            return
        self.outputs.export(
            "kpi",
            code,
            None,
            self.tr("匯出 KPI 報表"),
            self.tr("KPI報表_%1.xlsx").replace("%1", code),
        )

    def print_report(self) -> None:
        code, year = self.plan_code(), self.year()
        if code is None or year is None:
            return
        roc = str(year - ROC_OFFSET)
        self.outputs.print_report(
            "kpi",
            code,
            year,
            self.tr("KPI 報表"),
            self.tr("KPI報表_%1_%2年度.pdf").replace("%1", code).replace("%2", roc),
        )
