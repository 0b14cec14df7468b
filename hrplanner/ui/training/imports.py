"""The 匯入 menu of the classes page: class, enrollment and attendance workbooks (SPEC §3.1)
through the shared import dialog (dry run first, all or nothing)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from hrplanner.ui.shell.import_dialog import ImportDialog, ImportKind
from hrplanner.ui.shell.pages import UiContext

if TYPE_CHECKING:
    from hrplanner.services.imports.tabular import ImportReport
    from hrplanner.storage.database import Database


def _import_classes(db: Database, path: Path, dry_run: bool) -> ImportReport:
    from hrplanner.services.training.class_import import import_classes

    return import_classes(db, path, dry_run=dry_run)


def _import_enrollments(db: Database, path: Path, dry_run: bool) -> ImportReport:
    from hrplanner.services.training.enrollment_import import import_enrollments

    return import_enrollments(db, path, dry_run=dry_run)


def _import_attendance(db: Database, path: Path, dry_run: bool) -> ImportReport:
    from hrplanner.services.training.enrollment_import import import_attendance

    return import_attendance(db, path, dry_run=dry_run)


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
                importer=_import_classes,
                template="classes",
                template_file=self.tr("班期匯入範本.xlsx"),
                browse_title=self.tr("選擇班期檔案（工作表：班期、場次）"),
            ),
            "enrollments": ImportKind(
                title=self.tr("匯入報名"),
                importer=_import_enrollments,
                template="enrollments",
                template_file=self.tr("報名匯入範本.xlsx"),
                browse_title=self.tr("選擇報名檔案"),
            ),
            "attendance": ImportKind(
                title=self.tr("匯入出席"),
                importer=_import_attendance,
                template="attendance",
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
