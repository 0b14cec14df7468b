"""The year-end appraisal (年終考績 / 另予考績, SPEC R14): the year's view of every person,
entering scores, choosing the kind, and the workflow 未評擬 → 已評擬 → 初核 → 覆核 → 已核定.

The view of a whole year is five queries whatever its size (the appraisals with the people,
the 獎懲 tallies, the leave summaries, the credited hours, the 官等 order); every rule —
score, grade, the named problems, the 甲等 evidence, the ratio — is the domain's, applied
to plain values. A save is one small unit of work that logs every score, grade, kind and
status change (old → new); after 已核定 a change needs a reason (``domain.workflow``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrplanner.domain.appraisal.checks import AppraisalFacts, check_appraisal
from hrplanner.domain.appraisal.evidence import Evidence, a_grade_evidence
from hrplanner.domain.appraisal.kind import kind_override_problems
from hrplanner.domain.appraisal.leave import LeaveSummary
from hrplanner.domain.appraisal.notice import PayPosition
from hrplanner.domain.appraisal.problems import Problem as RuleProblem
from hrplanner.domain.appraisal.ratio import RatioEntry, RatioRow, a_ratio_by_rank, ratio_problems
from hrplanner.domain.appraisal.rewards import RewardTally
from hrplanner.domain.appraisal.score import (
    Components,
    appraisal_score,
    components_from_entry,
    score_problems,
)
from hrplanner.domain.appraisal.vocabulary import (
    AppraisalKind,
    Grade,
    WorkflowStatus,
    d_ground,
)
from hrplanner.domain.appraisal.workflow import (
    change_problems,
    field_changes,
    transition_problems,
)
from hrplanner.i18n import _
from hrplanner.services.appraisal import workflow_dates
from hrplanner.services.appraisal.changes import check_version, log, refuse, refusing_stale
from hrplanner.services.appraisal.config import load_config
from hrplanner.services.appraisal.cycle import CycleInfo, get_cycle
from hrplanner.services.appraisal.scoring import ENTITY, LABELS, components_of, item_of, restore
from hrplanner.services.appraisal.yeardata import (
    EMPTY_TALLY,
    credited_minutes,
    leave_summaries,
    reward_tallies,
)
from hrplanner.services.common.errors import NotFound
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    Appraisal,
    AppraisalCycle,
    Employee,
    RankGroup,
    StaffCategory,
    Unit,
)
from hrplanner.storage.models.appraisal import SCHEME_CIVIL


@dataclass(frozen=True)
class YearEndRow:
    """One person's appraisal of the year, with everything the page and the papers show."""

    id: int
    version: int
    year: int
    employee_id: int
    employee_no: str
    name: str
    unit: str
    title: str
    category: str
    rank_group: str | None
    kind: str | None
    suggested_kind: str | None
    kind_reason: str
    months: int
    work: int | None
    conduct: int | None
    knowledge: int | None
    ability: int | None
    item_score: int | None
    net_points: int
    tally: RewardTally
    score: int | None
    grade: str | None
    status: str
    facts: str
    note: str
    punished: bool
    d_ground: str | None
    pay_position: str
    leave: LeaveSummary | None
    credited_minutes: int
    problems: tuple[RuleProblem, ...]
    evidence: tuple[Evidence, ...]
    clamp_note: str | None
    rated_on: dt.date | None = None
    first_review_on: dt.date | None = None
    head_review_on: dt.date | None = None
    approved_on: dt.date | None = None

    @property
    def components(self) -> Components | None:
        values = (self.work, self.conduct, self.knowledge, self.ability)
        if any(v is None for v in values):
            return None
        return Components(*values)  # type: ignore[arg-type]

    @property
    def item(self) -> int | None:
        """The usable item score (typed, or the components' sum), None when not rated."""
        if self.item_score is not None:
            return self.item_score
        components = self.components
        return components.total if components is not None else None


@dataclass(frozen=True)
class YearEndView:
    year: int
    cycle: CycleInfo | None
    rows: list[YearEndRow]
    limit: Fraction
    rank_order: tuple[str, ...]
    ratio: tuple[RatioRow, ...] = ()
    ratio_warnings: tuple[RuleProblem, ...] = field(default_factory=tuple)


def row_problems(
    kind: str | None,
    item_score: int | None,
    components: Components | None,
    grade: str | None,
    net: int,
    leave: LeaveSummary | None,
    punished: bool,
    ground: str | None,
) -> tuple[RuleProblem, ...]:
    """Every named problem of one appraisal: the score entry, then the R14 checks."""
    if kind is None:
        return ()
    problems = score_problems(item_score, components)
    if grade is not None:
        problems += check_appraisal(AppraisalFacts(Grade(grade), net, leave, punished, ground))
    return problems


def rank_order(session: Session) -> tuple[str, ...]:
    return tuple(session.scalars(select(RankGroup.name).order_by(RankGroup.sort_order)))


def ratio_of(
    rows: Sequence[YearEndRow], limit: Fraction, order: Sequence[str]
) -> tuple[RatioRow, ...]:
    """The 甲 share per 官等 of the 年終考績 among ``rows``."""
    return a_ratio_by_rank(
        (
            RatioEntry(r.rank_group, AppraisalKind(r.kind), Grade(r.grade) if r.grade else None)
            for r in rows
            if r.kind is not None
        ),
        limit,
        order,
    )


# Plain rows, not ORM objects: a year of 3,000 appraisals reads in a fraction of the time.
_ROW_COLUMNS = (
    *Appraisal.__table__.c,
    Employee.employee_no.label("emp_no"),
    Employee.name.label("emp_name"),
    Unit.name.label("unit_name"),
    Employee.title.label("emp_title"),
    StaffCategory.name.label("category_name"),
)


def _query(year: int) -> object:
    return (
        select(*_ROW_COLUMNS)
        .join(Employee, Employee.id == Appraisal.employee_id)
        .join(Unit, Unit.id == Employee.unit_id)
        .join(StaffCategory, StaffCategory.id == Employee.category_id)
        .where(Appraisal.year == year)
        .order_by(Unit.sort_order, Unit.name, Employee.employee_no)
    )


def build_row(a: Any, tally: RewardTally, leave: LeaveSummary | None, minutes: int) -> YearEndRow:
    """One row of the view from a row of ``_ROW_COLUMNS`` and the person's year."""
    components = components_of(a)
    item = item_of(a)
    clamp = None
    if item is not None and a.kind is not None:
        clamp = appraisal_score(item, a.net_points).clamp_note()
    return YearEndRow(
        id=a.id,
        version=a.version,
        year=a.year,
        employee_id=a.employee_id,
        employee_no=a.emp_no,
        name=a.emp_name,
        unit=a.unit_name,
        title=a.emp_title or "",
        category=a.category_name,
        rank_group=a.rank_group,
        kind=a.kind,
        suggested_kind=a.suggested_kind,
        kind_reason=a.kind_reason or "",
        months=a.months,
        work=a.work,
        conduct=a.conduct,
        knowledge=a.knowledge,
        ability=a.ability,
        item_score=a.item_score,
        net_points=a.net_points,
        tally=tally,
        score=a.score,
        grade=a.grade,
        status=a.status,
        facts=a.facts or "",
        note=a.note or "",
        punished=a.punished,
        d_ground=a.d_ground,
        pay_position=a.pay_position,
        leave=leave,
        credited_minutes=minutes,
        problems=row_problems(
            a.kind, a.item_score, components, a.grade, a.net_points, leave, a.punished, a.d_ground
        ),
        evidence=a_grade_evidence(tally, leave, minutes) if a.kind is not None else (),
        clamp_note=clamp,
        rated_on=a.rated_on,
        first_review_on=a.first_review_on,
        head_review_on=a.head_review_on,
        approved_on=a.approved_on,
    )


def year_end_view(db: Database, year: int) -> YearEndView:
    """Every appraisal of Gregorian ``year`` (empty when the year is not opened), by unit
    and employee number, with the ratio per 官等 and its warnings."""
    config = load_config(db)
    with db.session() as session:
        order = rank_order(session)
        tallies = reward_tallies(session, year)
        leaves = leave_summaries(session, year)
        minutes = credited_minutes(session, year)
        rows = [
            build_row(
                a,
                tallies.get(a.employee_id, EMPTY_TALLY),
                leaves.get(a.employee_id),
                minutes.get(a.employee_id, 0),
            )
            for a in session.connection().execute(_query(year))  # type: ignore[call-overload]
        ]
    ratio = ratio_of(rows, config.a_ratio_limit, order)
    return YearEndView(
        year, get_cycle(db, year), rows, config.a_ratio_limit, order, ratio, ratio_problems(ratio)
    )


def one_row(db: Database, appraisal_id: int) -> YearEndRow:
    """One appraisal as the view shows it (after a save, to refresh one line)."""
    with db.session() as session:
        a = session.connection().execute(_query_one(appraisal_id)).first()
        if a is None:
            raise NotFound(_("找不到這筆考績（編號 {id}）").format(id=appraisal_id))
        person = a.employee_id
        tally = reward_tallies(session, a.year, {person}).get(person, EMPTY_TALLY)
        leave = leave_summaries(session, a.year, person).get(person)
        minutes = credited_minutes(session, a.year, person).get(person, 0)
        return build_row(a, tally, leave, minutes)


def _query_one(appraisal_id: int):  # type: ignore[no-untyped-def]
    return (
        select(*_ROW_COLUMNS)
        .join(Employee, Employee.id == Appraisal.employee_id)
        .join(Unit, Unit.id == Employee.unit_id)
        .join(StaffCategory, StaffCategory.id == Employee.category_id)
        .where(Appraisal.id == appraisal_id)
    )


# --- entering and changing ------------------------------------------------------------------


@dataclass(frozen=True)
class YearEndEntry:
    """What the officer enters for one person: the item score or the four components (or
    both, which must agree), the facts, and the fields the checks and notice use."""

    item_score: int | None = None
    work: int | None = None
    conduct: int | None = None
    knowledge: int | None = None
    ability: int | None = None
    facts: str = ""
    note: str = ""
    punished: bool = False
    d_ground: str | None = None
    pay_position: str = PayPosition.BASE.value


def entry_problems(entry: YearEndEntry) -> tuple[RuleProblem, ...]:
    """What is wrong with an entry before it meets the stored record (import and screen)."""
    components, problems = components_from_entry(
        entry.work, entry.conduct, entry.knowledge, entry.ability
    )
    if entry.item_score is not None or components is not None:
        problems += score_problems(entry.item_score, components)
    ground = (entry.d_ground or "").strip()
    if ground and d_ground(ground) is None:
        problems += (
            RuleProblem(
                "d_ground_unknown", _("丁等事由代碼「{code}」無法辨識。").format(code=ground)
            ),
        )
    try:
        PayPosition(entry.pay_position)
    except ValueError:
        problems += (
            RuleProblem(
                "pay_position_unknown",
                _("俸級位置「{value}」無法辨識").format(value=entry.pay_position),
            ),
        )
    return problems


def _load(session: Session, appraisal_id: int) -> Appraisal:
    row = session.get(Appraisal, appraisal_id)
    if row is None:
        raise NotFound(_("找不到這筆考績（編號 {id}）").format(id=appraisal_id))
    return row


def apply_entry(
    session: Session,
    user: str,
    row: Appraisal,
    entry: YearEndEntry,
    *,
    reason: str,
    today: dt.date,
) -> bool:
    """Write a checked entry onto ``row`` (the import shares it); True if anything changed."""
    new: dict[str, object] = {
        "item_score": entry.item_score,
        "work": entry.work,
        "conduct": entry.conduct,
        "knowledge": entry.knowledge,
        "ability": entry.ability,
        "facts": entry.facts.strip() or None,
        "note": entry.note.strip() or None,
        "punished": entry.punished,
        "d_ground": (entry.d_ground or "").strip() or None,
        "pay_position": entry.pay_position,
    }
    old = {name: getattr(row, name) for name in new}
    changes = field_changes(old, new, reason)
    refuse(change_problems(WorkflowStatus(row.status), changes, reason))
    for change in changes:
        log(session, user, ENTITY, row.id, LABELS[change.field], change.old, change.new, reason)
        setattr(row, change.field, change.new)
    restore(session, user, row, row.net_points, reason)
    status = WorkflowStatus(row.status)
    if status == WorkflowStatus.NOT_RATED and row.score is not None:
        move(session, user, row, WorkflowStatus.RATED, today, reason)
    elif status == WorkflowStatus.RATED and item_of(row) is None:
        move(session, user, row, WorkflowStatus.NOT_RATED, today, reason)
    return bool(changes)


def save_entry(
    db: Database,
    appraisal_id: int,
    entry: YearEndEntry,
    *,
    version: int | None,
    today: dt.date,
    reason: str = "",
) -> YearEndRow:
    """Save one person's entry; InputRefused names every problem, ConflictError when
    someone else saved the record since ``version`` was read. A first complete score makes
    the record 已評擬."""
    refuse(entry_problems(entry))
    with refusing_stale(), db.session() as session:
        row = _load(session, appraisal_id)
        check_version(row.version, version)
        if row.kind is None and (entry.item_score is not None or entry.work is not None):
            refuse([RuleProblem("no_appraisal_this_year", _("該年度不辦理考績，不能評分。"))])
        apply_entry(session, db.user, row, entry, reason=reason, today=today)
    return one_row(db, appraisal_id)


def set_kind(
    db: Database,
    appraisal_id: int,
    kind: str | None,
    *,
    reason: str,
    version: int | None,
) -> YearEndRow:
    """Choose the kind (年終考績, 另予考績 or None for no appraisal); a kind other than the
    suggested one needs a reason (R14), as does any change after 已核定."""
    chosen = AppraisalKind(kind) if kind else None
    with refusing_stale(), db.session() as session:
        row = _load(session, appraisal_id)
        check_version(row.version, version)
        suggested = AppraisalKind(row.suggested_kind) if row.suggested_kind else None
        refuse(kind_override_problems(suggested, chosen, reason))
        new_kind = chosen.value if chosen else None
        changes = field_changes({"kind": row.kind}, {"kind": new_kind}, reason)
        refuse(change_problems(WorkflowStatus(row.status), changes, reason))
        log(session, db.user, ENTITY, row.id, LABELS["kind"], row.kind, new_kind, reason)
        row.kind = new_kind
        row.kind_reason = reason.strip() or None if chosen != suggested else None
        restore(session, db.user, row, row.net_points, reason)
    return one_row(db, appraisal_id)


def move(
    session: Session,
    user: str,
    row: Appraisal,
    new: WorkflowStatus,
    today: dt.date,
    reason: str,
) -> None:
    log(session, user, ENTITY, row.id, LABELS["status"], row.status, new.value, reason)
    workflow_dates.stamp(row, WorkflowStatus(row.status), new, today)
    row.status = new.value


def move_status(
    db: Database,
    appraisal_ids: Sequence[int],
    new_status: str,
    *,
    today: dt.date,
    reason: str = "",
) -> int:
    """Move appraisals one workflow step, all or nothing with every refusal named:
    a step past 已評擬 needs a valid score, 初核 the committee's meeting date, and leaving
    已核定 a reason. Returns how many moved."""
    target = WorkflowStatus(new_status)
    problems: list[RuleProblem] = []
    moved = 0
    with refusing_stale(), db.session() as session:
        rows = _load_many(session, appraisal_ids)
        meetings: dict[int, dt.date | None] = {}
        names = employee_names(session, [r.employee_id for r in rows])
        for row in rows:
            if row.year not in meetings:
                meetings[row.year] = meeting_date_of(session, row.year)
            old = WorkflowStatus(row.status)
            found = transition_problems(old, target, reason=reason, meeting_date=meetings[row.year])
            if target != WorkflowStatus.NOT_RATED and old != target:
                if row.kind is None:
                    found += (
                        RuleProblem("no_appraisal_this_year", _("該年度不辦理考績，不能評分。")),
                    )
                else:
                    found += score_problems(row.item_score, components_of(row))
            if found:
                name = names.get(row.employee_id) or str(row.employee_id)
                problems.extend(
                    RuleProblem(p.code, _("{name}：{reason}").format(name=name, reason=p.message))
                    for p in found
                )
                continue
            if old != target:
                move(session, db.user, row, target, today, reason)
                moved += 1
        refuse(problems)
    return moved


def _load_many(session: Session, ids: Sequence[int]) -> list[Appraisal]:
    found: list[Appraisal] = []
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), 900):
        chunk = unique[start : start + 900]
        found.extend(session.scalars(select(Appraisal).where(Appraisal.id.in_(chunk))))
    if len(found) != len(unique):
        raise NotFound(_("找不到部分考績資料，請重新載入"))
    order = {i: n for n, i in enumerate(unique)}
    return sorted(found, key=lambda r: order[r.id])


def meeting_date_of(session: Session, year: int) -> dt.date | None:
    """The committee's meeting date of ``year`` (None: not set, or not opened)."""
    return session.scalar(
        select(AppraisalCycle.meeting_date).filter_by(scheme=SCHEME_CIVIL, year=year)
    )


def employee_names(session: Session, ids: Sequence[int]) -> dict[int, str]:
    names: dict[int, str] = {}
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), 900):
        chunk = unique[start : start + 900]
        query = select(Employee.id, Employee.name).where(Employee.id.in_(chunk))
        names.update(session.execute(query).all())
    return names
