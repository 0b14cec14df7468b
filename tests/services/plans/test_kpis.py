"""KPI actuals (R15): typed actuals of every target form, the divisor-zero rule, the year's
report, computed measures (compliance_rate = the ledger's own rate), providers not built yet."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from pathlib import Path

import pytest
from sqlalchemy import select

from hrplanner.domain.plans.achievement import Light
from hrplanner.domain.plans.measures import make_binding
from hrplanner.domain.plans.targets import share_quantity
from hrplanner.services.common import settings_service
from hrplanner.services.common.errors import InputRefused
from hrplanner.services.hours import ledger
from hrplanner.services.plans import kpis, measures, workbook
from hrplanner.settings import Setting
from hrplanner.storage.database import Database
from hrplanner.storage.models import ClassSession, LearningTopic, TrainingClass

from ...conftest import write_workbook
from ..hours.test_hours import credit, external, person

H = 60
PLAN = "P-KPI"
FORMS = [  # KPI no, target as written, actual typed
    ("A", "≦20", "19"),
    ("B", "≦20", "0"),
    ("C", "80%", "75%"),
    ("D", "2場次", "3"),
    ("E", "1次", "0"),
    ("F", "12小時", "10"),
    ("G", "0次", "0"),
]


def plan_with(db: Database, tmp_path: Path, rows: list[tuple[str, str, str]]) -> None:
    kpi_rows: list[list[object]] = [
        ["計畫代碼", "KPI編號", "指標名稱", "2020", "2021", "2022", "資料來源"]
    ]
    for no, target, source in rows:
        kpi_rows.append([PLAN, no, f"指標{no}", target, target, target, source])
    path = write_workbook(
        tmp_path / "plan.xlsx",
        {
            "計畫": [
                ["計畫代碼", "計畫名稱", "起始年度", "結束年度"],
                [PLAN, "測試計畫", 109, 111],
            ],
            "KPI": kpi_rows,
        },
    )
    workbook.import_plans(db, path)


def row_of(db: Database, no: str) -> kpis.KpiRow:
    return next(r for r in kpis.kpi_table(db, PLAN).rows if r.kpi_no == no)


def test_typed_actuals_of_every_target_form(db: Database, tmp_path: Path) -> None:
    plan_with(db, tmp_path, [(no, target, "手動") for no, target, _ in FORMS])
    for no, _target, actual in FORMS:
        kpis.set_actual(db, row_of(db, no).id, 2020, actual)
    expected = {  # met, 達成度 shown, light
        "A": (True, "100.0%", Light.GREEN),  # 20/19 = 105.3%, shown capped
        "B": (True, "100.0%", Light.GREEN),  # lower is better, actual 0: divisor 0, met
        "C": (False, "93.8%", Light.YELLOW),  # 75/80 = 93.75% → 93.8%
        "D": (True, "100.0%", Light.GREEN),  # 3/2 capped
        "E": (False, "0.0%", Light.RED),  # 0/1
        "F": (False, "83.3%", Light.RED),  # 10/12
        "G": (True, "100.0%", Light.GREEN),  # target 0: divisor 0, met
    }
    for no, (met, shown, light) in expected.items():
        cell = row_of(db, no).cells[2020]
        assert cell.result is not None, no
        assert (cell.result.met, cell.result.degree_text, cell.light) == (met, shown, light), no
        assert cell.result.met_text == ("是" if met else "否")
    assert row_of(db, "A").cells[2020].result.degree == Fraction(20, 19)  # type: ignore[union-attr]
    assert row_of(db, "A").cells[2021].light is Light.WHITE  # no actual yet


def test_the_cap_and_the_yellow_line_are_settings(db: Database, tmp_path: Path) -> None:
    plan_with(db, tmp_path, [("A", "≦20", "手動"), ("C", "80%", "手動")])
    kpis.set_actual(db, row_of(db, "A").id, 2020, "19")
    kpis.set_actual(db, row_of(db, "C").id, 2020, "75%")
    settings_service.update(db, {Setting.KPI_DEGREE_CAP: 0, Setting.KPI_YELLOW_FROM: 95})
    assert row_of(db, "A").cells[2020].result.degree_text == "105.3%"  # type: ignore[union-attr]
    assert row_of(db, "C").cells[2020].light is Light.RED  # 93.8% < 95%


def test_an_actual_that_does_not_fit_is_refused(db: Database, tmp_path: Path) -> None:
    plan_with(db, tmp_path, [("F", "12小時", "手動")])
    with pytest.raises(InputRefused):
        kpis.set_actual(db, row_of(db, "F").id, 2020, "3場次")
    with pytest.raises(InputRefused):
        kpis.set_actual(db, row_of(db, "F").id, 2020, "大約十")


def test_the_report_is_final_only_with_reasons_for_kpis_below_target(
    db: Database, tmp_path: Path
) -> None:
    plan_with(db, tmp_path, [("C", "80%", "手動"), ("D", "2場次", "手動")])
    today = dt.date(2021, 1, 15)
    with pytest.raises(InputRefused) as caught:
        kpis.mark_final(db, PLAN, 2020, today)
    assert len(caught.value.problems) == 2  # two KPIs without an actual
    kpis.set_actual(db, row_of(db, "C").id, 2020, "75%")
    kpis.set_actual(db, row_of(db, "D").id, 2020, "3")
    with pytest.raises(InputRefused) as caught:
        kpis.mark_final(db, PLAN, 2020, today)
    assert [p.message for p in caught.value.problems] == [
        "KPI C「指標C」109年未達目標，須填落後原因。",
        "KPI C「指標C」109年未達目標，須填因應策略。",
    ]
    kpis.set_actual(db, row_of(db, "C").id, 2020, "75%", "人力不足", "增開數位課程")
    kpis.mark_final(db, PLAN, 2020, today)
    table = kpis.kpi_table(db, PLAN)
    assert table.final == {2020: True}
    with pytest.raises(InputRefused):  # a final year no longer changes
        kpis.set_actual(db, row_of(db, "D").id, 2020, "1")
    kpis.reopen(db, PLAN, 2020)
    kpis.set_actual(db, row_of(db, "D").id, 2020, "1")


def test_compliance_rate_is_the_ledgers_own_rate_for_each_year(
    db: Database, tmp_path: Path
) -> None:
    plan_with(db, tmp_path, [("R", "80%", "compliance_rate")])
    a = person(db, "A001", "陳一", hire=dt.date(2010, 1, 1))
    b = person(db, "A002", "林二", hire=dt.date(2010, 1, 1))
    c = person(db, "A003", "王三", hire=dt.date(2021, 6, 1))  # in scope from 2021
    full = {"當前政府重大政策": H, "環境教育": 4 * H, "性別主流化": H, "人權教育": 4 * H,
            "業務相關": 10 * H}  # fmt: skip
    credit(db, a, dt.date(2020, 5, 1), full)
    credit(db, b, dt.date(2020, 5, 1), {"業務相關": 21 * H})  # 21 h but groups missing
    credit(db, a, dt.date(2021, 5, 1), full)
    credit(db, c, dt.date(2021, 9, 1), full)
    external(db, b, dt.date(2021, 11, 1), "環境教育", 20 * H, "環境教育（數位）")
    credit(db, b, dt.date(2022, 5, 1), full, closed=False)  # not closed: does not count yet
    expected = {2020: Fraction(1, 2), 2021: Fraction(2, 3), 2022: Fraction(0)}
    for year, share in expected.items():
        assert ledger.compliance(db, year) == share
        results = kpis.compute_actuals(db, PLAN, year)
        assert [r.outcome.value for r in results] == [share_quantity(share)]
    row = row_of(db, "R")
    assert row.cells[2021].source == kpis.COMPUTED
    assert row.cells[2021].actual_text == "66.67%"
    assert row.cells[2021].result.degree == Fraction(200, 3) / 80  # type: ignore[union-attr]
    assert row.cells[2022].light is Light.RED


def with_session(db: Database, code: str, topic: str, minutes: int) -> None:
    """Give a class made by ``credit`` its one session (the topic the filters look at)."""
    with db.session() as s:
        cls = s.scalar(select(TrainingClass).filter_by(code=code))
        topic_id = s.scalar(select(LearningTopic.id).filter_by(name=topic))
        assert cls is not None and cls.end_date is not None
        s.add(ClassSession(class_id=cls.id, session_no=1, date=cls.end_date, minutes=minutes,
                           topic_id=topic_id))  # fmt: skip


def test_class_measures_with_filters(db: Database) -> None:
    a = person(db, "A001", "陳一")
    b = person(db, "A002", "林二")
    classes = [
        (a, dt.date(2021, 3, 1), "廉政與服務倫理", 3, "公務倫理與核心價值研習"),
        (b, dt.date(2021, 4, 1), "業務相關", 2, "文官核心價值專題"),
        (a, dt.date(2021, 5, 1), "業務相關", 6, "政府採購法實務"),
        (a, dt.date(2020, 5, 1), "業務相關", 3, "核心價值（去年）"),
        (b, dt.date(2021, 7, 1), "業務相關", 1, "核心・價值與ＷｅｂＨＲ系統"),
    ]
    for who, end, topic, hours, title in classes:
        code = credit(db, who, end, {topic: hours * H}, title=title)
        with_session(db, code, topic, hours * H)
    credit(
        db, b, dt.date(2021, 6, 1), {"業務相關": 3 * H}, title="核心價值（未結訓）", closed=False
    )

    def value(name: str, **params: str) -> object:
        values = {k: v.split("|") for k, v in params.items()}
        outcome = measures.compute(db, 2021, make_binding(name, values))
        return None if outcome.value is None else outcome.value.display

    # Titles are compared as names are: separators, width and case aside.
    assert value("classes_held", 標題含="核心價值") == "3班"
    assert value("classes_held", 標題含="核心　價值") == "3班"
    assert value("classes_held", 標題含="webhr") == "1班"
    assert value("classes_held", 標題含="核心與") == "0班"
    assert value("classes_held", 學習類別="廉政與服務倫理") == "1班"
    assert value("classes_held", 學習類別="廉政與服務倫理", 標題含="專題") == "0班"
    assert value("classes_held") == "4班"
    assert value("person_times", 標題含="核心價值|採購") == "4人次"
    assert value("hours_total", 標題含="核心價值") == "6小時"
    assert value("class_hours_held", 標題含="核心價值") == "6小時"
    assert value("class_hours_held") == "12小時"


def test_mode_participation(db: Database) -> None:
    a = person(db, "A001", "陳一")
    b = person(db, "A002", "林二")
    person(db, "A003", "王三")
    person(db, "T001", "臨時甲", category="臨時人員")  # out of scope
    external(db, a, dt.date(2021, 3, 1), "業務相關", 2 * H, "數位課程")
    credit(db, b, dt.date(2021, 4, 1), {"業務相關": 2 * H})
    online = make_binding("mode_participation", {"學習性質": "數位"})
    outcome = measures.compute(db, 2021, online)
    assert outcome.value == share_quantity(Fraction(1, 3))
    by_budget = make_binding("mode_participation", {"分母": "預算員額"})
    assert measures.compute(db, 2021, by_budget).value is None  # headcount not set
    settings_service.update(db, {Setting.BUDGETED_HEADCOUNT: 4})
    assert measures.compute(db, 2021, by_budget).value == share_quantity(Fraction(1, 4))


def test_a_measure_whose_area_is_not_built_yet(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(
        measures.PROVIDERS, "study_people", "hrplanner.services.no_such_area.measures:x"
    )
    plan_with(db, tmp_path, [("S", "10人", "study_people")])
    kpis.set_actual(db, row_of(db, "S").id, 2021, "12人")
    [result] = kpis.compute_actuals(db, PLAN, 2021)
    assert not result.outcome.provided
    assert result.outcome.message.startswith("資料尚未提供")
    assert row_of(db, "S").cells[2021].actual_text == "12人"  # what was typed stays
