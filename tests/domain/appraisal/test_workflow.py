"""The appraisal workflow and changes after approval (SPEC R14 *Workflow*)."""

from __future__ import annotations

from datetime import date

import pytest

from hrplanner.domain.appraisal.problems import codes
from hrplanner.domain.appraisal.vocabulary import WorkflowStatus
from hrplanner.domain.appraisal.workflow import (
    change_problems,
    field_changes,
    is_forward,
    is_locked,
    transition_problems,
)

W = WorkflowStatus
MEETING = date(2025, 12, 20)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param(W.NOT_RATED, W.RATED, id="not-rated-to-rated"),
        pytest.param(W.RATED, W.FIRST_REVIEW, id="rated-to-first-review"),
        pytest.param(W.FIRST_REVIEW, W.HEAD_REVIEW, id="first-to-head-review"),
        pytest.param(W.HEAD_REVIEW, W.APPROVED, id="head-review-to-approved"),
        pytest.param(W.RATED, W.NOT_RATED, id="returned-to-not-rated"),
        pytest.param(W.FIRST_REVIEW, W.RATED, id="returned-to-rated"),
        pytest.param(W.HEAD_REVIEW, W.FIRST_REVIEW, id="returned-to-first-review"),
    ],
)
def test_allowed_moves(old: WorkflowStatus, new: WorkflowStatus) -> None:
    assert transition_problems(old, new, meeting_date=MEETING) == ()


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param(W.NOT_RATED, W.FIRST_REVIEW, id="skip-rating"),
        pytest.param(W.RATED, W.APPROVED, id="skip-reviews"),
        pytest.param(W.APPROVED, W.NOT_RATED, id="approved-back-to-start"),
        pytest.param(W.HEAD_REVIEW, W.RATED, id="two-steps-back"),
    ],
)
def test_moves_out_of_order_are_refused(old: WorkflowStatus, new: WorkflowStatus) -> None:
    assert codes(transition_problems(old, new, reason="x", meeting_date=MEETING)) == (
        "workflow_step_not_allowed",
    )


def test_first_review_needs_the_meeting_date() -> None:
    assert codes(transition_problems(W.RATED, W.FIRST_REVIEW)) == ("workflow_meeting_date_missing",)


def test_reopening_an_approved_record_needs_a_reason() -> None:
    assert codes(transition_problems(W.APPROVED, W.HEAD_REVIEW)) == (
        "workflow_reopen_without_reason",
    )
    assert transition_problems(W.APPROVED, W.HEAD_REVIEW, reason="分數誤植") == ()


def test_staying_put_is_no_move() -> None:
    assert transition_problems(W.APPROVED, W.APPROVED) == ()


def test_direction_and_lock() -> None:
    assert is_forward(W.RATED, W.FIRST_REVIEW) and not is_forward(W.FIRST_REVIEW, W.RATED)
    assert is_locked(W.APPROVED) and not is_locked(W.HEAD_REVIEW)


def test_field_changes_are_old_to_new() -> None:
    changes = field_changes(
        {"item_score": 82, "note": "", "grade": "甲"},
        {"item_score": 78, "note": "", "grade": "乙"},
        " 委員會決議 ",
    )
    assert [(c.field, c.old, c.new, c.reason) for c in changes] == [
        ("item_score", 82, 78, "委員會決議"),
        ("grade", "甲", "乙", "委員會決議"),
    ]


@pytest.mark.parametrize(
    ("status", "reason", "expected"),
    [
        pytest.param(W.APPROVED, "", ("approved_change_without_reason",), id="approved-no-reason"),
        pytest.param(W.APPROVED, "更正誤植", (), id="approved-with-reason"),
        pytest.param(W.HEAD_REVIEW, "", (), id="not-yet-approved"),
    ],
)
def test_a_change_after_approval_needs_a_reason(
    status: WorkflowStatus, reason: str, expected: tuple[str, ...]
) -> None:
    changes = field_changes({"item_score": 82}, {"item_score": 78})
    assert codes(change_problems(status, changes, reason)) == expected


def test_no_change_needs_no_reason() -> None:
    assert change_problems(W.APPROVED, field_changes({"a": 1}, {"a": 1}), "") == ()


def test_stored_words_are_accepted() -> None:
    assert codes(transition_problems("已核定", "覆核")) == (  # type: ignore[arg-type]
        "workflow_reopen_without_reason",
    )
    assert codes(transition_problems("未評擬", "已核定")) == (  # type: ignore[arg-type]
        "workflow_step_not_allowed",
    )
