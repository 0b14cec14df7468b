"""The seat rules of SPEC R8 applied to an enrollment import (``enrollment_import``), so that
a sheet cannot do what the screen refuses: an explicit 正取 beyond capacity is refused,
a cancelled 正取 promotes the first waitlisted person before the class starts, and seats
that clash with another class give a warning.

The promotion and overlap rules are the ones the screen uses (``domain.enrollment`` and
``services.enrollment``); this module only collects what the sheet changes, row by row.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrplanner.domain.enrollment import Seat, promotion_after_cancel
from hrplanner.domain.vocabulary import CANCELLED, ENROLLED, WAITLISTED
from hrplanner.i18n import _, ngettext
from hrplanner.services.common.errors import Problem
from hrplanner.services.common.wording import person_label
from hrplanner.services.training.enrollment import class_started, overlap_warnings
from hrplanner.storage.models import Employee, Enrollment
from hrplanner.storage.models import TrainingClass as TC

Key = tuple[int, int]  # class id, employee id


@dataclass(frozen=True)
class _Claim:
    row: int
    class_id: int
    existing: bool  # an update of a stored enrollment (else a new row)


@dataclass
class SeatChanges:
    """What the rows of one sheet do to the seats, in sheet order."""

    claims: list[_Claim] = field(default_factory=list)  # rows newly taking 正取 explicitly
    left: set[int] = field(default_factory=set)  # classes where a stored 正取 left the seat
    demoted: set[int] = field(default_factory=set)  # enrollments set to 備取 by the sheet
    seated: dict[int, set[int]] = field(default_factory=dict)  # class → newly seated people

    def update(self, row: int, seat: Enrollment, before: str) -> None:
        """A stored enrollment whose status the sheet changes from ``before``."""
        after = seat.status
        if after == before:
            return
        if after == ENROLLED:
            self.claims.append(_Claim(row, seat.class_id, True))
        if before == ENROLLED:
            self.left.add(seat.class_id)
        if after == WAITLISTED:
            self.demoted.add(seat.id)
        if after != CANCELLED:
            self.seated.setdefault(seat.class_id, set()).add(seat.employee_id)

    def add(self, row: int, class_id: int, employee_id: int, status: str | None) -> None:
        """A new enrollment; ``status`` None means it is decided later by capacity."""
        if status == ENROLLED:
            self.claims.append(_Claim(row, class_id, False))
        if status != CANCELLED:
            self.seated.setdefault(class_id, set()).add(employee_id)

    def incoming(self) -> Counter[int]:
        """New rows with an explicit 正取, by class."""
        return Counter(c.class_id for c in self.claims if not c.existing)


def capacity_problems(
    sheet: str,
    classes: Mapping[int, TC],
    current: Mapping[Key, Enrollment],
    changes: SeatChanges,
) -> list[Problem]:
    """Rows whose explicit 正取 goes beyond the class's capacity, in sheet order.

    ``current`` holds the stored enrollments with the sheet's changes applied; seats freed
    by the same sheet (取消, 備取) count as free, so a sheet may swap people.
    """
    held = Counter(cid for (cid, _person), e in current.items() if e.status == ENROLLED)
    held.subtract(c.class_id for c in changes.claims if c.existing)
    problems: list[Problem] = []
    for claim in changes.claims:
        cls = classes[claim.class_id]
        held[claim.class_id] += 1
        if cls.capacity is not None and held[claim.class_id] > cls.capacity:
            text = ngettext(
                "班期「{code}」名額為 {n} 人，正取已滿；"
                "請改為備取或留空（依報名時間排入），或先取消其他正取",
                "班期「{code}」名額為 {n} 人，正取已滿；"
                "請改為備取或留空（依報名時間排入），或先取消其他正取",
                cls.capacity,
            ).format(code=cls.code, n=cls.capacity)
            problems.append(Problem(text, sheet=sheet, row=claim.row, column="狀態"))
    return problems


def promote_after_import(
    s: Session,
    classes: Mapping[int, TC],
    current: Mapping[Key, Enrollment],
    changes: SeatChanges,
    today: dt.date,
) -> list[str]:
    """Promote waitlisted people into seats the sheet freed, as ``cancel_enrollment`` does:
    only in classes where a 正取 left, only before the class starts, never somebody the
    sheet itself set to 備取. New rows with an explicit 正取 take their seats first.
    Returns the notices for the report."""
    incoming = changes.incoming()
    promoted: list[tuple[TC, Enrollment]] = []
    for class_id in sorted(changes.left):
        cls = classes[class_id]
        rows = [e for (cid, _person), e in current.items() if cid == class_id]
        seats = [Seat(e.id, e.registered_at, e.status) for e in rows if e.id not in changes.demoted]
        seats += [Seat(-n, dt.datetime.min, ENROLLED) for n in range(1, incoming[class_id] + 1)]
        chosen = promotion_after_cancel(seats, cls.capacity, class_started(cls, today))
        by_id = {e.id: e for e in rows}
        for enrollment_id in chosen:
            by_id[enrollment_id].status = ENROLLED
            promoted.append((cls, by_id[enrollment_id]))
    if not promoted:
        return []
    ids = {e.employee_id for _cls, e in promoted}
    people = {p.id: p for p in s.scalars(select(Employee).where(Employee.id.in_(ids)))}
    notes = []
    for cls, e in promoted:
        who = people[e.employee_id]
        text = _("班期「{code}」{person}已由備取遞補為正取")
        notes.append(text.format(code=cls.code, person=person_label(who.name, who.employee_no)))
    return notes


def overlap_notes(s: Session, classes: Mapping[int, TC], changes: SeatChanges) -> list[str]:
    """Warnings (never refusals) for people the sheet seats in a class whose sessions clash
    with another class they hold a seat in; call after the sheet's rows are flushed."""
    notes: list[str] = []
    for class_id in sorted(changes.seated):
        cls = classes[class_id]
        for warning in overlap_warnings(s, cls, sorted(changes.seated[class_id])):
            notes.append(
                _("班期「{code}」時間重疊：{warning}").format(code=cls.code, warning=warning)
            )
    return notes
