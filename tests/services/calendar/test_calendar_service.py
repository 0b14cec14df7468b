"""The official calendar import, manual overrides, registration due dates and the agenda."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from hrplanner.services.calendar import office_calendar as cs
from hrplanner.services.calendar import official_import
from hrplanner.services.common import settings_service
from hrplanner.services.common.errors import InputRefused, NotFound
from hrplanner.services.common.reference import get_or_create_unit
from hrplanner.settings import Setting
from hrplanner.storage.database import Database
from hrplanner.storage.models import (
    CalendarOverride,
    Employee,
    Enrollment,
    StaffCategory,
    TrainingClass,
)

D = dt.date
HEADER = "西元日期,星期,是否放假,備註"
WEEKDAY = "一二三四五六日"


def _official_rows(start: D, end: D, changes: dict[D, tuple[int, str]]) -> list[str]:
    """Lines of an official-style file: weekends off unless ``changes`` says otherwise."""
    lines = []
    day = start
    while day <= end:
        code, note = changes.get(day, (2 if day.weekday() >= 5 else 0, ""))
        lines.append(f"{day:%Y%m%d},{WEEKDAY[day.weekday()]},{code},{note}")
        day += dt.timedelta(days=1)
    return lines


# July 2024 as the government published it afterwards, with the 凱米 typhoon days off.
TYPHOON = {D(2024, 7, 24): (2, "凱米颱風停止上班"), D(2024, 7, 25): (2, "凱米颱風停止上班")}
JULY = _official_rows(D(2024, 7, 1), D(2024, 7, 31), TYPHOON)


def _write(
    tmp_path: Path, lines: list[str], encoding: str = "utf-8", name: str = "cal.csv"
) -> Path:
    path = tmp_path / name
    path.write_bytes(("\r\n".join([HEADER, *lines]) + "\r\n").encode(encoding))
    return path


def _stored(db: Database) -> dict[D, tuple[bool, str | None, str]]:
    with db.session() as s:
        return {
            r.day: (r.is_day_off, r.note, r.source) for r in s.scalars(select(CalendarOverride))
        }


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp950"])
def test_import_stores_only_differences_and_moves_due_date(
    db: Database, tmp_path: Path, encoding: str
) -> None:
    assert cs.registration_due(db, D(2024, 7, 19)) == D(2024, 7, 30)
    report = official_import.import_official_csv(
        db, _write(tmp_path, JULY, encoding), dry_run=False
    )
    assert report.years == [2024] and report.days_in_file == 31
    assert report.added == ["113/07/24", "113/07/25"]
    assert _stored(db) == {
        D(2024, 7, 24): (True, "凱米颱風停止上班", "official"),
        D(2024, 7, 25): (True, "凱米颱風停止上班", "official"),
    }
    assert cs.registration_due(db, D(2024, 7, 19)) == D(2024, 8, 1)
    assert cs.load_calendar(db).label(D(2024, 7, 24)) == "凱米颱風停止上班"


def test_dry_run_writes_nothing_and_reimport_changes_nothing(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path, JULY)
    dry = official_import.import_official_csv(db, path, dry_run=True)
    assert dry.added == ["113/07/24", "113/07/25"] and dry.dry_run
    assert _stored(db) == {}
    official_import.import_official_csv(db, path, dry_run=False)
    again = official_import.import_official_csv(db, path, dry_run=False)
    assert (again.added, again.updated, again.removed) == ([], [], [])
    assert again.unchanged == ["113/07/24", "113/07/25"]
    assert "未變更 2 筆" in again.summary()


def test_reimport_replaces_official_rows_of_the_year(db: Database, tmp_path: Path) -> None:
    official_import.import_official_csv(db, _write(tmp_path, JULY), dry_run=False)
    # A corrected file: only 7/24 was a day off.
    fixed = _official_rows(D(2024, 7, 1), D(2024, 7, 31), {D(2024, 7, 24): (2, "颱風")})
    report = official_import.import_official_csv(
        db, _write(tmp_path, fixed, name="b.csv"), dry_run=False
    )
    assert report.updated == ["113/07/24"] and report.removed == ["113/07/25"]
    assert _stored(db) == {D(2024, 7, 24): (True, "颱風", "official")}


def test_bad_rows_refuse_the_whole_file(db: Database, tmp_path: Path) -> None:
    lines = list(JULY)
    lines[2] = "20240231,六,2,"  # no such date
    lines[5] = "20240706,六,1,"  # 1 is not a valid 是否放假
    lines[9] = "20240710,一,0,"  # 7/10 was a Wednesday
    lines[10] = lines[11]  # duplicate date
    with pytest.raises(InputRefused) as refused:
        official_import.import_official_csv(db, _write(tmp_path, lines), dry_run=False)
    found = {(p.row, p.column) for p in refused.value.problems}
    assert found == {(4, "西元日期"), (7, "是否放假"), (11, "星期"), (13, "西元日期")}
    assert all(p.sheet == "cal" for p in refused.value.problems)
    assert "20240231" in str(refused.value)
    assert _stored(db) == {}


def test_wrong_header_is_refused(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("日期,放假\n20240724,2\n", encoding="utf-8")
    with pytest.raises(InputRefused) as refused:
        official_import.import_official_csv(db, path, dry_run=False)
    assert {p.column for p in refused.value.problems} == {"西元日期", "是否放假"}
    assert _stored(db) == {}


def test_manual_override_wins_and_is_kept_by_import(db: Database, tmp_path: Path) -> None:
    official_import.import_official_csv(db, _write(tmp_path, JULY), dry_run=False)
    # The office opened on 7/25 after all (a local decision), and closed on 7/26.
    cs.set_manual_override(db, D(2024, 7, 25), False, "本機關照常上班")
    cs.set_manual_override(db, D(2024, 7, 26), True, "颱風停班")
    cal = cs.load_calendar(db)
    assert cal.is_working_day(D(2024, 7, 25)) and not cal.is_working_day(D(2024, 7, 26))
    report = official_import.import_official_csv(db, _write(tmp_path, JULY), dry_run=False)
    assert report.kept_manual == ["113/07/25"]
    assert _stored(db)[D(2024, 7, 25)] == (False, "本機關照常上班", "manual")
    # 7/19 + 7 working days, 7/24 and 7/26 off: 22 23 25 29 30 31 8/1.
    assert cs.registration_due(db, D(2024, 7, 19)) == D(2024, 8, 1)
    assert [o.day for o in cs.list_overrides(db, 2024)] == [D(2024, 7, d) for d in (24, 25, 26)]
    assert cs.list_overrides(db, 2023) == []
    cs.remove_override(db, D(2024, 7, 26))
    assert cs.load_calendar(db).is_working_day(D(2024, 7, 26))
    with pytest.raises(NotFound):
        cs.remove_override(db, D(2024, 7, 26))


def test_registration_days_setting(db: Database) -> None:
    settings_service.update(db, {Setting.REGISTRATION_WORKING_DAYS: 3})
    assert cs.registration_due(db, D(2023, 10, 6)) == D(2023, 10, 13)


def _add_class(db: Database, code: str, end: D, **fields: object) -> None:
    with db.session() as s:
        s.add(TrainingClass(code=code, title=f"課程{code}", start_date=end, end_date=end, **fields))


def test_agenda_lists_unregistered_classes_and_flags_overdue(db: Database) -> None:
    _add_class(db, "113-001", D(2024, 7, 5))  # due 7/16
    _add_class(db, "113-002", D(2024, 7, 19), closed_on=D(2024, 7, 19))  # due 7/30, closed
    _add_class(db, "113-003", D(2024, 7, 1), registered_on=D(2024, 7, 3))  # registered
    _add_class(db, "113-004", D(2024, 7, 1), cancelled=True)
    _add_class(db, "113-005", D(2024, 8, 30))  # not ended yet
    _add_class(db, "113-006", D(2024, 7, 2), closed_on=D(2024, 7, 2))  # closed, nobody credited
    with db.session() as s:
        unit = get_or_create_unit(s, "人事室")
        category = s.scalar(select(StaffCategory).filter_by(name="公務人員"))
        assert category is not None
        emp = Employee(employee_no="E1", name="王小明", unit_id=unit.id, category_id=category.id)
        s.add(emp)
        s.flush()
        cls = s.scalar(select(TrainingClass).filter_by(code="113-002"))
        assert cls is not None
        s.add(
            Enrollment(
                class_id=cls.id,
                employee_id=emp.id,
                registered_at=dt.datetime(2024, 7, 1),
                credit_minutes=180,
            )
        )
    items = cs.agenda(db, D(2024, 7, 22))
    assert [(i.ref, i.due, i.overdue) for i in items] == [
        ("113-001", D(2024, 7, 16), True),
        ("113-002", D(2024, 7, 30), False),
    ]
    assert "已逾期 4 個工作天" in items[0].detail and "尚未結訓結算" in items[0].detail
    assert "113/07/30" in items[1].detail and "尚未結訓" not in items[1].detail
    # The day after the due date it is overdue; a typhoon day moves the due date and so
    # whether the class is overdue.
    assert [i.ref for i in cs.agenda(db, D(2024, 7, 17)) if i.overdue] == ["113-001"]
    cs.set_manual_override(db, D(2024, 7, 16), True, "颱風")
    assert [i.overdue for i in cs.agenda(db, D(2024, 7, 17))] == [False]
    assert cs.agenda(db, D(2024, 7, 17))[0].due == D(2024, 7, 17)


def test_agenda_merges_providers_by_due_date(db: Database) -> None:
    def hires(_db: Database, today: D) -> list[cs.AgendaItem]:
        return [cs.AgendaItem(today, "新進人員訓練", "王小明", "", False)]

    _add_class(db, "113-001", D(2024, 7, 5))
    items = cs.agenda(db, D(2024, 7, 10), providers=[hires, cs.registration_items])
    assert [i.kind for i in items] == ["新進人員訓練", "時數登錄"]


def _hire(db: Database, no: str, hired: D, category: str = "公務人員") -> int:
    with db.session() as s:
        unit = get_or_create_unit(s, "秘書室")
        cat_id = s.scalar(select(StaffCategory.id).filter_by(name=category))
        emp = Employee(employee_no=no, name=f"新人{no}", unit_id=unit.id, category_id=cat_id)
        emp.hire_date = hired
        s.add(emp)
        s.flush()
        return emp.id


def test_agenda_lists_untrained_new_hires(db: Database) -> None:
    """R17 through the default providers: overdue and due within 30 days are listed."""
    from hrplanner.storage.models import ExternalRecord, LearningTopic

    today = D(2026, 3, 20)
    _hire(db, "H1", D(2025, 11, 10))  # due 115/03/10: overdue, hired last year
    _hire(db, "H2", D(2025, 12, 15))  # due 115/04/15: within 30 days
    _hire(db, "H3", D(2026, 1, 5))  # due 115/05/05: later than 30 days
    done = _hire(db, "H4", D(2025, 10, 1))  # due 115/02/01 but trained
    _hire(db, "H5", D(2025, 10, 1), category="約聘僱人員")  # not 公務人員
    with db.session() as s:
        topic = s.scalar(select(LearningTopic.id).filter_by(name="一般"))
        s.add(
            ExternalRecord(
                employee_id=done,
                title="初任公務人員基礎訓練",
                end_date=D(2025, 12, 1),
                minutes=18 * 60,
                topic_id=topic,
            )
        )
    items = [i for i in cs.agenda(db, today) if i.kind == "新進人員訓練"]
    assert [(i.ref, i.due, i.overdue) for i in items] == [
        ("H1", D(2026, 3, 10), True),
        ("H2", D(2026, 4, 15), False),
    ]
    assert "已逾期 10 天" in items[0].detail and "114/11/10" in items[0].detail
    assert "逾期" not in items[1].detail


# --- command line -----------------------------------------------------------------------


def test_cli_import_calendar_and_agenda(
    sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from hrplanner import cli

    target = str(sqlite_db.file)
    path = _write(tmp_path, JULY, "cp950")
    assert cli.run(["--db", target, "import", "calendar", str(path), "--dry-run"]) == 0
    assert "將新增 2 筆" in capsys.readouterr().out
    assert cs.list_overrides(sqlite_db) == []
    assert cli.run(["--db", target, "import", "calendar", str(path)]) == 0
    assert [o.day for o in cs.list_overrides(sqlite_db)] == [D(2024, 7, 24), D(2024, 7, 25)]
    capsys.readouterr()

    _add_class(sqlite_db, "113-001", D(2024, 7, 19))  # due 8/1 with the typhoon days
    assert cli.run(["--db", target, "agenda", "--date", "113/8/2"]) == 0
    out = capsys.readouterr().out
    assert "逾期 1 件" in out and "【逾期】113/08/01" in out and "113-001" in out
    assert cli.run(["--db", target, "agenda", "--date", "2024-08-01"]) == 0
    assert "逾期 0 件" in capsys.readouterr().out
    assert cli.run(["--db", target, "agenda", "--date", "113/13/1"]) == 2

    bad = _write(tmp_path, ["2024072,三,2,"], name="bad.csv")
    assert cli.run(["--db", target, "import", "calendar", str(bad)]) == 1
    assert "西元日期" in capsys.readouterr().err


def test_cli_manual_override(sqlite_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    from hrplanner import cli

    target = str(sqlite_db.file)
    assert cli.run(["--db", target, "calendar", "set", "113/7/24", "--off", "--note", "颱風"]) == 0
    assert cs.list_overrides(sqlite_db) == [cs.OverrideInfo(D(2024, 7, 24), True, "颱風", "manual")]
    assert cli.run(["--db", target, "calendar", "list", "--year", "113"]) == 0
    assert "113/07/24  放假  颱風" in capsys.readouterr().out
    assert cli.run(["--db", target, "calendar", "remove", "2024-07-24"]) == 0
    assert cs.list_overrides(sqlite_db) == []
    assert cli.run(["--db", target, "calendar", "remove", "2024-07-24"]) == 2
