"""Appraisal exports (SPEC §3.2): the 考績清冊 and the 平時考核 chasing list.

考績清冊 (細則 §20): one sheet per kind (年終, 另予), rows grouped by 官等 in the agency's
order, then unit and employee number; a 統計表 sheet with, per 官等, the people, the
甲/乙/丙/丁 counts, the 甲等 share and how many 甲 the limit allows; and, when there are
any, the teachers' 成績考核 of the school year that ends in the year on their own sheet.
The data is the year-end view's (``year_end.year_end_view``), written by the shared writer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path

from hrplanner.domain.appraisal.problems import percent_text, signed_points_text
from hrplanner.domain.appraisal.ratio import RatioRow
from hrplanner.domain.appraisal.vocabulary import GRADES, AppraisalKind, TeacherOutcome
from hrplanner.i18n import _
from hrplanner.reports.xlsx.writer import Column, SheetSpec, write_workbook
from hrplanner.services.appraisal import interim, teachers
from hrplanner.services.appraisal.year_end import YearEndRow, YearEndView, year_end_view
from hrplanner.services.catalogue import Done, FileRequest, Hooks
from hrplanner.services.common import settings_service
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.settings import Setting
from hrplanner.storage.database import Database

LIST_HEADERS = (
    "員工編號",
    "姓名",
    "單位",
    "職稱",
    "官等",
    "考績種類",
    "項目評分",
    "獎懲增減",
    "考績分數",
    "等次",
    "檢核",
    "甲等事證",
    "狀態",
)
SUMMARY_SHEET = "統計表"
TEACHER_SHEET = "教師成績考核"
KIND_SHEETS = {AppraisalKind.YEAR_END: "年終", AppraisalKind.PART_YEAR: "另予"}


def grouped(rows: Sequence[YearEndRow], order: Sequence[str]) -> list[YearEndRow]:
    """Rows by 官等 (the agency's order, then others, then none), keeping their order."""

    def key(r: YearEndRow) -> tuple[int, str]:
        if r.rank_group is None:
            return (len(order) + 1, "")
        if r.rank_group in order:
            return (order.index(r.rank_group), "")
        return (len(order), r.rank_group)

    return sorted(rows, key=key)


def list_row(r: YearEndRow) -> tuple[object, ...]:
    return (
        r.employee_no,
        r.name,
        r.unit,
        r.title,
        r.rank_group or "",
        r.kind or "",
        r.item,
        signed_points_text(r.net_points),
        r.score,
        r.grade or "",
        "；".join(p.message for p in r.problems),
        "；".join(e.message for e in r.evidence),
        r.status,
    )


def summary_row(row: RatioRow) -> tuple[object, ...]:
    return (
        row.rank_group or _("未填官等"),
        row.people,
        *(row.counts[g] for g in GRADES),
        row.ungraded,
        percent_text(row.share),
        percent_text(row.limit),
        row.allowed,
        row.over,
    )


SUMMARY_COLUMNS = (
    Column("官等"),
    Column("人數", "int"),
    *(Column(g.value, "int") for g in GRADES),
    Column("未評定", "int"),
    Column("甲等比例"),
    Column("甲等上限"),
    Column("依比例可列甲等人數", "int"),
    Column("超過上限", "bool"),
)


def appraisal_sheets(view: YearEndView, teacher_rows: list[teachers.TeacherRow]) -> list[SheetSpec]:
    columns = [Column(h, "int" if h in ("項目評分", "考績分數") else "text") for h in LIST_HEADERS]
    sheets = []
    for kind, name in KIND_SHEETS.items():
        rows = grouped([r for r in view.rows if r.kind == kind.value], view.rank_order)
        sheets.append(SheetSpec(name, columns, [list_row(r) for r in rows], len(rows)))
    sheets.append(SheetSpec(SUMMARY_SHEET, SUMMARY_COLUMNS, [summary_row(r) for r in view.ratio]))
    if teacher_rows:
        sheets.append(
            SheetSpec(
                TEACHER_SHEET,
                [
                    Column("員工編號"),
                    Column("姓名"),
                    Column("單位"),
                    Column("職稱"),
                    Column("學年度"),
                    Column("考核結果"),
                    Column("考核結果條款"),
                    Column("重大優劣事實"),
                    Column("狀態"),
                ],
                [
                    (
                        t.employee_no,
                        t.name,
                        t.unit,
                        t.title,
                        teachers.school_year_label(t.school_year),
                        t.outcome or "",
                        TeacherOutcome(t.outcome).label if t.outcome else "",
                        t.facts,
                        t.status,
                    )
                    for t in teacher_rows
                ],
            )
        )
    return sheets


def _dates_as_text(db: Database) -> bool:
    return bool(settings_service.get(db, Setting.EXPORT_DATES_AS_TEXT))


def export_appraisal(db: Database, year: int, path: Path, hooks: Hooks | None = None) -> int:
    """Write the 考績清冊 of ``year``; returns the number of people listed."""
    view = year_end_view(db, year)
    if view.cycle is None and not view.rows:
        raise InputRefused(
            [
                Problem(
                    _("{year} 年度考績尚未開辦（請先執行 appraisal open）").format(year=year - 1911)
                )
            ]
        )
    teacher_rows = teachers.list_teachers(db, year - 1)
    hooks = hooks or Hooks()
    write_workbook(
        path,
        appraisal_sheets(view, teacher_rows),
        dates_as_text=_dates_as_text(db),
        progress=hooks.progress,
        cancelled=hooks.cancelled,
    )
    return sum(1 for r in view.rows if r.kind is not None) + len(teacher_rows)


INTERIM_HEAD = ("員工編號", "姓名", "單位", "職稱", "年度", "期別", "截止日期", "考核人", "狀態")
INTERIM_TAIL = ("填寫日期", "時效", "優劣事實")


def export_interim(
    db: Database, year: int, path: Path, *, today: dt.date, period: int | None = None
) -> int:
    """Write the 平時考核 status of every person and period of ``year`` (or one period)."""
    found = interim.periods(db, year)
    if period is not None:
        found = [p for p in found if p.number == period]
    if not found:
        raise InputRefused(
            [
                Problem(
                    _("{year} 年度平時考核尚未開辦（請先執行 appraisal open）").format(
                        year=year - 1911
                    )
                )
            ]
        )
    lists = [interim.list_interim(db, year, p.number, today=today) for p in found]
    items = list(dict.fromkeys(name for lst in lists for name in lst.template.item_names))
    columns = [
        *(Column(h, "int" if h in ("年度", "期別") else "text") for h in INTERIM_HEAD[:6]),
        Column("截止日期", "date"),
        Column("考核人"),
        Column("狀態"),
        *(Column(name) for name in items),
        Column("填寫日期", "date"),
        Column("時效"),
        Column("優劣事實"),
    ]

    def rows() -> Iterator[Sequence[object]]:
        for lst in lists:
            for r in lst.rows:
                yield (
                    r.employee_no,
                    r.name,
                    r.unit,
                    r.title,
                    year - 1911,
                    r.period,
                    r.due,
                    r.appraiser,
                    r.status,
                    *(r.levels.get(name, "") for name in items),
                    r.filled_on,
                    r.timing.value,
                    r.facts,
                )

    total = sum(len(lst.rows) for lst in lists)
    write_workbook(
        path, [SheetSpec("平時考核", columns, rows(), total)], dates_as_text=_dates_as_text(db)
    )
    return total


def run_appraisal(db: Database, path: Path, request: FileRequest, hooks: Hooks) -> Done:
    """The catalogue's runner for ``export appraisal`` (考績清冊)."""
    assert request.year is not None
    people = export_appraisal(db, request.year, path, hooks)
    return Done(
        _("已匯出 {year} 年度考績清冊（{n} 人）").format(year=request.year - 1911, n=people)
    )


def run_interim(db: Database, path: Path, request: FileRequest, hooks: Hooks) -> Done:
    """The catalogue's runner for ``export interim`` (平時考核)."""
    assert request.year is not None
    today = request.options.get("today") or dt.date.today()
    rows = export_interim(db, request.year, path, today=today, period=request.period)
    return Done(
        _("已匯出 {year} 年度平時考核辦理情形（{n} 筆）").format(year=request.year - 1911, n=rows)
    )
