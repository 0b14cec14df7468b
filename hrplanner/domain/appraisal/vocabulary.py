"""The words of the appraisal area, declared once (SPEC §1, R13, R14, R18, §3.1).

Kinds, grades, workflow and interim statuses, reward and penalty kinds with their weights,
the score components and their limits, the protected leave kinds, the teachers' outcomes
and the grounds of 考績法 §6 for 丁等. The words the whole product shares (staff category
教師, the 官等 簡任 / 薦任 / 委任, which are editable data) stay in
:mod:`hrplanner.domain.vocabulary`. The enum values are
the Chinese words themselves, so they are what the database stores and the files carry;
``parse_*`` read the file values (``年終``/``另予``, ``4-1-1`` …) and the full words alike.

The interim items and level scale are an editable template and live in
:mod:`hrplanner.domain.appraisal.interim_template`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from hrplanner.i18n import _


class AppraisalKind(StrEnum):
    """考績種類 (考績法 §3); 專案考績 is a reward record, not a year's appraisal."""

    YEAR_END = "年終考績"
    PART_YEAR = "另予考績"

    @property
    def file_value(self) -> str:
        """The value of the 考績種類 column of the 考績 workbook (§3.1): 年終 / 另予."""
        return _KIND_FILE_VALUES[self]


_KIND_FILE_VALUES: Mapping[AppraisalKind, str] = MappingProxyType(
    {AppraisalKind.YEAR_END: "年終", AppraisalKind.PART_YEAR: "另予"}
)


class Grade(StrEnum):
    """考績等次, best first."""

    A = "甲"
    B = "乙"
    C = "丙"
    D = "丁"

    @property
    def rank(self) -> int:
        """0 for 甲 … 3 for 丁: lower is better."""
        return GRADES.index(self)

    def is_better_than(self, other: Grade) -> bool:
        return self.rank < other.rank

    def is_worse_than(self, other: Grade) -> bool:
        return self.rank > other.rank


GRADES: tuple[Grade, ...] = (Grade.A, Grade.B, Grade.C, Grade.D)

# 考績法 §6 I: 甲 80 分以上, 乙 70 以上不滿 80, 丙 60 以上不滿 70, 丁 不滿 60. Law, not a setting.
GRADE_FLOORS: Mapping[Grade, int] = MappingProxyType(
    {Grade.A: 80, Grade.B: 70, Grade.C: 60, Grade.D: 0}
)
SCORE_MIN, SCORE_MAX = 0, 100


class WorkflowStatus(StrEnum):
    """Year-end (and teachers') appraisal workflow, in order (R14 *Workflow*)."""

    NOT_RATED = "未評擬"
    RATED = "已評擬"  # the unit head has rated
    FIRST_REVIEW = "初核"  # 考績委員會 (教師: 考核會), with the meeting date
    HEAD_REVIEW = "覆核"  # 機關首長
    APPROVED = "已核定"


WORKFLOW_ORDER: tuple[WorkflowStatus, ...] = tuple(WorkflowStatus)


class InterimStatus(StrEnum):
    """Interim appraisal record status (R13)."""

    NOT_FILLED = "未填"
    FILLED = "已填"
    CONFIRMED = "已核"


class RewardKind(StrEnum):
    """獎懲種類 (考績法 §12 I ①)."""

    COMMENDATION = "嘉獎"
    MERIT = "記功"
    MAJOR_MERIT = "記大功"
    REPRIMAND = "申誡"
    DEMERIT = "記過"
    MAJOR_DEMERIT = "記大過"

    @property
    def weight(self) -> int:
        """Points per time in units of 嘉獎 (細則 §16): ±1, ±3, ±9, penalties negative."""
        return REWARD_WEIGHTS[self]


REWARD_WEIGHTS: Mapping[RewardKind, int] = MappingProxyType(
    {
        RewardKind.COMMENDATION: 1,
        RewardKind.MERIT: 3,
        RewardKind.MAJOR_MERIT: 9,
        RewardKind.REPRIMAND: -1,
        RewardKind.DEMERIT: -3,
        RewardKind.MAJOR_DEMERIT: -9,
    }
)
ONE_MAJOR = 9  # 一大功 / 一大過 in units of 嘉獎
TWO_MAJOR = 18  # 二大功 / 二大過


class Component(StrEnum):
    """The four parts of the item score (細則 §3), with their column names in §3.1."""

    WORK = "工作"
    CONDUCT = "操行"
    KNOWLEDGE = "學識"
    ABILITY = "才能"


# The upper limits of SPEC R14 (65 + 15 + 10 + 10 = 100); an argument with this default
# wherever they are used, because an agency's own 考績表 may divide the 100 points otherwise.
DEFAULT_COMPONENT_LIMITS: Mapping[Component, int] = MappingProxyType(
    {Component.WORK: 65, Component.CONDUCT: 15, Component.KNOWLEDGE: 10, Component.ABILITY: 10}
)

# Leave kinds that never count toward 事病假 for the 甲等 bar (R14, R18).
PROTECTED_LEAVE_KINDS: tuple[str, ...] = ("家庭照顧假", "身心調適假", "生理假", "安胎")


class TeacherOutcome(StrEnum):
    """教師成績考核結果 (公立高級中等以下學校教師成績考核辦法 §4 I); file values 4-1-x."""

    FIRST = "4-1-1"
    SECOND = "4-1-2"
    THIRD = "4-1-3"

    @property
    def label(self) -> str:
        """The outcome as written on forms: 第四條第一項第一款."""
        return _OUTCOME_LABELS[self]


_OUTCOME_LABELS: Mapping[TeacherOutcome, str] = MappingProxyType(
    {
        TeacherOutcome.FIRST: "第四條第一項第一款",
        TeacherOutcome.SECOND: "第四條第一項第二款",
        TeacherOutcome.THIRD: "第四條第一項第三款",
    }
)


@dataclass(frozen=True)
class DGround:
    """A ground on which a 丁等 may rest: its code (stored with the appraisal), the article
    and the law's words (printed, so not translated)."""

    code: str
    article: str
    text: str


# 考績法 §6 III (非有左列情形之一者，不得考列丁等) and the 二大過 rule of §12 I ①.
D_GROUNDS: tuple[DGround, ...] = (
    DGround(
        "6-3-1",
        "公務人員考績法第六條第三項第一款",
        "挑撥離間或誣控濫告，情節重大，經疏導無效，有確實證據者。",
    ),
    DGround(
        "6-3-2",
        "公務人員考績法第六條第三項第二款",
        "不聽指揮，破壞紀律，情節重大，經疏導無效，有確實證據者。",
    ),
    DGround(
        "6-3-3",
        "公務人員考績法第六條第三項第三款",
        "怠忽職守，稽延公務，造成重大不良後果，有確實證據者。",
    ),
    DGround(
        "6-3-4",
        "公務人員考績法第六條第三項第四款",
        "品行不端，或違反有關法令禁止事項，嚴重損害公務人員聲譽，有確實證據者。",
    ),
    DGround(
        "12-1-1",
        "公務人員考績法第十二條第一項第一款",
        "平時考核獎懲得互相抵銷，無獎懲抵銷而累積達二大過者，年終考績應列丁等。",
    ),
)
TWO_MAJOR_DEMERITS_GROUND = "12-1-1"
D_GROUND_CODES: tuple[str, ...] = tuple(g.code for g in D_GROUNDS)


def d_ground(code: str) -> DGround | None:
    """The ground with ``code``, or None."""
    return next((g for g in D_GROUNDS if g.code == code), None)


# --- reading file values ---------------------------------------------------------------------


def _clean(value: object) -> str:
    return str(value).strip() if value is not None else ""


def parse_kind(value: object) -> AppraisalKind:
    """考績種類 from a file or a form: 年終 / 另予 or 年終考績 / 另予考績."""
    text = _clean(value)
    for kind in AppraisalKind:
        if text in (kind.value, kind.file_value):
            return kind
    raise ValueError(_("考績種類「{value}」無法辨識，只能是年終或另予").format(value=text))


def parse_grade(value: object) -> Grade:
    """考績等次: 甲 / 乙 / 丙 / 丁, also written 甲等."""
    text = _clean(value).removesuffix("等")
    try:
        return Grade(text)
    except ValueError:
        raise ValueError(
            _("考績等次「{value}」無法辨識，只能是甲、乙、丙或丁").format(value=_clean(value))
        ) from None


def parse_reward_kind(value: object) -> RewardKind:
    """獎懲種類: 嘉獎 / 記功 / 記大功 / 申誡 / 記過 / 記大過."""
    text = _clean(value)
    try:
        return RewardKind(text)
    except ValueError:
        raise ValueError(
            _("獎懲種類「{value}」無法辨識，只能是嘉獎、記功、記大功、申誡、記過或記大過").format(
                value=text
            )
        ) from None


def parse_interim_status(value: object) -> InterimStatus:
    """平時考核狀態: 未填 / 已填 / 已核."""
    text = _clean(value)
    try:
        return InterimStatus(text)
    except ValueError:
        raise ValueError(
            _("平時考核狀態「{value}」無法辨識，只能是未填、已填或已核").format(value=text)
        ) from None


def parse_workflow_status(value: object) -> WorkflowStatus:
    """考績狀態: 未評擬 / 已評擬 / 初核 / 覆核 / 已核定."""
    text = _clean(value)
    try:
        return WorkflowStatus(text)
    except ValueError:
        raise ValueError(
            _("考績狀態「{value}」無法辨識，只能是未評擬、已評擬、初核、覆核或已核定").format(
                value=text
            )
        ) from None


def parse_teacher_outcome(value: object) -> TeacherOutcome:
    """教師考核結果: 4-1-1 / 4-1-2 / 4-1-3 or 第四條第一項第一款 …"""
    text = _clean(value)
    for outcome in TeacherOutcome:
        if text in (outcome.value, outcome.label):
            return outcome
    raise ValueError(
        _(
            "考核結果「{value}」無法辨識，只能是4-1-1、4-1-2或4-1-3（第四條第一項第一款至第三款）"
        ).format(value=text)
    )
