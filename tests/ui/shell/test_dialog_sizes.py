"""Dialogs open inside the default window (1100 × 700) in both languages: a taller one
leaves a small screen, its buttons out of reach."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from hrplanner.ui.settings.dialog import SettingsDialog
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.pdf_preview import PdfPreviewDialog
from hrplanner.ui.shell.translators import install_translators

from ..conftest import FakePrompts
from .test_pdf_preview import signin_pdf  # noqa: F401  (the fixture)

# The window's 700 less a title bar.
WIDTH, HEIGHT = 1100, 660


def assert_fits(dialog: QDialog) -> None:
    dialog.show()
    QApplication.processEvents()
    assert dialog.width() <= WIDTH and dialog.height() <= HEIGHT, dialog.size()
    hint = dialog.minimumSizeHint()
    assert hint.width() <= WIDTH and hint.height() <= HEIGHT, hint


@pytest.mark.parametrize("language", ["zh_TW", "en"])
def test_settings_dialog_fits(
    qapp: QApplication, qtbot: QtBot, ctx: UiContext, language: str
) -> None:
    install_translators(qapp, language)
    try:
        dialog = SettingsDialog(ctx)
        qtbot.addWidget(dialog)
        assert_fits(dialog)
        for index in range(dialog.tabs.count()):  # the print tab scrolls instead
            dialog.tabs.setCurrentIndex(index)
            assert_fits(dialog)
    finally:
        install_translators(qapp, "zh_TW")


@pytest.mark.parametrize("language", ["zh_TW", "en"])
def test_print_preview_fits(
    qapp: QApplication,
    qtbot: QtBot,
    prompts: FakePrompts,
    signin_pdf: Path,  # noqa: F811
    language: str,
) -> None:
    install_translators(qapp, language)
    try:
        dialog = PdfPreviewDialog(signin_pdf, prompts)
        qtbot.addWidget(dialog)
        assert_fits(dialog)
    finally:
        install_translators(qapp, "zh_TW")
