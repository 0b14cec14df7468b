"""The requirement rule-set editor (時數規定, SPEC R6): per staff category and starting year
(ROC), the yearly total and the named groups of learning topics with their minimums.

Agencies add stricter local rules (40 h, an extra 資訊安全 group) by choosing a category and
a starting year: an existing rule set opens as stored; a new one starts as a copy of the
rule in force that year, so only the difference needs typing. Groups are a table (名稱,
最低時數, 學習類別) beside the checkable topic list of the selected group; a new topic
(e.g. 資訊安全) can be added to the agency's topic list right there. Saving goes
through ``services.rule_sets.save_rule_set``; problems are listed in Chinese under the form
and nothing is saved until all are fixed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
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
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain.hours import format_hours, parse_hours
from hrplanner.domain.requirement import RequirementGroup, RuleSet, select_rule_set
from hrplanner.services.common import reference
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.services.hours import rule_sets
from hrplanner.services.hours.rule_sets import RuleSetEntry
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.widgets import ErrorLabel, widen_to_headers
from hrplanner.ui.training.models import is_refusal, refusal_text

ROC_OFFSET = 1911
NAME, MINIMUM, TOPICS = range(3)
_TOPICS_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class GroupRow:
    """One group as typed: the hours text is parsed only on save."""

    name: str
    hours: str
    topics: frozenset[str]


class RulesDialog(QDialog):
    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, year: int | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saved = False  # something was saved or deleted: the ledger must be re-read
        self.entries: list[RuleSetEntry] = []
        self._topics = [t.name for t in reference.list_items(ctx.db, "topic")]
        self.setWindowTitle(self.tr("學習時數規定"))

        self.existing = QComboBox()
        self.existing.activated.connect(self._existing_chosen)
        self.category = QComboBox()
        for category in reference.list_items(ctx.db, "staff_category"):
            self.category.addItem(category.name, category.name)
        self.year = QSpinBox()
        self.year.setRange(1, 9999 - ROC_OFFSET)
        self.year.setValue((year or dt.date.today().year) - ROC_OFFSET)
        self.year.setSuffix(self.tr(" 年度起"))
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.total = QLineEdit()
        self.total.setPlaceholderText(self.tr("例：20"))

        self.groups = QTableWidget(0, 3)
        self.groups.setHorizontalHeaderLabels(
            [self.tr("類別名稱"), self.tr("最低時數"), self.tr("包含的學習類別")]
        )
        header = self.groups.horizontalHeader()
        header.setSectionResizeMode(TOPICS, QHeaderView.ResizeMode.Stretch)
        self.groups.setColumnWidth(NAME, 150)
        self.groups.setColumnWidth(MINIMUM, 80)
        widen_to_headers(header, (MINIMUM,))
        self.groups.verticalHeader().setVisible(False)
        self.groups.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.groups.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.groups.currentCellChanged.connect(self._show_topics)
        self.groups.itemChanged.connect(self._group_edited)
        self.topic_list = QListWidget()
        for name in self._topics:
            self._add_topic_item(name)
        self.topic_list.itemChanged.connect(self._topic_toggled)
        self.new_topic = QLineEdit()
        self.new_topic.setPlaceholderText(self.tr("新的學習類別，例：資訊安全"))
        self.new_topic_button = QPushButton(self.tr("加入清單"))
        self.new_topic_button.clicked.connect(self.add_topic)
        self.topic_title = QLabel()
        self.add_button = QPushButton(self.tr("新增類別"))
        self.add_button.clicked.connect(lambda: self.add_group())
        self.remove_button = QPushButton(self.tr("刪除類別"))
        self.remove_button.clicked.connect(self.remove_group)
        self.errors = ErrorLabel()

        self.save_button = QPushButton(self.tr("儲存"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("刪除此規定"))
        self.delete_button.clicked.connect(self.delete_rule)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("既有規定"), self.existing)
        which = QHBoxLayout()
        which.addWidget(self.category)
        which.addWidget(self.year)
        which.addStretch(1)
        form.addRow(self.tr("人員類別與起始年度"), which)
        form.addRow("", self.state_label)
        form.addRow(self.tr("全年最低時數"), self.total)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("時數類別（每一類別的學習類別時數合計須達最低時數）")))
        left.addWidget(self.groups, 1)
        group_buttons = QHBoxLayout()
        group_buttons.addWidget(self.add_button)
        group_buttons.addWidget(self.remove_button)
        group_buttons.addStretch(1)
        left.addLayout(group_buttons)
        right = QVBoxLayout()
        right.addWidget(self.topic_title)
        right.addWidget(self.topic_list, 1)
        new_topic_row = QHBoxLayout()
        new_topic_row.addWidget(self.new_topic, 1)
        new_topic_row.addWidget(self.new_topic_button)
        right.addLayout(new_topic_row)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(body, 1)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.resize(860, 560)

        self.category.currentIndexChanged.connect(self.load)
        self.year.valueChanged.connect(self.load)
        self.reload_entries()
        self.load()

    # --- which rule set ---------------------------------------------------------------------

    def reload_entries(self) -> None:
        self.entries = rule_sets.get_rule_sets(self.ctx.db)
        self.existing.blockSignals(True)
        self.existing.clear()
        self.existing.addItem(self.tr("（選擇以開啟）"), None)
        for index, entry in enumerate(self.entries):
            label = (
                self.tr("%1：%2 年度起")
                .replace("%1", entry.category)
                .replace("%2", str(entry.year_from - ROC_OFFSET))
            )
            self.existing.addItem(label, index)
        self.existing.blockSignals(False)

    def _existing_chosen(self, index: int) -> None:
        data = self.existing.itemData(index)
        if data is None:
            return
        entry = self.entries[int(data)]
        self.category.blockSignals(True)
        self.category.setCurrentIndex(max(0, self.category.findData(entry.category)))
        self.category.blockSignals(False)
        self.year.blockSignals(True)
        self.year.setValue(entry.year_from - ROC_OFFSET)
        self.year.blockSignals(False)
        self.load()

    def year_from(self) -> int:
        """The chosen starting year, Gregorian."""
        return self.year.value() + ROC_OFFSET

    def current_entry(self) -> RuleSetEntry | None:
        category, year = self.category.currentData(), self.year_from()
        return next(
            (e for e in self.entries if e.category == category and e.year_from == year), None
        )

    def load(self) -> None:
        """Show the stored rule set of the chosen category and year, or a draft copied from
        the rule in force that year."""
        self.errors.show_message("")
        entry = self.current_entry()
        roc = str(self.year.value())
        if entry is not None:
            rule_set: RuleSet | None = entry.rule_set
            self.state_label.setText(self.tr("已儲存的規定，自 %1 年度起適用。").replace("%1", roc))
        else:
            category = self.category.currentData()
            rules = [(e.year_from, e.rule_set) for e in self.entries if e.category == category]
            rule_set = select_rule_set(rules, self.year_from())
            self.state_label.setText(
                self.tr("此類別尚無自 %1 年度起的規定；儲存後自該年度起適用。").replace("%1", roc)
                if rule_set is None
                else self.tr(
                    "此類別尚無自 %1 年度起的規定，以下取自目前適用的規定；儲存後自該年度起適用。"
                ).replace("%1", roc)
            )
        self.delete_button.setEnabled(entry is not None)
        self.groups.setRowCount(0)
        self.total.setText(format_hours(rule_set.total_minutes) if rule_set else "")
        for group in rule_set.groups if rule_set else ():
            self.add_group(group.name, format_hours(group.minutes), group.topics)
        if self.groups.rowCount():
            self.groups.setCurrentCell(0, NAME)
        self._show_topics()

    # --- groups ---------------------------------------------------------------------------

    def add_group(
        self, name: str = "", hours_text: str = "", topics: frozenset[str] = frozenset()
    ) -> int:
        row = self.groups.rowCount()
        self.groups.insertRow(row)
        self.groups.setItem(row, NAME, QTableWidgetItem(name))
        self.groups.setItem(row, MINIMUM, QTableWidgetItem(hours_text))
        summary = QTableWidgetItem()
        summary.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.groups.setItem(row, TOPICS, summary)
        self._set_topics(row, topics)
        self.groups.setCurrentCell(row, NAME)
        return row

    def remove_group(self) -> None:
        row = self.groups.currentRow()
        if row >= 0:
            self.groups.removeRow(row)
        self._show_topics()

    def _set_topics(self, row: int, topics: frozenset[str]) -> None:
        item = self.groups.item(row, TOPICS)
        if item is None:
            return
        item.setData(_TOPICS_ROLE, sorted(topics))
        # In the list's order, so the summary reads like the list beside it.
        item.setText("、".join(self._ordered(topics)))
        item.setToolTip(item.text())

    def _ordered(self, topics: frozenset[str]) -> list[str]:
        known = [t for t in self._topics if t in topics]
        return known + sorted(topics - set(known))

    def group_topics(self, row: int) -> frozenset[str]:
        item = self.groups.item(row, TOPICS)
        data = item.data(_TOPICS_ROLE) if item is not None else None
        return frozenset(data or ())

    def _show_topics(self, *_: object) -> None:
        row = self.groups.currentRow()
        chosen = self.group_topics(row) if row >= 0 else frozenset()
        self.topic_list.blockSignals(True)
        for i in range(self.topic_list.count()):
            item = self.topic_list.item(i)
            if item is None:
                continue
            on = item.text() in chosen
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.topic_list.blockSignals(False)
        self.topic_list.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0)
        name_item = self.groups.item(row, NAME) if row >= 0 else None
        name = name_item.text().strip() if name_item is not None else ""
        self.topic_title.setText(
            self.tr("「%1」包含的學習類別").replace("%1", name)
            if row >= 0
            else self.tr("先選擇一個時數類別")
        )

    def _add_topic_item(self, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.topic_list.addItem(item)
        return item

    def add_topic(self) -> None:
        """Add a learning topic to the agency's list (for classes and external records too)
        and tick it for the selected group."""
        try:
            added = reference.add_item(self.ctx.db, "topic", self.new_topic.text())
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self.errors.show_message(refusal_text(exc))
            return
        self.errors.show_message("")
        self.new_topic.clear()
        self._topics.append(added.name)
        item = self._add_topic_item(added.name)
        if self.groups.currentRow() >= 0:
            item.setCheckState(Qt.CheckState.Checked)  # updates the group via itemChanged

    def _group_edited(self, item: QTableWidgetItem) -> None:
        if item.column() == NAME and item.row() == self.groups.currentRow():
            self._show_topics()  # the list's title names the group

    def _topic_toggled(self, item: QListWidgetItem) -> None:
        row = self.groups.currentRow()
        if row < 0:
            return
        topics = set(self.group_topics(row))
        if item.checkState() == Qt.CheckState.Checked:
            topics.add(item.text())
        else:
            topics.discard(item.text())
        self._set_topics(row, frozenset(topics))

    def group_rows(self) -> list[GroupRow]:
        rows = []
        for row in range(self.groups.rowCount()):
            name, minimum = self.groups.item(row, NAME), self.groups.item(row, MINIMUM)
            rows.append(
                GroupRow(
                    name.text().strip() if name is not None else "",
                    minimum.text().strip() if minimum is not None else "",
                    self.group_topics(row),
                )
            )
        return rows

    # --- saving -----------------------------------------------------------------------------

    def rule_set(self) -> RuleSet:
        """What the form says; InputRefused lists every problem."""
        problems: list[Problem] = []
        total = 0
        try:
            total = parse_hours(self.total.text())
        except ValueError as exc:
            problems.append(Problem(str(exc), column="全年最低時數"))
        groups: list[RequirementGroup] = []
        for number, row in enumerate(self.group_rows(), start=1):
            where = f"第 {number} 個類別"
            if not row.name:
                problems.append(Problem(f"{where}：請輸入類別名稱", column="類別名稱"))
            minutes = 0
            try:
                minutes = parse_hours(row.hours)
            except ValueError as exc:
                problems.append(Problem(f"{where}：{exc}", column="最低時數"))
            if not row.topics:
                problems.append(Problem(f"{where}：請勾選至少一個學習類別", column="學習類別"))
            if row.name and row.topics:
                groups.append(RequirementGroup(row.name, row.topics, minutes))
        if problems:
            raise InputRefused(problems)
        try:
            return RuleSet(total, tuple(groups))
        except ValueError as exc:  # duplicate group names
            raise InputRefused([Problem(str(exc))]) from exc

    def save(self) -> bool:
        category = self.category.currentData()
        try:
            rule_set = self.rule_set()
            rule_sets.save_rule_set(self.ctx.db, self.year_from(), str(category), rule_set)
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self.errors.show_message(refusal_text(exc))
            return False
        self.saved = True
        self.reload_entries()
        self.load()
        self.state_label.setText(
            self.tr("已儲存：%1 自 %2 年度起適用。")
            .replace("%1", str(category))
            .replace("%2", str(self.year.value()))
        )
        return True

    def delete_rule(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        if not self.ctx.prompts.confirm(
            self,
            self.tr("刪除時數規定"),
            self.tr("刪除 %1 自 %2 年度起的時數規定？之後改適用較早的規定（若有）。")
            .replace("%1", entry.category)
            .replace("%2", str(entry.year_from - ROC_OFFSET)),
        ):
            return
        try:
            rule_sets.delete_rule_set(self.ctx.db, entry.year_from, entry.category)
        except Exception as exc:
            if not is_refusal(exc):
                raise
            self.errors.show_message(refusal_text(exc))
            return
        self.saved = True
        self.reload_entries()
        self.load()
