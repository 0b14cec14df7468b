"""Satisfaction surveys (滿意度調查, SPEC R19): the scale, questionnaires, answers and results.

A questionnaire is a numbered list of rated questions (the five-point scale below) and open
questions. Answers arrive typed in or from an online form's CSV, so :func:`parse_rating`
reads a digit, a full-width digit, the scale's words and the combinations forms write
(「非常滿意(5)」, 「5 非常滿意」). :func:`class_results` gives one class's figures for the
滿意度統計 export and the printed result; :func:`yearly_summary` pools classes by category
and organiser and feeds the ``avg_satisfaction`` KPI measure. Means and rates are exact
Fractions; only their display is rounded (half up, :mod:`hrplanner.domain.rounding`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from hrplanner.i18n import _

# The scale, highest first: the order of the export's count columns 5 4 3 2 1.
SCALE: tuple[tuple[int, str], ...] = (
    (5, "非常滿意"),
    (4, "滿意"),
    (3, "普通"),
    (2, "不滿意"),
    (1, "非常不滿意"),
)
SCALE_VALUES = tuple(value for value, _label in SCALE)
SCALE_LABELS: dict[int, str] = dict(SCALE)
# Other words forms use for the same points; looked up after the scale's own words.
SCALE_SYNONYMS: dict[str, int] = {"很滿意": 5, "尚可": 3, "還可以": 3, "很不滿意": 1}
SATISFIED_FROM = 4  # 滿意 and 非常滿意 make the "satisfied" share
MEAN_PLACES = 2
RATE_PLACES = 1
NO_FIGURE = "—"  # shown where there is nothing to divide by

_WORD_OF = {label: value for value, label in SCALE} | SCALE_SYNONYMS
_NUMBER = r"[(\[]?(?P<n>\d+(?:\.0+)?)\s*分?[)\]]?"
_WORD = r"(?P<w>[^\d()\[\]\s.、:\-]+)"
_NUMBER_FIRST_RE = re.compile(_NUMBER + r"(?:\s*[.、:\-]?\s*" + _WORD + r")?")
_WORD_FIRST_RE = re.compile(_WORD + r"\s*[:\-]?\s*" + _NUMBER)
_WORD_ONLY_RE = re.compile(_WORD)


class QuestionKind(StrEnum):
    RATED = "評分"
    OPEN = "開放"


class SurveyError(ValueError):
    """An answer, question or response that cannot be used; the message says which and why."""


@dataclass(frozen=True)
class Question:
    number: int
    text: str
    kind: QuestionKind = QuestionKind.RATED
    short: str = ""  # a label for charts and narrow columns (課程內容)


@dataclass(frozen=True)
class Questionnaire:
    name: str
    questions: tuple[Question, ...]

    def __post_init__(self) -> None:
        numbers = [q.number for q in self.questions]
        if not numbers:
            raise SurveyError(_("問卷至少要有一個題目。"))
        if any(n < 1 for n in numbers) or len(set(numbers)) != len(numbers):
            raise SurveyError(_("問卷「{name}」的題號須為不重複的正整數。").format(name=self.name))
        if any(not q.text.strip() for q in self.questions):
            raise SurveyError(_("問卷「{name}」有題目未填題目文字。").format(name=self.name))

    @property
    def rated(self) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.kind is QuestionKind.RATED)

    def question(self, number: int) -> Question | None:
        return next((q for q in self.questions if q.number == number), None)


DEFAULT_TEMPLATE_NAME = "研習課程滿意度調查"


def default_questionnaire() -> Questionnaire:
    """The template a class gets unless the officer picks another (editable as data)."""
    rated = QuestionKind.RATED
    return Questionnaire(
        DEFAULT_TEMPLATE_NAME,
        (
            Question(1, "對本課程內容之滿意程度", rated, "課程內容"),
            Question(2, "對講座授課表現之滿意程度", rated, "講座表現"),
            Question(3, "對課程時間安排之滿意程度", rated, "時間安排"),
            Question(4, "對上課場地及設施之滿意程度", rated, "場地設施"),
            Question(5, "對本課程整體之滿意程度", rated, "整體滿意度"),
            Question(6, "對本課程之其他意見或建議", QuestionKind.OPEN, "意見或建議"),
        ),
    )


def _refused(value: object) -> SurveyError:
    shown = value.strip() if isinstance(value, str) else value
    return SurveyError(
        _("無法辨識的滿意度「{value}」：請填 1 至 5，或「非常滿意」至「非常不滿意」。").format(
            value=shown
        )
    )


def _point(value: object, number: int | float | Decimal | Fraction | str) -> int:
    try:
        exact = Fraction(number)
    except (ValueError, OverflowError, ZeroDivisionError) as exc:
        raise _refused(value) from exc
    if exact.denominator != 1 or int(exact) not in SCALE_LABELS:
        raise _refused(value)
    return int(exact)


def parse_rating(value: object) -> int | None:
    """An answer to a rated question → 1–5, or None when blank.

    Accepts 5, 5.0 (a spreadsheet number), "5", "５", "5分", "非常滿意", "很滿意",
    "非常滿意(5)", "非常滿意（5分）", "5 非常滿意", "(5)非常滿意", "5.非常滿意". A word and a
    number that disagree (「滿意(5)」) are refused, as is anything outside the scale.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise _refused(value)
    if isinstance(value, int | float | Decimal | Fraction):
        return _point(value, value)
    if not isinstance(value, str):
        raise _refused(value)
    text = unicodedata.normalize("NFKC", value).strip()
    if not text:
        return None
    text = re.sub(r"\s+", " ", text)
    for pattern in (_NUMBER_FIRST_RE, _WORD_FIRST_RE, _WORD_ONLY_RE):
        match = pattern.fullmatch(text)
        if match is None:
            continue
        groups = match.groupdict()
        by_word = _WORD_OF.get(groups["w"]) if groups.get("w") else None
        if groups.get("w") and by_word is None:
            raise _refused(value)
        if groups.get("n") is None:
            assert by_word is not None
            return by_word
        by_number = _point(value, groups["n"])
        if by_word is not None and by_word != by_number:
            raise SurveyError(
                _("滿意度「{value}」的文字與分數不一致。").format(value=value.strip())
            )
        return by_number
    raise _refused(value)


def parse_open_answer(value: object) -> str:
    """An open answer as text, trimmed; blank → ""."""
    if value is None:
        return ""
    return str(value).strip()


@dataclass(frozen=True)
class Response:
    """One respondent's answers: ratings and open texts by question number (blanks left out)."""

    ratings: Mapping[int, int] = field(default_factory=dict)
    texts: Mapping[int, str] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not self.ratings and not self.texts


class ResponseError(SurveyError):
    """Answers of one response that cannot be read: ``problems`` holds (number, message)."""

    def __init__(self, problems: Sequence[tuple[int, str]]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(message for _number, message in self.problems))


def parse_response(questionnaire: Questionnaire, answers: Mapping[int, object]) -> Response:
    """A response from raw cells by question number; every unreadable answer is reported."""
    ratings: dict[int, int] = {}
    texts: dict[int, str] = {}
    problems: list[tuple[int, str]] = []
    for number, raw in answers.items():
        question = questionnaire.question(number)
        if question is None:
            problems.append((number, _("問卷沒有第 {number} 題。").format(number=number)))
            continue
        if question.kind is QuestionKind.OPEN:
            if text := parse_open_answer(raw):
                texts[number] = text
            continue
        try:
            rating = parse_rating(raw)
        except SurveyError as exc:
            problems.append(
                (number, _("第 {number} 題：{reason}").format(number=number, reason=exc))
            )
            continue
        if rating is not None:
            ratings[number] = rating
    if problems:
        raise ResponseError(problems)
    return Response(ratings, texts)


_HEADER_NUMBER_RE = re.compile(r"(?:第|Q|q)?\s*(?P<n>\d+)\s*(?:題)?\s*[.、:)]?\s*(?P<rest>.*)")


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def question_for_header(questionnaire: Questionnaire, header: str) -> Question | None:
    """The question a response file's column stands for: by number ("3", "第3題", "Q3"),
    by its text, or both ("3. 對課程時間安排之滿意程度"); None when it is no question."""
    text = _compact(header)
    if not text:
        return None
    by_text = {
        re.sub(r"\s+", "", unicodedata.normalize("NFKC", q.text)): q
        for q in questionnaire.questions
    }
    if text in by_text:
        return by_text[text]
    match = _HEADER_NUMBER_RE.fullmatch(text)
    if match is None:
        return None
    question = questionnaire.question(int(match["n"]))
    rest = match["rest"]
    if question is None or (rest and by_text.get(rest) is not question):
        return None
    return question
