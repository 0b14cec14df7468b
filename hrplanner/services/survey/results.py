"""Survey figures (R19) from the database: one class, or every class of a year with the
year's summary by class category and organiser.

The answers are counted in SQL (per class, question and point), so a year of 300 classes
with 10,000 forms is a handful of grouped queries; the figures themselves (means, the
overall mean of all rated answers, the response rate against the people credited) are the
domain's (``domain.survey_results``), exact until they are shown.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hrplanner.domain.survey import SCALE_VALUES, QuestionKind, Questionnaire
from hrplanner.domain.survey_results import (
    ClassResults,
    ClassSurvey,
    QuestionResult,
    Tally,
    YearSummary,
    yearly_summary,
)
from hrplanner.i18n import _
from hrplanner.services.common.errors import NotFound
from hrplanner.services.survey import templates
from hrplanner.services.survey.responses import credited_people
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    ClassCategory,
    ClassSession,
    LearningTopic,
    SurveyAnswer,
    SurveyResponse,
    SurveyTemplate,
    TrainingClass,
)
from hrplanner.storage.models import (
    ClassSurvey as ClassSurveyRow,
)


@dataclass(frozen=True)
class ClassFigures:
    """A class with its survey figures."""

    class_id: int
    code: str
    title: str
    category: str
    organizer: str
    instructor: str
    start_date: dt.date | None
    end_date: dt.date | None
    closed: bool
    questionnaire: Questionnaire
    results: ClassResults

    def as_survey(self) -> ClassSurvey:
        return ClassSurvey(self.code, self.title, self.category, self.organizer, self.results)


def questionnaires(session: Session, class_ids: Sequence[int]) -> dict[int, Questionnaire]:
    """Each class's questions: its copy, its template's, or the default template's."""
    chosen = {
        row.class_id: row
        for row in session.scalars(
            select(ClassSurveyRow).where(ClassSurveyRow.class_id.in_(class_ids))
        )
    }
    cache: dict[int, Questionnaire] = {}

    def of_template(template_id: int | None) -> Questionnaire:
        template = session.get(SurveyTemplate, template_id) if template_id else None
        template = template or templates.default_template(session)
        if template.id not in cache:
            cache[template.id] = templates.questionnaire_from(template)
        return cache[template.id]

    result: dict[int, Questionnaire] = {}
    for class_id in class_ids:
        row = chosen.get(class_id)
        if row is not None and row.questions_json:
            result[class_id] = templates.from_json(row.questions_json)
        else:
            result[class_id] = of_template(row.template_id if row else None)
    return result


def figures(
    session: Session,
    class_ids: Sequence[int],
    asked: dict[int, Questionnaire] | None = None,
) -> dict[int, ClassResults]:
    """Every class's figures in a few grouped queries (``asked``: their questionnaires,
    when already read)."""
    ids = list(class_ids)
    if not ids:
        return {}
    asked = asked if asked is not None else questionnaires(session, ids)
    counts: dict[tuple[int, int], dict[int, int]] = defaultdict(dict)
    for class_id, question, rating, n in session.execute(
        select(SurveyResponse.class_id, SurveyAnswer.question, SurveyAnswer.rating, func.count())
        .select_from(SurveyAnswer)
        .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
        .where(SurveyResponse.class_id.in_(ids), SurveyAnswer.rating.is_not(None))
        .group_by(SurveyResponse.class_id, SurveyAnswer.question, SurveyAnswer.rating)
    ):
        counts[(class_id, question)][int(rating or 0)] = int(n)
    responded = dict(
        session.execute(
            select(SurveyResponse.class_id, func.count(func.distinct(SurveyResponse.id)))
            .join(SurveyAnswer, SurveyAnswer.response_id == SurveyResponse.id)
            .where(SurveyResponse.class_id.in_(ids))
            .group_by(SurveyResponse.class_id)
        ).all()
    )
    texts: dict[tuple[int, int], list[str]] = defaultdict(list)
    for class_id, question, text in session.execute(
        select(SurveyResponse.class_id, SurveyAnswer.question, SurveyAnswer.text)
        .select_from(SurveyAnswer)
        .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
        .where(SurveyResponse.class_id.in_(ids), SurveyAnswer.text.is_not(None))
        .order_by(SurveyResponse.class_id, SurveyResponse.number)
    ):
        texts[(class_id, question)].append(text or "")
    credited = credited_people(session, ids)
    out: dict[int, ClassResults] = {}
    for class_id in ids:
        questions = []
        for q in asked[class_id].questions:
            if q.kind is QuestionKind.RATED:
                points = counts.get((class_id, q.number), {})
                distribution = {value: points.get(value, 0) for value in SCALE_VALUES}
                questions.append(QuestionResult(q, Tally(distribution)))
            else:
                questions.append(
                    QuestionResult(q, answers=tuple(texts.get((class_id, q.number), ())))
                )
        overall = sum((r.tally for r in questions), Tally())
        out[class_id] = ClassResults(
            int(responded.get(class_id, 0)), credited.get(class_id, 0), tuple(questions), overall
        )
    return out


def _classes(session: Session, where: object) -> list[tuple[TrainingClass, str]]:
    query = (
        select(TrainingClass, ClassCategory.name)
        .outerjoin(ClassCategory, ClassCategory.id == TrainingClass.category_id)
        .where(where)  # type: ignore[arg-type]
        .order_by(TrainingClass.code)
    )
    return [(cls, category or "") for cls, category in session.execute(query)]


def _views(session: Session, classes: list[tuple[TrainingClass, str]]) -> list[ClassFigures]:
    ids = [cls.id for cls, _category in classes]
    asked = questionnaires(session, ids)
    found = figures(session, ids, asked)
    return [
        ClassFigures(
            cls.id, cls.code, cls.title, category, cls.organizer or "", cls.instructor or "",
            cls.start_date, cls.end_date, cls.closed_on is not None, asked[cls.id], found[cls.id],
        )
        for cls, category in classes
    ]  # fmt: skip


def class_figures(
    db: Database, class_id: int | None = None, code: str | None = None
) -> ClassFigures:
    """One class's figures, by id or by code."""
    with db.session() as session:
        where = TrainingClass.id == class_id if class_id is not None else TrainingClass.code == code
        classes = _classes(session, where)
        if not classes:
            raise NotFound(_("找不到班期代碼「{code}」。").format(code=code or class_id))
        return _views(session, classes)[0]


def _in_year(year: int, answered_only: bool) -> object:
    where = TrainingClass.end_date.between(
        dt.date(year, 1, 1), dt.date(year, 12, 31)
    ) & TrainingClass.cancelled.is_(False)
    if answered_only:
        where &= TrainingClass.id.in_(select(SurveyResponse.class_id))
    return where


def year_figures(db: Database, year: int, *, answered_only: bool = True) -> list[ClassFigures]:
    """The classes ending in ``year`` (R6: a class counts toward the year in which it ends)
    that have responses, or with ``answered_only`` False every class not cancelled, by code."""
    with db.session() as session:
        return _views(session, _classes(session, _in_year(year, answered_only)))


def year_summary(items: Sequence[ClassFigures]) -> YearSummary:
    """The year across classes: in total, by class category and by organiser."""
    return yearly_summary(item.as_survey() for item in items)


def session_topics(session: Session, class_ids: Sequence[int]) -> dict[int, frozenset[str]]:
    """The learning topics of each class's sessions (for the KPI class filters)."""
    topics: dict[int, set[str]] = defaultdict(set)
    for class_id, topic in session.execute(
        select(ClassSession.class_id, LearningTopic.name)
        .join(LearningTopic, LearningTopic.id == ClassSession.topic_id)
        .where(ClassSession.class_id.in_(class_ids))
    ):
        topics[class_id].add(topic)
    return {class_id: frozenset(names) for class_id, names in topics.items()}
