"""The rule-set editor: a new year's rule starts as a copy of the rule in force; a stricter
local rule (40 h and an extra 資訊安全 group) is saved and changes the hours page; invalid
groups are refused in Chinese with nothing saved; deleting a rule brings back the older one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QListWidgetItem
from pytestqt.qtbot import QtBot

from hrplanner.services.common import reference
from hrplanner.services.hours import external, ledger, rule_sets
from hrplanner.services.hours.external import ExternalInput
from hrplanner.services.staff import roster
from hrplanner.services.staff.records import EmployeeData
from hrplanner.storage.database import Database
from hrplanner.ui.hours.page import HoursPage
from hrplanner.ui.hours.rules_dialog import MINIMUM, NAME, RulesDialog
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.prompts import Prompts
from hrplanner.ui.shell.tasks import TaskRunner
from hrplanner.ui.shell.translators import install_translators

SHOT = Path("/tmp/shots/gap-rules-dialog.png")


class ScriptedPrompts(Prompts):
    def __init__(self) -> None:
        self.messages: list[tuple[str, str, str]] = []

    def info(self, parent, title, text):  # type: ignore[no-untyped-def]
        self.messages.append(("info", title, text))

    def error(self, parent, title, text):  # type: ignore[no-untyped-def]
        self.messages.append(("error", title, text))

    def confirm(self, parent, title, text):  # type: ignore[no-untyped-def]
        self.messages.append(("confirm", title, text))
        return True


@pytest.fixture
def ctx(qapp: QApplication, sqlite_db: Database, tmp_path: Path) -> UiContext:
    install_translators(qapp, "zh_TW")  # Qt's own buttons in Chinese too
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    return UiContext(sqlite_db, ScriptedPrompts(), TaskRunner(synchronous=True), settings)


def topic_item(dialog: RulesDialog, name: str) -> QListWidgetItem:
    found = dialog.topic_list.findItems(name, Qt.MatchFlag.MatchExactly)
    assert len(found) == 1
    return found[0]


def set_cell(dialog: RulesDialog, row: int, column: int, text: str) -> None:
    item = dialog.groups.item(row, column)
    assert item is not None
    item.setText(text)


def make_stricter(dialog: RulesDialog) -> None:
    """115年度起 40 h and a 資訊安全 group of 3 h: a new 資訊安全 topic, and 業務相關."""
    dialog.year.setValue(115)
    dialog.total.setText("40")
    row = dialog.add_group()
    set_cell(dialog, row, NAME, "資訊安全")
    set_cell(dialog, row, MINIMUM, "3")
    topic_item(dialog, "業務相關").setCheckState(Qt.CheckState.Checked)
    dialog.new_topic.setText("資訊安全")
    dialog.new_topic_button.click()  # added to the list and ticked for the group


def test_new_year_starts_from_the_rule_in_force(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = RulesDialog(ctx, year=2026)
    qtbot.addWidget(dialog)
    assert dialog.category.currentText() == "公務人員"
    assert dialog.year.value() == 115
    assert "尚無自 115 年度起的規定" in dialog.state_label.text()
    assert dialog.total.text() == "20"
    assert [r.name for r in dialog.group_rows()] == [
        "當前政府重大政策",
        "環境教育",
        "性別主流化",
        "民主治理價值",
    ]
    assert not dialog.delete_button.isEnabled()
    # The topic list follows the selected group.
    dialog.groups.setCurrentCell(3, NAME)
    assert topic_item(dialog, "人權教育").checkState() == Qt.CheckState.Checked
    assert topic_item(dialog, "環境教育").checkState() == Qt.CheckState.Unchecked


def test_stricter_local_rule_is_saved_and_shown_on_the_hours_page(
    qtbot: QtBot, ctx: UiContext
) -> None:
    roster.create(
        ctx.db,
        EmployeeData(employee_no="A001", name="王小明", unit="人事室", category="公務人員"),
    )
    external.add_external(
        ctx.db, ExternalInput("A001", "資安研習", dt.date(2026, 5, 1), 180, "業務相關")
    )
    page = HoursPage(ctx, today=lambda: dt.date(2026, 6, 30))
    qtbot.addWidget(page)
    dialog = RulesDialog(ctx, page, year=page.year())  # closed with its parent page
    make_stricter(dialog)
    dialog.resize(900, 560)
    dialog.show()
    SHOT.parent.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOT))

    def run_dialog() -> int:
        assert dialog.save(), dialog.errors.text()
        return 0

    dialog.exec = run_dialog  # type: ignore[method-assign]
    page.make_rules_dialog = lambda: dialog  # type: ignore[method-assign]
    page.rules_button.click()

    stored = {(e.category, e.year_from): e.rule_set for e in rule_sets.get_rule_sets(ctx.db)}
    rule = stored[("公務人員", 2026)]
    assert rule.total_minutes == 40 * 60
    assert rule.groups[-1].name == "資訊安全" and rule.groups[-1].minutes == 180
    assert rule.groups[-1].topics == frozenset({"業務相關", "資訊安全"})
    assert "資訊安全" in [t.name for t in reference.list_items(ctx.db, "topic")]
    # The older rule still holds for earlier years.
    assert stored[("公務人員", 2017)].total_minutes == 20 * 60
    assert "資訊安全" not in ledger.year_groups(ctx.db, 2025)
    # The hours page re-read the year with the new group and its shortfall.
    headers = [
        page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
    ]
    assert "資訊安全" in headers
    row = page.model.row_at(0)
    assert row.group_minutes["資訊安全"] == 180 and not row.met
    assert row.missing_minutes == 37 * 60
    assert "已儲存" in dialog.state_label.text() and dialog.delete_button.isEnabled()


def test_invalid_groups_are_refused_in_chinese(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = RulesDialog(ctx, year=2026)
    qtbot.addWidget(dialog)
    before = rule_sets.get_rule_sets(ctx.db)
    dialog.total.setText("二十")
    row = dialog.add_group()
    set_cell(dialog, row, MINIMUM, "-1")
    set_cell(dialog, 0, NAME, "環境教育")  # now two groups named 環境教育
    assert not dialog.save()
    text = dialog.errors.text()
    assert "無法辨識的時數「二十」" in text
    assert "第 5 個類別：請輸入類別名稱" in text
    assert "第 5 個類別：請勾選至少一個學習類別" in text
    assert "第 5 個類別：無法辨識的時數「-1」" in text
    dialog.remove_group()
    dialog.total.setText("20")
    assert not dialog.save()
    assert "類別名稱重複：環境教育" in dialog.errors.text()
    assert rule_sets.get_rule_sets(ctx.db) == before and not dialog.saved


def test_delete_brings_back_the_older_rule(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = RulesDialog(ctx, year=2026)
    qtbot.addWidget(dialog)
    make_stricter(dialog)
    assert dialog.save()
    dialog.delete_rule()
    assert ("公務人員", 2026) not in {
        (e.category, e.year_from) for e in rule_sets.get_rule_sets(ctx.db)
    }
    assert dialog.total.text() == "20" and "尚無自 115 年度起" in dialog.state_label.text()
    # Choosing a stored rule from the list opens it.
    index = next(
        i for i in range(dialog.existing.count()) if "約聘僱人員" in dialog.existing.itemText(i)
    )
    dialog.existing.setCurrentIndex(index)
    dialog.existing.activated.emit(index)
    assert dialog.category.currentText() == "約聘僱人員" and dialog.year.value() == 106


def test_new_topic_is_refused_when_blank_or_listed(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = RulesDialog(ctx, year=2026)
    qtbot.addWidget(dialog)
    topics = reference.list_items(ctx.db, "topic")
    dialog.new_topic.setText("  ")
    dialog.add_topic()
    assert "名稱不可空白" in dialog.errors.text()
    dialog.new_topic.setText("環境教育")
    dialog.add_topic()
    assert "「環境教育」已在清單中" in dialog.errors.text()
    assert reference.list_items(ctx.db, "topic") == topics
    assert dialog.topic_list.count() == len(topics)
