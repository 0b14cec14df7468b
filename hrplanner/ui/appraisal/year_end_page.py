"""The 年終考績 page (R14): every appraisal of a year — kind, item score or the four
components typed in place, 獎懲 with their net points, score, grade, the named problems,
the 甲等 evidence, the status — and per 官等 the 甲 share against the setting with how
many 甲 it allows, updated as a score is typed (before it is saved).

The year is read in the background (five queries for any size) and shown 500 rows at a
time; filters (unit, status, only rows with problems) work on the rows in memory, and the
ratio is always the whole year's. The panel beside the table shows the selected person's
details and edits the rest (kind and reason, facts, the 丁 ground, the workflow); the
獎懲 register, the leave summaries and the committee open from the buttons. The teachers'
成績考核 of the school year ending in the year has its own tab.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.appraisal.problems import percent_text
from hrplanner.domain.appraisal.ratio import RatioEntry, RatioRow, a_ratio_by_rank
from hrplanner.domain.appraisal.score import appraisal_score
from hrplanner.domain.appraisal.vocabulary import AppraisalKind, Grade, WorkflowStatus
from hrplanner.services.appraisal import cycle, year_end
from hrplanner.services.appraisal.year_end import YearEndEntry, YearEndRow, YearEndView
from hrplanner.services.common import reference
from hrplanner.ui.appraisal.common import FormPrinter, fill_years, make_import_dialog, roc, term
from hrplanner.ui.appraisal.year_end_model import COMPONENT_FIELDS, ITEM, YearEndModel
from hrplanner.ui.shell.loading import loading_state
from hrplanner.ui.shell.navigation import quiet, select_data
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.prompts import workbook_filter
from hrplanner.ui.shell.tasks import Load, Progress
from hrplanner.ui.shell.widgets import PartsLabel, fill_combo
from hrplanner.ui.training.models import is_refusal, refusal_text

_Index = QModelIndex | QPersistentModelIndex
OVER_STYLE = "color:#b00020;font-weight:bold"  # a 官等 over its 甲 limit


class ScoreDelegate(QStyledItemDelegate):
    """A number editor (0–100) that reports every keystroke of an item score (``typed``)."""

    def __init__(self, typed: Callable[[int, str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._typed = typed

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setValidator(QIntValidator(0, 100, editor))
        if index.column() == ITEM:
            row = index.row()
            editor.textEdited.connect(lambda text: self._typed(row, text))
        return editor


def ratio_entries(rows: list[YearEndRow]) -> list[RatioEntry]:
    return [
        RatioEntry(r.rank_group, AppraisalKind(r.kind), Grade(r.grade) if r.grade else None)
        for r in rows
        if r.kind is not None
    ]


class YearEndPage(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.view: YearEndView | None = None
        self.all_rows: list[YearEndRow] = []
        self.ratio: tuple[RatioRow, ...] = ()
        self.printer = FormPrinter(ctx, self)

        self.year_combo = QComboBox()
        self.unit_combo = QComboBox()
        self.status_combo = QComboBox()
        self.problems_only = QCheckBox(self.tr("只列有問題者"))
        self.count_label = QLabel()
        self.ratio_label = PartsLabel()
        self.open_button = QPushButton(self.tr("開辦年度…"))
        self.import_button = QPushButton(self.tr("匯入考績…"))
        self.rewards_button = QPushButton(self.tr("獎懲登記…"))
        self.leave_button = QPushButton(self.tr("差勤統計…"))
        self.committee_button = QPushButton(self.tr("考績委員會…"))
        self.export_button = QPushButton(self.tr("匯出清冊…"))
        self.list_button = QPushButton(self.tr("列印清冊"))
        self.notice_button = QPushButton(self.tr("列印通知書"))

        self.model = YearEndModel(self._write, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(ScoreDelegate(self.preview_typed, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)

        from hrplanner.ui.appraisal.detail_panel import DetailPanel
        from hrplanner.ui.appraisal.teachers_tab import TeachersTab

        self.detail = DetailPanel(ctx, self, today)
        self.detail.saved.connect(self.row_saved)
        self.detail.moved.connect(self.refresh)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 320])
        self.teachers = TeachersTab(ctx, self, today)
        self.tabs = QTabWidget()
        civil = QWidget()
        civil_layout = QVBoxLayout(civil)
        civil_layout.setContentsMargins(0, 0, 0, 0)
        civil_layout.addWidget(self.ratio_label)
        civil_layout.addWidget(splitter, 1)
        civil_layout.addWidget(self.count_label)
        self.tabs.addTab(civil, self.tr("公務人員考績"))
        self.tabs.addTab(self.teachers, self.tr("教師成績考核"))

        self.year_combo.currentIndexChanged.connect(self.refresh)
        self.unit_combo.currentIndexChanged.connect(self.apply_filter)
        self.status_combo.currentIndexChanged.connect(self.apply_filter)
        self.problems_only.toggled.connect(self.apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.open_button.clicked.connect(self.open_year)
        self.import_button.clicked.connect(self.import_scores)
        self.rewards_button.clicked.connect(self.open_rewards)
        self.leave_button.clicked.connect(self.open_leave)
        self.committee_button.clicked.connect(self.open_committee)
        self.export_button.clicked.connect(self.export)
        self.list_button.clicked.connect(self.print_list)
        self.notice_button.clicked.connect(self.print_notices)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年度")))
        top.addWidget(self.year_combo)
        top.addWidget(self.unit_combo)
        top.addWidget(self.status_combo)
        top.addWidget(self.problems_only)
        top.addStretch(1)
        # The actions on a row of their own: with the filters they overflow 1100 px.
        actions = QHBoxLayout()
        actions.addStretch(1)
        for button in (
            self.open_button,
            self.import_button,
            self.rewards_button,
            self.leave_button,
            self.committee_button,
        ):
            actions.addWidget(button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        for button in (self.export_button, self.list_button, self.notice_button):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self._fill_filters()
        # Read on a reader thread, dropped when the user leaves; the banner shows meanwhile.
        self.load = Load(self.ctx.runner, self)
        loading_state(self.table, self.load)
        self.fill_years()

    # --- choices -------------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        units = reference.list_items(self.ctx.db, "unit")
        fill_combo(
            self.unit_combo, [(self.tr("全部單位"), None), *((u.name, u.name) for u in units)]
        )
        fill_combo(
            self.status_combo,
            [(self.tr("全部狀態"), None), *((term(s.value), s.value) for s in WorkflowStatus)],
        )

    def fill_years(self, current: int | None = None) -> None:
        opened = cycle.opened_years(self.ctx.db)
        this_year = self.today().year
        default = current or next((y for y in opened if y <= this_year), None)
        fill_years(self.year_combo, this_year, opened, default)
        self.refresh()

    def show_filtered(
        self, year: int | None = None, status: str | None = None, **_: object
    ) -> None:
        """``navigate("year_end", year=…)``: the year's appraisals, every unit."""
        with quiet(self.year_combo, self.unit_combo, self.status_combo, self.problems_only):
            if year is not None:
                select_data(self.year_combo, year)
            select_data(self.unit_combo, None)
            select_data(self.status_combo, status)
            self.problems_only.setChecked(False)
        self.tabs.setCurrentIndex(0)
        self.refresh()

    def year(self) -> int:
        return int(self.year_combo.currentData())

    # --- loading and filtering -----------------------------------------------------------------

    def refresh(self) -> None:
        db, year = self.ctx.db, self.year()
        self.count_label.setText(self.tr("讀取中…"))

        def work(progress: Progress) -> YearEndView:
            return year_end.year_end_view(db, year)

        self.load.start(work, self._show, self._failed)
        self.teachers.load(year - 1)

    def _show(self, view: YearEndView) -> None:
        self.view = view
        self.all_rows = list(view.rows)
        self.ratio = view.ratio
        self.apply_filter()
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        for column in range(self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, max(44, metrics.horizontalAdvance(title) + 18))
        for column, sample in (
            (0, "員工編號0"),
            (1, "歐陽雅琪"),
            (2, "教育處國民教育科"),
            (4, term("年終考績")),
            (13, "獎懲抵銷後仍減少 3 分"),
            (15, term("已評擬")),
        ):
            wanted = metrics.horizontalAdvance(sample) + 18
            header.resizeSection(column, max(header.sectionSize(column), wanted))
        self.show_ratio()

    def _failed(self, exc: BaseException) -> None:
        if not is_refusal(exc):
            raise exc
        self.count_label.setText("")
        self.ctx.prompts.error(self, self.tr("無法讀取考績"), refusal_text(exc))

    def apply_filter(self) -> None:
        unit, status = self.unit_combo.currentData(), self.status_combo.currentData()
        rows = [
            r
            for r in self.all_rows
            if (unit is None or r.unit == unit)
            and (status is None or r.status == status)
            and (not self.problems_only.isChecked() or r.problems)
        ]
        self.model.set_rows(rows)
        if self.view is not None and self.view.cycle is None:
            self.count_label.setText(
                self.tr("%1 年度尚未開辦考績：請按「開辦年度…」。").replace(
                    "%1", str(roc(self.year()))
                )
            )
        else:
            self.count_label.setText(
                self.tr("共 %1 人，列出 %2 人；有問題者 %3 人")
                .replace("%1", str(len(self.all_rows)))
                .replace("%2", str(len(rows)))
                .replace("%3", str(sum(1 for r in self.all_rows if r.problems)))
            )
        self.detail.show_row(None)

    # --- the ratio, live -----------------------------------------------------------------------

    def ratio_with(
        self, appraisal_id: int | None = None, grade: str | None = None
    ) -> tuple[RatioRow, ...]:
        """The 甲 share per 官等 of the whole year, with one person's grade replaced."""
        rows = self.all_rows
        if appraisal_id is not None:
            rows = [replace(r, grade=grade) if r.id == appraisal_id else r for r in rows]
        limit = self.view.limit if self.view is not None else None
        order = self.view.rank_order if self.view is not None else ()
        if limit is None:
            return ()
        return a_ratio_by_rank(ratio_entries(rows), limit, order)

    def show_ratio(self, ratio: tuple[RatioRow, ...] | None = None) -> None:
        ratio = self.ratio if ratio is None else ratio
        if not ratio:
            self.ratio_label.set_parts([])
            return
        parts = []
        for row in ratio:
            text = (
                self.tr("%1：甲 %2／%3 人（%4），上限 %5 可列 %6 人")
                .replace("%1", row.rank_group or self.tr("未填官等"))
                .replace("%2", str(row.a_count))
                .replace("%3", str(row.people))
                .replace("%4", percent_text(row.share))
                .replace("%5", percent_text(row.limit))
                .replace("%6", str(row.allowed))
            )
            parts.append((f"{text} ⚠", OVER_STYLE) if row.over else (text, ""))
        self.ratio_label.set_parts(parts)

    def preview_typed(self, row: int, text: str) -> None:
        """An item score being typed: show the score and grade it gives, and the ratio."""
        r = self.model.row_at(row)
        if not text.isdigit() or int(text) > 100 or r.kind is None:
            self.model.clear_preview(row)
            self.show_ratio()
            return
        result = appraisal_score(int(text), r.net_points)
        self.model.set_preview(row, result.score, result.grade.value)
        self.show_ratio(self.ratio_with(r.id, result.grade.value))

    # --- saving --------------------------------------------------------------------------------

    def entry_of(self, r: YearEndRow, **changes: Any) -> YearEndEntry:
        values: dict[str, Any] = {
            "item_score": r.item_score,
            "work": r.work,
            "conduct": r.conduct,
            "knowledge": r.knowledge,
            "ability": r.ability,
            "facts": r.facts,
            "note": r.note,
            "punished": r.punished,
            "d_ground": r.d_ground,
            "pay_position": r.pay_position,
        }
        values.update(changes)
        return YearEndEntry(**values)

    def _write(self, r: YearEndRow, column: int, number: int | None) -> YearEndRow | None:
        field = "item_score" if column == ITEM else COMPONENT_FIELDS[column]
        changes: dict[str, Any] = {field: number}
        if field == "item_score" and r.components is not None:
            # A typed item score replaces the components it no longer agrees with.
            changes.update(work=None, conduct=None, knowledge=None, ability=None)
        reason = self.detail.reason_text()
        if r.status == WorkflowStatus.APPROVED.value and not reason:
            self.ctx.prompts.error(
                self,
                self.tr("修改已核定的考績"),
                self.tr("考績已核定，修改須先在右側「修改理由」填寫理由（會記錄修改前後的內容）。"),
            )
            return None
        try:
            saved = year_end.save_entry(
                self.ctx.db,
                r.id,
                self.entry_of(r, **changes),
                version=r.version,
                today=self.today(),
                reason=reason,
            )
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self.ctx.prompts.error(self, self.tr("無法儲存考績"), refusal_text(exc))
            return None
        self._remember(saved)
        if self.detail.row is not None and self.detail.row.id == saved.id:
            # The panel beside shows this person: its next action (kind, workflow, save)
            # must carry the saved version, or the service refuses it as someone else's.
            self.detail.show_row(saved)
        return saved

    def _remember(self, saved: YearEndRow) -> None:
        self.all_rows = [saved if r.id == saved.id else r for r in self.all_rows]
        self.ratio = self.ratio_with()
        self.show_ratio()

    def row_saved(self, saved: YearEndRow) -> None:
        self._remember(saved)
        row = self.model.row_of(saved.id)
        if row is not None:
            self.model.replace_row(row, saved)
        self.detail.show_row(saved)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.detail.show_row(self.model.row_at(current.row()) if current.isValid() else None)

    def selected_rows(self) -> list[YearEndRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows]

    # --- the other actions ---------------------------------------------------------------------

    def open_year(self) -> None:
        from hrplanner.ui.appraisal.open_dialog import OpenYearDialog

        dialog = OpenYearDialog(self.ctx, self, year=self.year(), today=self.today)
        if dialog.exec() and dialog.report is not None:
            self.fill_years(dialog.report.year)

    def import_scores(self) -> None:
        dialog = make_import_dialog(self.ctx, self, "appraisal")
        if dialog.exec() and dialog.imported is not None:
            self.refresh()

    def open_rewards(self) -> None:
        from hrplanner.ui.appraisal.records_dialogs import RewardsDialog

        person = self.detail.row
        dialog = RewardsDialog(
            self.ctx, self, year=self.year(), employee_id=person.employee_id if person else None
        )
        dialog.exec()
        if dialog.changed:
            self.refresh()

    def open_leave(self) -> None:
        from hrplanner.ui.appraisal.records_dialogs import LeaveDialog

        dialog = LeaveDialog(self.ctx, self, year=self.year())
        dialog.exec()
        if dialog.changed:
            self.refresh()

    def open_committee(self) -> None:
        from hrplanner.ui.appraisal.records_dialogs import CommitteeDialog

        dialog = CommitteeDialog(self.ctx, self, year=self.year())
        if dialog.exec():
            self.refresh()

    def export(self) -> None:
        from hrplanner.services import catalogue

        suggested = self.tr("%1年度考績清冊.xlsx").replace("%1", str(roc(self.year())))
        path = self.ctx.prompts.save_file(
            self, self.tr("匯出考績清冊"), suggested, workbook_filter()
        )
        if path is None:
            return
        kind = catalogue.export_kind("appraisal")
        assert kind is not None
        request = catalogue.FileRequest(year=self.year())
        self.ctx.runner.run(
            lambda _p: kind.run(self.ctx.db, Path(path), request),
            on_done=lambda done: self.ctx.prompts.info(self, self.tr("匯出考績清冊"), done.summary),
            on_error=self._failed,
        )

    def print_list(self) -> None:
        title = self.tr("考績清冊")
        self.printer.print_form("appraisal-list", title, f"{title}.pdf", year=self.year())

    def print_notices(self) -> None:
        title = self.tr("考績通知書")
        options: dict[str, Any] = {"date": self.today()}
        selected = self.selected_rows()
        if len(selected) == 1:
            options["employee"] = selected[0].employee_no
        elif self.unit_combo.currentData():
            options["unit"] = self.unit_combo.currentData()
        self.printer.print_form(
            "appraisal-notice", title, f"{title}.pdf", year=self.year(), options=options
        )
