"""Message boxes and file dialogs behind one small object that windows receive.

Every question the window asks the user goes through ``Prompts``, so tests pass a scripted
stand-in and never block on a modal dialog. Nothing else in ``hrplanner.ui`` calls
``QMessageBox`` or ``QFileDialog`` directly.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QTextEdit, QWidget

from hrplanner.domain.national_id import scrub


class Prompts:
    """The real dialogs. Subclass (or duck-type) it in tests. Identity numbers in what
    they show (a refusal repeating what was typed) are masked (R2)."""

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, scrub(text))

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, scrub(text))

    def error_details(self, parent: QWidget | None, title: str, text: str, details: str) -> None:
        """A refusal summarised in one line, its full list behind 顯示詳細資料."""
        box = QMessageBox(QMessageBox.Icon.Critical, title, scrub(text), parent=parent)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setDetailedText(scrub(details))
        # A list of people reads one per line: wide enough for a name and its sessions.
        for child in box.findChildren(QTextEdit):
            child.setMinimumWidth(460)
        box.exec()

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            parent,
            title,
            scrub(text),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def choose(
        self, parent: QWidget | None, title: str, label: str, items: Sequence[str]
    ) -> str | None:
        """One of ``items``, or None when the user cancels."""
        item, ok = QInputDialog.getItem(parent, title, label, list(items), 0, False)
        return str(item) if ok else None

    def open_file(self, parent: QWidget | None, title: str, name_filter: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, "", name_filter)
        return Path(name) if name else None

    def save_file(
        self, parent: QWidget | None, title: str, suggested: str, name_filter: str
    ) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, name_filter)
        return Path(name) if name else None

    def choose_folder(self, parent: QWidget | None, title: str) -> Path | None:
        """An existing folder (e.g. for one PDF per person), or None when cancelled."""
        name = QFileDialog.getExistingDirectory(parent, title)
        return Path(name) if name else None


def spreadsheet_filter() -> str:
    return QCoreApplication.translate(
        "Prompts", "試算表 (*.xlsx *.csv);;Excel 活頁簿 (*.xlsx);;CSV 檔 (*.csv)"
    )


def workbook_filter() -> str:
    return QCoreApplication.translate("Prompts", "Excel 活頁簿 (*.xlsx)")


def database_filter() -> str:
    return QCoreApplication.translate("Prompts", "HR Planner 資料庫 (*.db);;所有檔案 (*)")
