"""The appraisal vocabulary is declared once, with the exact words of SPEC §1, R13, R14."""

from __future__ import annotations

import pytest

from hrplanner.domain.appraisal.vocabulary import (
    D_GROUND_CODES,
    D_GROUNDS,
    DEFAULT_COMPONENT_LIMITS,
    GRADES,
    PROTECTED_LEAVE_KINDS,
    REWARD_WEIGHTS,
    TWO_MAJOR_DEMERITS_GROUND,
    WORKFLOW_ORDER,
    AppraisalKind,
    Component,
    Grade,
    InterimStatus,
    RewardKind,
    TeacherOutcome,
    d_ground,
    parse_grade,
    parse_interim_status,
    parse_kind,
    parse_reward_kind,
    parse_teacher_outcome,
    parse_workflow_status,
)


def test_kinds_and_their_file_values() -> None:
    assert [k.value for k in AppraisalKind] == ["年終考績", "另予考績"]
    assert AppraisalKind.YEAR_END.file_value == "年終"
    assert AppraisalKind.PART_YEAR.file_value == "另予"


def test_grades_best_first() -> None:
    assert [g.value for g in GRADES] == ["甲", "乙", "丙", "丁"]
    assert Grade.A.is_better_than(Grade.B)
    assert Grade.D.is_worse_than(Grade.C)
    assert not Grade.B.is_better_than(Grade.B)


def test_workflow_statuses_in_order() -> None:
    assert [s.value for s in WORKFLOW_ORDER] == ["未評擬", "已評擬", "初核", "覆核", "已核定"]


def test_interim_statuses() -> None:
    assert [s.value for s in InterimStatus] == ["未填", "已填", "已核"]


@pytest.mark.parametrize(
    ("kind", "weight"),
    [("嘉獎", 1), ("記功", 3), ("記大功", 9), ("申誡", -1), ("記過", -3), ("記大過", -9)],
)
def test_reward_weights(kind: str, weight: int) -> None:
    assert RewardKind(kind).weight == weight
    assert REWARD_WEIGHTS[RewardKind(kind)] == weight


def test_component_limits() -> None:
    assert dict(DEFAULT_COMPONENT_LIMITS) == {
        Component.WORK: 65,
        Component.CONDUCT: 15,
        Component.KNOWLEDGE: 10,
        Component.ABILITY: 10,
    }
    assert [c.value for c in Component] == ["工作", "操行", "學識", "才能"]
    assert sum(DEFAULT_COMPONENT_LIMITS.values()) == 100


def test_protected_leave_kinds() -> None:
    assert PROTECTED_LEAVE_KINDS == ("家庭照顧假", "身心調適假", "生理假", "安胎")


def test_teacher_outcomes_file_values_and_labels() -> None:
    assert [o.value for o in TeacherOutcome] == ["4-1-1", "4-1-2", "4-1-3"]
    assert [o.label for o in TeacherOutcome] == [
        "第四條第一項第一款",
        "第四條第一項第二款",
        "第四條第一項第三款",
    ]


def test_d_grounds_are_the_four_of_article_6_and_the_two_major_demerits_rule() -> None:
    assert D_GROUND_CODES == ("6-3-1", "6-3-2", "6-3-3", "6-3-4", "12-1-1")
    assert TWO_MAJOR_DEMERITS_GROUND == "12-1-1"
    assert all(g.text.endswith("。") and g.article.startswith("公務人員考績法") for g in D_GROUNDS)
    assert "挑撥離間" in D_GROUNDS[0].text
    assert "二大過" in D_GROUNDS[4].text
    ground = d_ground("6-3-3")
    assert ground is not None and "怠忽職守" in ground.text
    assert d_ground("6-3-9") is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("年終", AppraisalKind.YEAR_END),
        ("年終考績", AppraisalKind.YEAR_END),
        (" 另予 ", AppraisalKind.PART_YEAR),
        ("另予考績", AppraisalKind.PART_YEAR),
    ],
)
def test_parse_kind(text: str, kind: AppraisalKind) -> None:
    assert parse_kind(text) is kind


@pytest.mark.parametrize(
    ("parse", "bad"),
    [
        (parse_kind, "專案"),
        (parse_grade, "優"),
        (parse_reward_kind, "記小功"),
        (parse_interim_status, "完成"),
        (parse_workflow_status, "核定中"),
        (parse_teacher_outcome, "4-2"),
    ],
)
def test_unknown_words_are_refused_naming_the_value(parse: object, bad: str) -> None:
    assert callable(parse)
    with pytest.raises(ValueError, match=bad):
        parse(bad)


def test_parse_the_other_words() -> None:
    assert parse_grade("甲等") is Grade.A
    assert parse_grade("丁") is Grade.D
    assert parse_reward_kind("記大過") is RewardKind.MAJOR_DEMERIT
    assert parse_interim_status("已核") is InterimStatus.CONFIRMED
    assert parse_workflow_status("初核").value == "初核"
    assert parse_teacher_outcome("4-1-2") is TeacherOutcome.SECOND
    assert parse_teacher_outcome("第四條第一項第三款") is TeacherOutcome.THIRD
