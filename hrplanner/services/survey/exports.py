"""滿意度統計 (SPEC §3.2, R19): one class (``--class``) or every class of a year with
responses (``--year``).

Sheet 滿意度統計 has a row per class and rated question: 班期代碼, 課程名稱, 題號, 題目, 回覆數,
平均, then the count of each answer 5 4 3 2 1; after each class's questions a row with 題號
``整體`` holds the overall mean of all rated answers, the number of forms returned and the
回收率 (returned ÷ people credited). Means are rounded half up to two decimals (4.13), the
rate to one (71.4%). The open answers follow on a second sheet; a year's export adds the
summary by class category and by organiser.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from hrplanner.domain.survey import NO_FIGURE, SCALE_VALUES, QuestionKind
from hrplanner.domain.survey_results import GroupSummary, QuestionResult, YearSummary
from hrplanner.i18n import _, ngettext
from hrplanner.reports.xlsx.writer import Column, SheetSpec, write_workbook
from hrplanner.services.catalogue import Done, FileRequest, Hooks
from hrplanner.services.survey import results
from hrplanner.services.survey.results import ClassFigures
from hrplanner.storage.database import Database

STATS_SHEET, OPEN_SHEET, SUMMARY_SHEET = "滿意度統計", "開放意見", "年度彙整"
OVERALL = "整體"
OVERALL_TITLE = "全部評分題"
STATS_COLUMNS = (
    Column("班期代碼"),
    Column("課程名稱"),
    Column("題號"),
    Column("題目"),
    Column("回覆數", "int"),
    Column("平均", "decimal"),
    *(Column(str(value), "int") for value in SCALE_VALUES),
    Column("回收率"),
)
OPEN_COLUMNS = (
    Column("班期代碼"),
    Column("課程名稱"),
    Column("題號"),
    Column("題目"),
    Column("意見"),
)
SUMMARY_COLUMNS = (
    Column("分組"),
    Column("名稱"),
    Column("班期數", "int"),
    Column("回覆數", "int"),
    Column("取得時數人數", "int"),
    Column("回收率"),
    Column("平均", "decimal"),
)
GROUP_CATEGORY, GROUP_ORGANIZER, GROUP_TOTAL = "類別", "主辦單位", "全年度"


def _question_row(item: ClassFigures, result: QuestionResult) -> tuple[object, ...]:
    t = result.tally
    return (
        item.code,
        item.title,
        str(result.question.number),
        result.question.text,
        t.answered,
        t.mean_decimal,
        *(t.distribution[v] for v in SCALE_VALUES),
        None,
    )


def stats_rows(items: Sequence[ClassFigures]) -> Iterator[tuple[object, ...]]:
    for item in items:
        r = item.results
        for result in r.questions:
            if result.question.kind is QuestionKind.RATED:
                yield _question_row(item, result)
        rate = r.response_rate_text
        yield (
            item.code,
            item.title,
            OVERALL,
            OVERALL_TITLE,
            r.responses,
            r.overall.mean_decimal,
            *(r.overall.distribution[v] for v in SCALE_VALUES),
            rate if rate != NO_FIGURE else None,
        )


def open_rows(items: Sequence[ClassFigures]) -> Iterator[tuple[object, ...]]:
    for item in items:
        for question, answer in item.results.open_answers:
            yield item.code, item.title, str(question.number), question.text, answer


def _group_row(kind: str, group: GroupSummary) -> tuple[object, ...]:
    rate = group.response_rate_text
    return (
        kind,
        group.key,
        group.classes,
        group.responses,
        group.credited,
        rate if rate != NO_FIGURE else None,
        group.overall.mean_decimal,
    )


def summary_rows(summary: YearSummary) -> Iterator[tuple[object, ...]]:
    yield _group_row(GROUP_TOTAL, summary.total)
    for group in summary.by_category:
        yield _group_row(GROUP_CATEGORY, group)
    for group in summary.by_organizer:
        yield _group_row(GROUP_ORGANIZER, group)


def write_stats(items: Sequence[ClassFigures], path: Path, *, with_summary: bool) -> None:
    sheets = [
        SheetSpec(STATS_SHEET, STATS_COLUMNS, list(stats_rows(items))),
        SheetSpec(OPEN_SHEET, OPEN_COLUMNS, list(open_rows(items))),
    ]
    if with_summary:
        summary = results.year_summary(items)
        sheets.append(SheetSpec(SUMMARY_SHEET, SUMMARY_COLUMNS, list(summary_rows(summary))))
    write_workbook(Path(path), sheets)


def run_export(db: Database, path: Path, request: FileRequest, hooks: Hooks) -> Done:
    """The catalogue's runner for ``export survey --class CODE | --year Y``."""
    if request.class_code is not None:
        item = results.class_figures(db, code=request.class_code)
        write_stats([item], path, with_summary=False)
        n = item.results.responses
        text = ngettext(
            "已匯出班期 {code} 滿意度統計（{n} 份回覆，回收率 {rate}）",
            "已匯出班期 {code} 滿意度統計（{n} 份回覆，回收率 {rate}）",
            n,
        )
        return Done(text.format(code=item.code, n=n, rate=item.results.response_rate_text))
    assert request.year is not None
    items = results.year_figures(db, request.year)
    write_stats(items, path, with_summary=True)
    text = ngettext(
        "已匯出 {year} 年度滿意度統計（{n} 個班期）",
        "已匯出 {year} 年度滿意度統計（{n} 個班期）",
        len(items),
    )
    done = Done(text.format(year=request.year - 1911, n=len(items)))
    if not items:
        warning = _("{year} 年度沒有任何班期的問卷回覆。").format(year=request.year - 1911)
        return Done(done.summary, (warning,))
    return done
