"""Plain input records for the appraisal forms (SPEC §3.3): no database, no Qt.

The services fill them; ``interim_form`` (平時成績考核紀錄表), ``appraisal_list`` (考績清冊)
and ``appraisal_notice`` (考績通知書) draw them. Text is already in its printed form
(official Chinese wording; dates are ``datetime.date`` and printed as ROC dates here).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, kw_only=True)
class InterimItemLine:
    """One 考核項目 with the chosen level code ("" blank); ``rated`` False for an item this
    person is not rated on (領導協調 for a non-supervisor)."""

    name: str
    level: str = ""
    rated: bool = True
    note: str = ""  # e.g. （主管人員）


@dataclass(frozen=True, kw_only=True)
class InterimForm:
    """One person's 平時成績考核紀錄表 of one period (blank for heads to fill in, or filled)."""

    agency: str
    roc_year: int
    period: int
    period_text: str  # e.g. 1月至4月
    unit: str
    title: str
    name: str
    items: tuple[InterimItemLine, ...]
    levels: tuple[tuple[str, str], ...]  # (code, label) of the scale
    facts: str = ""
    appraiser: str = ""
    blank: bool = False


@dataclass(frozen=True, kw_only=True)
class ListLine:
    """One person on the 考績清冊."""

    unit: str
    title: str
    name: str
    item_score: str
    net_points: str
    score: str
    grade: str
    problems: str = ""
    evidence: str = ""
    status: str = ""


@dataclass(frozen=True, kw_only=True)
class ListGroup:
    """The people of one 官等 and its line of figures (people, grades, 甲等比例)."""

    rank_group: str
    lines: tuple[ListLine, ...]
    summary: str


@dataclass(frozen=True, kw_only=True)
class AppraisalList:
    """The 考績清冊 of one kind for the committee, grouped by 官等."""

    agency: str
    roc_year: int
    kind: str  # 年終考績 / 另予考績
    groups: tuple[ListGroup, ...]
    statistics: tuple[tuple[str, ...], ...] = ()  # rows under STATISTICS_HEADER
    meeting_date: date | None = None
    members: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


STATISTICS_HEADER = (
    "官等",
    "人數",
    "甲",
    "乙",
    "丙",
    "丁",
    "未評定",
    "甲等比例",
    "上限",
    "可列甲等",
)


@dataclass(frozen=True, kw_only=True)
class Notice:
    """One person's 考績通知書: what the grade brings (考績法 §7–8) and, for 丁, the remedies."""

    agency: str
    head_title: str
    head_name: str
    roc_year: int
    kind: str
    name: str
    unit: str
    title: str
    employee_no: str
    score: int
    grade: str
    effect: str  # e.g. 晉本俸一級，並給與一個月俸給總額之一次獎金
    article: str  # e.g. 公務人員考績法第七條第一項第一款
    net_points: str = ""
    remedies: str | None = None
    issue_date: date | None = None
    extra: tuple[str, ...] = field(default_factory=tuple)
