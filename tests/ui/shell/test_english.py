"""Switching to English leaves no Chinese in the window's own text (data stays as it is)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from hrplanner.i18n import LANGUAGE_NAMES
from hrplanner.ui.settings.dialog import SettingsDialog
from hrplanner.ui.shell.import_dialog import ImportDialog
from hrplanner.ui.shell.main_window import MainWindow
from hrplanner.ui.shell.pages import PAGES, UiContext
from hrplanner.ui.shell.translators import install_translators
from hrplanner.ui.staff.dialog import StaffDialog
from hrplanner.ui.staff.page import StaffPage

from ..conftest import FakePrompts

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


@pytest.fixture
def english(qapp: QApplication, ctx: UiContext) -> Iterator[None]:
    # After ``ctx``, which installs the default language.
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "zh_TW")


def chrome(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every piece of text the program itself puts on ``widget``."""
    yield "title", widget.windowTitle()
    for label in widget.findChildren(QLabel):
        yield "label", label.text()
    for button in widget.findChildren(QAbstractButton):
        yield "button", button.text()
    for edit in widget.findChildren(QLineEdit):
        yield "placeholder", edit.placeholderText()
    for menu in widget.findChildren(QMenu):
        yield "menu", menu.title()
        for action in menu.actions():
            if action.text() not in LANGUAGE_NAMES.values():  # each in its own language
                yield "action", action.text()
    for view in widget.findChildren(QTableView):
        model = view.model()
        for column in range(model.columnCount()):
            yield "header", str(model.headerData(column, Qt.Orientation.Horizontal))


def chinese(widget: QWidget) -> list[tuple[str, str]]:
    return [(where, text) for where, text in chrome(widget) if CJK.search(text)]


def test_no_chinese_chrome_in_english(
    english: None, qtbot: QtBot, ctx: UiContext, people: dict[str, int], prompts: FakePrompts
) -> None:
    window = MainWindow(ctx.qsettings, prompts, "en", tuple(p for p in PAGES if p.key == "staff"))
    qtbot.addWidget(window)
    window.attach(ctx)
    page = window.pages["staff"]
    assert isinstance(page, StaffPage)
    assert chinese(window) == []
    assert page.count_label.text() == "3 people"
    # Filter lists: the "all" entries and the statuses are ours; units and categories are data.
    assert page.unit_combo.itemText(0) == "All units"
    statuses = [page.status_combo.itemText(i) for i in range(page.status_combo.count())]
    assert statuses == ["All statuses", "Active", "Unpaid leave", "Left", "Retired"]
    for dialog in (StaffDialog(ctx, people["王小明"]), SettingsDialog(ctx), ImportDialog(ctx)):
        qtbot.addWidget(dialog)
        assert chinese(dialog) == [], type(dialog).__name__
    staff_dialog = StaffDialog(ctx)
    qtbot.addWidget(staff_dialog)
    meals = staff_dialog.combos["meal"]
    assert [meals.itemText(i) for i in range(meals.count())] == ["Regular", "Vegetarian", "No meal"]
    assert isinstance(staff_dialog.combos["status"], QComboBox)


def test_refusals_in_the_staff_and_class_dialogs_name_the_fields_in_english(
    english: None, qtbot: QtBot, ctx: UiContext, prompts: FakePrompts
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from hrplanner.ui.training.class_dialog import ClassDialog

    staff_dialog = StaffDialog(ctx)
    qtbot.addWidget(staff_dialog)
    staff_dialog.show()
    staff_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert staff_dialog.errors["姓名"].text() == "Name is required"
    assert chinese(staff_dialog) == []
    # The class editor's own checks: a bad capacity, leave limit and session date.
    class_dialog = ClassDialog(ctx)
    qtbot.addWidget(class_dialog)
    class_dialog.code.setText("T-1")
    class_dialog.title_edit.setText("Test")
    class_dialog.capacity.setText("many")
    class_dialog.leave_limit.setText("a third")
    class_dialog.accept()
    class_dialog._cell(0, 0).setText("")
    class_dialog.capacity.clear()
    class_dialog.leave_limit.setText("1/3")
    class_dialog.accept()
    texts = [text for kind, _title, text in prompts.calls if kind == "error"]
    assert len(texts) == 2, prompts.calls
    assert "The capacity must be a whole number" in texts[0]
    assert "The leave limit must be a fraction" in texts[0]
    assert "Session 1: " in texts[1]
    assert [CJK.findall(text) for text in texts] == [[], []], texts
