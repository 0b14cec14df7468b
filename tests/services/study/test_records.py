"""Study records (R12) through the service: the eight-hour week, the yearly quota with the
holders named, 公餘進修 without limit, periods that only touch the year, editing an approved
record without counting it twice, and two officers editing one record."""

from __future__ import annotations

import datetime as dt

import pytest

from hrplanner.domain.study import FULL_TIME, OFF_HOURS, PART_TIME
from hrplanner.services.common import settings_service
from hrplanner.services.common.errors import ConflictError, InputRefused
from hrplanner.services.study import records
from hrplanner.services.study.records import StudyInput
from hrplanner.settings import Setting
from hrplanner.storage.database import Database

TUE_THU = {1: 240, 3: 240}  # 週二、週四各 4 小時
APPROVED = dt.date(2025, 7, 1)


def part_time(number: str, **changes: object) -> StudyInput:
    values: dict[str, object] = {
        "employee_no": number,
        "kind": PART_TIME,
        "start_date": dt.date(2025, 9, 1),
        "end_date": dt.date(2026, 6, 30),
        "school": "國立清華大學",
        "programme": "公共政策研究所",
        "weekly_minutes": TUE_THU,
        "job_related": True,
        "approved_on": APPROVED,
    }
    values.update(changes)
    return StudyInput(**values)  # type: ignore[arg-type]


def refusal(exc: pytest.ExceptionInfo[InputRefused]) -> str:
    return "\n".join(f"{p.column}|{p.message}" for p in exc.value.problems)


def test_two_approvals_fill_a_headcount_of_25_and_the_third_is_refused(staff: Database) -> None:
    records.add_record(staff, part_time("S001"))
    records.add_record(
        staff,
        part_time("S002", kind=FULL_TIME, weekly_minutes={}, start_date=dt.date(2025, 9, 15)),
    )
    year = records.year_list(staff, 2025)  # holders by start date
    assert (year.quota.quota, year.quota.used) == (2, 2)
    assert year.summary == "部分辦公時間及全時進修名額：已用 2／2 人（王小明、李美華）"
    with pytest.raises(InputRefused) as refused:
        records.add_record(staff, part_time("S003"))
    text = refusal(refused)
    assert text.startswith(
        "核准日期|114年部分辦公時間進修及全時進修名額 2 人已由王小明、李美華占用"
    )
    assert "115年" in text  # the study runs into 2026, which is full as well
    # Not yet approved, it can be saved; 公餘進修 is never counted.
    records.add_record(staff, part_time("S003", approved_on=None))
    records.add_record(
        staff, part_time("S004", kind=OFF_HOURS, weekly_minutes={}, approved_on=APPROVED)
    )
    assert records.year_list(staff, 2025).quota.used == 2
    assert len(records.year_list(staff, 2025).records) == 4


def test_the_week_is_at_most_eight_office_hours(staff: Database) -> None:
    saved = records.add_record(staff, part_time("S001", weekly_minutes={0: 240, 2: 240}))
    assert saved.record.weekly.total_minutes == 480
    assert saved.record.weekly_text == "週一4小時、週三4小時"
    with pytest.raises(InputRefused) as refused:
        records.add_record(staff, part_time("S002", weekly_minutes={1: 300, 3: 240}))
    assert refusal(refused) == (
        "每週公假時數|每週公假時數合計 9 小時，超過每人每週 8 小時的上限，無法儲存。"
    )
    assert len(records.year_list(staff, 2025).records) == 1


def test_kind_rules_are_refused_with_their_column(staff: Database) -> None:
    with pytest.raises(InputRefused) as refused:
        records.add_record(
            staff,
            part_time("S001", weekly_minutes={}, end_date=dt.date(2025, 1, 1)),
        )
    assert refusal(refused).splitlines() == [
        "結束日期|進修結束日期早於起始日期。",
        "每週公假時數|部分辦公時間進修須填每週公假時數（星期與時數）。",
    ]
    with pytest.raises(InputRefused, match="找不到員工編號「X9」"):
        records.add_record(staff, part_time("X9"))


def test_quota_minimum_is_one_place(staff: Database) -> None:
    settings_service.update(staff, {Setting.BUDGETED_HEADCOUNT: 9})
    records.add_record(staff, part_time("S001"))
    with pytest.raises(InputRefused, match="名額 1 人已由王小明占用"):
        records.add_record(staff, part_time("S002"))


def test_periods_that_only_touch_the_year(staff: Database) -> None:
    # Ends on 1 January 2025: holds a 2025 place; starts on 31 December 2025: holds one too.
    records.add_record(
        staff,
        part_time("S001", start_date=dt.date(2024, 9, 1), end_date=dt.date(2025, 1, 1),
                  approved_on=dt.date(2024, 8, 1)),
    )  # fmt: skip
    records.add_record(
        staff,
        part_time("S002", start_date=dt.date(2025, 12, 31), end_date=dt.date(2026, 6, 30),
                  approved_on=dt.date(2025, 12, 1)),
    )  # fmt: skip
    assert records.year_list(staff, 2025).quota.names == ("王小明", "李美華")
    assert records.year_list(staff, 2024).quota.names == ("王小明",)
    assert records.year_list(staff, 2026).quota.names == ("李美華",)
    with pytest.raises(InputRefused, match="114年"):
        records.add_record(staff, part_time("S003"))
    # A study that ends on 31 December 2024 does not reach 2025.
    records.add_record(
        staff,
        part_time("S003", start_date=dt.date(2024, 3, 1), end_date=dt.date(2024, 12, 31),
                  approved_on=dt.date(2024, 2, 1)),
    )  # fmt: skip
    assert records.year_list(staff, 2025).quota.used == 2


def test_editing_an_approved_record_does_not_count_it_twice(staff: Database) -> None:
    first = records.add_record(staff, part_time("S001")).record
    records.add_record(staff, part_time("S002"))
    edited = records.update_record(
        staff, first.id, part_time("S001", school="國立交通大學", version=first.version)
    )
    assert edited.record.school == "國立交通大學"
    assert edited.record.version == first.version + 1
    # A new schedule alone is an edit: the version moves on.
    again = records.update_record(
        staff, first.id, part_time("S001", school="國立交通大學", weekly_minutes={4: 120},
                                   version=edited.record.version),
    )  # fmt: skip
    assert again.record.version == edited.record.version + 1
    assert again.record.weekly_text == "週五2小時"
    with pytest.raises(ConflictError):
        records.update_record(staff, first.id, part_time("S001", version=first.version))
    with pytest.raises(ConflictError):
        records.delete_record(staff, first.id, first.version)
    records.delete_record(staff, first.id, again.record.version)
    assert [r.name for r in records.year_list(staff, 2025).records] == ["李美華"]


def test_warnings_for_a_late_approval_and_no_job_relation(staff: Database) -> None:
    saved = records.add_record(
        staff, part_time("S001", approved_on=dt.date(2025, 9, 15), job_related=False)
    )
    assert saved.warnings == (
        "核准日期晚於進修起始日期；進修應於入學前簽報機關首長同意。",
        "本進修未經機關認定與業務有關。",
    )
