"""The measure catalogue and bindings (SPEC R15)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from hrplanner.domain.plans.binding_text import parse_binding
from hrplanner.domain.plans.measures import (
    BUDGETED_HEADCOUNT,
    IN_SCOPE_STAFF,
    MEASURES,
    BindingError,
    ClassFacts,
    class_matches,
    make_binding,
    measure,
    measure_quantity,
    unit_problem,
    unknown_values,
)
from hrplanner.domain.plans.targets import Quantity, parse_target
from hrplanner.domain.study import STUDY_KINDS

SPEC_NAMES = [
    "compliance_rate",
    "interim_on_time_rate",
    "appraisal_done_rate",
    "classes_held",
    "class_hours_held",
    "person_times",
    "hours_total",
    "mode_participation",
    "avg_satisfaction",
    "study_people",
]


def test_the_catalogue_holds_the_measures_of_the_spec_with_units_and_parameters() -> None:
    assert [m.name for m in MEASURES] == SPEC_NAMES
    units = {m.name: m.unit for m in MEASURES}
    assert units["compliance_rate"] == units["mode_participation"] == "%"
    assert (units["classes_held"], units["class_hours_held"]) == ("班", "小時")
    assert (units["person_times"], units["hours_total"]) == ("人次", "小時")
    assert (units["avg_satisfaction"], units["study_people"]) == ("分", "人")
    labels = {m.name: [p.label for p in m.parameters] for m in MEASURES}
    for name in ("classes_held", "class_hours_held", "person_times", "hours_total"):
        assert labels[name] == ["類別", "學習類別", "標題含"]
    assert labels["avg_satisfaction"] == ["類別", "學習類別", "標題含"]
    assert labels["mode_participation"] == ["學習性質", "分母"]
    mode = measure("mode_participation").parameter("mode")
    assert mode is not None and mode.choices == ("實體", "數位", "混成")
    assert labels["compliance_rate"] == labels["appraisal_done_rate"] == []
    assert labels["study_people"] == ["進修類別"]
    denominator = measure("mode_participation").parameter("分母")
    assert denominator is not None
    assert denominator.choices == (IN_SCOPE_STAFF, BUDGETED_HEADCOUNT)
    kind = measure("study_people").parameter("kind")
    assert kind is not None and kind.choices == STUDY_KINDS
    assert measure("辦理班期數") is measure("classes_held")  # by its Chinese label


def test_make_binding_checks_like_the_text_does() -> None:
    with pytest.raises(BindingError, match="沒有名為「nope」的衡量方式"):
        make_binding("nope")
    with pytest.raises(BindingError, match="參數「分母」只能有一個值"):
        make_binding("mode_participation", {"denominator": ["預算員額", "在職人員"]})
    with pytest.raises(BindingError, match="參數「類別」重複"):
        make_binding("classes_held", {"類別": "a", "category": "b"})


def test_make_binding_orders_by_the_catalogue_and_get_applies_defaults() -> None:
    binding = make_binding("mode_participation", {"分母": "預算員額"})
    assert binding.get("mode") == ("數位",)  # the default
    assert binding.given("mode") == ()
    assert binding.get("denominator") == ("預算員額",)
    assert make_binding("mode_participation").get("denominator") == (IN_SCOPE_STAFF,)
    ordered = make_binding("classes_held", {"title": ["核心價值"], "類別": "公務倫理"})
    assert [k for k, _v in ordered.values] == ["category", "title"]
    assert ordered.get("topic") == ()


def test_unknown_values_against_the_agency_lists() -> None:
    binding = parse_binding("classes_held(類別=公務倫理|資安,學習類別=人權教育)")
    assert binding is not None
    known = {"category": {"公務倫理", "一般"}, "topic": {"人權教育"}}
    assert unknown_values(binding, known) == ["參數「類別」的值「資安」不在目前的清單中。"]
    assert unknown_values(binding, {}) == []


def test_unit_problem_between_a_measure_and_a_target() -> None:
    classes = make_binding("classes_held")
    assert unit_problem(classes, parse_target("2場次")) is None  # counts fit counts
    assert unit_problem(classes, parse_target("5")) is None
    problem = unit_problem(classes, parse_target("12小時"))
    assert problem is not None and "「班」" in problem
    assert unit_problem(make_binding("compliance_rate"), parse_target("80%")) is None
    assert unit_problem(make_binding("compliance_rate"), parse_target("2場次")) is not None


def test_measure_quantity() -> None:
    assert measure_quantity(make_binding("compliance_rate"), Fraction(4, 5)) == Quantity(
        Fraction(80), "%"
    )
    assert measure_quantity(make_binding("classes_held"), 3) == Quantity(Fraction(3), "班")


def test_class_matches() -> None:
    facts = ClassFacts("公務倫理", "型塑 核心價值．研習班 ＡＩ", frozenset({"廉政與服務倫理"}))
    assert class_matches(make_binding("classes_held"), facts)
    assert class_matches(parse_binding("classes_held(類別=公務倫理)"), facts)  # type: ignore[arg-type]
    assert class_matches(parse_binding("classes_held(類別=資訊|公務倫理)"), facts)  # type: ignore[arg-type]
    assert not class_matches(parse_binding("classes_held(類別=資訊)"), facts)  # type: ignore[arg-type]
    assert class_matches(parse_binding("classes_held(標題含=核心價值研習)"), facts)  # type: ignore[arg-type]
    assert class_matches(parse_binding("classes_held(標題含=ai)"), facts)  # type: ignore[arg-type]
    assert not class_matches(parse_binding("classes_held(標題含=倫理)"), facts)  # type: ignore[arg-type]
    both = parse_binding("classes_held(類別=公務倫理,學習類別=人權教育)")
    assert not class_matches(both, facts)  # type: ignore[arg-type]
    topic = parse_binding("classes_held(學習類別=人權教育|廉政與服務倫理)")
    assert class_matches(topic, facts)  # type: ignore[arg-type]
