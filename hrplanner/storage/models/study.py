"""Study programmes (進修, SPEC R12): one record per person and programme, with the weekly
office hours of 部分辦公時間進修 as one row per weekday.

Kinds, the eight-hour week and the yearly quota are rules of ``hrplanner.domain.study``;
the service checks them before anything is written here.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hrplanner.storage.models.base import Base


class StudyRecord(Base):
    __tablename__ = "study_record"
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # 部分辦公時間進修 / 全時進修 / 公餘進修
    school: Mapped[str | None] = mapped_column(String(100))
    programme: Mapped[str | None] = mapped_column(String(100))  # 系所
    degree: Mapped[str | None] = mapped_column(String(50))  # 學位或學分 (碩士, 學分班 …)
    start_date: Mapped[dt.date] = mapped_column(Date, index=True)
    end_date: Mapped[dt.date | None] = mapped_column(Date)  # None: not yet known
    job_related: Mapped[bool | None] = mapped_column(Boolean)  # None: not yet judged
    approved_on: Mapped[dt.date | None] = mapped_column(Date)  # the head's approval
    note: Mapped[str | None] = mapped_column(Text)
    # Optimistic locking: two officers editing one record never overwrite each other.
    version: Mapped[int] = mapped_column(Integer, default=1)

    weekdays: Mapped[list[StudyWeekday]] = relationship(
        back_populates="record", order_by="StudyWeekday.weekday", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012  (SQLAlchemy reads it once)


class StudyWeekday(Base):
    """The office minutes of one weekday (0 = Monday) of a 部分辦公時間進修 schedule."""

    __tablename__ = "study_weekday"
    record_id: Mapped[int] = mapped_column(
        ForeignKey("study_record.id", ondelete="CASCADE"), primary_key=True
    )
    weekday: Mapped[int] = mapped_column(Integer, primary_key=True)
    minutes: Mapped[int] = mapped_column(Integer)

    record: Mapped[StudyRecord] = relationship(back_populates="weekdays")
