"""Training classes, sessions, enrollments, attendance, and the credit stored when a class
closes."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hrplanner.domain import vocabulary as v
from hrplanner.storage.models.base import Base
from hrplanner.storage.models.reference import ClassCategory, LearningTopic


class TrainingClass(Base):
    __tablename__ = "training_class"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("class_category.id"))
    organizing: Mapped[str] = mapped_column(String(4), default=v.RUN_HERE)  # 自辦 / 委辦 / 薦送
    mode: Mapped[str] = mapped_column(String(4), default=v.IN_PERSON)  # 實體 / 數位 / 混成
    organizer: Mapped[str | None] = mapped_column(String(100))
    location: Mapped[str | None] = mapped_column(String(200))
    instructor: Mapped[str | None] = mapped_column(String(200))
    capacity: Mapped[int | None] = mapped_column(Integer)
    registration_deadline: Mapped[dt.date | None] = mapped_column(Date)
    # Leave limit as an exact fraction of the class hours (default 1/3).
    leave_limit_num: Mapped[int] = mapped_column(Integer, default=1)
    leave_limit_den: Mapped[int] = mapped_column(Integer, default=3)
    portal_code: Mapped[str | None] = mapped_column(String(50))
    # Derived by the day: 規劃中 / 報名中 / 進行中; stored only for the terminal states.
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    registered_on: Mapped[dt.date | None] = mapped_column(Date)
    # First and last session dates, kept in step with the sessions for fast year queries.
    start_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    end_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    note: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)

    category: Mapped[ClassCategory | None] = relationship()
    sessions: Mapped[list[ClassSession]] = relationship(
        back_populates="training_class",
        order_by="ClassSession.session_no",
        cascade="all, delete-orphan",
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012  (SQLAlchemy reads it once)


class ClassSession(Base):
    __tablename__ = "class_session"
    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("training_class.id", ondelete="CASCADE"))
    session_no: Mapped[int] = mapped_column(Integer)
    date: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)
    minutes: Mapped[int] = mapped_column(Integer)
    topic_id: Mapped[int] = mapped_column(ForeignKey("learning_topic.id"))
    meal_served: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)

    training_class: Mapped[TrainingClass] = relationship(back_populates="sessions")
    topic: Mapped[LearningTopic] = relationship()

    __table_args__ = (UniqueConstraint("class_id", "session_no"),)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012  (SQLAlchemy reads it once)


class Enrollment(Base):
    __tablename__ = "enrollment"
    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("training_class.id", ondelete="CASCADE"))
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id"), index=True)
    registered_at: Mapped[dt.datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(4), default=v.ENROLLED)  # 正取 / 備取 / 取消
    meal: Mapped[str] = mapped_column(String(4), default=v.MEAT)
    deputy_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    approved: Mapped[bool] = mapped_column(Boolean, default=False)
    completed: Mapped[bool] = mapped_column(Boolean, default=False)  # online classes
    note: Mapped[str | None] = mapped_column(Text)
    # Stored when the class is closed, so that yearly figures are a plain sum.
    credit_minutes: Mapped[int | None] = mapped_column(Integer)
    credit_reason: Mapped[str | None] = mapped_column(String(50))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (UniqueConstraint("class_id", "employee_id"),)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012  (SQLAlchemy reads it once)


class Attendance(Base):
    __tablename__ = "attendance"
    id: Mapped[int] = mapped_column(primary_key=True)
    enrollment_id: Mapped[int] = mapped_column(ForeignKey("enrollment.id", ondelete="CASCADE"))
    session_id: Mapped[int] = mapped_column(ForeignKey("class_session.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(4))  # 出席 / 請假 / 缺課
    leave_minutes: Mapped[int] = mapped_column(Integer, default=0)
    # The grid sends back the version of each cell it showed (0: the cell was empty).
    version: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (UniqueConstraint("enrollment_id", "session_id"),)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012  (SQLAlchemy reads it once)


class CreditByTopic(Base):
    """An enrollment's credited minutes per learning topic (written when the class closes)."""

    __tablename__ = "credit_by_topic"
    enrollment_id: Mapped[int] = mapped_column(
        ForeignKey("enrollment.id", ondelete="CASCADE"), primary_key=True
    )
    topic_id: Mapped[int] = mapped_column(ForeignKey("learning_topic.id"), primary_key=True)
    minutes: Mapped[int] = mapped_column(Integer)


Index("ix_attendance_session", Attendance.session_id)
Index("ix_enrollment_class_status", Enrollment.class_id, Enrollment.status)
Index("ix_class_session_class_date", ClassSession.class_id, ClassSession.date)
