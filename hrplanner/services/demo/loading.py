"""Loading the demo agency as one piece of work (the command line's ``demo`` and the
window's first-run wizard): all or nothing, with progress."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from hrplanner.services.demo import agency
from hrplanner.storage.database import Database

Progress = Callable[[int, str], None]  # percent, what is being made


def load_demo(
    db: Database,
    size: str = "small",
    seed: int = 1,
    progress: Progress | None = None,
    *,
    school: bool = False,
    today: dt.date | None = None,
) -> agency.DemoSummary:
    """Fill an empty database with the demo agency; stopped half-way (a crash, a kill), it
    leaves the database as it was, so that it can simply run again. InputRefused when the
    database already holds staff."""
    with db.all_or_nothing() as work:
        return agency.generate(
            work, size=size, seed=seed, progress=progress, school=school, today=today
        )
