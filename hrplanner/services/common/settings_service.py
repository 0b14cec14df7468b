"""Read and write agency settings (declared in ``hrplanner.settings``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from hrplanner.settings import DECLARATIONS, Setting, decode, encode
from hrplanner.storage.database import Database
from hrplanner.storage.models import SettingValue


def get_all(db: Database) -> dict[Setting, Any]:
    with db.session() as session:
        stored = dict(session.execute(select(SettingValue.key, SettingValue.value)).all())
    return {s: decode(s, stored.get(s.value)) for s in DECLARATIONS}


def get(db: Database, setting: Setting) -> Any:
    with db.session() as session:
        raw = session.get(SettingValue, setting.value)
        return decode(setting, raw.value if raw else None)


def update(db: Database, values: dict[Setting, Any]) -> None:
    """Validate every value first (SettingError), then write them all in one transaction."""
    encoded = {s: encode(s, v) for s, v in values.items()}
    with db.session() as session:
        for setting, raw in encoded.items():
            row = session.get(SettingValue, setting.value)
            if row is None:
                session.add(SettingValue(key=setting.value, value=raw))
            else:
                row.value = raw
