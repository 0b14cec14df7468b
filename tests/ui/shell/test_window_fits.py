"""The window fits the default 1100 × 700 in both languages with every page built: no page
holds the window wider or taller, the page list is never squeezed (its names cut), and the
tables of the pages that are made to fit do not scroll sideways."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QTableView, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from hrplanner.services.demo.loading import load_demo
from hrplanner.storage.database import Database
from hrplanner.ui.shell.main_window import MainWindow
from hrplanner.ui.shell.pages import PAGES, UiContext
from hrplanner.ui.shell.tasks import TaskRunner
from hrplanner.ui.shell.translators import install_translators

from ..conftest import FakePrompts

WIDTH, HEIGHT = 1100, 700
# Pages whose tables fit 1100 × 700 in both languages without scrolling sideways.
TABLES_FIT = ("classes", "external", "interim", "survey", "study", "kpis")


def assert_nothing_clipped(page: QWidget, key: str) -> None:
    """A panel that scrolls only up and down (the year-end details) is as wide as its
    content needs: otherwise its right side is cut off with no way to see it."""
    for area in page.findChildren(QScrollArea):
        inner = area.widget()
        if inner is None or not area.isVisible():
            continue
        if area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
            continue
        needed, shown = inner.minimumSizeHint().width(), area.viewport().width()
        assert needed <= shown, (key, needed, shown)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Real data: class titles, plan names and units widen combo boxes and columns.
    path = tmp_path_factory.mktemp("fits") / "demo.db"
    db = Database.open(str(path), user="tester")
    load_demo(db, "small")
    db.close()
    return path


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.db"
    shutil.copyfile(demo_file, copy)
    db = Database.open(str(copy), user="tester", create=False)
    yield db
    db.close()


@pytest.mark.parametrize("language", ["zh_TW", "en"])
def test_every_page_fits_the_default_window(
    qapp: QApplication,
    qtbot: QtBot,
    demo_db: Database,
    prompts: FakePrompts,
    tmp_path: Path,
    language: str,
) -> None:
    install_translators(qapp, language)
    try:
        qsettings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
        ctx = UiContext(
            db=demo_db,
            prompts=prompts,
            runner=TaskRunner(synchronous=True),
            qsettings=qsettings,
            database_target=str(demo_db.file),
        )
        window = MainWindow(qsettings, prompts, language)
        qtbot.addWidget(window)
        window.attach(ctx)
        window.show()
        # Visit every page through the list, and every tab of it (tabs build lazily).
        for row, spec in enumerate(PAGES):
            window.nav.setCurrentRow(row)
            page = window.pages[spec.key]
            for tabs in page.findChildren(QTabWidget):
                for index in range(tabs.count()):
                    tabs.setCurrentIndex(index)
                tabs.setCurrentIndex(0)
            qapp.processEvents()
            hint = page.minimumSizeHint()
            assert hint.width() + window.nav.minimumWidth() <= WIDTH, (spec.key, hint)
        assert set(window.pages) == {spec.key for spec in PAGES}
        minimum = window.minimumSizeHint()
        assert minimum.width() <= WIDTH and minimum.height() <= HEIGHT, minimum
        # The page names fit the list, and the list keeps that width at 1100 × 700.
        names = window.nav.sizeHintForColumn(0)
        assert window.nav.minimumWidth() >= names
        window.resize(WIDTH, HEIGHT)
        qapp.processEvents()
        assert (window.width(), window.height()) == (WIDTH, HEIGHT)
        assert window.nav.width() >= names
        for row, spec in enumerate(PAGES):
            window.nav.setCurrentRow(row)
            qapp.processEvents()
            assert_nothing_clipped(window.pages[spec.key], spec.key)
        # The year-end panel filled with a person, whose details are the longest.
        year_end = window.pages["year_end"]
        year_end.table.selectRow(0)
        qapp.processEvents()
        assert year_end.detail.row is not None
        assert_nothing_clipped(year_end, "year_end")
        for key in TABLES_FIT:
            window.nav.setCurrentRow(next(i for i, s in enumerate(PAGES) if s.key == key))
            page = window.pages[key]
            # The tables on every tab of the page (one tab widget at a time).
            for tabs in [None, *page.findChildren(QTabWidget)]:
                for index in range(tabs.count() if tabs is not None else 1):
                    if tabs is not None:
                        tabs.setCurrentIndex(index)
                    qapp.processEvents()
                    for table in page.findChildren(QTableView):
                        if table.isVisible() and table.model() is not None:
                            scroll = table.horizontalScrollBar().maximum()
                            assert scroll == 0, (key, index, table.model().columnCount(), scroll)
                if tabs is not None:
                    tabs.setCurrentIndex(0)
    finally:
        install_translators(qapp, "zh_TW")
