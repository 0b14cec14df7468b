"""Editing plans (SPEC R15): plans, strategies, actions, progress entries and linked classes.

Every public function is one unit of work and returns plain dataclasses. An edit names the
version it was based on; when someone else saved the record meanwhile (a shared server) it
raises ``ConflictError`` instead of overwriting. The plan tree (:func:`plan_tree`) is read
in four queries whatever the plan's size, with each action's linked classes summarised
(count, person-times, credited hours) for the tree and the execution report.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from hrplanner.domain.plans.schedule import Schedule, parse_schedule
from hrplanner.domain.vocabulary import ENROLLED
from hrplanner.i18n import _
from hrplanner.services.common.errors import ConflictError, InputRefused, NotFound, Problem
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    Enrollment,
    Plan,
    PlanAction,
    PlanActionClass,
    PlanKpi,
    PlanProgress,
    PlanStrategy,
    TrainingClass,
)

CODE_MAX = 30
NO_MAX = 20


@dataclass(frozen=True)
class PlanInfo:
    id: int
    code: str
    name: str
    made_on: dt.date | None = None
    basis: str = ""
    goals: str = ""
    target_group: str = ""
    first_year: int | None = None
    last_year: int | None = None
    unit: str = ""
    version: int = 1

    @property
    def years(self) -> list[int]:
        """The plan's years (Gregorian), first to last; empty when the period is not set."""
        if self.first_year is None or self.last_year is None:
            return []
        return list(range(self.first_year, self.last_year + 1))


@dataclass(frozen=True)
class LinkedClass:
    class_id: int
    code: str
    title: str
    end_date: dt.date | None
    closed: bool
    person_times: int  # 正取 enrollees with credit
    credit_minutes: int


@dataclass(frozen=True)
class ProgressInfo:
    id: int
    day: dt.date
    text: str
    done_percent: int | None
    version: int = 1


@dataclass(frozen=True)
class ActionInfo:
    id: int
    strategy_id: int
    action_no: str
    text: str
    schedule: str = ""
    indicators: str = ""
    promoting_unit: str = ""
    implementing_unit: str = ""
    version: int = 1
    progress: tuple[ProgressInfo, ...] = ()
    classes: tuple[LinkedClass, ...] = ()

    @property
    def parsed_schedule(self) -> Schedule:
        return parse_schedule(self.schedule)

    @property
    def units(self) -> str:
        """辦理單位 as the report prints it: the promoting and the implementing unit."""
        parts = [u for u in (self.promoting_unit, self.implementing_unit) if u]
        return "；".join(dict.fromkeys(parts))


@dataclass(frozen=True)
class StrategyInfo:
    id: int
    strategy_no: str
    name: str
    version: int = 1
    actions: tuple[ActionInfo, ...] = ()


@dataclass(frozen=True)
class PlanTree:
    plan: PlanInfo
    strategies: tuple[StrategyInfo, ...] = field(default_factory=tuple)


def plan_info(plan: Plan) -> PlanInfo:
    return PlanInfo(
        plan.id,
        plan.code,
        plan.name,
        plan.made_on,
        plan.basis,
        plan.goals,
        plan.target_group,
        plan.first_year,
        plan.last_year,
        plan.unit,
        plan.version,
    )


def list_plans(db: Database) -> list[PlanInfo]:
    """Every plan, newest period first, then by code."""
    with db.session() as s:
        plans = s.scalars(select(Plan).order_by(Plan.last_year.desc(), Plan.code)).all()
        return [plan_info(p) for p in plans]


def load_plan(s: Session, code: str) -> Plan:
    plan = s.scalar(select(Plan).where(Plan.code == code))
    if plan is None:
        raise NotFound(_("找不到計畫「{code}」。").format(code=code))
    return plan


def _check_version(
    row: PlanStrategy | PlanAction | Plan | PlanProgress, version: int | None
) -> None:
    if version is not None and row.version != version:
        raise ConflictError(_("此筆資料已被其他人修改，請重新整理後再編輯。"))


# --- the tree -------------------------------------------------------------------------------


def linked_class_summaries(s: Session, action_ids: list[int]) -> dict[int, list[LinkedClass]]:
    """Each action's linked classes with their person-times and credited minutes."""
    if not action_ids:
        return {}
    credited = (
        select(
            Enrollment.class_id.label("class_id"),
            func.count().label("people"),
            func.coalesce(func.sum(Enrollment.credit_minutes), 0).label("minutes"),
        )
        .where(
            # Only the linked classes: grouping every enrollment would read them all.
            Enrollment.class_id.in_(
                select(PlanActionClass.class_id).where(PlanActionClass.action_id.in_(action_ids))
            ),
            Enrollment.status == ENROLLED,
            Enrollment.credit_minutes > 0,
        )
        .group_by(Enrollment.class_id)
        .subquery()
    )
    rows = s.execute(
        select(
            PlanActionClass.action_id,
            TrainingClass.id,
            TrainingClass.code,
            TrainingClass.title,
            TrainingClass.end_date,
            TrainingClass.closed_on,
            func.coalesce(credited.c.people, 0),
            func.coalesce(credited.c.minutes, 0),
        )
        .join(TrainingClass, TrainingClass.id == PlanActionClass.class_id)
        .outerjoin(credited, credited.c.class_id == TrainingClass.id)
        .where(PlanActionClass.action_id.in_(action_ids))
        .order_by(TrainingClass.end_date, TrainingClass.code)
    ).all()
    found: dict[int, list[LinkedClass]] = defaultdict(list)
    for action_id, class_id, code, title, end, closed_on, people, minutes in rows:
        found[action_id].append(
            LinkedClass(
                class_id, code, title, end, closed_on is not None, int(people), int(minutes)
            )
        )
    return found


def plan_tree(db: Database, code: str) -> PlanTree:
    """A plan with its strategies, actions, progress entries and linked classes."""
    with db.session() as s:
        plan = load_plan(s, code)
        strategies = s.scalars(
            select(PlanStrategy)
            .where(PlanStrategy.plan_id == plan.id)
            .order_by(PlanStrategy.sort_order, PlanStrategy.id)
        ).all()
        actions = s.scalars(
            select(PlanAction)
            .join(PlanStrategy, PlanStrategy.id == PlanAction.strategy_id)
            .where(PlanStrategy.plan_id == plan.id)
            .order_by(PlanAction.sort_order, PlanAction.id)
        ).all()
        ids = [a.id for a in actions]
        progress: dict[int, list[ProgressInfo]] = defaultdict(list)
        if ids:
            for p in s.scalars(
                select(PlanProgress)
                .where(PlanProgress.action_id.in_(ids))
                .order_by(PlanProgress.day, PlanProgress.id)
            ):
                progress[p.action_id].append(
                    ProgressInfo(p.id, p.day, p.text, p.done_percent, p.version)
                )
        classes = linked_class_summaries(s, ids)
        by_strategy: dict[int, list[ActionInfo]] = defaultdict(list)
        for a in actions:
            by_strategy[a.strategy_id].append(
                ActionInfo(
                    a.id,
                    a.strategy_id,
                    a.action_no,
                    a.text,
                    a.schedule,
                    a.indicators,
                    a.promoting_unit,
                    a.implementing_unit,
                    a.version,
                    tuple(progress.get(a.id, ())),
                    tuple(classes.get(a.id, ())),
                )
            )
        return PlanTree(
            plan_info(plan),
            tuple(
                StrategyInfo(st.id, st.strategy_no, st.name, st.version, tuple(by_strategy[st.id]))
                for st in strategies
            ),
        )


# --- plans ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanInput:
    code: str
    name: str
    made_on: dt.date | None = None
    basis: str = ""
    goals: str = ""
    target_group: str = ""
    first_year: int | None = None
    last_year: int | None = None
    unit: str = ""


def plan_problems(data: PlanInput) -> list[Problem]:
    """What is wrong with a plan's fields (the workbook import shares these checks)."""
    problems: list[Problem] = []
    code = data.code.strip()
    if not code:
        problems.append(Problem(_("計畫代碼必填。"), column="計畫代碼"))
    elif len(code) > CODE_MAX:
        problems.append(
            Problem(_("計畫代碼不可超過 {n} 個字。").format(n=CODE_MAX), column="計畫代碼")
        )
    if not data.name.strip():
        problems.append(Problem(_("計畫名稱必填。"), column="計畫名稱"))
    if (data.first_year is None) != (data.last_year is None):
        problems.append(Problem(_("起始年度與結束年度須一起填寫。"), column="結束年度"))
    elif data.first_year is not None and data.last_year is not None:
        if data.last_year < data.first_year:
            problems.append(Problem(_("結束年度不可早於起始年度。"), column="結束年度"))
        elif data.last_year - data.first_year > 20:
            problems.append(Problem(_("計畫期間不可超過 20 年。"), column="結束年度"))
    return problems


def save_plan(
    db: Database, data: PlanInput, plan_id: int | None = None, version: int | None = None
) -> PlanInfo:
    """Create a plan (``plan_id`` None) or edit one; InputRefused lists what is wrong."""
    problems = plan_problems(data)
    if problems:
        raise InputRefused(problems)
    with db.session() as s:
        same = s.scalar(select(Plan).where(Plan.code == data.code.strip()))
        if same is not None and same.id != plan_id:
            raise InputRefused(
                [Problem(_("計畫代碼「{code}」已有其他計畫使用。").format(code=data.code.strip()))]
            )
        if plan_id is None:
            plan = Plan(code=data.code.strip(), name="", version=1)
            s.add(plan)
        else:
            found = s.get(Plan, plan_id)
            if found is None:
                raise NotFound(_("找不到此計畫，可能已被刪除。"))
            plan = found
            _check_version(plan, version)
        plan.code = data.code.strip()
        plan.name = data.name.strip()
        plan.made_on = data.made_on
        plan.basis = data.basis.strip()
        plan.goals = data.goals.strip()
        plan.target_group = data.target_group.strip()
        plan.first_year, plan.last_year = data.first_year, data.last_year
        plan.unit = data.unit.strip()
        s.flush()
        return plan_info(plan)


def delete_plan(db: Database, plan_id: int) -> None:
    """Delete a plan with its strategies, actions, progress, links and KPIs."""
    with db.session() as s:
        plan = s.get(Plan, plan_id)
        if plan is None:
            raise NotFound(_("找不到此計畫，可能已被刪除。"))
        s.delete(plan)


# --- strategies and actions -----------------------------------------------------------------


def _next_order(s: Session, column: object, where: object) -> int:
    return int(s.scalar(select(func.coalesce(func.max(column), 0)).where(where)) or 0) + 1  # type: ignore[arg-type]


def _number_problem(value: str, label: str) -> Problem | None:
    if not value.strip():
        return Problem(_("{label}必填。").format(label=label), column=label)
    if len(value.strip()) > NO_MAX:
        return Problem(_("{label}不可超過 {n} 個字。").format(label=label, n=NO_MAX), column=label)
    return None


def save_strategy(
    db: Database,
    plan_id: int,
    strategy_no: str,
    name: str,
    strategy_id: int | None = None,
    version: int | None = None,
) -> int:
    """Create or edit a strategy of a plan; returns its id."""
    problem = _number_problem(strategy_no, "策略編號")
    if problem:
        raise InputRefused([problem])
    with db.session() as s:
        same = s.scalar(
            select(PlanStrategy).where(
                PlanStrategy.plan_id == plan_id, PlanStrategy.strategy_no == strategy_no.strip()
            )
        )
        if same is not None and same.id != strategy_id:
            raise InputRefused(
                [Problem(_("策略編號「{no}」已存在。").format(no=strategy_no.strip()))]
            )
        if strategy_id is None:
            order = _next_order(s, PlanStrategy.sort_order, PlanStrategy.plan_id == plan_id)
            row = PlanStrategy(plan_id=plan_id, sort_order=order, version=1)
            s.add(row)
        else:
            found = s.get(PlanStrategy, strategy_id)
            if found is None:
                raise NotFound(_("找不到此策略，可能已被刪除。"))
            row = found
            _check_version(row, version)
        row.strategy_no, row.name = strategy_no.strip(), name.strip()
        s.flush()
        return row.id


def delete_strategy(db: Database, strategy_id: int) -> None:
    """Delete a strategy and its actions; its KPIs stay with the plan, without a strategy."""
    with db.session() as s:
        row = s.get(PlanStrategy, strategy_id)
        if row is None:
            raise NotFound(_("找不到此策略，可能已被刪除。"))
        s.execute(
            update(PlanKpi).where(PlanKpi.strategy_id == strategy_id).values(strategy_id=None)
        )
        s.delete(row)


@dataclass(frozen=True)
class ActionInput:
    action_no: str
    text: str
    schedule: str = ""
    indicators: str = ""
    promoting_unit: str = ""
    implementing_unit: str = ""


def save_action(
    db: Database,
    strategy_id: int,
    data: ActionInput,
    action_id: int | None = None,
    version: int | None = None,
) -> int:
    """Create or edit an action (具體作法) of a strategy; returns its id. The 辦理期程 is
    kept as written whatever it says (the screen shows what was understood)."""
    problems = [p for p in (_number_problem(data.action_no, "作法編號"),) if p]
    if not data.text.strip():
        problems.append(Problem(_("具體作法必填。"), column="具體作法"))
    if len(data.schedule.strip()) > 200:
        problems.append(Problem(_("辦理期程不可超過 200 個字。"), column="辦理期程"))
    if problems:
        raise InputRefused(problems)
    with db.session() as s:
        same = s.scalar(
            select(PlanAction).where(
                PlanAction.strategy_id == strategy_id,
                PlanAction.action_no == data.action_no.strip(),
            )
        )
        if same is not None and same.id != action_id:
            raise InputRefused(
                [Problem(_("作法編號「{no}」已存在。").format(no=data.action_no.strip()))]
            )
        if action_id is None:
            order = _next_order(s, PlanAction.sort_order, PlanAction.strategy_id == strategy_id)
            row = PlanAction(strategy_id=strategy_id, sort_order=order, version=1)
            s.add(row)
        else:
            found = s.get(PlanAction, action_id)
            if found is None:
                raise NotFound(_("找不到此具體作法，可能已被刪除。"))
            row = found
            _check_version(row, version)
        row.action_no = data.action_no.strip()
        row.text = data.text.strip()
        row.schedule = data.schedule.strip()
        row.indicators = data.indicators.strip()
        row.promoting_unit = data.promoting_unit.strip()
        row.implementing_unit = data.implementing_unit.strip()
        s.flush()
        return row.id


def delete_action(db: Database, action_id: int) -> None:
    with db.session() as s:
        row = s.get(PlanAction, action_id)
        if row is None:
            raise NotFound(_("找不到此具體作法，可能已被刪除。"))
        s.delete(row)


# --- progress -------------------------------------------------------------------------------


def save_progress(
    db: Database,
    action_id: int,
    day: dt.date,
    text: str,
    done_percent: int | None,
    progress_id: int | None = None,
    version: int | None = None,
) -> int:
    """Add or edit a progress entry (date, what was done, done 0–100 %)."""
    problems = []
    if not text.strip():
        problems.append(Problem(_("請填寫辦理情形。"), column="辦理情形"))
    if done_percent is not None and not 0 <= done_percent <= 100:
        problems.append(Problem(_("完成度須介於 0% 與 100% 之間。"), column="完成度"))
    if problems:
        raise InputRefused(problems)
    with db.session() as s:
        if progress_id is None:
            if s.get(PlanAction, action_id) is None:
                raise NotFound(_("找不到此具體作法，可能已被刪除。"))
            row = PlanProgress(action_id=action_id, version=1)
            s.add(row)
        else:
            found = s.get(PlanProgress, progress_id)
            if found is None:
                raise NotFound(_("找不到此筆辦理情形，可能已被刪除。"))
            row = found
            _check_version(row, version)
        row.day, row.text, row.done_percent = day, text.strip(), done_percent
        s.flush()
        return row.id


def delete_progress(db: Database, progress_id: int) -> None:
    with db.session() as s:
        s.execute(delete(PlanProgress).where(PlanProgress.id == progress_id))


# --- linked classes -------------------------------------------------------------------------


@dataclass(frozen=True)
class ClassChoice:
    class_id: int
    code: str
    title: str
    end_date: dt.date | None
    closed: bool


def class_choices(
    db: Database, text: str = "", year: int | None = None, limit: int = 200
) -> list[ClassChoice]:
    """Classes for the link picker: by code or title words, in one year or all, newest first."""
    query = select(
        TrainingClass.id,
        TrainingClass.code,
        TrainingClass.title,
        TrainingClass.end_date,
        TrainingClass.closed_on,
    ).where(TrainingClass.cancelled.is_(False))
    words = text.strip()
    if words:
        pattern = f"%{words}%"
        query = query.where(
            or_(TrainingClass.code.like(pattern), TrainingClass.title.like(pattern))
        )
    if year is not None:
        query = query.where(
            TrainingClass.end_date.between(dt.date(year, 1, 1), dt.date(year, 12, 31))
        )
    query = query.order_by(TrainingClass.end_date.desc(), TrainingClass.code.desc()).limit(limit)
    with db.session() as s:
        return [
            ClassChoice(i, c, t, e, closed is not None) for i, c, t, e, closed in s.execute(query)
        ]


def link_classes(db: Database, action_id: int, class_ids: list[int]) -> int:
    """Link classes to an action as evidence; already linked ones are left as they are.
    Returns how many links were added."""
    with db.session() as s:
        if s.get(PlanAction, action_id) is None:
            raise NotFound(_("找不到此具體作法，可能已被刪除。"))
        have = set(
            s.scalars(
                select(PlanActionClass.class_id).where(PlanActionClass.action_id == action_id)
            )
        )
        added = 0
        for class_id in dict.fromkeys(class_ids):
            if class_id in have:
                continue
            if s.get(TrainingClass, class_id) is None:
                raise NotFound(_("找不到班期（編號 {id}）。").format(id=class_id))
            s.add(PlanActionClass(action_id=action_id, class_id=class_id))
            added += 1
        return added


def unlink_class(db: Database, action_id: int, class_id: int) -> None:
    with db.session() as s:
        s.execute(
            delete(PlanActionClass).where(
                PlanActionClass.action_id == action_id, PlanActionClass.class_id == class_id
            )
        )
