"""The composition root of the window: the one place that creates the application object,
the database, the prompts, the task runner and the main window, and wires them together.

Start-up is ordered for a fast first paint: the window (menus, navigation) is shown before
the database is opened; opening it (importing SQLAlchemy, migrating, reading the settings)
runs on the background worker, then the pages are built with the open database. Nothing
here is reached from deep code: pages and dialogs receive a ``UiContext``.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from hrplanner import paths
from hrplanner.i18n import normalize_language, translations_dir
from hrplanner.ui.shell import pyside_fix
from hrplanner.ui.shell.crash import CrashReporter
from hrplanner.ui.shell.main_window import MainWindow, import_page_module
from hrplanner.ui.shell.pages import APPLICATION, ORGANISATION, PAGES, PageSpec, UiContext
from hrplanner.ui.shell.prompts import Prompts, database_filter
from hrplanner.ui.shell.tasks import Progress, TaskRunner
from hrplanner.ui.shell.translators import install_translators

if TYPE_CHECKING:
    from hrplanner.storage.database import Database

# The language last used on this PC, so the window can be drawn in it before the database
# (which holds the agency's language setting) is open.
LANGUAGE_KEY = "ui/language"
# Set to close the window once it is painted with its first page ("window": at its very
# first paint, before the database is open): a start-up check for the installed program
# and the PyInstaller bundle (tests, tools/build.sh).
EXIT_AFTER_PAINT = "HRPLANNER_EXIT_AFTER_PAINT"
# The desktop entry's name (packaging/hrplanner.desktop): Wayland's app id; on X11 the
# window's WM_CLASS is the application name, which the entry's StartupWMClass names.
DESKTOP_FILE = "hrplanner"
FIRST_PAINT_WAIT_MS = 500


@dataclass
class Opened:
    db: Database
    language: str
    date_style: str
    # A database never set up: no agency name and nobody on the staff (the first-run wizard).
    first_run: bool = False


def open_database(
    target: str, backup_folder: Path, pages: Sequence[PageSpec] = PAGES, create: bool = True
) -> Opened:
    """Open and upgrade the database and read what the window needs (worker thread).
    ``create``: a database that does not exist yet may be made (the default location)."""

    from hrplanner.services.common import settings_service
    from hrplanner.settings import Setting
    from hrplanner.storage.database import Database

    db = Database.open(target, backup_folder=backup_folder, create=create)
    values = settings_service.get_all(db)
    for spec in pages:  # import the first page's module here, off the UI thread
        with contextlib.suppress(Exception):  # a failure is reported when the page is built
            import_page_module(spec.factory.partition(":")[0])
    from hrplanner.services.home.summary import active_staff

    first_run = not values[Setting.AGENCY_NAME] and not active_staff(db)
    # What the first open imported lives as long as the program: out of the collector's
    # passes (the pass that ends this task would otherwise walk it all while the first page
    # waits). Only the first open freezes; a restore unfreezes first (Application.restore),
    # so that the database it replaces can be collected.
    if gc.get_freeze_count() == 0:
        gc.freeze()
    return Opened(db, str(values[Setting.LANGUAGE]), str(values[Setting.DATE_DISPLAY]), first_run)


class Application:
    """Owns the open database and the main window for one run of the program."""

    def __init__(
        self,
        app: QApplication,
        qsettings: QSettings,
        prompts: Prompts,
        runner: TaskRunner,
        target: str,
        backup_folder: Path,
        language: str,
        language_forced: bool,
        pages: Sequence[PageSpec] = PAGES,
        *,
        create: bool = True,
    ) -> None:
        self.app = app
        self.qsettings = qsettings
        self.prompts = prompts
        self.runner = runner
        self.target = target
        self.backup_folder = backup_folder
        self.language = language
        self.language_forced = language_forced  # --lang wins over the stored setting
        self.pages = tuple(pages)
        # Whether ``target`` may be created when it does not exist: only the default
        # location (a named file that is not there is more likely mistyped than new).
        self.create = create
        self.db: Database | None = None
        self.exit_code = 0
        self.window = self._new_window()

    def _new_window(self) -> MainWindow:
        window = MainWindow(self.qsettings, self.prompts, self.language, self.pages)
        window.restore_requested.connect(self.restore)
        window.language_chosen.connect(self.choose_language)
        return window

    def start(self) -> None:
        # Open the database once the window has been drawn: the threads that open it
        # would otherwise compete with the first paint for the interpreter.
        self._first_paint = _OnFirstPaint(self.window, lambda: QTimer.singleShot(0, self.open))
        self.window.show()

    def open(self) -> None:
        target, folder, create = self.target, self.backup_folder, self.create
        first = (self.window.initial_page(),)

        self.runner.run(
            lambda _p: open_database(target, folder, first, create),
            on_done=self._opened,
            on_error=self._failed,
        )

    def _opened(self, opened: Opened) -> None:
        self.db = opened.db
        stored = normalize_language(opened.language)
        if not self.language_forced and stored != self.language:
            # The agency's setting changed elsewhere: redraw the window in that language.
            self.language = stored
            self.qsettings.setValue(LANGUAGE_KEY, stored)
            install_translators(self.app, stored)
            old = self.window
            self.window = self._new_window()
            self.window.show()
            old.hide()
            old.deleteLater()
        ctx = UiContext(
            db=opened.db,
            prompts=self.prompts,
            runner=self.runner,
            qsettings=self.qsettings,
            date_style=opened.date_style,
            database_target=self.target,
            backup_folder=self.backup_folder,
        )
        self.window.attach(ctx)
        self.window.show_database(opened.db.engine.url)
        if opened.first_run and not os.environ.get(EXIT_AFTER_PAINT):
            # A new database: the wizard once the window has painted its home page.
            QTimer.singleShot(0, self.window.open_first_run)
        if opened.db.upgrade_backup:
            self.prompts.info(
                self.window,
                QCoreApplication.translate("App", "資料庫已升級"),
                QCoreApplication.translate("App", "資料庫結構已更新；更新前的備份存於 %1").replace(
                    "%1", str(opened.db.upgrade_backup)
                ),
            )

    def _failed(self, exc: BaseException) -> None:
        """The database could not be opened (nothing was written to it): say why and offer
        to choose another file; without one the window closes with status 2, as the
        command line does."""
        from hrplanner.storage.probe import display

        text = QCoreApplication.translate("App", "無法開啟資料庫 %1。\n\n原因：%2").replace(
            "%1", display(self.target)
        )
        text = text.replace("%2", str(exc) or type(exc).__name__)
        self.window.show_failure(text)
        question = QCoreApplication.translate("App", "%1\n\n要改為開啟另一個資料庫檔案嗎？")
        if self.prompts.confirm(
            self.window,
            QCoreApplication.translate("App", "無法開啟資料庫"),
            question.replace("%1", text),
        ):
            chosen = self.prompts.open_file(
                self.window,
                QCoreApplication.translate("App", "選擇資料庫檔案"),
                database_filter(),
            )
            if chosen is not None:
                # An existing database chosen by hand: never created or taken over.
                self.target, self.create = str(chosen), False
                self.open()
                return
        self.exit_code = 2
        self.window.close()

    def choose_language(self, code: str) -> None:
        self.qsettings.setValue(LANGUAGE_KEY, code)
        if self.db is not None:
            from hrplanner.services.common import settings_service
            from hrplanner.settings import Setting

            settings_service.update(self.db, {Setting.LANGUAGE: code})

    def restore(self, source: Path) -> None:
        """Replace the database by a backup, then rebuild the pages on the restored data."""
        if self.db is not None:
            self.db.close()
        gc.unfreeze()  # the replaced database's objects may go (open_database freezes again)
        target, folder = self.target, self.backup_folder
        first = (self.window.initial_page(),)

        def work(_progress: Progress) -> Opened:  # worker thread: no widget in here
            from hrplanner.services.common import restore

            restore.restore(target, source, folder)
            return open_database(target, folder, first, create=False)

        def failed(exc: BaseException) -> None:
            self.prompts.error(self.window, QCoreApplication.translate("App", "還原失敗"), str(exc))
            self.open()  # keep working on the database as it was

        def done(opened: Opened) -> None:
            self._opened(opened)
            self.prompts.info(
                self.window,
                QCoreApplication.translate("App", "還原完成"),
                QCoreApplication.translate("App", "已由 %1 還原資料庫。").replace(
                    "%1", str(source)
                ),
            )

        self.runner.run(work, on_done=done, on_error=failed)

    def shutdown(self) -> None:
        self.runner.stop_all()
        self.runner.wait()
        if self.db is not None:
            self.db.close()


def create_application(argv: list[str] | None = None) -> QApplication:
    pyside_fix.apply()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    # No application display name: Qt would append it to every window title ("… — HR
    # Planner"), and the main window's title already begins with the product's name.
    app.setDesktopFileName(DESKTOP_FILE)
    app.setWindowIcon(application_icon())
    if sys.platform == "win32":
        # The taskbar groups and labels the window as HR Planner with its icon, not as the
        # Python that runs it (pip's hrplanner-gui.exe starts pythonw.exe).
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(
            f"{ORGANISATION}.{APPLICATION}"
        )
    return app


def application_icon() -> QIcon:
    """The window's and the taskbar's icon, each size as drawn (``resources/icons``)."""
    folder = translations_dir().parent / "icons"
    icon = QIcon()
    for png in sorted(folder.glob("hrplanner-*.png")):
        icon.addFile(str(png))
    return icon


class _OnFirstPaint(QObject):
    """Calls ``then`` once, after ``window`` (or a widget in it) first painted; at the
    latest after ``FIRST_PAINT_WAIT_MS`` (a window that is never exposed paints nothing)."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self._fire)

    def _fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
            then()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._then is not None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            self._fire()
        return False


class _ExitAfterPaint(QObject):
    """Closes the window once it has painted after its pages were attached, or at its first
    paint when ``at_first_paint`` (``EXIT_AFTER_PAINT``)."""

    def __init__(self, app: QApplication, started: list[Application], at_first_paint: bool) -> None:
        super().__init__(app)
        self._app = app
        self._started = started
        self._at_first_paint = at_first_paint

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._started:
            window = self._started[0].window
            if (
                (self._at_first_paint or window.ctx is not None)
                and isinstance(watched, QWidget)
                and watched.window() is window
            ):
                self._app.removeEventFilter(self)
                QTimer.singleShot(0, window.close)
        return False


def run_gui(args: argparse.Namespace, prompts: Prompts | None = None) -> int:
    """Open the window (``hrplanner`` with no command); returns the exit status."""
    app = create_application()
    qsettings = QSettings()
    forced: Any = getattr(args, "lang", None)
    language = normalize_language(forced or qsettings.value(LANGUAGE_KEY))
    install_translators(app, language)
    prompts = prompts or Prompts()
    started: list[Application] = []
    # From here on an unexpected error is shown and logged, not lost (hrplanner-gui has no
    # console); the dialog's parent is the window once there is one.
    crashes = CrashReporter(
        prompts, paths.log_file(), lambda: started[0].window if started else None
    )
    crashes.install()
    if exit_after := os.environ.get(EXIT_AFTER_PAINT):
        app.installEventFilter(_ExitAfterPaint(app, started, exit_after == "window"))
    try:
        runner = TaskRunner(app)
        application = Application(
            app,
            qsettings,
            prompts,
            runner,
            paths.database_target(getattr(args, "db", None)),
            paths.backup_dir(),
            language,
            bool(forced),
            create=paths.is_default_target(getattr(args, "db", None)),
        )
        started.append(application)
        application.start()
        code = app.exec()
        application.shutdown()
    except Exception:  # the window could not even start: say so, as for any other error
        crashes.handle(*sys.exc_info())
        return 1
    finally:
        crashes.uninstall()
    return application.exit_code or int(code)
