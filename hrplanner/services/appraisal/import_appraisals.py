"""Importing 平時考核 and 考績 workbooks (SPEC §3.1): the records unit heads send back and the
year-end scores, all or nothing, every problem with its sheet, row and column.

平時考核 rows are matched on 員工編號 + 年度 + 期別; one column per item of the year's
template holds a level. A blank cell keeps what is stored; a blank 狀態 becomes 已填 when
the row rates every item and gives the facts (a head who filled it in has filled it), else
the stored status stays. An optional 填寫日期 [filled_on] gives the day the head filled it
(timeliness is judged on it); otherwise the import day counts.

考績 rows are matched on 員工編號 + 年度. For 公務人員 the year must be opened and the person
in its scope; giving any score column replaces the score entry (item score and/or the four
components); a 考績種類 other than the suggested one takes 備註 as its reason. For 教師 the
年度 is the 學年度 and 考核結果 holds 4-1-1 / 4-1-2 / 4-1-3. An approved record is refused
(change it on the screen, with a reason). Re-importing the same file changes nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrplanner.domain.appraisal.interim_template import DEFAULT_INTERIM_TEMPLATE, InterimTemplate
from hrplanner.domain.appraisal.kind import kind_override_problems
from hrplanner.domain.appraisal.teachers import TEACHER_CATEGORY
from hrplanner.domain.appraisal.vocabulary import (
    AppraisalKind,
    InterimStatus,
    WorkflowStatus,
    parse_kind,
    parse_teacher_outcome,
)
from hrplanner.domain.rocdate import parse_year
from hrplanner.i18n import _
from hrplanner.services.appraisal import interim, teachers, year_end
from hrplanner.services.appraisal.changes import log
from hrplanner.services.appraisal.config import load_config, parse_template
from hrplanner.services.appraisal.scoring import ENTITY, LABELS, components_of, restore
from hrplanner.services.catalogue import ImportRequest
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.services.imports import templates
from hrplanner.services.imports.tabular import (
    ColumnSpec,
    ImportReport,
    RowReader,
    read_table,
)
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    Appraisal,
    AppraisalCycle,
    Employee,
    InterimPeriodRow,
    InterimRecordRow,
    StaffCategory,
    TeacherAppraisal,
)

# English aliases of the default items; an agency's own items are matched by name only.
ITEM_ALIASES = {
    "工作知能": "job_knowledge",
    "創新研究": "innovation",
    "服務態度": "service_attitude",
    "品德操守": "integrity",
    "領導協調": "leadership",
}
INTERIM_SHEET = "平時考核"
_INTERIM_HEAD = (
    ColumnSpec("員工編號", "employee_no", required=True, key=True),
    ColumnSpec("年度", "year", required=True, key=True),
    ColumnSpec("期別", "period", required=True, key=True),
    ColumnSpec("考核人", "appraiser"),
)
_INTERIM_TAIL = (
    ColumnSpec("優劣事實", "facts"),
    ColumnSpec("狀態", "status"),
    ColumnSpec("填寫日期", "filled_on"),
)


def interim_columns(items: tuple[str, ...]) -> tuple[ColumnSpec, ...]:
    return (
        *_INTERIM_HEAD,
        *(ColumnSpec(name, ITEM_ALIASES.get(name, name)) for name in items),
        *_INTERIM_TAIL,
    )


INTERIM_COLUMNS = interim_columns(DEFAULT_INTERIM_TEMPLATE.item_names)
INTERIM_TEMPLATE = templates.Template(
    sheets=(
        templates.SheetTemplate(
            name=INTERIM_SHEET,
            columns=INTERIM_COLUMNS,
            example={
                "員工編號": "10001",
                "年度": 114,
                "期別": 1,
                "考核人": "10002",
                "工作知能": "A",
                "創新研究": "B",
                "服務態度": "A",
                "品德操守": "A",
                "優劣事實": "如期完成年度訓練計畫，辦理各項研習均獲好評。",
                "狀態": "已填",
            },
            choices={
                **{n: DEFAULT_INTERIM_TEMPLATE.level_codes for n in ITEM_ALIASES},
                "狀態": tuple(s.value for s in InterimStatus),
            },
        ),
    ),
)

APPRAISAL_SHEET = "考績"
APPRAISAL_COLUMNS = (
    ColumnSpec("員工編號", "employee_no", required=True, key=True),
    ColumnSpec("年度", "year", required=True, key=True),
    ColumnSpec("考績種類", "kind"),
    ColumnSpec("工作", "work"),
    ColumnSpec("操行", "conduct"),
    ColumnSpec("學識", "knowledge"),
    ColumnSpec("才能", "ability"),
    ColumnSpec("項目評分", "item_score"),
    ColumnSpec("考核結果", "outcome"),
    ColumnSpec("重大優劣事實", "facts"),
    ColumnSpec("備註", "note"),
)
APPRAISAL_TEMPLATE = templates.Template(
    sheets=(
        templates.SheetTemplate(
            name=APPRAISAL_SHEET,
            columns=APPRAISAL_COLUMNS,
            example={
                "員工編號": "10001",
                "年度": 114,
                "考績種類": "年終",
                "工作": 55,
                "操行": 13,
                "學識": 8,
                "才能": 8,
                "項目評分": 84,
                "重大優劣事實": "主辦年度訓練計畫，執行率百分之百。",
            },
            choices={"考績種類": ("年終", "另予"), "考核結果": ("4-1-1", "4-1-2", "4-1-3")},
        ),
    ),
)
_SCORE_COLUMNS = ("工作", "操行", "學識", "才能", "項目評分")


def _year(r: RowReader) -> int | None:
    text = r.text("年度", required=True)
    if text is None:
        return None
    try:
        return parse_year(text)
    except ValueError as exc:
        r.problem("年度", str(exc))
        return None


def _templates(db: Database) -> dict[int, InterimTemplate]:
    with db.session() as session:
        return {
            year: parse_template(text)
            for year, text in session.execute(
                select(AppraisalCycle.year, AppraisalCycle.template_json).filter_by(scheme="考績")
            )
        }


# --- 平時考核 --------------------------------------------------------------------------------


def import_interim(
    db: Database, path: Path, *, dry_run: bool = False, today: dt.date | None = None
) -> ImportReport:
    """Import 平時考核 records, all or nothing (see the module's rules)."""
    today = today or dt.date.today()
    by_year = _templates(db)
    items = dict.fromkeys(load_config(db).template.item_names)
    for template in by_year.values():
        items.update(dict.fromkeys(template.item_names))
    columns = interim_columns(tuple(items))
    table = read_table(Path(path), columns)
    problems: list[Problem] = []
    report = ImportReport(dry_run=dry_run)
    with db.session() as session:
        employees = dict(session.execute(select(Employee.employee_no, Employee.id)).all())
        statuses = dict(session.execute(select(Employee.id, Employee.status)).all())
        periods = {(p.year, p.number): p.id for p in session.scalars(select(InterimPeriodRow))}
        seen: dict[tuple[str, int, int], int] = {}
        planned: list[tuple[str, InterimRecordRow, interim.InterimEntry, dt.date, InterimTemplate]]
        planned = []
        for row in table.rows:
            r = RowReader(table.sheet, row, problems)
            number = r.text("員工編號", required=True)
            year = _year(r)
            period_no = r.integer("期別")
            if period_no is None and not r.present("期別"):
                r.problem("期別", _("期別必填"))
            appraiser_no = r.text("考核人")
            facts = r.text("優劣事實")
            status_text = r.text("狀態")
            filled_on = r.date("填寫日期")
            emp_id = employees.get(number) if number else None
            if number and emp_id is None:
                r.problem("員工編號", _("找不到員工編號「{number}」").format(number=number))
            appraiser_id = employees.get(appraiser_no) if appraiser_no else None
            if appraiser_no and appraiser_id is None:
                r.problem(
                    "考核人", _("找不到考核人的員工編號「{number}」").format(number=appraiser_no)
                )
            if emp_id is None or year is None or period_no is None:
                continue
            period_id = periods.get((year, period_no))
            if period_id is None:
                r.problem(
                    "期別",
                    _(
                        "{year} 年度第 {number} 期平時考核尚未開辦（請先執行 appraisal open）"
                    ).format(year=year - 1911, number=period_no),
                )
                continue
            rec = session.scalar(
                select(InterimRecordRow).filter_by(period_id=period_id, employee_id=emp_id)
            )
            if rec is None:
                r.problem(
                    "員工編號", _("「{number}」不在該期平時考核的名單中").format(number=number)
                )
                continue
            key = (number or "", year, period_no)
            if key in seen:
                r.problem(
                    "期別", _("與第 {row} 列重複（同一人、同年度、同期別）").format(row=seen[key])
                )
                continue
            seen[key] = row.number
            template = by_year.get(year, DEFAULT_INTERIM_TEMPLATE)
            levels = interim.levels_of(rec.levels_json)
            for name in template.item_names:
                value = r.text(name)
                if value is not None:
                    levels[name] = value.upper()
            for name in items:
                if name not in template.item_names and r.present(name):
                    r.problem(name, _("考核項目「{item}」不在平時考核的項目中。").format(item=name))
            entry = interim.InterimEntry(
                status=rec.status,
                levels=levels,
                facts=facts if facts is not None else (rec.facts or ""),
                appraiser_id=appraiser_id if appraiser_no else rec.appraiser_id,
            )
            if status_text is not None:
                entry = replace(entry, status=status_text)
            elif rec.status == InterimStatus.NOT_FILLED.value:
                rated = template.items_for(rec.supervisor)
                if entry.facts.strip() and all(levels.get(i.name, "").strip() for i in rated):
                    entry = replace(entry, status=InterimStatus.FILLED.value)
            active = statuses.get(entry.appraiser_id) == "在職" if entry.appraiser_id else True
            for p in interim.entry_problems(
                entry,
                template,
                supervisor=rec.supervisor,
                person_id=emp_id,
                appraiser_active=active,
            ):
                r.problem(p.subject or _interim_column(p.code), p.message)
            label = f"{number} {year - 1911}-{period_no}"
            planned.append((label, rec, entry, filled_on or today, template))
        if problems:
            raise InputRefused(problems)
        for label, rec, entry, day, template in planned:
            before = (rec.status, rec.levels_json, rec.facts, rec.appraiser_id)
            fresh = rec.filled_on is None
            if interim.apply_entry(session, db.user, rec, entry, template, day):
                if fresh and rec.filled_on is not None:
                    rec.filled_on = day
                changed = [
                    name
                    for name, old, new in zip(
                        ("狀態", "考核項目", "優劣事實", "考核人"),
                        before,
                        (rec.status, rec.levels_json, rec.facts, rec.appraiser_id),
                        strict=True,
                    )
                    if old != new
                ]
                report.updated.append(label)
                report.changes[label] = changed
            else:
                report.unchanged.append(label)
        session.flush()
        if dry_run:
            session.rollback()
    return report


def _interim_column(code: str) -> str:
    if code in ("interim_self_appraiser", "interim_appraiser_inactive"):
        return "考核人"
    return "狀態"


# --- 考績 ------------------------------------------------------------------------------------


def _score(r: RowReader, column: str) -> int | None:
    value = r.row.get(column)
    if value is None:
        return None
    if isinstance(value, float) and not value.is_integer():
        r.problem(column, _("{column}須為整數，收到「{value}」").format(column=column, value=value))
        return None
    return r.integer(column)


def import_appraisal(
    db: Database, path: Path, *, dry_run: bool = False, today: dt.date | None = None
) -> ImportReport:
    """Import 考績 rows (and teachers' 考核結果), all or nothing (see the module's rules)."""
    today = today or dt.date.today()
    table = read_table(Path(path), APPRAISAL_COLUMNS)
    problems: list[Problem] = []
    report = ImportReport(dry_run=dry_run)
    with db.session() as session:
        people = {
            no: (emp_id, category)
            for no, emp_id, category in session.execute(
                select(Employee.employee_no, Employee.id, StaffCategory.name).join(
                    StaffCategory, StaffCategory.id == Employee.category_id
                )
            )
        }
        seen: dict[tuple[str, int], int] = {}
        civil: list[tuple[str, Appraisal, year_end.YearEndEntry, str | None, str]] = []
        school: list[tuple[str, TeacherAppraisal, str | None, str, str]] = []
        for row in table.rows:
            r = RowReader(table.sheet, row, problems)
            number = r.text("員工編號", required=True)
            year = _year(r)
            kind_text = r.text("考績種類")
            scores = {c: _score(r, c) for c in _SCORE_COLUMNS}
            outcome = r.text("考核結果")
            facts = r.text("重大優劣事實")
            note = r.text("備註")
            person = people.get(number) if number else None
            if number and person is None:
                r.problem("員工編號", _("找不到員工編號「{number}」").format(number=number))
            if person is None or year is None:
                continue
            key = (number or "", year)
            if key in seen:
                r.problem("年度", _("與第 {row} 列重複（同一人、同年度）").format(row=seen[key]))
                continue
            seen[key] = row.number
            emp_id, category = person
            if category == TEACHER_CATEGORY:
                found = _teacher_row(session, r, emp_id, year, scores, kind_text, outcome)
                if found is not None:
                    label = f"{number} {teachers.school_year_label(year)}"
                    school.append((label, found, outcome, facts or "", note or ""))
                continue
            planned = _civil_row(session, r, emp_id, year, scores, kind_text, outcome, facts, note)
            if planned is not None:
                record, entry, kind = planned
                civil.append((f"{number} {year - 1911}", record, entry, kind, note or ""))
        if problems:
            raise InputRefused(problems)
        for label, record, entry, kind, note in civil:
            changed = _apply_civil(session, db.user, record, entry, kind, note, today)
            _report(report, label, changed)
        for label, t, outcome, facts, note in school:
            changed = _apply_teacher(session, db.user, t, outcome, facts, note, today)
            _report(report, label, changed)
        session.flush()
        if dry_run:
            session.rollback()
    return report


def _report(report: ImportReport, label: str, changed: list[str]) -> None:
    if changed:
        report.updated.append(label)
        report.changes[label] = changed
    else:
        report.unchanged.append(label)


def _teacher_row(
    session: Session,
    r: RowReader,
    emp_id: int,
    school_year: int,
    scores: dict[str, int | None],
    kind_text: str | None,
    outcome: str | None,
) -> TeacherAppraisal | None:
    for column, value in scores.items():
        if value is not None:
            r.problem(column, _("教師成績考核以考核結果評定，不填項目評分及考績等次。"))
    if kind_text is not None:
        r.problem("考績種類", _("教師成績考核不分年終或另予考績，考績種類請留空。"))
    if outcome is not None:
        try:
            parse_teacher_outcome(outcome)
        except ValueError as exc:
            r.problem("考核結果", str(exc))
    found = session.scalar(
        select(TeacherAppraisal).filter_by(school_year=school_year, employee_id=emp_id)
    )
    if found is None:
        r.problem(
            "年度",
            _("{label}尚未開辦教師成績考核，或此人不在名單中").format(
                label=teachers.school_year_label(school_year)
            ),
        )
        return None
    if found.status == WorkflowStatus.APPROVED.value:
        r.problem("考核結果", _("已核定的考核須在畫面上修改並填寫理由，不能以匯入變更。"))
        return None
    return found


def _civil_row(
    session: Session,
    r: RowReader,
    emp_id: int,
    year: int,
    scores: dict[str, int | None],
    kind_text: str | None,
    outcome: str | None,
    facts: str | None,
    note: str | None,
) -> tuple[Appraisal, year_end.YearEndEntry, str | None] | None:
    if outcome is not None:
        r.problem("考核結果", _("考核結果只適用於教師；公務人員請填項目評分或四項分數。"))
    kind: AppraisalKind | None = None
    if kind_text is not None:
        try:
            kind = parse_kind(kind_text)
        except ValueError as exc:
            r.problem("考績種類", str(exc))
            return None
    record = session.scalar(select(Appraisal).filter_by(year=year, employee_id=emp_id))
    if record is None:
        r.problem(
            "員工編號",
            _(
                "{year} 年度考績尚未開辦，或此人不在該年度的考績名單中（請執行 appraisal open）"
            ).format(year=year - 1911),
        )
        return None
    if record.status == WorkflowStatus.APPROVED.value:
        r.problem("項目評分", _("已核定的考績須在畫面上修改並填寫理由，不能以匯入變更。"))
        return None
    chosen = kind.value if kind is not None else record.kind
    if kind is not None and kind.value != record.kind:
        suggested = AppraisalKind(record.suggested_kind) if record.suggested_kind else None
        for p in kind_override_problems(suggested, kind, note or ""):
            r.problem("備註", p.message + _("（以備註欄填寫理由）"))
    given = any(v is not None for v in scores.values())
    stored = components_of(record)
    entry = year_end.YearEndEntry(
        item_score=scores["項目評分"] if given else record.item_score,
        work=scores["工作"] if given else (stored.work if stored else None),
        conduct=scores["操行"] if given else (stored.conduct if stored else None),
        knowledge=scores["學識"] if given else (stored.knowledge if stored else None),
        ability=scores["才能"] if given else (stored.ability if stored else None),
        facts=facts if facts is not None else (record.facts or ""),
        note=note if note is not None else (record.note or ""),
        punished=record.punished,
        d_ground=record.d_ground,
        pay_position=record.pay_position,
    )
    if given and chosen is None:
        r.problem("項目評分", _("該年度不辦理考績，不能評分。"))
    for p in year_end.entry_problems(entry):
        r.problem(p.subject or _score_column(p.code), p.message)
    return record, entry, chosen


def _score_column(code: str) -> str:
    return "工作" if code == "components_incomplete" else "項目評分"


def _apply_civil(
    session: Session,
    user: str,
    record: Appraisal,
    entry: year_end.YearEndEntry,
    kind: str | None,
    note: str,
    today: dt.date,
) -> list[str]:
    changed: list[str] = []
    if kind != record.kind:
        log(session, user, ENTITY, record.id, LABELS["kind"], record.kind, kind, note)
        record.kind = kind
        record.kind_reason = note.strip() or None if kind != record.suggested_kind else None
        restore(session, user, record, record.net_points, note)
        changed.append("考績種類")
    before = (
        record.item_score,
        record.work,
        record.conduct,
        record.knowledge,
        record.ability,
        record.facts,
        record.note,
    )
    year_end.apply_entry(session, user, record, entry, reason="", today=today)
    after = (
        record.item_score,
        record.work,
        record.conduct,
        record.knowledge,
        record.ability,
        record.facts,
        record.note,
    )
    names = ("項目評分", "工作", "操行", "學識", "才能", "重大優劣事實", "備註")
    changed += [n for n, b, a in zip(names, before, after, strict=True) if b != a]
    return changed


def _apply_teacher(
    session: Session,
    user: str,
    t: TeacherAppraisal,
    outcome: str | None,
    facts: str,
    note: str,
    today: dt.date,
) -> list[str]:
    values = {
        "outcome": parse_teacher_outcome(outcome).value if outcome else t.outcome,
        "facts": facts.strip() or t.facts,
        "note": note.strip() or t.note,
    }
    labels = {"outcome": "考核結果", "facts": "重大優劣事實", "note": "備註"}
    changed = []
    for name, value in values.items():
        if getattr(t, name) != value:
            log(session, user, teachers.ENTITY, t.id, labels[name], getattr(t, name), value)
            setattr(t, name, value)
            changed.append(labels[name])
    if t.status == WorkflowStatus.NOT_RATED.value and t.outcome:
        log(session, user, teachers.ENTITY, t.id, "狀態", t.status, WorkflowStatus.RATED.value)
        t.status = WorkflowStatus.RATED.value
        t.rated_on = today
    return changed


def run_interim(db: Database, path: Path, request: ImportRequest) -> ImportReport:
    """The catalogue's runner for ``import interim``."""
    return import_interim(db, path, dry_run=request.dry_run)


def run_appraisal(db: Database, path: Path, request: ImportRequest) -> ImportReport:
    """The catalogue's runner for ``import appraisal``."""
    return import_appraisal(db, path, dry_run=request.dry_run)
