"""Agency settings and the change log, shared by every area."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    DateTime,
    Integer,
    String,
    Text,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, validates

from hrplanner.domain.national_id import scrub
from hrplanner.storage.models.base import Base


class SettingValue(Base):
    """One agency setting, JSON-encoded; declarations and defaults live in ``settings.py``."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012  (SQLAlchemy reads it once)


class ChangeLog(Base):
    """Who changed attendance, credit, scores and staff records, and when (old → new)."""

    __tablename__ = "change_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, server_default=func.now())
    user: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[int] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(100))
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
    # Why, where a change needs a reason (an approved appraisal, an overridden kind).
    reason: Mapped[str | None] = mapped_column(Text)

    @validates("old", "new")
    def _masked(self, _key: str, value: str | None) -> str | None:
        # The log is read more widely than the records: an identity number in any field
        # (身分證字號 itself, or one typed into 員工編號) is kept masked (R2).
        return None if value is None else scrub(value)
