"""The main window, the composition root, the task helper and the translations."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from hrplanner import app as app_module
from hrplanner.i18n import translations_dir
from hrplanner.storage.database import Database
from hrplanner.ui.shell.main_window import MainWindow
from hrplanner.ui.shell.pages import PAGES, PageSpec, UiContext
from hrplanner.ui.shell.tasks import Cancelled, Progress, TaskRunner
from hrplanner.ui.shell.translators import install_translators
from hrplanner.ui.staff.page import StaffPage

from ..conftest import FakePrompts

# Only the staff page: these tests are about the window, not about other areas' pages.
STAFF_ONLY = tuple(p for p in PAGES if p.key == "staff")


def make_window(qtbot: QtBot, qsettings: QSettings, prompts: FakePrompts) -> MainWindow:
    window = MainWindow(qsettings, prompts, "zh_TW", STAFF_ONLY)
    qtbot.addWidget(window)
    return window


def test_window_shows_the_staff_page_once_attached(
    qtbot: QtBot, ctx: UiContext, people: dict[str, int], prompts: FakePrompts
) -> None:
    window = make_window(qtbot, ctx.qsettings, prompts)
    assert not window.import_action.isEnabled()  # no database yet
    window.attach(ctx)
    assert window.import_action.isEnabled()
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == ["人員名冊"]
    page = window.stack.currentWidget()
    assert isinstance(page, StaffPage)
    assert page.model.rowCount() == 3
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["檔案(&F)", "工作(&W)", "檢視(&V)", "設定(&S)", "說明(&H)"]


def test_window_restores_geometry_and_splitter(
    qtbot: QtBot, ctx: UiContext, prompts: FakePrompts
) -> None:
    window = make_window(qtbot, ctx.qsettings, prompts)
    window.attach(ctx)
    window.show()
    window.resize(700, 455)
    window.splitter.setSizes([230, 470])
    window.close()  # saves the state
    again = make_window(qtbot, ctx.qsettings, prompts)
    again.show()
    assert (again.width(), again.height()) == (700, 455)
    assert again.splitter.sizes()[0] == window.splitter.sizes()[0]


def test_backup_from_the_menu(
    qtbot: QtBot, ctx: UiContext, prompts: FakePrompts, tmp_path: Path
) -> None:
    window = make_window(qtbot, ctx.qsettings, prompts)
    window.attach(ctx)
    target = tmp_path / "copy.db"
    prompts.answers["save_file"] = [target]
    window.backup_action.trigger()
    assert target.stat().st_size > 0
    assert prompts.kinds() == ["save_file", "info"]


def test_english_translation_loads(
    qtbot: QtBot, qapp: QApplication, qsettings: QSettings, prompts: FakePrompts
) -> None:
    assert (translations_dir() / "hrplanner_en.qm").is_file()
    try:
        installed = install_translators(qapp, "en")
        assert len(installed) == 2  # ours and Qt's own qtbase
        window = make_window(qtbot, qsettings, prompts)
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles == ["&File", "&Work", "&View", "&Settings", "&Help"]
        assert window.nav.item(0).text() == "Staff"
    finally:
        install_translators(qapp, "zh_TW")
    assert make_window(qtbot, qsettings, prompts).menuBar().actions()[0].text() == "檔案(&F)"


def test_application_opens_the_database_and_builds_pages(
    qtbot: QtBot, qapp: QApplication, qsettings: QSettings, prompts: FakePrompts, tmp_path: Path
) -> None:
    application = app_module.Application(
        qapp, qsettings, prompts, TaskRunner(synchronous=True), str(tmp_path / "new.db"),
        tmp_path / "backups", "zh_TW", False,
    )  # fmt: skip
    qtbot.addWidget(application.window)
    application.open()
    assert application.db is not None
    # The window opens on the home page (R20); the others are built when shown.
    assert list(application.window.pages) == ["home"]
    assert application.window.windowTitle() == "HR Planner 人事訓練考核管理 — new.db"
    # A new database: the first-run wizard opens once the window has painted.
    qtbot.waitUntil(lambda: application.window.first_run is not None)
    application.window.first_run.reject()  # type: ignore[union-attr]
    # Every registered page builds (not the error placeholder).
    assert isinstance(application.window.page("staff"), StaffPage)
    for spec in PAGES:
        page = application.window.page(spec.key)
        assert "無法開啟" not in getattr(page, "text", lambda: "")(), spec.key
    application.shutdown()


def test_a_broken_page_does_not_take_the_window_down(
    qtbot: QtBot, ctx: UiContext, prompts: FakePrompts
) -> None:
    broken = PageSpec("broken", "壞掉", "hrplanner.ui.no_such_module:Page")
    window = MainWindow(ctx.qsettings, prompts, "zh_TW", (*STAFF_ONLY, broken))
    qtbot.addWidget(window)
    window.attach(ctx)
    assert isinstance(window.pages["staff"], StaffPage)
    assert "broken" not in window.pages
    window.nav.setCurrentRow(1)
    assert "no_such_module" in window.pages["broken"].text()  # type: ignore[attr-defined]
    assert window.stack.currentWidget() is window.pages["broken"]


def test_application_reports_a_database_it_cannot_open(
    qtbot: QtBot, qapp: QApplication, qsettings: QSettings, prompts: FakePrompts, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not a database" * 100)
    application = app_module.Application(
        qapp, qsettings, prompts, TaskRunner(synchronous=True), str(broken),
        tmp_path / "backups", "zh_TW", False, STAFF_ONLY,
    )  # fmt: skip
    qtbot.addWidget(application.window)
    application.open()
    # Why, and an offer to open another file; declined: the window ends with status 2.
    assert prompts.kinds() == ["confirm"]
    assert str(broken) in prompts.calls[0][2] and "不是 SQLite 資料庫檔案" in prompts.calls[0][2]
    assert "另一個資料庫檔案" in prompts.calls[0][2]
    assert application.exit_code == 2
    assert broken.read_bytes() == b"this is not a database" * 100


def test_another_file_can_be_chosen_when_the_database_cannot_be_opened(
    qtbot: QtBot, qapp: QApplication, qsettings: QSettings, prompts: FakePrompts,
    sqlite_db: Database, tmp_path: Path,
) -> None:  # fmt: skip
    import hashlib
    import sqlite3

    theirs = tmp_path / "theirs.sqlite"
    with sqlite3.connect(theirs) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    digest = hashlib.sha256(theirs.read_bytes()).hexdigest()
    prompts.answers["confirm"] = [True]
    prompts.answers["open_file"] = [sqlite_db.file]
    application = app_module.Application(
        qapp, qsettings, prompts, TaskRunner(synchronous=True), str(theirs),
        tmp_path / "backups", "zh_TW", False, STAFF_ONLY,
    )  # fmt: skip
    qtbot.addWidget(application.window)
    application.open()
    assert prompts.kinds() == ["confirm", "open_file"]
    assert "其他程式的資料庫" in prompts.calls[0][2]
    assert application.db is not None and application.db.file == sqlite_db.file
    assert application.exit_code == 0
    assert hashlib.sha256(theirs.read_bytes()).hexdigest() == digest
    application.shutdown()


def test_a_named_database_that_does_not_exist_is_not_created(
    qtbot: QtBot, qapp: QApplication, qsettings: QSettings, prompts: FakePrompts, tmp_path: Path
) -> None:
    typo = tmp_path / "offce" / "hr.db"
    application = app_module.Application(
        qapp, qsettings, prompts, TaskRunner(synchronous=True), str(typo),
        tmp_path / "backups", "zh_TW", False, STAFF_ONLY, create=False,
    )  # fmt: skip
    qtbot.addWidget(application.window)
    application.open()
    assert prompts.kinds() == ["confirm"] and "找不到資料庫" in prompts.calls[0][2]
    assert not typo.parent.exists()
    assert application.exit_code == 2


def test_language_choice_is_stored_for_the_next_start(
    qtbot: QtBot, qapp: QApplication, qsettings: QSettings, prompts: FakePrompts,
    sqlite_db: Database, tmp_path: Path,
) -> None:  # fmt: skip
    application = app_module.Application(
        qapp, qsettings, prompts, TaskRunner(synchronous=True), str(sqlite_db.file),
        tmp_path / "backups", "zh_TW", False, STAFF_ONLY,
    )  # fmt: skip
    qtbot.addWidget(application.window)
    application.open()
    application.window.language_actions["en"].trigger()
    assert qsettings.value(app_module.LANGUAGE_KEY) == "en"
    from hrplanner.services.common import settings_service
    from hrplanner.settings import Setting

    assert settings_service.get(sqlite_db, Setting.LANGUAGE) == "en"
    assert prompts.kinds() == ["info"]
    application.shutdown()


def test_background_task_delivers_on_the_ui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    threads: dict[str, threading.Thread] = {}
    progress: list[tuple[int, int, str]] = []

    def work(p: Progress) -> int:
        threads["work"] = threading.current_thread()
        p.report(1, 2, "半")
        return 42

    results: list[int] = []
    runner.run(work, on_done=results.append, on_progress=lambda *a: progress.append(a))
    qtbot.waitUntil(lambda: results == [42], timeout=5000)
    assert threads["work"] is not threading.main_thread()
    assert progress == [(1, 2, "半")]
    assert not runner.busy()


def test_background_task_errors_and_cancel(qtbot: QtBot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []
    runner.run(lambda p: 1 / 0, on_error=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError)

    started = threading.Event()
    release = threading.Event()

    def slow(p: Progress) -> None:
        started.set()
        release.wait(5)
        p.check()

    cancelled: list[bool] = []
    task = runner.run(slow, on_cancelled=lambda: cancelled.append(True))
    assert started.wait(5)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: cancelled == [True], timeout=5000)


def test_synchronous_runner_runs_at_once() -> None:
    runner = TaskRunner(synchronous=True)
    out: list[str] = []
    runner.run(lambda p: "done", on_done=out.append)
    assert out == ["done"]

    def stop(p: Progress) -> None:
        raise Cancelled

    runner.run(stop, on_cancelled=lambda: out.append("cancelled"))
    assert out == ["done", "cancelled"]


@pytest.mark.parametrize("lang", ["zh_TW", "en"])
def test_compiled_translations_are_shipped(lang: str) -> None:
    assert (translations_dir() / f"hrplanner_{lang}.qm").stat().st_size > 1000


def test_many_signals_do_not_crash_the_interpreter(qtbot: QtBot) -> None:
    """PySide6 6.12 loses a reference to True on each emit; without the guard in
    ``pyside_fix`` this aborts the whole test process ("bool_dealloc")."""
    import sys

    from PySide6.QtCore import QObject, Signal

    class Sender(QObject):
        fired = Signal()

    sender = Sender()
    received: list[int] = []
    sender.fired.connect(lambda: received.append(1))
    before = sys.getrefcount(True)
    for _ in range(5000):
        sender.fired.emit()
    assert len(received) == 5000
    assert sys.getrefcount(True) > 1000 and before > 1000


def test_restore_from_the_menu_replaces_the_database(
    qtbot: QtBot, qapp: QApplication, qsettings: QSettings, prompts: FakePrompts, tmp_path: Path
) -> None:
    from hrplanner.services.common import backup
    from hrplanner.services.staff import roster

    from ..conftest import person

    target = tmp_path / "office.db"
    application = app_module.Application(
        qapp, qsettings, prompts, TaskRunner(synchronous=True), str(target),
        tmp_path / "backups", "zh_TW", False, STAFF_ONLY,
    )  # fmt: skip
    qtbot.addWidget(application.window)
    application.open()
    assert application.db is not None
    roster.create(application.db, person("R001", "備份前"))
    saved = backup.backup(application.db, tmp_path / "saved.db")
    roster.create(application.db, person("R002", "備份後"))
    prompts.answers["open_file"] = [saved]
    prompts.answers["confirm"] = [True]
    application.window.restore_action.trigger()
    assert prompts.kinds() == ["open_file", "confirm", "info"]
    page = application.window.pages["staff"]
    assert isinstance(page, StaffPage)
    assert page.model.rowCount() == 1  # the pages were rebuilt on the restored data
    names = [r.name for r in roster.search(application.db, roster.StaffFilter())]
    assert names == ["備份前"]
    assert list((tmp_path / "backups").glob("office-before-restore-*.db"))
    application.shutdown()


def test_a_refused_restore_keeps_the_window_on_the_database_as_it_was(
    qtbot: QtBot, qapp: QApplication, qsettings: QSettings, prompts: FakePrompts, tmp_path: Path
) -> None:
    import sqlite3

    from hrplanner.services.common import backup
    from hrplanner.services.staff import roster

    from ..conftest import person

    target = tmp_path / "office.db"
    application = app_module.Application(
        qapp, qsettings, prompts, TaskRunner(synchronous=True), str(target),
        tmp_path / "backups", "zh_TW", False, STAFF_ONLY,
    )  # fmt: skip
    qtbot.addWidget(application.window)
    application.open()
    assert application.db is not None
    roster.create(application.db, person("R001", "留著"))
    newer = backup.backup(application.db, tmp_path / "newer.db")
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    prompts.answers["open_file"] = [newer]
    prompts.answers["confirm"] = [True]
    application.window.restore_action.trigger()
    assert prompts.kinds() == ["open_file", "confirm", "error"]
    assert "較新版本" in prompts.calls[-1][2]
    assert [r.name for r in roster.search(application.db, roster.StaffFilter())] == ["留著"]
    assert not list((tmp_path / "backups").glob("office-before-restore-*.db"))
    application.shutdown()


def test_agency_language_setting_wins_over_this_pcs_last_language(
    qtbot: QtBot, qapp: QApplication, qsettings: QSettings, prompts: FakePrompts,
    sqlite_db: Database, tmp_path: Path,
) -> None:  # fmt: skip
    from hrplanner.services.common import settings_service
    from hrplanner.settings import Setting

    settings_service.update(sqlite_db, {Setting.LANGUAGE: "en"})
    application = app_module.Application(
        qapp, qsettings, prompts, TaskRunner(synchronous=True), str(sqlite_db.file),
        tmp_path / "backups", "zh_TW", False, STAFF_ONLY,
    )  # fmt: skip
    qtbot.addWidget(application.window)
    try:
        application.open()
        qtbot.addWidget(application.window)  # a new window, drawn in English
        assert application.window.menuBar().actions()[0].text() == "&File"
        assert qsettings.value(app_module.LANGUAGE_KEY) == "en"
    finally:
        install_translators(qapp, "zh_TW")
        application.shutdown()


def test_a_page_shown_again_reads_what_other_pages_changed(
    qtbot: QtBot, ctx: UiContext, people: dict[str, int], prompts: FakePrompts
) -> None:
    from hrplanner.services.staff import roster
    from hrplanner.ui.hours.page import HoursPage

    from ..conftest import person

    pages = tuple(p for p in PAGES if p.key in ("staff", "hours"))
    window = MainWindow(ctx.qsettings, prompts, "zh_TW", pages)
    qtbot.addWidget(window)
    window.attach(ctx)
    staff_page = window.page("staff")
    assert isinstance(staff_page, StaffPage)
    shown = staff_page.model.rowCount()
    window.nav.setCurrentRow(1)
    assert isinstance(window.page("hours"), HoursPage)
    # Elsewhere (another page, a dialog, an import) someone is added...
    roster.create(ctx.db, person("A009", "張新來", "人事室"))
    window.nav.setCurrentRow(0)
    # ...and the staff page shows it as soon as it comes back into view.
    assert staff_page.model.rowCount() == shown + 1


def test_title_and_status_bar_name_the_database_in_plain_words(
    qtbot: QtBot, ctx: UiContext, prompts: FakePrompts
) -> None:
    from sqlalchemy.engine import make_url

    window = make_window(qtbot, ctx.qsettings, prompts)
    window.attach(ctx)
    assert ctx.db.file is not None
    window.show_database(ctx.db.engine.url)
    assert window.windowTitle() == f"HR Planner 人事訓練考核管理 — {ctx.db.file.name}"
    status = window.database_label.text()
    assert status == f"資料庫：{ctx.db.file.name}（位於 {ctx.db.file.parent}）"
    assert "sqlite:" not in status
    window.show_database(make_url("postgresql+psycopg://hr:secret@db.example:5433/hrplanner"))
    assert window.windowTitle() == "HR Planner 人事訓練考核管理 — hrplanner"
    status = window.database_label.text()
    assert status == "資料庫：伺服器 db.example:5433 上的 hrplanner"
    assert "secret" not in status + window.windowTitle()
