"""The measures a KPI's actual can be bound to (SPEC R15): the catalogue and bindings.

The catalogue is data: each measure has a code name, a Chinese label, the unit of its
result, the SPEC rule it computes and its parameters (class filters, a denominator, a
delivery mode, a study kind, an appraisal period). A :class:`Binding` is a measure with
parameter values, checked against the catalogue by :func:`make_binding`; the KPI sheet's
資料來源 column writes it as text (:mod:`.binding_text`). Computing a measure is the
services' work; the rules they share live here: parameter defaults (:meth:`Binding.get`),
the class filter (:func:`class_matches`), units against a target (:func:`unit_problem`),
and a computed value as an actual (:func:`measure_quantity`).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from hrplanner.domain.plans.targets import PERCENT, Quantity, Target, share_quantity
from hrplanner.domain.plans.targets import units_compatible as _units_compatible
from hrplanner.domain.study import STUDY_KINDS
from hrplanner.domain.text import fold_name
from hrplanner.domain.vocabulary import DELIVERY_MODES, ONLINE
from hrplanner.i18n import N_, _

IN_SCOPE_STAFF = "在職人員"
BUDGETED_HEADCOUNT = "預算員額"


class BindingError(ValueError):
    """A 資料來源 text or binding that cannot be used; the message names the part and why."""


@dataclass(frozen=True)
class Parameter:
    key: str  # English key, also accepted in the text
    label: str  # the word written in 資料來源
    help: str  # marked with N_, translated where shown
    choices: tuple[str, ...] = ()  # empty: any value (lists that are data are checked by services)
    default: str | None = None
    multiple: bool = True  # several values are alternatives: any of them counts


@dataclass(frozen=True)
class Measure:
    name: str
    label: str
    help: str
    unit: str  # unit of the result; "%" for a share
    rule: str  # the SPEC rule it computes
    parameters: tuple[Parameter, ...] = ()

    @property
    def percent(self) -> bool:
        return self.unit == PERCENT

    def parameter(self, word: str) -> Parameter | None:
        """The parameter written as ``word`` (its label or key)."""
        folded = word.casefold()
        return next(
            (p for p in self.parameters if word == p.label or folded == p.key.casefold()), None
        )


CATEGORY = Parameter("category", "類別", N_("班期類別；可寫多個，以 | 分隔，符合其一即計入。"))
TOPIC = Parameter("topic", "學習類別", N_("場次的學習類別；可寫多個，以 | 分隔。"))
TITLE = Parameter("title", "標題含", N_("課程名稱含有的文字；可寫多個，以 | 分隔，含其一即計入。"))
MODE = Parameter(
    "mode", "學習性質", N_("學習性質：實體、數位或混成。"), DELIVERY_MODES, default=ONLINE
)
DENOMINATOR = Parameter(
    "denominator",
    "分母",
    N_("比率的分母：在職人員（適用範圍內的在職人員）或預算員額（編制內預算員額）。"),
    choices=(IN_SCOPE_STAFF, BUDGETED_HEADCOUNT),
    default=IN_SCOPE_STAFF,
    multiple=False,
)
PERIOD = Parameter(
    "period", "期別", N_("平時考核的期別 1、2 或 3；未寫則計入全年各期。"), ("1", "2", "3")
)
STUDY_KIND = Parameter("kind", "進修類別", N_("進修類別；未寫則計入各類別。"), STUDY_KINDS)
CLASS_FILTERS = (CATEGORY, TOPIC, TITLE)

MEASURES: tuple[Measure, ...] = (
    Measure(
        "compliance_rate",
        "學習時數達成率",
        N_("在職人員中達到年度學習時數規定者的比率。"),
        PERCENT,
        "R7",
    ),
    Measure(
        "interim_on_time_rate",
        "平時考核如期完成率",
        N_("平時考核於期限內填寫完成的比率。"),
        PERCENT,
        "R13",
        (PERIOD,),
    ),
    Measure(
        "appraisal_done_rate", "考績如期核定率", N_("年終考績於期限內核定的比率。"), PERCENT, "R14"
    ),
    Measure("classes_held", "辦理班期數", N_("年度內結訓的班期數。"), "班", "R15", CLASS_FILTERS),
    Measure(
        "class_hours_held",
        "辦理訓練時數",
        N_("年度內結訓班期的課程時數合計。"),
        "小時",
        "R15",
        CLASS_FILTERS,
    ),
    Measure(
        "person_times",
        "參訓人次",
        N_("年度內結訓班期取得學習時數的人次。"),
        "人次",
        "R15",
        CLASS_FILTERS,
    ),
    Measure(
        "hours_total",
        "學習時數總計",
        N_("年度內結訓班期登錄的學習時數合計。"),
        "小時",
        "R15",
        CLASS_FILTERS,
    ),
    Measure(
        "mode_participation",
        "學習性質參與率",
        N_("取得某學習性質學習時數的人數占分母的比率。"),
        PERCENT,
        "R15",
        (MODE, DENOMINATOR),
    ),
    Measure(
        "avg_satisfaction",
        "平均滿意度",
        N_("年度內班期滿意度調查全部評分題的平均分數（1 至 5 分）。"),
        "分",
        "R19",
        CLASS_FILTERS,
    ),
    Measure("study_people", "進修人數", N_("年度內經核准進修的人數。"), "人", "R12", (STUDY_KIND,)),
)
_BY_NAME = {m.name: m for m in MEASURES} | {m.label: m for m in MEASURES}


def measure(name: str) -> Measure:
    """The measure called ``name`` (code name or Chinese label); BindingError otherwise."""
    found = _BY_NAME.get(name) or _BY_NAME.get(name.lower())
    if found is None:
        raise BindingError(
            _("沒有名為「{name}」的衡量方式；可用的有：{names}。").format(
                name=name, names="、".join(m.name for m in MEASURES)
            )
        )
    return found


@dataclass(frozen=True)
class Binding:
    """A measure with its parameter values, keyed by the parameters' English keys."""

    measure: str
    values: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def definition(self) -> Measure:
        return measure(self.measure)

    def given(self, key: str) -> tuple[str, ...]:
        """The values written for parameter ``key`` (empty when none)."""
        return next((v for k, v in self.values if k == key), ())

    def get(self, key: str) -> tuple[str, ...]:
        """The values of ``key``, or its default, or () meaning "no filter"."""
        given = self.given(key)
        if given:
            return given
        parameter = self.definition.parameter(key)
        return (parameter.default,) if parameter and parameter.default else ()


def make_binding(name: str, values: Mapping[str, str | Sequence[str]] | None = None) -> Binding:
    """A checked binding from a measure name and parameter values (by key or label)."""
    definition = measure(name)
    collected: dict[str, tuple[str, ...]] = {}
    for word, raw in (values or {}).items():
        listed = (raw,) if isinstance(raw, str) else tuple(raw)
        parameter = parameter_of(definition, word)
        if parameter.key in collected:
            raise BindingError(_("參數「{name}」重複。").format(name=parameter.label))
        collected[parameter.key] = _checked_values(parameter, listed)
    ordered = tuple((p.key, collected[p.key]) for p in definition.parameters if p.key in collected)
    return Binding(definition.name, ordered)


def parameter_of(definition: Measure, word: str) -> Parameter:
    """The parameter of ``definition`` written as ``word``; BindingError naming the choices."""
    parameter = definition.parameter(word)
    if parameter is not None:
        return parameter
    if not definition.parameters:
        raise BindingError(_("衡量方式 {measure} 不需要參數。").format(measure=definition.name))
    raise BindingError(
        _("衡量方式 {measure} 沒有參數「{name}」；可用的有：{names}。").format(
            measure=definition.name,
            name=word,
            names="、".join(p.label for p in definition.parameters),
        )
    )


def _checked_values(parameter: Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    cleaned = tuple(v.strip() for v in values)
    if not cleaned or any(not v for v in cleaned):
        raise BindingError(_("參數「{name}」沒有值。").format(name=parameter.label))
    if len(cleaned) > 1 and not parameter.multiple:
        raise BindingError(_("參數「{name}」只能有一個值。").format(name=parameter.label))
    for value in cleaned:
        if parameter.choices and value not in parameter.choices:
            raise BindingError(
                _("參數「{name}」的值「{value}」不在可選範圍內：{choices}。").format(
                    name=parameter.label, value=value, choices="、".join(parameter.choices)
                )
            )
    return tuple(dict.fromkeys(cleaned))  # a value written twice counts once


# --- using a binding --------------------------------------------------------------------------


def unknown_values(binding: Binding, known: Mapping[str, Collection[str]]) -> list[str]:
    """Values not in the agency's lists (``known``: parameter key → names, e.g. the class
    categories and learning topics, which are data); one message per unknown value."""
    problems: list[str] = []
    definition = binding.definition
    for key, values in binding.values:
        names = known.get(key)
        parameter = definition.parameter(key)
        if names is None or parameter is None:
            continue
        problems.extend(
            _("參數「{name}」的值「{value}」不在目前的清單中。").format(
                name=parameter.label, value=value
            )
            for value in values
            if value not in names
        )
    return problems


def unit_problem(binding: Binding, target: Target) -> str | None:
    """Why ``binding``'s result cannot be compared with ``target`` (units), else None."""
    definition = binding.definition
    if _units_compatible(definition.unit, target.unit):
        return None
    return _("資料來源 {measure} 的結果單位「{unit}」與目標值「{target}」的單位不符。").format(
        measure=definition.name, unit=definition.unit, target=target.text
    )


def measure_quantity(binding: Binding, value: Fraction | int) -> Quantity:
    """A computed result as an actual: a share (0.8) becomes 80%, others take the unit."""
    definition = binding.definition
    if definition.percent:
        return share_quantity(Fraction(value))
    return Quantity(Fraction(value), definition.unit)


@dataclass(frozen=True)
class ClassFacts:
    """What the class filters look at: the class's category, title and session topics."""

    category: str
    title: str
    topics: frozenset[str] = frozenset()


def class_matches(binding: Binding, facts: ClassFacts) -> bool:
    """Whether a class passes the binding's filters: every parameter given must hold, and a
    parameter holds when any of its values does (類別 equal, 學習類別 among the sessions'
    topics, 標題含 contained in the title)."""
    categories = binding.given(CATEGORY.key)
    if categories and facts.category.strip() not in categories:
        return False
    topics = binding.given(TOPIC.key)
    if topics and not facts.topics.intersection(topics):
        return False
    words = binding.given(TITLE.key)
    # Titles are compared as names are (SPEC §3.1): separators, width and case aside.
    title = fold_name(facts.title)
    return not words or any(fold_name(word) in title for word in words)
