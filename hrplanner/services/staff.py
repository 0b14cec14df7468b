"""The staff roster (人員): search, read, create, edit, deactivate and delete people.

Every public function is one unit of work and returns plain dataclasses. Refusals raise
``InputRefused`` with problems naming the SPEC §3.1 column, and leave the data as it was;
an edit based on a stale copy raises ``ConflictError`` (shared PostgreSQL databases).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, or_, select
from sqlalchemy import delete as sql_delete
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from hrplanner.domain import national_id
from hrplanner.services.errors import ConflictError, InputRefused, NotFound, Problem
from hrplanner.services.reference import (
    DEFAULT_RANK_GROUPS,
    DEFAULT_STAFF_CATEGORIES,
    get_or_create_unit,
)
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    ChangeLog,
    Employee,
    Enrollment,
    ExternalRecord,
    RankGroup,
    StaffCategory,
    Unit,
)

STATUSES = ("在職", "留職停薪", "離職", "退休")
GENDERS = ("男", "女", "其他")
MEALS = ("葷", "素", "不用餐")

# The Chinese column names of SPEC §3.1, used in problems and in the import.
FIELD_LABELS: dict[str, str] = {
    "employee_no": "員工編號",
    "name": "姓名",
    "national_id": "身分證字號",
    "gender": "性別",
    "birth_date": "出生日期",
    "unit": "單位",
    "title": "職稱",
    "category": "人員類別",
    "rank_group": "官等",
    "hire_date": "到職日期",
    "email": "電子郵件",
    "meal": "用餐",
    "status": "在職狀態",
    "is_supervisor": "主管",
}

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_MAX_LENGTHS = {"employee_no": 30, "name": 50, "unit": 100, "title": 50, "email": 200}


@dataclass(frozen=True)
class EmployeeRow:
    """One line of the staff list (identity number masked)."""

    id: int
    employee_no: str
    name: str
    national_id_masked: str
    gender: str
    unit: str
    title: str
    category: str
    rank_group: str
    hire_date: dt.date | None
    status: str
    email: str
    meal: str


@dataclass
class EmployeeData:
    """The editable fields of one person; "" means "not given" for optional text."""

    employee_no: str = ""
    name: str = ""
    national_id: str = ""
    gender: str = ""
    birth_date: dt.date | None = None
    unit: str = ""
    title: str = ""
    category: str = ""
    rank_group: str = ""
    hire_date: dt.date | None = None
    email: str = ""
    meal: str = "葷"
    status: str = "在職"
    is_supervisor: bool = False
    version: int = 0  # the record's version when read; 0 for a new person


@dataclass(frozen=True)
class StaffFilter:
    text: str = ""  # substring of the name or the employee number
    unit_id: int | None = None
    category_id: int | None = None
    status: str | None = None


# --- validation ---------------------------------------------------------------------------


def clean(data: EmployeeData) -> EmployeeData:
    """Text trimmed and NFKC-normalised; the identity number upper-cased."""
    changes: dict[str, Any] = {}
    for f in fields(data):
        value = getattr(data, f.name)
        if isinstance(value, str):
            changes[f.name] = unicodedata.normalize("NFKC", value).strip()
    changes["national_id"] = national_id.normalize(changes["national_id"]) or ""
    return replace(data, **changes)


def validate(
    data: EmployeeData,
    *,
    categories: Collection[str] | None = None,
    rank_groups: Collection[str] | None = None,
    today: dt.date | None = None,
) -> list[Problem]:
    """Every problem with ``data`` (column = the SPEC §3.1 column name).

    ``categories`` and ``rank_groups`` are the database's lists (``check`` reads them);
    the default lists are used when not given."""
    data = clean(data)
    today = today or dt.date.today()
    cats = DEFAULT_STAFF_CATEGORIES if categories is None else categories
    ranks = DEFAULT_RANK_GROUPS if rank_groups is None else rank_groups
    problems: list[Problem] = []

    def add(field_name: str, message: str) -> None:
        problems.append(Problem(message, column=FIELD_LABELS[field_name]))

    for field_name in ("employee_no", "name", "unit", "category"):
        if not getattr(data, field_name):
            add(field_name, f"{FIELD_LABELS[field_name]}必填")
    for field_name, limit in _MAX_LENGTHS.items():
        if len(getattr(data, field_name)) > limit:
            add(field_name, f"{FIELD_LABELS[field_name]}不可超過 {limit} 個字")
    if data.national_id:
        try:
            national_id.validate(data.national_id)
        except national_id.NationalIdError as exc:
            add("national_id", str(exc))
    if data.category and data.category not in cats:
        add("category", f"未知的人員類別「{data.category}」（可用：{'、'.join(cats)}）")
    if data.rank_group and data.rank_group not in ranks:
        add("rank_group", f"未知的官等「{data.rank_group}」（可用：{'、'.join(ranks)}）")
    if data.email and not _EMAIL_RE.match(data.email):
        add("email", f"電子郵件「{data.email}」格式不正確")
    for field_name, options in (("gender", GENDERS), ("meal", MEALS), ("status", STATUSES)):
        value = getattr(data, field_name)
        required = field_name != "gender"
        if (value or required) and value not in options:
            label = FIELD_LABELS[field_name]
            add(field_name, f"{label}「{value}」不在可用選項內（{'/'.join(options)}）")
    birth_ok = False  # a wrong birth date is reported once, not again against the hire date
    if data.birth_date is not None:
        if data.birth_date > today:
            add("birth_date", f"出生日期 {data.birth_date.isoformat()} 晚於今天")
        elif data.birth_date.year < 1900:
            add("birth_date", f"出生日期 {data.birth_date.isoformat()} 不合理")
        else:
            birth_ok = True
    if data.hire_date is not None:
        if data.hire_date > today:
            add("hire_date", f"到職日期 {data.hire_date.isoformat()} 晚於今天")
        elif birth_ok and data.birth_date is not None and data.hire_date <= data.birth_date:
            add("hire_date", "到職日期不可早於出生日期")
    return problems


def check(db: Database, data: EmployeeData, *, today: dt.date | None = None) -> list[Problem]:
    """``validate`` against the database's current category and rank-group lists."""
    with db.session() as session:
        cats, ranks = reference_names(session)
    return validate(data, categories=cats, rank_groups=ranks, today=today)


def reference_names(session: Session) -> tuple[list[str], list[str]]:
    order = (StaffCategory.sort_order, StaffCategory.name)
    cats = list(session.scalars(select(StaffCategory.name).order_by(*order)))
    ranks = list(session.scalars(select(RankGroup.name).order_by(RankGroup.sort_order)))
    return cats, ranks


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
    text = unicodedata.normalize("NFKC", flt.text).strip()
    if text:
        conditions.append(
            or_(
                Employee.name.icontains(text, autoescape=True),
                Employee.employee_no.icontains(text, autoescape=True),
            )
        )
    if flt.unit_id is not None:
        conditions.append(Employee.unit_id == flt.unit_id)
    if flt.category_id is not None:
        conditions.append(Employee.category_id == flt.category_id)
    if flt.status:
        conditions.append(Employee.status == flt.status)
    return conditions


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
        raise NotFound(f"找不到人員（編號 {employee_id}）")
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
            problems.append(Problem(f"員工編號「{data.employee_no}」已有人使用", column="員工編號"))
    duplicate = _national_id_holder(session, data.national_id, employee_id)
    if duplicate is not None:
        problems.append(Problem(duplicate, column="身分證字號"))
    if problems:
        raise InputRefused(problems)
    return data


def national_id_taken(number: str, holder_no: str) -> str:
    """The message for an identity number another person already has (masked: R2)."""
    return (
        f"身分證字號「{national_id.mask(number)}」已是員工編號「{holder_no}」的資料，"
        "同一身分證字號不可屬於兩位人員，請核對"
    )


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
                raise ConflictError(_CONFLICT)
            data = _checked(session, data, employee_id)
            before = to_data(employee)
            apply(session, employee, data)
            log_changes(session, db.user, employee_id, before, data)
    except StaleDataError as exc:  # changed between our read and our write
        raise ConflictError(_CONFLICT) from exc


_CONFLICT = "此人員資料已被他人修改，請重新載入後再編輯"


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
        message = f"在職狀態「{status}」不在可用選項內（{'/'.join(STATUSES)}）"
        raise InputRefused([Problem(message, column="在職狀態")])
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
    )
    return any(session.scalar(select(c)) for c in checks)


def delete(db: Database, employee_id: int) -> None:
    """Delete a person who has no records; otherwise refuse and suggest deactivating."""
    with db.session() as session:
        employee = _load(session, employee_id)
        if has_records(session, employee_id):
            raise InputRefused(
                [
                    Problem(
                        f"{employee.name}（{employee.employee_no}）已有報名或學習紀錄，不能刪除；"
                        "請改將在職狀態設為「離職」或「退休」"
                    )
                ]
            )
        session.execute(sql_delete(Employee).where(Employee.id == employee_id))


def count(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Employee)) or 0
