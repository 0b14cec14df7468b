"""Importing training classes (SPEC §3.1 班期: a workbook with sheets 班期 and 場次), all or
nothing, following the pattern of ``staff_import``: rows are matched on their keys
(班期代碼; 班期代碼 + 場次), a dry run reports what would be added, updated and left alone,
and every problem names its sheet, row and column. A blank optional cell keeps the current
value. Enrollments and attendance are imported by ``enrollment_import``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrplanner.domain import plausibility
from hrplanner.domain.credit import validate_leave_limit
from hrplanner.domain.hours import minutes_between, parse_hours, parse_time
from hrplanner.domain.vocabulary import (
    DELIVERY_MODES,
    ENVIRONMENT,
    IN_PERSON,
    NO,
    ORGANIZING_TYPES,
    RUN_HERE,
    YES,
)
from hrplanner.i18n import _
from hrplanner.services.catalogue import ImportRequest
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.services.imports import templates
from hrplanner.services.imports.tabular import (
    ColumnSpec,
    ImportReport,
    RowReader,
    Table,
    read_headers,
    read_table,
    sheet_names,
)
from hrplanner.services.training.views import sync_class_dates, topic_ids
from hrplanner.storage.database import Database
from hrplanner.storage.models import Attendance, ClassCategory, ClassSession
from hrplanner.storage.models import TrainingClass as TC

CLASS_SHEET, SESSION_SHEET = "班期", "場次"
CODE = "班期代碼"

CLASS_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec(CODE, "class_code", required=True, key=True),
    ColumnSpec("課程名稱", "title"),
    ColumnSpec("類別", "category"),
    ColumnSpec("辦理方式", "organizing"),
    ColumnSpec("學習性質", "mode"),
    ColumnSpec("主辦單位", "organizer"),
    ColumnSpec("地點", "location"),
    ColumnSpec("講座", "instructor"),
    ColumnSpec("名額", "capacity"),
    ColumnSpec("報名截止日", "registration_deadline"),
    ColumnSpec("請假上限", "leave_limit"),
    ColumnSpec("課程代碼", "portal_code"),
)
SESSION_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec(CODE, "class_code", required=True, key=True),
    ColumnSpec("場次", "session_no", required=True, key=True),
    ColumnSpec("日期", "date"),
    ColumnSpec("開始時間", "start"),
    ColumnSpec("結束時間", "end"),
    ColumnSpec("時數", "hours"),
    ColumnSpec("學習類別", "topic"),
    ColumnSpec("供餐", "meal_served"),
)

TEMPLATE = templates.Template(
    sheets=(
        templates.SheetTemplate(
            CLASS_SHEET,
            CLASS_COLUMNS,
            {
                CODE: "115-001",
                "課程名稱": "環境教育研習",
                "類別": "政策推播力",
                "辦理方式": RUN_HERE,
                "學習性質": IN_PERSON,
                "主辦單位": "人事室",
                "地點": "第一會議室",
                "講座": "王大明教授",
                "名額": 40,
                "報名截止日": dt.date(2026, 2, 20),
                "請假上限": "1/3",
                "課程代碼": "",
            },
            {"辦理方式": ORGANIZING_TYPES, "學習性質": DELIVERY_MODES},
        ),
        templates.SheetTemplate(
            SESSION_SHEET,
            SESSION_COLUMNS,
            {
                CODE: "115-001",
                "場次": 1,
                "日期": dt.date(2026, 3, 2),
                "開始時間": "09:00",
                "結束時間": "12:00",
                "時數": 3,
                "學習類別": ENVIRONMENT,
                "供餐": YES,
            },
            {"供餐": (YES, NO)},
        ),
    ),
)

_CLASS_FIELDS = {  # column → TrainingClass attribute, for the "what changes" report
    "課程名稱": "title",
    "類別": "category_id",
    "辦理方式": "organizing",
    "學習性質": "mode",
    "主辦單位": "organizer",
    "地點": "location",
    "講座": "instructor",
    "名額": "capacity",
    "報名截止日": "registration_deadline",
    "請假上限": "leave_limit",
    "課程代碼": "portal_code",
}
_SESSION_FIELDS = {
    "日期": "date",
    "開始時間": "start_time",
    "結束時間": "end_time",
    "時數": "minutes",
    "學習類別": "topic_id",
    "供餐": "meal_served",
}
# What a closed class must keep: the columns that feed the credit computed at closing.
# Descriptive columns (title, organizer, location, 課程代碼 for the portal upload, ...)
# may still be filled in after closing, as in the class window.
_CREDIT_CLASS_COLUMNS = ("學習性質", "請假上限")
_CREDIT_SESSION_COLUMNS = ("日期", "時數", "學習類別")
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九十")}


def parse_leave_limit(value: object) -> Fraction:
    """請假上限 as ``1/3``, ``三分之一``, ``0.25`` or ``25%``; ValueError otherwise."""
    text = str(value).strip()
    match = re.fullmatch(r"([一二三四五六七八九十])分之([一二三四五六七八九十])", text)
    try:
        if match:
            limit = Fraction(_CN_DIGITS[match[2]], _CN_DIGITS[match[1]])
        elif text.endswith("%"):
            limit = Fraction(text[:-1]) / 100
        else:
            limit = Fraction(text)
    except (ValueError, ZeroDivisionError) as exc:
        raise ValueError(
            _("請假上限「{text}」無法辨識，請寫成如 1/3 的分數").format(text=text)
        ) from exc
    return validate_leave_limit(limit)


def converted(reader: RowReader, column: str, convert: Any) -> Any:
    """A cell through ``convert``; a ValueError becomes a problem on that cell."""
    value = reader.row.get(column)
    if value is None:
        return None
    try:
        return convert(value)
    except ValueError as exc:
        reader.problem(column, str(exc))
        return None


@dataclass
class _Plan:
    report: ImportReport
    problems: list[Problem] = field(default_factory=list)
    classes: dict[str, TC] = field(default_factory=dict)  # code → existing or new row
    new_classes: list[TC] = field(default_factory=list)
    touched: set[str] = field(default_factory=set)  # codes whose sessions change
    seen: dict[str, int] = field(default_factory=dict)  # key → first row giving it
    topics: dict[str, int] = field(default_factory=dict)
    today: dt.date = field(default_factory=dt.date.today)


def _tables(path: Path) -> tuple[Table | None, Table | None]:
    """(the 班期 table, the 場次 table): a workbook's sheets by name, else one table by its
    headers (a CSV file or a renamed sheet)."""
    names = sheet_names(path)
    if CLASS_SHEET in names or SESSION_SHEET in names:
        classes = read_table(path, CLASS_COLUMNS, CLASS_SHEET) if CLASS_SHEET in names else None
        sessions = (
            read_table(path, SESSION_COLUMNS, SESSION_SHEET) if SESSION_SHEET in names else None
        )
        return classes, sessions
    # A CSV file (or a renamed sheet) holds one of the two tables: 場次 tells which.
    headers = {h.casefold() for h in read_headers(path)}
    if {"場次", "session_no"} & headers:
        return None, read_table(path, SESSION_COLUMNS)
    return read_table(path, CLASS_COLUMNS), None


def _class_row(s: Session, plan: _Plan, reader: RowReader) -> None:
    code = reader.text(CODE, required=True, max_length=30)
    title = reader.text("課程名稱", max_length=200)
    category = reader.text("類別")
    category_id = None
    if category is not None:
        category_id = s.scalar(select(ClassCategory.id).where(ClassCategory.name == category))
        if category_id is None:
            reader.problem("類別", _("類別「{category}」不在清單中").format(category=category))
    given: dict[str, Any] = {
        "title": title,
        "category_id": category_id,
        "organizing": reader.choice("辦理方式", ORGANIZING_TYPES),
        "mode": reader.choice("學習性質", DELIVERY_MODES),
        "organizer": reader.text("主辦單位", max_length=100),
        "location": reader.text("地點", max_length=200),
        "instructor": reader.text("講座", max_length=200),
        "capacity": reader.integer("名額", minimum=0),
        "registration_deadline": _class_date(reader, plan, "報名截止日"),
        "leave_limit": converted(reader, "請假上限", parse_leave_limit),
        "portal_code": reader.text("課程代碼", max_length=50),
    }
    if code is None:
        return
    if code in plan.seen:
        text = _("班期代碼「{code}」與第 {row} 列重複").format(code=code, row=plan.seen[code])
        reader.problem(CODE, text)
        return
    plan.seen[code] = reader.row.number
    cls = s.scalar(select(TC).where(TC.code == code))
    if cls is None:
        if title is None:
            reader.problem("課程名稱", _("新班期須填課程名稱"))
        cls = TC(code=code, title=title or "", cancelled=False, organizing=RUN_HERE, mode=IN_PERSON)
        cls.leave_limit_num, cls.leave_limit_den = 1, 3
        plan.new_classes.append(cls)
        plan.report.added.append(code)
    changed = []
    for column, attr in _CLASS_FIELDS.items():
        value = given[attr]
        if value is None:
            continue
        if attr == "leave_limit":
            if Fraction(cls.leave_limit_num, cls.leave_limit_den) != value:
                changed.append(column)
                cls.leave_limit_num, cls.leave_limit_den = value.numerator, value.denominator
        elif getattr(cls, attr) != value:
            changed.append(column)
            setattr(cls, attr, value)
    plan.classes[code] = cls
    if cls in plan.new_classes:
        return
    if cls.closed_on is not None:
        for column in (c for c in changed if c in _CREDIT_CLASS_COLUMNS):
            text = _("班期「{code}」已結訓，不可修改{column}；請先重新開啟")
            reader.problem(column, text.format(code=code, column=column))
    if changed:
        plan.report.updated.append(code)
        plan.report.changes[code] = changed
    else:
        plan.report.unchanged.append(code)


def _class_date(reader: RowReader, plan: _Plan, column: str) -> dt.date | None:
    day = reader.date(column)
    if day is None:
        return None
    problem = plausibility.date_problem(plausibility.CLASS_DATE, column, day, plan.today)
    if problem is not None:
        reader.problem(column, problem)
        return None
    return day


def _session_row(s: Session, plan: _Plan, reader: RowReader) -> ClassSession | None:
    code = reader.text(CODE, required=True)
    number = reader.integer("場次", minimum=1)
    if reader.row.get("場次") is None:
        reader.problem("場次", _("場次必填"))
    day = reader.date("日期")
    start = converted(reader, "開始時間", parse_time)
    end = converted(reader, "結束時間", parse_time)
    minutes = converted(reader, "時數", parse_hours)
    topic = reader.text("學習類別")
    topic_id = None
    if topic is not None:
        plan.topics = plan.topics or topic_ids(s)
        topic_id = plan.topics.get(topic)
        if topic_id is None:
            reader.problem("學習類別", _("學習類別「{topic}」不在清單中").format(topic=topic))
    served = reader.yes_no("供餐")
    if code is None or number is None:
        return None
    cls = plan.classes.get(code) or s.scalar(select(TC).where(TC.code == code))
    if cls is None:
        text = _("找不到班期「{code}」（請在「{sheet}」工作表列出）")
        reader.problem(CODE, text.format(code=code, sheet=CLASS_SHEET))
        return None
    plan.classes[code] = cls
    # The session as the report lists it (and the key of repeated rows).
    key = _("{code} 第{number}場").format(code=code, number=number)
    if key in plan.seen:
        text = _("{code} 第{number}場與第 {row} 列重複")
        reader.problem("場次", text.format(code=code, number=number, row=plan.seen[key]))
        return None
    plan.seen[key] = reader.row.number
    row = None
    if cls.id is not None:
        row = s.scalar(
            select(ClassSession).where(
                ClassSession.class_id == cls.id, ClassSession.session_no == number
            )
        )
    if row is None:
        for column, value in (("日期", day), ("學習類別", topic_id)):
            if value is None and not reader.row.get(column):
                reader.problem(column, _("新場次須填{column}").format(column=column))
        row = ClassSession(session_no=number, meal_served=False)
        plan.report.added.append(key)
    if minutes is None and start is not None and end is not None:
        try:
            minutes = minutes_between(start, end)
        except ValueError as exc:
            reader.problem("結束時間", str(exc))
    if minutes == 0:
        reader.problem("時數", _("場次時數須大於 0"))
    elif minutes is not None:
        span = (start or row.start_time, end or row.end_time)
        problem = plausibility.session_minutes_problem(minutes, *span)
        if problem is not None:
            reader.problem("時數", problem)
    if day is not None:
        problem = plausibility.date_problem(plausibility.CLASS_DATE, "日期", day, plan.today)
        if problem is not None:
            reader.problem("日期", problem)
    given = {
        "date": day,
        "start_time": start,
        "end_time": end,
        "minutes": minutes or None,
        "topic_id": topic_id,
        "meal_served": served,
    }
    if row.id is None and given["minutes"] is None and row.minutes is None:
        reader.problem("時數", _("新場次須填時數，或開始與結束時間"))
    changed = []
    for column, attr in _SESSION_FIELDS.items():
        if given[attr] is not None and getattr(row, attr) != given[attr]:
            changed.append(column)
            setattr(row, attr, given[attr])
    if row.id is not None:
        longest = s.scalar(
            select(func.max(Attendance.leave_minutes)).where(Attendance.session_id == row.id)
        )
        if longest and row.minutes < longest:
            reader.problem("時數", _("已登錄的請假時數超過新的場次時數"))
        if changed:
            plan.report.updated.append(key)
            plan.report.changes[key] = changed
        else:
            plan.report.unchanged.append(key)
    if cls.closed_on is not None:
        if row.id is None:
            text = _("班期「{code}」已結訓，不可新增場次；請先重新開啟")
            reader.problem("場次", text.format(code=code))
        else:
            text = _("班期「{code}」已結訓，不可修改場次的{column}；請先重新開啟")
            for column in (c for c in changed if c in _CREDIT_SESSION_COLUMNS):
                reader.problem(column, text.format(code=code, column=column))
    if changed or row.id is None:
        plan.touched.add(code)
    return row


def _is_workbook(path: Path) -> bool:
    return path.suffix.lower() in (".xlsx", ".xlsm")


def _without_sessions_sheet(plan: _Plan) -> None:
    """A workbook with a 班期 sheet and no 場次 sheet may update classes, not add them: a
    new class without its sessions is half a class (SPEC §3.1: the workbook has both)."""
    if not plan.new_classes:
        return
    codes = "、".join(c.code for c in plan.new_classes[:5])
    text = _(
        "活頁簿沒有「{sheet}」工作表：新班期（{codes}）須在「{sheet}」工作表列出場次；"
        "請用範本（hrplanner template classes）的兩個工作表"
    ).format(sheet=SESSION_SHEET, codes=codes)
    plan.problems.append(Problem(text, sheet=SESSION_SHEET))


def import_classes(db: Database, path: Path, *, dry_run: bool = False) -> ImportReport:
    """Import a 班期 workbook (sheets 班期 and 場次); InputRefused lists every problem."""
    class_table, session_table = _tables(path)
    plan = _Plan(ImportReport(dry_run=dry_run))
    with db.session() as s, s.no_autoflush:
        if class_table is not None:
            for row in class_table.rows:
                _class_row(s, plan, RowReader(class_table.sheet, row, plan.problems))
        sessions: list[tuple[str, ClassSession]] = []
        if session_table is not None:
            for row in session_table.rows:
                reader = RowReader(session_table.sheet, row, plan.problems)
                found = _session_row(s, plan, reader)
                if found is not None and found.id is None:
                    sessions.append((str(reader.text(CODE)), found))
        if class_table is not None and session_table is None and _is_workbook(path):
            _without_sessions_sheet(plan)
        if plan.problems:
            raise InputRefused(plan.problems)
        if dry_run:
            s.rollback()  # planning changed loaded rows in memory only
            return plan.report
        for cls in plan.new_classes:
            s.add(cls)
        s.flush()
        for code, new_session in sessions:
            new_session.class_id = plan.classes[code].id
            s.add(new_session)
        s.flush()
        for code in plan.touched | {c.code for c in plan.new_classes}:
            sync_class_dates(s, plan.classes[code])
    return plan.report


def run_import(db: Database, path: Path, request: ImportRequest) -> ImportReport:
    """The catalogue's runner (``services.catalogue``) for this import."""
    return import_classes(db, path, dry_run=request.dry_run)
