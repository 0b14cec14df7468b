"""Survey figures (SPEC R19): per class, and per year across classes by category and organiser.

Per class: responses, response rate (÷ people credited), each rated question's mean and
distribution 5..1, the overall mean of all rated answers, and the open answers. The overall
mean pools the answers (it is not the mean of the question means), and the yearly figures
pool the classes' answers the same way, so a class of 60 weighs more than a class of 6.
Blank answers count nowhere; a response with every answer blank is no response. Everything
is exact (Fraction); ``*_text`` properties round half up for display (4.33, 71.4%).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from hrplanner.domain.rounding import format_fixed, format_percent, round_half_up
from hrplanner.domain.survey import (
    MEAN_PLACES,
    NO_FIGURE,
    RATE_PLACES,
    SATISFIED_FROM,
    SCALE_VALUES,
    Question,
    QuestionKind,
    Questionnaire,
    Response,
    SurveyError,
)
from hrplanner.i18n import _

TOTAL_KEY = "合計"
UNGROUPED_KEY = "未分類"  # a class with no category or organiser recorded


def _empty_distribution() -> dict[int, int]:
    return dict.fromkeys(SCALE_VALUES, 0)


@dataclass(frozen=True)
class Tally:
    """How often each point 5..1 was answered; every point is present, highest first."""

    distribution: Mapping[int, int] = field(default_factory=_empty_distribution)

    @property
    def answered(self) -> int:
        return sum(self.distribution.values())

    @property
    def points(self) -> int:
        return sum(value * count for value, count in self.distribution.items())

    @property
    def mean(self) -> Fraction | None:
        return Fraction(self.points, self.answered) if self.answered else None

    @property
    def mean_decimal(self) -> Decimal | None:
        """The mean rounded half up to two decimals, for a spreadsheet cell."""
        mean = self.mean
        return None if mean is None else round_half_up(mean, MEAN_PLACES)

    @property
    def mean_text(self) -> str:
        mean = self.mean
        return NO_FIGURE if mean is None else format_fixed(mean, MEAN_PLACES)

    @property
    def satisfied_share(self) -> Fraction | None:
        """The share of 滿意 and 非常滿意 among the answers (the 「滿意度 %」 some plans use)."""
        if not self.answered:
            return None
        satisfied = sum(c for value, c in self.distribution.items() if value >= SATISFIED_FROM)
        return Fraction(satisfied, self.answered)

    def __add__(self, other: Tally) -> Tally:
        return Tally({v: self.distribution[v] + other.distribution[v] for v in SCALE_VALUES})


def tally(ratings: Iterable[int]) -> Tally:
    """The tally of ratings already parsed (1–5); SurveyError on any other value."""
    counts = _empty_distribution()
    for rating in ratings:
        if rating not in counts:
            raise SurveyError(_("滿意度須為 1 至 5，收到 {value}。").format(value=rating))
        counts[rating] += 1
    return Tally(counts)


def response_rate(responses: int, credited: int) -> Fraction | None:
    """Responses ÷ people credited; None when nobody was credited (nothing to divide by)."""
    if responses < 0 or credited < 0:
        raise SurveyError(_("回覆數與取得時數人數不可為負數。"))
    return Fraction(responses, credited) if credited else None


def rate_text(rate: Fraction | None) -> str:
    """A response rate as shown: "71.4%" (one decimal, half up), or — without a divisor."""
    return NO_FIGURE if rate is None else format_percent(rate, RATE_PLACES)


@dataclass(frozen=True)
class QuestionResult:
    """One question's figures: the tally of a rated question, the answers of an open one."""

    question: Question
    tally: Tally = field(default_factory=Tally)
    answers: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClassResults:
    """One class's survey figures (a block of the 滿意度統計 export and the printed result)."""

    responses: int
    credited: int
    questions: tuple[QuestionResult, ...]
    overall: Tally  # every rated answer of every rated question

    @property
    def response_rate(self) -> Fraction | None:
        return response_rate(self.responses, self.credited)

    @property
    def response_rate_text(self) -> str:
        return rate_text(self.response_rate)

    @property
    def overall_mean(self) -> Fraction | None:
        return self.overall.mean

    @property
    def overall_mean_text(self) -> str:
        return self.overall.mean_text

    @property
    def open_answers(self) -> tuple[tuple[Question, str], ...]:
        """Every open answer with its question, in question order then response order."""
        return tuple((r.question, a) for r in self.questions for a in r.answers)


def class_results(
    questionnaire: Questionnaire, responses: Sequence[Response], credited: int
) -> ClassResults:
    """The figures of one class from its parsed responses and the number of people credited.

    Responses with every answer blank are left out. SurveyError when a response answers a
    question the questionnaire does not have, or rates an open question.
    """
    counted = [r for r in responses if not r.is_empty]
    ratings: dict[int, list[int]] = {q.number: [] for q in questionnaire.rated}
    texts: dict[int, list[str]] = {
        q.number: [] for q in questionnaire.questions if q.kind is QuestionKind.OPEN
    }
    for response in counted:
        for number, rating in response.ratings.items():
            if number not in ratings:
                raise SurveyError(
                    _("第 {number} 題不是評分題，不能填滿意度。").format(number=number)
                )
            ratings[number].append(rating)
        for number, text in response.texts.items():
            if number not in texts:
                raise SurveyError(
                    _("第 {number} 題不是開放題，不能填文字意見。").format(number=number)
                )
            texts[number].append(text)
    results = tuple(
        QuestionResult(q, tally(ratings[q.number]))
        if q.kind is QuestionKind.RATED
        else QuestionResult(q, answers=tuple(texts[q.number]))
        for q in questionnaire.questions
    )
    overall = sum((r.tally for r in results), Tally())
    response_rate(len(counted), credited)  # refuses a negative count
    return ClassResults(len(counted), credited, results, overall)


@dataclass(frozen=True)
class ClassSurvey:
    """One class of the year with its figures, as the yearly summary groups it."""

    class_code: str
    title: str
    category: str
    organizer: str
    results: ClassResults


@dataclass(frozen=True)
class GroupSummary:
    """Pooled figures of some classes (one category, one organiser, or the whole year)."""

    key: str
    classes: int
    responses: int
    credited: int
    overall: Tally

    @property
    def response_rate(self) -> Fraction | None:
        return response_rate(self.responses, self.credited)

    @property
    def response_rate_text(self) -> str:
        return rate_text(self.response_rate)

    @property
    def mean(self) -> Fraction | None:
        return self.overall.mean

    @property
    def mean_text(self) -> str:
        return self.overall.mean_text


@dataclass(frozen=True)
class YearSummary:
    total: GroupSummary
    by_category: tuple[GroupSummary, ...]
    by_organizer: tuple[GroupSummary, ...]


def _pool(key: str, classes: Sequence[ClassSurvey]) -> GroupSummary:
    return GroupSummary(
        key,
        len(classes),
        sum(c.results.responses for c in classes),
        sum(c.results.credited for c in classes),
        sum((c.results.overall for c in classes), Tally()),
    )


def _grouped(classes: Sequence[ClassSurvey], key_of: str) -> tuple[GroupSummary, ...]:
    groups: dict[str, list[ClassSurvey]] = {}
    for item in classes:
        key = getattr(item, key_of).strip() or UNGROUPED_KEY
        groups.setdefault(key, []).append(item)
    # Groups in the order their first class came (the service sorts classes by code).
    return tuple(_pool(key, members) for key, members in groups.items())


def yearly_summary(classes: Iterable[ClassSurvey]) -> YearSummary:
    """The year's figures across classes: in total, by class category and by organiser."""
    items = list(classes)
    return YearSummary(
        _pool(TOTAL_KEY, items), _grouped(items, "category"), _grouped(items, "organizer")
    )


def average_satisfaction(classes: Iterable[ClassSurvey]) -> Fraction | None:
    """The ``avg_satisfaction`` measure: the mean of every rated answer of the classes."""
    return yearly_summary(classes).total.mean
