"""The staff roster (人員): search, read, create, edit, deactivate and delete people.

Every public function is one unit of work and returns plain dataclasses. Refusals raise
``InputRefused`` with problems naming the SPEC §3.1 column, and leave the data as it was;
an edit based on a stale copy raises ``ConflictError`` (shared PostgreSQL databases).
The field checks and allowed values are in ``services.staff.validation``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, or_, select
from sqlalchemy import delete as sql_delete
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from hrplanner.domain import national_id
from hrplanner.domain.text import NAME_SEPARATORS, clean_cell, fold_name
from hrplanner.domain.vocabulary import LEFT, RETIRED
from hrplanner.i18n import N_, _
from hrplanner.services.common.errors import ConflictError, InputRefused, NotFound, Problem
from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.services.imports.tabular import not_an_option_text
from hrplanner.services.staff.records import EmployeeData
from hrplanner.services.staff.rows import EmployeeRow as EmployeeRow
from hrplanner.services.staff.rows import StaffFilter as StaffFilter
from hrplanner.services.staff.validation import (
    FIELD_LABELS,
    STATUSES,
    clean,
    national_id_taken,
    reference_names,
    validate,
)
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    Appraisal,
    ChangeLog,
    Employee,
    Enrollment,
    ExternalRecord,
    InterimRecordRow,
    LeaveSummaryRow,
    RankGroup,
    RewardRecord,
    StaffCategory,
    TeacherAppraisal,
    Unit,
)

# --- search -------------------------------------------------------------------------------

_RankAlias = aliased(RankGroup)

SORT_KEYS: dict[str, Any] = {
    "employee_no": Employee.employee_no,
    "name": Employee.name,
    "national_id": Employee.national_id,
    "gender": Employee.gender,
    "unit": Unit.sort_order,
    "title": Employee.title,
    "category": StaffCategory.sort_order,
    "rank_group": _RankAlias.sort_order,
    "hire_date": Employee.hire_date,
    "status": Employee.status,
    "email": Employee.email,
    "meal": Employee.meal,
}


def _base(columns: Sequence[Any]) -> Select[Any]:
    return (
        select(*columns)
        .join(Unit, Employee.unit_id == Unit.id)
        .join(StaffCategory, Employee.category_id == StaffCategory.id)
        .outerjoin(_RankAlias, Employee.rank_group_id == _RankAlias.id)
    )


def _where(flt: StaffFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    text = clean_cell(flt.text)
    if text:
        conditions.append(
            or_(
                Employee.name.icontains(text, autoescape=True),
                Employee.employee_no.icontains(text, autoescape=True),
                *_folded_name_match(text),
            )
        )
    if flt.unit_id is not None:
        conditions.append(Employee.unit_id == flt.unit_id)
    if flt.category_id is not None:
        conditions.append(Employee.category_id == flt.category_id)
    if flt.status:
        conditions.append(Employee.status == flt.status)
    return conditions


def _folded_name_match(text: str) -> list[ColumnElement[bool]]:
    """The name compared in its folded form (``domain.text.fold_name``), so that 瓦歷斯‧諾幹
    finds 瓦歷斯·諾幹: the separators and spaces are removed on both sides, in SQL (REPLACE
    exists in SQLite and PostgreSQL); a search typed without the separator finds it too."""
    folded = fold_name(text)
    if not folded:
        return []
    stored: ColumnElement[str] = Employee.name.expression
    for separator in (*NAME_SEPARATORS, " ", "\u3000"):
        stored = func.replace(stored, separator, "")
    return [stored.icontains(folded, autoescape=True)]


def _ordered(query: Select[Any], sort: str, descending: bool) -> Select[Any]:
    if sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {sort!r}")
    column = SORT_KEYS[sort]
    key = column.desc() if descending else column.asc()
    # NULLS LAST on both databases (SQLite puts NULLs first by default, PostgreSQL last).
    return query.order_by(key.nulls_last(), Employee.employee_no, Employee.id)


def search_ids(
    db: Database, flt: StaffFilter, sort: str = "employee_no", descending: bool = False
) -> list[int]:
    """The ids of the matching people in display order (one query; for lazy lists)."""
    query = _ordered(_base([Employee.id]).where(*_where(flt)), sort, descending)
    with db.session() as session:
        return list(session.scalars(query))


_ROW_COLUMNS = (
    Employee.id,
    Employee.employee_no,
    Employee.name,
    Employee.national_id,
    Employee.gender,
    Unit.name.label("unit"),
    Employee.title,
    StaffCategory.name.label("category"),
    _RankAlias.name.label("rank_group"),
    Employee.hire_date,
    Employee.status,
    Employee.email,
    Employee.meal,
)


def _row(r: Any) -> EmployeeRow:
    return EmployeeRow(
        id=r.id,
        employee_no=r.employee_no,
        name=r.name,
        national_id_masked=national_id.mask(r.national_id),
        gender=r.gender or "",
        unit=r.unit,
        title=r.title or "",
        category=r.category,
        rank_group=r.rank_group or "",
        hire_date=r.hire_date,
        status=r.status,
        email=r.email or "",
        meal=r.meal,
    )


def rows_for_ids(db: Database, ids: Sequence[int]) -> list[EmployeeRow]:
    """The rows of ``ids`` in the same order (unknown ids are left out)."""
    found: dict[int, EmployeeRow] = {}
    with db.session() as session:
        # Chunked: SQLite limits the number of bound parameters in one statement.
        for start in range(0, len(ids), 900):
            chunk = list(ids[start : start + 900])
            for r in session.execute(_base(_ROW_COLUMNS).where(Employee.id.in_(chunk))):
                found[r.id] = _row(r)
    return [found[i] for i in ids if i in found]


def search(
    db: Database, flt: StaffFilter, sort: str = "employee_no", descending: bool = False
) -> list[EmployeeRow]:
    query = _ordered(_base(_ROW_COLUMNS).where(*_where(flt)), sort, descending)
    with db.session() as session:
        return [_row(r) for r in session.execute(query)]


# --- reading and writing one person -------------------------------------------------------


def _load(session: Session, employee_id: int) -> Employee:
    employee = session.get(Employee, employee_id)
    if employee is None:
        raise NotFound(_("找不到人員（編號 {id}）").format(id=employee_id))
    return employee


def to_data(employee: Employee) -> EmployeeData:
    return EmployeeData(
        employee_no=employee.employee_no,
        name=employee.name,
        national_id=employee.national_id or "",
        gender=employee.gender or "",
        birth_date=employee.birth_date,
        unit=employee.unit.name,
        title=employee.title or "",
        category=employee.category.name,
        rank_group=employee.rank_group.name if employee.rank_group else "",
        hire_date=employee.hire_date,
        email=employee.email or "",
        meal=employee.meal,
        status=employee.status,
        leave_date=employee.leave_date,
        is_supervisor=employee.is_supervisor,
        version=employee.version,
    )


def get(db: Database, employee_id: int) -> EmployeeData:
    with db.session() as session:
        return to_data(_load(session, employee_id))


def _checked(session: Session, data: EmployeeData, employee_id: int | None) -> EmployeeData:
    data = clean(data)
    cats, ranks = reference_names(session)
    problems = validate(data, categories=cats, rank_groups=ranks)
    if data.employee_no:
        other = session.scalar(select(Employee.id).filter_by(employee_no=data.employee_no))
        if other is not None and other != employee_id:
            message = _("員工編號「{number}」已有人使用").format(number=data.employee_no)
            problems.append(Problem(message, column=FIELD_LABELS["employee_no"]))
    duplicate = _national_id_holder(session, data.national_id, employee_id)
    if duplicate is not None:
        problems.append(Problem(duplicate, column=FIELD_LABELS["national_id"]))
    if problems:
        raise InputRefused(problems)
    return data


def _national_id_holder(session: Session, number: str, employee_id: int | None) -> str | None:
    """The problem when ``number`` (new or changed for this person) belongs to someone else.

    Only a new or changed number is checked, so that a duplicate left from before this
    check does not block every later edit of the person; it is refused when re-entered."""
    if not number or not national_id.is_valid(number):
        return None  # blank, or already reported as invalid
    if employee_id is not None:
        current = session.get(Employee, employee_id)
        if current is not None and current.national_id == number:
            return None
    holder = session.scalar(
        select(Employee.employee_no)
        .where(Employee.national_id == number, Employee.id != (employee_id or -1))
        .order_by(Employee.employee_no)
        .limit(1)
    )
    return None if holder is None else national_id_taken(number, holder)


def apply(session: Session, employee: Employee, data: EmployeeData) -> None:
    """Copy checked ``data`` onto ``employee`` (units created on first use)."""
    employee.employee_no = data.employee_no
    employee.name = data.name
    employee.national_id = data.national_id or None
    employee.gender = data.gender or None
    employee.birth_date = data.birth_date
    employee.unit = get_or_create_unit(session, data.unit)
    employee.title = data.title or None
    employee.category = session.scalars(select(StaffCategory).filter_by(name=data.category)).one()
    employee.rank_group = (
        session.scalars(select(RankGroup).filter_by(name=data.rank_group)).one()
        if data.rank_group
        else None
    )
    employee.hire_date = data.hire_date
    employee.email = data.email or None
    employee.meal = data.meal
    employee.status = data.status
    employee.leave_date = data.leave_date
    employee.is_supervisor = data.is_supervisor


def create(db: Database, data: EmployeeData) -> int:
    """Add a person; returns the new id."""
    with db.session() as session:
        data = _checked(session, data, None)
        employee = Employee()
        apply(session, employee, data)
        session.add(employee)
        session.flush()
        return employee.id


def update(db: Database, employee_id: int, data: EmployeeData) -> None:
    """Save an edit; ConflictError when someone else saved the person since ``get``."""
    try:
        with db.session() as session:
            employee = _load(session, employee_id)
            if employee.version != data.version:
                raise ConflictError(_(_CONFLICT))
            data = _checked(session, data, employee_id)
            before = to_data(employee)
            apply(session, employee, data)
            log_changes(session, db.user, employee_id, before, data)
    except StaleDataError as exc:  # changed between our read and our write
        raise ConflictError(_(_CONFLICT)) from exc


_CONFLICT = N_("此人員資料已被他人修改，請重新載入後再編輯")


def log_changes(
    session: Session, user: str, employee_id: int, before: EmployeeData, after: EmployeeData
) -> None:
    for name, label in FIELD_LABELS.items():
        old, new = getattr(before, name), getattr(after, name)
        if old == new:
            continue
        if name == "national_id":  # the change log is readable more widely: mask it
            old, new = national_id.mask(old), national_id.mask(new)
        session.add(
            ChangeLog(
                user=user,
                entity="employee",
                entity_id=employee_id,
                field=label,
                old=None if old in (None, "") else str(old),
                new=None if new in (None, "") else str(new),
            )
        )


def set_status(db: Database, employee_id: int, status: str) -> None:
    """Change 在職狀態 (e.g. deactivate someone who has records instead of deleting them)."""
    if status not in STATUSES:
        column = FIELD_LABELS["status"]
        raise InputRefused([Problem(not_an_option_text(column, status, STATUSES), column=column)])
    with db.session() as session:
        employee = _load(session, employee_id)
        if employee.status != status:
            before = to_data(employee)
            employee.status = status
            log_changes(session, db.user, employee_id, before, replace(before, status=status))


def has_records(session: Session, employee_id: int) -> bool:
    """Whether anything refers to the person (enrollments, deputyships, external hours)."""
    checks = (
        exists().where(
            or_(Enrollment.employee_id == employee_id, Enrollment.deputy_id == employee_id)
        ),
        exists().where(ExternalRecord.employee_id == employee_id),
        # Appraisal records (R13, R14, R18) are kept for years: the person stays.
        exists().where(Appraisal.employee_id == employee_id),
        exists().where(TeacherAppraisal.employee_id == employee_id),
        exists().where(InterimRecordRow.employee_id == employee_id),
        exists().where(RewardRecord.employee_id == employee_id),
        exists().where(LeaveSummaryRow.employee_id == employee_id),
    )
    return any(session.scalar(select(c)) for c in checks)


def delete(db: Database, employee_id: int) -> None:
    """Delete a person who has no records; otherwise refuse and suggest deactivating."""
    with db.session() as session:
        employee = _load(session, employee_id)
        if has_records(session, employee_id):
            message = _(
                "{name}（{number}）已有報名或學習紀錄，不能刪除；"
                "請改將在職狀態設為「{left}」或「{retired}」"
            ).format(name=employee.name, number=employee.employee_no, left=LEFT, retired=RETIRED)
            raise InputRefused([Problem(message)])
        session.execute(sql_delete(Employee).where(Employee.id == employee_id))


def count(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Employee)) or 0
