"""Satisfaction surveys (SPEC R19): the scale, answers, class figures and the year."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from hrplanner.domain.rounding import format_fixed, format_number, format_percent, round_half_up
from hrplanner.domain.survey import (
    SCALE,
    SCALE_LABELS,
    SCALE_VALUES,
    Question,
    QuestionKind,
    Questionnaire,
    Response,
    ResponseError,
    SurveyError,
    default_questionnaire,
    parse_open_answer,
    parse_rating,
    parse_response,
    question_for_header,
)
from hrplanner.domain.survey_results import (
    TOTAL_KEY,
    UNGROUPED_KEY,
    ClassSurvey,
    Tally,
    average_satisfaction,
    class_results,
    rate_text,
    response_rate,
    tally,
    yearly_summary,
)

# --- rounding -------------------------------------------------------------------------------


def test_rounding_is_half_up_and_exact() -> None:
    assert round_half_up(Fraction(10, 14) * 100, 1) == Decimal("71.4")
    assert format_fixed(Decimal("4.125"), 2) == "4.13"  # round() would give 4.12
    assert format_fixed(Fraction(9, 2), 2) == "4.50"
    assert format_fixed(Decimal("-2.5"), 0) == "-3"
    assert format_percent(Fraction(15, 16)) == "93.8%"
    assert format_percent(Fraction(1)) == "100.0%"
    assert format_number(Fraction(195, 2)) == "97.5"
    assert format_number(Fraction(200, 3)) == "66.67"
    assert format_number(Fraction(80)) == "80"


# --- scale and answers ----------------------------------------------------------------------


def test_scale_is_declared_once_highest_first() -> None:
    assert SCALE == ((5, "非常滿意"), (4, "滿意"), (3, "普通"), (2, "不滿意"), (1, "非常不滿意"))
    assert SCALE_VALUES == (5, 4, 3, 2, 1)
    assert SCALE_LABELS[3] == "普通"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (5, 5),
        (1, 1),
        (4.0, 4),
        (Decimal("3"), 3),
        ("5", 5),
        ("５", 5),
        (" 4 ", 4),
        ("5分", 5),
        ("5.0", 5),
        ("非常滿意", 5),
        ("滿意", 4),
        ("普通", 3),
        ("不滿意", 2),
        ("非常不滿意", 1),
        ("非常滿意(5)", 5),
        ("非常滿意（5）", 5),
        ("非常滿意（5分）", 5),
        ("不滿意 (2)", 2),
        ("5 非常滿意", 5),
        ("5.非常滿意", 5),
        ("(1)非常不滿意", 1),
        ("4-滿意", 4),
        ("很滿意", 5),
        ("尚可", 3),
        ("", None),
        ("   ", None),
        (None, None),
    ],
)
def test_parse_rating(value: object, expected: int | None) -> None:
    assert parse_rating(value) == expected


@pytest.mark.parametrize("value", ["0", "6", 6, 4.5, "4.5", "好", "非常", "滿意滿意", True, [5]])
def test_parse_rating_refuses_values_off_the_scale(value: object) -> None:
    with pytest.raises(SurveyError, match="無法辨識的滿意度"):
        parse_rating(value)


@pytest.mark.parametrize("value", ["滿意(5)", "5 滿意", "非常不滿意(5)"])
def test_parse_rating_refuses_a_word_and_number_that_disagree(value: str) -> None:
    with pytest.raises(SurveyError, match="文字與分數不一致"):
        parse_rating(value)


def test_open_answers_are_trimmed_text() -> None:
    assert parse_open_answer("  講師很好 ") == "講師很好"
    assert parse_open_answer(None) == ""
    assert parse_open_answer(5) == "5"


# --- questionnaires -------------------------------------------------------------------------


def test_default_template_has_five_rated_questions_then_an_open_one() -> None:
    template = default_questionnaire()
    assert [q.short for q in template.rated] == [
        "課程內容",
        "講座表現",
        "時間安排",
        "場地設施",
        "整體滿意度",
    ]
    assert template.questions[0].text == "對本課程內容之滿意程度"
    last = template.questions[-1]
    assert (last.number, last.kind) == (6, QuestionKind.OPEN)
    assert [q.number for q in template.questions] == [1, 2, 3, 4, 5, 6]


def test_questionnaire_checks_its_numbers_and_texts() -> None:
    with pytest.raises(SurveyError, match="至少要有一個題目"):
        Questionnaire("空", ())
    with pytest.raises(SurveyError, match="不重複"):
        Questionnaire("重複", (Question(1, "甲"), Question(1, "乙")))
    with pytest.raises(SurveyError, match="題目文字"):
        Questionnaire("空白", (Question(1, " "),))


def test_question_for_header() -> None:
    template = default_questionnaire()
    assert question_for_header(template, "對課程時間安排之滿意程度") == template.questions[2]
    assert question_for_header(template, "3. 對課程時間安排之滿意程度") == template.questions[2]
    assert question_for_header(template, "第3題") == template.questions[2]
    assert question_for_header(template, "Q6") == template.questions[5]
    assert question_for_header(template, "３") == template.questions[2]
    assert question_for_header(template, "時間戳記") is None
    assert question_for_header(template, "9") is None
    assert question_for_header(template, "3. 對講座授課表現之滿意程度") is None  # disagree


def test_parse_response_collects_every_problem() -> None:
    template = default_questionnaire()
    response = parse_response(template, {1: "5", 2: "滿意", 3: "", 6: " 很好 "})
    assert response == Response({1: 5, 2: 4}, {6: "很好"})
    with pytest.raises(ResponseError) as caught:
        parse_response(template, {1: "七", 2: "滿意(5)", 9: 3})
    assert [n for n, _m in caught.value.problems] == [1, 2, 9]
    assert "第 1 題" in str(caught.value)


# --- class figures --------------------------------------------------------------------------


def _responses(*rows: dict[int, object]) -> list[Response]:
    template = default_questionnaire()
    return [parse_response(template, row) for row in rows]


def test_ten_responses_of_fourteen_credited_is_a_rate_of_71_4_percent() -> None:
    rows = [{1: 5, 2: 4, 3: 4, 4: 3, 5: 5} for _ in range(10)]
    results = class_results(default_questionnaire(), _responses(*rows), credited=14)
    assert results.responses == 10
    assert results.response_rate == Fraction(10, 14)
    assert results.response_rate_text == "71.4%"


def test_means_count_no_blanks_and_pool_all_rated_answers() -> None:
    rows: list[dict[int, object]] = [
        {1: 5, 2: 5, 3: 4, 4: "", 5: 5, 6: "時間太短"},
        {1: 4, 2: 5, 3: "", 4: 3, 5: 4},
        {1: 4, 2: "非常滿意(5)", 3: 2, 4: "", 5: 4, 6: "講座很好"},
        {1: "", 2: "", 3: "", 4: "", 5: "", 6: ""},  # empty: not a response
    ]
    results = class_results(default_questionnaire(), _responses(*rows), credited=3)
    assert results.responses == 3
    assert results.response_rate_text == "100.0%"
    by_short = {r.question.short: r for r in results.questions}
    content = by_short["課程內容"].tally
    assert content.mean == Fraction(13, 3)
    assert content.mean_text == "4.33"
    assert content.mean_decimal == Decimal("4.33")
    assert dict(content.distribution) == {5: 1, 4: 2, 3: 0, 2: 0, 1: 0}
    assert list(content.distribution) == [5, 4, 3, 2, 1]
    assert by_short["時間安排"].tally.answered == 2  # one blank, one empty response
    assert by_short["場地設施"].tally.mean_text == "3.00"
    # Overall: 12 answers summing to 50 → 4.17, not the mean of the question means (3.93).
    assert results.overall.answered == 12
    assert results.overall_mean == Fraction(50, 12)
    assert results.overall_mean_text == "4.17"
    assert dict(results.overall.distribution) == {5: 5, 4: 5, 3: 1, 2: 1, 1: 0}
    assert [a for _q, a in results.open_answers] == ["時間太短", "講座很好"]


def test_mean_is_rounded_half_up_for_display() -> None:
    # 4.125 exactly: half up gives 4.13 (banker's rounding would give 4.12).
    results = Tally({5: 1, 4: 7, 3: 0, 2: 0, 1: 0})
    assert results.mean == Fraction(33, 8)
    assert results.mean_text == "4.13"


def test_a_class_without_responses_or_credit() -> None:
    results = class_results(default_questionnaire(), [], credited=0)
    assert results.responses == 0
    assert results.response_rate is None
    assert results.response_rate_text == "—"
    assert results.overall_mean is None
    assert results.overall_mean_text == "—"


def test_class_results_refuses_answers_of_the_wrong_kind() -> None:
    template = default_questionnaire()
    with pytest.raises(SurveyError, match="不是評分題"):
        class_results(template, [Response({6: 5})], 1)
    with pytest.raises(SurveyError, match="不是開放題"):
        class_results(template, [Response(texts={1: "好"})], 1)
    with pytest.raises(SurveyError, match="負數"):
        class_results(template, [], -1)


def test_rate_helpers() -> None:
    assert response_rate(0, 5) == 0
    assert rate_text(Fraction(1, 3)) == "33.3%"
    assert rate_text(None) == "—"
    with pytest.raises(SurveyError, match="1 至 5"):
        tally([6])
    assert tally([5, 4, 4]).satisfied_share == 1
    assert tally([5, 3, 1, 2]).satisfied_share == Fraction(1, 4)
    assert Tally().satisfied_share is None


# --- the year -------------------------------------------------------------------------------


def _class(code: str, category: str, organizer: str, ratings: list[int], credited: int):  # type: ignore[no-untyped-def]
    template = Questionnaire("一題", (Question(1, "整體"),))
    results = class_results(template, [Response({1: r}) for r in ratings], credited)
    return ClassSurvey(code, f"課程{code}", category, organizer, results)


def test_yearly_summary_pools_by_category_and_organiser() -> None:
    classes = [
        _class("113-001", "公務倫理", "人事室", [5, 5, 4], 4),
        _class("113-002", "資訊", "資訊室", [3], 2),
        _class("113-003", "公務倫理", "資訊室", [4, 4, 4, 4, 4, 4], 6),
        _class("113-004", " ", "人事室", [], 3),
    ]
    summary = yearly_summary(classes)
    total = summary.total
    assert total.key == TOTAL_KEY
    assert (total.classes, total.responses, total.credited) == (4, 10, 15)
    assert total.response_rate_text == "66.7%"
    assert total.mean == Fraction(41, 10)  # pooled answers, not the mean of class means
    assert total.mean_text == "4.10"
    assert [(g.key, g.classes, g.responses) for g in summary.by_category] == [
        ("公務倫理", 2, 9),
        ("資訊", 1, 1),
        (UNGROUPED_KEY, 1, 0),
    ]
    ethics = summary.by_category[0]
    assert ethics.mean == Fraction(38, 9)
    assert dict(ethics.overall.distribution) == {5: 2, 4: 7, 3: 0, 2: 0, 1: 0}
    assert [(g.key, g.mean_text) for g in summary.by_organizer] == [
        ("人事室", "4.67"),
        ("資訊室", "3.86"),
    ]
    assert average_satisfaction(classes) == Fraction(41, 10)
    assert average_satisfaction([]) is None
