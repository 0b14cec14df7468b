"""Checking one person's fields (人員): the allowed values, the SPEC §3.1 column names
problems are reported under, and the identity-number clash message.

Shared by the roster (``services.staff.roster``), its editor and the staff import, so that a
person is refused for the same reasons whichever way the data comes in.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Collection
from dataclasses import fields, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrplanner.domain import national_id, plausibility, vocabulary
from hrplanner.domain.text import clean_cell
from hrplanner.domain.vocabulary import DEFAULT_RANK_GROUPS, DEFAULT_STAFF_CATEGORIES
from hrplanner.i18n import _
from hrplanner.services.common.errors import Problem
from hrplanner.services.common.wording import names
from hrplanner.services.imports.tabular import not_an_option_text, required_text
from hrplanner.storage.database import Database
from hrplanner.storage.models import RankGroup, StaffCategory

if TYPE_CHECKING:
    from hrplanner.services.staff.records import EmployeeData

# The allowed values: the vocabulary's, under the names the roster's pages use.
STATUSES = vocabulary.STAFF_STATUSES
GENDERS = vocabulary.GENDERS
MEALS = vocabulary.MEALS

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
    "leave_date": "離職日期",
    "is_supervisor": "主管",
}

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_MAX_LENGTHS = {"employee_no": 30, "name": 50, "unit": 100, "title": 50, "email": 200}


def clean(data: EmployeeData) -> EmployeeData:
    """Text trimmed, full-width letters and digits as ASCII and nothing else changed (names
    keep their separators: ``domain.text.clean_cell``); the identity number upper-cased."""
    changes: dict[str, Any] = {}
    for f in fields(data):
        value = getattr(data, f.name)
        if isinstance(value, str):
            changes[f.name] = clean_cell(value)
    # An address holds no Chinese punctuation: a full-width ＠ or ． is a typing accident.
    changes["email"] = unicodedata.normalize("NFKC", changes["email"]).strip()
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

    def implausible(field_name: str, kind: str, day: dt.date) -> str | None:
        return plausibility.date_problem(kind, FIELD_LABELS[field_name], day, today)

    for field_name in ("employee_no", "name", "unit", "category"):
        if not getattr(data, field_name):
            add(field_name, required_text(FIELD_LABELS[field_name]))
    for field_name, limit in _MAX_LENGTHS.items():
        if len(getattr(data, field_name)) > limit:
            message = _("{column}不可超過 {limit} 個字")
            add(field_name, message.format(column=FIELD_LABELS[field_name], limit=limit))
    if data.national_id:
        try:
            national_id.validate(data.national_id)
        except national_id.NationalIdError as exc:
            add("national_id", str(exc))
    if data.category and data.category not in cats:
        message = _("未知的人員類別「{value}」（可用：{options}）")
        add("category", message.format(value=data.category, options=names(cats)))
    if data.rank_group and data.rank_group not in ranks:
        message = _("未知的官等「{value}」（可用：{options}）")
        add("rank_group", message.format(value=data.rank_group, options=names(ranks)))
    if data.email and not _EMAIL_RE.match(data.email):
        add("email", _("電子郵件「{value}」格式不正確").format(value=data.email))
    for field_name, options in (("gender", GENDERS), ("meal", MEALS), ("status", STATUSES)):
        value = getattr(data, field_name)
        required = field_name != "gender"
        if (value or required) and value not in options:
            add(field_name, not_an_option_text(FIELD_LABELS[field_name], value, options))
    birth_ok = False  # a wrong birth date is reported once, not again against the hire date
    if data.birth_date is not None:
        if data.birth_date > today:
            message = _("出生日期 {date} 晚於今天")
            add("birth_date", message.format(date=data.birth_date.isoformat()))
        elif problem := implausible("birth_date", plausibility.BIRTH, data.birth_date):
            add("birth_date", problem)
        else:
            birth_ok = True
    if data.hire_date is not None:
        if data.hire_date > today:
            message = _("到職日期 {date} 晚於今天")
            add("hire_date", message.format(date=data.hire_date.isoformat()))
        elif problem := implausible("hire_date", plausibility.HIRE, data.hire_date):
            add("hire_date", problem)
        elif birth_ok and data.birth_date is not None and data.hire_date <= data.birth_date:
            add("hire_date", _("到職日期不可早於出生日期"))
    hired, left = data.hire_date, data.leave_date
    if left is not None and (problem := implausible("leave_date", plausibility.LEAVE, left)):
        add("leave_date", problem)
    elif left is not None and hired is not None and left < hired:
        add("leave_date", _("離職日期不可早於到職日期"))
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


def national_id_taken(number: str, holder_no: str) -> str:
    """The message for an identity number another person already has (masked: R2)."""
    message = _(
        "身分證字號「{masked}」已是員工編號「{holder}」的資料，同一身分證字號不可屬於兩位人員，請核對"
    )
    return message.format(masked=national_id.mask(number), holder=holder_no)
