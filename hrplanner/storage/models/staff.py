"""The staff roster (人員)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Integer,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hrplanner.domain import vocabulary as v
from hrplanner.storage.models.base import Base
from hrplanner.storage.models.reference import RankGroup, StaffCategory, Unit


class Employee(Base):
    __tablename__ = "employee"
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_no: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(50), index=True)
    national_id: Mapped[str | None] = mapped_column(String(10))
    gender: Mapped[str | None] = mapped_column(String(4))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    title: Mapped[str | None] = mapped_column(String(50))
    category_id: Mapped[int] = mapped_column(ForeignKey("staff_category.id"), index=True)
    rank_group_id: Mapped[int | None] = mapped_column(ForeignKey("rank_group.id"))
    hire_date: Mapped[dt.date | None] = mapped_column(Date)
    leave_date: Mapped[dt.date | None] = mapped_column(Date)  # 離職日期: last day of service
    email: Mapped[str | None] = mapped_column(String(200))
    meal: Mapped[str] = mapped_column(String(4), default=v.MEAT)
    status: Mapped[str] = mapped_column(String(10), default=v.ACTIVE, index=True)
    is_supervisor: Mapped[bool] = mapped_column(Boolean, default=False)
    # Optimistic locking: two officers editing one record on a shared server never
    # silently overwrite each other.
    version: Mapped[int] = mapped_column(Integer, default=1)

    unit: Mapped[Unit] = relationship()
    category: Mapped[StaffCategory] = relationship()
    rank_group: Mapped[RankGroup | None] = relationship()

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012  (SQLAlchemy reads it once)
