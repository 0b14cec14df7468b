"""Learning hours: external records and the yearly rule sets (R6)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from hrplanner.domain import vocabulary as v
from hrplanner.storage.models.base import Base


class ExternalRecord(Base):
    """Learning done elsewhere (e-learning platforms, other agencies)."""

    __tablename__ = "external_record"
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    end_date: Mapped[dt.date] = mapped_column(Date, index=True)
    minutes: Mapped[int] = mapped_column(Integer)
    topic_id: Mapped[int] = mapped_column(ForeignKey("learning_topic.id"))
    mode: Mapped[str] = mapped_column(String(4), default=v.ONLINE)
    source: Mapped[str | None] = mapped_column(String(100))

    __table_args__ = (UniqueConstraint("employee_id", "title", "end_date"),)


class RequirementRule(Base):
    """A year's learning-hours rule set for one staff category (R6), as JSON groups."""

    __tablename__ = "requirement_rule"
    id: Mapped[int] = mapped_column(primary_key=True)
    year_from: Mapped[int] = mapped_column(Integer)  # Gregorian year the rule starts
    category_id: Mapped[int] = mapped_column(ForeignKey("staff_category.id"))
    total_minutes: Mapped[int] = mapped_column(Integer)
    # [{"name": "環境教育", "topics": ["環境教育"], "minutes": 240}, ...]
    groups_json: Mapped[str] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("year_from", "category_id"),)
