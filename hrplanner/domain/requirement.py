"""The annual learning-hours requirement and the compliance rate (SPEC R6, R7).

A rule set is data (a total minimum and named groups of topics, each with a minimum) that
agencies edit; it is stored as JSON per staff category and starting year. :func:`evaluate`
checks one person's credited minutes per topic for one year against it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from functools import lru_cache
from typing import TypeGuard

from hrplanner.domain.vocabulary import (
    CIVIL_SERVANT,
    CONTRACT_STAFF,
    CURRENT_POLICY,
    DEMOCRATIC_GOVERNANCE_TOPICS,
    ENVIRONMENT,
    GENDER_MAINSTREAMING,
)
from hrplanner.i18n import _

HOUR = 60
FLAG_MINUTES = 120 * HOUR  # more than this in a year is flagged (one of the 甲等 conditions)

# The default applies from 106年 (2017) on, for these staff categories.
DEFAULT_RULE_YEAR_FROM = 2017
DEFAULT_RULE_CATEGORIES = (CIVIL_SERVANT, CONTRACT_STAFF)
DEMOCRATIC_GOVERNANCE = "民主治理價值"


@dataclass(frozen=True)
class RequirementGroup:
    """A named set of topics whose combined minutes must reach ``minutes``."""

    name: str
    topics: frozenset[str]
    minutes: int

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError(_("時數規定的類別名稱不可空白"))
        if not self.topics:
            raise ValueError(_("時數規定「{name}」至少要包含一個學習類別").format(name=self.name))
        if self.minutes < 0:
            raise ValueError(_("時數規定「{name}」的最低時數不可為負數").format(name=self.name))


@dataclass(frozen=True)
class RuleSet:
    """One year's requirement for one staff category."""

    total_minutes: int
    groups: tuple[RequirementGroup, ...]

    def __post_init__(self) -> None:
        if self.total_minutes < 0:
            raise ValueError(_("全年最低學習時數不可為負數"))
        names = [g.name for g in self.groups]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(
                _("時數規定的類別名稱重複：{names}").format(names="、".join(duplicates))
            )


@dataclass(frozen=True)
class Evaluation:
    """One person's year against a rule set; all figures are minutes."""

    total: int
    by_group: dict[str, int]
    group_shortfall: dict[str, int]
    total_shortfall: int
    missing: int  # 尚缺時數: the fewest further minutes that would meet the requirement
    met: bool
    over_120: bool


def default_rule_set() -> RuleSet:
    """SPEC R6 default: 20 h in all, with four topic groups (the one declaration: a new
    database is seeded with it and the demo plans its e-learning by it)."""
    return RuleSet(
        total_minutes=20 * HOUR,
        groups=(
            RequirementGroup(CURRENT_POLICY, frozenset({CURRENT_POLICY}), 1 * HOUR),
            RequirementGroup(ENVIRONMENT, frozenset({ENVIRONMENT}), 4 * HOUR),
            RequirementGroup(GENDER_MAINSTREAMING, frozenset({GENDER_MAINSTREAMING}), 1 * HOUR),
            RequirementGroup(
                DEMOCRATIC_GOVERNANCE, frozenset(DEMOCRATIC_GOVERNANCE_TOPICS), 4 * HOUR
            ),
        ),
    )


def _is_int(value: object) -> TypeGuard[int]:
    # bool is an int subclass; a JSON true must not pass for 1 minute.
    return isinstance(value, int) and not isinstance(value, bool)


def rule_set_from_json(total_minutes: int, groups_json: str) -> RuleSet:
    """Build a rule set from its stored form; a clear error names what is wrong."""
    try:
        data = json.loads(groups_json)
    except json.JSONDecodeError as exc:
        raise ValueError(
            _("時數規定的格式錯誤：{reason}（第 {position} 個字元）").format(
                reason=exc.msg, position=exc.pos + 1
            )
        ) from exc
    if not isinstance(data, list):
        raise ValueError(_("時數規定的格式錯誤：應為類別清單"))
    groups: list[RequirementGroup] = []
    for index, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            raise ValueError(
                _("時數規定的格式錯誤：第 {index} 個類別應有 name、topics、minutes").format(
                    index=index
                )
            )
        name = item.get("name")
        topics = item.get("topics")
        if not isinstance(name, str) or not name.strip():
            raise ValueError(_("時數規定的格式錯誤：第 {index} 個類別缺少名稱").format(index=index))
        if not isinstance(topics, list) or not all(isinstance(t, str) for t in topics):
            raise ValueError(
                _("時數規定的格式錯誤：「{name}」的學習類別應為文字清單").format(name=name)
            )
        minutes = item.get("minutes")
        if not _is_int(minutes):
            raise ValueError(
                _("「{name}」的時數須為整數分鐘（收到 {value}）").format(
                    name=name, value=repr(minutes)
                )
            )
        groups.append(RequirementGroup(name.strip(), frozenset(t.strip() for t in topics), minutes))
    if not _is_int(total_minutes):
        raise ValueError(
            _("全年最低的時數須為整數分鐘（收到 {value}）").format(value=repr(total_minutes))
        )
    return RuleSet(total_minutes, tuple(groups))


def rule_set_to_json(rule_set: RuleSet) -> str:
    """The groups of a rule set as stored (topics sorted, so equal rules give equal text)."""
    return json.dumps(
        [
            {"name": g.name, "topics": sorted(g.topics), "minutes": g.minutes}
            for g in rule_set.groups
        ],
        ensure_ascii=False,
    )


@lru_cache(maxsize=64)
def _groups_of_topic(rule_set: RuleSet) -> dict[str, tuple[str, ...]]:
    """Which groups each topic counts toward; built once per rule set, since a year's
    ledger evaluates thousands of people against the same few rule sets."""
    index: dict[str, list[str]] = {}
    for group in rule_set.groups:
        for topic in group.topics:
            index.setdefault(topic, []).append(group.name)
    return {topic: tuple(names) for topic, names in index.items()}


def evaluate(rule_set: RuleSet, topic_minutes: Mapping[str, int]) -> Evaluation:
    """Check one person's credited minutes per topic for a year against ``rule_set``.

    Every topic counts toward the total; a topic also counts toward each group naming it.
    尚缺 is max(total shortfall, sum of group shortfalls): hours added to a group also add
    to the total, so the group shortfalls and the total can be covered together.
    """
    by_group = dict.fromkeys((g.name for g in rule_set.groups), 0)
    groups_of = _groups_of_topic(rule_set)
    total = 0
    for topic, minutes in topic_minutes.items():
        if minutes < 0:
            raise ValueError(_("學習類別「{topic}」的時數不可為負數").format(topic=topic))
        total += minutes
        for name in groups_of.get(topic, ()):
            by_group[name] += minutes
    group_shortfall = {g.name: max(0, g.minutes - by_group[g.name]) for g in rule_set.groups}
    total_shortfall = max(0, rule_set.total_minutes - total)
    missing = max(total_shortfall, sum(group_shortfall.values()))
    return Evaluation(
        total=total,
        by_group=by_group,
        group_shortfall=group_shortfall,
        total_shortfall=total_shortfall,
        missing=missing,
        met=missing == 0,
        over_120=total > FLAG_MINUTES,
    )


def ledger_year(end_date: date) -> int:
    """Hours count toward the Gregorian year in which the class or record ends."""
    return end_date.year


def compliance_rate(evaluations: Iterable[Evaluation]) -> Fraction | None:
    """Share of people meeting the requirement (R7); None when no one is in scope."""
    people = 0
    met = 0
    for ev in evaluations:
        people += 1
        met += ev.met
    return Fraction(met, people) if people else None


def select_rule_set(rules: Sequence[tuple[int, RuleSet]], year: int) -> RuleSet | None:
    """The rule in force in ``year``: the one with the greatest ``year_from`` ≤ ``year``."""
    years = [y for y, _rule_set in rules]
    if len(set(years)) != len(years):
        raise ValueError(_("同一年度有兩套時數規定"))
    in_force = [(y, r) for y, r in rules if y <= year]
    if not in_force:
        return None
    return max(in_force, key=lambda pair: pair[0])[1]
