"""The ORM schema. Hours are stored as integer minutes; nothing here holds business rules."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


# --- reference lists (data, editable) -------------------------------------------------


class Unit(Base):
    __tablename__ = "unit"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class StaffCategory(Base):
    __tablename__ = "staff_category"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class RankGroup(Base):
    __tablename__ = "rank_group"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class LearningTopic(Base):
    __tablename__ = "learning_topic"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class ClassCategory(Base):
    __tablename__ = "class_category"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


# --- agency settings and audit ----------------------------------------------------------


class SettingValue(Base):
    """One agency setting, JSON-encoded; declarations and defaults live in ``settings.py``."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


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


# --- staff --------------------------------------------------------------------------------


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
    email: Mapped[str | None] = mapped_column(String(200))
    meal: Mapped[str] = mapped_column(String(4), default="葷")
    status: Mapped[str] = mapped_column(String(10), default="在職", index=True)
    is_supervisor: Mapped[bool] = mapped_column(Boolean, default=False)
    # Optimistic locking: two officers editing one record on a shared server never
    # silently overwrite each other.
    version: Mapped[int] = mapped_column(Integer, default=1)

    unit: Mapped[Unit] = relationship()
    category: Mapped[StaffCategory] = relationship()
    rank_group: Mapped[RankGroup | None] = relationship()

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012  (SQLAlchemy reads it once)


# --- training -----------------------------------------------------------------------------


class TrainingClass(Base):
    __tablename__ = "training_class"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("class_category.id"))
    organizing: Mapped[str] = mapped_column(String(4), default="自辦")  # 自辦 / 委辦 / 薦送
    mode: Mapped[str] = mapped_column(String(4), default="實體")  # 實體 / 數位 / 混成
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

    training_class: Mapped[TrainingClass] = relationship(back_populates="sessions")
    topic: Mapped[LearningTopic] = relationship()

    __table_args__ = (UniqueConstraint("class_id", "session_no"),)


class Enrollment(Base):
    __tablename__ = "enrollment"
    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("training_class.id", ondelete="CASCADE"))
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id"), index=True)
    registered_at: Mapped[dt.datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(4), default="正取")  # 正取 / 備取 / 取消
    meal: Mapped[str] = mapped_column(String(4), default="葷")
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

    __table_args__ = (UniqueConstraint("enrollment_id", "session_id"),)


class CreditByTopic(Base):
    """An enrollment's credited minutes per learning topic (written when the class closes)."""

    __tablename__ = "credit_by_topic"
    enrollment_id: Mapped[int] = mapped_column(
        ForeignKey("enrollment.id", ondelete="CASCADE"), primary_key=True
    )
    topic_id: Mapped[int] = mapped_column(ForeignKey("learning_topic.id"), primary_key=True)
    minutes: Mapped[int] = mapped_column(Integer)


class ExternalRecord(Base):
    """Learning done elsewhere (e-learning platforms, other agencies)."""

    __tablename__ = "external_record"
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    end_date: Mapped[dt.date] = mapped_column(Date, index=True)
    minutes: Mapped[int] = mapped_column(Integer)
    topic_id: Mapped[int] = mapped_column(ForeignKey("learning_topic.id"))
    mode: Mapped[str] = mapped_column(String(4), default="數位")
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


class Certificate(Base):
    __tablename__ = "certificate"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(50), unique=True)
    enrollment_id: Mapped[int] = mapped_column(ForeignKey("enrollment.id"))
    minutes: Mapped[int] = mapped_column(Integer)
    issued_on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(4), default="有效")  # 有效 / 待查 / 作廢
    voided_on: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (UniqueConstraint("year", "seq"),)


class CalendarOverride(Base):
    """A day whose working status differs from the package calendar (official CSV, typhoon)."""

    __tablename__ = "calendar_override"
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    is_day_off: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str | None] = mapped_column(String(100))
    source: Mapped[str] = mapped_column(String(10), default="manual")  # official / manual


Index("ix_attendance_session", Attendance.session_id)
Index("ix_enrollment_class_status", Enrollment.class_id, Enrollment.status)
Index("ix_class_session_class_date", ClassSession.class_id, ClassSession.date)
