"""The hours ledger (R6, R7, R17) on hand-computed data set up through the ORM."""

from __future__ import annotations

import datetime as dt
import itertools
from fractions import Fraction

import pytest
from sqlalchemy import select

from hrplanner.domain.requirement import RequirementGroup, RuleSet, default_rule_set
from hrplanner.services.common.errors import InputRefused, NotFound
from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.services.hours import ledger, newhires, rule_sets
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    ClassCategory,
    CreditByTopic,
    Employee,
    Enrollment,
    ExternalRecord,
    LearningTopic,
    StaffCategory,
    TrainingClass,
)

H = 60
_codes = itertools.count(1)


def person(
    db: Database,
    no: str,
    name: str,
    unit: str = "人事室",
    category: str = "公務人員",
    status: str = "在職",
    hire: dt.date | None = None,
) -> int:
    with db.session() as s:
        emp = Employee(
            employee_no=no,
            name=name,
            unit_id=get_or_create_unit(s, unit).id,
            category_id=s.scalar(select(StaffCategory.id).filter_by(name=category)),
            status=status,
            hire_date=hire,
        )
        s.add(emp)
        s.flush()
        return emp.id


def credit(
    db: Database,
    emp_id: int,
    end: dt.date,
    by_topic: dict[str, int],
    *,
    closed: bool = True,
    title: str = "研習",
    category: str | None = None,
) -> str:
    """A class ending on ``end`` in which ``emp_id`` earned ``by_topic`` minutes."""
    code = f"T-{next(_codes):04d}"
    with db.session() as s:
        topics = dict(s.execute(select(LearningTopic.name, LearningTopic.id)).all())
        cls = TrainingClass(
            code=code,
            title=title,
            category_id=s.scalar(select(ClassCategory.id).filter_by(name=category)),
            start_date=end,
            end_date=end,
            closed_on=end if closed else None,
        )
        s.add(cls)
        s.flush()
        enr = Enrollment(
            class_id=cls.id,
            employee_id=emp_id,
            registered_at=dt.datetime(end.year, 1, 1),
            credit_minutes=sum(by_topic.values()),
        )
        s.add(enr)
        s.flush()
        for topic, minutes in by_topic.items():
            s.add(CreditByTopic(enrollment_id=enr.id, topic_id=topics[topic], minutes=minutes))
    return code


def external(db: Database, emp_id: int, end: dt.date, topic: str, minutes: int, title: str) -> None:
    with db.session() as s:
        topic_id = s.scalar(select(LearningTopic.id).filter_by(name=topic))
        s.add(
            ExternalRecord(
                employee_id=emp_id, title=title, end_date=end, minutes=minutes, topic_id=topic_id
            )
        )


@pytest.fixture
def agency(db: Database) -> dict[str, int]:
    """Three people in 2020 (民國109年):

    陳一 meets everything (21 h); 林二 has 15 h with 環境教育 missing 4 h (尚缺 5 h);
    王三 has 121 h of 業務相關 only (flag > 120 h; groups missing 10 h);
    a 臨時人員 (no rule set) and a retired 公務人員 are out of scope.
    """
    ids = {
        "chen": person(db, "A001", "陳一", unit="人事室"),
        "lin": person(db, "A002", "林二", unit="秘書室", category="約聘僱人員"),
        "wang": person(db, "A003", "王三", unit="人事室"),
        "temp": person(db, "T001", "臨時甲", category="臨時人員"),
        "gone": person(db, "A004", "退休乙", status="退休"),
    }
    credit(
        db,
        ids["chen"],
        dt.date(2020, 3, 5),
        {"當前政府重大政策": 1 * H, "環境教育": 4 * H, "性別主流化": 2 * H},
    )
    credit(db, ids["chen"], dt.date(2020, 12, 31), {"行政中立": 4 * H, "一般": 8 * H})
    external(db, ids["chen"], dt.date(2020, 6, 1), "業務相關", 2 * H, "e學習")
    # 林二: 15 h, every group met but 環境教育 (0 h).
    credit(
        db,
        ids["lin"],
        dt.date(2020, 5, 1),
        {"當前政府重大政策": 2 * H, "性別主流化": 1 * H, "人權教育": 2 * H, "公民參與": 2 * H},
    )
    external(db, ids["lin"], dt.date(2020, 12, 31), "業務相關", 8 * H, "外機關研習")
    # Next year's and unclosed classes do not count in 2020.
    external(db, ids["lin"], dt.date(2021, 1, 1), "環境教育", 4 * H, "淨灘")
    credit(db, ids["lin"], dt.date(2020, 11, 1), {"環境教育": 4 * H}, closed=False)
    credit(db, ids["wang"], dt.date(2020, 8, 8), {"業務相關": 121 * H})
    credit(db, ids["temp"], dt.date(2020, 8, 8), {"一般": 3 * H})
    return ids


def test_ledger_hand_computed(db: Database, agency: dict[str, int]) -> None:
    rows = {r.employee_no: r for r in ledger.year_ledger(db, 2020)}
    assert set(rows) == {"A001", "A002", "A003"}
    chen, lin, wang = rows["A001"], rows["A002"], rows["A003"]
    assert chen.total_minutes == 21 * H and chen.met and chen.missing_minutes == 0
    assert chen.group_minutes == {
        "當前政府重大政策": 1 * H,
        "環境教育": 4 * H,
        "性別主流化": 2 * H,
        "民主治理價值": 4 * H,
    }
    assert lin.total_minutes == 15 * H
    assert lin.group_shortfall["環境教育"] == 4 * H
    assert lin.missing_minutes == 5 * H and not lin.met
    assert (lin.unit, lin.category) == ("秘書室", "約聘僱人員")
    assert wang.over_120 and not chen.over_120
    assert wang.missing_minutes == 10 * H
    # Sorted by unit order, then employee number.
    assert [r.employee_no for r in ledger.year_ledger(db, 2020)][:2] == ["A001", "A003"]


def test_year_boundary(db: Database, agency: dict[str, int]) -> None:
    lin_2021 = {r.employee_no: r for r in ledger.year_ledger(db, 2021)}["A002"]
    assert lin_2021.total_minutes == 4 * H
    assert lin_2021.group_minutes["環境教育"] == 4 * H


def test_filters(db: Database, agency: dict[str, int]) -> None:
    not_met = ledger.year_ledger(db, 2020, ledger.LedgerFilter(not_met_only=True))
    assert [r.employee_no for r in not_met] == ["A003", "A002"]
    over = ledger.year_ledger(db, 2020, ledger.LedgerFilter(over_120_only=True))
    assert [r.employee_no for r in over] == ["A003"]
    unit = ledger.year_ledger(db, 2020, ledger.LedgerFilter(unit="秘書室"))
    assert [r.employee_no for r in unit] == ["A002"]


def test_compliance(db: Database, agency: dict[str, int]) -> None:
    assert ledger.compliance(db, 2020) == Fraction(1, 3)
    assert ledger.compliance(db, 2016) is None  # the default rule set starts in 2017


def test_person_records(db: Database, agency: dict[str, int]) -> None:
    records = ledger.person_records(db, agency["lin"], 2020)
    assert [(r.kind, r.end_date, r.minutes) for r in records] == [
        ("班期", dt.date(2020, 5, 1), 7 * H),
        ("外部", dt.date(2020, 12, 31), 8 * H),
    ]
    assert records[0].by_topic["人權教育"] == 2 * H
    with pytest.raises(NotFound):
        ledger.person_records(db, 999_999, 2020)


def test_rule_set_crud_changes_ledger(db: Database, agency: dict[str, int]) -> None:
    stricter = RuleSet(
        40 * H,
        (*default_rule_set().groups, RequirementGroup("資訊安全", frozenset({"業務相關"}), 3 * H)),
    )
    rule_sets.save_rule_set(db, 2020, "公務人員", stricter)
    entries = rule_sets.get_rule_sets(db)
    assert {(e.year_from, e.category) for e in entries} >= {
        (2017, "公務人員"),
        (2020, "公務人員"),
        (2017, "約聘僱人員"),
    }
    chen = {r.employee_no: r for r in ledger.year_ledger(db, 2020)}["A001"]
    assert chen.total_minutes == 21 * H and not chen.met
    assert chen.missing_minutes == 19 * H
    assert chen.group_minutes["資訊安全"] == 2 * H
    assert ledger.year_groups(db, 2020)[-1] == "資訊安全"
    # 2019 still uses the 2017 rules.
    assert "資訊安全" not in ledger.year_groups(db, 2019)
    rule_sets.delete_rule_set(db, 2020, "公務人員")
    assert {r.employee_no: r for r in ledger.year_ledger(db, 2020)}["A001"].met


def test_save_rule_set_refuses_unknown_names(db: Database) -> None:
    bad = RuleSet(10 * H, (RequirementGroup("資安", frozenset({"資通安全"}), H),))
    with pytest.raises(InputRefused) as exc:
        rule_sets.save_rule_set(db, 2020, "外星人", bad)
    messages = " ".join(p.message for p in exc.value.problems)
    assert "外星人" in messages and "資通安全" in messages


def test_new_hires_due(db: Database) -> None:
    trained = person(db, "N001", "新進甲", hire=dt.date(2020, 2, 1))
    late = person(db, "N002", "新進乙", hire=dt.date(2020, 3, 10))
    person(db, "N003", "約聘丙", category="約聘僱人員", hire=dt.date(2020, 3, 1))
    carried = person(db, "N004", "去年丁", hire=dt.date(2019, 3, 1))
    before = person(db, "N005", "新進戊", hire=dt.date(2020, 9, 1))
    old_done = person(db, "N006", "去年己", hire=dt.date(2019, 5, 1))
    person(db, "N007", "資深庚", hire=dt.date(2010, 5, 1))
    external(db, trained, dt.date(2020, 4, 1), "一般", 18 * H, "初任公務人員訓練")
    external(db, old_done, dt.date(2019, 6, 1), "一般", 18 * H, "初任公務人員訓練")
    # A class of the initial-training category before the hire date does not count.
    credit(db, before, dt.date(2020, 8, 1), {"一般": 3 * H}, category="初任人員訓練")
    result = newhires.new_hires_due(db, 2020, dt.date(2020, 7, 15))
    # The untrained 2019 hire is carried over (overdue); the trained one and a hire of
    # 2010 (beyond CARRY_OVER_YEARS) are not listed.
    assert [r.employee_no for r in result] == ["N004", "N001", "N002", "N005"]
    by_no = {r.employee_no: r for r in result}
    assert by_no["N001"].trained and not by_no["N001"].overdue
    assert by_no["N002"].due == dt.date(2020, 7, 10) and by_no["N002"].overdue
    assert not by_no["N005"].trained and not by_no["N005"].overdue
    assert by_no["N004"].due == dt.date(2019, 7, 1) and by_no["N004"].overdue
    assert {late, carried} <= {r.employee_id for r in result}


def test_late_year_hire_is_on_the_next_years_list(db: Database) -> None:
    """Hired 114/11 → due 115/03: listed in 114 (hired) and in 115 (due, overdue)."""
    person(db, "L001", "年底甲", hire=dt.date(2025, 11, 10))
    for year in (2025, 2026):
        [row] = newhires.new_hires_due(db, year, dt.date(2026, 3, 20))
        assert row.employee_no == "L001" and row.due == dt.date(2026, 3, 10) and row.overdue


def test_only_initial_training_clears_the_flag(db: Database) -> None:
    from hrplanner.services.common import settings_service
    from hrplanner.settings import Setting

    emp = person(db, "I001", "初任甲", hire=dt.date(2020, 2, 1))
    today = dt.date(2020, 9, 1)
    # An ordinary course, even one of 3 hours, is not initial training.
    credit(db, emp, dt.date(2020, 3, 1), {"一般": 3 * H}, category="發展學習力")
    external(db, emp, dt.date(2020, 3, 2), "一般", H, "e等公務園+ 數位課程")
    [row] = newhires.new_hires_due(db, 2020, today)
    assert not row.trained and row.overdue
    # A class of the initial-training category that was not closed gives no credit yet.
    credit(db, emp, dt.date(2020, 4, 1), {"一般": 6 * H}, category="初任人員訓練", closed=False)
    assert not newhires.new_hires_due(db, 2020, today)[0].trained
    credit(db, emp, dt.date(2020, 5, 1), {"一般": 6 * H}, category="初任人員訓練")
    assert newhires.new_hires_due(db, 2020, today)[0].trained
    # The category is the agency setting: pointing it elsewhere un-trains the person.
    settings_service.update(db, {Setting.INITIAL_TRAINING_CATEGORY: "領導培育力"})
    assert not newhires.new_hires_due(db, 2020, today)[0].trained
    # ...and an external record whose title names that category counts.
    external(db, emp, dt.date(2020, 5, 2), "一般", 6 * H, "領導培育力研習班")
    assert newhires.new_hires_due(db, 2020, today)[0].trained


def test_ledger_follows_the_class_services(db: Database) -> None:
    """Class → enrollment → attendance → closing, through the real services."""
    from hrplanner.services.training import attendance, classes, closing, enrollment

    emp = person(db, "S001", "服務甲")
    detail = classes.create_class(
        db,
        classes.ClassInput(code="109-050", title="環境與性別", capacity=10),
        [
            classes.SessionInput(dt.date(2020, 12, 30), "環境教育", minutes=3 * H),
            classes.SessionInput(dt.date(2020, 12, 31), "性別主流化", minutes=3 * H),
        ],
    )
    enrolled = enrollment.enroll(
        db, detail.summary.id, [enrollment.EnrollRequest(emp)], now=dt.datetime(2020, 12, 1)
    )
    enr_id = enrolled.enrollees[0].enrollment_id
    first, second = (s.id for s in detail.sessions)
    attendance.set_marks(
        db,
        "109-050",
        [
            attendance.MarkChange(enr_id, first, "出席"),
            attendance.MarkChange(enr_id, second, "請假", H),
        ],
    )
    assert ledger.year_ledger(db, 2020)[0].total_minutes == 0  # not closed yet
    closing.close_class(db, "109-050", dt.date(2021, 1, 4))
    row = ledger.year_ledger(db, 2020)[0]
    assert row.total_minutes == 5 * H
    assert row.group_minutes["環境教育"] == 3 * H and row.group_minutes["性別主流化"] == 2 * H
    assert ledger.year_ledger(db, 2021)[0].total_minutes == 0
