"""The first-run wizard walked through its real buttons on an empty database: the agency's
settings, then the demo agency (made in the background) or an imported roster file."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget, QWizard
from pytestqt.qtbot import QtBot

from hrplanner.services.common import settings_service
from hrplanner.services.home.summary import active_staff
from hrplanner.settings import Setting
from hrplanner.storage.database import Database
from hrplanner.ui.home.first_run import FirstRunWizard
from hrplanner.ui.home.page import HomePage
from hrplanner.ui.shell.import_dialog import ImportDialog
from hrplanner.ui.shell.main_window import MainWindow

from ..conftest import FakePrompts
from .conftest import make_context, open_window


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, as an input method commits it (QTest.keyClicks cannot
    type characters outside Latin-1)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def start(qtbot: QtBot, window: MainWindow) -> FirstRunWizard:
    home = window.stack.currentWidget()
    assert isinstance(home, HomePage) and home.empty_panel.isVisibleTo(window)
    click(qtbot, home.wizard_button)
    wizard = window.first_run
    assert isinstance(wizard, FirstRunWizard)
    return wizard


def fill_agency(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    page = wizard.agency_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # 機關全銜 is required
    type_text(page.name_edit, "新竹縣政府")
    type_text(page.short_edit, "竹縣府")
    page.head_title_edit.clear()
    type_text(page.head_title_edit, "縣長")
    type_text(page.head_name_edit, "楊文科")
    page.headcount.clear()
    qtbot.keyClicks(page.headcount, "450")
    assert next_button.isEnabled()
    click(qtbot, next_button)
    assert wizard.currentPage() is wizard.start_page


def test_wizard_to_a_populated_demo(
    qtbot: QtBot, qapp: QApplication, sqlite_db: Database, prompts: FakePrompts, tmp_path: Path
) -> None:
    ctx = make_context(qapp, sqlite_db, prompts, tmp_path)
    window = open_window(qtbot, ctx, prompts)
    window.show()
    wizard = start(qtbot, window)
    fill_agency(qtbot, wizard)
    values = settings_service.get_all(sqlite_db)
    assert values[Setting.AGENCY_NAME] == "新竹縣政府"
    assert values[Setting.HEAD_TITLE] == "縣長"
    assert values[Setting.BUDGETED_HEADCOUNT] == 450
    radio = wizard.start_page.demo_radio
    # On the indicator: a radio button takes clicks on its circle and label only.
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert radio.isChecked()
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    run_page = wizard.run_page
    assert wizard.currentPage() is run_page
    assert run_page.progress.value() == 100, run_page.text.text()  # the demo is made
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and finish.isEnabled()
    click(qtbot, finish)
    assert window.first_run is None
    assert active_staff(sqlite_db) > 50
    # The agency the user typed stays; the demo filled in the people and their history.
    assert settings_service.get(sqlite_db, Setting.AGENCY_NAME) == "新竹縣政府"
    home = window.stack.currentWidget()
    assert isinstance(home, HomePage) and home.summary is not None
    assert home.summary.staff > 50 and not home.empty_panel.isVisibleTo(window)
    assert window.statusBar().currentMessage() == "已載入示範機關"


def roster_file(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "人員"
    ws.append(["員工編號", "姓名", "單位", "人員類別", "到職日期"])
    ws.append(["E001", "王小明", "人事室", "公務人員", "109/03/05"])
    ws.append(["E002", "李美華", "秘書室", "公務人員", "110/07/01"])
    ws.append(["E003", "陳大同", "秘書室", "約聘僱人員", "111/01/03"])
    wb.save(path)
    return path


def test_wizard_to_an_imported_roster(
    qtbot: QtBot, qapp: QApplication, sqlite_db: Database, prompts: FakePrompts, tmp_path: Path
) -> None:
    ctx = make_context(qapp, sqlite_db, prompts, tmp_path)
    window = open_window(qtbot, ctx, prompts)
    window.show()
    wizard = start(qtbot, window)
    fill_agency(qtbot, wizard)
    assert wizard.start_page.import_radio.isChecked()  # the default
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    run_page = wizard.run_page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # nothing imported yet
    click(qtbot, run_page.import_button)
    dialog = run_page.import_dialog
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    prompts.answers["open_file"] = [roster_file(tmp_path / "名冊.xlsx")]
    click(qtbot, dialog.browse_button)
    click(qtbot, dialog.dry_run_button)
    assert dialog.summary.text() == "試算結果：新增 3 人、更新 0 人、未變更 0 人"
    click(qtbot, dialog.import_button)
    assert not dialog.isVisible()
    assert finish.isEnabled()
    click(qtbot, finish)
    assert active_staff(sqlite_db) == 3
    home = window.stack.currentWidget()
    assert isinstance(home, HomePage) and home.summary is not None
    assert home.summary.staff == 3 and home.cards  # the items, no longer the first steps
    assert window.statusBar().currentMessage().startswith("匯入完成")


def reopened_wizard(
    qtbot: QtBot, qapp: QApplication, db: Database, prompts: FakePrompts, tmp_path: Path
) -> tuple[MainWindow, FirstRunWizard]:
    """The window of an agency already named, and the wizard opened again from its menu."""
    settings_service.update(db, {Setting.AGENCY_NAME: "示範機關"})
    window = open_window(qtbot, make_context(qapp, db, prompts, tmp_path), prompts)
    window.first_run_action.trigger()
    wizard = window.first_run
    assert isinstance(wizard, FirstRunWizard)
    return window, wizard


def test_the_wizard_reopens_from_the_menu_and_keeps_the_settings(
    qtbot: QtBot, qapp: QApplication, sqlite_db: Database, prompts: FakePrompts, tmp_path: Path
) -> None:
    window, wizard = reopened_wizard(qtbot, qapp, sqlite_db, prompts, tmp_path)
    assert wizard.agency_page.name_edit.text() == "示範機關"
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    assert window.first_run is None
    assert settings_service.get(sqlite_db, Setting.AGENCY_NAME) == "示範機關"


def test_reopened_with_a_saved_agency_name_next_is_enabled_until_it_is_cleared(
    qtbot: QtBot, qapp: QApplication, sqlite_db: Database, prompts: FakePrompts, tmp_path: Path
) -> None:
    _window, wizard = reopened_wizard(qtbot, qapp, sqlite_db, prompts, tmp_path)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    # The office's words on the buttons, not Qt's own 下一個(N).
    assert next_button.text() == "下一步 >"
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "取消"
    assert next_button.isEnabled()  # the saved name counts: nothing to retype
    wizard.agency_page.name_edit.setText("  ")
    assert not next_button.isEnabled()
    wizard.agency_page.name_edit.setText("示範機關")
    click(qtbot, next_button)
    assert wizard.currentPage() is wizard.start_page
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
