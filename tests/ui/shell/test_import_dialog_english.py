"""The English window shows an English refusal for a bad staff import: the problems come
from the core in the window's language (the translators switch it); the file's sheet and
column names and the values typed stay as they are."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hrplanner.ui.shell.import_dialog import ImportDialog
from hrplanner.ui.shell.pages import UiContext
from hrplanner.ui.shell.translators import install_translators

from ..conftest import FakePrompts

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
HEADER = ["員工編號", "姓名", "單位", "人員類別", "電子郵件"]


@pytest.fixture
def english(qapp: QApplication, ctx: UiContext) -> Iterator[None]:
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "zh_TW")


def test_the_english_window_shows_an_english_refusal(
    english: None, qtbot: QtBot, ctx: UiContext, tmp_path: Path, prompts: FakePrompts
) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "人員"
    for row in (HEADER, ["X001", "", "人事室", "外星人", "x@"]):
        ws.append(row)
    bad = tmp_path / "bad.xlsx"
    wb.save(bad)
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    prompts.answers["open_file"] = [bad]
    dialog.browse()
    dialog.dry_run()
    messages = [p.message for p in dialog.problems.problems]
    assert messages == [
        "姓名 is required",
        'Unknown staff category "外星人" '
        "(available: 公務人員, 約聘僱人員, 臨時人員, 技工工友, 教師)",
        'The email address "x@" is not valid',
    ]
    for message in messages:
        left = re.sub(r'"[^"]*"|\([^)]*\)', "", message).replace("姓名", "")
        assert not CJK.search(left), message
    assert not CJK.search(dialog.summary.text()), dialog.summary.text()
