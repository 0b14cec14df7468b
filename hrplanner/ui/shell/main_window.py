"""The main window: navigation between pages, the menus, the status bar.

The window is built before the database is open (so it paints at once) and gets its pages
from ``attach(ctx)``. It owns no business logic: menu actions open dialogs or call a
service through the task runner. Geometry and splitter state persist in QSettings.
``navigate(page_key, **filter)`` opens a page with a filter applied (the home page's links);
a page may emit ``navigate_requested(page_key, filter)`` and ``data_changed()``. The title
and the status bar name the database in plain words (``storage.probe.plain_names``).
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from hrplanner.i18n import LANGUAGE_NAMES, LANGUAGES
from hrplanner.ui.shell import actions
from hrplanner.ui.shell.pages import PAGES, PageSpec, UiContext
from hrplanner.ui.shell.prompts import Prompts, database_filter
from hrplanner.ui.shell.tasks import Load

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

    from hrplanner.ui.shell.help_window import HelpWindow

log = logging.getLogger(__name__)
_GEOMETRY = "main_window/geometry"
_STATE = "main_window/state"
_SPLITTER = "main_window/splitter"
_LAST_PAGE = "main_window/page"
WARM_UP_MS = 1500  # after start-up, the other pages' modules are imported in the background


def import_page_module(name: str) -> object:
    """Import a page's module and the modules it names in ``PRELOAD`` (those it imports
    only when first used, on the UI thread otherwise); any thread."""
    module = importlib.import_module(name)
    for extra in getattr(module, "PRELOAD", ()):
        importlib.import_module(extra)
    return module


class MainWindow(QMainWindow):
    # Asked of the composition root, which owns the database: restore from this file.
    restore_requested = Signal(Path)
    # The user picked a language; the composition root stores it (applied on restart).
    language_chosen = Signal(str)

    def __init__(
        self,
        qsettings: QSettings,
        prompts: Prompts,
        language: str,
        pages: Sequence[PageSpec] = PAGES,
    ) -> None:
        super().__init__()
        self._qsettings = qsettings
        self._prompts = prompts
        self._specs = tuple(pages)
        self._language = language
        self.help_window: HelpWindow | None = None
        self.ctx: UiContext | None = None
        self.pages: dict[str, QWidget] = {}
        # The title: the product's name, then the database's name (``show_database``).
        self.product = self.tr("HR Planner 人事訓練考核管理")
        self.setWindowTitle(self.product)
        self.resize(1100, 700)

        self.nav = QListWidget()
        self.nav.setMaximumWidth(220)
        for spec in self._specs:
            self.nav.addItem(spec.translated_title())
        # The page names are never cut: a wide page may not squeeze the list (English).
        frame = 2 * self.nav.frameWidth() + 8
        self.nav.setMinimumWidth(min(220, self.nav.sizeHintForColumn(0) + frame))
        self.stack = QStackedWidget()
        self._placeholder = QLabel(self.tr("正在開啟資料庫…"))
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self._placeholder)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([150, 950])
        self.setCentralWidget(self.splitter)
        self.nav.currentRowChanged.connect(self._show_page)
        self._importing: Load | None = None  # a page module being imported (attach)
        self._imports_tried: set[str] = set()

        self.actions_needing_db: list[QAction] = []
        self.first_run: QWidget | None = None  # the first-run wizard while it is open
        self._build_menus(language)
        # The database's name stays at the right while messages come and go at the left.
        self.database_label = QLabel()
        self.statusBar().addPermanentWidget(self.database_label)
        self.statusBar().showMessage(self.tr("就緒"))
        self._restore_geometry()

    # --- menus -------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object], needs_db: bool = True) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if needs_db:
            action.setEnabled(False)
            self.actions_needing_db.append(action)
        return action

    def _build_menus(self, language: str) -> None:
        file_menu = self.menuBar().addMenu(self.tr("檔案(&F)"))
        self.import_action = self._action(self.tr("匯入人員…"), self.import_staff)
        self.template_action = self._action(self.tr("下載匯入範本…"), self.save_template)
        self.backup_action = self._action(self.tr("備份資料庫…"), self.backup_database)
        self.restore_action = self._action(self.tr("還原資料庫…"), self.restore_database)
        for action in (self.import_action, self.template_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        self.file_menu = file_menu
        work_menu = self.menuBar().addMenu(self.tr("工作(&W)"))
        view_menu = self.menuBar().addMenu(self.tr("檢視(&V)"))

        settings_menu = self.menuBar().addMenu(self.tr("設定(&S)"))
        self.settings_action = self._action(self.tr("機關設定…"), self.edit_settings)
        settings_menu.addAction(self.settings_action)
        self.first_run_action = self._action(self.tr("初次設定精靈…"), self.open_first_run)
        settings_menu.addAction(self.first_run_action)
        language_menu = settings_menu.addMenu(self.tr("介面語言"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[code], self, checkable=True)
            action.setChecked(code == language)
            action.triggered.connect(lambda _checked=False, c=code: self._choose_language(c))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action
        self.settings_menu = settings_menu

        help_menu = self.menuBar().addMenu(self.tr("說明(&H)"))
        menus = {actions.FILE: file_menu, actions.WORK: work_menu, actions.VIEW: view_menu}
        # The frequent actions and their shortcuts are declared in ui.shell.actions.
        self.shortcut_actions = actions.install(self, {**menus, actions.HELP: help_menu})
        help_menu.addSeparator()
        self.about_action = self._action(self.tr("關於 HR Planner"), self.about, needs_db=False)
        help_menu.addAction(self.about_action)

    # --- pages -------------------------------------------------------------------------

    def attach(self, ctx: UiContext) -> None:
        """Use an open database (again after a restore). Pages are built when first shown,
        so start-up pays only for the page on screen."""
        self.ctx = ctx
        self._importing = Load(ctx.runner, self)
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages = {}
        for action in self.actions_needing_db:
            action.setEnabled(True)
        row = self._specs.index(self.initial_page())
        self.nav.blockSignals(True)  # _show_page below builds the page once
        self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)
        self._show_page(row)
        if not ctx.runner.synchronous:
            QTimer.singleShot(WARM_UP_MS, self.warm_up)

    def initial_page(self) -> PageSpec:
        """The page shown first: the home page (R20) when there is one, else the one the
        user was on when the window last closed."""
        home = next((s for s in self._specs if s.key == "home"), None)
        if home is not None:
            return home
        last = str(self._qsettings.value(_LAST_PAGE, self._specs[0].key))
        return next((s for s in self._specs if s.key == last), self._specs[0])

    def page(self, key: str) -> QWidget:
        """The page ``key``, built now if it was not shown yet."""
        if key not in self.pages:
            assert self.ctx is not None
            spec = next(s for s in self._specs if s.key == key)
            page: QWidget
            try:
                page = spec.build(self.ctx)
            except Exception as exc:  # one broken page must not take the others down
                log.exception("page %s could not be built", spec.key)
                label = QLabel(self.tr("此頁面無法開啟：%1").replace("%1", str(exc)))
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                label.setWordWrap(True)
                page = label
            self.pages[key] = page
            self.stack.addWidget(page)
            # The home page's links and actions (R20); any page may offer them.
            navigate = getattr(page, "navigate_requested", None)
            if navigate is not None:
                navigate.connect(lambda target, flt: self.navigate(target, **dict(flt)))
            changed = getattr(page, "data_changed", None)
            if changed is not None:
                changed.connect(lambda source=page: self.refresh_pages(except_page=source))
            first_run = getattr(page, "first_run_requested", None)
            if first_run is not None:
                first_run.connect(self.open_first_run)
            import_requested = getattr(page, "import_requested", None)
            if import_requested is not None:
                import_requested.connect(self.import_staff)
        return self.pages[key]

    def navigate(self, key: str, **filter: object) -> QWidget | None:
        """Show page ``key`` with ``filter`` applied (its ``show_filtered``); None if the
        window has no such page."""
        if self.ctx is None or not any(s.key == key for s in self._specs):
            return None
        row = next(i for i, s in enumerate(self._specs) if s.key == key)
        built = key in self.pages
        page = self.page(key)
        self.nav.blockSignals(True)  # the page is shown (and read) once, here
        self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)
        self.stack.setCurrentWidget(page)
        show_filtered = getattr(page, "show_filtered", None)
        if callable(show_filtered):
            show_filtered(**filter)
        elif built:
            refresh = getattr(page, "refresh", None)
            if callable(refresh):
                refresh()
        return page

    def page_specs(self) -> tuple[PageSpec, ...]:
        return self._specs

    def current_page_key(self) -> str | None:
        row = self.nav.currentRow()
        if self.ctx is None or not 0 <= row < len(self._specs):
            return None
        return self._specs[row].key

    def current_page(self) -> QWidget | None:
        key = self.current_page_key()
        return self.pages.get(key) if key is not None else None

    def show_page(self, key: str) -> QWidget | None:
        """Bring page ``key`` on screen (None without a database or such a page)."""
        keys = [s.key for s in self._specs]
        if self.ctx is None or key not in keys:
            return None
        self.nav.setCurrentRow(keys.index(key))
        return self.pages.get(key)

    def _show_page(self, row: int) -> None:
        if self.ctx is None or not 0 <= row < len(self._specs):
            return
        key = self._specs[row].key
        left = self.stack.currentWidget()
        if left is not None and left is not self.pages.get(key):
            # The user left that page: whatever it is still reading will not be shown
            # (it reads again when it comes back), and frees a reader for this one.
            for load in left.findChildren(Load):
                load.abandon()
        built = key in self.pages
        spec = self._specs[row]
        module = spec.factory.partition(":")[0]
        importing = self._importing
        if (
            not built
            and module not in sys.modules
            and module not in self._imports_tried
            and importing is not None
            and not self.ctx.runner.synchronous
        ):
            # First visit: the page's module (and the services it uses) is imported on a
            # reader thread while the window says so; the page is built when it is in.
            self._placeholder.setText(self.tr("正在載入…"))
            self.stack.setCurrentWidget(self._placeholder)
            self._imports_tried.add(module)
            importing.start(
                lambda _p: import_page_module(module),
                lambda _m: self._imported(row),
                lambda _exc: self._imported(row),  # building it says what is wrong
            )
            return
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        if built:
            # Another page may have changed what this one shows (a class closed or
            # reopened, records imported): a page re-reads its data when it comes back.
            refresh = getattr(page, "refresh", None)
            if callable(refresh):
                refresh()

    def _imported(self, row: int) -> None:
        if self.nav.currentRow() == row:  # the user may have gone on to another page
            self._show_page(row)

    def warm_up(self) -> None:
        """Import the pages not shown yet on a reader thread, one after the other, so that
        their first visit builds at once (started once the first page is up)."""
        modules = [s.factory.partition(":")[0] for s in self._specs]
        missing = [m for m in modules if m not in sys.modules]
        if self.ctx is None or self.ctx.runner.synchronous or not missing:
            return

        def work(_progress: object) -> None:
            for module in missing:
                with contextlib.suppress(Exception):  # reported when the page is built
                    import_page_module(module)

        # Then the objects that live as long as the program (modules, classes, the first
        # page) leave the collector's sight: a full pass walked them every time, holding
        # the interpreter lock for 0.05–0.15 s in whichever thread it fell on.
        self.ctx.runner.read(work, on_done=lambda _none: gc.freeze())

    def refresh_pages(self, except_page: QWidget | None = None) -> None:
        """Tell the pages built so far that data changed (the others read it when built)."""
        for page in self.pages.values():
            if page is except_page:
                continue
            refresh = getattr(page, "refresh", None)
            if callable(refresh):
                refresh()

    def show_database(self, url: URL) -> None:
        """Name the open database in the title (its file name, or server and database) and
        in the status bar (where it is), never as a raw URL or with a password."""
        from hrplanner.storage.probe import plain_names

        short, where = plain_names(url)
        self.setWindowTitle(f"{self.product} — {short}")
        if url.get_backend_name() == "sqlite":
            text = self.tr("資料庫：%1（位於 %2）").replace("%1", short).replace("%2", where)
        else:
            text = self.tr("資料庫：伺服器 %1 上的 %2").replace("%1", where).replace("%2", short)
        self.database_label.setText(text)
        self.database_label.setToolTip(text)

    def show_failure(self, text: str) -> None:
        self._placeholder.setText(text)
        self.stack.setCurrentWidget(self._placeholder)

    # --- actions -----------------------------------------------------------------------

    def import_staff(self) -> None:
        from hrplanner.ui.shell.import_dialog import ImportDialog

        assert self.ctx is not None
        dialog = ImportDialog(self.ctx, self)
        if dialog.exec() and dialog.imported is not None:
            self.refresh_pages()
            self.statusBar().showMessage(dialog.summary.text(), 10000)

    def make_first_run(self) -> QWidget:
        from hrplanner.ui.home.first_run import FirstRunWizard

        assert self.ctx is not None
        return FirstRunWizard(self.ctx, self)

    def open_first_run(self) -> None:
        """The first-run wizard (also from 設定 → 初次設定精靈…): the agency, then a roster
        import, the demo or an empty start. Window-modal but not blocking; when it closes
        the pages re-read what it wrote."""
        if self.first_run is not None:
            self.first_run.raise_()
            return
        wizard = self.make_first_run()
        self.first_run = wizard

        def closed(_result: int) -> None:
            self.first_run = None
            self.refresh_pages()
            summary = getattr(wizard, "outcome", "")
            if summary:
                self.statusBar().showMessage(summary, 10000)
            wizard.deleteLater()

        wizard.finished.connect(closed)  # type: ignore[attr-defined]
        wizard.open()  # type: ignore[attr-defined]

    def save_template(self) -> None:
        from hrplanner.ui.shell.import_dialog import ImportDialog

        assert self.ctx is not None
        ImportDialog(self.ctx, self).save_template()

    def edit_settings(self) -> None:
        from hrplanner.ui.settings.dialog import SettingsDialog

        assert self.ctx is not None
        dialog = SettingsDialog(self.ctx, self)
        if dialog.exec():
            self.statusBar().showMessage(self.tr("機關設定已儲存"), 10000)

    def backup_database(self) -> None:
        ctx = self.ctx
        assert ctx is not None
        path = self._prompts.save_file(
            self, self.tr("備份資料庫"), self.tr("hrplanner-備份.db"), database_filter()
        )
        if path is None:
            return

        def work(_progress: object) -> Path:
            from hrplanner.services.common import backup

            return backup.backup(ctx.db, path)

        def done(saved: Path) -> None:
            self.statusBar().showMessage(self.tr("已備份至 %1").replace("%1", str(saved)), 10000)
            self._prompts.info(
                self, self.tr("備份完成"), self.tr("已備份至 %1").replace("%1", str(saved))
            )

        def failed(exc: BaseException) -> None:
            self._prompts.error(self, self.tr("備份失敗"), str(exc))

        ctx.runner.run(work, on_done=done, on_error=failed)

    def restore_database(self) -> None:
        path = self._prompts.open_file(self, self.tr("選擇要還原的備份檔"), database_filter())
        if path is None:
            return
        if self._prompts.confirm(
            self,
            self.tr("還原資料庫"),
            self.tr("以備份檔 %1 取代目前的資料庫？目前的資料庫會先另存一份到備份資料夾。").replace(
                "%1", str(path)
            ),
        ):
            self.restore_requested.emit(path)

    def _choose_language(self, code: str) -> None:
        self.language_chosen.emit(code)
        self._prompts.info(
            self,
            self.tr("介面語言"),
            self.tr("介面語言將於下次啟動 HR Planner 時套用。"),
        )

    def show_help(self, chapter: str | None = None) -> HelpWindow:
        """The user guide, at ``chapter`` or else at the chapter of the page on screen."""
        from hrplanner.ui.shell import guide
        from hrplanner.ui.shell.help_window import HelpWindow

        if self.help_window is None:
            synchronous = self.ctx is not None and self.ctx.runner.synchronous
            self.help_window = HelpWindow(
                self._prompts, self._language, self._qsettings, self, synchronous=synchronous
            )
        self.help_window.show_chapter(chapter or guide.chapter_for_page(self.current_page_key()))
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()
        return self.help_window

    def about(self) -> None:
        from hrplanner import __version__

        self._prompts.info(
            self,
            self.tr("關於 HR Planner"),
            self.tr(
                "HR Planner 人事訓練考核管理 %1\n人事室的人員名冊、訓練、學習時數與考核。"
            ).replace("%1", __version__),
        )

    # --- persistence -------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self._qsettings.value(_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self._qsettings.value(_STATE)
        if state is not None:
            self.restoreState(state)
        splitter = self._qsettings.value(_SPLITTER)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        self._qsettings.setValue(_GEOMETRY, self.saveGeometry())
        self._qsettings.setValue(_STATE, self.saveState())
        self._qsettings.setValue(_SPLITTER, self.splitter.saveState())
        row = self.nav.currentRow()
        if 0 <= row < len(self._specs):
            self._qsettings.setValue(_LAST_PAGE, self._specs[row].key)
        for page in self.pages.values():
            save = getattr(page, "save_state", None)
            if callable(save):
                save()
        self._qsettings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.first_run is not None:
            self.first_run.close()
        self.save_state()
        super().closeEvent(event)
