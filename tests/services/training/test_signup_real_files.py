"""Sign-up exports as form services write them (issue 10, SPEC §3.1 報名, R8): a Google-Forms
CSV with 上午/下午 timestamps, seats by the second, people found by ID number and by a name
written with another separator."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from hrplanner.services.catalogue import ImportRequest, import_kind
from hrplanner.services.common.errors import InputRefused
from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.services.training import signup_import as si
from hrplanner.storage.database import Database
from hrplanner.storage.models import Employee, Enrollment, StaffCategory, TrainingClass

# A Google Forms export (試算表 → 下載 → CSV): UTF-8 without BOM, the 時間戳記 column first,
# the respondent's address, then the questions as the form asked them.
GOOGLE_FORMS_CSV = (
    "時間戳記,電子郵件地址,姓名,服務單位,身分證字號（報名確認用，僅供本次研習使用）,"
    "午餐需求（葷食／素食／不需要）,您對本課程有什麼期待？\n"
    "2026/4/25 下午3:57:31,chen@example.gov.tw,陳大同,人事室,B123456780,葷食,\n"
    '2026/4/25 下午 3:57:12,wu@example.gov.tw,瓦歷斯‧諾幹,秘書室,,素食,"希望多些實例, 謝謝"\n'
    "2026/4/25 上午9:05,lee@example.gov.tw,李美華,秘書室,,不需要,\n"
)
MAPPING = {
    "時間戳記": "報名時間",
    "姓名": "姓名",
    "服務單位": "單位",
    "身分證字號（報名確認用，僅供本次研習使用）": "身分證字號",
    "午餐需求（葷食／素食／不需要）": "用餐",
}


def _person(s: Any, no: str, name: str, unit: str, nid: str | None = None) -> None:
    s.add(
        Employee(
            employee_no=no,
            name=name,
            national_id=nid,
            unit_id=get_or_create_unit(s, unit).id,
            category_id=s.scalar(select(StaffCategory.id).filter_by(name="公務人員")),
            status="在職",
            meal="葷",
        )
    )


@pytest.fixture
def setup(db: Database) -> Database:
    with db.session() as s:
        _person(s, "A001", "陳大同", "人事室", "B123456780")
        _person(s, "A002", "陳大同", "會計室", "A123456789")  # same name, another unit
        _person(s, "A003", "瓦歷斯·諾幹", "秘書室")  # written with U+00B7 on the roster
        _person(s, "A004", "李美華", "秘書室")
        s.add(
            TrainingClass(
                code="115-010",
                title="環境教育：氣候變遷（進階）",
                capacity=2,
                start_date=dt.date(2026, 5, 20),
                end_date=dt.date(2026, 5, 20),
            )
        )
    return db


def _seats(db: Database) -> list[tuple[str, str, str | None, dt.datetime]]:
    with db.session() as s:
        return [
            tuple(r)  # type: ignore[misc]
            for r in s.execute(
                select(
                    Employee.employee_no,
                    Enrollment.status,
                    Enrollment.meal,
                    Enrollment.registered_at,
                )
                .join(Employee, Employee.id == Enrollment.employee_id)
                .order_by(Enrollment.registered_at)
            )
        ]


def test_google_forms_csv_imports_as_it_is(setup: Database, tmp_path: Path) -> None:
    path = tmp_path / "研習報名表（回應）.csv"
    path.write_text(GOOGLE_FORMS_CSV, encoding="utf-8")
    preview = si.preview(setup, path, MAPPING, "115-010")
    assert preview.problems == []
    # by ID number (two 陳大同), by a name with another separator, by name and unit
    assert [m.employee_no for m in preview.matched] == ["A001", "A003", "A004"]
    assert [m.registered_at for m in preview.matched] == [
        dt.datetime(2026, 4, 25, 15, 57, 31),
        dt.datetime(2026, 4, 25, 15, 57, 12),
        dt.datetime(2026, 4, 25, 9, 5),
    ]
    report = si.import_signup(setup, path, MAPPING, "115-010")
    assert len(report.added) == 3
    # Capacity 2 by the second: 李美華 (09:05), 瓦歷斯 (15:57:12) seated; 陳大同 at :31 waits.
    assert _seats(setup) == [
        ("A004", "正取", "不用餐", dt.datetime(2026, 4, 25, 9, 5)),
        ("A003", "正取", "素", dt.datetime(2026, 4, 25, 15, 57, 12)),
        ("A001", "備取", "葷", dt.datetime(2026, 4, 25, 15, 57, 31)),
    ]


def test_one_seat_left_goes_to_the_earlier_second(setup: Database, tmp_path: Path) -> None:
    with setup.session() as s:
        s.scalars(select(TrainingClass)).one().capacity = 1
    # The later second comes first in the file, and both are in the same minute.
    path = tmp_path / "form.csv"
    path.write_text(
        "時間戳記,姓名,服務單位\n"
        "2026/4/25 下午3:57:31,李美華,秘書室\n"
        "2026/4/25 下午3:57:30,陳大同,會計室\n",
        encoding="utf-8",
    )
    kind = import_kind("signup")
    assert kind is not None
    request = ImportRequest(class_code="115-010", mapping="時間戳記=報名時間,服務單位=單位")
    kind.run(setup, path, request)
    assert [(no, status) for no, status, _meal, _when in _seats(setup)] == [
        ("A002", "正取"),
        ("A004", "備取"),
    ]


def test_twelve_and_twenty_four_hour_clocks(setup: Database, tmp_path: Path) -> None:
    path = tmp_path / "form.csv"
    path.write_text(
        "報名時間,姓名,單位\n"
        "2026/4/25 上午12:05:09,李美華,秘書室\n"  # five past midnight
        "2026-04-25 15:57,陳大同,會計室\n",
        encoding="utf-8",
    )
    preview = si.preview(setup, path, si.auto_mapping(si.read_raw(path).headers), "115-010")
    assert [m.registered_at for m in preview.matched] == [
        dt.datetime(2026, 4, 25, 0, 5, 9),
        dt.datetime(2026, 4, 25, 15, 57),
    ]


def test_id_number_and_separator_mismatches_are_named(setup: Database, tmp_path: Path) -> None:
    path = tmp_path / "form.csv"
    path.write_text(
        "姓名,身分證字號,單位\n"
        "李美華,B123456780,\n"  # the number is 陳大同's
        "王小華,C123456788,\n"  # nobody has it
        "瓦歷斯・諾幹,,秘書室\n"  # katakana middle dot: still the roster's 瓦歷斯·諾幹
        "陳大同,ａ１２３４５６７８９,\n",  # full-width, lower case: A123456789
        encoding="utf-8",
    )
    preview = si.preview(setup, path, si.auto_mapping(si.read_raw(path).headers), "115-010")
    messages = {p.row: p.message for p in preview.problems}
    assert set(messages) == {2, 3}
    assert "與姓名「李美華」不符" in messages[2]
    assert "C12****788" in messages[3] and "C123456788" not in messages[3]
    assert [m.employee_no for m in preview.matched] == ["A003", "A002"]
    with pytest.raises(InputRefused):
        si.import_signup(setup, path, si.auto_mapping(si.read_raw(path).headers), "115-010")
    assert _seats(setup) == []
