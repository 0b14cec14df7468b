"""Languages, and the translation of the Qt-free core's messages (domain, services, cli).

Source strings are whole Traditional Chinese sentences with ``{named}`` placeholders, the
default language; ``resources/translations/core_en.po`` (compiled to ``core_en.mo``, shipped
like the Qt ``.qm`` files) gives their English. Usage::

    from hrplanner.i18n import N_, _, ngettext

    raise InputRefused(_("找不到員工編號「{number}」").format(number=number))
    ngettext("共 {n} 人", "共 {n} 人", n).format(n=n)    # English picks "person"/"people"
    REASONS = {errno.EACCES: N_("沒有存取權限")}          # marked here, translated at use

Never build a sentence from fragments: word order differs between the languages. The
widgets use Qt's own ``tr()`` and ``.ts`` files (``hrplanner.ui.shell.translators``), which
also switches this catalogue when the window's language changes. Printed forms and the
column names of exported workbooks are official Chinese and are not translated.
"""

from __future__ import annotations

import errno
import gettext
from importlib.resources import as_file, files
from pathlib import Path

DEFAULT_LANGUAGE = "zh_TW"
LANGUAGES: tuple[str, ...] = ("zh_TW", "en")
# Shown in the language menu in their own language, so anyone can find theirs.
LANGUAGE_NAMES: dict[str, str] = {"zh_TW": "中文（臺灣）", "en": "English"}
CORE_DOMAIN = "core"

_current = DEFAULT_LANGUAGE
_catalog: gettext.NullTranslations = gettext.NullTranslations()


def translations_dir() -> Path:
    """The folder holding the compiled catalogues (package data ``hrplanner.resources``)."""
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


def load_catalog(language: str) -> gettext.NullTranslations:
    """The compiled core catalogue of ``language``; the identity for the source language."""
    if language == DEFAULT_LANGUAGE:
        return gettext.NullTranslations()
    path = translations_dir() / f"{CORE_DOMAIN}_{language}.mo"
    try:
        with path.open("rb") as handle:
            return gettext.GNUTranslations(handle)
    except OSError:
        return gettext.NullTranslations()  # a broken install still speaks Chinese


def set_language(language: str | None) -> str:
    """Make the core speak ``language`` from now on; returns the code actually used."""
    global _current, _catalog
    code = normalize_language(language)
    if code != _current:
        _catalog = load_catalog(code)
        _current = code
    return _current


def language() -> str:
    """The language the core speaks now."""
    return _current


def _(message: str) -> str:
    """``message`` (a whole Chinese sentence) in the current language."""
    return _catalog.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The sentence for the count ``n`` (Chinese has one form; English picks one of two)."""
    return _catalog.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue without translating it yet (module constants)."""
    return message


# Why a file could not be used, by errno: the operating system's own words are English
# (or the PC's language), so the common reasons are sentences of ours.
OS_REASONS: dict[int, str] = {
    errno.ENOENT: N_("找不到檔案或資料夾"),
    errno.EACCES: N_("沒有存取權限"),
    errno.EPERM: N_("沒有存取權限"),
    errno.EISDIR: N_("這是資料夾而非檔案"),
    errno.ENOTDIR: N_("路徑中有一段不是資料夾"),
    errno.ENOSPC: N_("磁碟空間不足"),
    errno.EROFS: N_("唯讀的磁碟"),
}


def os_reason(exc: OSError) -> str:
    """Why ``exc`` happened, in the current language when it is a common reason."""
    known = OS_REASONS.get(exc.errno or 0)
    return _(known) if known else (exc.strerror or str(exc))
