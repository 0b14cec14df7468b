"""The demo agency's plans and KPIs (R15), one of ``agency.GENERATORS``.

Loads the four example plans shipped in ``resources/plans`` as they are, then gives the demo
agency a plan of its own for the demo's years: the 嘉義市政府人事處 中程施政計畫 (its six
關鍵策略目標, 施政重點 and 19 KPIs) moved to the four years ending this year, so that the
KPI page and the reports of the current year have something to show. A few of each year's
closed classes are renamed so that the plan's bound KPIs find them (公務倫理與核心價值,
員工協助方案, 人事資訊系統) and are linked to the actions they serve; the KPIs nobody's data
can answer get typed actuals (a few below target, with 落後原因 and 因應策略); past years are
made final; the current year stays open, partly filled, as it is in December.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping

from sqlalchemy import select, update

from hrplanner.domain.rocdate import ROC_OFFSET
from hrplanner.services.demo import agency
from hrplanner.services.plans import editing, kpis
from hrplanner.services.plans.examples import import_examples
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    ClassSession,
    LearningTopic,
    Plan,
    PlanAction,
    PlanActionClass,
    PlanKpi,
    PlanKpiYear,
    PlanProgress,
    PlanStrategy,
    TrainingClass,
)
from hrplanner.storage.models.plans import IMPORTED, TYPED

SOURCE_PLAN = "108-人事處中程"
DEMO_PLAN = "示範-人事處中程"
YEARS = 4
# (title words the bindings look for, the titles given, the topic of the classes renamed,
#  classes renamed per year, the action of the demo plan they are linked to)
RENAMES: tuple[tuple[tuple[str, ...], str, int, str], ...] = (
    (("公務倫理與文官核心價值研習", "文官核心價值專題講座"), "廉政與服務倫理", 2, "四/1"),
    (("員工協助方案講座—壓力調適", "員工協助方案宣導說明會"), "一般", 2, "二/4"),
    (("人事資訊系統操作訓練", "人事資訊系統（WebHR）宣導說明會"), "業務相關", 2, "五/6"),
)
# Typed actuals of the KPIs no data answer: (KPI no, actual, below-target reason, countermeasure)
TYPED_ACTUALS: tuple[tuple[str, str], ...] = (
    ("1-1", "18"), ("1-2", "100%"), ("1-3", "1次"), ("2-1", "100%"), ("2-2", "80%"),
    ("2-3", "36%"), ("4-2", "85%"), ("5-1", "92%"), ("5-2", "100%"), ("5-3", "62%"),
    ("5-4", "100%"), ("5-5", "100%"), ("6-1", "83%"), ("6-2", "81%"),
)  # fmt: skip
# The appraisal area supplies these two once it is built; until then the demo imports them.
IMPORTED_ACTUALS = (("3-1", "100%"), ("3-2", "100%"))
SHORTFALLS = {  # KPI no → (actual in a bad year, 落後原因, 因應策略)
    "2-2": ("75%", "部分機關出缺職缺不適合身心障礙人員，且報名人數不足。",
            "協調勞政單位推介，並請各機關檢討適合之職缺。"),
    "5-3": ("55%", "部分單位彙整加班資料較慢，未能於次月10日前完成請領。",
            "按月提醒各單位，並於主管會報列管。"),
}  # fmt: skip
GENERIC_REASON = ("年度內相關活動辦理場次或參與人數未達預期。", "調整辦理時程並加強宣導與調訓。")
# Left blank in the current year: 健康檢查 figures come in after the year ends.
LATE_IN_YEAR = ("6-1", "6-2", "5-1")


def generate_plans(
    db: Database,
    size: str,
    rng: random.Random,
    progress: agency.Progress | None = None,
    today: dt.date | None = None,
) -> Mapping[str, int]:
    """Add the plans of the demo (see the module docstring)."""
    today = today or dt.date.today()
    if progress:
        progress(0, "匯入範例計畫")
    import_examples(db)
    last = today.year
    first = last - YEARS + 1
    _copy_plan(db, first, last)
    if progress:
        progress(30, "建立示範計畫")
    links = _rename_and_link(db, rng, first, last)
    _progress_entries(db, rng, first, today)
    _typed_actuals(db, rng, first, last, today)
    for year in range(first, last):
        if progress:
            progress(40 + 60 * (year - first) // YEARS, f"{year - ROC_OFFSET} 年度 KPI 定稿")
        _finalise(db, year, dt.date(year + 1, 1, 20))
    with db.session() as s:
        plans = len(s.scalars(select(Plan.id)).all())
    return {"實施計畫": plans, "計畫連結班期": links}


def _copy_plan(db: Database, first: int, last: int) -> None:
    """The source 中程施政計畫 moved to the demo's four years."""
    shift = first - 2019
    with db.session() as s:
        source = editing.load_plan(s, SOURCE_PLAN)
        plan = Plan(
            code=DEMO_PLAN,
            name=f"示範市政府人事處中程（{first - ROC_OFFSET}至{last - ROC_OFFSET}年度）施政計畫",
            made_on=dt.date(first - 1, 12, 1),
            basis=source.basis,
            goals=source.goals,
            target_group=source.target_group,
            first_year=first,
            last_year=last,
            unit=source.unit,
            version=1,
        )
        s.add(plan)
        s.flush()
        period = f"{first - ROC_OFFSET}年至{last - ROC_OFFSET}年"
        strategies: dict[int, int] = {}
        for st in source.strategies:
            copy = PlanStrategy(
                plan_id=plan.id,
                strategy_no=st.strategy_no,
                name=st.name,
                sort_order=st.sort_order,
                version=1,
            )
            s.add(copy)
            s.flush()
            strategies[st.id] = copy.id
            for a in st.actions:
                s.add(
                    PlanAction(
                        strategy_id=copy.id,
                        action_no=a.action_no,
                        text=a.text,
                        schedule=period if a.schedule == "108年至111年" else a.schedule,
                        indicators=a.indicators,
                        promoting_unit=a.promoting_unit,
                        implementing_unit=a.implementing_unit,
                        sort_order=a.sort_order,
                        version=1,
                    )
                )
        for k in source.kpis:
            kpi = PlanKpi(
                plan_id=plan.id,
                kpi_no=k.kpi_no,
                strategy_id=strategies.get(k.strategy_id) if k.strategy_id else None,
                name=k.name,
                standard=k.standard,
                unit=k.unit,
                direction=k.direction,
                measure=k.measure,
                sort_order=k.sort_order,
                version=1,
            )
            kpi.years = [
                PlanKpiYear(
                    year=y.year + shift, target=y.target, reason="", countermeasure="", version=1
                )
                for y in k.years
            ]
            s.add(kpi)


def _actions(db: Database) -> dict[str, int]:
    """The demo plan's actions by "策略編號/作法編號"."""
    with db.session() as s:
        rows = s.execute(
            select(PlanStrategy.strategy_no, PlanAction.action_no, PlanAction.id)
            .join(PlanAction, PlanAction.strategy_id == PlanStrategy.id)
            .join(Plan, Plan.id == PlanStrategy.plan_id)
            .where(Plan.code == DEMO_PLAN)
        ).all()
    return {f"{st}/{no}": action_id for st, no, action_id in rows}


def _rename_and_link(db: Database, rng: random.Random, first: int, last: int) -> int:
    """Rename a few closed classes a year so the bound KPIs find them; link them."""
    actions = _actions(db)
    links = 0
    with db.session() as s:
        topics = dict(s.execute(select(LearningTopic.name, LearningTopic.id)).all())
        for year in range(first, last + 1):
            taken: set[int] = set()
            for titles, topic, per_year, action in RENAMES:
                candidates = s.scalars(
                    select(TrainingClass.id)
                    .where(
                        TrainingClass.end_date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)),
                        TrainingClass.closed_on.is_not(None),
                        TrainingClass.cancelled.is_(False),
                        TrainingClass.mode != "數位",
                        TrainingClass.id.in_(
                            select(ClassSession.class_id).where(
                                ClassSession.topic_id == topics.get(topic)
                            )
                        ),
                    )
                    .order_by(TrainingClass.id)
                ).all()
                chosen = [c for c in candidates if c not in taken]
                rng.shuffle(chosen)
                for index, class_id in enumerate(chosen[:per_year]):
                    taken.add(class_id)
                    s.execute(
                        update(TrainingClass)
                        .where(TrainingClass.id == class_id)
                        .values(title=titles[index % len(titles)])
                    )
                    if action in actions:
                        s.add(PlanActionClass(action_id=actions[action], class_id=class_id))
                        links += 1
    return links


def _progress_entries(db: Database, rng: random.Random, first: int, today: dt.date) -> None:
    actions = _actions(db)
    with db.session() as s:
        for _key, action_id in sorted(actions.items()):
            for year in range(first, today.year + 1):
                day = dt.date(year, 12, 15) if year < today.year else today - dt.timedelta(days=3)
                if day < dt.date(year, 1, 1):
                    continue
                done = 100 if year < today.year else rng.choice((60, 70, 75, 80, 90))
                roc = year - ROC_OFFSET
                text = (
                    f"{roc}年度依計畫辦理完成，並列入年終成果報告。"
                    if done == 100
                    else f"{roc}年度依計畫持續辦理中。"
                )
                s.add(
                    PlanProgress(
                        action_id=action_id, day=day, text=text, done_percent=done, version=1
                    )
                )


def _typed_actuals(db: Database, rng: random.Random, first: int, last: int, today: dt.date) -> None:
    with db.session() as s:
        plan = editing.load_plan(s, DEMO_PLAN)
        by_no = {k.kpi_no: k for k in plan.kpis}
        bad_year = {no: rng.randrange(first, last) for no in SHORTFALLS}
        for year in range(first, last + 1):
            for no, actual in (*TYPED_ACTUALS, *IMPORTED_ACTUALS):
                if year == last and no in LATE_IN_YEAR:
                    continue
                kpi = by_no[no]
                row = kpis.year_row(s, kpi, year)
                reason = countermeasure = ""
                if no in SHORTFALLS and bad_year[no] == year:
                    actual, reason, countermeasure = SHORTFALLS[no]
                row.actual = actual
                row.actual_source = IMPORTED if (no, actual) in IMPORTED_ACTUALS else TYPED
                row.reason, row.countermeasure = reason, countermeasure


def _finalise(db: Database, year: int, day: dt.date) -> None:
    """Compute the year, explain what fell short, and make its report final."""
    kpis.compute_actuals(db, DEMO_PLAN, year)
    table = kpis.kpi_table(db, DEMO_PLAN)
    for row in table.rows:
        cell = row.cells.get(year)
        if cell is None or cell.target is None:
            continue
        if cell.result is not None and cell.result.met is False and not cell.reason:
            kpis.explain(db, row.id, year, *GENERIC_REASON)
    kpis.mark_final(db, DEMO_PLAN, year, day)
