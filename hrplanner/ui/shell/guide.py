"""The user guide: its chapters (Markdown files shipped in ``resources/help``), the chapter
of each page (for F1), and the parts written from the code when a chapter is shown.

Each chapter is one file per language, ``<chapter>.<language>.md``, its first line the
chapter's title (``# …``). Two markers are replaced at display time so that the guide never
drifts from the program:

- ``{{columns:KIND}}``: the columns of import KIND, sheet by sheet, read from the template
  the catalogue names (``services.catalogue.IMPORTS``; the same template ``hrplanner
  template KIND`` writes), with a link that saves the template (``template:KIND``);
- ``{{shortcuts}}``: the table of the keyboard shortcuts, from ``ui.shell.actions``.

Links between chapters are written ``chapter:ID``. The generated text follows the guide's
language, not the window's, by loading that language's catalogues here.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import sys
from importlib.resources import files
from typing import Any

from PySide6.QtCore import QTranslator

from hrplanner.i18n import DEFAULT_LANGUAGE, load_catalog, normalize_language, translations_dir
from hrplanner.ui.shell.translators import QT_TRANSLATE_NOOP

CTX = "Guide"
FOLDER = "help"
# In reading order: the yearly cycle, then the reference chapters.
CHAPTERS: tuple[str, ...] = (
    "start",
    "staff",
    "classes",
    "attendance",
    "closing",
    "certificates",
    "portal",
    "appraisal",
    "plans",
    "study",
    "survey",
    "settings",
    "imports",
    "rules",
    "shortcuts",
)
# The chapter F1 opens on each page; a page not listed opens the first chapter.
PAGE_CHAPTERS: dict[str, str] = {
    "home": "start",
    "staff": "staff",
    "classes": "classes",
    "hours": "closing",
    "external": "closing",
    "certificates": "certificates",
    "interim": "appraisal",
    "year_end": "appraisal",
    "survey": "survey",
    "study": "study",
    "plans": "plans",
    "kpis": "plans",
    "reports": "portal",
    "calendar": "settings",
}

COLUMNS_MARKER = re.compile(r"\{\{columns:([a-z-]+)\}\}")
SHORTCUTS_MARKER = "{{shortcuts}}"

# The words of the generated tables (translated through the Qt catalogue, context Guide).
_SHEET = QT_TRANSLATE_NOOP("Guide", "工作表「%1」")
_HEADERS = (
    QT_TRANSLATE_NOOP("Guide", "欄名"),
    QT_TRANSLATE_NOOP("Guide", "英文欄名"),
    QT_TRANSLATE_NOOP("Guide", "說明"),
)
_KEY = QT_TRANSLATE_NOOP("Guide", "比對鍵（*）：重新匯入時依此欄更新")
_REQUIRED = QT_TRANSLATE_NOOP("Guide", "必填")
_CHOICES = QT_TRANSLATE_NOOP("Guide", "可填：%1")
_EXAMPLE = QT_TRANSLATE_NOOP("Guide", "範例：%1")
_TEMPLATE_LINK = QT_TRANSLATE_NOOP("Guide", "下載「%1」匯入範本")
_LOADING = QT_TRANSLATE_NOOP("Guide", "（正在讀取欄位…）")
_SHORTCUT_HEADERS = (
    QT_TRANSLATE_NOOP("Guide", "按鍵"),
    QT_TRANSLATE_NOOP("Guide", "功能"),
    QT_TRANSLATE_NOOP("Guide", "說明"),
)


def chapter_for_page(page_key: str | None) -> str:
    """The chapter F1 opens on page ``page_key``."""
    return PAGE_CHAPTERS.get(page_key or "", CHAPTERS[0])


def source(chapter: str, language: str) -> str:
    """The chapter's Markdown as shipped (markers not replaced); KeyError if unknown."""
    if chapter not in CHAPTERS:
        raise KeyError(chapter)
    name = f"{chapter}.{normalize_language(language)}.md"
    return (files("hrplanner.resources") / FOLDER / name).read_text(encoding="utf-8")


def title(chapter: str, language: str) -> str:
    """The chapter's title: its first heading."""
    first = source(chapter, language).lstrip().splitlines()[0]
    return first.lstrip("#").strip()


def render(chapter: str, language: str, *, columns: bool = True) -> str:
    """The chapter's Markdown with the generated parts written in; without ``columns``,
    the import tables are a placeholder (while their modules load in the background)."""
    language = normalize_language(language)
    text = source(chapter, language)
    if columns:
        text = COLUMNS_MARKER.sub(lambda m: columns_markdown(m.group(1), language), text)
    else:
        text = COLUMNS_MARKER.sub(_g(language, _LOADING), text)
    if SHORTCUTS_MARKER in text:
        text = text.replace(SHORTCUTS_MARKER, shortcuts_markdown(language))
    return text


def has_columns(chapter: str) -> bool:
    """Whether ``chapter`` shows import tables (in any language: the markers are shared)."""
    return COLUMNS_MARKER.search(source(chapter, DEFAULT_LANGUAGE)) is not None


def columns_loaded() -> bool:
    """Whether every template module is imported, so the tables are written at once.

    The templates live next to their import code, which pulls in SQLAlchemy and the
    services: 2–3 s the first time, too long for the window to wait for.
    """
    from hrplanner.services import catalogue

    return all(k.template.partition(":")[0] in sys.modules for k in catalogue.IMPORTS if k.template)


def load_columns(_progress: object = None) -> None:
    """Import every template module (on a worker thread; touches no widget)."""
    from hrplanner.services import catalogue

    for kind in catalogue.IMPORTS:
        if kind.template is not None:
            catalogue.load(kind.template)


# --- translation into the guide's language ------------------------------------------------


@functools.cache
def _qt_translator(language: str) -> QTranslator | None:
    if language == DEFAULT_LANGUAGE:
        return None
    translator = QTranslator()
    if not translator.load(f"hrplanner_{language}", str(translations_dir())):
        return None
    return translator


def qt_text(language: str, context: str, text: str) -> str:
    """``text`` of the Qt catalogue ``context`` in ``language`` (the source if missing)."""
    translator = _qt_translator(normalize_language(language))
    found = translator.translate(context, text) if translator is not None else ""
    return found or text


def core_text(language: str, text: str) -> str:
    """``text`` of the core (gettext) catalogue in ``language``."""
    return load_catalog(normalize_language(language)).gettext(text)


def _g(language: str, text: str) -> str:
    return qt_text(language, CTX, text)


def _cell(value: object) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


# --- the import columns -------------------------------------------------------------------


def import_sheets(kind: str) -> list[tuple[str, list[str], Any]]:
    """(sheet name, column names, sheet template) of import ``kind``, from the catalogue."""
    from hrplanner.services import catalogue

    found = catalogue.import_kind(kind)
    if found is None or found.template is None:
        raise KeyError(kind)
    template = catalogue.load(found.template)
    return [(s.name, [c.name for c in s.columns], s) for s in template.sheets]


def columns_markdown(kind: str, language: str) -> str:
    """The columns of import ``kind`` as Markdown tables, with the template link."""
    from hrplanner.domain.rocdate import format_roc
    from hrplanner.services import catalogue

    found = catalogue.import_kind(kind)
    if found is None or found.template is None:
        raise KeyError(kind)
    kind_title = core_text(language, found.title)
    parts = [f"[{_g(language, _TEMPLATE_LINK).replace('%1', kind_title)}](template:{kind})", ""]
    sheets = import_sheets(kind)
    for name, _columns, sheet in sheets:
        if len(sheets) > 1:
            parts += [f"**{_g(language, _SHEET).replace('%1', name)}**", ""]
        parts.append("| " + " | ".join(_g(language, h) for h in _HEADERS) + " |")
        parts.append("|---|---|---|")
        for spec in sheet.columns:
            notes = []
            if spec.key:
                notes.append(_g(language, _KEY))
            if spec.required and not spec.key:
                notes.append(_g(language, _REQUIRED))
            if spec.name in sheet.choices:
                notes.append(
                    _g(language, _CHOICES).replace("%1", "/".join(sheet.choices[spec.name]))
                )
            example = sheet.example.get(spec.name)
            if example not in (None, ""):
                if isinstance(example, dt.date):
                    example = format_roc(example)  # as the template writes it
                notes.append(_g(language, _EXAMPLE).replace("%1", str(example)))
            name_cell = f"{spec.name} \\*" if spec.key else spec.name
            separator = "；" if language == DEFAULT_LANGUAGE else "; "
            parts.append(
                f"| {_cell(name_cell)} | {_cell(spec.alias)} | {_cell(separator.join(notes))} |"
            )
        parts.append("")
    return "\n".join(parts)


# --- the shortcuts ------------------------------------------------------------------------


def shortcut_rows(language: str) -> list[tuple[str, str, str]]:
    """(keys, action, what it does) for every shortcut, from ``ui.shell.actions``."""
    from PySide6.QtGui import QKeySequence

    from hrplanner.ui.shell import actions
    from hrplanner.ui.shell.pages import PAGES

    def keys(text: str) -> str:
        return QKeySequence(text).toString(QKeySequence.SequenceFormat.NativeText)

    rows = [
        (
            keys(spec.shortcut),
            qt_text(language, actions.CTX, spec.text),
            qt_text(language, actions.CTX, spec.meaning),
        )
        for spec in actions.ACTIONS
        if spec.shortcut
    ]
    for index, page in enumerate(PAGES):
        shortcut = actions.page_shortcut(index)
        if shortcut:
            page_title = qt_text(language, "Pages", page.title)
            go = qt_text(language, actions.CTX, actions.GO_TO_PAGE).replace("%1", page_title)
            rows.append((keys(shortcut), page_title, go))
    return rows


def shortcuts_markdown(language: str) -> str:
    lines = ["| " + " | ".join(_g(language, h) for h in _SHORTCUT_HEADERS) + " |", "|---|---|---|"]
    lines += [f"| {_cell(k)} | {_cell(a)} | {_cell(m)} |" for k, a, m in shortcut_rows(language)]
    return "\n".join(lines) + "\n"
