"""The plan workbook of SPEC §3.1 (計畫): import all or nothing, and export.

Sheets 計畫, 策略, 具體作法 and KPI, matched on their keys (計畫代碼; + 策略編號; + 作法編號;
計畫代碼 + KPI編號). The KPI sheet has one column per year named by the year (``108``,
``108年`` or ``2019``) holding that year's target as written (``≦20``, ``80%``, ``2場次``),
and 資料來源: 手動 or a measure with its parameters (``domain.plans.binding_text``). A blank
optional cell keeps the stored value, rows missing from the file are left alone (a workbook
may carry one plan, or only its KPI sheet), and re-importing the same file changes nothing.
Every problem is reported as (sheet, row, column, message) and nothing is written unless the
whole file is valid. :func:`export_plan_workbook` writes the same sheets back, so an export
re-imports unchanged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path

from sqlalchemy import select

from hrplanner.domain.plans.binding_text import parse_binding, render_binding
from hrplanner.domain.plans.measures import BindingError, unknown_values
from hrplanner.domain.plans.targets import (
    Direction,
    Target,
    TargetParseError,
    kpi_direction,
    parse_target,
    year_header,
    year_of_header,
)
from hrplanner.domain.rocdate import ROC_OFFSET
from hrplanner.i18n import _
from hrplanner.services.catalogue import ImportRequest
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.services.imports import templates
from hrplanner.services.imports.tabular import (
    ColumnSpec,
    ImportReport,
    RowReader,
    Table,
    cell_text,
    read_headers,
    read_table,
    sheet_names,
)
from hrplanner.services.plans import workbook_rows as rows_of
from hrplanner.services.plans.workbook_rows import (
    ACTION_COLUMNS,
    ACTION_SHEET,
    CODE,
    KPI_COLUMNS,
    KPI_NO,
    KPI_SHEET,
    PLAN_COLUMNS,
    PLAN_SHEET,
    STRATEGY_COLUMNS,
    STRATEGY_NO,
    STRATEGY_SHEET,
    Applier,
)
from hrplanner.storage.database import Database
from hrplanner.storage.models import ClassCategory, LearningTopic

__all__ = [
    "ACTION_SHEET",
    "KPI_SHEET",
    "PLAN_SHEET",
    "STRATEGY_SHEET",
    "TEMPLATE",
    "export_plan_workbook",
    "import_plans",
    "run_import",
]

TEMPLATE = templates.Template(
    (
        templates.SheetTemplate(
            PLAN_SHEET,
            PLAN_COLUMNS,
            {
                CODE: "108-中程",
                "計畫名稱": "人事處中程（108至111年度）施政計畫",
                "訂定日期": dt.date(2018, 12, 1),
                "依據": "",
                "目標": "",
                "實施對象": "",
                "起始年度": "108",
                "結束年度": "111",
                "主辦單位": "人事處",
            },
        ),
        templates.SheetTemplate(
            STRATEGY_SHEET,
            STRATEGY_COLUMNS,
            {CODE: "108-中程", STRATEGY_NO: "四", "策略名稱": "推動組織學習及公務人員終身學習"},
        ),
        templates.SheetTemplate(
            ACTION_SHEET,
            ACTION_COLUMNS,
            {
                CODE: "108-中程",
                STRATEGY_NO: "四",
                "作法編號": "1",
                "具體作法": "強化公務人員終身學習時數",
                "辦理期程": "108年1月~111年12月",
                "績效指標": "每人每年學習時數20小時",
                "推動單位": "人事處",
                "實施單位": "本府各單位",
            },
        ),
        templates.SheetTemplate(
            KPI_SHEET,
            (
                *KPI_COLUMNS[:6],
                *(ColumnSpec(f"{y}年", f"{y}") for y in range(108, 112)),
                *KPI_COLUMNS[6:],
            ),
            {
                CODE: "108-中程",
                KPI_NO: "4-1",
                STRATEGY_NO: "四",
                "指標名稱": "強化公務人員終身學習時數",
                "衡量標準": "每人每年學習時數20小時之人數比率",
                "單位": "%",
                "108年": "80%",
                "109年": "80%",
                "110年": "80%",
                "111年": "80%",
                "資料來源": "compliance_rate",
                "方向": "",
            },
            {"方向": tuple(d.value for d in Direction)},
        ),
    )
)


def _kpi_columns(path: Path, sheet: str | None) -> tuple[list[ColumnSpec], dict[str, int]]:
    """The KPI sheet's columns: the fixed ones and one per year header (→ Gregorian year)."""
    years: dict[str, int] = {}
    for header in read_headers(path, sheet):
        year = year_of_header(header)
        if year is not None:
            years[header] = year
    return [*KPI_COLUMNS, *(ColumnSpec(h, h) for h in years)], years


def _tables(path: Path) -> tuple[dict[str, Table], dict[str, int]]:
    names = sheet_names(path)
    tables: dict[str, Table] = {}
    years: dict[str, int] = {}
    specs = {
        PLAN_SHEET: PLAN_COLUMNS,
        STRATEGY_SHEET: STRATEGY_COLUMNS,
        ACTION_SHEET: ACTION_COLUMNS,
    }
    for sheet, columns in specs.items():
        if sheet in names:
            tables[sheet] = read_table(path, columns, sheet)
    if KPI_SHEET in names:
        kpi_columns, years = _kpi_columns(path, KPI_SHEET)
        tables[KPI_SHEET] = read_table(path, kpi_columns, KPI_SHEET)
    if not tables:
        if path.suffix.lower() == ".csv":
            raise InputRefused(
                [Problem(_("計畫須以含「計畫」「策略」「具體作法」「KPI」工作表的活頁簿匯入。"))]
            )
        raise InputRefused(
            [
                Problem(
                    _("活頁簿中沒有「{sheets}」任何一個工作表。").format(
                        sheets="」「".join(specs.keys() | {KPI_SHEET})
                    )
                )
            ]
        )
    return tables, years


def _known_lists(db: Database) -> dict[str, set[str]]:
    with db.session() as s:
        return {
            "category": set(s.scalars(select(ClassCategory.name))),
            "topic": set(s.scalars(select(LearningTopic.name))),
        }


def read_binding_cell(reader: RowReader, known: dict[str, set[str]]) -> str | None:
    """資料來源 → the canonical binding text ("" for 手動); None when blank or refused."""
    text = reader.text("資料來源")
    if text is None:
        return None
    try:
        binding = parse_binding(text)
    except BindingError as exc:
        reader.problem("資料來源", str(exc))
        return None
    if binding is None:
        return ""
    for message in unknown_values(binding, known):
        reader.problem("資料來源", message)
    return render_binding(binding)


def read_targets(
    reader: RowReader, years: dict[str, int], unit: str
) -> tuple[dict[int, str], list[Target], Direction | None]:
    """The year cells: year → target as written, the parsed targets, and the direction the
    方向 column or the texts give (None when neither says)."""
    written: dict[int, str] = {}
    parsed: list[Target] = []
    seen: dict[int, str] = {}
    for header, year in years.items():
        value = reader.row.get(header)
        if value is None:
            continue
        if year in seen:
            reader.problem(
                header,
                _("年度 {roc_year} 的目標值重複（欄「{other}」與欄「{this}」）。").format(
                    roc_year=year - ROC_OFFSET, other=seen[year], this=header
                ),
            )
            continue
        seen[year] = header
        text = cell_text(value)
        try:
            parsed.append(parse_target(text, unit))
        except TargetParseError as exc:
            reader.problem(header, str(exc))
            continue
        written[year] = text
    direction_text = reader.choice("方向", tuple(d.value for d in Direction))
    if direction_text is not None:
        return written, parsed, Direction(direction_text)
    try:
        said = {t.direction for t in parsed if t.explicit}
        direction = kpi_direction(parsed) if said else None
    except TargetParseError as exc:
        reader.problem("方向", str(exc))
        direction = None
    return written, parsed, direction


def import_plans(db: Database, path: Path, *, dry_run: bool = False) -> ImportReport:
    """Import a plan workbook; InputRefused lists every problem and nothing is written."""
    tables, years = _tables(Path(path))
    known = _known_lists(db)
    report = ImportReport(dry_run=dry_run)
    problems: list[Problem] = []
    with db.session() as s, s.no_autoflush:
        applier = Applier(s, report, problems)
        if PLAN_SHEET in tables:
            table = tables[PLAN_SHEET]
            for row in table.rows:
                applier.plan_row(RowReader(table.sheet, row, problems))
        s.flush()
        if STRATEGY_SHEET in tables:
            table = tables[STRATEGY_SHEET]
            for row in table.rows:
                applier.strategy_row(RowReader(table.sheet, row, problems))
        s.flush()
        if ACTION_SHEET in tables:
            table = tables[ACTION_SHEET]
            for row in table.rows:
                applier.action_row(RowReader(table.sheet, row, problems))
        if KPI_SHEET in tables:
            table = tables[KPI_SHEET]
            for row in table.rows:
                reader = RowReader(table.sheet, row, problems)
                unit = reader.text("單位", max_length=20) or ""
                written, parsed, direction = read_targets(reader, years, unit)
                measure = read_binding_cell(reader, known)
                applier.kpi_row(reader, unit, written, parsed, direction, measure)
        if problems:
            raise InputRefused(problems)
        s.flush()
        if dry_run:
            s.rollback()
    return report


def run_import(db: Database, path: Path, request: ImportRequest) -> ImportReport:
    """The catalogue's runner (``services.catalogue``) for ``import plan``."""
    return import_plans(db, path, dry_run=request.dry_run)


# --- export ---------------------------------------------------------------------------------


def export_plan_workbook(db: Database, code: str, path: Path) -> int:
    """Write one plan as the import workbook (re-importing it changes nothing); returns
    the number of KPIs written."""
    from hrplanner.reports.xlsx.writer import Column, SheetSpec, write_workbook

    data = rows_of.plan_export_rows(db, code)

    def columns(specs: Sequence[ColumnSpec]) -> list[Column]:
        return [Column(c.name) for c in specs]

    year_columns = [Column(year_header(y)) for y in data.years]
    kpi_columns = [*columns(KPI_COLUMNS[:6]), *year_columns, *columns(KPI_COLUMNS[6:])]

    def kpis() -> Iterator[list[object]]:
        for k in data.kpis:
            yield [*k.fixed[:6], *(k.targets.get(y, "") for y in data.years), *k.fixed[6:]]

    write_workbook(
        Path(path),
        [
            SheetSpec(PLAN_SHEET, columns(PLAN_COLUMNS), [data.plan]),
            SheetSpec(STRATEGY_SHEET, columns(STRATEGY_COLUMNS), data.strategies),
            SheetSpec(ACTION_SHEET, columns(ACTION_COLUMNS), data.actions),
            SheetSpec(KPI_SHEET, kpi_columns, kpis(), len(data.kpis)),
        ],
        dates_as_text=True,
    )
    return len(data.kpis)
