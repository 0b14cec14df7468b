"""The staff dialog and the agency settings dialog: they save through the services and
close only on success."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from hrplanner.services.common import settings_service
from hrplanner.services.staff import roster
from hrplanner.settings import Setting
from hrplanner.ui.settings.dialog import SettingsDialog
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.staff.dialog import StaffDialog

from ..conftest import FakePrompts


def click_ok(qtbot: QtBot, buttons: QDialogButtonBox) -> None:
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def select(combo: object, value: str) -> None:
    index = combo.findData(value)  # type: ignore[attr-defined]
    assert index >= 0, value
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def test_add_person_through_the_dialog(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = StaffDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.edits["employee_no"], "C100")
    dialog.edits["name"].setText("張三豐")  # QTest types Latin-1 only
    qtbot.keyClicks(dialog.edits["national_id"], "a123456789")
    dialog.edits["birth_date"].setText("民國70年1月2日")
    qtbot.keyClicks(dialog.edits["hire_date"], "109/3/5")
    dialog.combos["unit"].setEditText("新設科")  # a new unit is created
    select(dialog.combos["category"], "公務人員")
    select(dialog.combos["rank_group"], "薦任")
    select(dialog.combos["meal"], "素")
    click_ok(qtbot, dialog.buttons)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = roster.get(ctx.db, dialog.saved_id or 0)
    assert (saved.employee_no, saved.name, saved.unit) == ("C100", "張三豐", "新設科")
    assert saved.national_id == "A123456789"
    assert saved.birth_date == dt.date(1981, 1, 2)
    assert saved.hire_date == dt.date(2020, 3, 5)
    assert (saved.rank_group, saved.meal, saved.status) == ("薦任", "素", "在職")


def test_refused_input_keeps_the_dialog_open_with_errors_by_the_fields(
    qtbot: QtBot, ctx: UiContext
) -> None:
    dialog = StaffDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.edits["employee_no"], "C101")
    qtbot.keyClicks(dialog.edits["national_id"], "A123456788")  # bad check digit
    qtbot.keyClicks(dialog.edits["hire_date"], "109/13/40")
    dialog.combos["unit"].setEditText("人事室")
    select(dialog.combos["category"], "公務人員")
    click_ok(qtbot, dialog.buttons)
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "姓名必填" in dialog.errors["姓名"].text()
    assert not dialog.errors["姓名"].isHidden()
    assert "109/13/40" in dialog.errors["到職日期"].text()
    assert dialog.errors["身分證字號"].text()
    assert dialog.errors["員工編號"].isHidden()
    assert roster.search_ids(ctx.db, roster.StaffFilter()) == []
    # Correcting the fields clears the messages and saves.
    dialog.edits["name"].setText("趙四")
    dialog.edits["national_id"].clear()
    dialog.edits["hire_date"].setText("2020-03-05")
    click_ok(qtbot, dialog.buttons)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert roster.get(ctx.db, dialog.saved_id or 0).name == "趙四"


def test_edit_shows_the_full_identity_number_and_saves(
    qtbot: QtBot, ctx: UiContext, people: dict[str, int]
) -> None:
    staff_id = people["王小明"]
    data = roster.get(ctx.db, staff_id)
    data.national_id = "F131104093"
    roster.update(ctx.db, staff_id, data)
    dialog = StaffDialog(ctx, staff_id)
    qtbot.addWidget(dialog)
    assert dialog.edits["national_id"].text() == "F131104093"
    assert dialog.edits["hire_date"].text() == "109/03/05"
    dialog.edits["title"].setText("專員")
    click_ok(qtbot, dialog.buttons)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert roster.get(ctx.db, staff_id).title == "專員"


def test_conflicting_edit_is_reported_and_not_saved(
    qtbot: QtBot, ctx: UiContext, people: dict[str, int], prompts: FakePrompts
) -> None:
    staff_id = people["王小明"]
    dialog = StaffDialog(ctx, staff_id)
    qtbot.addWidget(dialog)
    other = roster.get(ctx.db, staff_id)  # someone else saves first
    other.title = "科長"
    roster.update(ctx.db, staff_id, other)
    dialog.edits["title"].setText("專員")
    click_ok(qtbot, dialog.buttons)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert prompts.kinds() == ["error"]
    assert roster.get(ctx.db, staff_id).title == "科長"


def test_settings_dialog_saves_valid_values(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.edits[Setting.AGENCY_NAME].setText("新竹市政府")
    dialog.edits[Setting.HEAD_NAME].setText("高虹安")
    dialog.edits[Setting.BUDGETED_HEADCOUNT].setText("１２０")  # full-width digits
    select(dialog.date_display, "iso")
    click_ok(qtbot, dialog.buttons)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = settings_service.get_all(ctx.db)
    assert saved[Setting.AGENCY_NAME] == "新竹市政府"
    assert saved[Setting.HEAD_NAME] == "高虹安"
    assert saved[Setting.BUDGETED_HEADCOUNT] == 120
    assert saved[Setting.DATE_DISPLAY] == "iso"


def test_settings_dialog_refuses_bad_values(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edits[Setting.AGENCY_NAME].setText("  ")
    dialog.edits[Setting.BUDGETED_HEADCOUNT].setText("一百")
    click_ok(qtbot, dialog.buttons)
    assert dialog.isVisible()
    assert dialog.errors[Setting.AGENCY_NAME].text()
    assert "整數" in dialog.errors[Setting.BUDGETED_HEADCOUNT].text()
    assert settings_service.get(ctx.db, Setting.BUDGETED_HEADCOUNT) == 0
