"""Which module computes each measure a KPI can be bound to (SPEC R15), declared ONCE.

Every area provides its own measures; this table names them as ``"module:function"`` and
imports a provider only when a KPI bound to it is computed. A provider has the signature::

    def provider(db: Database, year: int, binding: Binding) -> Fraction | int | None

- ``year`` is a Gregorian year; ``binding`` (``hrplanner.domain.plans.measures.Binding``)
  carries the KPI's parameters (``binding.get("category")``, ``binding.get("period")`` …,
  defaults applied) and filters classes with ``domain.plans.measures.class_matches``;
- return a share as a Fraction between 0 and 1 for the measures whose unit is ``%``
  (0.8 is shown as 80%), a count as an int, hours as a Fraction of hours, a score as a
  Fraction; the unit is the measure's in ``domain.plans.measures.MEASURES``;
- return None when the year has nothing to measure (nobody in scope, no survey answered):
  the KPI then has no actual and its light stays white;
- compute in bulk SQL (one or a few grouped queries, never one query per person or class),
  read-only, each call its own unit of work.

A provider whose module is not installed yet (an area still being built) is reported as
"資料尚未提供" for the KPI instead of failing the whole plan.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from hrplanner.domain.plans.measures import MEASURES, Binding, measure_quantity
from hrplanner.domain.plans.targets import Quantity
from hrplanner.i18n import _
from hrplanner.storage.database import Database

_OWN = "hrplanner.services.plans.class_measures"

# measure name → provider "module:function"; one line per measure of MEASURES.
PROVIDERS: dict[str, str] = {
    "compliance_rate": f"{_OWN}:compliance_rate",
    "interim_on_time_rate": "hrplanner.services.appraisal.measures:interim_on_time_rate",
    "appraisal_done_rate": "hrplanner.services.appraisal.measures:appraisal_done_rate",
    "classes_held": f"{_OWN}:classes_held",
    "class_hours_held": f"{_OWN}:class_hours_held",
    "person_times": f"{_OWN}:person_times",
    "hours_total": f"{_OWN}:hours_total",
    "mode_participation": f"{_OWN}:mode_participation",
    "avg_satisfaction": "hrplanner.services.survey.measures:avg_satisfaction",
    "study_people": "hrplanner.services.study.measures:study_people",
}
assert set(PROVIDERS) == {m.name for m in MEASURES}, "every measure needs exactly one provider"

Provider = Callable[[Database, int, Binding], Fraction | int | None]


class MeasureUnavailable(LookupError):
    """The measure's provider is not installed (its area is not built yet)."""


@dataclass(frozen=True)
class Outcome:
    """A computed actual, or why there is none (``message``, a whole sentence)."""

    measure: str
    value: Quantity | None
    message: str = ""
    provided: bool = True  # False: the measure's area is not built yet


def provider(name: str) -> Provider:
    """The provider function of measure ``name``; MeasureUnavailable when its module or
    function does not exist yet."""
    ref = PROVIDERS[name]
    module_name, _sep, function = ref.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        # Only the provider's own module missing means "not provided yet"; a missing
        # import inside an installed provider is a real error and is raised as such.
        if exc.name is None or not module_name.startswith(exc.name):
            raise
        raise MeasureUnavailable(name) from exc
    found: Any = getattr(module, function, None)
    if found is None:
        raise MeasureUnavailable(name)
    return found  # type: ignore[no-any-return]


def unavailable_message(name: str) -> str:
    return _("資料尚未提供：本版尚無計算「{measure}」的資料來源，請手動填寫實際值。").format(
        measure=name
    )


def compute(db: Database, year: int, binding: Binding) -> Outcome:
    """The actual of ``binding`` for ``year`` as a quantity in the measure's unit."""
    try:
        function = provider(binding.measure)
    except MeasureUnavailable:
        return Outcome(binding.measure, None, unavailable_message(binding.measure), False)
    value = function(db, year, binding)
    if value is None:
        return Outcome(binding.measure, None, _("該年度沒有可計算的資料。"))
    return Outcome(binding.measure, measure_quantity(binding, value))
