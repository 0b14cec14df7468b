"""Plain input records for the printed forms (SPEC §3.3): no database, no Qt.

Services fill these from the database; the builders in this package turn them into PDF.
Hours are integer minutes (SPEC R3) or text the caller has already formatted.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path

from hrplanner.domain.credit import DEFAULT_LEAVE_LIMIT
from hrplanner.domain.credit import leave_limit_text as _leave_limit_text
from hrplanner.domain.vocabulary import ENROLLED

SIGNIN_COLUMNS = ("序號", "單位", "職稱", "姓名", "簽到", "簽退", "用餐", "備註")
SIGNIN_OPTIONAL_COLUMNS = ("身分證字號",)

DEFAULT_CERTIFICATE_TEMPLATE = (
    "{name} 君於中華民國{period}參加本機關辦理之「{class_title}」，研習時數共計{hours}，特此證明。"
)

# Placeholders a certificate template may use; see Certificate.
CERTIFICATE_PLACEHOLDERS = (
    "name",
    "class_title",
    "start",
    "end",
    "period",
    "hours",
    "agency",
    "head_title",
    "head_name",
    "number",
)

SATISFACTION_SCALE = ("非常滿意", "滿意", "普通", "不滿意", "非常不滿意")

DEFAULT_QUESTION_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "課程內容",
        (
            "課程內容符合研習主題與我的需求",
            "課程內容有助於我的工作",
            "課程時數安排適當",
        ),
    ),
    (
        "講座",
        (
            "講座具專業知識並能清楚表達",
            "講座能與學員互動並回應問題",
            "講義或教材內容充實",
        ),
    ),
    (
        "行政安排",
        (
            "上課時間安排適當",
            "場地及設備良好",
            "承辦單位行政服務良好",
        ),
    ),
    ("整體評價", ("整體而言，我對本次研習感到滿意",)),
)

DEFAULT_OPEN_QUESTIONS = (
    "本次研習對您最有幫助的部分：",
    "對本課程或講座的其他意見與建議：",
    "未來希望參加的研習主題：",
)

DEFAULT_QUESTIONNAIRE_INTRO = (
    "為瞭解本次研習的辦理成效並作為日後規劃課程之參考，敬請撥冗填寫本問卷。"
    "本問卷採不記名方式，請在每一題最符合您感受的□內打勾，謝謝您的協助。"
)


@dataclass(frozen=True, kw_only=True)
class SigninRow:
    """One enrollee on a sign-in sheet; the identity number is printed masked only."""

    name: str
    unit: str = ""
    title: str = ""
    meal: str = ""  # 葷 / 素 / 不用餐
    note: str = ""
    national_id_masked: str = ""


@dataclass(frozen=True, kw_only=True)
class SigninSheet:
    """One session's sign-in sheet (簽到表)."""

    agency: str
    class_title: str
    session_date: date
    rows: list[SigninRow] = field(default_factory=list)
    class_code: str = ""
    session_no: int = 1
    start: time | None = None
    end: time | None = None
    location: str = ""
    hours_text: str = ""  # e.g. "3小時"
    meal_counts: Mapping[str, int] | None = None  # None: no meal served at this session
    columns: tuple[str, ...] = SIGNIN_COLUMNS
    blank_rows: int = 5  # for walk-ins
    landscape: bool = False
    session_count: int = 1  # shows "第1場／共3場" when the class has several sessions


@dataclass(frozen=True, kw_only=True)
class Certificate:
    """One person's 研習證明書.

    `body_template` placeholders: {name} {class_title} {start} {end} (`109年3月5日`),
    {period} (`109年3月5日至3月6日`), {hours} (hours_text), {agency} {head_title}
    {head_name} {number}.
    """

    number: str  # as issued, e.g. "(109)研字第0001號"
    name: str
    class_title: str
    start_date: date
    end_date: date
    hours_text: str  # e.g. "6小時"
    agency: str
    head_title: str
    head_name: str
    issue_date: date
    body_template: str = DEFAULT_CERTIFICATE_TEMPLATE
    seal_image: Path | None = None


@dataclass(frozen=True, kw_only=True)
class RosterRow:
    """One enrollee's result in a class (班期成績冊)."""

    name: str
    unit: str = ""
    title: str = ""
    status: str = ENROLLED
    attendance: str = ""  # e.g. "3/3 場" or "出席 2、請假 1"
    leave_minutes: int = 0
    credit_minutes: int = 0
    reason: str = ""  # e.g. 未請假缺課, 請假逾三分之一


@dataclass(frozen=True, kw_only=True)
class Roster:
    """A class roster with leave, credit and the reason when no credit is earned."""

    agency: str
    class_title: str
    start_date: date
    end_date: date
    rows: list[RosterRow] = field(default_factory=list)
    class_code: str = ""
    class_minutes: int = 0
    leave_limit_text: str = _leave_limit_text(DEFAULT_LEAVE_LIMIT)  # 三分之一
    organizer: str = ""


@dataclass(frozen=True, kw_only=True)
class Questionnaire:
    """A blank satisfaction questionnaire (滿意度調查表) for one class."""

    agency: str
    class_title: str
    class_date: date | None = None
    instructor: str = ""
    sections: tuple[tuple[str, tuple[str, ...]], ...] = DEFAULT_QUESTION_SECTIONS
    scale: tuple[str, ...] = SATISFACTION_SCALE
    open_questions: tuple[str, ...] = DEFAULT_OPEN_QUESTIONS
    intro: str = DEFAULT_QUESTIONNAIRE_INTRO
    # The printed number of each rated question in order (a template's own numbering, which
    # answers are typed by); empty: 1, 2, 3 … through the sections.
    numbers: tuple[int, ...] = ()
