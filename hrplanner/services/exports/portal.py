"""時數登錄檔 (SPEC §3.2, R11): the file uploaded to the lifelong-learning portal (終身學習
入口網站) to register the hours credited in closed classes.

One row per credited person and class (SPEC §3.2): 學習時數 is the person's credit and
學習類別 the class's topic; a class whose sessions credit several topics gives the topic with
the most credited minutes (a tie goes to the topic of the earlier session). Portals that want
one 學習類別 per entry can have one row per topic instead, each with that topic's credited
hours (``PortalFormat.split_by_topic``). Only 正取 people with credit > 0 in closed, not
cancelled classes are listed.

The portal changes its format now and then, so the column names, their order, the number of
header rows and the date format are an agency setting (JSON under ``portal.format``). This
is the one export that carries whole identity numbers (R2): the workbook says so in its
properties, page footer and a 說明 sheet. People without an identity number cannot be
registered; they are left out and named in the result's warnings.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrplanner.domain.hours import hours_decimal
from hrplanner.domain.rocdate import format_roc, roc_year_of
from hrplanner.domain.vocabulary import DELIVERY_MODES, ENROLLED
from hrplanner.i18n import _
from hrplanner.reports.xlsx.writer import (
    CancelledFn,
    Column,
    ProgressFn,
    SheetSpec,
    write_workbook,
)
from hrplanner.services.catalogue import Done, FileRequest, Hooks
from hrplanner.services.common.errors import InputRefused, NotFound, Problem
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    ClassSession,
    CreditByTopic,
    Employee,
    Enrollment,
    LearningTopic,
    SettingValue,
    TrainingClass,
)

SETTING_KEY = "portal.format"
SHEET = "時數登錄"
ID_NOTE = "本檔含完整身分證字號，僅供上傳終身學習入口網站之用，請妥善保管，用畢即刪除。"

# field → the default column name (SPEC §3.2 order)
FIELDS: dict[str, str] = {
    "national_id": "身分證字號",
    "name": "姓名",
    "title": "課程名稱",
    "portal_code": "課程代碼",
    "start_date": "起始日期",
    "end_date": "結束日期",
    "hours": "學習時數",
    "topic": "學習類別",
    "mode": "學習性質",
    # not in the default layout, available when the portal asks for them
    "employee_no": "員工編號",
    "class_code": "班期代碼",
}
DEFAULT_FIELDS = tuple(list(FIELDS)[:9])
FIELD_DESCRIPTIONS: dict[str, str] = {
    "national_id": "身分證字號（10 碼）",
    "name": "姓名",
    "title": "課程名稱",
    "portal_code": "入口網站的課程代碼",
    "start_date": "起始日期",
    "end_date": "結束日期",
    "hours": "學習時數（小時）",
    "topic": "學習類別",
    "mode": "學習性質：" + "/".join(DELIVERY_MODES),
    "employee_no": "本機關員工編號",
    "class_code": "本機關班期代碼",
}


DATE_FORMATS: dict[str, Callable[[dt.date], str]] = {
    "yyy/mm/dd": format_roc,  # 109/03/05
    "yyymmdd": lambda d: format_roc(d).replace("/", ""),  # 1090305
    "yyyy-mm-dd": lambda d: d.isoformat(),  # 2020-03-05
    "yyyy/mm/dd": lambda d: d.strftime("%Y/%m/%d"),  # 2020/03/05
    "yyyymmdd": lambda d: d.strftime("%Y%m%d"),  # 20200305
}


def _unknown_field(name: str, known: Iterable[str]) -> str:
    return _("未知的欄位「{field}」（可用：{fields}）").format(field=name, fields="、".join(known))


@dataclass(frozen=True)
class PortalFormat:
    """The portal file's layout. ``columns``: (field, column name) in file order;
    ``header_rows``: 1 = the column names, 2 = the names and a row describing each column;
    ``split_by_topic``: one row per person, class and topic instead of per person and class."""

    columns: tuple[tuple[str, str], ...] = tuple((f, FIELDS[f]) for f in DEFAULT_FIELDS)
    header_rows: int = 1
    date_format: str = "yyy/mm/dd"
    split_by_topic: bool = False

    def problems(self) -> list[Problem]:
        found: list[Problem] = []
        names: set[str] = set()
        fields: set[str] = set()
        if not self.columns:
            found.append(Problem(_("時數登錄檔至少要有一個欄位")))
        for f, name in self.columns:
            if f not in FIELDS:
                found.append(Problem(_unknown_field(f, FIELDS)))
            if not name.strip():
                found.append(
                    Problem(_("欄位「{field}」的欄名不可空白").format(field=FIELDS.get(f, f)))
                )
            elif name in names:
                found.append(Problem(_("欄名「{name}」重複").format(name=name)))
            if f in fields:
                found.append(Problem(_("欄位「{field}」出現兩次").format(field=FIELDS.get(f, f))))
            names.add(name)
            fields.add(f)
        if self.header_rows not in (1, 2):
            found.append(
                Problem(_("標題列數只能是 1 或 2，收到 {rows}").format(rows=self.header_rows))
            )
        if self.date_format not in DATE_FORMATS:
            found.append(
                Problem(
                    _("未知的日期格式「{format}」（可用：{formats}）").format(
                        format=self.date_format, formats="、".join(DATE_FORMATS)
                    )
                )
            )
        return found

    def to_json(self) -> str:
        data = {
            "columns": [[f, n] for f, n in self.columns],
            "header_rows": self.header_rows,
            "date_format": self.date_format,
            "split_by_topic": self.split_by_topic,
        }
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, raw: str) -> PortalFormat:
        data = json.loads(raw)
        return cls(
            tuple((str(f), str(n)) for f, n in data["columns"]),
            int(data.get("header_rows", 1)),
            str(data.get("date_format", "yyy/mm/dd")),
            # Layouts saved before the option existed keep the per-class default.
            data.get("split_by_topic", False) is True,
        )


def get_format(db: Database) -> PortalFormat:
    """The agency's layout; the default when none is stored or the stored one is broken."""
    with db.session() as s:
        row = s.get(SettingValue, SETTING_KEY)
        raw = row.value if row else None
    if raw is None:
        return PortalFormat()
    try:
        fmt = PortalFormat.from_json(raw)
    except (ValueError, KeyError, TypeError):
        return PortalFormat()
    return PortalFormat() if fmt.problems() else fmt


def save_format(db: Database, fmt: PortalFormat) -> None:
    problems = fmt.problems()
    if problems:
        raise InputRefused(problems)
    with db.session() as s:
        row = s.get(SettingValue, SETTING_KEY)
        if row is None:
            s.add(SettingValue(key=SETTING_KEY, value=fmt.to_json()))
        else:
            row.value = fmt.to_json()


@dataclass(frozen=True)
class PortalRow:
    national_id: str | None
    name: str
    employee_no: str
    class_code: str
    title: str
    portal_code: str | None
    start_date: dt.date | None
    end_date: dt.date | None
    minutes: int
    topic: str
    mode: str


@dataclass
class PortalExport:
    path: Path
    rows: int  # data rows written
    people: int
    classes: int
    warnings: list[str] = field(default_factory=list)


def portal_rows(
    db: Database,
    *,
    year: int | None = None,
    class_code: str | None = None,
    split_by_topic: bool = False,
) -> list[PortalRow]:
    """Credited rows of closed classes ending in ``year`` or of one class, in class then
    employee order: one per (person, class), or per (person, class, topic) when
    ``split_by_topic`` (see the module docstring)."""
    query = (
        select(
            Employee.national_id,
            Employee.name,
            Employee.employee_no,
            TrainingClass.code,
            TrainingClass.title,
            TrainingClass.portal_code,
            TrainingClass.start_date,
            TrainingClass.end_date,
            CreditByTopic.minutes,
            LearningTopic.name,
            TrainingClass.mode,
            Enrollment.id,
            Enrollment.credit_minutes,
            TrainingClass.id,
            LearningTopic.id,
        )
        .join(Enrollment, Enrollment.id == CreditByTopic.enrollment_id)
        .join(Employee, Employee.id == Enrollment.employee_id)
        .join(TrainingClass, TrainingClass.id == Enrollment.class_id)
        .join(LearningTopic, LearningTopic.id == CreditByTopic.topic_id)
        .where(
            TrainingClass.closed_on.is_not(None),
            TrainingClass.cancelled.is_(False),
            Enrollment.status == ENROLLED,
            Enrollment.credit_minutes > 0,
            CreditByTopic.minutes > 0,
        )
        .order_by(
            TrainingClass.end_date,
            TrainingClass.code,
            Employee.employee_no,
            LearningTopic.sort_order,
            LearningTopic.name,
        )
    )
    with db.session() as s:
        if class_code is not None:
            cls = s.scalar(select(TrainingClass).where(TrainingClass.code == class_code.strip()))
            if cls is None:
                raise NotFound(_("找不到班期代碼「{code}」").format(code=class_code))
            query = query.where(TrainingClass.id == cls.id)
        if year is not None:
            query = query.where(
                TrainingClass.end_date.between(dt.date(year, 1, 1), dt.date(year, 12, 31))
            )
        rows = s.execute(query).all()
        if split_by_topic:
            return [_portal_row(r, r[8], r[9]) for r in rows]
        first_session = _first_sessions(s, {r[13] for r in rows})
    return _per_class(rows, first_session)


def _first_sessions(s: Session, class_ids: set[int]) -> dict[tuple[int, int], int]:
    """(class id, topic id) → the number of the class's first session of that topic."""
    order: dict[tuple[int, int], int] = {}
    ids = sorted(class_ids)
    # Chunks keep the IN list under SQLite's bound-parameter limit for a large year.
    for start in range(0, len(ids), 500):
        for class_id, topic_id, number in s.execute(
            select(ClassSession.class_id, ClassSession.topic_id, func.min(ClassSession.session_no))
            .where(ClassSession.class_id.in_(ids[start : start + 500]))
            .group_by(ClassSession.class_id, ClassSession.topic_id)
        ):
            order[(class_id, topic_id)] = number
    return order


def _per_class(rows: Sequence[Any], first_session: dict[tuple[int, int], int]) -> list[PortalRow]:
    """One row per enrollment: the credit, and the topic with the most credited minutes
    (ties: the earlier session; a topic no session has, e.g. after a session was edited,
    goes last)."""
    grouped: dict[int, list[Any]] = {}
    for r in rows:
        grouped.setdefault(r[11], []).append(r)
    result: list[PortalRow] = []
    for parts in grouped.values():
        head = parts[0]
        class_id = head[13]
        main = min(
            parts,
            key=lambda r: (-r[8], first_session.get((class_id, r[14]), 1_000_000), r[9]),
        )
        result.append(_portal_row(head, head[12], main[9]))
    return result


def _portal_row(r: Any, minutes: int, topic: str) -> PortalRow:
    return PortalRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], minutes, topic, r[10])


def _value(row: PortalRow, f: str, date_text: Callable[[dt.date], str]) -> object:
    if f == "hours":
        return hours_decimal(row.minutes)
    if f in ("start_date", "end_date"):
        day = getattr(row, f)
        return date_text(day) if day is not None else None
    return getattr(row, f)


def export_portal(
    db: Database,
    path: Path,
    *,
    year: int | None = None,
    class_code: str | None = None,
    fmt: PortalFormat | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> PortalExport:
    """Write the 時數登錄檔 of one class or one year; see the module docstring."""
    if year is None and class_code is None:
        raise InputRefused([Problem(_("請指定班期或年度"))])
    fmt = fmt or get_format(db)
    problems = fmt.problems()
    if problems:
        raise InputRefused(problems)
    rows = portal_rows(db, year=year, class_code=class_code, split_by_topic=fmt.split_by_topic)
    warnings: list[str] = []
    missing = sorted({(r.employee_no, r.name) for r in rows if not r.national_id})
    for number, name in missing:
        warnings.append(
            _("{name}（{number}）沒有身分證字號，未列入登錄檔；請補登後重新匯出").format(
                name=name, number=number
            )
        )
    no_code = sorted({(r.class_code, r.title) for r in rows if not r.portal_code})
    fields = [f for f, _name in fmt.columns]
    if "portal_code" in fields:
        for code, title in no_code:
            warnings.append(
                _("班期「{code} {title}」沒有課程代碼（入口網站的課程代碼欄將空白）").format(
                    code=code, title=title
                )
            )
    kept = [r for r in rows if r.national_id]
    if not kept:
        warnings.append(_("沒有可登錄的學習時數（僅列已結訓、取得時數且有身分證字號的人員）"))
    date_text = DATE_FORMATS[fmt.date_format]
    columns = [Column(name, "decimal" if f == "hours" else "text") for f, name in fmt.columns]

    def data() -> Iterator[Sequence[object]]:
        if fmt.header_rows == 2:
            yield [FIELD_DESCRIPTIONS[f] + _date_hint(f, fmt) for f in fields]
        for r in kept:
            yield [_value(r, f, date_text) for f in fields]

    total = len(kept) + (fmt.header_rows - 1)
    write_workbook(
        Path(path),
        [SheetSpec(SHEET, columns, data(), total)],
        dates_as_text=True,
        note=ID_NOTE,
        progress=progress,
        cancelled=cancelled,
    )
    return PortalExport(
        Path(path),
        len(kept),
        len({r.employee_no for r in kept}),
        len({r.class_code for r in kept}),
        warnings,
    )


def _date_hint(f: str, fmt: PortalFormat) -> str:
    """The example after a date column's description in the second header row (data)."""
    if f not in ("start_date", "end_date"):
        return ""
    example = DATE_FORMATS[fmt.date_format](dt.date(2020, 3, 5))
    return f"（如 {example}）"


# --- the layout as one line of text (window and command line) ----------------------------

_BY_NAME = {name: f for f, name in FIELDS.items()}


def columns_text(fmt: PortalFormat) -> str:
    """``身分證字號,姓名,課程代碼=課程編號,...``: each column by its standard name, renamed
    columns as ``standard=name``; the order is the file's."""
    parts = []
    for f, name in fmt.columns:
        standard = FIELDS[f]
        parts.append(standard if name == standard else f"{standard}={name}")
    return ",".join(parts)


def parse_columns(text: str) -> tuple[tuple[str, str], ...]:
    """The inverse of ``columns_text``; InputRefused names every unknown column."""
    columns: list[tuple[str, str]] = []
    problems: list[Problem] = []
    for part in text.replace("，", ",").replace("、", ",").split(","):
        if not part.strip():
            continue
        standard, _equals, name = part.partition("=")
        standard, name = standard.strip(), (name.strip() or standard.strip())
        f = _BY_NAME.get(standard)
        if f is None:
            problems.append(Problem(_unknown_field(standard, FIELDS.values())))
            continue
        columns.append((f, name))
    if problems:
        raise InputRefused(problems)
    return tuple(columns)


def run_export(db: Database, path: Path, request: FileRequest, hooks: Hooks) -> Done:
    """The catalogue's runner: the 時數登錄檔 of one class, else of the request's year."""
    year = None if request.class_code else request.year
    result = export_portal(
        db,
        path,
        year=year,
        class_code=request.class_code,
        progress=hooks.progress,
        cancelled=hooks.cancelled,
    )
    counts = {"rows": result.rows, "people": result.people, "classes": result.classes}
    # Three counts: the English names each count instead of choosing a plural for it.
    if request.class_code:
        summary = _(
            "已匯出班期 {code} 時數登錄檔（{rows} 筆，{people} 人，{classes} 個班期）"
        ).format(code=request.class_code, **counts)
    else:
        assert year is not None
        summary = _(
            "已匯出 {year} 年度時數登錄檔（{rows} 筆，{people} 人，{classes} 個班期）"
        ).format(year=roc_year_of(year), **counts)
    return Done(
        summary,
        tuple(result.warnings),
        _("注意：時數登錄檔含完整身分證字號，請妥善保管，上傳後即刪除。"),
    )
