"""The demo's plans (R15): the four examples, the demo's own plan for its years with classes
its bindings find, past years final and the current year still open."""

from __future__ import annotations

import datetime as dt

from hrplanner.domain.plans.achievement import Light
from hrplanner.services.demo import agency, plans
from hrplanner.services.plans import editing, kpis, outputs
from hrplanner.storage.database import Database


def test_declared_after_the_training_history() -> None:
    assert agency.GENERATORS.index("hrplanner.services.demo.plans:generate_plans") > 0


def test_small_demo_plans(db: Database) -> None:
    today = dt.date.today()
    summary = agency.generate(db, "small", seed=2)
    assert summary.extra["實施計畫"] == 5
    assert summary.extra["計畫連結班期"] > 0
    codes = {p.code for p in editing.list_plans(db)}
    assert plans.DEMO_PLAN in codes and "108-人事處中程" in codes
    table = kpis.kpi_table(db, plans.DEMO_PLAN)
    assert table.years == list(range(today.year - 3, today.year + 1))
    assert len(table.rows) == 19
    assert table.final == {y: True for y in range(today.year - 3, today.year)}
    current = outputs.current_table(db, plans.DEMO_PLAN, [today.year])
    lights = [r.cells[today.year].light for r in current.rows]
    assert Light.WHITE in lights and Light.GREEN in lights  # partly filled, as in December
    held = next(r for r in current.rows if r.kpi_no == "2-4").cells[today.year]
    assert held.actual is not None and held.actual.value > 0  # renamed 員工協助方案 classes
    tree = editing.plan_tree(db, plans.DEMO_PLAN)
    linked = [c for st in tree.strategies for a in st.actions for c in a.classes]
    assert any("核心價值" in c.title for c in linked)
