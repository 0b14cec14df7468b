"""Year-end entries (R14): item score or components, score and grade with the 獎懲, the
workflow and its dates, changes after 已核定 with a reason and the change log, stale saves
refused, the kind override, and the 甲 ratio per 官等."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from sqlalchemy import select

from hrplanner.services.appraisal import cycle, rewards, year_end
from hrplanner.services.appraisal.year_end import YearEndEntry
from hrplanner.services.common import settings_service
from hrplanner.services.common.errors import ConflictError, InputRefused
from hrplanner.settings import Setting
from hrplanner.storage.database import Database
from hrplanner.storage.models import ChangeLog

from .conftest import YEAR

DAY = dt.date(2025, 12, 10)


def rows(db: Database) -> dict[str, year_end.YearEndRow]:
    return {r.employee_no: r for r in year_end.year_end_view(db, YEAR).rows}


def log_lines(db: Database, entity_id: int) -> list[tuple[str, str | None, str | None, str | None]]:
    with db.session() as s:
        return [
            (c.field, c.old, c.new, c.reason)
            for c in s.scalars(
                select(ChangeLog)
                .filter_by(entity="appraisal", entity_id=entity_id)
                .order_by(ChangeLog.id)
            )
        ]


def test_components_give_the_item_score_and_a_first_score_rates(
    db: Database, opened: dict[str, int]
) -> None:
    row = rows(db)["A1"]
    saved = year_end.save_entry(
        db,
        row.id,
        YearEndEntry(work=60, conduct=13, knowledge=8, ability=8),
        version=row.version,
        today=DAY,
    )
    assert (saved.item, saved.score, saved.grade, saved.status) == (89, 89, "甲", "已評擬")
    assert saved.rated_on == DAY
    assert ("項目評分", None, None, None) not in log_lines(db, row.id)
    assert ("考績分數", None, "89", None) in log_lines(db, row.id)
    assert ("等次", None, "甲", None) in log_lines(db, row.id)
    assert ("狀態", "未評擬", "已評擬", None) in log_lines(db, row.id)


@pytest.mark.parametrize(
    ("entry", "code_text"),
    [
        (YearEndEntry(item_score=85, work=60, conduct=10, knowledge=5, ability=5), "不符"),
        (YearEndEntry(work=66, conduct=10, knowledge=5, ability=5), "工作分數須為 0 至 65"),
        (YearEndEntry(item_score=101), "0 至 100"),
        (YearEndEntry(work=60, conduct=10), "四項分數須全部填寫"),
        (YearEndEntry(item_score=50, d_ground="6-3-9"), "丁等事由代碼"),
    ],
)
def test_bad_entries_are_refused(
    db: Database, opened: dict[str, int], entry: YearEndEntry, code_text: str
) -> None:
    row = rows(db)["H1"]
    with pytest.raises(InputRefused, match=code_text):
        year_end.save_entry(db, row.id, entry, version=row.version, today=DAY)
    assert rows(db)["H1"].score is None


def test_no_score_for_someone_without_an_appraisal(db: Database, opened: dict[str, int]) -> None:
    row = rows(db)["A3"]
    with pytest.raises(InputRefused, match="不辦理考績"):
        year_end.save_entry(db, row.id, YearEndEntry(item_score=80), version=None, today=DAY)


def test_rewards_move_the_score_and_it_is_kept_within_100(
    db: Database, opened: dict[str, int]
) -> None:
    row = rows(db)["H1"]
    year_end.save_entry(db, row.id, YearEndEntry(item_score=95), version=row.version, today=DAY)
    rec = rewards.add_reward(
        db, rewards.RewardInput("H1", dt.date(2025, 5, 1), "嘉獎", 8, "績優", "府人字第1號")
    )
    after = rows(db)["H1"]
    assert (after.net_points, after.score, after.grade) == (8, 100, "甲")
    assert after.clamp_note is not None and "103" in after.clamp_note
    rewards.update_reward(
        db,
        rec.id,
        rewards.RewardInput("H1", dt.date(2025, 5, 1), "記大過", 2, "違失", "府人字第1號"),
        version=rec.version,
    )
    after = rows(db)["H1"]
    assert (after.net_points, after.score, after.grade) == (-18, 77, "乙")
    assert after.problems[0].code == "demerits_two_major_above_d"
    rewards.delete_reward(db, rec.id)
    assert rows(db)["H1"].score == 95
    # A 獎懲 of another year does not count.
    rewards.add_reward(db, rewards.RewardInput("H1", dt.date(2024, 12, 31), "記大功", 1, "", "X"))
    assert rows(db)["H1"].net_points == 0


def test_the_workflow_with_its_dates_and_the_meeting(db: Database, opened: dict[str, int]) -> None:
    view = rows(db)
    ids = [view["H1"].id, view["A1"].id]
    for no in ("H1", "A1"):
        year_end.save_entry(db, view[no].id, YearEndEntry(item_score=82), version=None, today=DAY)
    with pytest.raises(InputRefused, match="開會日期"):
        year_end.move_status(db, ids, "初核", today=DAY)
    with pytest.raises(InputRefused, match="依序"):
        year_end.move_status(db, ids, "覆核", today=DAY)
    cycle.set_committee(db, YEAR, dt.date(2026, 1, 8), [("張科長", "主任委員")])
    assert year_end.move_status(db, ids, "初核", today=dt.date(2026, 1, 8)) == 2
    assert year_end.move_status(db, ids, "覆核", today=dt.date(2026, 1, 9)) == 2
    assert year_end.move_status(db, ids, "已核定", today=dt.date(2026, 1, 10)) == 2
    h1 = rows(db)["H1"]
    assert (h1.first_review_on, h1.head_review_on, h1.approved_on) == (
        dt.date(2026, 1, 8),
        dt.date(2026, 1, 9),
        dt.date(2026, 1, 10),
    )
    # Not rated yet: A2 cannot go to 初核 with the others.
    with pytest.raises(InputRefused, match="陳辦事"):
        year_end.move_status(db, [view["A2"].id], "已評擬", today=DAY)
    with pytest.raises(InputRefused, match="理由"):
        year_end.move_status(db, [h1.id], "覆核", today=DAY)
    assert year_end.move_status(db, [h1.id], "覆核", today=DAY, reason="分數誤植") == 1
    assert rows(db)["H1"].approved_on is None


def test_an_approved_appraisal_changes_only_with_a_reason_and_is_logged(
    db: Database, opened: dict[str, int]
) -> None:
    cycle.set_committee(db, YEAR, dt.date(2026, 1, 8), [])
    row = rows(db)["H1"]
    year_end.save_entry(db, row.id, YearEndEntry(item_score=82), version=None, today=DAY)
    for step in ("初核", "覆核", "已核定"):
        year_end.move_status(db, [row.id], step, today=DAY)
    current = rows(db)["H1"]
    with pytest.raises(InputRefused, match="理由"):
        year_end.save_entry(
            db, row.id, YearEndEntry(item_score=78), version=current.version, today=DAY
        )
    with pytest.raises(InputRefused, match="理由"):
        rewards.add_reward(db, rewards.RewardInput("H1", dt.date(2025, 4, 1), "記功", 1, "", "Y"))
    assert rows(db)["H1"].score == 82 and rewards.list_rewards(db, year=YEAR) == []
    saved = year_end.save_entry(
        db,
        row.id,
        YearEndEntry(item_score=78),
        version=current.version,
        today=DAY,
        reason="覆核更正",
    )
    assert (saved.score, saved.grade, saved.status) == (78, "乙", "已核定")
    assert ("項目評分", "82", "78", "覆核更正") in log_lines(db, row.id)
    assert ("等次", "甲", "乙", "覆核更正") in log_lines(db, row.id)
    rewards.add_reward(
        db,
        rewards.RewardInput("H1", dt.date(2025, 4, 1), "記功", 1, "", "Y"),
        change_reason="補登記功",
    )
    assert rows(db)["H1"].score == 81
    assert ("獎懲增減", "0", "3", "補登記功") in log_lines(db, row.id)


def test_a_stale_save_is_refused(db: Database, opened: dict[str, int]) -> None:
    row = rows(db)["H1"]
    year_end.save_entry(db, row.id, YearEndEntry(item_score=82), version=row.version, today=DAY)
    with pytest.raises(ConflictError, match="已被他人修改"):
        year_end.save_entry(db, row.id, YearEndEntry(item_score=90), version=row.version, today=DAY)
    assert rows(db)["H1"].score == 82


def test_a_kind_other_than_the_suggested_needs_a_reason(
    db: Database, opened: dict[str, int]
) -> None:
    row = rows(db)["A3"]
    with pytest.raises(InputRefused, match="須填寫理由"):
        year_end.set_kind(db, row.id, "另予考績", reason="", version=row.version)
    changed = year_end.set_kind(
        db, row.id, "另予考績", reason="自他機關調任，年資併計", version=row.version
    )
    assert changed.kind == "另予考績" and changed.kind_reason == "自他機關調任，年資併計"
    assert ("考績種類", None, "另予考績", "自他機關調任，年資併計") in log_lines(db, row.id)
    back = year_end.set_kind(db, row.id, None, reason="", version=changed.version)
    assert back.kind is None and back.kind_reason == ""


def test_the_ratio_per_rank_group_against_the_setting(db: Database, opened: dict[str, int]) -> None:
    view = rows(db)
    for no, score in (("H1", 90), ("A1", 85), ("H2", 80), ("A2", 88), ("B1", 70)):
        year_end.save_entry(
            db, view[no].id, YearEndEntry(item_score=score), version=None, today=DAY
        )
    result = year_end.year_end_view(db, YEAR)
    by_rank = {r.rank_group: r for r in result.ratio}
    # Only 年終考績 count: A2 and B1 (另予) are outside the ratio.
    assert set(by_rank) == {"簡任", "薦任"}
    assert (by_rank["薦任"].people, by_rank["薦任"].a_count, by_rank["薦任"].allowed) == (2, 2, 1)
    assert [p.code for p in result.ratio_warnings] == ["a_ratio_over", "a_ratio_over"]
    settings_service.update(db, {Setting.APPRAISAL_A_RATIO_PERCENT: 100})
    result = year_end.year_end_view(db, YEAR)
    assert result.limit == Fraction(1) and result.ratio_warnings == ()


def test_evidence_includes_learning_hours_from_the_ledger(
    db: Database, opened: dict[str, int]
) -> None:
    from hrplanner.services.hours import external

    external.add_external(
        db, external.ExternalInput("H1", "數位學程", dt.date(2025, 6, 1), 121 * 60, "業務相關")
    )
    rewards.set_leave(db, rewards.LeaveInput("H1", YEAR, Fraction(5), 0, 0))
    row = rows(db)["H1"]
    assert [e.code for e in row.evidence] == ["learning_hours", "full_attendance"]
    assert row.credited_minutes == 121 * 60
