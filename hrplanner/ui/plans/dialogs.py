"""The dialogs of the plans and KPI pages: a plan, a strategy, an action (with what its
辦理期程 was understood as, while typing), a progress entry, the class picker, and one KPI
year's actual with 落後原因 and 因應策略.

Thin dialogs: each reads its fields, calls one service on OK and closes only when the
service accepted; every problem is shown under the form in the service's own words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.plans.schedule import ScheduleKind, parse_schedule
from hrplanner.domain.plans.targets import year_of_header
from hrplanner.domain.rocdate import ROC_OFFSET, format_date, parse_date
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.services.plans import editing, kpis
from hrplanner.services.plans.editing import ActionInput, PlanInfo, PlanInput
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.widgets import ErrorLabel, debounce
from hrplanner.ui.training.models import is_refusal, refusal_text


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _text_box(text: str = "", height: int = 64) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setMaximumHeight(height)
    box.setTabChangesFocus(True)
    return box


class _ServiceDialog(QDialog):
    """A form whose OK calls ``save()``; refusals are shown and the dialog stays open."""

    def __init__(self, ctx: UiContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = ErrorLabel()
        self.result_value: Any = None

    def _layout(self, form: QFormLayout, width: int = 560) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addStretch(1)
        layout.addWidget(_buttons(self))
        self.resize(width, self.sizeHint().height())

    def save(self) -> Any:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.result_value = self.save()
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self.errors.show_message(refusal_text(exc))
            return
        super().accept()


def _year(edit: QLineEdit, column: str, problems: list[Problem]) -> int | None:
    text = edit.text().strip()
    if not text:
        return None
    year = year_of_header(text)
    if year is None:
        message = QCoreApplication.translate("PlanDialog", "「%1」不是年度（例：108 或 2019）")
        problems.append(Problem(message.replace("%1", text), column=column))
    return year


class PlanDialog(_ServiceDialog):
    """A new plan (``plan`` None) or one to edit."""

    def __init__(self, ctx: UiContext, plan: PlanInfo | None = None, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.plan = plan
        self.setWindowTitle(self.tr("新增計畫") if plan is None else self.tr("編輯計畫"))
        self.code = QLineEdit(plan.code if plan else "")
        self.name = QLineEdit(plan.name if plan else "")
        self.made_on = QLineEdit(
            format_date(plan.made_on, ctx.date_style) if plan and plan.made_on else ""
        )
        self.made_on.setPlaceholderText(self.tr("例：108/01/15"))
        self.first_year = QLineEdit(
            str(plan.first_year - ROC_OFFSET) if plan and plan.first_year else ""
        )
        self.last_year = QLineEdit(
            str(plan.last_year - ROC_OFFSET) if plan and plan.last_year else ""
        )
        for edit in (self.first_year, self.last_year):
            edit.setPlaceholderText(self.tr("民國年，例：108"))
        self.unit = QLineEdit(plan.unit if plan else "")
        self.basis = _text_box(plan.basis if plan else "")
        self.goals = _text_box(plan.goals if plan else "")
        self.target_group = _text_box(plan.target_group if plan else "", 44)
        form = QFormLayout()
        form.addRow(self.tr("計畫代碼"), self.code)
        form.addRow(self.tr("計畫名稱"), self.name)
        form.addRow(self.tr("訂定日期"), self.made_on)
        years = QHBoxLayout()
        years.addWidget(self.first_year)
        years.addWidget(QLabel(self.tr("至")))
        years.addWidget(self.last_year)
        form.addRow(self.tr("計畫期間"), years)
        form.addRow(self.tr("主辦單位"), self.unit)
        form.addRow(self.tr("依據"), self.basis)
        form.addRow(self.tr("目標"), self.goals)
        form.addRow(self.tr("實施對象"), self.target_group)
        self._layout(form, 640)

    def save(self) -> PlanInfo:
        problems: list[Problem] = []
        made_on = None
        if self.made_on.text().strip():
            try:
                made_on = parse_date(self.made_on.text())
            except ValueError as exc:
                problems.append(Problem(str(exc), column="訂定日期"))
        first = _year(self.first_year, "起始年度", problems)
        last = _year(self.last_year, "結束年度", problems)
        if problems:
            raise InputRefused(problems)
        data = PlanInput(
            self.code.text(),
            self.name.text(),
            made_on,
            self.basis.toPlainText(),
            self.goals.toPlainText(),
            self.target_group.toPlainText(),
            first,
            last,
            self.unit.text(),
        )
        plan = self.plan
        return editing.save_plan(
            self.ctx.db, data, plan.id if plan else None, plan.version if plan else None
        )


class StrategyDialog(_ServiceDialog):
    def __init__(
        self,
        ctx: UiContext,
        plan_id: int,
        strategy: editing.StrategyInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.plan_id, self.strategy = plan_id, strategy
        self.setWindowTitle(self.tr("新增策略") if strategy is None else self.tr("編輯策略"))
        self.number = QLineEdit(strategy.strategy_no if strategy else "")
        self.number.setPlaceholderText(self.tr("例：一 或 1"))
        self.name = _text_box(strategy.name if strategy else "")
        form = QFormLayout()
        form.addRow(self.tr("策略編號"), self.number)
        form.addRow(self.tr("策略名稱"), self.name)
        self._layout(form)

    def save(self) -> int:
        s = self.strategy
        return editing.save_strategy(
            self.ctx.db,
            self.plan_id,
            self.number.text(),
            self.name.toPlainText(),
            s.id if s else None,
            s.version if s else None,
        )


class ActionDialog(_ServiceDialog):
    """An action; under 辦理期程 it says what the text was understood as, while typing."""

    def __init__(
        self,
        ctx: UiContext,
        strategy_id: int,
        action: editing.ActionInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.strategy_id, self.action = strategy_id, action
        self.setWindowTitle(self.tr("新增具體作法") if action is None else self.tr("編輯具體作法"))
        self.number = QLineEdit(action.action_no if action else "")
        self.text = _text_box(action.text if action else "", 80)
        self.schedule = QLineEdit(action.schedule if action else "")
        self.schedule.setPlaceholderText(self.tr("例：103年5月~104年4月、每年4月、8月、持續辦理"))
        self.understood = QLabel()
        self.understood.setWordWrap(True)
        self.understood.setStyleSheet("color: #555;")
        self._timer = debounce(self, 150, self.show_understood)
        self.schedule.textChanged.connect(lambda _t: self._timer.start())
        self.indicators = _text_box(action.indicators if action else "")
        self.promoting = QLineEdit(action.promoting_unit if action else "")
        self.implementing = QLineEdit(action.implementing_unit if action else "")
        form = QFormLayout()
        form.addRow(self.tr("作法編號"), self.number)
        form.addRow(self.tr("具體作法"), self.text)
        form.addRow(self.tr("辦理期程"), self.schedule)
        form.addRow("", self.understood)
        form.addRow(self.tr("績效指標"), self.indicators)
        form.addRow(self.tr("推動單位"), self.promoting)
        form.addRow(self.tr("實施單位"), self.implementing)
        self._layout(form, 640)
        self.show_understood()

    def show_understood(self) -> None:
        self._timer.stop()
        text = self.schedule.text().strip()
        if not text:
            self.understood.setText("")
            return
        schedule = parse_schedule(text)
        prefix = self.tr("無法判讀，保留原文：") if schedule.kind is ScheduleKind.UNKNOWN else ""
        self.understood.setText(prefix + schedule.understood)

    def save(self) -> int:
        a = self.action
        data = ActionInput(
            self.number.text(),
            self.text.toPlainText(),
            self.schedule.text(),
            self.indicators.toPlainText(),
            self.promoting.text(),
            self.implementing.text(),
        )
        return editing.save_action(
            self.ctx.db, self.strategy_id, data, a.id if a else None, a.version if a else None
        )


class ProgressDialog(_ServiceDialog):
    def __init__(
        self,
        ctx: UiContext,
        action_id: int,
        entry: editing.ProgressInfo | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.action_id, self.entry = action_id, entry
        self.setWindowTitle(self.tr("新增辦理情形") if entry is None else self.tr("編輯辦理情形"))
        self.day = QLineEdit(format_date(entry.day if entry else today(), ctx.date_style))
        self.text = _text_box(entry.text if entry else "", 90)
        self.percent = QSpinBox()
        self.percent.setRange(-1, 100)
        self.percent.setSpecialValueText(self.tr("未填"))
        self.percent.setSuffix(" %")
        self.percent.setValue(
            entry.done_percent if entry and entry.done_percent is not None else -1
        )
        form = QFormLayout()
        form.addRow(self.tr("日期"), self.day)
        form.addRow(self.tr("辦理情形"), self.text)
        form.addRow(self.tr("完成度"), self.percent)
        self._layout(form)

    def save(self) -> int:
        try:
            day = parse_date(self.day.text())
        except ValueError as exc:
            raise InputRefused([Problem(str(exc), column="日期")]) from exc
        e = self.entry
        percent = self.percent.value()
        return editing.save_progress(
            self.ctx.db,
            self.action_id,
            day,
            self.text.toPlainText(),
            None if percent < 0 else percent,
            e.id if e else None,
            e.version if e else None,
        )


class ClassPickerDialog(QDialog):
    """Pick classes to link to an action: search by code or title words, in one year."""

    def __init__(self, ctx: UiContext, years: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("連結班期"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("班期代碼或課程名稱"))
        self.search.setClearButtonEnabled(True)
        self.year = QComboBox()
        self.year.addItem(self.tr("全部年度"), None)
        for year in years:
            self.year.addItem(self.tr("%1 年度").replace("%1", str(year - ROC_OFFSET)), year)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("班期代碼"), self.tr("課程名稱"), self.tr("結訓日"), self.tr("狀態")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._timer = debounce(self, 250, self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.year)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(_buttons(self))
        self.resize(720, 480)
        self.refresh()

    def refresh(self) -> None:
        self._timer.stop()
        choices = editing.class_choices(self.ctx.db, self.search.text(), self.year.currentData())
        self.table.setRowCount(len(choices))
        for row, c in enumerate(choices):
            state = self.tr("已結訓") if c.closed else self.tr("未結訓")
            values = (c.code, c.title, format_date(c.end_date, self.ctx.date_style), state)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, c.class_id)
                self.table.setItem(row, column, item)

    def select_codes(self, codes: list[str]) -> None:
        self.table.clearSelection()
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.text() in codes:
                self.table.selectRow(row)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        ids = []
        for row in rows:
            item = self.table.item(row, 0)
            if item is not None:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids


class ActualDialog(_ServiceDialog):
    """One KPI year: the actual (kept for a bound KPI unless typed over), 落後原因, 因應策略."""

    def __init__(
        self,
        ctx: UiContext,
        row: kpis.KpiRow,
        year: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.row, self.year = row, year
        cell = row.cells.get(year)
        self.cell = cell
        self.setWindowTitle(
            self.tr("KPI %1：%2 年度實際值")
            .replace("%1", row.kpi_no)
            .replace("%2", str(year - ROC_OFFSET))
        )
        name = QLabel(row.name)
        name.setWordWrap(True)
        target = QLabel(
            cell.target_text if cell and cell.target_text else self.tr("（未訂目標值）")
        )
        self.actual = QLineEdit(cell.actual_text or "" if cell else "")
        self.actual.setPlaceholderText(self.tr("例：75%、19、3場次"))
        self.reason = _text_box(cell.reason if cell else "")
        self.countermeasure = _text_box(cell.countermeasure if cell else "")
        form = QFormLayout()
        form.addRow(self.tr("指標名稱"), name)
        form.addRow(self.tr("目標值"), target)
        form.addRow(self.tr("實際值"), self.actual)
        if row.binding is not None:
            note = QLabel(
                self.tr("資料來源：%1（按「計算實績」可由資料重新計算）").replace(
                    "%1", row.source_text
                )
            )
            note.setWordWrap(True)
            form.addRow("", note)
        form.addRow(self.tr("落後原因"), self.reason)
        form.addRow(self.tr("因應策略"), self.countermeasure)
        self._layout(form)

    def save(self) -> None:
        cell = self.cell
        typed = self.actual.text().strip()
        computed = cell is not None and cell.source == kpis.COMPUTED
        if computed and cell is not None and typed == (cell.actual_text or ""):
            # A computed value left as it is: only the explanation changes.
            kpis.explain(
                self.ctx.db,
                self.row.id,
                self.year,
                self.reason.toPlainText(),
                self.countermeasure.toPlainText(),
            )
            return
        kpis.set_actual(
            self.ctx.db,
            self.row.id,
            self.year,
            typed or None,
            self.reason.toPlainText(),
            self.countermeasure.toPlainText(),
        )
