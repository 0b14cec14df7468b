"""The editable learning-hours rule sets (SPEC R6): list, save and delete.

Each stored ``RequirementRule`` is the rule set of one staff category in force from a
starting year until the next one; the hours ledger (``services.hours``) picks the one in
force for a year and evaluates it with ``hrplanner.domain.requirement``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from hrplanner.domain import requirement
from hrplanner.domain.requirement import RuleSet
from hrplanner.i18n import _
from hrplanner.services.common.errors import InputRefused, NotFound, Problem
from hrplanner.storage.database import Database
from hrplanner.storage.models import LearningTopic, RequirementRule, StaffCategory


@dataclass(frozen=True)
class RuleSetEntry:
    """A stored rule set: in force from ``year_from`` for one staff category."""

    id: int
    year_from: int
    category: str
    rule_set: RuleSet


def get_rule_sets(db: Database) -> list[RuleSetEntry]:
    """Every stored rule set, by category order and starting year."""
    with db.session() as session:
        rows = session.execute(
            select(RequirementRule, StaffCategory.name)
            .join(StaffCategory, StaffCategory.id == RequirementRule.category_id)
            .order_by(StaffCategory.sort_order, RequirementRule.year_from)
        ).all()
        return [
            RuleSetEntry(
                rule.id,
                rule.year_from,
                category,
                requirement.rule_set_from_json(rule.total_minutes, rule.groups_json),
            )
            for rule, category in rows
        ]


def save_rule_set(db: Database, year_from: int, category: str, rule_set: RuleSet) -> RuleSetEntry:
    """Create or replace the rule set of ``category`` in force from ``year_from``.

    Refused (InputRefused) for an unknown category or a group naming an unknown topic: a
    typo there would silently leave a group that nobody can ever meet.
    """
    with db.session() as session:
        category_id = session.scalar(select(StaffCategory.id).filter_by(name=category))
        problems: list[Problem] = []
        if category_id is None:
            problems.append(
                Problem(
                    _("人員類別「{category}」不存在").format(category=category), column="人員類別"
                )
            )
        if not 1912 <= year_from <= 9999:
            problems.append(
                Problem(_("起始年度 {year} 不正確").format(year=year_from), column="年度")
            )
        topics = set(session.scalars(select(LearningTopic.name)))
        for group in rule_set.groups:
            unknown = sorted(group.topics - topics)
            if unknown:
                problems.append(
                    Problem(
                        _("「{group}」包含不存在的學習類別：{topics}").format(
                            group=group.name, topics="、".join(unknown)
                        ),
                        column="學習類別",
                    )
                )
        if problems:
            raise InputRefused(problems)
        rule = session.scalar(
            select(RequirementRule).filter_by(year_from=year_from, category_id=category_id)
        )
        if rule is None:
            rule = RequirementRule(year_from=year_from, category_id=category_id)
            session.add(rule)
        rule.total_minutes = rule_set.total_minutes
        rule.groups_json = requirement.rule_set_to_json(rule_set)
        session.flush()
        return RuleSetEntry(rule.id, year_from, category, rule_set)


def delete_rule_set(db: Database, year_from: int, category: str) -> None:
    """Remove one stored rule set; the previous one (if any) is in force again."""
    with db.session() as session:
        rule = session.scalar(
            select(RequirementRule)
            .join(StaffCategory, StaffCategory.id == RequirementRule.category_id)
            .where(RequirementRule.year_from == year_from, StaffCategory.name == category)
        )
        if rule is None:
            raise NotFound(
                _("找不到 {category} 自 {year} 年起的時數規定").format(
                    category=category, year=year_from
                )
            )
        session.delete(rule)
