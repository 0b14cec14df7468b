"""The print tab edits one certificate wording per 辦理方式 and the hours-by-topic option."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from hrplanner.services.common import settings_service
from hrplanner.settings import Setting
from hrplanner.ui.settings.dialog import PRINT_TAB
from hrplanner.ui.shell.pages import UiContext

from .test_dialogs import click_ok
from .test_settings_dialog import open_dialog


def test_wording_per_type_and_topic_hours_are_saved(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    tab = dialog.print_tab
    # Empty edits show the default of their type.
    assert "委託{organizer}辦理之" in tab.body_edits["委辦"].placeholderText()
    assert "經本機關薦送參加{organizer}辦理之" in tab.body_edits["薦送"].placeholderText()
    tab.body_edits["薦送"].setPlainText("{name}奉派參加{organizer}「{class_title}」。")
    tab.topic_hours.click()
    click_ok(qtbot, dialog.buttons)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = settings_service.get_all(ctx.db)
    assert saved[Setting.CERTIFICATE_BODY_SENT] == "{name}奉派參加{organizer}「{class_title}」。"
    assert saved[Setting.CERTIFICATE_BODY_COMMISSIONED] == ""
    assert saved[Setting.CERTIFICATE_TOPIC_HOURS] is True


def test_a_bad_wording_of_any_type_keeps_the_dialog_open(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    dialog.print_tab.body_edits["委辦"].setPlainText("{受託機關}辦理")
    click_ok(qtbot, dialog.buttons)
    assert dialog.isVisible() and dialog.tabs.currentIndex() == PRINT_TAB
    assert "{受託機關}" in dialog.errors[Setting.CERTIFICATE_BODY_COMMISSIONED].text()
    assert settings_service.get(ctx.db, Setting.CERTIFICATE_BODY_COMMISSIONED) == ""
