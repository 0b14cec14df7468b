"""The settings dialog's three tabs: each saves, bad values are refused with the dialog left
open on the tab to fix, and the print tab says which font printing will really use."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from hrplanner.reports.pdf import fonts
from hrplanner.reports.pdf.fonts import shipped_font_path
from hrplanner.services.common import settings_service
from hrplanner.settings import Setting
from hrplanner.ui.settings.dialog import PRINT_TAB, TRAINING_TAB, SettingsDialog
from hrplanner.ui.shell.pages import UiContext

from ..conftest import FakePrompts
from .test_dialogs import click_ok, select

UKAI = Path("/usr/share/fonts/truetype/arphic/ukai.ttc")


def open_dialog(qtbot: QtBot, ctx: UiContext) -> SettingsDialog:
    settings_service.update(ctx.db, {Setting.AGENCY_NAME: "新竹市政府"})
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_every_declared_setting_is_in_the_dialog(qtbot: QtBot, ctx: UiContext) -> None:
    from hrplanner.settings import DECLARATIONS

    dialog = open_dialog(qtbot, ctx)
    assert set(dialog.values()) == set(DECLARATIONS)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "機關",
        "訓練與時數",
        "列印與證書",
        "考核",
    ]


def test_training_tab_saves(qtbot: QtBot, ctx: UiContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    dialog.tabs.setCurrentIndex(TRAINING_TAB)
    select(dialog.credit_policy, "full")
    dialog.registration_days.setValue(10)
    dialog.export_dates.setCurrentIndex(dialog.export_dates.findData(False))
    select(dialog.initial_category, "領導培育力")
    click_ok(qtbot, dialog.buttons)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = settings_service.get_all(ctx.db)
    assert saved[Setting.CREDIT_POLICY] == "full"
    assert saved[Setting.REGISTRATION_WORKING_DAYS] == 10
    assert saved[Setting.EXPORT_DATES_AS_TEXT] is False
    assert saved[Setting.INITIAL_TRAINING_CATEGORY] == "領導培育力"
    # Opening again shows the stored values.
    again = SettingsDialog(ctx)
    qtbot.addWidget(again)
    assert again.credit_policy.currentData() == "full"
    assert again.registration_days.value() == 10
    assert again.export_dates.currentData() is False


def test_print_tab_saves(
    qtbot: QtBot, ctx: UiContext, prompts: FakePrompts, tmp_path: Path
) -> None:
    seal = tmp_path / "seal.png"
    from PySide6.QtGui import QImage

    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    image.fill(0xFFCC0000)
    assert image.save(str(seal))
    shipped = shipped_font_path()
    assert shipped is not None
    prompts.answers["open_file"] = [shipped, seal]
    dialog = open_dialog(qtbot, ctx)
    tab = dialog.print_tab
    tab.font_picker.pick_button.click()
    tab.seal_picker.pick_button.click()
    tab.signin_checks["備註"].setChecked(False)
    tab.signin_checks["身分證字號"].setChecked(True)
    tab.landscape.setChecked(True)
    tab.blank_rows.setValue(3)
    tab.number_edit.setText("{roc_year}訓字第{seq:03d}號")
    tab.body_edit.setPlainText("{name} 君參加「{class_title}」{hours}。")
    click_ok(qtbot, dialog.buttons)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = settings_service.get_all(ctx.db)
    assert saved[Setting.PRINT_FONT_FILE] == str(shipped)
    assert saved[Setting.CERTIFICATE_SEAL_IMAGE] == str(seal)
    assert saved[Setting.SIGNIN_COLUMNS] == "序號,單位,職稱,姓名,簽到,簽退,用餐"
    assert saved[Setting.SIGNIN_SHOW_MASKED_ID] is True
    assert saved[Setting.SIGNIN_LANDSCAPE] is True
    assert saved[Setting.SIGNIN_BLANK_ROWS] == 3
    assert saved[Setting.CERTIFICATE_NUMBER_TEMPLATE] == "{roc_year}訓字第{seq:03d}號"
    assert saved[Setting.CERTIFICATE_BODY_TEMPLATE] == "{name} 君參加「{class_title}」{hours}。"
    assert [c[0] for c in prompts.calls] == ["open_file", "open_file"]
    assert "*.ttf *.ttc" in prompts.calls[0][2] and "*.png" in prompts.calls[1][2]
    again = SettingsDialog(ctx)
    qtbot.addWidget(again)
    assert not again.print_tab.signin_checks["備註"].isChecked()
    assert again.print_tab.signin_checks["身分證字號"].isChecked()


@pytest.mark.parametrize("template", ["{roc_year}研字第{seq:04d號", "{民國}第{seq}號", "固定字號"])
def test_bad_number_template_is_refused_and_the_dialog_stays_open(
    qtbot: QtBot, ctx: UiContext, template: str
) -> None:
    dialog = open_dialog(qtbot, ctx)
    dialog.print_tab.number_edit.setText(template)
    click_ok(qtbot, dialog.buttons)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.tabs.currentIndex() == PRINT_TAB
    assert "{seq" in dialog.errors[Setting.CERTIFICATE_NUMBER_TEMPLATE].text()
    stored = settings_service.get(ctx.db, Setting.CERTIFICATE_NUMBER_TEMPLATE)
    assert stored == "{roc_year}研字第{seq:04d}號"


def test_other_bad_print_values_are_refused(qtbot: QtBot, ctx: UiContext, tmp_path: Path) -> None:
    otf = tmp_path / "NotoSansCJK.otf"
    otf.write_bytes(b"OTTO" + b"\0" * 64)
    dialog = open_dialog(qtbot, ctx)
    tab = dialog.print_tab
    tab.font_picker.edit.setText(str(otf))
    tab.signin_checks["姓名"].setChecked(False)
    tab.body_edit.setPlainText("{姓名} 君參加研習")
    tab.seal_picker.edit.setText(str(tmp_path / "seal.gif"))
    click_ok(qtbot, dialog.buttons)
    assert dialog.isVisible()
    assert "TrueType" in dialog.errors[Setting.PRINT_FONT_FILE].text()
    assert "姓名" in dialog.errors[Setting.SIGNIN_COLUMNS].text()
    assert "{姓名}" in dialog.errors[Setting.CERTIFICATE_BODY_TEMPLATE].text()
    assert "PNG" in dialog.errors[Setting.CERTIFICATE_SEAL_IMAGE].text()
    assert settings_service.get(ctx.db, Setting.SIGNIN_COLUMNS).startswith("序號,單位")


def test_font_line_shows_the_font_that_will_be_used(
    qtbot: QtBot, ctx: UiContext, prompts: FakePrompts
) -> None:
    dialog = open_dialog(qtbot, ctx)
    tab = dialog.print_tab
    assert tab.font_line.text() == ""  # not worked out before the tab is shown
    dialog.tabs.setCurrentIndex(PRINT_TAB)
    automatic = fonts.find_font()
    assert automatic.family in tab.font_line.text()
    chosen = UKAI if UKAI.is_file() else shipped_font_path()
    assert chosen is not None
    prompts.answers["open_file"] = [chosen]
    tab.font_picker.pick_button.click()
    expected = fonts.find_font(str(chosen))
    assert expected.source == "user"
    assert expected.family in tab.font_line.text() and str(chosen) in tab.font_line.text()
    assert "自選字型" in tab.font_line.text()
    tab.font_picker.clear_button.click()
    assert automatic.family in tab.font_line.text()


def test_font_line_shows_font_not_found_in_red(
    qtbot: QtBot, ctx: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fonts, "system_candidates", lambda: [])
    monkeypatch.setattr(fonts, "shipped_font_path", lambda: None)
    dialog = open_dialog(qtbot, ctx)
    dialog.tabs.setCurrentIndex(PRINT_TAB)
    line = dialog.print_tab.font_line
    assert "找不到可內嵌於 PDF 的繁體中文 TrueType 字型" in line.text()
    assert "b00020" in line.styleSheet()
    # No font on the PC does not keep the other settings from being saved.
    click_ok(qtbot, dialog.buttons)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_font_the_user_picked_is_checked(qtbot: QtBot, ctx: UiContext) -> None:
    dejavu = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not dejavu.is_file():
        pytest.skip("DejaVu Sans not installed")
    dialog = open_dialog(qtbot, ctx)
    dialog.print_tab.font_picker.edit.setText(str(dejavu))
    click_ok(qtbot, dialog.buttons)
    assert dialog.isVisible()
    assert "缺少繁體中文" in dialog.errors[Setting.PRINT_FONT_FILE].text()
    assert settings_service.get(ctx.db, Setting.PRINT_FONT_FILE) == ""


def test_settings_dialog_does_not_load_reportlab() -> None:
    code = (
        "import sys, hrplanner.ui.settings.dialog, hrplanner.ui.training.print_actions;"
        "print('reportlab' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_setting_another_officer_saved_meanwhile_is_not_overwritten(
    qtbot: QtBot, ctx: UiContext
) -> None:
    dialog = open_dialog(qtbot, ctx)
    # Meanwhile another officer changes the credit policy and the agency name.
    read = settings_service.versions(ctx.db)
    settings_service.update(
        ctx.db, {Setting.CREDIT_POLICY: "full", Setting.AGENCY_NAME: "新竹縣政府"}, read=read
    )
    # A setting this officer did not touch is not written back at all: saving works.
    dialog.tabs.setCurrentIndex(TRAINING_TAB)
    dialog.registration_days.setValue(12)
    click_ok(qtbot, dialog.buttons)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = settings_service.get_all(ctx.db)
    assert saved[Setting.CREDIT_POLICY] == "full" and saved[Setting.AGENCY_NAME] == "新竹縣政府"
    assert saved[Setting.REGISTRATION_WORKING_DAYS] == 12
    # The same setting changed by both: refused with a sentence, theirs stands.
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    settings_service.update(
        ctx.db, {Setting.REGISTRATION_WORKING_DAYS: 7}, read=settings_service.versions(ctx.db)
    )
    dialog.tabs.setCurrentIndex(TRAINING_TAB)
    dialog.registration_days.setValue(15)
    click_ok(qtbot, dialog.buttons)
    assert dialog.result() == QDialog.DialogCode.Rejected
    prompts = ctx.prompts
    assert isinstance(prompts, FakePrompts)
    kind, _title, text = prompts.calls[-1]
    assert kind == "error" and "設定已被其他人修改" in text and "沒有儲存" in text
    assert settings_service.get(ctx.db, Setting.REGISTRATION_WORKING_DAYS) == 7
