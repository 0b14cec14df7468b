"""The class editor's save (SPEC R3): a class's fields and every one of its sessions stored
in one unit of work by ``save_class``.

Every row is checked against the stored sessions first and all problems are reported at
once; recorded attendance is never dropped silently. The field checks and the writing of
the fields are shared with ``services.classes``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrplanner.i18n import _
from hrplanner.services.common.conflicts import refusing_stale
from hrplanner.services.common.errors import ConflictError, InputRefused, Problem
from hrplanner.services.training.classes import (
    ClassDetail,
    ClassInput,
    SessionInput,
    apply_input,
    check_input,
    class_conflict,
    class_detail,
    session_minutes,
)
from hrplanner.services.training.views import load_class, sync_class_dates, topic_ids
from hrplanner.storage.database import Database
from hrplanner.storage.models import Attendance, ClassSession
from hrplanner.storage.models import TrainingClass as TC


@dataclass
class _Planned:
    item: SessionInput
    number: int
    minutes: int
    topic_id: int
    row: ClassSession | None  # the stored session it edits, None for a new one


def _session_values(
    item: SessionInput, position: int, topics: dict[str, int], problems: list[Problem]
) -> tuple[int | None, int | None]:
    """(minutes, topic id) of one editor row; every problem names the row's ``position``."""
    topic_id = topics.get(item.topic)
    if topic_id is None:
        text = _("第 {n} 場：學習類別「{topic}」不在清單中").format(n=position, topic=item.topic)
        problems.append(Problem(text, column="學習類別"))
    try:
        minutes: int | None = session_minutes(item)
    except InputRefused as exc:
        problems.extend(
            Problem(
                _("第 {n} 場：{problem}").format(n=position, problem=p.message), column=p.column
            )
            for p in exc.problems
        )
        minutes = None
    return minutes, topic_id


def _session_changed(row: ClassSession, plan: _Planned) -> bool:
    item = plan.item
    return (row.session_no, row.date, row.start_time, row.end_time) != (
        plan.number,
        item.date,
        item.start_time,
        item.end_time,
    ) or (row.minutes, row.topic_id, row.meal_served) != (
        plan.minutes,
        plan.topic_id,
        item.meal_served,
    )


def _plan_sessions(
    s: Session, cls: TC | None, sessions: Sequence[SessionInput], problems: list[Problem]
) -> tuple[list[_Planned], list[ClassSession]]:
    """Check every row against the stored sessions: (rows to write, sessions to delete)."""
    stored = {row.id: row for row in cls.sessions} if cls is not None else {}
    topics = topic_ids(s)
    planned: list[_Planned] = []
    seen: set[int] = set()
    # Numbers: explicit ones first; an existing row keeps its own; new rows follow the last.
    numbers = [i.session_no or (stored[i.id].session_no if i.id in stored else 0) for i in sessions]
    following = max(numbers, default=0)
    for position, item in enumerate(sessions, start=1):
        row = None
        if item.id is not None:
            row = stored.get(item.id)
            if row is None or item.id in seen:
                text = _("第 {n} 場：找不到該場次（可能已被刪除）").format(n=position)
                problems.append(Problem(text, column="場次"))
                continue
            seen.add(item.id)
        number = numbers[position - 1]
        if number <= 0:
            following += 1
            number = following
        minutes, topic_id = _session_values(item, position, topics, problems)
        if minutes is None or topic_id is None:
            continue
        planned.append(_Planned(item, number, minutes, topic_id, row))
    counts: dict[int, int] = {}
    for plan in planned:
        counts[plan.number] = counts.get(plan.number, 0) + 1
    for number in sorted(n for n, c in counts.items() if c > 1):
        problems.append(Problem(_("場次編號 {number} 重複").format(number=number), column="場次"))
    removed = [row for sid, row in stored.items() if sid not in seen]
    _check_recorded(s, planned, removed, problems)
    closed = cls is not None and cls.closed_on is not None
    if closed and (removed or any(p.row is None or _session_changed(p.row, p) for p in planned)):
        assert cls is not None
        problems.append(
            Problem(_("班期「{code}」已結訓，請先重新開啟再修改場次").format(code=cls.code))
        )
    return planned, removed


def _check_recorded(
    s: Session, planned: list[_Planned], removed: list[ClassSession], problems: list[Problem]
) -> None:
    """Recorded attendance is never dropped silently: a session holding some cannot go,
    and leave already recorded must still fit in a session's new hours."""
    ids = [r.id for r in removed] + [p.row.id for p in planned if p.row is not None]
    if not ids:
        return
    recorded = dict(
        s.execute(
            select(Attendance.session_id, func.max(Attendance.leave_minutes))
            .where(Attendance.session_id.in_(ids))
            .group_by(Attendance.session_id)
        ).all()
    )
    for row in removed:
        if row.id in recorded:
            text = _("第 {number} 場已有出席紀錄，無法刪除").format(number=row.session_no)
            problems.append(Problem(text, column="場次"))
    for position, plan in enumerate(planned, start=1):
        longest = recorded.get(plan.row.id) if plan.row is not None else None
        if longest and longest > plan.minutes:
            text = _("第 {n} 場：已登錄的請假時數超過新的場次時數，請先修改出席紀錄")
            problems.append(Problem(text.format(n=position), column="時數"))


def _write_sessions(
    s: Session, cls: TC, planned: list[_Planned], removed: list[ClassSession]
) -> None:
    for row in removed:
        cls.sessions.remove(row)  # delete-orphan
    s.flush()
    kept = [p for p in planned if p.row is not None]
    if any(p.row is not None and p.row.session_no != p.number for p in kept):
        # Renumbering passes through free numbers so that two rows never collide on the
        # (class, session number) unique key, whatever order the database updates them in.
        for offset, plan in enumerate(kept, start=1):
            assert plan.row is not None
            plan.row.session_no = -offset
        s.flush()
    for plan in planned:
        item = plan.item
        row = plan.row if plan.row is not None else ClassSession(class_id=cls.id)
        if plan.row is None:
            s.add(row)
        row.session_no, row.date = plan.number, item.date
        row.start_time, row.end_time = item.start_time, item.end_time
        row.minutes, row.topic_id, row.meal_served = plan.minutes, plan.topic_id, item.meal_served
    s.flush()


def save_class(
    db: Database,
    class_id: int | None,
    data: ClassInput,
    sessions: Sequence[SessionInput],
    *,
    expected_version: int | None = None,
    today: dt.date | None = None,
) -> ClassDetail:
    """Store a class editor in one unit of work: create (``class_id`` None) or update the
    class, and make its sessions exactly ``sessions`` — rows with an ``id`` edit that
    session, rows without one are added, stored sessions not listed are deleted.

    Everything is checked first and InputRefused lists every problem; a refused save leaves
    the class and its sessions as they were. ConflictError when someone else saved the
    class meanwhile. A closed class keeps its sessions (its fields may still be edited).
    """
    with refusing_stale(class_conflict()), db.session() as s:
        cls: TC | None = None
        if class_id is not None:
            cls = load_class(s, class_id)
            if expected_version is not None and cls.version != expected_version:
                raise ConflictError(
                    _("班期「{code}」已被其他人修改，請重新開啟後再編輯").format(code=cls.code)
                )
        problems = check_input(s, data, class_id)
        planned, removed = _plan_sessions(s, cls, sessions, problems)
        if problems:
            raise InputRefused(problems)
        if cls is None:
            cls = TC(cancelled=False)
            s.add(cls)
        apply_input(s, cls, data)
        s.flush()
        _write_sessions(s, cls, planned, removed)
        s.refresh(cls)
        sync_class_dates(s, cls)
        return class_detail(s, cls.id, today)
