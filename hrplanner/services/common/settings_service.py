"""Read and write agency settings (declared in ``hrplanner.settings``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from hrplanner.i18n import _
from hrplanner.services.common.conflicts import check_version, refusing_stale
from hrplanner.settings import DECLARATIONS, Setting, decode, decode_all, encode
from hrplanner.storage.database import Database
from hrplanner.storage.models import SettingValue


def get_all(db: Database) -> dict[Setting, Any]:
    with db.session() as session:
        stored = dict(session.execute(select(SettingValue.key, SettingValue.value)).all())
    return decode_all(stored)


def get(db: Database, setting: Setting) -> Any:
    with db.session() as session:
        raw = session.get(SettingValue, setting.value)
        return decode(setting, raw.value if raw else None)


NOT_STORED = 0  # the version of a setting still at its default (no row yet)


def versions(db: Database) -> dict[Setting, int]:
    """The version of every setting as stored now, read with the values a form shows."""
    with db.session() as session:
        stored = dict(session.execute(select(SettingValue.key, SettingValue.version)).all())
    return {s: int(stored.get(s.value, NOT_STORED)) for s in DECLARATIONS}


def conflict_message() -> str:
    return _("設定已被其他人修改，您的修改沒有儲存；請重新開啟設定，確認後再修改。")


def update(
    db: Database, values: dict[Setting, Any], *, read: dict[Setting, int] | None = None
) -> None:
    """Validate every value first (SettingError), then write them all in one transaction.
    ``read``: the versions the form read (``versions``); ConflictError, nothing written,
    when one of the settings being written was saved by someone else since."""
    encoded = {s: encode(s, v) for s, v in values.items()}
    with refusing_stale(conflict_message()), db.session() as session:
        for setting, raw in encoded.items():
            row = session.get(SettingValue, setting.value)
            if read is not None and setting in read:
                stored = row.version if row is not None else NOT_STORED
                check_version(stored, read[setting], conflict_message())
            if row is None:
                session.add(SettingValue(key=setting.value, value=raw))
            else:
                row.value = raw
