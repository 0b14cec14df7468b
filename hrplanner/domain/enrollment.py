"""Enrollment rules (SPEC R8): seats, the waitlist, promotion, substitution and overlaps.

The waitlist order is registration time, ties broken by enrollment id so that the order is
the same on every screen and every run.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from hrplanner.domain.vocabulary import ENROLLED, ENROLLMENT_STATUSES, WAITLISTED
from hrplanner.i18n import _

_DAY_MINUTES = 24 * 60


@dataclass(frozen=True)
class Seat:
    """One enrollment as the seat rules see it."""

    enrollment_id: int
    registered_at: datetime
    status: str

    def __post_init__(self) -> None:
        if self.status not in ENROLLMENT_STATUSES:
            raise ValueError(
                _("報名狀態「{status}」無法辨識，只能是{allowed}").format(
                    status=self.status, allowed="、".join(ENROLLMENT_STATUSES)
                )
            )


def _check_capacity(capacity: int | None) -> None:
    if capacity is not None and capacity < 0:
        raise ValueError(_("名額不可為負數（收到 {capacity}）").format(capacity=capacity))


def initial_status(capacity: int | None, enrolled_count: int) -> str:
    """正取 while seats remain (``None`` = unlimited), else 備取."""
    _check_capacity(capacity)
    if capacity is None or enrolled_count < capacity:
        return ENROLLED
    return WAITLISTED


def waitlist(seats: Sequence[Seat]) -> list[Seat]:
    """The waitlisted seats in promotion order."""
    waiting = [s for s in seats if s.status == WAITLISTED]
    return sorted(waiting, key=lambda s: (s.registered_at, s.enrollment_id))


def waitlist_positions(seats: Sequence[Seat]) -> dict[int, int]:
    """備取 number (1 = next to be promoted) by enrollment id, for rosters and screens."""
    return {s.enrollment_id: n for n, s in enumerate(waitlist(seats), start=1)}


def promotion_after_cancel(
    seats: Sequence[Seat], capacity: int | None, class_started: bool
) -> list[int]:
    """Waitlisted enrollment ids to promote, in registration order, to fill free seats.

    Works after a cancellation or a capacity increase alike. Nobody is promoted once the
    class has started: a late promotion would leave the person with missed sessions.
    """
    _check_capacity(capacity)
    if class_started:
        return []
    queue = waitlist(seats)
    if capacity is None:
        return [s.enrollment_id for s in queue]
    enrolled = sum(1 for s in seats if s.status == ENROLLED)
    free = max(0, capacity - enrolled)
    return [s.enrollment_id for s in queue[:free]]


def assign_by_registration(
    capacity: int | None, registrations: Sequence[tuple[int, datetime]]
) -> dict[int, str]:
    """Statuses by registration time, for imported enrollments that give no status."""
    _check_capacity(capacity)
    ordered = sorted(registrations, key=lambda r: (r[1], r[0]))
    return {
        enrollment_id: initial_status(capacity, position)
        for position, (enrollment_id, _registered_at) in enumerate(ordered)
    }


def promotion_notice(name: str) -> str:
    """What the screen says after an automatic promotion."""
    # Prose, not quoted values: the English says "waiting list", not 備取.
    return _("{name}已由備取遞補為正取").format(name=name.strip())


def substitution_note(new_name: str) -> str:
    """The note left on the replaced enrollment, e.g. 由王小明遞補 (data: stays Chinese)."""
    name = new_name.strip()
    if not name:
        raise ValueError(_("遞補人員姓名不可空白"))
    return f"由{name}遞補"


def enrollment_problems(
    *,
    employee_id: int,
    employee_active: bool,
    enrolled_employee_ids: Sequence[int],
    deputy_id: int | None = None,
    deputy_active: bool = True,
) -> list[str]:
    """Why a person cannot enroll in a class (R8); an empty list means they can.

    ``enrolled_employee_ids`` are the people already holding a 正取 or 備取 seat in the class.
    """
    problems: list[str] = []
    if not employee_active:
        problems.append(_("只有在職人員可以報名"))
    if employee_id in enrolled_employee_ids:
        problems.append(_("此人已報名本班期，不可重複報名"))
    if deputy_id is not None:
        if deputy_id == employee_id:
            problems.append(_("職務代理人須為報名者以外的人員"))
        elif not deputy_active:
            problems.append(_("職務代理人須為在職人員"))
    return problems


@dataclass(frozen=True)
class TimeSpan:
    """When a session takes place; without times it occupies the whole day."""

    date: date
    start: time | None
    end: time | None

    def __post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.end <= self.start:
            raise ValueError(
                _("結束時間 {end} 須晚於開始時間 {start}").format(
                    end=f"{self.end:%H:%M}", start=f"{self.start:%H:%M}"
                )
            )

    def minute_range(self) -> tuple[int, int]:
        """[start, end) in minutes after midnight; a missing time extends to the day's edge."""
        start = 0 if self.start is None else self.start.hour * 60 + self.start.minute
        end = _DAY_MINUTES if self.end is None else self.end.hour * 60 + self.end.minute
        return start, end


def _intersects(x: TimeSpan, y: TimeSpan) -> bool:
    if x.date != y.date:
        return False
    x_start, x_end = x.minute_range()
    y_start, y_end = y.minute_range()
    # Half-open spans: a class ending at 12:00 does not clash with one starting at 12:00.
    return x_start < y_end and y_start < x_end


def overlapping(a: Sequence[TimeSpan], b: Sequence[TimeSpan]) -> list[tuple[TimeSpan, TimeSpan]]:
    """Pairs (session of ``a``, session of ``b``) that clash, in the order of ``a`` then ``b``."""
    return [(x, y) for x in a for y in b if _intersects(x, y)]
