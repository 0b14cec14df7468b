"""The appraisal forms (SPEC §3.3): data from the database into the plain records of
``reports.pdf.appraisal_data``, drawn by the builders there.

- ``print appraisal-form``: 平時成績考核紀錄表 per person and period, batch per unit; blank
  (for unit heads to fill in) or filled; options ``unit``, ``employee`` and ``blank``;
  ``--period`` chooses one period (default: every period of the year).
- ``print appraisal-list``: the 考績清冊 for the committee by 官等, one section per kind.
- ``print appraisal-notice``: one 考績通知書 per graded person (options ``unit``,
  ``employee``; ``date`` is the issue date), with what the grade brings (考績法 §7–8) and the
  remedies for 丁等; people not yet 已核定 are named in a warning.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from hrplanner.domain.appraisal.interim_template import InterimTemplate
from hrplanner.domain.appraisal.notice import PayPosition, notice_content
from hrplanner.domain.appraisal.problems import signed_points_text
from hrplanner.domain.appraisal.vocabulary import AppraisalKind, Grade, WorkflowStatus
from hrplanner.i18n import _, ngettext
from hrplanner.reports.pdf.appraisal_data import (
    AppraisalList,
    InterimForm,
    InterimItemLine,
    ListGroup,
    ListLine,
    Notice,
)
from hrplanner.services.appraisal import interim
from hrplanner.services.appraisal.exports import grouped, summary_row
from hrplanner.services.appraisal.year_end import YearEndRow, YearEndView, year_end_view
from hrplanner.services.catalogue import Done, FileRequest, Hooks
from hrplanner.services.common import settings_service
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.settings import Setting
from hrplanner.storage.database import Database


def _font(db: Database) -> Any:
    from hrplanner.services.training.printing import font_choice

    return font_choice(db)


def _agency(db: Database) -> str:
    return str(settings_service.get(db, Setting.AGENCY_NAME) or "")


def _months(period: interim.PeriodInfo) -> str:
    return f"{period.start.month}月至{period.end.month}月"


def interim_forms(
    db: Database,
    year: int,
    *,
    period: int | None = None,
    unit: str | None = None,
    employee_no: str | None = None,
    blank: bool = False,
    today: dt.date,
) -> list[InterimForm]:
    """The 紀錄表 of the chosen period(s), people and unit, in unit and number order."""
    chosen = [p for p in interim.periods(db, year) if period is None or p.number == period]
    if not chosen:
        raise InputRefused(
            [
                Problem(
                    _("{year} 年度平時考核尚未開辦（請先執行 appraisal open）").format(
                        year=year - 1911
                    )
                )
            ]
        )
    agency = _agency(db)
    forms: list[InterimForm] = []
    for p in chosen:
        found = interim.list_interim(
            db, year, p.number, today=today, flt=interim.InterimFilter(unit=unit)
        )
        for row in found.rows:
            if employee_no and row.employee_no != employee_no:
                continue
            forms.append(_form(agency, found.period, found.template, row, blank))
    if not forms:
        raise InputRefused([Problem(_("沒有符合條件的平時考核紀錄可列印"))])
    return forms


def _form(
    agency: str,
    period: interim.PeriodInfo,
    template: InterimTemplate,
    row: interim.InterimRow,
    blank: bool,
) -> InterimForm:
    items = tuple(
        InterimItemLine(
            name=item.name,
            level=row.levels.get(item.name, ""),
            rated=row.supervisor or not item.supervisors_only,
            note="（主管人員）" if item.supervisors_only else "",
        )
        for item in template.items
    )
    return InterimForm(
        agency=agency,
        roc_year=period.year - 1911,
        period=period.number,
        period_text=_months(period),
        unit=row.unit,
        title=row.title,
        name=row.name,
        items=items,
        levels=tuple((lv.code, lv.label) for lv in template.levels),
        facts=row.facts,
        appraiser=row.appraiser,
        blank=blank,
    )


def _line(r: YearEndRow) -> ListLine:
    return ListLine(
        unit=r.unit,
        title=r.title,
        name=r.name,
        item_score="" if r.item is None else str(r.item),
        net_points=signed_points_text(r.net_points),
        score="" if r.score is None else str(r.score),
        grade=r.grade or "",
        problems="；".join(p.message for p in r.problems),
        evidence="；".join(e.message for e in r.evidence),
        status=r.status,
    )


def _group_summary(rows: Sequence[YearEndRow]) -> str:
    counts = {g: sum(1 for r in rows if r.grade == g.value) for g in Grade}
    graded = "、".join(f"{g.value} {n}" for g, n in counts.items())
    return ngettext("{n} 人（{grades}）", "{n} 人（{grades}）", len(rows)).format(
        n=len(rows), grades=graded
    )


def appraisal_lists(db: Database, year: int) -> list[AppraisalList]:
    """The 清冊 of each kind that has people, for the committee."""
    view = year_end_view(db, year)
    if view.cycle is None:
        raise InputRefused(
            [
                Problem(
                    _("{year} 年度考績尚未開辦（請先執行 appraisal open）").format(year=year - 1911)
                )
            ]
        )
    lists = []
    members = tuple(f"{role} {name}".strip() for name, role in view.cycle.members)
    for kind in AppraisalKind:
        rows = [r for r in view.rows if r.kind == kind.value]
        if not rows:
            continue
        groups = []
        ordered = grouped(rows, view.rank_order)
        for rank in dict.fromkeys(r.rank_group for r in ordered):
            members_of = [r for r in ordered if r.rank_group == rank]
            groups.append(
                ListGroup(
                    rank_group=rank or _("未填官等"),
                    lines=tuple(_line(r) for r in members_of),
                    summary=_group_summary(members_of),
                )
            )
        is_year_end = kind == AppraisalKind.YEAR_END
        lists.append(
            AppraisalList(
                agency=_agency(db),
                roc_year=year - 1911,
                kind=kind.value,
                groups=tuple(groups),
                statistics=tuple(_stat(row) for row in view.ratio) if is_year_end else (),
                meeting_date=view.cycle.meeting_date,
                members=members,
                warnings=tuple(p.message for p in view.ratio_warnings) if is_year_end else (),
            )
        )
    if not lists:
        raise InputRefused([Problem(_("{year} 年度沒有可列印的考績").format(year=year - 1911))])
    return lists


def _stat(row: Any) -> tuple[str, ...]:
    values = summary_row(row)
    name, people, a, b, c, d, ungraded, share, limit, allowed, _over = values
    return tuple(str(v) for v in (name, people, a, b, c, d, ungraded, share, limit, allowed))


def notices(
    db: Database,
    view: YearEndView,
    *,
    unit: str | None = None,
    employee_no: str | None = None,
    issue_date: dt.date,
) -> tuple[list[Notice], list[YearEndRow]]:
    """The notices of every graded person (and those of them not yet 已核定)."""
    values = settings_service.get_all(db)
    found: list[Notice] = []
    pending: list[YearEndRow] = []
    for r in view.rows:
        if r.grade is None or r.kind is None or r.score is None:
            continue
        if (unit and r.unit != unit) or (employee_no and r.employee_no != employee_no):
            continue
        content = notice_content(AppraisalKind(r.kind), Grade(r.grade), PayPosition(r.pay_position))
        if r.status != WorkflowStatus.APPROVED.value:
            pending.append(r)
        found.append(
            Notice(
                agency=str(values[Setting.AGENCY_NAME]),
                head_title=str(values[Setting.HEAD_TITLE]),
                head_name=str(values[Setting.HEAD_NAME]),
                roc_year=view.year - 1911,
                kind=r.kind,
                name=r.name,
                unit=r.unit,
                title=r.title,
                employee_no=r.employee_no,
                score=r.score,
                grade=r.grade,
                effect=content.text,
                article=content.article,
                net_points=signed_points_text(r.net_points) if r.net_points else "",
                remedies=content.remedies,
                issue_date=issue_date,
            )
        )
    return found, pending


# --- the catalogue's runners ------------------------------------------------------------------


def run_interim_form(db: Database, path: Path, request: FileRequest, hooks: Hooks) -> Done:
    from hrplanner.reports.pdf.interim_form import build_interim_forms

    assert request.year is not None
    options = request.options
    forms = interim_forms(
        db,
        request.year,
        period=request.period,
        unit=options.get("unit"),
        employee_no=options.get("employee"),
        blank=bool(options.get("blank")),
        today=options.get("today") or dt.date.today(),
    )
    build_interim_forms(forms, path, _font(db))
    if options.get("blank"):
        text = _("已產生 {year} 年度平時成績考核紀錄表（空白，{n} 張）")
    else:
        text = _("已產生 {year} 年度平時成績考核紀錄表（{n} 張）")
    return Done(text.format(year=request.year - 1911, n=len(forms)))


def run_appraisal_list(db: Database, path: Path, request: FileRequest, hooks: Hooks) -> Done:
    from hrplanner.reports.pdf.appraisal_list import build_appraisal_lists

    assert request.year is not None
    lists = appraisal_lists(db, request.year)
    build_appraisal_lists(lists, path, _font(db))
    people = sum(len(g.lines) for lst in lists for g in lst.groups)
    return Done(
        _("已產生 {year} 年度考績清冊（{n} 人）").format(year=request.year - 1911, n=people),
        tuple(w for lst in lists for w in lst.warnings),
    )


def run_notice(db: Database, path: Path, request: FileRequest, hooks: Hooks) -> Done:
    from hrplanner.reports.pdf.appraisal_notice import build_notices

    assert request.year is not None
    options = request.options
    view = year_end_view(db, request.year)
    found, pending = notices(
        db,
        view,
        unit=options.get("unit"),
        employee_no=options.get("employee"),
        issue_date=options.get("date") or dt.date.today(),
    )
    if not found:
        raise InputRefused(
            [
                Problem(
                    _("{year} 年度沒有已評定等次的考績可印通知書").format(year=request.year - 1911)
                )
            ]
        )
    build_notices(found, path, _font(db))
    warnings: tuple[str, ...] = ()
    if pending:
        warnings = (
            ngettext(
                "{n} 人的考績尚未核定：{names}",
                "{n} 人的考績尚未核定：{names}",
                len(pending),
            ).format(n=len(pending), names="、".join(r.name for r in pending[:10])),
        )
    return Done(
        _("已產生 {year} 年度考績通知書（{n} 人）").format(year=request.year - 1911, n=len(found)),
        warnings,
    )
