"""The certificate register (R10)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Date,
    ForeignKey,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from hrplanner.domain import vocabulary as v
from hrplanner.storage.models.base import Base


class Certificate(Base):
    __tablename__ = "certificate"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(50), unique=True)
    enrollment_id: Mapped[int] = mapped_column(ForeignKey("enrollment.id"), index=True)
    minutes: Mapped[int] = mapped_column(Integer)
    issued_on: Mapped[dt.date] = mapped_column(Date)
    # 有效 / 待查 / 作廢; indexed for the home page's count of 待查
    status: Mapped[str] = mapped_column(String(4), default=v.CERT_VALID, index=True)
    voided_on: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (UniqueConstraint("year", "seq"),)
