"""The dialogs the year-end page opens (R14, R18): the 獎懲 register of the year (add, edit,
delete, import; per person or all), the leave summaries (typed or imported from the
attendance system's export) and the 考績委員會 (meeting date and members).

They are thin: each button is one service call, refusals are shown under the form, and
``changed`` tells the page to re-read the year (scores follow the 獎懲 at once).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.appraisal.problems import number_text
from hrplanner.domain.appraisal.vocabulary import RewardKind
from hrplanner.domain.rocdate import DateParseError, format_date, parse_date, parse_optional_date
from hrplanner.services.appraisal import cycle, rewards
from hrplanner.services.appraisal.rewards import LeaveView, RewardView
from hrplanner.ui.appraisal.common import make_import_dialog, roc, term
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.translators import QT_TRANSLATE_NOOP
from hrplanner.ui.shell.widgets import ErrorLabel, fill_combo, widen_to_headers
from hrplanner.ui.training.models import Column, RowsModel, is_refusal, refusal_text


def _table(model: RowsModel[object]) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.horizontalHeader().setStretchLastSection(True)
    widen_to_headers(table.horizontalHeader(), range(model.columnCount() - 1))
    return table


class RewardsDialog(QDialog):
    """The year's 獎懲; with ``employee_id`` the list starts on that person."""

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        year: int,
        employee_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = year
        self.employee_id = employee_id
        self.changed = False
        self.setWindowTitle(self.tr("%1 年度獎懲登記").replace("%1", str(roc(year))))
        self.resize(860, 520)
        style = ctx.date_style
        self.model: RowsModel[RewardView] = RowsModel(
            [
                Column(QT_TRANSLATE_NOOP("TrainingModels", "員工編號"), lambda r: r.employee_no),
                Column(QT_TRANSLATE_NOOP("TrainingModels", "姓名"), lambda r: r.name),
                Column(
                    QT_TRANSLATE_NOOP("TrainingModels", "發布日期"),
                    lambda r: format_date(r.date, style),
                    sort=lambda r: r.date.toordinal(),
                ),
                Column(QT_TRANSLATE_NOOP("TrainingModels", "獎懲種類"), lambda r: term(r.kind)),
                Column(
                    QT_TRANSLATE_NOOP("TrainingModels", "次數"),
                    lambda r: str(r.count),
                    align_right=True,
                ),
                Column(
                    QT_TRANSLATE_NOOP("TrainingModels", "增減分數"),
                    lambda r: f"{r.points:+d}",
                    align_right=True,
                ),
                Column(QT_TRANSLATE_NOOP("TrainingModels", "文號"), lambda r: r.doc_no),
                Column(QT_TRANSLATE_NOOP("TrainingModels", "事由"), lambda r: r.reason),
            ],
            self,
        )
        self.table = _table(self.model)  # type: ignore[arg-type]
        self.only_person = QCheckBox(self.tr("只列所選人員"))
        self.only_person.setChecked(employee_id is not None)
        self.only_person.setEnabled(employee_id is not None)
        self.total_label = QLabel()
        self.number = QLineEdit()
        self.day = QLineEdit()
        self.day.setPlaceholderText(self.tr("例：114/05/20"))
        self.kind = QComboBox()
        fill_combo(self.kind, [(term(k.value), k.value) for k in RewardKind])
        self.count = QSpinBox()
        self.count.setRange(1, 99)
        self.doc_no = QLineEdit()
        self.reason = QLineEdit()
        self.change_reason = QLineEdit()
        self.change_reason.setPlaceholderText(self.tr("影響已核定的考績時必填"))
        self.error = ErrorLabel()
        self.add_button = QPushButton(self.tr("新增"))
        self.update_button = QPushButton(self.tr("更新所選"))
        self.delete_button = QPushButton(self.tr("刪除所選"))
        self.import_button = QPushButton(self.tr("匯入獎懲…"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.only_person.toggled.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(self._picked)
        self.add_button.clicked.connect(self.add)
        self.update_button.clicked.connect(self.update_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.import_file)

        form = QFormLayout()
        form.addRow(self.tr("員工編號"), self.number)
        form.addRow(self.tr("發布日期"), self.day)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind)
        kind_row.addWidget(QLabel(self.tr("次數")))
        kind_row.addWidget(self.count)
        form.addRow(self.tr("獎懲種類"), kind_row)
        form.addRow(self.tr("文號"), self.doc_no)
        form.addRow(self.tr("事由"), self.reason)
        form.addRow(self.tr("修改理由"), self.change_reason)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.update_button, self.delete_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.only_person)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total_label)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        person = self.employee_id if self.only_person.isChecked() else None
        found = rewards.list_rewards(self.ctx.db, year=self.year, employee_id=person)
        self.model.set_rows(found)
        net = sum(r.points for r in found)
        self.total_label.setText(
            self.tr("共 %1 筆，增減合計 %2 分")
            .replace("%1", str(len(found)))
            .replace("%2", f"{net:+d}")
        )

    def current(self) -> RewardView | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _picked(self, *_args: object) -> None:
        found = self.current()
        if found is None:
            return
        self.number.setText(found.employee_no)
        self.day.setText(format_date(found.date, self.ctx.date_style))
        self.kind.setCurrentIndex(max(0, self.kind.findData(found.kind)))
        self.count.setValue(found.count)
        self.doc_no.setText(found.doc_no)
        self.reason.setText(found.reason)

    def _input(self) -> rewards.RewardInput | None:
        try:
            day = parse_date(self.day.text())
        except DateParseError as exc:
            self.error.show_message(str(exc))
            return None
        return rewards.RewardInput(
            self.number.text(),
            day,
            str(self.kind.currentData()),
            self.count.value(),
            self.reason.text(),
            self.doc_no.text(),
        )

    def _run(self, action: str) -> None:
        data = self._input() if action != "delete" else None
        if action != "delete" and data is None:
            return
        found = self.current()
        reason = self.change_reason.text()
        try:
            if action == "add":
                assert data is not None
                rewards.add_reward(self.ctx.db, data, change_reason=reason)
            elif found is None:
                return
            elif action == "update":
                assert data is not None
                rewards.update_reward(
                    self.ctx.db, found.id, data, version=found.version, change_reason=reason
                )
            else:
                rewards.delete_reward(
                    self.ctx.db, found.id, version=found.version, change_reason=reason
                )
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self.error.show_message(refusal_text(exc))
            return
        self.error.show_message("")
        self.changed = True
        self.reload()

    def add(self) -> None:
        self._run("add")

    def update_selected(self) -> None:
        self._run("update")

    def delete_selected(self) -> None:
        self._run("delete")

    def import_file(self) -> None:
        dialog = make_import_dialog(self.ctx, self, "rewards")
        if dialog.exec() and dialog.imported is not None:
            self.changed = True
            self.reload()


class LeaveDialog(QDialog):
    """The year's leave summaries (差勤統計), typed or imported."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, year: int) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = year
        self.changed = False
        self.setWindowTitle(self.tr("%1 年度差勤統計").replace("%1", str(roc(year))))
        self.resize(760, 480)  # the English headers in full, without scrolling sideways
        self.model: RowsModel[LeaveView] = RowsModel(
            [
                Column(QT_TRANSLATE_NOOP("TrainingModels", "員工編號"), lambda r: r.employee_no),
                Column(QT_TRANSLATE_NOOP("TrainingModels", "姓名"), lambda r: r.name),
                Column(
                    QT_TRANSLATE_NOOP("TrainingModels", "事病假日數"),
                    lambda r: number_text(r.summary.sick_personal_days),
                    align_right=True,
                ),
                Column(
                    QT_TRANSLATE_NOOP("TrainingModels", "曠職日數"),
                    lambda r: number_text(r.summary.absent_days),
                    align_right=True,
                ),
                Column(
                    QT_TRANSLATE_NOOP("TrainingModels", "遲到早退次數"),
                    lambda r: str(r.summary.late_count),
                    align_right=True,
                ),
            ],
            self,
        )
        self.table = _table(self.model)  # type: ignore[arg-type]
        self.number = QLineEdit()
        self.sick = QLineEdit("0")
        self.absent = QLineEdit("0")
        self.late = QSpinBox()
        self.late.setRange(0, 999)
        self.error = ErrorLabel()
        self.save_button = QPushButton(self.tr("儲存"))
        self.import_button = QPushButton(self.tr("匯入差勤統計…"))
        note = QLabel(self.tr("事病假日數不含家庭照顧假、身心調適假、生理假及安胎休養的日數。"))
        note.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.table.selectionModel().currentRowChanged.connect(self._picked)
        self.save_button.clicked.connect(self.save)
        self.import_button.clicked.connect(self.import_file)
        form = QFormLayout()
        form.addRow(self.tr("員工編號"), self.number)
        form.addRow(self.tr("事病假日數"), self.sick)
        form.addRow(self.tr("曠職日數"), self.absent)
        form.addRow(self.tr("遲到早退次數"), self.late)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(rewards.list_leave(self.ctx.db, self.year))

    def _picked(self, *_args: object) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_at(index.row())
        self.number.setText(row.employee_no)
        self.sick.setText(number_text(row.summary.sick_personal_days))
        self.absent.setText(number_text(row.summary.absent_days))
        self.late.setValue(row.summary.late_count)

    def save(self) -> None:
        try:
            sick, absent = Decimal(self.sick.text().strip()), Decimal(self.absent.text().strip())
        except InvalidOperation:
            self.error.show_message(self.tr("日數須為數字，例如 3 或 2.5"))
            return
        data = rewards.LeaveInput(self.number.text(), self.year, sick, absent, self.late.value())
        try:
            rewards.set_leave(self.ctx.db, data)
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self.error.show_message(refusal_text(exc))
            return
        self.error.show_message("")
        self.changed = True
        self.reload()

    def import_file(self) -> None:
        dialog = make_import_dialog(self.ctx, self, "leave")
        if dialog.exec() and dialog.imported is not None:
            self.changed = True
            self.reload()


class CommitteeDialog(QDialog):
    """The year's 考績委員會: meeting date (needed for 初核) and members, one per line."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, year: int) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = year
        self.setWindowTitle(self.tr("%1 年度考績委員會").replace("%1", str(roc(year))))
        info = cycle.get_cycle(ctx.db, year)
        self.meeting = QLineEdit(format_date(info.meeting_date, ctx.date_style) if info else "")
        self.meeting.setPlaceholderText(self.tr("例：115/01/08"))
        self.members = QPlainTextEdit(
            "\n".join(f"{role} {name}".strip() for name, role in info.members) if info else ""
        )
        self.members.setPlaceholderText(self.tr("每行一位：職務 姓名，例如「主任委員 王大明」"))
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("開會日期"), self.meeting)
        form.addRow(self.tr("委員"), self.members)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if info is None:
            self.error.show_message(self.tr("此年度尚未開辦考績"))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def save(self) -> None:
        try:
            day: dt.date | None = parse_optional_date(self.meeting.text())
        except DateParseError as exc:
            self.error.show_message(str(exc))
            return
        members = []
        for line in self.members.toPlainText().splitlines():
            parts = line.split()
            if not parts:
                continue
            role, name = (parts[0], " ".join(parts[1:])) if len(parts) > 1 else ("", parts[0])
            members.append((name, role))
        try:
            cycle.set_committee(self.ctx.db, self.year, day, members)
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self.error.show_message(refusal_text(exc))
            return
        self.accept()
