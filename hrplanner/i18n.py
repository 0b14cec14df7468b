"""Interface languages: which exist, and installing Qt translators for one of them.

Source strings in the code are Traditional Chinese, the default language, so the window
speaks Chinese even if no translation file is found; ``hrplanner_en.qm`` translates them to
English. Qt's own ``qtbase`` translator is installed too, so standard buttons and dialogs
(確定/取消, file dialogs) speak the same language as the rest of the window.
"""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

if TYPE_CHECKING:
    # PySide6 types the marker as returning ``object``; it returns its text unchanged.
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP", "install_translators", "normalize_language"]

DEFAULT_LANGUAGE = "zh_TW"
LANGUAGES: tuple[str, ...] = ("zh_TW", "en")
# Shown in the language menu in their own language, so anyone can find theirs.
LANGUAGE_NAMES: dict[str, str] = {"zh_TW": "中文（臺灣）", "en": "English"}


def translations_dir() -> Path:
    """The folder holding ``hrplanner_<lang>.qm`` (package data ``hrplanner.resources``)."""
    resource = files("hrplanner.resources") / "translations"
    # The package is installed as plain files (pip, PyInstaller folder); as_file would
    # extract a zipped package to a temporary folder.
    with as_file(resource) as path:
        return Path(path)


def normalize_language(value: str | None) -> str:
    """A supported language code for ``value`` (``zh-TW``, ``en_US`` …), else the default."""
    if not value:
        return DEFAULT_LANGUAGE
    value = value.replace("-", "_")
    if value in LANGUAGES:
        return value
    base = value.split("_")[0].lower()
    if base == "en":
        return "en"
    return DEFAULT_LANGUAGE


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install HR Planner's and Qt's translators for ``language``; remove earlier ones.

    Returns the installed translators; the caller keeps them alive (Qt does not own them).
    """
    for old in getattr(app, "_hrplanner_translators", []):
        app.removeTranslator(old)
    language = normalize_language(language)
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(f"hrplanner_{language}", str(translations_dir())):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    QLocale.setDefault(QLocale("en_US" if language == "en" else "zh_TW"))
    app._hrplanner_translators = installed  # type: ignore[attr-defined]
    return installed
