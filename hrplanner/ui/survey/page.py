"""The 滿意度調查 page (R19): the year's classes with their forms returned, 回收率 and mean
satisfaction, the year in total and (on a tab beside the classes, so both tables have the
page's width) by class category and organiser, and below the list the selected class's
survey (questionnaire, response grid, results, import, print).

The year is read on the background worker in a handful of grouped queries (about 0.1 s for
the 300 classes of a large demo year), so changing the year never holds the window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.rocdate import format_date, roc_year
from hrplanner.domain.survey_results import YearSummary
from hrplanner.services.survey import results
from hrplanner.services.survey.results import ClassFigures
from hrplanner.ui.shell.loading import loading_state
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.tasks import Load, Progress
from hrplanner.ui.survey.panel import SurveyPanel
from hrplanner.ui.training.models import (
    QT_TRANSLATE_NOOP,
    Column,
    RowsModel,
    fit_columns,
    is_refusal,
    refusal_text,
)

YEARS_BACK = 10
_SPLIT_KEY = "survey_page/splitter"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
GROUP_LABELS = (
    QT_TRANSLATE_NOOP("SurveyPage", "類別"),
    QT_TRANSLATE_NOOP("SurveyPage", "主辦單位"),
)


@dataclass(frozen=True)
class Loaded:
    classes: list[ClassFigures]
    summary: YearSummary


def class_columns(date_style: str) -> list[Column[ClassFigures]]:
    def mean_sort(c: ClassFigures) -> float:
        mean = c.results.overall_mean
        return float(mean) if mean is not None else -1.0  # sorting only

    return [
        Column(QT_TRANSLATE_NOOP("TrainingModels", "班期代碼"), lambda c: c.code),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "課程名稱"), lambda c: c.title),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "類別"), lambda c: c.category),
        Column(QT_TRANSLATE_NOOP("TrainingModels", "主辦單位"), lambda c: c.organizer),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "結束日期"),
            lambda c: format_date(c.end_date, date_style),
            sort=lambda c: c.end_date.toordinal() if c.end_date else 0,
        ),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "回收份數"),
            lambda c: str(c.results.responses),
            sort=lambda c: c.results.responses,
            align_right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "取得時數人數"),
            lambda c: str(c.results.credited),
            sort=lambda c: c.results.credited,
            align_right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "回收率"),
            lambda c: c.results.response_rate_text,
            sort=lambda c: float(c.results.response_rate or -1),
            align_right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("TrainingModels", "平均滿意度"),
            lambda c: c.results.overall_mean_text,
            sort=mean_sort,
            align_right=True,
        ),
    ]


class SurveyPage(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.loaded: Loaded | None = None
        self.year_combo = QComboBox()
        this_year = today().year
        for year in range(this_year, this_year - YEARS_BACK - 1, -1):
            label = self.tr("%1 年度").replace("%1", str(roc_year(dt.date(year, 1, 1))))
            self.year_combo.addItem(label, year)
        self.year_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.total_label = QLabel()
        self.total_label.setWordWrap(True)
        self.model: RowsModel[ClassFigures] = RowsModel(class_columns(ctx.date_style), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        # The service's order until the user clicks a header.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        fit_columns(self.table, 56, wide=(2, 3))  # a category or organiser of five characters
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selected())
        self.groups = QTableWidget(0, 6)
        self.groups.setHorizontalHeaderLabels(
            [self.tr("分組"), self.tr("名稱"), self.tr("班期數"), self.tr("回收份數"),
             self.tr("回收率"), self.tr("平均滿意度")]
        )  # fmt: skip
        self.groups.verticalHeader().setVisible(False)
        self.groups.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.groups.setWordWrap(False)
        self.groups.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.groups.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.groups.verticalHeader().setDefaultSectionSize(self.groups.fontMetrics().height() + 8)
        # The figures fit their titles; the name takes the rest (a long one elides in the
        # middle, whole in its tooltip).
        fit_columns(self.groups, 56, wide=(0,))
        self.groups.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.panel = SurveyPanel(ctx, self, today)
        self.panel.changed.connect(self._class_changed)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年度")))
        top.addWidget(self.year_combo)
        top.addWidget(self.total_label, 1)
        # Side by side neither table had room for its columns.
        self.lists = QTabWidget()
        self.lists.addTab(self.table, self.tr("各班期"))
        self.lists.addTab(self.groups, self.tr("依類別及主辦單位"))
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.lists, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        state = ctx.qsettings.value(_SPLIT_KEY)
        if state is not None:
            self.splitter.restoreState(state)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        # Read on a reader thread, dropped when the user leaves; the banner shows meanwhile.
        self.load = Load(self.ctx.runner, self)
        loading_state(self.table, self.load)
        self.refresh()

    def year(self) -> int:
        return int(self.year_combo.currentData())

    def refresh(self, keep_id: int | None = None) -> None:
        year, db = self.year(), self.ctx.db
        self.total_label.setText(self.tr("讀取中…"))

        def work(_progress: Progress) -> Loaded:
            found = results.year_figures(db, year, answered_only=False)
            return Loaded(found, results.year_summary([c for c in found if c.results.responses]))

        self.load.start(work, lambda loaded: self._show(loaded, keep_id), self._failed)

    def _show(self, loaded: Loaded, keep_id: int | None) -> None:
        self.loaded = loaded
        self.model.set_rows(loaded.classes)
        total = loaded.summary.total
        self.total_label.setText(
            self.tr("%1 個班期有問卷回覆，共 %2 份；回收率 %3；平均滿意度 %4")
            .replace("%1", str(total.classes))
            .replace("%2", str(total.responses))
            .replace("%3", total.response_rate_text)
            .replace("%4", total.mean_text)
        )
        rows = [(GROUP_LABELS[0], g) for g in loaded.summary.by_category]
        rows += [(GROUP_LABELS[1], g) for g in loaded.summary.by_organizer]
        self.groups.setRowCount(len(rows))
        for row, (kind, g) in enumerate(rows):
            values = (
                QCoreApplication.translate("SurveyPage", kind), g.key, str(g.classes),
                str(g.responses), g.response_rate_text, g.mean_text,
            )  # fmt: skip
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column == 1:
                    cell.setToolTip(value)  # a long name elides in the middle
                elif column > 1:
                    cell.setTextAlignment(_RIGHT)
                self.groups.setItem(row, column, cell)
        selected = False
        if keep_id is not None:
            for row, item in enumerate(self.model.rows()):
                if item.class_id == keep_id:
                    self.table.selectRow(row)
                    selected = True
        if not selected:
            self.panel.set_class(None, None)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        item = self.model.row_at(rows[0].row()) if rows else None
        if item is None:
            self.panel.set_class(None, None)
        elif item.class_id != self.panel.class_id:
            self.panel.set_class(item.class_id, item.code)

    def _class_changed(self) -> None:
        """Forms were typed or imported: the year's figures follow, the class stays open."""
        self.refresh(self.panel.class_id)

    def _failed(self, exc: BaseException) -> None:
        if not is_refusal(exc):
            raise exc
        self.ctx.prompts.error(self, self.tr("無法讀取滿意度調查"), refusal_text(exc))

    def save_state(self) -> None:
        self.ctx.qsettings.setValue(_SPLIT_KEY, self.splitter.saveState())
