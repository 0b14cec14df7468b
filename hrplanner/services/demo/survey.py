"""The demo agency's satisfaction surveys (R19), one of ``agency.GENERATORS``: most closed
classes have the forms of most of the people credited, answered as participants answer —
mostly 滿意 and 非常滿意, a class that went less well here and there, now and then a blank,
and a comment from about one form in eight. Online classes use a second template of their
own, so the demo shows a template chosen per class.

Rows are bulk Core inserts with ids given here (``large``: about 130,000 forms), and each
class keeps the copy of the questions its forms answered, as the survey service does.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from hrplanner.domain.survey import Question, QuestionKind, Questionnaire
from hrplanner.domain.vocabulary import ENROLLED, ONLINE
from hrplanner.i18n import N_, _
from hrplanner.services.demo import agency
from hrplanner.services.survey import templates
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    ClassSurvey,
    Enrollment,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
    SurveyTemplate,
    TrainingClass,
)

CHUNK = 20_000
SURVEYED_SHARE = 0.85  # classes with forms
ONLINE_TEMPLATE = Questionnaire(
    "數位課程滿意度調查",
    (
        Question(1, "對本數位課程內容之滿意程度", QuestionKind.RATED, "課程內容"),
        Question(2, "對學習平臺操作之滿意程度", QuestionKind.RATED, "平臺操作"),
        Question(3, "對課程時間安排彈性之滿意程度", QuestionKind.RATED, "時間彈性"),
        Question(4, "對本課程整體之滿意程度", QuestionKind.RATED, "整體滿意度"),
        Question(5, "對本數位課程之其他意見或建議", QuestionKind.OPEN, "意見或建議"),
    ),
)
COMMENTS = (
    "課程內容實用，對業務很有幫助。",
    "講座舉例生動，希望能再開進階課程。",
    "時間稍嫌不足，建議增加實作時間。",
    "場地冷氣太冷。",
    "講義可以提早提供。",
    "希望能有更多案例分享。",
    "內容充實，收穫很多。",
    "建議分組討論時間再長一些。",
)
ONLINE_COMMENTS = ("平臺影片偶有延遲。", "可隨時上課很方便。", "希望增加課後測驗的說明。")


def _online_template(session: Session) -> int:
    found = session.scalar(select(SurveyTemplate.id).filter_by(name=ONLINE_TEMPLATE.name))
    if found is not None:
        return found
    template = SurveyTemplate(name=ONLINE_TEMPLATE.name, is_default=False)
    template.questions = [
        SurveyQuestion(number=q.number, text=q.text, kind=q.kind.value, short=q.short)
        for q in ONLINE_TEMPLATE.questions
    ]
    session.add(template)
    session.flush()
    return template.id


def _answer(rng: random.Random, centre: float) -> int | None:
    if rng.random() < 0.02:
        return None  # left blank
    return max(1, min(5, round(rng.gauss(centre, 0.7))))


def generate_survey(
    db: Database,
    size: str,
    rng: random.Random,
    progress: agency.Progress | None = None,
    today: dt.date | None = None,
) -> Mapping[str, int]:
    """Forms for most closed classes of the demo (see the module docstring)."""
    forms = answers = 0
    with db.session() as session:
        default = templates.questionnaire_from(templates.default_template(session))
        online_id = _online_template(session)
        credited = dict(
            session.execute(
                select(Enrollment.class_id, func.count())
                .where(Enrollment.status == ENROLLED, Enrollment.credit_minutes > 0)
                .group_by(Enrollment.class_id)
            ).all()
        )
        classes = session.execute(
            select(TrainingClass.id, TrainingClass.mode)
            .where(TrainingClass.closed_on.is_not(None), TrainingClass.cancelled.is_(False))
            .order_by(TrainingClass.id)
        ).all()
        next_id = (session.scalar(select(func.max(SurveyResponse.id))) or 0) + 1
        rows: dict[Any, list[dict[str, Any]]] = {
            ClassSurvey: [],
            SurveyResponse: [],
            SurveyAnswer: [],
        }
        pending = 0
        for index, (class_id, mode) in enumerate(classes):
            people = int(credited.get(class_id, 0))
            if not people or rng.random() > SURVEYED_SHARE:
                continue
            online = mode == ONLINE
            asked = ONLINE_TEMPLATE if online else default
            rows[ClassSurvey].append(
                {"class_id": class_id, "template_id": online_id if online else None,
                 "questions_json": templates.to_json(asked), "version": 1}
            )  # fmt: skip
            centre = min(4.8, max(3.2, rng.gauss(4.25, 0.35)))
            shift = {q.number: rng.uniform(-0.25, 0.15) for q in asked.rated}
            returned = max(1, round(people * rng.uniform(0.6, 0.95)))
            for number in range(1, returned + 1):
                cells: list[tuple[int, int | None, str | None]] = [
                    (q.number, _answer(rng, centre + shift[q.number]), None) for q in asked.rated
                ]
                if rng.random() < 0.12:
                    opened = next(q for q in asked.questions if q.kind is QuestionKind.OPEN)
                    said = rng.choice(ONLINE_COMMENTS if online else COMMENTS)
                    cells.append((opened.number, None, said))
                cells = [c for c in cells if c[1] is not None or c[2] is not None]
                if not cells:
                    continue
                rows[SurveyResponse].append(
                    {"id": next_id, "class_id": class_id, "number": number, "version": 1}
                )
                rows[SurveyAnswer].extend(
                    {"response_id": next_id, "question": q, "rating": r, "text": t}
                    for q, r, t in cells
                )
                next_id += 1
                forms += 1
                answers += len(cells)
                pending += len(cells) + 1
            if pending >= CHUNK:
                _flush(session, rows)
                pending = 0
                if progress:
                    done = _("建立問卷回覆 {n} 份").format(n=forms)
                    progress(100 * index // max(1, len(classes)), done)
        _flush(session, rows)
        if not db.is_sqlite:
            session.execute(
                text(
                    "SELECT setval(pg_get_serial_sequence('survey_response', 'id'), "
                    "COALESCE((SELECT MAX(id) FROM survey_response), 0) + 1, false)"
                )
            )
    if progress:
        progress(100, _("問卷回覆完成"))
    return {N_("問卷回覆份數"): forms, N_("問卷作答題數"): answers}


def _flush(session: Session, rows: dict[Any, list[dict[str, Any]]]) -> None:
    for table in (ClassSurvey, SurveyResponse, SurveyAnswer):  # parents first
        if rows[table]:
            session.execute(insert(table), rows[table])
            rows[table].clear()
