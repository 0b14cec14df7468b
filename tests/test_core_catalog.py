"""Every message of the Qt-free core has its English, and the shipped catalogue is current."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from hrplanner import i18n

SCRIPT = Path(__file__).resolve().parent.parent / "resources" / "translations" / "core_catalog.py"


def _tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("core_catalog", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def test_every_core_message_has_english_and_the_mo_is_compiled() -> None:
    problems = _tool().check()
    assert problems == [], "\n".join(problems[:40])


def test_the_english_catalogue_is_shipped_and_loads() -> None:
    assert (i18n.translations_dir() / "core_en.mo").is_file()
    try:
        assert i18n.set_language("en_US") == "en"
        assert i18n.language() == "en"
    finally:
        i18n.set_language("zh_TW")
    assert i18n._("資料庫") == "資料庫"  # the source language is the identity
