"""滿意度調查結果 (SPEC §3.3, R19) from the database: one class (``--class``) or every class of
a year with responses (``--year``), one page each (``reports.pdf.survey_result``)."""

from __future__ import annotations

from pathlib import Path

from hrplanner.domain.survey import SCALE_VALUES, QuestionKind
from hrplanner.i18n import _, ngettext
from hrplanner.services.catalogue import Done, FileRequest, Hooks
from hrplanner.services.common import settings_service
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.services.survey import results
from hrplanner.services.survey.results import ClassFigures
from hrplanner.settings import Setting
from hrplanner.storage.database import Database


def _counts(distribution: object) -> tuple[int, int, int, int, int]:
    assert isinstance(distribution, dict)
    a, b, c, d, e = (int(distribution[v]) for v in SCALE_VALUES)
    return a, b, c, d, e


def result_page(agency: str, item: ClassFigures):  # type: ignore[no-untyped-def]
    """The printed page of one class (imports reportlab: only when printing)."""
    from hrplanner.reports.pdf.survey_result import OpenAnswers, QuestionFigures, SurveyResultPage
    from hrplanner.reports.pdf.text import roc_period

    r = item.results
    period = ""
    if item.start_date is not None and item.end_date is not None:
        period = "中華民國" + roc_period(item.start_date, item.end_date)
    return SurveyResultPage(
        agency=agency,
        class_code=item.code,
        class_title=item.title,
        period_text=period,
        organizer=item.organizer,
        instructor=item.instructor,
        responses=r.responses,
        credited=r.credited,
        rate_text=r.response_rate_text,
        overall_mean_text=r.overall_mean_text,
        overall_counts=_counts(dict(r.overall.distribution)),
        questions=tuple(
            QuestionFigures(
                number=q.question.number,
                text=q.question.text,
                short=q.question.short,
                counts=_counts(dict(q.tally.distribution)),
                mean_text=q.tally.mean_text,
            )
            for q in r.questions
            if q.question.kind is QuestionKind.RATED
        ),
        open_answers=tuple(
            OpenAnswers(number=q.question.number, text=q.question.text, answers=q.answers)
            for q in r.questions
            if q.question.kind is QuestionKind.OPEN
        ),
    )


def print_results(db: Database, items: list[ClassFigures], path: Path) -> None:
    from hrplanner.reports.pdf.survey_result import build_survey_results
    from hrplanner.services.training.printing import font_choice

    agency = str(settings_service.get(db, Setting.AGENCY_NAME))
    build_survey_results([result_page(agency, i) for i in items], path, font_choice(db))


def run_results(db: Database, path: Path, request: FileRequest, hooks: Hooks) -> Done:
    """The catalogue's runner for ``print survey --class CODE | --year Y``."""
    if request.class_code is not None:
        item = results.class_figures(db, code=request.class_code)
        if not item.results.responses:
            text = _("班期 {code} 還沒有任何問卷回覆，無法列印滿意度調查結果。")
            raise InputRefused([Problem(text.format(code=item.code))])
        print_results(db, [item], path)
        return Done(_("已產生班期 {code} 滿意度調查結果").format(code=item.code))
    assert request.year is not None
    items = results.year_figures(db, request.year)
    if not items:
        text = _("{year} 年度沒有任何班期的問卷回覆，無法列印滿意度調查結果。")
        raise InputRefused([Problem(text.format(year=request.year - 1911))])
    print_results(db, items, path)
    text = ngettext(
        "已產生 {year} 年度滿意度調查結果（{n} 個班期，每班一頁）",
        "已產生 {year} 年度滿意度調查結果（{n} 個班期，每班一頁）",
        len(items),
    )
    return Done(text.format(year=request.year - 1911, n=len(items)))
