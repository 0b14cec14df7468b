"""Installing Qt translators for one of the interface languages (``hrplanner.i18n``).

Source strings in the code are Traditional Chinese, the default language, so the window
speaks Chinese even if no translation file is found; ``hrplanner_en.qm`` translates them to
English. Qt's own ``qtbase`` translator is installed too, so standard buttons and dialogs
(確定/取消, file dialogs) speak the same language as the rest of the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hrplanner import i18n
from hrplanner.i18n import normalize_language, translations_dir

if TYPE_CHECKING:
    # PySide6 types the marker as returning ``object``; it returns its text unchanged.
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP", "install_translators", "translations_dir"]


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
    i18n.set_language(language)  # the core's messages follow the window
    app._hrplanner_translators = installed  # type: ignore[attr-defined]
    return installed
