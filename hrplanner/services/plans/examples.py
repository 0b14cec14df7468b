"""The example plan workbooks shipped with HR Planner (``resources/plans``, package data).

The four plans the product was designed from, typed from the source texts: the window offers
to import them and the demo loads them. They are ordinary plan workbooks (SPEC §3.1) and go
through the same import, so re-importing one changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import as_file, files
from pathlib import Path

from hrplanner.services.imports.tabular import ImportReport
from hrplanner.services.plans.workbook import import_plans
from hrplanner.storage.database import Database

FOLDER = "plans"


@dataclass(frozen=True)
class Example:
    name: str  # the file name, which starts with the plan's first ROC year
    path: Path


def examples() -> list[Example]:
    """The shipped example workbooks, oldest plan first."""
    folder = files("hrplanner.resources") / FOLDER
    with as_file(folder) as path:
        found = sorted(Path(path).glob("*.xlsx"), key=lambda p: p.name)
    return [Example(p.stem, p) for p in found]


def import_examples(
    db: Database, names: list[str] | None = None, *, dry_run: bool = False
) -> list[ImportReport]:
    """Import the examples (all, or those named); each is all or nothing."""
    chosen = [e for e in examples() if names is None or e.name in names]
    return [import_plans(db, e.path, dry_run=dry_run) for e in chosen]
