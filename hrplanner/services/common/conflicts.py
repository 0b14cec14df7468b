"""Two officers on one shared database never silently overwrite each other (SPEC §5).

Every record a user edits has a version column (SQLAlchemy's ``version_id_col``). A screen
sends back the version it loaded; a service compares it with the stored one
(:func:`check_version`) and SQLAlchemy checks it again when writing (``StaleDataError``).
A unique-key race — two officers filling the same empty attendance cell, enrolling the
same person, closing the same class — ends the same way: :func:`refusing_stale` turns
both into ``ConflictError`` with a sentence, and the screen reloads.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from hrplanner.i18n import _
from hrplanner.services.common.errors import ConflictError


def conflict_message() -> str:
    return _("這筆資料已被他人修改，您的修改沒有儲存；請重新載入後再編輯。")


def check_version(stored: int, read: int | None, message: str | None = None) -> None:
    """Refuse a save based on an older copy (``read`` None: the caller does not know)."""
    if read is not None and stored != read:
        raise ConflictError(message or conflict_message())


@contextmanager
def refusing_stale(message: str | None = None, *, races: bool = True) -> Iterator[None]:
    """Turn SQLAlchemy's stale-row error (changed between our read and our write) and —
    with ``races`` — a unique key taken meanwhile by another officer into the same
    refusal. Put it outside ``db.session()`` so that the commit is inside it. A service
    whose input itself may repeat a key (checked with a refusal of its own) says
    ``races=False``."""
    caught: tuple[type[Exception], ...] = (
        (StaleDataError, IntegrityError) if races else (StaleDataError,)
    )
    try:
        yield
    except caught as exc:
        raise ConflictError(message or conflict_message()) from exc
