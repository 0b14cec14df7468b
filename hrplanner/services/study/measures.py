"""The ``study_people`` KPI measure (SPEC R15, R12): people with an approved study of the
binding's kinds (進修類別; every kind when none is written) whose period overlaps the year."""

from __future__ import annotations

from fractions import Fraction

from hrplanner.domain import study as rules
from hrplanner.domain.plans.measures import STUDY_KIND, Binding
from hrplanner.services.study.records import records_overlapping
from hrplanner.storage.database import Database


def study_people(db: Database, year: int, binding: Binding) -> Fraction | int:
    """How many people studied in ``year`` with an approval, of the kinds ``binding`` names."""
    kinds = binding.get(STUDY_KIND.key) or None
    with db.session() as session:
        found = records_overlapping(session, year)
    return rules.study_people((r.as_rule() for r in found), year, kinds)
