"""The plans page (實施計畫, SPEC R15): a plan's strategies and actions as a tree, the
selected action's 辦理期程 (and what it was understood as), progress entries and linked
training classes; editing in dialogs; the plan workbook's import and export, the example
plans, and the year's 執行成果 export and report.

A plan is one service call (``editing.plan_tree``: four queries whatever its size), so the
tree is rebuilt after each change; nothing here reads the database while painting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.hours import format_hours
from hrplanner.domain.rocdate import ROC_OFFSET, format_date
from hrplanner.services.plans import editing
from hrplanner.services.plans.editing import ActionInfo, PlanInfo, PlanTree, StrategyInfo
from hrplanner.ui.plans.dialogs import (
    ActionDialog,
    ClassPickerDialog,
    PlanDialog,
    ProgressDialog,
    StrategyDialog,
)
from hrplanner.ui.plans.kpi_page import default_year
from hrplanner.ui.plans.outputs import PlanOutputs
from hrplanner.ui.plans.plan_files import PlanFileActions
from hrplanner.ui.shell.loading import loading_state
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.tasks import Load

_PLAN_KEY = "plans_page/plan"
STRATEGY, ACTION = "strategy", "action"
ROLE = Qt.ItemDataRole.UserRole


class PlansPage(PlanFileActions):
    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.tree_data: PlanTree | None = None
        self.outputs = PlanOutputs(ctx, self)

        self.plan_combo = QComboBox()
        # A long plan name elides rather than widening the window past 1100 px (English).
        self.plan_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.plan_combo.setMinimumContentsLength(20)
        self.plan_combo.currentIndexChanged.connect(lambda _i: self.show_plan())
        self.new_plan_button = QPushButton(self.tr("新增計畫…"))
        self.edit_plan_button = QPushButton(self.tr("編輯計畫…"))
        self.delete_plan_button = QPushButton(self.tr("刪除計畫"))
        self.import_button = QPushButton(self.tr("匯入計畫…"))
        self.examples_button = QPushButton(self.tr("匯入範例計畫…"))
        self.export_button = QPushButton(self.tr("匯出計畫…"))
        self.new_plan_button.clicked.connect(self.new_plan)
        self.edit_plan_button.clicked.connect(self.edit_plan)
        self.delete_plan_button.clicked.connect(self.delete_plan)
        self.import_button.clicked.connect(self.import_plans)
        self.examples_button.clicked.connect(self.import_examples)
        self.export_button.clicked.connect(self.export_plan)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("策略／具體作法"), self.tr("辦理期程"), self.tr("完成度"), self.tr("連結班期")]
        )
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.tree.setColumnWidth(1, 130)
        self.tree.setColumnWidth(2, 60)
        self.tree.setColumnWidth(3, 96)
        self.tree.currentItemChanged.connect(lambda *_: self.show_detail())
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_item())
        self.add_strategy_button = QPushButton(self.tr("新增策略…"))
        self.add_action_button = QPushButton(self.tr("新增具體作法…"))
        self.edit_button = QPushButton(self.tr("編輯…"))
        self.delete_button = QPushButton(self.tr("刪除"))
        self.add_strategy_button.clicked.connect(self.add_strategy)
        self.add_action_button.clicked.connect(self.add_action)
        self.edit_button.clicked.connect(self.edit_item)
        self.delete_button.clicked.connect(self.delete_item)

        self.plan_info = QLabel()
        self.plan_info.setWordWrap(True)
        self.empty_label = QLabel(
            self.tr("尚無實施計畫。可新增計畫、匯入計畫活頁簿，或先匯入隨附的四個範例計畫。")
        )
        self.empty_label.setWordWrap(True)

        # The selected action.
        self.action_title = QLabel()
        self.action_title.setWordWrap(True)
        self.schedule_label = QLabel()
        self.schedule_label.setWordWrap(True)
        self.indicators_label = QLabel()
        self.indicators_label.setWordWrap(True)
        self.units_label = QLabel()
        self.units_label.setWordWrap(True)
        self.progress_table = self._table(
            [self.tr("日期"), self.tr("辦理情形"), self.tr("完成度")], stretch=1
        )
        self.progress_table.itemDoubleClicked.connect(lambda _i: self.edit_progress())
        self.add_progress_button = QPushButton(self.tr("新增辦理情形…"))
        self.delete_progress_button = QPushButton(self.tr("刪除辦理情形"))
        self.add_progress_button.clicked.connect(self.add_progress)
        self.delete_progress_button.clicked.connect(self.delete_progress)
        self.classes_table = self._table(
            [self.tr("班期代碼"), self.tr("課程名稱"), self.tr("結訓日"), self.tr("人次"),
             self.tr("時數")], stretch=1,
        )  # fmt: skip
        self.link_button = QPushButton(self.tr("連結班期…"))
        self.unlink_button = QPushButton(self.tr("移除連結"))
        self.link_button.clicked.connect(self.link_classes)
        self.unlink_button.clicked.connect(self.unlink_class)

        self.year_combo = QComboBox()
        self.result_export_button = QPushButton(self.tr("匯出執行成果…"))
        self.result_print_button = QPushButton(self.tr("列印執行成果報告…"))
        self.result_export_button.clicked.connect(self.export_results)
        self.result_print_button.clicked.connect(self.print_results)

        self._lay_out()
        # Read on a reader thread, dropped when the user leaves; the banner shows meanwhile.
        self.load = Load(ctx.runner, self)
        loading_state(self.tree, self.load)
        self.refresh()

    def _table(self, headers: list[str], stretch: int) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setDefaultSectionSize(24)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        return table

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("計畫")))
        top.addWidget(self.plan_combo, 1)
        for button in (self.new_plan_button, self.edit_plan_button, self.delete_plan_button,
                       self.import_button, self.examples_button, self.export_button):  # fmt: skip
            top.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.plan_info)
        left_layout.addWidget(self.tree, 1)
        tree_buttons = QHBoxLayout()
        for button in (self.add_strategy_button, self.add_action_button, self.edit_button,
                       self.delete_button):  # fmt: skip
            tree_buttons.addWidget(button)
        tree_buttons.addStretch(1)
        left_layout.addLayout(tree_buttons)

        detail = QGroupBox(self.tr("具體作法"))
        grid = QGridLayout(detail)
        grid.addWidget(self.action_title, 0, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("辦理期程")), 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.schedule_label, 1, 1)
        grid.addWidget(QLabel(self.tr("績效指標")), 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.indicators_label, 2, 1)
        grid.addWidget(QLabel(self.tr("辦理單位")), 3, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.units_label, 3, 1)
        grid.setColumnStretch(1, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(detail)
        right_layout.addWidget(QLabel(self.tr("辦理情形")))
        right_layout.addWidget(self.progress_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_progress_button)
        row.addWidget(self.delete_progress_button)
        row.addStretch(1)
        right_layout.addLayout(row)
        right_layout.addWidget(QLabel(self.tr("連結班期（執行成果的佐證）")))
        right_layout.addWidget(self.classes_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.link_button)
        row.addWidget(self.unlink_button)
        row.addStretch(1)
        right_layout.addLayout(row)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 500])
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(QLabel(self.tr("執行成果年度")))
        bottom.addWidget(self.year_combo)
        bottom.addWidget(self.result_export_button)
        bottom.addWidget(self.result_print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    # --- loading --------------------------------------------------------------------------

    def plan_code(self) -> str | None:
        data = self.plan_combo.currentData()
        return None if data is None else str(data)

    def refresh(self) -> None:
        current = self.plan_code() or self.ctx.qsettings.value(_PLAN_KEY)
        db = self.ctx.db
        self.load.start(
            lambda _p: editing.list_plans(db), lambda plans: self._show_plans(plans, current)
        )

    def _show_plans(self, plans: list[PlanInfo], current: object) -> None:
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for plan in plans:
            self.plan_combo.addItem(f"{plan.code}　{plan.name}", plan.code)
        index = self.plan_combo.findData(current)
        self.plan_combo.setCurrentIndex(index if index >= 0 else (0 if plans else -1))
        self.plan_combo.blockSignals(False)
        self.empty_label.setVisible(not plans)
        self.show_plan()

    def select_plan(self, code: str) -> None:
        index = self.plan_combo.findData(code)
        if index >= 0:
            self.plan_combo.setCurrentIndex(index)

    def show_plan(self, keep: tuple[str, int] | None = None) -> None:
        code, db = self.plan_code(), self.ctx.db
        self.load.start(
            lambda _p: editing.plan_tree(db, code) if code else None,
            lambda tree: self._show_tree(code, tree, keep),
        )

    def _show_tree(
        self, code: str | None, tree_data: PlanTree | None, keep: tuple[str, int] | None
    ) -> None:
        self.tree_data = tree_data
        if code:
            self.ctx.qsettings.setValue(_PLAN_KEY, code)
        self.tree.clear()
        tree = self.tree_data
        if tree is None:
            self.plan_info.setText("")
            self._fill_years([])
            self.show_detail()
            return
        plan = tree.plan
        period = ""
        if plan.first_year and plan.last_year:
            period = (
                self.tr("%1 至 %2 年")
                .replace("%1", str(plan.first_year - ROC_OFFSET))
                .replace("%2", str(plan.last_year - ROC_OFFSET))
            )
        self.plan_info.setText(
            self.tr("計畫期間：%1　主辦單位：%2")
            .replace("%1", period or "—")
            .replace("%2", plan.unit or "—")
        )
        chosen: QTreeWidgetItem | None = None
        for strategy in tree.strategies:
            item = QTreeWidgetItem([f"{strategy.strategy_no}　{strategy.name}", "", "", ""])
            item.setData(0, ROLE, (STRATEGY, strategy.id))
            item.setToolTip(0, strategy.name)
            self.tree.addTopLevelItem(item)
            if keep == (STRATEGY, strategy.id):
                chosen = item
            for action in strategy.actions:
                child = QTreeWidgetItem(
                    [
                        f"{action.action_no}　{action.text}",
                        action.schedule,
                        self._done(action),
                        str(len(action.classes)) if action.classes else "",
                    ]
                )
                child.setData(0, ROLE, (ACTION, action.id))
                child.setToolTip(0, action.text)
                item.addChild(child)
                if keep == (ACTION, action.id):
                    chosen = child
            item.setExpanded(True)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self._fill_years(plan.years)
        self.show_detail()

    @staticmethod
    def _done(action: ActionInfo) -> str:
        marked = [p.done_percent for p in action.progress if p.done_percent is not None]
        return f"{marked[-1]}%" if marked else ""

    def _fill_years(self, years: list[int]) -> None:
        current = self.year_combo.currentData()
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(self.tr("%1 年度").replace("%1", str(year - ROC_OFFSET)), year)
        wanted = current if current in years else default_year(years, self.today())
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(wanted)))

    # --- the selection --------------------------------------------------------------------

    def selected(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        kind, ident = item.data(0, ROLE)
        return str(kind), int(ident)

    def strategy(self, strategy_id: int) -> StrategyInfo | None:
        tree = self.tree_data
        return next((s for s in tree.strategies if s.id == strategy_id), None) if tree else None

    def action(self) -> ActionInfo | None:
        chosen = self.selected()
        if chosen is None or chosen[0] != ACTION or self.tree_data is None:
            return None
        return next(
            (a for s in self.tree_data.strategies for a in s.actions if a.id == chosen[1]), None
        )

    def select_item(self, kind: str, ident: int) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is None:
                continue
            for item in (top, *(top.child(j) for j in range(top.childCount()))):
                if item is not None and tuple(item.data(0, ROLE)) == (kind, ident):
                    self.tree.setCurrentItem(item)
                    return True
        return False

    def show_detail(self) -> None:
        action = self.action()
        self.progress_table.setRowCount(0)
        self.classes_table.setRowCount(0)
        if action is None:
            self.action_title.setText(self.tr("請在左側選擇一項具體作法。"))
            for label in (self.schedule_label, self.indicators_label, self.units_label):
                label.setText("")
            self._update_buttons()
            return
        self.action_title.setText(f"{action.action_no}　{action.text}")
        schedule = action.parsed_schedule
        self.schedule_label.setText(
            f"{action.schedule}\n{schedule.understood}" if action.schedule else "—"
        )
        self.indicators_label.setText(action.indicators or "—")
        self.units_label.setText(action.units or "—")
        style = self.ctx.date_style
        self.progress_table.setRowCount(len(action.progress))
        for row, entry in enumerate(action.progress):
            done = "" if entry.done_percent is None else f"{entry.done_percent}%"
            for column, text in enumerate((format_date(entry.day, style), entry.text, done)):
                item = QTableWidgetItem(text)
                item.setData(ROLE, entry.id)
                self.progress_table.setItem(row, column, item)
        self.classes_table.setRowCount(len(action.classes))
        for row, linked in enumerate(action.classes):
            values = (
                linked.code,
                linked.title,
                format_date(linked.end_date, style),
                str(linked.person_times),
                format_hours(linked.credit_minutes),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(ROLE, linked.class_id)
                self.classes_table.setItem(row, column, item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_plan = self.tree_data is not None
        chosen = self.selected()
        action = self.action()
        for button in (self.edit_plan_button, self.delete_plan_button, self.export_button,
                       self.add_strategy_button, self.result_export_button,
                       self.result_print_button):  # fmt: skip
            button.setEnabled(has_plan)
        self.add_action_button.setEnabled(chosen is not None)
        self.edit_button.setEnabled(chosen is not None)
        self.delete_button.setEnabled(chosen is not None)
        self.add_progress_button.setEnabled(action is not None)
        self.link_button.setEnabled(action is not None)
        self.delete_progress_button.setEnabled(bool(self.progress_table.selectedItems()))
        self.unlink_button.setEnabled(bool(self.classes_table.selectedItems()))
        if not has_plan:
            self.result_export_button.setEnabled(False)
            self.result_print_button.setEnabled(False)

    # --- plans ----------------------------------------------------------------------------

    def make_plan_dialog(self, plan: editing.PlanInfo | None) -> PlanDialog:
        return PlanDialog(self.ctx, plan, self)

    def new_plan(self) -> None:
        dialog = self.make_plan_dialog(None)
        if dialog.exec() and dialog.result_value is not None:
            self.refresh()
            self.select_plan(dialog.result_value.code)

    def edit_plan(self) -> None:
        if self.tree_data is None:
            return
        dialog = self.make_plan_dialog(self.tree_data.plan)
        if dialog.exec() and dialog.result_value is not None:
            self.refresh()
            self.select_plan(dialog.result_value.code)

    def delete_plan(self) -> None:
        if self.tree_data is None:
            return
        plan = self.tree_data.plan
        question = self.tr(
            "確定要刪除計畫「%1」？其策略、具體作法、辦理情形與 KPI 都會一併刪除。"
        ).replace("%1", plan.name)
        if not self.ctx.prompts.confirm(self, self.tr("刪除計畫"), question):
            return
        editing.delete_plan(self.ctx.db, plan.id)
        self.refresh()

    # --- strategies and actions -----------------------------------------------------------

    def make_strategy_dialog(self, strategy: StrategyInfo | None) -> StrategyDialog:
        assert self.tree_data is not None
        return StrategyDialog(self.ctx, self.tree_data.plan.id, strategy, self)

    def make_action_dialog(self, strategy_id: int, action: ActionInfo | None) -> ActionDialog:
        return ActionDialog(self.ctx, strategy_id, action, self)

    def add_strategy(self) -> None:
        if self.tree_data is None:
            return
        dialog = self.make_strategy_dialog(None)
        if dialog.exec():
            self.show_plan((STRATEGY, int(dialog.result_value)))

    def _strategy_id(self) -> int | None:
        chosen = self.selected()
        if chosen is None:
            return None
        if chosen[0] == STRATEGY:
            return chosen[1]
        action = self.action()
        return action.strategy_id if action else None

    def add_action(self) -> None:
        strategy_id = self._strategy_id()
        if strategy_id is None:
            return
        dialog = self.make_action_dialog(strategy_id, None)
        if dialog.exec():
            self.show_plan((ACTION, int(dialog.result_value)))

    def edit_item(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        if chosen[0] == STRATEGY:
            dialog: StrategyDialog | ActionDialog = self.make_strategy_dialog(
                self.strategy(chosen[1])
            )
        else:
            action = self.action()
            if action is None:
                return
            dialog = self.make_action_dialog(action.strategy_id, action)
        if dialog.exec():
            self.show_plan(chosen)

    def delete_item(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        if chosen[0] == STRATEGY:
            strategy = self.strategy(chosen[1])
            question = self.tr("確定要刪除策略「%1」及其所有具體作法？").replace(
                "%1", strategy.name if strategy else ""
            )
        else:
            action = self.action()
            question = self.tr("確定要刪除具體作法「%1」？").replace(
                "%1", action.text if action else ""
            )
        if not self.ctx.prompts.confirm(self, self.tr("刪除"), question):
            return
        if chosen[0] == STRATEGY:
            editing.delete_strategy(self.ctx.db, chosen[1])
        else:
            editing.delete_action(self.ctx.db, chosen[1])
        self.show_plan()

    # --- progress and linked classes ------------------------------------------------------

    def make_progress_dialog(
        self, action_id: int, entry: editing.ProgressInfo | None
    ) -> ProgressDialog:
        return ProgressDialog(self.ctx, action_id, entry, self.today, self)

    def add_progress(self) -> None:
        action = self.action()
        if action is None:
            return
        if self.make_progress_dialog(action.id, None).exec():
            self.show_plan((ACTION, action.id))

    def _selected_progress(self) -> editing.ProgressInfo | None:
        action = self.action()
        rows = self.progress_table.selectionModel().selectedRows()
        if action is None or not rows:
            return None
        return action.progress[rows[0].row()]

    def edit_progress(self) -> None:
        action, entry = self.action(), self._selected_progress()
        if action is None or entry is None:
            return
        if self.make_progress_dialog(action.id, entry).exec():
            self.show_plan((ACTION, action.id))

    def delete_progress(self) -> None:
        action, entry = self.action(), self._selected_progress()
        if action is None or entry is None:
            return
        editing.delete_progress(self.ctx.db, entry.id)
        self.show_plan((ACTION, action.id))

    def make_class_picker(self) -> ClassPickerDialog:
        years = self.tree_data.plan.years if self.tree_data else []
        return ClassPickerDialog(self.ctx, years, self)

    def link_classes(self) -> None:
        action = self.action()
        if action is None:
            return
        picker = self.make_class_picker()
        if not picker.exec():
            return
        ids = picker.selected_ids()
        if ids:
            editing.link_classes(self.ctx.db, action.id, ids)
            self.show_plan((ACTION, action.id))

    def unlink_class(self) -> None:
        action = self.action()
        rows = self.classes_table.selectionModel().selectedRows()
        if action is None or not rows:
            return
        linked = action.classes[rows[0].row()]
        editing.unlink_class(self.ctx.db, action.id, linked.class_id)
        self.show_plan((ACTION, action.id))
