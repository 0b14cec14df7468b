"""Implementation plans and their KPIs (實施計畫、關鍵績效指標, SPEC R15).

A plan holds strategies, each holding actions (具體作法) with progress entries and the
training classes linked to them as evidence. KPIs belong to a plan (and usually one of its
strategies) and keep one row per year: the target as written, the actual as typed, imported
or last computed from the KPI's bound measure, and the 落後原因 / 因應策略 of a year below
target. Targets, actuals and the 資料來源 binding are kept as text exactly as the officer
wrote them; the rules that read them live in ``hrplanner.domain.plans``.

What users edit carries a version column (optimistic locking on a shared server).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hrplanner.storage.models.base import Base

# Where a year's actual came from (plan_kpi_year.actual_source).
TYPED, IMPORTED, COMPUTED = "手動", "匯入", "計算"


class Plan(Base):
    __tablename__ = "plan"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    made_on: Mapped[dt.date | None] = mapped_column(Date)  # 訂定日期
    basis: Mapped[str] = mapped_column(Text, default="")  # 依據
    goals: Mapped[str] = mapped_column(Text, default="")  # 目標
    target_group: Mapped[str] = mapped_column(Text, default="")  # 實施對象
    first_year: Mapped[int | None] = mapped_column(Integer)  # Gregorian
    last_year: Mapped[int | None] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(100), default="")  # 主辦單位
    version: Mapped[int] = mapped_column(Integer, default=1)

    strategies: Mapped[list[PlanStrategy]] = relationship(
        back_populates="plan", order_by="PlanStrategy.sort_order", cascade="all, delete-orphan"
    )
    kpis: Mapped[list[PlanKpi]] = relationship(
        back_populates="plan", order_by="PlanKpi.sort_order", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012  (SQLAlchemy reads it once)


class PlanStrategy(Base):
    __tablename__ = "plan_strategy"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    strategy_no: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)

    plan: Mapped[Plan] = relationship(back_populates="strategies")
    actions: Mapped[list[PlanAction]] = relationship(
        back_populates="strategy", order_by="PlanAction.sort_order", cascade="all, delete-orphan"
    )

    __table_args__ = (UniqueConstraint("plan_id", "strategy_no"),)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class PlanAction(Base):
    __tablename__ = "plan_action"
    id: Mapped[int] = mapped_column(primary_key=True)
    strategy_id: Mapped[int] = mapped_column(ForeignKey("plan_strategy.id", ondelete="CASCADE"))
    action_no: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text, default="")  # 具體作法
    schedule: Mapped[str] = mapped_column(String(200), default="")  # 辦理期程 as written
    indicators: Mapped[str] = mapped_column(Text, default="")  # 績效指標
    promoting_unit: Mapped[str] = mapped_column(String(200), default="")  # 推動單位
    implementing_unit: Mapped[str] = mapped_column(String(200), default="")  # 實施單位
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)

    strategy: Mapped[PlanStrategy] = relationship(back_populates="actions")
    progress: Mapped[list[PlanProgress]] = relationship(
        order_by="PlanProgress.day", cascade="all, delete-orphan"
    )

    __table_args__ = (UniqueConstraint("strategy_id", "action_no"),)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class PlanProgress(Base):
    """One progress entry of an action: a date, what was done, and how far (0–100 %)."""

    __tablename__ = "plan_progress"
    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(
        ForeignKey("plan_action.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text, default="")
    done_percent: Mapped[int | None] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class PlanActionClass(Base):
    """A training class linked to an action as evidence of what was done."""

    __tablename__ = "plan_action_class"
    action_id: Mapped[int] = mapped_column(
        ForeignKey("plan_action.id", ondelete="CASCADE"), primary_key=True
    )
    class_id: Mapped[int] = mapped_column(
        ForeignKey("training_class.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class PlanKpi(Base):
    __tablename__ = "plan_kpi"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"))
    kpi_no: Mapped[str] = mapped_column(String(20))
    strategy_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_strategy.id", ondelete="SET NULL")
    )
    name: Mapped[str] = mapped_column(Text, default="")  # 指標名稱
    standard: Mapped[str] = mapped_column(Text, default="")  # 衡量標準
    unit: Mapped[str] = mapped_column(String(20), default="")  # 單位
    direction: Mapped[str] = mapped_column(String(10))  # domain.plans.targets.Direction
    measure: Mapped[str] = mapped_column(Text, default="")  # 資料來源; "" = 手動
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)

    plan: Mapped[Plan] = relationship(back_populates="kpis")
    strategy: Mapped[PlanStrategy | None] = relationship()
    years: Mapped[list[PlanKpiYear]] = relationship(
        order_by="PlanKpiYear.year", cascade="all, delete-orphan"
    )

    __table_args__ = (UniqueConstraint("plan_id", "kpi_no"),)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class PlanKpiYear(Base):
    """One KPI in one (Gregorian) year: target as written and the actual with its source."""

    __tablename__ = "plan_kpi_year"
    id: Mapped[int] = mapped_column(primary_key=True)
    kpi_id: Mapped[int] = mapped_column(ForeignKey("plan_kpi.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    target: Mapped[str | None] = mapped_column(String(100))
    actual: Mapped[str | None] = mapped_column(String(100))
    actual_source: Mapped[str | None] = mapped_column(String(4))  # 手動 / 匯入 / 計算
    computed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # A computed actual exactly, as "numerator/denominator" in its unit (``actual`` holds it
    # for reading, rounded): a KPI bound to a rate reports the rate itself.
    computed_exact: Mapped[str | None] = mapped_column(String(60))
    reason: Mapped[str] = mapped_column(Text, default="")  # 落後原因
    countermeasure: Mapped[str] = mapped_column(Text, default="")  # 因應策略
    version: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (UniqueConstraint("kpi_id", "year"),)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class PlanReport(Base):
    """Whether a plan's report of a year is final (then its actuals no longer change)."""

    __tablename__ = "plan_report"
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("plan.id", ondelete="CASCADE"), primary_key=True
    )
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    final: Mapped[bool] = mapped_column(Boolean, default=False)
    final_on: Mapped[dt.date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
