"""Dialogs open inside the default window (1100 × 700) in both languages: a taller one
leaves a small screen, its buttons out of reach. Their column headers are not cut."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QTableView
from pytestqt.qtbot import QtBot

from hrplanner.ui.appraisal.records_dialogs import LeaveDialog
from hrplanner.ui.hours.rules_dialog import RulesDialog
from hrplanner.ui.settings.dialog import SettingsDialog
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.pdf_preview import PdfPreviewDialog
from hrplanner.ui.shell.translators import install_translators
from hrplanner.ui.survey.template_dialog import TemplateDialog

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


@pytest.mark.parametrize("language", ["zh_TW", "en"])
def test_column_headers_are_not_cut(
    qapp: QApplication, qtbot: QtBot, ctx: UiContext, language: str
) -> None:
    install_translators(qapp, language)
    try:
        for dialog in (
            LeaveDialog(ctx, year=2025),  # Sick/personal leave days, Days absent without leave
            RulesDialog(ctx, year=2025),  # Minimum hours
            TemplateDialog(ctx),  # Short label (charts)
        ):
            qtbot.addWidget(dialog)
            assert_fits(dialog)
            for view in dialog.findChildren(QTableView):
                header = view.horizontalHeader()
                for column in range(header.count()):
                    wanted = header.sectionSizeHint(column)
                    assert header.sectionSize(column) >= wanted, (type(dialog).__name__, column)
                assert not view.horizontalScrollBar().isVisible(), type(dialog).__name__
    finally:
        install_translators(qapp, "zh_TW")
