"""The help window: the user guide's chapters on the left, the chapter on the right.

Opened with F1 on the chapter of the page on screen (``guide.chapter_for_page``) and from
the 說明 menu. Links are handled here: ``chapter:ID`` opens another chapter, ``template:KIND``
saves that import's template through the template service (the same workbook as
``hrplanner template KIND``), and web addresses open in the browser.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QHideEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QWidget,
)

from hrplanner.i18n import normalize_language
from hrplanner.ui.shell import guide
from hrplanner.ui.shell.prompts import Prompts, workbook_filter
from hrplanner.ui.shell.tasks import TaskRunner

_GEOMETRY = "help_window/geometry"


class HelpWindow(QWidget):
    def __init__(
        self,
        prompts: Prompts,
        language: str,
        qsettings: QSettings | None = None,
        parent: QWidget | None = None,
        *,
        synchronous: bool = False,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        # Its own runner: loading the import tables never waits behind database work.
        self.runner = TaskRunner(self, synchronous=synchronous)
        self._prompts = prompts
        self._qsettings = qsettings
        self.language = normalize_language(language)
        self.setWindowTitle(self.tr("HR Planner 使用說明"))
        self.resize(1100, 700)

        self.chapters = QListWidget()
        for chapter in guide.CHAPTERS:
            item = QListWidgetItem(guide.title(chapter, self.language))
            item.setData(Qt.ItemDataRole.UserRole, chapter)
            self.chapters.addItem(item)
        # Wide enough for the longest chapter title in either language.
        self.chapters.setMinimumWidth(self.chapters.sizeHintForColumn(0) + 24)
        self.chapters.setSpacing(2)
        self.browser = QTextBrowser()
        self.browser.document().setDocumentMargin(14)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self.follow)
        splitter = QSplitter()
        splitter.addWidget(self.chapters)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([self.chapters.minimumWidth(), 1100 - self.chapters.minimumWidth()])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.chapters.currentRowChanged.connect(self._show_row)
        self.last_saved: Path | None = None
        if qsettings is not None and qsettings.value(_GEOMETRY) is not None:
            self.restoreGeometry(qsettings.value(_GEOMETRY))
        self.show_chapter(guide.CHAPTERS[0])

    def current_chapter(self) -> str:
        return guide.CHAPTERS[max(0, self.chapters.currentRow())]

    def show_chapter(self, chapter: str) -> None:
        """Show ``chapter`` (the first one if unknown)."""
        row = guide.CHAPTERS.index(chapter) if chapter in guide.CHAPTERS else 0
        if row == self.chapters.currentRow():
            self._show_row(row)
        else:
            self.chapters.setCurrentRow(row)

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(guide.CHAPTERS):
            return
        chapter = guide.CHAPTERS[row]
        if guide.has_columns(chapter) and not guide.columns_loaded():
            # The tables need the import modules: shown once they are loaded.
            self.browser.setMarkdown(guide.render(chapter, self.language, columns=False))
            self.runner.run(guide.load_columns, on_done=lambda _r: self._columns_loaded(chapter))
        else:
            self.browser.setMarkdown(guide.render(chapter, self.language))
        self.browser.verticalScrollBar().setValue(0)

    def _columns_loaded(self, chapter: str) -> None:
        if self.current_chapter() == chapter:
            position = self.browser.verticalScrollBar().value()
            self.browser.setMarkdown(guide.render(chapter, self.language))
            self.browser.verticalScrollBar().setValue(position)

    def follow(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme == "chapter":
            self.show_chapter(url.path())
        elif scheme == "template":
            self.save_template(url.path())
        elif scheme in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    def save_template(self, kind: str) -> None:
        """Ask where, then write the template of import ``kind``."""
        from hrplanner.services import catalogue
        from hrplanner.services.imports.templates import write_template

        found = catalogue.import_kind(kind)
        if found is None or found.template is None:
            return
        kind_title = guide.core_text(self.language, found.title)
        suggested = self.tr("%1匯入範本.xlsx").replace("%1", kind_title)
        path = self._prompts.save_file(self, self.tr("下載匯入範本"), suggested, workbook_filter())
        if path is None:
            return
        try:
            write_template(kind, path)
        except OSError as exc:
            from hrplanner.i18n import os_reason

            self._prompts.error(self, self.tr("無法儲存範本"), os_reason(exc))
            return
        self.last_saved = path
        self._prompts.info(
            self, self.tr("範本已儲存"), self.tr("匯入範本已儲存至 %1").replace("%1", str(path))
        )

    def hideEvent(self, event: QHideEvent) -> None:
        if self._qsettings is not None:
            self._qsettings.setValue(_GEOMETRY, self.saveGeometry())
        super().hideEvent(event)
