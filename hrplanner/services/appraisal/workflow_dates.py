"""The dates a record keeps of its workflow steps (R14 *Workflow*): each forward move stamps
its step (已評擬 rated_on, 初核 first_review_on, 覆核 head_review_on, 已核定 approved_on);
a return clears the dates of the steps it undoes, so that the dates always describe the
way the record reached where it stands."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hrplanner.domain.appraisal.vocabulary import WORKFLOW_ORDER, WorkflowStatus

W = WorkflowStatus
DATE_FIELDS = {
    W.RATED: "rated_on",
    W.FIRST_REVIEW: "first_review_on",
    W.HEAD_REVIEW: "head_review_on",
    W.APPROVED: "approved_on",
}


def stamp(row: Any, old: WorkflowStatus, new: WorkflowStatus, today: dt.date) -> None:
    """Set or clear ``row``'s step dates for a move from ``old`` to ``new``."""
    if WORKFLOW_ORDER.index(new) > WORKFLOW_ORDER.index(old):
        setattr(row, DATE_FIELDS[new], today)
        return
    for step in WORKFLOW_ORDER[WORKFLOW_ORDER.index(new) + 1 :]:
        setattr(row, DATE_FIELDS[step], None)
