"""The year-end appraisal workflow (SPEC R14 *Workflow*): moves, and changes after approval.

未評擬 → 已評擬 (unit head) → 初核 (考績委員會, or the teachers' 考核會, with the meeting
date) → 覆核 (head) → 已核定. A record moves one step forward, or one step back when it is
returned; reopening an approved record (已核定 → 覆核) needs a reason. Any change of an
approved record's values needs a reason too and is logged old → new: :func:`field_changes`
computes the entries, storage writes them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from hrplanner.domain.appraisal.problems import Problem
from hrplanner.domain.appraisal.vocabulary import WORKFLOW_ORDER, WorkflowStatus
from hrplanner.i18n import _

W = WorkflowStatus
ALLOWED_TRANSITIONS: Mapping[WorkflowStatus, tuple[WorkflowStatus, ...]] = MappingProxyType(
    {
        W.NOT_RATED: (W.RATED,),
        W.RATED: (W.FIRST_REVIEW, W.NOT_RATED),
        W.FIRST_REVIEW: (W.HEAD_REVIEW, W.RATED),
        W.HEAD_REVIEW: (W.APPROVED, W.FIRST_REVIEW),
        W.APPROVED: (W.HEAD_REVIEW,),
    }
)


def is_locked(status: WorkflowStatus) -> bool:
    """Whether changing the record's values needs a reason (it is 已核定)."""
    return status == WorkflowStatus.APPROVED


def transition_problems(
    old: WorkflowStatus,
    new: WorkflowStatus,
    *,
    reason: str = "",
    meeting_date: date | None = None,
) -> tuple[Problem, ...]:
    """Why the record cannot move from ``old`` to ``new`` (empty: it can).

    Moving to 初核 needs the committee's meeting date; leaving 已核定 needs a reason.
    """
    old, new = WorkflowStatus(old), WorkflowStatus(new)
    if new == old:
        return ()
    if new not in ALLOWED_TRANSITIONS[old]:
        return (
            Problem(
                "workflow_step_not_allowed",
                _("考績狀態不能由「{old}」直接改為「{new}」，須依序辦理。").format(
                    old=old.value, new=new.value
                ),
            ),
        )
    problems: list[Problem] = []
    if new == WorkflowStatus.FIRST_REVIEW and meeting_date is None:
        problems.append(
            Problem("workflow_meeting_date_missing", _("送初核須填寫委員會的開會日期。"))
        )
    if is_locked(old) and not reason.strip():
        problems.append(
            Problem("workflow_reopen_without_reason", _("已核定的考績須填寫理由才能退回覆核。"))
        )
    return tuple(problems)


def is_forward(old: WorkflowStatus, new: WorkflowStatus) -> bool:
    """Whether ``new`` is a later step than ``old``."""
    return WORKFLOW_ORDER.index(new) > WORKFLOW_ORDER.index(old)


@dataclass(frozen=True)
class FieldChange:
    """One logged change of an approved record: the field, old → new, and why."""

    field: str
    old: object
    new: object
    reason: str


def field_changes(
    old: Mapping[str, object], new: Mapping[str, object], reason: str = ""
) -> tuple[FieldChange, ...]:
    """The fields whose value differs between ``old`` and ``new``, in ``new``'s order."""
    return tuple(
        FieldChange(name, old.get(name), value, reason.strip())
        for name, value in new.items()
        if old.get(name) != value
    )


def change_problems(
    status: WorkflowStatus, changes: Sequence[FieldChange], reason: str
) -> tuple[Problem, ...]:
    """Changing an approved record needs a reason, so that it never changes silently."""
    if changes and is_locked(status) and not reason.strip():
        return (
            Problem(
                "approved_change_without_reason",
                _("考績已核定，修改內容須填寫理由（修改前後的內容會記錄下來）。"),
            ),
        )
    return ()
