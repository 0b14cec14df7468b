"""The 匯入 menu of the classes page: class, enrollment and attendance workbooks (SPEC §3.1)
through the shared import dialog (dry run first, all or nothing)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from hrplanner.ui.shell.import_dialog import ImportDialog, ImportKind
from hrplanner.ui.shell.pages import UiContext

if TYPE_CHECKING:
    pass


class TrainingImports(QObject):
    """Builds the import kinds and opens the dialog; ``imported`` is called after a write."""

    def __init__(self, ctx: UiContext, widget: QWidget, imported: Callable[[], None]) -> None:
        super().__init__(widget)
        self.ctx = ctx
        self.widget = widget
        self.imported = imported
        self.menu = QMenu(widget)
        self.kinds = {
            "classes": ImportKind(
                title=self.tr("匯入班期"),
                kind="classes",
                template_file=self.tr("班期匯入範本.xlsx"),
                browse_title=self.tr("選擇班期檔案（工作表：班期、場次）"),
            ),
            "enrollments": ImportKind(
                title=self.tr("匯入報名"),
                kind="enrollments",
                template_file=self.tr("報名匯入範本.xlsx"),
                browse_title=self.tr("選擇報名檔案"),
            ),
            "attendance": ImportKind(
                title=self.tr("匯入出席"),
                kind="attendance",
                template_file=self.tr("出席匯入範本.xlsx"),
                browse_title=self.tr("選擇出席檔案"),
            ),
        }
        for key, text in (
            ("classes", self.tr("班期與場次…")),
            ("enrollments", self.tr("報名…")),
            ("attendance", self.tr("出席…")),
        ):
            action = QAction(text, self.menu)
            action.triggered.connect(lambda _=False, k=key: self.run(k))
            self.menu.addAction(action)

    def button(self) -> QToolButton:
        button = QToolButton(self.widget)
        button.setText(self.tr("匯入"))
        button.setMenu(self.menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def make_dialog(self, key: str) -> ImportDialog:
        return ImportDialog(self.ctx, self.widget, self.kinds[key])

    def run(self, key: str) -> None:
        dialog = self.make_dialog(key)
        if dialog.exec() and dialog.imported is not None:
            self.imported()
