"""The annual requirement and the compliance rate (SPEC R6, R7)."""

from __future__ import annotations

import json
from datetime import date
from fractions import Fraction

import pytest

from hrplanner import i18n
from hrplanner.domain.requirement import (
    Evaluation,
    RequirementGroup,
    RuleSet,
    compliance_rate,
    default_rule_set,
    evaluate,
    ledger_year,
    rule_set_from_json,
    rule_set_to_json,
    select_rule_set,
)

H = 60

MEETS_DEFAULT = {
    "當前政府重大政策": 1 * H,
    "環境教育": 4 * H,
    "性別主流化": 1 * H,
    "人權教育": 2 * H,
    "行政中立": 2 * H,
    "業務相關": 10 * H,
}


def stricter_rule_set() -> RuleSet:
    """A local rule: 40 h in all and an extra 資訊安全 group."""
    base = default_rule_set()
    extra = RequirementGroup("資訊安全", frozenset({"資訊安全"}), 3 * H)
    return RuleSet(40 * H, (*base.groups, extra))


def test_default_rule_set() -> None:
    rules = default_rule_set()
    assert rules.total_minutes == 20 * H
    groups = {g.name: (g.topics, g.minutes) for g in rules.groups}
    assert groups == {
        "當前政府重大政策": (frozenset({"當前政府重大政策"}), 1 * H),
        "環境教育": (frozenset({"環境教育"}), 4 * H),
        "性別主流化": (frozenset({"性別主流化"}), 1 * H),
        "民主治理價值": (
            frozenset({"廉政與服務倫理", "人權教育", "行政中立", "多元族群文化", "公民參與"}),
            4 * H,
        ),
    }


def test_person_meeting_everything() -> None:
    ev = evaluate(default_rule_set(), MEETS_DEFAULT)
    assert ev.met
    assert ev.total == 20 * H
    assert ev.missing == 0 and ev.total_shortfall == 0
    assert set(ev.group_shortfall.values()) == {0}
    assert not ev.over_120


def test_fifteen_hours_missing_environment_needs_five_more() -> None:
    topics = MEETS_DEFAULT | {"環境教育": 0, "業務相關": 9 * H}
    ev = evaluate(default_rule_set(), topics)
    assert ev.total == 15 * H
    assert ev.total_shortfall == 5 * H
    assert ev.group_shortfall["環境教育"] == 4 * H
    assert ev.missing == 5 * H
    assert not ev.met


def test_group_shortfalls_add_up_when_total_is_met() -> None:
    ev = evaluate(default_rule_set(), {"業務相關": 30 * H, "人權教育": H})
    assert ev.total_shortfall == 0
    assert ev.group_shortfall == {
        "當前政府重大政策": H,
        "環境教育": 4 * H,
        "性別主流化": H,
        "民主治理價值": 3 * H,
    }
    assert ev.missing == 9 * H
    assert not ev.met


def test_total_shortfall_alone() -> None:
    topics = MEETS_DEFAULT | {"業務相關": 10 * H - 1}
    ev = evaluate(default_rule_set(), topics)
    assert ev.missing == 1 and ev.total_shortfall == 1 and not ev.met


def test_democratic_governance_topics_combine() -> None:
    topics = {"廉政與服務倫理": 60, "人權教育": 60, "行政中立": 30, "多元族群文化": 60}
    topics |= {"公民參與": 30, "環境教育": 600}
    ev = evaluate(default_rule_set(), topics)
    assert ev.by_group["民主治理價值"] == 4 * H
    assert ev.group_shortfall["民主治理價值"] == 0
    assert ev.by_group["環境教育"] == 10 * H
    assert ev.total == 14 * H


def test_topic_outside_every_group_counts_toward_total_only() -> None:
    ev = evaluate(default_rule_set(), {"一般": 25 * H})
    assert ev.total == 25 * H
    assert set(ev.by_group.values()) == {0}
    assert ev.missing == 10 * H


def test_stricter_local_rule_set() -> None:
    ev = evaluate(stricter_rule_set(), MEETS_DEFAULT)
    assert ev.total_shortfall == 20 * H
    assert ev.group_shortfall["資訊安全"] == 3 * H
    assert ev.missing == 20 * H
    assert not ev.met
    ev = evaluate(stricter_rule_set(), MEETS_DEFAULT | {"資訊安全": 3 * H, "一般": 17 * H})
    assert ev.met


def test_over_120_flag() -> None:
    assert not evaluate(default_rule_set(), {"一般": 120 * H}).over_120
    assert evaluate(default_rule_set(), {"一般": 120 * H + 1}).over_120


def test_negative_minutes_refused() -> None:
    with pytest.raises(ValueError, match="負數"):
        evaluate(default_rule_set(), {"一般": -1})


def test_ledger_year_boundary() -> None:
    assert ledger_year(date(2020, 12, 31)) == 2020
    assert ledger_year(date(2021, 1, 1)) == 2021


def _ev(met: bool) -> Evaluation:
    return Evaluation(0, {}, {}, 0, 0 if met else 1, met, False)


def test_compliance_rate_is_exact() -> None:
    assert compliance_rate([_ev(True), _ev(True), _ev(False)]) == Fraction(2, 3)
    assert compliance_rate(_ev(i < 4) for i in range(5)) == Fraction(4, 5)
    assert compliance_rate([_ev(False)]) == 0
    assert compliance_rate([]) is None


def test_json_round_trip() -> None:
    rules = stricter_rule_set()
    text = rule_set_to_json(rules)
    assert "環境教育" in text  # stored readable, not \\u escapes
    assert rule_set_from_json(rules.total_minutes, text) == rules
    first = json.loads(text)[0]
    assert first == {"name": "當前政府重大政策", "topics": ["當前政府重大政策"], "minutes": 60}


def test_json_from_schema_comment_example() -> None:
    rules = rule_set_from_json(
        1200, '[{"name": "環境教育", "topics": ["環境教育"], "minutes": 240}]'
    )
    assert rules == RuleSet(1200, (RequirementGroup("環境教育", frozenset({"環境教育"}), 240),))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "格式錯誤"),
        ('{"name": "x"}', "類別清單"),
        ("[1]", "name"),
        ('[{"topics": ["a"], "minutes": 1}]', "缺少名稱"),
        ('[{"name": "甲", "topics": "a", "minutes": 1}]', "文字清單"),
        ('[{"name": "甲", "topics": ["a"], "minutes": 1.5}]', "整數分鐘"),
        ('[{"name": "甲", "topics": ["a"], "minutes": true}]', "整數分鐘"),
        ('[{"name": "甲", "topics": ["a"], "minutes": -5}]', "負數"),
        ('[{"name": "甲", "topics": [], "minutes": 5}]', "至少要包含"),
        (
            '[{"name": "甲", "topics": ["a"], "minutes": 5}, {"name": "甲", "topics": ["b"],'
            ' "minutes": 5}]',
            "重複",
        ),
    ],
)
def test_json_errors(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        rule_set_from_json(1200, text)


def test_select_rule_set_by_year() -> None:
    old = RuleSet(10 * H, ())
    default = default_rule_set()
    strict = stricter_rule_set()
    rules = [(2020, strict), (2010, old), (2017, default)]
    assert select_rule_set(rules, 2009) is None
    assert select_rule_set(rules, 2010) is old
    assert select_rule_set(rules, 2016) is old
    assert select_rule_set(rules, 2017) is default
    assert select_rule_set(rules, 2019) is default
    assert select_rule_set(rules, 2025) is strict
    assert select_rule_set([], 2025) is None


def test_select_rule_set_refuses_duplicate_years() -> None:
    with pytest.raises(ValueError, match="同一年度"):
        select_rule_set([(2017, default_rule_set()), (2017, stricter_rule_set())], 2020)


def test_a_broken_rule_set_in_english() -> None:
    i18n.set_language("en")
    try:
        with pytest.raises(ValueError) as info:
            rule_set_from_json(
                1200, '[{"name": "環境教育", "topics": ["環境教育"], "minutes": "4"}]'
            )
        assert str(info.value) == (
            "The hours of \"環境教育\" must be a whole number of minutes (got '4')"
        )
        with pytest.raises(ValueError, match=r"^The rule set is malformed: requirement 2 has no"):
            rule_set_from_json(1200, '[{"name": "a", "topics": ["a"], "minutes": 1}, {}]')
    finally:
        i18n.set_language("zh_TW")
