"""The real message boxes mask identity numbers in what they show (R2): a refusal that
repeats an identity number typed into 員工編號 shows it as A12****789."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from hrplanner.ui.shell.prompts import Prompts


def test_message_boxes_mask_identity_numbers(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []

    def box(_parent: Any, _title: str, text: str, *rest: Any) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.No

    for name in ("information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, box)
    prompts = Prompts()
    text = "員工編號「A123456789」已有人使用"
    prompts.info(None, "t", text)
    prompts.error(None, "t", text)
    prompts.confirm(None, "t", text)
    assert shown == ["員工編號「A12****789」已有人使用"] * 3
