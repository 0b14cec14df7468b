"""Responses typed cell by cell (digits, scale words, blanks), the class's questions frozen
at the first response, and the figures: exact means per question, the overall mean of all
rated answers, the response rate against the people credited, the year by category and
organiser, and the avg_satisfaction measure with its class filters."""

from __future__ import annotations

from fractions import Fraction

import pytest

from hrplanner.domain.plans.measures import make_binding
from hrplanner.domain.survey import Question, QuestionKind
from hrplanner.services.common.errors import ConflictError, InputRefused
from hrplanner.services.survey import measures, responses, results, templates
from hrplanner.services.survey.responses import AnswerChange

from .conftest import Classes

# Ten forms of 114-001 (default questionnaire: 1–5 rated, 6 open); "" is a blank.
FORMS: list[tuple[object, ...]] = [
    (5, "非常滿意", 4, 5, 5, "很實用"),
    (4, "滿意", 4, 2, 4, ""),
    ("5", "5", "", 4, "5", ""),
    (3, "普通", 3, 3, 3, "希望延長時間"),
    (4, 4, 5, "", 4, ""),
    (5, "非常滿意", 5, 5, 5, ""),
    (4, "滿意(4)", 4, 4, 4, ""),
    (2, "普通", 3, 3, 3, "場地太冷"),
    (5, "５", 4, 4, "", ""),
    (4, 4, 4, 5, 4, ""),
]
MEANS = {1: "4.10", 2: "4.20", 3: "4.00", 4: "3.89", 5: "4.11"}


def type_forms(classes: Classes, code: str = "114-001") -> None:
    changes = [
        AnswerChange(number, question, value)
        for number, form in enumerate(FORMS, start=1)
        for question, value in enumerate(form, start=1)
    ]
    responses.set_answers(classes.db, classes.ids[code], changes)


def test_ten_forms_of_fourteen_credited(classes: Classes) -> None:
    type_forms(classes)
    grid = responses.response_grid(classes.db, classes.ids["114-001"])
    assert (len(grid.rows), grid.credited, grid.frozen, grid.next_number) == (10, 14, True, 11)
    assert grid.rows[2].ratings == {1: 5, 2: 5, 4: 4, 5: 5}  # the blank is not stored
    figures = results.class_figures(classes.db, code="114-001").results
    assert {q.question.number: q.tally.mean_text for q in figures.questions[:5]} == MEANS
    assert figures.questions[0].tally.mean == Fraction(41, 10)
    assert figures.overall.mean == Fraction(191, 47)
    assert (figures.overall_mean_text, figures.response_rate_text) == ("4.06", "71.4%")
    assert dict(figures.questions[3].tally.distribution) == {5: 3, 4: 3, 3: 2, 2: 1, 1: 0}
    assert figures.questions[5].answers == ("很實用", "希望延長時間", "場地太冷")


def test_unreadable_cells_are_refused_and_nothing_is_written(classes: Classes) -> None:
    class_id = classes.ids["114-001"]
    with pytest.raises(InputRefused) as refused:
        responses.set_answers(
            classes.db,
            class_id,
            [AnswerChange(1, 1, "6"), AnswerChange(1, 2, "滿意(5)"), AnswerChange(1, 3, 4),
             AnswerChange(1, 9, 4)],
        )  # fmt: skip
    assert [(p.row, p.column) for p in refused.value.problems] == [
        (1, "第 1 題"),
        (1, "第 2 題"),
        (1, "第 9 題"),
    ]
    assert responses.response_grid(classes.db, class_id).rows == ()


def test_clearing_every_answer_removes_the_form_and_unfreezes(classes: Classes) -> None:
    class_id = classes.ids["114-002"]
    responses.set_answers(classes.db, class_id, [AnswerChange(1, 1, 5), AnswerChange(1, 6, "好")])
    grid = responses.response_grid(classes.db, class_id)
    assert grid.frozen and grid.rows[0].texts == {6: "好"}
    version = grid.rows[0].version
    responses.set_answers(classes.db, class_id, [AnswerChange(1, 1, 4)], {1: version})
    assert responses.response_grid(classes.db, class_id).rows[0].version == version + 1
    with pytest.raises(ConflictError):
        responses.set_answers(classes.db, class_id, [AnswerChange(1, 1, 3)], {1: version})
    responses.set_answers(classes.db, class_id, [AnswerChange(1, 1, ""), AnswerChange(1, 6, None)])
    after = responses.response_grid(classes.db, class_id)
    assert (after.rows, after.frozen) == ((), False)


def test_the_questions_of_a_class_with_responses_stay_as_answered(classes: Classes) -> None:
    default = templates.list_templates(classes.db)[0]
    assert default.is_default and len(default.questionnaire.rated) == 5
    type_forms(classes, "114-002")
    # Editing the default template: classes still to be surveyed follow it, 114-002 does not.
    shorter = (Question(1, "課程整體滿意度", QuestionKind.RATED, "整體"),)
    templates.save_template(classes.db, default.id, default.name, shorter, default.version)
    assert (
        templates.class_questionnaire(classes.db, classes.ids["114-003"]).questionnaire.questions
        == shorter
    )
    kept = templates.class_questionnaire(classes.db, classes.ids["114-002"])
    assert kept.frozen and len(kept.questionnaire.questions) == 6
    with pytest.raises(InputRefused, match="已有 10 份問卷回覆，不能更換問卷"):
        templates.choose_template(classes.db, classes.ids["114-002"], None)
    responses.delete_responses(classes.db, classes.ids["114-002"], list(range(1, 11)))
    assert (
        templates.class_questionnaire(classes.db, classes.ids["114-002"]).questionnaire.questions
        == shorter
    )


def test_templates_are_checked_chosen_and_protected(classes: Classes) -> None:
    rated = QuestionKind.RATED
    with pytest.raises(InputRefused) as refused:
        templates.save_template(
            classes.db, None, "", [Question(1, "甲", rated), Question(1, "乙", rated)]
        )
    assert len(refused.value.problems) == 2
    with pytest.raises(InputRefused, match="至少要有一個評分題"):
        templates.save_template(
            classes.db, None, "意見調查", [Question(1, "意見", QuestionKind.OPEN)]
        )
    own = templates.save_template(
        classes.db,
        None,
        "講座課程問卷",
        [Question(1, "講座表現", rated), Question(2, "建議", QuestionKind.OPEN)],
    )
    chosen = templates.choose_template(classes.db, classes.ids["114-003"], own.id)
    assert chosen.template_name == "講座課程問卷" and not chosen.frozen
    with pytest.raises(InputRefused, match="有 1 個班期使用問卷「講座課程問卷」"):
        templates.delete_template(classes.db, own.id)
    with pytest.raises(InputRefused, match="預設問卷不能刪除"):
        templates.delete_template(classes.db, templates.list_templates(classes.db)[0].id)
    with pytest.raises(InputRefused, match="已有名為"):
        templates.save_template(classes.db, None, "講座課程問卷", [Question(1, "x", rated)])
    templates.set_default(classes.db, own.id)
    assert [t.name for t in templates.list_templates(classes.db) if t.is_default] == [
        "講座課程問卷"
    ]
    with pytest.raises(ConflictError):
        templates.save_template(classes.db, own.id, "講座課程問卷", [Question(1, "x", rated)], 99)


def test_the_year_by_category_and_organiser_and_the_measure(classes: Classes) -> None:
    type_forms(classes)
    responses.set_answers(
        classes.db, classes.ids["114-002"], [AnswerChange(1, q, 3) for q in range(1, 6)]
    )
    year = results.year_figures(classes.db, 2025)
    assert [c.code for c in year] == ["114-001", "114-002"]  # 114-003 has no responses
    summary = results.year_summary(year)
    assert (summary.total.responses, summary.total.credited) == (11, 19)
    assert summary.total.mean == Fraction(191 + 15, 47 + 5)
    assert [(g.key, g.mean_text) for g in summary.by_category] == [
        ("創新設計力", "4.06"),
        ("領導培育力", "3.00"),
    ]
    assert [g.key for g in summary.by_organizer] == ["人事室", "秘書室"]
    every = make_binding("avg_satisfaction")
    assert measures.avg_satisfaction(classes.db, 2025, every) == Fraction(206, 52)
    by_topic = make_binding("avg_satisfaction", {"學習類別": "環境教育"})
    assert measures.avg_satisfaction(classes.db, 2025, by_topic) == 3
    by_title = make_binding("avg_satisfaction", {"標題含": "114-001"})
    assert measures.avg_satisfaction(classes.db, 2025, by_title) == Fraction(191, 47)
    none = make_binding("avg_satisfaction", {"類別": "跨域整合力"})
    assert measures.avg_satisfaction(classes.db, 2025, none) is None
    assert measures.avg_satisfaction(classes.db, 2024, every) is None
