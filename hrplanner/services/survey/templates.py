"""Questionnaire templates (滿意度調查表, SPEC R19): the seeded default, editable, and the one
chosen for each class.

A class without a choice uses the default template. Once a class has responses it keeps a
copy of the questions they answered (``class_survey.questions_json``): editing the template
afterwards changes the classes still to be surveyed, never what earlier answers meant; the
class follows its template again when its last response is deleted. A class with
responses cannot change template, and a template that classes use cannot be deleted.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from hrplanner.domain.survey import Question, QuestionKind, Questionnaire, SurveyError
from hrplanner.i18n import _, ngettext
from hrplanner.services.common.errors import ConflictError, InputRefused, NotFound, Problem
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    ClassSurvey,
    SurveyQuestion,
    SurveyResponse,
    SurveyTemplate,
    TrainingClass,
)

NAME_MAX, TEXT_MAX, SHORT_MAX = 100, 300, 30


@dataclass(frozen=True)
class TemplateView:
    id: int
    name: str
    is_default: bool
    version: int
    questionnaire: Questionnaire
    classes: int  # classes that chose it


def questionnaire_from(template: SurveyTemplate) -> Questionnaire:
    return Questionnaire(
        template.name,
        tuple(
            Question(q.number, q.text, QuestionKind(q.kind), q.short or "")
            for q in template.questions
        ),
    )


def to_json(questionnaire: Questionnaire) -> str:
    return json.dumps(
        {
            "name": questionnaire.name,
            "questions": [
                {"number": q.number, "text": q.text, "kind": q.kind.value, "short": q.short}
                for q in questionnaire.questions
            ],
        },
        ensure_ascii=False,
    )


def from_json(text: str) -> Questionnaire:
    data = json.loads(text)
    return Questionnaire(
        str(data["name"]),
        tuple(
            Question(int(q["number"]), str(q["text"]), QuestionKind(q["kind"]), str(q["short"]))
            for q in data["questions"]
        ),
    )


def _views(session: Session, where: object = None) -> list[TemplateView]:
    used = dict(
        session.execute(
            select(ClassSurvey.template_id, func.count())
            .where(ClassSurvey.template_id.is_not(None))
            .group_by(ClassSurvey.template_id)
        ).all()
    )
    query = select(SurveyTemplate).order_by(SurveyTemplate.is_default.desc(), SurveyTemplate.name)
    if where is not None:
        query = query.where(where)  # type: ignore[arg-type]
    return [
        TemplateView(
            t.id, t.name, t.is_default, t.version, questionnaire_from(t), used.get(t.id, 0)
        )
        for t in session.scalars(query)
    ]


def list_templates(db: Database) -> list[TemplateView]:
    """Every template, the default first."""
    with db.session() as session:
        return _views(session)


def get_template(db: Database, template_id: int) -> TemplateView:
    with db.session() as session:
        found = _views(session, SurveyTemplate.id == template_id)
    if not found:
        raise NotFound(_("找不到問卷範本（編號 {id}）。").format(id=template_id))
    return found[0]


def default_template(session: Session) -> SurveyTemplate:
    template = session.scalar(select(SurveyTemplate).where(SurveyTemplate.is_default))
    if template is None:  # every template deleted by hand: fall back to the first one
        template = session.scalar(select(SurveyTemplate).order_by(SurveyTemplate.id))
    if template is None:
        raise NotFound(_("尚未建立任何問卷範本。"))
    return template


def _checked(name: str, questions: Sequence[Question]) -> Questionnaire:
    problems: list[Problem] = []
    if not name.strip():
        problems.append(Problem(_("請填寫問卷名稱。")))
    elif len(name.strip()) > NAME_MAX:
        problems.append(Problem(_("問卷名稱不可超過 {n} 個字。").format(n=NAME_MAX)))
    for q in questions:
        if len(q.text.strip()) > TEXT_MAX:
            text = _("第 {number} 題的題目不可超過 {n} 個字。")
            problems.append(Problem(text.format(number=q.number, n=TEXT_MAX)))
        if len(q.short.strip()) > SHORT_MAX:
            text = _("第 {number} 題的簡稱不可超過 {n} 個字。")
            problems.append(Problem(text.format(number=q.number, n=SHORT_MAX)))
    if questions and not any(q.kind is QuestionKind.RATED for q in questions):
        problems.append(Problem(_("問卷至少要有一個評分題，才能計算滿意度。")))
    cleaned = tuple(Question(q.number, q.text.strip(), q.kind, q.short.strip()) for q in questions)
    try:
        questionnaire = Questionnaire(name.strip(), cleaned)
    except SurveyError as exc:
        problems.append(Problem(str(exc)))
    if problems:
        raise InputRefused(problems)
    return questionnaire


def _conflict() -> ConflictError:
    return ConflictError(_("此問卷範本已被他人修改，請重新開啟後再編輯。"))


def _replace_questions(
    session: Session, template: SurveyTemplate, questionnaire: Questionnaire
) -> None:
    """Give the template these questions, updating rows in place by number (a question
    renumbered onto another's number must not meet the old row in the unique index)."""
    edit = template.id is not None
    wanted = {q.number: q for q in questionnaire.questions}
    current = {q.number: q for q in template.questions}
    for number, old in current.items():
        if number not in wanted:
            template.questions.remove(old)
    session.flush()
    for number, q in wanted.items():
        row = current.get(number)
        if row is None:
            template.questions.append(
                SurveyQuestion(number=number, text=q.text, kind=q.kind.value, short=q.short or None)
            )
        else:
            row.text, row.kind, row.short = q.text, q.kind.value, q.short or None
    if edit:
        flag_modified(template, "name")  # new questions are an edit of the template
    session.flush()


def save_template(
    db: Database,
    template_id: int | None,
    name: str,
    questions: Sequence[Question],
    version: int | None = None,
) -> TemplateView:
    """Add (``template_id`` None) or replace a template's name and questions."""
    questionnaire = _checked(name, questions)
    try:
        with db.session() as session:
            clash = session.scalar(
                select(SurveyTemplate.id).where(SurveyTemplate.name == questionnaire.name)
            )
            if clash is not None and clash != template_id:
                raise InputRefused(
                    [Problem(_("已有名為「{name}」的問卷。").format(name=questionnaire.name))]
                )
            if template_id is None:
                template = SurveyTemplate(name=questionnaire.name, is_default=False)
                session.add(template)
            else:
                found = session.get(SurveyTemplate, template_id)
                if found is None:
                    raise NotFound(_("找不到問卷範本（編號 {id}）。").format(id=template_id))
                if version is not None and found.version != version:
                    raise _conflict()
                template = found
                template.name = questionnaire.name
            _replace_questions(session, template, questionnaire)
            template_key = template.id
        return get_template(db, template_key)
    except StaleDataError as exc:
        raise _conflict() from exc


def delete_template(db: Database, template_id: int) -> None:
    with db.session() as session:
        template = session.get(SurveyTemplate, template_id)
        if template is None:
            raise NotFound(_("找不到問卷範本（編號 {id}）。").format(id=template_id))
        if template.is_default:
            raise InputRefused([Problem(_("預設問卷不能刪除；請先將其他問卷設為預設。"))])
        used = session.scalar(
            select(func.count()).select_from(ClassSurvey).filter_by(template_id=template_id)
        )
        if used:
            text = ngettext(
                "有 {n} 個班期使用問卷「{name}」，不能刪除。",
                "有 {n} 個班期使用問卷「{name}」，不能刪除。",
                used,
            )
            raise InputRefused([Problem(text.format(n=used, name=template.name))])
        session.delete(template)


def set_default(db: Database, template_id: int) -> None:
    """Make ``template_id`` the template of every class without a choice of its own."""
    with db.session() as session:
        if session.get(SurveyTemplate, template_id) is None:
            raise NotFound(_("找不到問卷範本（編號 {id}）。").format(id=template_id))
        session.execute(update(SurveyTemplate).values(is_default=SurveyTemplate.id == template_id))


# --- the questionnaire of a class ------------------------------------------------------------


@dataclass(frozen=True)
class ClassQuestionnaire:
    class_id: int
    template_id: int | None  # None: the default template
    template_name: str
    questionnaire: Questionnaire
    frozen: bool  # responses exist: the questions are the class's own copy
    responses: int


def questionnaire_of(session: Session, class_id: int) -> ClassQuestionnaire:
    """The questions a class asks: its copy once it has responses, else its template."""
    chosen = session.get(ClassSurvey, class_id)
    responses = (
        session.scalar(
            select(func.count()).select_from(SurveyResponse).filter_by(class_id=class_id)
        )
        or 0
    )
    template_id = chosen.template_id if chosen is not None else None
    template = session.get(SurveyTemplate, template_id) if template_id else None
    if template is None:
        template = default_template(session)
    if chosen is not None and chosen.questions_json:
        questionnaire = from_json(chosen.questions_json)
        return ClassQuestionnaire(
            class_id, template_id, template.name, questionnaire, True, responses
        )
    return ClassQuestionnaire(
        class_id, template_id, template.name, questionnaire_from(template), False, responses
    )


def class_questionnaire(db: Database, class_id: int) -> ClassQuestionnaire:
    with db.session() as session:
        if session.get(TrainingClass, class_id) is None:
            raise NotFound(_("找不到班期（編號 {id}）。").format(id=class_id))
        return questionnaire_of(session, class_id)


def choose_template(db: Database, class_id: int, template_id: int | None) -> ClassQuestionnaire:
    """The template of a class (None: the default); refused once it has responses."""
    with db.session() as session:
        cls = session.get(TrainingClass, class_id)
        if cls is None:
            raise NotFound(_("找不到班期（編號 {id}）。").format(id=class_id))
        if template_id is not None and session.get(SurveyTemplate, template_id) is None:
            raise NotFound(_("找不到問卷範本（編號 {id}）。").format(id=template_id))
        current = questionnaire_of(session, class_id)
        if current.frozen or current.responses:
            text = ngettext(
                "班期「{code}」已有 {n} 份問卷回覆，不能更換問卷；請先刪除回覆。",
                "班期「{code}」已有 {n} 份問卷回覆，不能更換問卷；請先刪除回覆。",
                current.responses,
            )
            raise InputRefused([Problem(text.format(code=cls.code, n=current.responses))])
        row = session.get(ClassSurvey, class_id)
        if row is None:
            session.add(ClassSurvey(class_id=class_id, template_id=template_id))
        else:
            row.template_id = template_id
        session.flush()
        return questionnaire_of(session, class_id)


def freeze(session: Session, class_id: int) -> Questionnaire:
    """Keep the class's current questions as its own copy (before its first response)."""
    current = questionnaire_of(session, class_id)
    if current.frozen:
        return current.questionnaire
    row = session.get(ClassSurvey, class_id)
    if row is None:
        row = ClassSurvey(class_id=class_id, template_id=None)
        session.add(row)
    row.questions_json = to_json(current.questionnaire)
    return current.questionnaire


def unfreeze_if_empty(session: Session, class_id: int) -> None:
    """Let a class without responses follow its template again."""
    session.flush()
    count = session.scalar(
        select(func.count()).select_from(SurveyResponse).filter_by(class_id=class_id)
    )
    row = session.get(ClassSurvey, class_id)
    if not count and row is not None and row.questions_json is not None:
        row.questions_json = None
