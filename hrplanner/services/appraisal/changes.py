"""What every appraisal write shares: the change log (old → new, who, when and why), the
refusal of a stale save, and turning the domain's named problems into input problems.

SPEC §5: a change log records who changed scores, and two officers on one shared database
never silently overwrite each other. Every edited record has a version column; a service
compares the version the officer read with the stored one and SQLAlchemy checks it again
when writing (``StaleDataError``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm import Session

from hrplanner.domain.appraisal.problems import Problem as RuleProblem
from hrplanner.i18n import _
from hrplanner.services.common import conflicts
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.storage.models import ChangeLog


def conflict_message() -> str:
    return _("這筆考核資料已被他人修改，您的修改沒有儲存；請重新載入後再編輯。")


def check_version(stored: int, read: int | None) -> None:
    """Refuse a save based on an older copy (``read`` None: the caller does not know)."""
    conflicts.check_version(stored, read, conflict_message())


@contextmanager
def refusing_stale() -> Iterator[None]:
    """The common refusal of a stale save or a key taken meanwhile, in appraisal words."""
    with conflicts.refusing_stale(conflict_message(), races=False):  # duplicates: their own
        yield


def text_of(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return _("是") if value else _("否")
    return str(value)


def log(
    session: Session,
    user: str,
    entity: str,
    entity_id: int,
    field: str,
    old: Any,
    new: Any,
    reason: str = "",
) -> None:
    """One change-log line; nothing when the value did not change."""
    old_text, new_text = text_of(old), text_of(new)
    if old_text == new_text:
        return
    session.add(
        ChangeLog(
            user=user,
            entity=entity,
            entity_id=entity_id,
            field=field,
            old=old_text,
            new=new_text,
            reason=reason.strip() or None,
        )
    )


def refuse(problems: Iterable[RuleProblem], column: str = "") -> None:
    """Raise InputRefused with the domain's problems, if there are any."""
    found = [Problem(p.message, column=column) for p in problems]
    if found:
        raise InputRefused(found)
