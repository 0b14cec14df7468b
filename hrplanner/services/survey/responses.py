"""A class's survey responses (R19): read as a grid (respondents × questions) and changed a
cell at a time, as the response grid types them, or many at once, as the import writes.

Answers arrive as typed: digits, the scale's words (「非常滿意」, 「滿意(4)」) or text for an
open question (``domain.survey``); blanks are not stored. A respondent whose answers are all
blank is no response and is removed. The first response freezes the class's questions
(``templates.freeze``), the last one deleted lets it follow its template again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from hrplanner.domain.survey import (
    QuestionKind,
    Questionnaire,
    Response,
    SurveyError,
    parse_open_answer,
    parse_rating,
)
from hrplanner.domain.vocabulary import ENROLLED
from hrplanner.i18n import _
from hrplanner.services.common.errors import ConflictError, InputRefused, NotFound, Problem
from hrplanner.services.survey import templates
from hrplanner.storage.database import Database
from hrplanner.storage.models import Enrollment, SurveyAnswer, SurveyResponse, TrainingClass


@dataclass(frozen=True)
class ResponseRow:
    id: int
    number: int  # 問卷編號
    version: int
    ratings: Mapping[int, int] = field(default_factory=dict)
    texts: Mapping[int, str] = field(default_factory=dict)

    def as_response(self) -> Response:
        return Response(dict(self.ratings), dict(self.texts))


@dataclass(frozen=True)
class ResponseGrid:
    class_id: int
    code: str
    title: str
    questionnaire: Questionnaire
    template_name: str
    frozen: bool
    rows: tuple[ResponseRow, ...]
    credited: int  # people credited (the response rate's divisor); 0 before closing

    @property
    def next_number(self) -> int:
        return max((r.number for r in self.rows), default=0) + 1


@dataclass(frozen=True)
class AnswerChange:
    """One cell: respondent ``number`` answers ``question`` with ``value`` (None/"" clears)."""

    number: int
    question: int
    value: object


def credited_people(session: Session, class_ids: Sequence[int]) -> dict[int, int]:
    """People credited with hours per class (stored when the class closed)."""
    if not class_ids:
        return {}
    rows = session.execute(
        select(Enrollment.class_id, func.count())
        .where(
            Enrollment.class_id.in_(class_ids),
            Enrollment.status == ENROLLED,
            Enrollment.credit_minutes > 0,
        )
        .group_by(Enrollment.class_id)
    )
    return {class_id: int(n) for class_id, n in rows}


def _class(session: Session, class_id: int) -> TrainingClass:
    cls = session.get(TrainingClass, class_id)
    if cls is None:
        raise NotFound(_("找不到班期（編號 {id}）。").format(id=class_id))
    return cls


def _rows(session: Session, class_id: int) -> list[ResponseRow]:
    responses = session.execute(
        select(SurveyResponse.id, SurveyResponse.number, SurveyResponse.version)
        .where(SurveyResponse.class_id == class_id)
        .order_by(SurveyResponse.number)
    ).all()
    answers: dict[int, tuple[dict[int, int], dict[int, str]]] = {
        rid: ({}, {}) for rid, _n, _v in responses
    }
    for rid, question, rating, text in session.execute(
        select(SurveyAnswer.response_id, SurveyAnswer.question, SurveyAnswer.rating)
        .add_columns(SurveyAnswer.text)
        .select_from(SurveyAnswer)
        .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
        .where(SurveyResponse.class_id == class_id)
    ):
        ratings, texts = answers[rid]
        if rating is not None:
            ratings[question] = rating
        elif text:
            texts[question] = text
    return [ResponseRow(rid, n, v, *answers[rid]) for rid, n, v in responses]


def response_grid(db: Database, class_id: int) -> ResponseGrid:
    """The class's questionnaire and every response, by 問卷編號."""
    with db.session() as session:
        cls = _class(session, class_id)
        chosen = templates.questionnaire_of(session, class_id)
        return ResponseGrid(
            class_id,
            cls.code,
            cls.title,
            chosen.questionnaire,
            chosen.template_name,
            chosen.frozen,
            tuple(_rows(session, class_id)),
            credited_people(session, [class_id]).get(class_id, 0),
        )


def parse_answer(questionnaire: Questionnaire, question: int, value: object) -> int | str | None:
    """A cell as stored: a rating, a text, or None for a blank; SurveyError says why not."""
    found = questionnaire.question(question)
    if found is None:
        raise SurveyError(_("問卷沒有第 {number} 題。").format(number=question))
    if found.kind is QuestionKind.OPEN:
        return parse_open_answer(value) or None
    return parse_rating(value)


def apply_answers(
    session: Session,
    class_id: int,
    questionnaire: Questionnaire,
    answers: Mapping[int, Mapping[int, int | str | None]],
) -> tuple[list[int], list[int]]:
    """Write parsed answers (respondent → question → value); returns (added, changed)
    respondent numbers. A respondent left with no answer is removed."""
    existing = {
        r.number: r
        for r in session.scalars(
            select(SurveyResponse).where(
                SurveyResponse.class_id == class_id, SurveyResponse.number.in_(list(answers))
            )
        )
    }
    if any(v is not None for cells in answers.values() for v in cells.values()):
        templates.freeze(session, class_id)  # no-op once the class has its copy
    added: list[int] = []
    changed: list[int] = []
    for number, cells in answers.items():
        response = existing.get(number)
        if response is None:
            if all(v is None for v in cells.values()):
                continue
            response = SurveyResponse(class_id=class_id, number=number)
            session.add(response)
            added.append(number)
        current = {a.question: a for a in response.answers}
        touched = False
        for question, value in cells.items():
            answer = current.get(question)
            rating = value if isinstance(value, int) else None
            text = value if isinstance(value, str) else None
            if value is None:
                if answer is not None:
                    response.answers.remove(answer)
                    touched = True
            elif answer is None:
                response.answers.append(SurveyAnswer(question=question, rating=rating, text=text))
                touched = True
            elif (answer.rating, answer.text) != (rating, text):
                answer.rating, answer.text = rating, text
                touched = True
        if response.id is not None and touched:
            changed.append(number)
            if not response.answers:
                session.delete(response)
            else:
                flag_modified(response, "number")  # an edit of its answers: a new version
    templates.unfreeze_if_empty(session, class_id)
    return added, changed


def set_answers(
    db: Database,
    class_id: int,
    changes: Sequence[AnswerChange],
    versions: Mapping[int, int] | None = None,
) -> None:
    """Store typed cells; InputRefused names each cell that cannot be read (nothing is
    written then). ``versions`` (respondent → version read) refuses a stale grid."""
    try:
        with db.session() as session:
            cls = _class(session, class_id)
            questionnaire = templates.questionnaire_of(session, class_id).questionnaire
            problems: list[Problem] = []
            parsed: dict[int, dict[int, int | str | None]] = {}
            for change in changes:
                if change.number < 1:
                    problems.append(Problem(_("問卷編號須為正整數。")))
                    continue
                try:
                    value = parse_answer(questionnaire, change.question, change.value)
                except SurveyError as exc:
                    where = _("第 {number} 題").format(number=change.question)
                    problems.append(Problem(str(exc), row=change.number, column=where))
                    continue
                parsed.setdefault(change.number, {})[change.question] = value
            if problems:
                raise InputRefused(problems)
            read = dict(versions or {})
            for response in session.scalars(
                select(SurveyResponse).where(
                    SurveyResponse.class_id == cls.id, SurveyResponse.number.in_(list(read))
                )
            ):
                if response.version != read[response.number]:
                    raise _conflict()
            apply_answers(session, class_id, questionnaire, parsed)
    except StaleDataError as exc:
        raise _conflict() from exc


def _conflict() -> ConflictError:
    return ConflictError(_("問卷回覆已被他人修改，請重新載入後再輸入。"))


def delete_responses(db: Database, class_id: int, numbers: Sequence[int]) -> int:
    """Delete these respondents' forms; returns how many were deleted."""
    with db.session() as session:
        _class(session, class_id)
        found = list(
            session.scalars(
                select(SurveyResponse).where(
                    SurveyResponse.class_id == class_id, SurveyResponse.number.in_(list(numbers))
                )
            )
        )
        for response in found:
            session.delete(response)
        templates.unfreeze_if_empty(session, class_id)
        return len(found)
