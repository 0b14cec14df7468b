"""The user guide, the help window (F1 and the 說明 menu) and the keyboard shortcuts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import hrplanner
from hrplanner.i18n import LANGUAGES
from hrplanner.services import catalogue
from hrplanner.ui.shell import actions, guide
from hrplanner.ui.shell.help_window import HelpWindow
from hrplanner.ui.shell.main_window import MainWindow
from hrplanner.ui.shell.pages import PAGES, UiContext
from hrplanner.ui.shell.translators import install_translators

from ..conftest import FakePrompts

HELP_FOLDER = Path(__file__).resolve().parents[3] / "resources" / "help"
SOME_PAGES = tuple(p for p in PAGES if p.key in ("staff", "classes", "certificates", "reports"))
IMPORT_KINDS = [k.name for k in catalogue.IMPORTS if k.template is not None]


@pytest.fixture
def window(qtbot: QtBot, ctx: UiContext, prompts: FakePrompts) -> Iterator[MainWindow]:
    win = MainWindow(ctx.qsettings, prompts, "zh_TW", SOME_PAGES)
    qtbot.addWidget(win)
    win.attach(ctx)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    yield win
    if win.help_window is not None:
        win.help_window.close()


def press(qtbot: QtBot, window: MainWindow, shortcut: str) -> None:
    """Type ``shortcut`` (such as "Ctrl+N") on the window, as the user does."""
    combo = QKeySequence(shortcut)[0]
    qtbot.keyClick(window, combo.key(), combo.keyboardModifiers())


def menu_action(window: MainWindow, menu_title: str, text: str) -> Any:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == menu_title)
    return next(a for a in menu.actions() if a.text() == text)


# --- the help window and the 說明 menu ----------------------------------------------------


def test_f1_opens_the_guide_at_the_chapter_of_the_page_on_screen(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.nav.setCurrentRow(1)  # 訓練班期
    press(qtbot, window, "F1")
    help_window = window.help_window
    assert help_window is not None and help_window.isVisible()
    assert help_window.current_chapter() == "classes"
    assert help_window.browser.toPlainText().startswith("訓練班期")
    # Back in the window on another page, F1 follows the page.
    window.activateWindow()
    window.nav.setCurrentRow(0)
    press(qtbot, window, "F1")
    assert window.help_window is help_window
    assert help_window.current_chapter() == "staff"


def test_the_help_menu_opens_the_guide_the_shortcuts_and_about(
    window: MainWindow, prompts: FakePrompts
) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["檔案(&F)", "工作(&W)", "檢視(&V)", "設定(&S)", "說明(&H)"]
    menu_action(window, "說明(&H)", "使用說明").trigger()
    assert window.help_window is not None and window.help_window.current_chapter() == "staff"
    menu_action(window, "說明(&H)", "鍵盤快速鍵").trigger()
    assert window.help_window.current_chapter() == "shortcuts"
    assert "Ctrl+N" in window.help_window.browser.toPlainText()
    menu_action(window, "說明(&H)", "關於 HR Planner").trigger()
    assert prompts.calls[-1][0] == "info"
    assert hrplanner.__version__ in prompts.calls[-1][2]


def test_the_help_works_before_the_database_is_open(
    qtbot: QtBot, ctx: UiContext, prompts: FakePrompts
) -> None:
    win = MainWindow(ctx.qsettings, prompts, "zh_TW", SOME_PAGES)
    qtbot.addWidget(win)
    assert menu_action(win, "說明(&H)", "使用說明").isEnabled()
    assert not menu_action(win, "工作(&W)", "新增班期…").isEnabled()
    assert win.show_help().current_chapter() == "start"
    win.help_window.close()  # type: ignore[union-attr]


def test_the_chapter_list_and_links_move_between_chapters(qtbot: QtBot, window: MainWindow) -> None:
    help_window = window.show_help("start")
    assert help_window.chapters.count() == len(guide.CHAPTERS)
    help_window.chapters.setCurrentRow(guide.CHAPTERS.index("rules"))
    assert help_window.current_chapter() == "rules"
    assert "三分之一" in help_window.browser.toPlainText()
    help_window.show_chapter("start")
    click_link(qtbot, help_window, "chapter:imports")
    assert help_window.current_chapter() == "imports"


def click_link(qtbot: QtBot, help_window: HelpWindow, href: str) -> None:
    """Click the link to ``href`` in the chapter shown, where it is drawn."""
    browser = help_window.browser
    document = browser.document()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position() + 1)
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                rect = browser.cursorRect(cursor)
                qtbot.mouseClick(
                    browser.viewport(),
                    Qt.MouseButton.LeftButton,
                    pos=QPoint(rect.x(), rect.center().y()),
                )
                return
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href}")


def test_a_template_link_saves_the_catalogues_template(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts, tmp_path: Path
) -> None:
    help_window = window.show_help("imports")
    target = tmp_path / "人員範本.xlsx"
    prompts.answers["save_file"] = [target]
    click_link(qtbot, help_window, "template:staff")
    assert prompts.kinds()[-2:] == ["save_file", "info"]
    sheet = load_workbook(target).worksheets[0]
    headers = [c.value for c in sheet[1]]
    assert headers == guide.import_sheets("staff")[0][1]
    # Cancelled: nothing written, nothing said.
    prompts.calls.clear()
    click_link(qtbot, help_window, "template:leave")
    assert prompts.kinds() == ["save_file"]


def test_the_help_window_speaks_english_with_the_english_guide(
    qtbot: QtBot, qapp: QApplication, ctx: UiContext, prompts: FakePrompts
) -> None:
    try:
        install_translators(qapp, "en")
        win = MainWindow(ctx.qsettings, prompts, "en", SOME_PAGES)
        qtbot.addWidget(win)
        win.attach(ctx)
        help_window = win.show_help()
        assert help_window.windowTitle() == "HR Planner Help"
        assert help_window.chapters.item(0).text() == "Getting started and the year's work"
        help_window.show_chapter("imports")
        text = help_window.browser.toPlainText()
        assert "Save the Staff import template" in text and "employee_no" in text
        help_window.close()
    finally:
        install_translators(qapp, "zh_TW")


# --- the shortcuts ------------------------------------------------------------------------


def test_ctrl_n_opens_a_new_class_on_the_classes_page(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hrplanner.ui.training.class_dialog import ClassDialog

    opened: list[Any] = []
    monkeypatch.setattr(ClassDialog, "exec", lambda self: opened.append(self) or 0)
    press(qtbot, window, "Ctrl+N")
    assert window.current_page_key() == "classes"
    assert len(opened) == 1 and opened[0].windowTitle() == "新增班期"


def test_ctrl_f_moves_to_the_staff_search(qtbot: QtBot, window: MainWindow) -> None:
    window.nav.setCurrentRow(1)
    press(qtbot, window, "Ctrl+F")
    assert window.current_page_key() == "staff"
    assert QApplication.focusWidget() is window.pages["staff"].search_edit  # type: ignore[attr-defined]


def test_ctrl_p_prints_on_the_page_and_explains_elsewhere(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hrplanner.ui.training.print_actions import PrintActions

    printed: list[str] = []
    monkeypatch.setattr(PrintActions, "print_signin", lambda self: printed.append("signin"))
    monkeypatch.setattr(PrintActions, "print_certificates", lambda self: printed.append("cert"))
    window.nav.setCurrentRow(1)
    press(qtbot, window, "Ctrl+P")
    window.nav.setCurrentRow(2)
    press(qtbot, window, "Ctrl+P")
    assert printed == ["signin", "cert"]
    window.nav.setCurrentRow(0)
    press(qtbot, window, "Ctrl+P")
    assert "沒有可列印的表單" in window.statusBar().currentMessage()


def test_ctrl_e_exports_on_the_page_or_opens_the_reports(
    qtbot: QtBot, window: MainWindow, prompts: FakePrompts
) -> None:
    window.nav.setCurrentRow(2)  # 證書清冊: its own export asks where to save
    press(qtbot, window, "Ctrl+E")
    assert prompts.kinds() == ["save_file"]
    window.nav.setCurrentRow(0)
    press(qtbot, window, "Ctrl+E")
    assert window.current_page_key() == "reports"


def test_f5_refreshes_the_page_on_screen(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.pages["staff"]
    refreshed: list[bool] = []
    monkeypatch.setattr(page, "refresh", lambda: refreshed.append(True))
    press(qtbot, window, "F5")
    assert refreshed == [True]
    assert window.statusBar().currentMessage() == "已重新整理"


def test_ctrl_digits_go_to_the_pages_in_order(qtbot: QtBot, window: MainWindow) -> None:
    for index, spec in reversed(list(enumerate(SOME_PAGES))):
        press(qtbot, window, f"Ctrl+{index + 1}")
        assert window.current_page_key() == spec.key


def test_ctrl_q_closes_the_window(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, window, "Ctrl+Q")
    assert not window.isVisible()


def test_the_menus_show_every_declared_shortcut(window: MainWindow) -> None:
    shown = {
        action.text(): action.shortcut().toString()
        for menu in (a.menu() for a in window.menuBar().actions())
        for action in menu.actions()
        if not action.shortcut().isEmpty()
    }
    for spec in actions.ACTIONS:
        if spec.shortcut:
            assert shown[spec.translated_text()] == spec.shortcut
    for index, page in enumerate(SOME_PAGES):
        assert shown[page.translated_title()] == f"Ctrl+{index + 1}"


def test_no_two_actions_share_a_key_nor_take_an_editing_key() -> None:
    keys = [QKeySequence(s.shortcut) for s in actions.ACTIONS if s.shortcut]
    keys += [QKeySequence(k) for k in actions.PAGE_SHORTCUTS]
    assert len({k.toString() for k in keys}) == len(keys)
    editing = set()
    for standard in ("Copy", "Cut", "Paste", "Undo", "Redo", "SelectAll", "Delete"):
        for binding in QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, standard)):
            editing.add(binding.toString())
    assert not {k.toString() for k in keys} & editing


def test_every_page_print_and_export_entry_exists(ctx: UiContext) -> None:
    for table in (actions.PRINT_ON_PAGE, actions.EXPORT_ON_PAGE):
        for key, path in table.items():
            spec = next(p for p in PAGES if p.key == key)
            page = spec.build(ctx)
            target = actions.resolve(page, path)
            assert target is not None and (callable(target) or hasattr(target, "trigger")), (
                key,
                path,
            )
            page.deleteLater()


# --- the guide's content ------------------------------------------------------------------


def test_the_guides_tables_are_the_catalogues_columns() -> None:
    for language in LANGUAGES:
        text = guide.render("imports", language)
        assert "{{" not in text
        for kind in IMPORT_KINDS:
            assert f"{{{{columns:{kind}}}}}" in guide.source("imports", language), kind
            block = text.split(f"](template:{kind})", 1)[1].split("\n## ", 1)[0]
            found = _table_columns(block)
            assert found == [cols for _sheet, cols, _t in guide.import_sheets(kind)], kind


def _table_columns(block: str) -> list[list[str]]:
    """The first cell of each row of each Markdown table in ``block``, table by table."""
    tables: list[list[str]] = []
    current: list[str] | None = None
    for line in block.splitlines():
        if line.startswith("|---"):
            current = []
            tables.append(current)
        elif line.startswith("| ") and current is not None:
            current.append(line.split(" | ")[0].removeprefix("| ").removesuffix(" \\*"))
        elif not line.startswith("|"):
            current = None
    return tables


def test_zh_and_en_guides_have_the_same_chapters() -> None:
    expected = {f"{c}.{lang}.md" for c in guide.CHAPTERS for lang in LANGUAGES}
    assert {p.name for p in HELP_FOLDER.glob("*.md")} == expected
    for chapter in guide.CHAPTERS:
        zh, en = (guide.source(chapter, lang) for lang in LANGUAGES)
        assert zh.startswith("# ") and en.startswith("# ")
        for pattern in (r"^## ", r"^\| ", r"\]\(([a-z]+:[a-z-]+)\)", r"\{\{[a-z:-]+\}\}"):
            assert len(re.findall(pattern, zh, re.M)) == len(re.findall(pattern, en, re.M)), (
                chapter,
                pattern,
            )
        links = set(re.findall(r"\(chapter:([a-z]+)\)", zh + en))
        assert links <= set(guide.CHAPTERS), chapter


def test_every_page_has_a_chapter() -> None:
    for spec in PAGES:
        assert spec.key in guide.PAGE_CHAPTERS, spec.key
    assert set(guide.PAGE_CHAPTERS.values()) <= set(guide.CHAPTERS)


def test_the_shortcut_chapter_is_the_declaration(qapp: QApplication) -> None:
    text = guide.render("shortcuts", "zh_TW")
    for spec in actions.ACTIONS:
        if spec.shortcut:
            assert f"| {spec.shortcut} | {spec.text} |" in text
    english = guide.render("shortcuts", "en")
    assert "| Ctrl+N | New Class… |" in english
    assert "| Ctrl+1 | Today | Go to the Today page |" in english
    assert "| Ctrl+2 | Staff | Go to the Staff page |" in english


def test_the_rules_state_the_specs_numbers() -> None:
    from hrplanner.domain.appraisal import checks

    zh = guide.source("rules", "zh_TW")
    en = guide.source("rules", "en")
    assert "不予登錄終身學習時數" in zh and "不予登錄終身學習時數" in en  # the source's words
    assert f"超過 {checks.A_BAR_LEAVE_DAYS} 日" in zh and "第 15 日起" in zh
    assert f"more than {checks.A_BAR_LEAVE_DAYS} days" in en and "15th day" in en
    for text in (zh, en):
        for number in ("20", "80", "75%", "120", "7", "8"):
            assert number in text


def test_the_import_tables_load_off_the_window_thread(
    qtbot: QtBot, prompts: FakePrompts, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As on the first opening, when the import modules are not loaded yet: the chapter
    # shows at once with a placeholder, and the tables follow from the worker.
    monkeypatch.setattr(guide, "columns_loaded", lambda: False)
    help_window = HelpWindow(prompts, "zh_TW")
    qtbot.addWidget(help_window)
    help_window.show_chapter("imports")
    assert "正在讀取欄位" in help_window.browser.toPlainText()
    qtbot.waitUntil(lambda: "employee_no" in help_window.browser.toPlainText(), timeout=10000)
    assert "正在讀取欄位" not in help_window.browser.toPlainText()
    help_window.show_chapter("rules")  # no tables: nothing to wait for
    assert "三分之一" in help_window.browser.toPlainText()
