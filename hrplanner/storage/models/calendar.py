"""The office calendar's overrides (R11)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column

from hrplanner.storage.models.base import Base


class CalendarOverride(Base):
    """A day whose working status differs from the package calendar (official CSV, typhoon)."""

    __tablename__ = "calendar_override"
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    is_day_off: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str | None] = mapped_column(String(100))
    source: Mapped[str] = mapped_column(String(10), default="manual")  # official / manual
