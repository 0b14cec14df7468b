"""The office calendar's messages as whole sentences: the import summary, the refusals of
a bad calendar file and the agenda's details read in Chinese exactly as before, and in
English after ``i18n.set_language("en")`` (counts through the catalogue's plurals)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from hrplanner import i18n
from hrplanner.services.calendar import office_calendar as cs
from hrplanner.services.calendar import official_import
from hrplanner.services.common.errors import InputRefused, NotFound
from hrplanner.storage.database import Database
from hrplanner.storage.models import TrainingClass

D = dt.date
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
HEADER = "西元日期,星期,是否放假,備註"


@pytest.fixture
def english() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language("zh_TW")


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "cal.csv"
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return path


# Wednesday 2024-07-24 and Thursday 7/25 off (the 凱米 typhoon); the rest as the package says.
TYPHOON = ["20240724,三,2,颱風", "20240725,四,2,颱風", "20240726,五,0,"]


def test_summary_in_chinese_reads_as_before(db: Database, tmp_path: Path) -> None:
    cs.set_manual_override(db, D(2024, 7, 25), False, "照常上班")
    report = official_import.import_official_csv(db, _write(tmp_path, TYPHOON), dry_run=True)
    assert report.summary() == (
        "辦公日曆 113年：檔案共 3 天，與內建日曆不同者 2 天；將新增 1 筆、將更新 0 筆、"
        "將移除 0 筆、未變更 0 筆；1 天保留手動設定"
    )
    report = official_import.import_official_csv(db, _write(tmp_path, TYPHOON), dry_run=False)
    assert report.summary() == (
        "辦公日曆 113年：檔案共 3 天，與內建日曆不同者 2 天；已新增 1 筆、已更新 0 筆、"
        "已移除 0 筆、未變更 0 筆；1 天保留手動設定"
    )


def test_summary_in_english(english: None, db: Database, tmp_path: Path) -> None:
    report = official_import.import_official_csv(db, _write(tmp_path, TYPHOON), dry_run=True)
    assert report.summary() == (
        "Office calendar ROC 113: the file has 3 days, 2 of them differ from the built-in "
        "calendar; would add 2, update 0, remove 0, leave 0 unchanged"
    )
    cs.set_manual_override(db, D(2024, 7, 25), False, "照常上班")
    report = official_import.import_official_csv(db, _write(tmp_path, TYPHOON), dry_run=False)
    assert report.summary().endswith(
        "added 1, updated 0, removed 0, 0 unchanged; 1 day keeps its manual entry"
    )


def test_a_bad_calendar_file_is_refused_in_english(
    english: None, db: Database, tmp_path: Path
) -> None:
    lines = [
        "20240231,六,2,",
        "20240706,六,1,",
        "20240710,一,0,",
        "20240711,四,0,",
        "20240711,四,0,",
        ",,0,",
        "2024x,,0,",
    ]
    with pytest.raises(InputRefused) as refused:
        official_import.import_official_csv(db, _write(tmp_path, lines), dry_run=False)
    problems = [str(p) for p in refused.value.problems]
    assert problems == [
        'Sheet "cal", row 2, column "西元日期": The Gregorian date "20240231" is not a valid date',
        'Sheet "cal", row 3, column "是否放假": 是否放假 must be 0 (working day) or 2 (day off), '
        'got "1"',
        'Sheet "cal", row 4, column "星期": The weekday "一" does not match the date 2024-07-10 '
        "(Wednesday)",
        'Sheet "cal", row 6, column "西元日期": The date 2024-07-11 repeats row 5',
        'Sheet "cal", row 7, column "西元日期": 西元日期 is required',
        'Sheet "cal", row 8, column "西元日期": Unrecognised Gregorian date "2024x": expected 8 '
        "digits such as 20240101",
    ]
    with pytest.raises(NotFound, match=r"^There is no calendar entry of your own for 113/07/26$"):
        cs.remove_override(db, D(2024, 7, 26))
    with pytest.raises(InputRefused, match=r'^Column "備註": 備註 must not be longer than 100'):
        cs.set_manual_override(db, D(2024, 7, 26), True, "颱" * 101)


def test_the_chinese_weekday_problem_reads_as_before(db: Database, tmp_path: Path) -> None:
    with pytest.raises(InputRefused) as refused:
        official_import.import_official_csv(db, _write(tmp_path, ["20240710,一,0,"]), dry_run=False)
    assert str(refused.value) == (
        "工作表「cal」 第 2 列 欄「星期」：星期「一」與日期 2024-07-10（星期三）不符"
    )


def _add_class(db: Database, code: str, end: D, **fields: object) -> None:
    with db.session() as s:
        s.add(TrainingClass(code=code, title="公文寫作", start_date=end, end_date=end, **fields))


@pytest.mark.parametrize(
    ("today", "chinese", "english_text"),
    [
        (
            D(2024, 7, 10),
            "結訓日 113/07/05，應於 113/07/16 前登錄終身學習時數；尚未結訓結算",
            "Ended on 113/07/05; register the lifelong-learning hours by 113/07/16; the class is "
            "not closed yet",
        ),
        (
            D(2024, 7, 17),
            "結訓日 113/07/05，應於 113/07/16 前登錄終身學習時數（已逾期 1 個工作天）；"
            "尚未結訓結算",
            "Ended on 113/07/05; register the lifelong-learning hours by 113/07/16 (1 working day "
            "overdue); the class is not closed yet",
        ),
        (
            D(2024, 7, 22),
            "結訓日 113/07/05，應於 113/07/16 前登錄終身學習時數（已逾期 4 個工作天）；"
            "尚未結訓結算",
            "Ended on 113/07/05; register the lifelong-learning hours by 113/07/16 (4 working days "
            "overdue); the class is not closed yet",
        ),
    ],
)
def test_agenda_details_in_both_languages(
    db: Database, today: D, chinese: str, english_text: str
) -> None:
    _add_class(db, "113-001", D(2024, 7, 5))
    (item,) = cs.agenda(db, today)
    assert item.detail == chinese and item.kind == cs.REGISTRATION == "時數登錄"
    i18n.set_language("en")
    try:
        (item,) = cs.agenda(db, today)
        assert item.detail == english_text
        assert i18n._(item.kind) == "Hours registration"
    finally:
        i18n.set_language("zh_TW")


def test_an_overdue_day_with_no_working_day_between_says_overdue(
    english: None, db: Database
) -> None:
    # Due Friday 113/07/12, looked at on Saturday: overdue, but no working day late yet.
    _add_class(db, "113-001", D(2024, 7, 3))
    (item,) = cs.agenda(db, D(2024, 7, 13))
    assert item.overdue
    assert item.detail == (
        "Ended on 113/07/03; register the lifelong-learning hours by 113/07/12 (overdue); the "
        "class is not closed yet"
    )
    assert not CJK.search(item.detail)
