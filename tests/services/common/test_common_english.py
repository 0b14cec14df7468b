"""Backup, restore, the integrity check, the reference lists and the agency settings speak
English after ``i18n.set_language("en")``; every setting has a label in both languages."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrplanner import i18n
from hrplanner.services.common import backup, reference, restore
from hrplanner.services.common.errors import InputRefused
from hrplanner.settings import DECLARATIONS, Setting, SettingError, coerce
from hrplanner.storage.database import Database

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language("zh_TW")


def test_backup_and_restore_refusals_in_english(
    english: None, db: Database, tmp_path: Path
) -> None:
    if db.file is None:
        with pytest.raises(backup.BackupError, match=r"^A shared PostgreSQL database is backed"):
            backup.backup(db, tmp_path / "b.db")
        return
    with pytest.raises(backup.BackupError, match=r"^The backup file cannot be the database"):
        backup.backup(db, db.file)
    with pytest.raises(backup.BackupError, match=r'^"[^"]*" is a folder; give the backup'):
        backup.backup(db, tmp_path)
    with pytest.raises(restore.RestoreRefused, match=r"^Backup file not found: "):
        restore.restore(str(db.file), tmp_path / "missing.db", tmp_path / "bk")
    bogus = tmp_path / "notes.db"
    bogus.write_text("not a database", encoding="utf-8")
    with pytest.raises(backup.BackupError, match=r"is not an HR Planner backup file$"):
        restore.restore(str(db.file), bogus, tmp_path / "bk")
    assert backup.check(db) == []


def test_reference_list_refusals_in_both_languages(db: Database) -> None:
    with pytest.raises(InputRefused, match=r"^名稱不可空白$"):
        reference.add_item(db, "topic", "  ")
    i18n.set_language("en")
    try:
        with pytest.raises(InputRefused, match=r"^The name cannot be blank$"):
            reference.add_item(db, "topic", "  ")
        with pytest.raises(InputRefused, match=r'^"一般" is already in the list$'):
            reference.add_item(db, "topic", "一般")
        with pytest.raises(InputRefused, match=r"^The name must not be longer than"):
            reference.add_item(db, "topic", "資" * 500)
    finally:
        i18n.set_language("zh_TW")


def test_setting_refusals_in_both_languages() -> None:
    with pytest.raises(SettingError, match=r"^需為整數，收到「七」。$"):
        coerce(Setting.REGISTRATION_WORKING_DAYS, "七")
    i18n.set_language("en")
    try:
        with pytest.raises(SettingError, match=r'^Must be a whole number; got "七"\.$'):
            coerce(Setting.REGISTRATION_WORKING_DAYS, "七")
        with pytest.raises(SettingError, match=r"^Must not be negative\.$"):
            coerce(Setting.BUDGETED_HEADCOUNT, -1)
        with pytest.raises(SettingError, match=r'^Must be one of roc, iso; got "julian"\.$'):
            coerce(Setting.DATE_DISPLAY, "julian")
    finally:
        i18n.set_language("zh_TW")


@pytest.mark.parametrize("setting", list(Setting))
def test_every_setting_has_a_label_in_both_languages(setting: Setting) -> None:
    label = DECLARATIONS[setting].meaning
    assert CJK.search(label), "the source label is Chinese"
    i18n.set_language("en")
    try:
        english_label = i18n._(label)
    finally:
        i18n.set_language("zh_TW")
    assert english_label != label and not CJK.search(english_label)
