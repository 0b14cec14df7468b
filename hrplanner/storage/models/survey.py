"""Satisfaction surveys (滿意度調查, SPEC R19): questionnaire templates with numbered
questions, the template chosen for a class, and the class's responses with their answers.

A class whose responses were recorded keeps a copy of its questions (``questions_json``), so
a template edited later never changes what earlier answers meant. Answers are stored as
parsed: a rating 1–5 for a rated question, text for an open one; blanks are not stored.
"""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from hrplanner.storage.models.base import Base


class SurveyTemplate(Base):
    __tablename__ = "survey_template"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)  # for classes not set
    version: Mapped[int] = mapped_column(Integer, default=1)

    questions: Mapped[list[SurveyQuestion]] = relationship(
        back_populates="template", order_by="SurveyQuestion.number", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012  (SQLAlchemy reads it once)


class SurveyQuestion(Base):
    __tablename__ = "survey_question"
    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("survey_template.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(4))  # 評分 / 開放 (domain.survey.QuestionKind)
    short: Mapped[str | None] = mapped_column(String(30))  # label for charts

    template: Mapped[SurveyTemplate] = relationship(back_populates="questions")

    __table_args__ = (UniqueConstraint("template_id", "number"),)


class ClassSurvey(Base):
    """The questionnaire of one class: the template chosen (None: the default one) and,
    once responses exist, the copy of its questions they answered."""

    __tablename__ = "class_survey"
    class_id: Mapped[int] = mapped_column(
        ForeignKey("training_class.id", ondelete="CASCADE"), primary_key=True
    )
    template_id: Mapped[int | None] = mapped_column(ForeignKey("survey_template.id"))
    questions_json: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012  (SQLAlchemy reads it once)


class SurveyResponse(Base):
    """One respondent's form; ``number`` is the 問卷編號 written on the paper (or the row
    order of an online form's export), unique within the class."""

    __tablename__ = "survey_response"
    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("training_class.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer, default=1)

    answers: Mapped[list[SurveyAnswer]] = relationship(
        order_by="SurveyAnswer.question", cascade="all, delete-orphan"
    )

    __table_args__ = (UniqueConstraint("class_id", "number"),)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012  (SQLAlchemy reads it once)


class SurveyAnswer(Base):
    __tablename__ = "survey_answer"
    response_id: Mapped[int] = mapped_column(
        ForeignKey("survey_response.id", ondelete="CASCADE"), primary_key=True
    )
    question: Mapped[int] = mapped_column(Integer, primary_key=True)  # the question's number
    rating: Mapped[int | None] = mapped_column(Integer)  # 1–5 for a rated question
    text: Mapped[str | None] = mapped_column(Text)  # an open answer
