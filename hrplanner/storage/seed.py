"""The reference lists a new database starts with (SPEC §1, R6): filled in when a database
is opened, so that every layer above finds them. The defaults themselves are vocabulary
and rules of ``hrplanner.domain``; this module only writes them (idempotent)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from hrplanner.domain import vocabulary as v
from hrplanner.domain.requirement import (
    DEFAULT_RULE_CATEGORIES,
    DEFAULT_RULE_YEAR_FROM,
    default_rule_set,
    rule_set_to_json,
)
from hrplanner.domain.survey import default_questionnaire
from hrplanner.storage.engine import unit_of_work
from hrplanner.storage.models import (
    ClassCategory,
    LearningTopic,
    RankGroup,
    RequirementRule,
    StaffCategory,
    SurveyQuestion,
    SurveyTemplate,
)


def _seed(session: Session, model: type, names: tuple[str, ...]) -> None:
    if session.scalar(select(func.count()).select_from(model)):
        return
    for order, name in enumerate(names):
        session.add(model(name=name, sort_order=order))
    session.flush()


def _append_missing(session: Session, model: type[ClassCategory], name: str) -> None:
    """Add ``name`` at the end of a list that lacks it (a list seeded by an older version);
    the user's own entries and order are left alone."""
    if session.scalar(select(model.id).where(model.name == name)) is not None:
        return
    order = session.scalar(select(func.coalesce(func.max(model.sort_order), -1))) or 0
    session.add(model(name=name, sort_order=order + 1))
    session.flush()


def _seed_rule_sets(session: Session) -> None:
    if session.scalar(select(func.count()).select_from(RequirementRule)):
        return
    rule_set = default_rule_set()
    for category in DEFAULT_RULE_CATEGORIES:
        category_id = session.scalar(select(StaffCategory.id).filter_by(name=category))
        if category_id is None:
            continue
        session.add(
            RequirementRule(
                year_from=DEFAULT_RULE_YEAR_FROM,
                category_id=category_id,
                total_minutes=rule_set.total_minutes,
                groups_json=rule_set_to_json(rule_set),
            )
        )


def _seed_questionnaire(session: Session) -> None:
    """The default satisfaction questionnaire (R19), when there is no template at all."""
    if session.scalar(select(func.count()).select_from(SurveyTemplate)):
        return
    default = default_questionnaire()
    template = SurveyTemplate(name=default.name, is_default=True)
    template.questions = [
        SurveyQuestion(number=q.number, text=q.text, kind=q.kind.value, short=q.short or None)
        for q in default.questions
    ]
    session.add(template)


def ensure_defaults(factory: sessionmaker[Session]) -> None:
    """Fill empty reference lists with the defaults, add the initial-training class
    category (R17) to a list that lacks it, and the default questionnaire (R19)."""
    with unit_of_work(factory) as session:
        _seed(session, StaffCategory, v.DEFAULT_STAFF_CATEGORIES)
        _seed(session, RankGroup, v.DEFAULT_RANK_GROUPS)
        _seed(session, LearningTopic, v.DEFAULT_TOPICS)
        _seed(session, ClassCategory, v.DEFAULT_CLASS_CATEGORIES)
        _append_missing(session, ClassCategory, v.INITIAL_TRAINING_CATEGORY)
        _seed_rule_sets(session)
        _seed_questionnaire(session)
