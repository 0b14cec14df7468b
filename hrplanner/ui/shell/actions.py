"""The window's frequent actions and their keyboard shortcuts, declared once.

``ACTIONS`` lists each action with its menu, its shortcut and what it does; the main window
builds its menu entries from it (Qt shows a ``QAction``'s shortcut next to its text), and
the user guide's shortcut chapter is written from the same declaration
(``hrplanner.ui.shell.guide``), so the menus and the guide cannot disagree. The first nine
pages of the navigation list get Ctrl+1 … Ctrl+9 (``PAGE_SHORTCUTS``).

列印 and 匯出 act on the page on screen: ``PRINT_ON_PAGE`` and ``EXPORT_ON_PAGE`` name, per
page, the method, action or button that prints or exports there (a test checks that every
name exists on its page). On a page without one, 匯出 opens the 報表匯出 page and 列印 says
where the forms are printed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QMenu, QStatusBar, QWidget

from hrplanner.ui.shell.translators import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from hrplanner.ui.shell.pages import PageSpec

CTX = "Actions"
FILE, WORK, VIEW, HELP = "file", "work", "view", "help"


class MainWindow(Protocol):
    """What the actions use of the main window (``ui.shell.main_window.MainWindow``)."""

    actions_needing_db: list[QAction]

    def page_specs(self) -> Sequence[PageSpec]: ...
    def current_page_key(self) -> str | None: ...
    def current_page(self) -> QWidget | None: ...
    def show_page(self, key: str) -> QWidget | None: ...
    def show_help(self, chapter: str | None = None) -> Any: ...
    def statusBar(self) -> QStatusBar: ...
    def close(self) -> bool: ...


@dataclass(frozen=True)
class ActionSpec:
    key: str
    text: str  # untranslated menu text (context "Actions")
    shortcut: str  # portable QKeySequence text ("Ctrl+N"); "" for none
    menu: str
    meaning: str  # what it does, for the guide (context "Actions")
    handler: Callable[[MainWindow], object]
    needs_db: bool = True

    def translated_text(self) -> str:
        return QCoreApplication.translate(CTX, self.text)


# --- what the actions do ---------------------------------------------------------------


def _new_class(window: MainWindow) -> None:
    page = window.show_page("classes")
    add = getattr(page, "add_class", None)
    if callable(add):
        add()


def _find_person(window: MainWindow) -> None:
    page = window.show_page("staff")
    edit = getattr(page, "search_edit", None)
    if edit is not None:
        edit.setFocus()
        edit.selectAll()


def _press(target: object) -> bool:
    """Run a page's print or export entry: an action, a button or a method."""
    if isinstance(target, QAction):
        if target.isEnabled():
            target.trigger()
        return True
    if isinstance(target, QAbstractButton):
        if target.isEnabled():
            target.click()
        return True
    if callable(target):
        target()
        return True
    return False


def resolve(page: QWidget | None, path: str) -> object:
    """``page.a.b`` for the dotted ``path``, or None when a step is missing."""
    target: object = page
    for name in path.split("."):
        target = getattr(target, name, None)
        if target is None:
            return None
    return target


def _print(window: MainWindow) -> None:
    key = window.current_page_key()
    path = PRINT_ON_PAGE.get(key or "")
    if path is None or not _press(resolve(window.current_page(), path)):
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "Actions",
                "這一頁沒有可列印的表單。簽到表、證明書與成績冊在「訓練班期」頁列印，"
                "考核表單在「平時考核」與「年終考績」頁列印。",
            ),
            10000,
        )


def _export(window: MainWindow) -> None:
    key = window.current_page_key()
    path = EXPORT_ON_PAGE.get(key or "")
    if path is None or not _press(resolve(window.current_page(), path)):
        window.show_page("reports")


def _refresh(window: MainWindow) -> None:
    page = window.current_page()
    refresh = getattr(page, "refresh", None)
    if callable(refresh):
        refresh()
    window.statusBar().showMessage(QCoreApplication.translate("Actions", "已重新整理"), 5000)


def _help(window: MainWindow) -> None:
    window.show_help()


def _shortcuts(window: MainWindow) -> None:
    window.show_help("shortcuts")


def _quit(window: MainWindow) -> None:
    window.close()


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "new_class",
        QT_TRANSLATE_NOOP("Actions", "新增班期…"),
        "Ctrl+N",
        WORK,
        QT_TRANSLATE_NOOP("Actions", "開啟「訓練班期」頁並新增一個班期"),
        _new_class,
    ),
    ActionSpec(
        "find_person",
        QT_TRANSLATE_NOOP("Actions", "尋找人員"),
        "Ctrl+F",
        WORK,
        QT_TRANSLATE_NOOP("Actions", "開啟「人員名冊」頁，游標移到搜尋欄（姓名或員工編號）"),
        _find_person,
    ),
    ActionSpec(
        "print",
        QT_TRANSLATE_NOOP("Actions", "列印…"),
        "Ctrl+P",
        WORK,
        QT_TRANSLATE_NOOP(
            "Actions",
            "列印本頁的主要表單：訓練班期頁為所選班期的簽到表，證書清冊頁為研習證明書，"
            "考核頁為紀錄表或考績清冊，計畫頁為執行成果報告或 KPI 報表",
        ),
        _print,
    ),
    ActionSpec(
        "export",
        QT_TRANSLATE_NOOP("Actions", "匯出…"),
        "Ctrl+E",
        WORK,
        QT_TRANSLATE_NOOP("Actions", "匯出本頁的 Excel 報表；本頁沒有匯出功能時開啟「報表匯出」頁"),
        _export,
    ),
    ActionSpec(
        "refresh",
        QT_TRANSLATE_NOOP("Actions", "重新整理"),
        "F5",
        VIEW,
        QT_TRANSLATE_NOOP("Actions", "重新讀取本頁的資料（例如同事在共用資料庫上修改之後）"),
        _refresh,
    ),
    ActionSpec(
        "help",
        QT_TRANSLATE_NOOP("Actions", "使用說明"),
        "F1",
        HELP,
        QT_TRANSLATE_NOOP("Actions", "開啟使用說明中關於本頁的章節"),
        _help,
        needs_db=False,
    ),
    ActionSpec(
        "shortcuts",
        QT_TRANSLATE_NOOP("Actions", "鍵盤快速鍵"),
        "",
        HELP,
        QT_TRANSLATE_NOOP("Actions", "列出所有鍵盤快速鍵"),
        _shortcuts,
        needs_db=False,
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("Actions", "結束"),
        "Ctrl+Q",
        FILE,
        QT_TRANSLATE_NOOP("Actions", "關閉 HR Planner"),
        _quit,
        needs_db=False,
    ),
)

# Page key → the dotted name, on that page, of what prints or exports there.
PRINT_ON_PAGE: dict[str, str] = {
    "classes": "print_actions.print_signin",
    "certificates": "print_actions.print_certificates",
    "interim": "print_selected_action",
    "year_end": "print_list",
    "plans": "print_results",
    "kpis": "print_report",
}
EXPORT_ON_PAGE: dict[str, str] = {
    "certificates": "export_register",
    "interim": "export",
    "year_end": "export",
    "plans": "export_results",
    "kpis": "export_report",
}

PAGE_SHORTCUTS: tuple[str, ...] = tuple(f"Ctrl+{n}" for n in range(1, 10))
GO_TO_PAGE = QT_TRANSLATE_NOOP("Actions", "前往「%1」頁")


def page_shortcut(index: int) -> str:
    """The shortcut of the ``index``-th page of the navigation list ("" past the ninth)."""
    return PAGE_SHORTCUTS[index] if 0 <= index < len(PAGE_SHORTCUTS) else ""


def install(window: MainWindow, menus: dict[str, QMenu]) -> dict[str, QAction]:
    """Create the actions of ``ACTIONS`` in their menus and one entry per page in the
    檢視 menu; those needing the database wait for it (``window.actions_needing_db``)."""
    made: dict[str, QAction] = {}
    owner = cast(QObject, window)
    for spec in ACTIONS:
        action = QAction(spec.translated_text(), owner)
        if spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.setStatusTip(QCoreApplication.translate(CTX, spec.meaning))
        action.triggered.connect(lambda _checked=False, s=spec: s.handler(window))
        if spec.needs_db:
            action.setEnabled(False)
            window.actions_needing_db.append(action)
        menus[spec.menu].addAction(action)
        made[spec.key] = action
    view = menus[VIEW]
    view.addSeparator()
    for index, page in enumerate(window.page_specs()):
        action = QAction(page.translated_title(), owner)
        if page_shortcut(index):
            action.setShortcut(QKeySequence(page_shortcut(index)))
        action.setStatusTip(
            QCoreApplication.translate(CTX, GO_TO_PAGE).replace("%1", page.translated_title())
        )
        action.triggered.connect(lambda _checked=False, k=page.key: window.show_page(k))
        action.setEnabled(False)
        window.actions_needing_db.append(action)
        view.addAction(action)
        made[f"page:{page.key}"] = action
    return made
