"""The ``avg_satisfaction`` KPI measure (SPEC R15, R19): the mean of every rated answer of
the year's classes (those ending in the year) that pass the binding's class filters
(類別, 學習類別 of the sessions, 標題含), pooled over answers so that a big class weighs more."""

from __future__ import annotations

from fractions import Fraction

from hrplanner.domain.plans.measures import Binding, ClassFacts, class_matches
from hrplanner.domain.survey_results import average_satisfaction
from hrplanner.services.survey import results
from hrplanner.storage.database import Database


def avg_satisfaction(db: Database, year: int, binding: Binding) -> Fraction | None:
    """The year's mean satisfaction (1–5), or None when no class of the filters has answers."""
    classes = results.year_figures(db, year)
    with db.session() as session:
        topics = results.session_topics(session, [c.class_id for c in classes])
    chosen = [
        c.as_survey()
        for c in classes
        if class_matches(
            binding, ClassFacts(c.category, c.title, topics.get(c.class_id, frozenset()))
        )
    ]
    return average_satisfaction(chosen)
