"""Performance appraisal (SPEC R13, R14, R18): the year's cycle, interim records, year-end
appraisals, teachers' appraisals by school year, 獎懲 and the yearly leave summary.

Words (kinds, grades, statuses) are stored as the domain's Chinese values
(``hrplanner.domain.appraisal.vocabulary``). Days of leave are exact: integer thousandths
of a day (half and quarter days are common; a float would make 14 days compare as
13.999…). Every record an officer edits carries a version column, so that two officers on
a shared server never overwrite each other silently: a stale save is refused.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from hrplanner.storage.models.base import Base

# Schemes of a cycle: the 考績 of 公務人員 by calendar year, the teachers' 成績考核 by
# school year (named by the Gregorian year it starts in).
SCHEME_CIVIL = "考績"
SCHEME_TEACHER = "教師成績考核"
MILLI = 1000  # days are stored in thousandths


class AppraisalCycle(Base):
    """One opened year (or school year): what was in scope, the due date, the committee's
    meeting and the interim template the year uses (a copy, so that a later edit of the
    agency's template does not change past years)."""

    __tablename__ = "appraisal_cycle"
    id: Mapped[int] = mapped_column(primary_key=True)
    scheme: Mapped[str] = mapped_column(String(10))  # 考績 / 教師成績考核
    year: Mapped[int] = mapped_column(Integer)  # Gregorian (school year: the year it starts)
    opened_on: Mapped[dt.date] = mapped_column(Date)
    categories: Mapped[str] = mapped_column(String(200))  # staff categories, comma separated
    due: Mapped[dt.date] = mapped_column(Date)  # year-end (or school year) appraisals due
    meeting_date: Mapped[dt.date | None] = mapped_column(Date)  # 考績委員會 / 考核會
    template_json: Mapped[str | None] = mapped_column(Text)  # interim items and levels
    note: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (UniqueConstraint("scheme", "year"),)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012  (SQLAlchemy reads it once)


class CommitteeMember(Base):
    """A member of the year's 考績委員會 (or the school's 考核會)."""

    __tablename__ = "appraisal_committee_member"
    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("appraisal_cycle.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(50))
    role: Mapped[str | None] = mapped_column(String(50))  # 主任委員, 委員, 票選委員 …
    employee_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class InterimPeriodRow(Base):
    """One 期別 of an opened year with its months and due date (R13)."""

    __tablename__ = "interim_period"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)  # 1, 2, 3
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date] = mapped_column(Date)
    due: Mapped[dt.date] = mapped_column(Date)

    __table_args__ = (UniqueConstraint("year", "number"),)


class InterimRecordRow(Base):
    """One person's interim appraisal of one period: appraiser, status, the level of each
    item (JSON: item name → level code), the facts, and when it was first 已填 (timeliness
    is judged on that day)."""

    __tablename__ = "interim_record"
    id: Mapped[int] = mapped_column(primary_key=True)
    period_id: Mapped[int] = mapped_column(ForeignKey("interim_period.id", ondelete="CASCADE"))
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id"), index=True)
    appraiser_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"))
    supervisor: Mapped[bool] = mapped_column(Boolean, default=False)  # rated as 主管人員
    status: Mapped[str] = mapped_column(String(4))  # 未填 / 已填 / 已核
    levels_json: Mapped[str] = mapped_column(Text, default="{}")
    facts: Mapped[str | None] = mapped_column(Text)
    filled_on: Mapped[dt.date | None] = mapped_column(Date)
    confirmed_on: Mapped[dt.date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (UniqueConstraint("period_id", "employee_id"),)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012  (SQLAlchemy reads it once)


class Appraisal(Base):
    """One person's year-end (年終) or part-year (另予) appraisal of a calendar year (R14).

    ``kind`` None: in scope but no appraisal this year (under six months). ``suggested_kind``
    is what the service dates give; a different ``kind`` carries ``kind_reason``. The item
    score or the four components are the supervisor's; ``net_points``, ``score`` and
    ``grade`` are stored (and logged when they change) so that the 清冊 and notices show
    what was decided. ``rank_group`` is the 官等 of the year, kept with the record.
    """

    __tablename__ = "appraisal"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id"), index=True)
    rank_group: Mapped[str | None] = mapped_column(String(50))
    suggested_kind: Mapped[str | None] = mapped_column(String(4))  # 年終考績 / 另予考績
    kind: Mapped[str | None] = mapped_column(String(4))
    kind_reason: Mapped[str | None] = mapped_column(Text)
    months: Mapped[int] = mapped_column(Integer, default=0)
    work: Mapped[int | None] = mapped_column(Integer)  # 工作 ≤ 65
    conduct: Mapped[int | None] = mapped_column(Integer)  # 操行 ≤ 15
    knowledge: Mapped[int | None] = mapped_column(Integer)  # 學識 ≤ 10
    ability: Mapped[int | None] = mapped_column(Integer)  # 才能 ≤ 10
    item_score: Mapped[int | None] = mapped_column(Integer)
    net_points: Mapped[int] = mapped_column(Integer, default=0)
    score: Mapped[int | None] = mapped_column(Integer)
    grade: Mapped[str | None] = mapped_column(String(1))
    facts: Mapped[str | None] = mapped_column(Text)  # 重大優劣事實
    note: Mapped[str | None] = mapped_column(Text)
    punished: Mapped[bool] = mapped_column(Boolean, default=False)  # 刑事 / 懲戒處分
    d_ground: Mapped[str | None] = mapped_column(String(10))  # 考績法 §6 III / §12 code
    pay_position: Mapped[str] = mapped_column(String(20), default="本俸")
    status: Mapped[str] = mapped_column(String(4))  # 未評擬 … 已核定
    rated_on: Mapped[dt.date | None] = mapped_column(Date)
    first_review_on: Mapped[dt.date | None] = mapped_column(Date)
    head_review_on: Mapped[dt.date | None] = mapped_column(Date)
    approved_on: Mapped[dt.date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (UniqueConstraint("year", "employee_id"),)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012  (SQLAlchemy reads it once)


class TeacherAppraisal(Base):
    """A teacher's 成績考核 of one school year: an outcome of 辦法 §4 I, no score (R14)."""

    __tablename__ = "teacher_appraisal"
    id: Mapped[int] = mapped_column(primary_key=True)
    school_year: Mapped[int] = mapped_column(Integer)  # Gregorian year it starts in
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id"), index=True)
    outcome: Mapped[str | None] = mapped_column(String(5))  # 4-1-1 / 4-1-2 / 4-1-3
    facts: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(4))
    rated_on: Mapped[dt.date | None] = mapped_column(Date)
    first_review_on: Mapped[dt.date | None] = mapped_column(Date)
    head_review_on: Mapped[dt.date | None] = mapped_column(Date)
    approved_on: Mapped[dt.date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (UniqueConstraint("school_year", "employee_id"),)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012  (SQLAlchemy reads it once)


class RewardRecord(Base):
    """One 獎懲 (R14): date, kind, count, reason, document number; it counts toward the
    appraisal of the calendar year of its date."""

    __tablename__ = "reward_record"
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id"), index=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(4))  # 嘉獎 … 記大過
    count: Mapped[int] = mapped_column(Integer, default=1)
    reason: Mapped[str | None] = mapped_column(Text)
    doc_no: Mapped[str] = mapped_column(String(100))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (UniqueConstraint("employee_id", "date", "kind", "doc_no"),)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012  (SQLAlchemy reads it once)


class LeaveSummaryRow(Base):
    """差勤統計 of one person and year (R18): 事病假 (protected kinds already left out) and
    曠職 in thousandths of a day, 遲到早退 as a count."""

    __tablename__ = "leave_summary"
    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id"))
    year: Mapped[int] = mapped_column(Integer)
    sick_personal_milli: Mapped[int] = mapped_column(Integer, default=0)
    absent_milli: Mapped[int] = mapped_column(Integer, default=0)
    late_count: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (UniqueConstraint("employee_id", "year"),)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012  (SQLAlchemy reads it once)


Index("ix_appraisal_year_status", Appraisal.year, Appraisal.status)
Index("ix_interim_record_period_status", InterimRecordRow.period_id, InterimRecordRow.status)
Index("ix_leave_summary_year", LeaveSummaryRow.year)
