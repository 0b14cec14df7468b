"""The demo's study records and survey forms (small size): every study record passes the
rules it would meet in the window, this year is at the quota, and most closed classes have
believable forms from at most the people credited."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from hrplanner.domain import study as rules
from hrplanner.services.demo import agency
from hrplanner.services.study import records
from hrplanner.services.survey import results
from hrplanner.storage.database import Database
from hrplanner.storage.models import ClassSurvey, SurveyResponse, TrainingClass


def test_declared_after_the_training_history() -> None:
    order = list(agency.GENERATORS)
    assert order.index("hrplanner.services.demo.survey:generate_survey") > order.index(
        "hrplanner.services.demo.training:generate_training"
    )
    assert "hrplanner.services.demo.study:generate_study" in order


def test_small_demo_study_and_survey(db: Database) -> None:
    summary = agency.generate(db, "small", seed=5)
    today = dt.date.today()
    assert summary.extra["進修紀錄"] >= 5 and summary.extra["問卷回覆份數"] > 50
    this_year = records.year_list(db, today.year)
    assert this_year.quota.used == this_year.quota.quota  # at the quota
    assert any(r.approved_on is None for r in this_year.records)  # one still waiting
    with db.session() as s:
        stored = records.quota_records(s)
    every = [
        r.as_rule() for y in (today.year - 1, today.year) for r in records.year_list(db, y).records
    ]
    for record in every:
        assert rules.study_record_problems(record) == []
        if record.approved_on is not None:
            assert rules.check_approval(record, stored, this_year.headcount).fits, record
    for year in (today.year - 1, today.year):
        figures = results.year_figures(db, year)
        assert figures
        for item in figures:
            r = item.results
            assert 0 < r.responses <= r.credited
            assert r.overall_mean is not None and 3 <= r.overall_mean <= 5
    with db.session() as s:
        closed = s.scalar(
            select(func.count())
            .select_from(TrainingClass)
            .where(TrainingClass.closed_on.is_not(None))
        )
        surveyed = s.scalar(select(func.count(func.distinct(SurveyResponse.class_id))))
        frozen = s.scalar(
            select(func.count())
            .select_from(ClassSurvey)
            .where(ClassSurvey.questions_json.is_not(None))
        )
    assert surveyed == frozen and surveyed >= closed * 0.6
