"""Class hours, attendance marks and lifelong-learning credit (SPEC R3, R4, R5).

Pure functions over plain values: the training service loads sessions and attendance rows,
calls :func:`compute_credit` when a class is closed and :func:`credit_outlook` while
attendance is being typed in. Hours are integer minutes and the leave limit is an exact
:class:`~fractions.Fraction`, so "exactly one third of leave still earns credit" holds with
no rounding anywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from fractions import Fraction

from hrplanner.domain.hours import hours_phrase
from hrplanner.domain.hours import hours_text as hours_text  # its home is domain.hours
from hrplanner.domain.vocabulary import ABSENT, ATTENDANCE_STATUSES, LEAVE, PRESENT
from hrplanner.i18n import _, ngettext

# The reasons are stored with the enrollment and printed on the roster: data, in Chinese.
REASON_ABSENT = "未請假缺課"
REASON_INCOMPLETE = "未完成"
# R5: the leave limit a class gets unless it says otherwise (the one declaration).
DEFAULT_LEAVE_LIMIT = Fraction(1, 3)

_DIGITS = "零一二三四五六七八九"


class MissingAttendance(ValueError):
    """Some sessions have no attendance record, so the credit cannot be decided yet."""

    def __init__(self, session_ids: Sequence[int]) -> None:
        self.session_ids: tuple[int, ...] = tuple(session_ids)
        n = len(self.session_ids)
        super().__init__(
            ngettext(
                "尚有 {n} 個場次未登錄出席紀錄，無法計算學習時數（所有場次都登錄後才能結訓）",
                "尚有 {n} 個場次未登錄出席紀錄，無法計算學習時數（所有場次都登錄後才能結訓）",
                n,
            ).format(n=n)
        )


@dataclass(frozen=True)
class SessionInfo:
    """One session of a class as the credit rule sees it."""

    session_id: int
    minutes: int
    topic: str

    def __post_init__(self) -> None:
        if self.minutes <= 0:
            raise ValueError(_session_not_positive(self.minutes))


@dataclass(frozen=True)
class Mark:
    """One person's attendance at one session (R4); build it with :func:`make_mark`."""

    status: str
    leave_minutes: int = 0

    def __post_init__(self) -> None:
        # Checked here too so that a Mark rebuilt from stored rows cannot smuggle in leave
        # on a 出席 record, which would silently change the credit.
        if self.status not in ATTENDANCE_STATUSES:
            raise ValueError(_unknown_status(self.status))
        if self.leave_minutes < 0:
            raise ValueError(_("請假時數不可為負數"))
        if self.status != LEAVE and self.leave_minutes:
            raise ValueError(
                _("「{status}」不可登錄請假時數；遲到早退請以「{leave}」登錄").format(
                    status=self.status, leave=LEAVE
                )
            )


@dataclass(frozen=True)
class CreditResult:
    """Credited minutes, their split by learning topic, and why nothing was credited."""

    minutes: int
    by_topic: dict[str, int]
    reason: str | None


def _unknown_status(status: str) -> str:
    return _("出席狀態「{status}」無法辨識，只能是{allowed}").format(
        status=status, allowed="、".join(ATTENDANCE_STATUSES)
    )


def _session_not_positive(minutes: int) -> str:
    return ngettext(
        "場次時數須大於 0（收到 {n} 分鐘）", "場次時數須大於 0（收到 {n} 分鐘）", minutes
    ).format(n=minutes)


def _leave_exceeds_session(leave_minutes: int, session_minutes: int) -> str:
    return _("請假時數（{leave}）不可超過該場次時數（{session}）").format(
        leave=hours_phrase(leave_minutes), session=hours_phrase(session_minutes)
    )


def span_minutes(start: time, end: time) -> int:
    """The default hours of a session from its time span (R3)."""
    today = date(2000, 1, 1)
    delta = datetime.combine(today, end) - datetime.combine(today, start)
    minutes = int(delta.total_seconds()) // 60
    if minutes <= 0:
        raise ValueError(
            _("結束時間 {end} 須晚於開始時間 {start}").format(
                end=f"{end:%H:%M}", start=f"{start:%H:%M}"
            )
        )
    return minutes


def make_mark(status: str, session_minutes: int, leave_minutes: int | None = None) -> Mark:
    """Validate one attendance entry (R4).

    請假 with no leave minutes means the whole session. 出席 and 缺課 carry no leave: any
    leave minutes given with them are ignored, as the brief for entry forms asks.
    """
    status = status.strip()
    if status not in ATTENDANCE_STATUSES:
        raise ValueError(_unknown_status(status))
    if session_minutes <= 0:
        raise ValueError(_session_not_positive(session_minutes))
    if status != LEAVE:
        return Mark(status)
    if leave_minutes is None:
        return Mark(LEAVE, session_minutes)
    if leave_minutes < 0:
        raise ValueError(_("請假時數不可為負數"))
    if leave_minutes == 0:
        raise ValueError(
            _("「{leave}」須登錄大於 0 的請假時數；全程參加請登錄「{present}」").format(
                leave=LEAVE, present=PRESENT
            )
        )
    if leave_minutes > session_minutes:
        raise ValueError(_leave_exceeds_session(leave_minutes, session_minutes))
    return Mark(LEAVE, leave_minutes)


def class_minutes(sessions: Iterable[SessionInfo]) -> int:
    """Class hours = the sum of its sessions' hours (R3)."""
    return sum(s.minutes for s in sessions)


def _numeral(n: int) -> str:
    """Chinese numerals for 1–99 (十一, 二十), as a personnel officer would write them."""
    if n < 10:
        return _DIGITS[n]
    tens, units = divmod(n, 10)
    head = "" if tens == 1 else _DIGITS[tens]
    return f"{head}十{_DIGITS[units] if units else ''}"


def validate_leave_limit(limit: Fraction) -> Fraction:
    """A leave limit must be a fraction of the class hours above 0 and at most 1."""
    if not 0 < limit <= 1:
        raise ValueError(
            _("請假上限須大於 0 且不超過課程全部時數（收到 {limit}）").format(limit=limit)
        )
    return limit


def leave_limit_text(limit: Fraction) -> str:
    """1/3 → 三分之一, 2/5 → 五分之二, 1 → 全部時數."""
    limit = validate_leave_limit(Fraction(limit))
    if limit == 1:
        return "全部時數"
    if limit.denominator >= 100:
        # Mixing 150 with 一 reads badly: past 99 both parts are Arabic.
        return f"{limit.denominator}分之{limit.numerator}"
    return f"{_numeral(limit.denominator)}分之{_numeral(limit.numerator)}"


def leave_reason(limit: Fraction) -> str:
    """The reason shown when leave exceeds the limit, e.g. 請假逾三分之一."""
    return f"請假逾{leave_limit_text(limit)}"


def _check_sessions(sessions: Sequence[SessionInfo]) -> None:
    if not sessions:
        raise ValueError(_("班期沒有任何場次，無法計算學習時數"))
    ids = [s.session_id for s in sessions]
    if len(set(ids)) != len(ids):
        raise ValueError(_("班期的場次編號重複"))


def _check_leave_fits(session: SessionInfo, mark: Mark) -> None:
    if mark.leave_minutes > session.minutes:
        raise ValueError(_leave_exceeds_session(mark.leave_minutes, session.minutes))


def _full_by_topic(sessions: Sequence[SessionInfo]) -> dict[str, int]:
    by_topic: dict[str, int] = {}
    for s in sessions:
        by_topic[s.topic] = by_topic.get(s.topic, 0) + s.minutes
    return by_topic


def compute_credit(
    sessions: Sequence[SessionInfo],
    marks: Mapping[int, Mark],
    *,
    leave_limit: Fraction = DEFAULT_LEAVE_LIMIT,
    full_hours_policy: bool = False,
    online: bool = False,
    completed: bool = False,
) -> CreditResult:
    """One enrolled person's credit for one class (R5).

    ``marks`` is keyed by session id; marks for sessions not in ``sessions`` are ignored.
    Online (數位) classes ignore attendance and credit their full hours on ``completed``.
    Raises :class:`MissingAttendance` when a live class has a session with no mark.
    """
    _check_sessions(sessions)
    validate_leave_limit(leave_limit)
    if online:
        if completed:
            return CreditResult(class_minutes(sessions), _full_by_topic(sessions), None)
        return CreditResult(0, {}, REASON_INCOMPLETE)

    missing = [s.session_id for s in sessions if s.session_id not in marks]
    if missing:
        raise MissingAttendance(missing)
    for s in sessions:
        _check_leave_fits(s, marks[s.session_id])

    if any(marks[s.session_id].status == ABSENT for s in sessions):
        return CreditResult(0, {}, REASON_ABSENT)
    total = class_minutes(sessions)
    leave = sum(marks[s.session_id].leave_minutes for s in sessions)
    # Exact comparison: 逾 means "exceeds", so leave of exactly the limit still earns.
    if leave > leave_limit * total:
        return CreditResult(0, {}, leave_reason(leave_limit))
    if full_hours_policy:
        return CreditResult(total, _full_by_topic(sessions), None)

    by_topic: dict[str, int] = {}
    for s in sessions:
        earned = s.minutes - marks[s.session_id].leave_minutes
        # A session taken entirely on leave adds no zero-minute topic row.
        if earned:
            by_topic[s.topic] = by_topic.get(s.topic, 0) + earned
    return CreditResult(total - leave, by_topic, None)


def credit_outlook(
    sessions: Sequence[SessionInfo],
    marks: Mapping[int, Mark | None],
    *,
    leave_limit: Fraction = DEFAULT_LEAVE_LIMIT,
) -> str | None:
    """While attendance is still being entered: the reason the person can no longer earn
    credit (a 缺課 recorded, or recorded leave already over the limit), else None.

    Sessions with no mark yet are simply not counted; they can only add leave, never
    take it away, so a warning once shown stays true.
    """
    validate_leave_limit(leave_limit)
    recorded = [(s, marks.get(s.session_id)) for s in sessions]
    if any(m is not None and m.status == ABSENT for _session, m in recorded):
        return REASON_ABSENT
    leave = sum(m.leave_minutes for _session, m in recorded if m is not None)
    if leave > leave_limit * class_minutes(sessions):
        return leave_reason(leave_limit)
    return None
