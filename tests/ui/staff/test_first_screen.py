"""The staff list's early screen (read with sqlite3 while the database opens) shows exactly
what the real page shows first, and the real page replaces it when the database is open."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hrplanner import app as app_module
from hrplanner.services.staff import first_page, roster
from hrplanner.storage.database import Database
from hrplanner.ui.shell.pages import PAGES
from hrplanner.ui.shell.tasks import TaskRunner
from hrplanner.ui.staff.page import StaffPage
from hrplanner.ui.staff.preview import StaffPreview

from ..conftest import FakePrompts


def test_the_first_screen_matches_the_page(
    qtbot: QtBot, sqlite_db: Database, people: dict[str, int], qsettings: QSettings
) -> None:
    assert sqlite_db.file is not None
    path = first_page.sqlite_file(str(sqlite_db.file))
    assert path == sqlite_db.file
    found = first_page.read(path, 200)
    assert found is not None
    page, rows = found
    real_ids = roster.search_ids(sqlite_db, first_page.FIRST_FILTER, first_page.FIRST_SORT)
    assert page.ids == real_ids  # 在職 only, by employee number: 林離職 is not listed
    assert rows == roster.rows_for_ids(sqlite_db, real_ids)
    preview = StaffPreview(page, rows, qsettings)
    qtbot.addWidget(preview)
    assert preview.model.rowCount() == 3
    assert preview.count_label.text() == "共 3 人"


def test_no_early_screen_for_a_server_or_a_missing_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert first_page.sqlite_file("postgresql://u@h/db") is None
    assert first_page.sqlite_file(str(tmp_path / "none.db")) is None
    foreign = tmp_path / "other.db"
    foreign.write_bytes(b"")
    assert first_page.read(foreign, 200) is None  # no such tables: nothing, no error


def test_the_real_page_replaces_the_early_screen(
    qtbot: QtBot, qapp: QApplication, qsettings: QSettings, prompts: FakePrompts,
    sqlite_db: Database, people: dict[str, int], tmp_path,  # type: ignore[no-untyped-def]
) -> None:  # fmt: skip
    shown: list[object] = []
    application = app_module.Application(
        qapp, qsettings, prompts, TaskRunner(synchronous=True), str(sqlite_db.file),
        tmp_path / "backups", "zh_TW", False, [s for s in PAGES if s.key == "staff"], create=False,
    )  # fmt: skip
    qtbot.addWidget(application.window)
    real_show = application.window.show_preview
    application.window.show_preview = lambda w: (shown.append(w), real_show(w))  # type: ignore[method-assign]
    application.open()
    assert len(shown) == 1 and isinstance(shown[0], StaffPreview)
    assert isinstance(application.window.stack.currentWidget(), StaffPage)
    assert application.window.stack.indexOf(shown[0]) == -1  # taken away
    application.shutdown()
