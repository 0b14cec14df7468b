"""The package's calendar is kept on disk by year and version: a year read back answers as
the package does, and a damaged, foreign or unwritable cache only means asking again."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from hrplanner.domain import workdays
from hrplanner.domain.workdays import WorkCalendar
from hrplanner.services.calendar import holiday_cache

D = dt.date


@pytest.fixture(autouse=True)
def fresh_memory() -> None:
    holiday_cache.clear_memory()


def _refuse_package(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(year: int) -> workdays.PackageYear:
        raise AssertionError(f"asked the package for {year}")

    monkeypatch.setattr(holiday_cache, "package_year", refused)


def _file() -> Path:
    path = holiday_cache.cache_file(holiday_cache._version())
    assert path is not None
    return path


def test_a_year_read_back_answers_as_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = WorkCalendar(years=[2023, 2024])
    holiday_cache.cached_year(2023), holiday_cache.cached_year(2024)
    assert _file().exists()
    holiday_cache.clear_memory()  # as a new process would: only the file is left
    _refuse_package(monkeypatch)
    cached = WorkCalendar(years=[2023, 2024], source=holiday_cache.cached_year)
    day = D(2023, 1, 1)
    while day.year < 2025:
        assert cached.is_working_day(day) == fresh.is_working_day(day), day
        assert cached.label(day) == fresh.label(day), day
        day += dt.timedelta(days=1)
    assert cached.label(D(2023, 10, 10)) == "國慶日"
    assert cached.label(D(2023, 9, 23)) == "補行上班"


def test_a_damaged_file_is_asked_again_and_rewritten() -> None:
    _file().write_text('{"years": {"2024": {"working": "01", "names": {}}}}', encoding="utf-8")
    assert not holiday_cache.cached_year(2024).is_working_day(D(2024, 10, 10))
    stored = json.loads(_file().read_text(encoding="utf-8"))
    assert len(stored["years"]["2024"]["working"]) == 366  # a leap year, whole again
    huge = '{"years": {"100000000000000000000": {"working": "1", "names": {}}}}'
    for garbage in ("not json", "[]", '{"years": {"x": 1}}', "\x00\xff", huge):
        holiday_cache.clear_memory()
        _file().write_text(garbage, encoding="utf-8")
        assert holiday_cache.cached_year(2024).names[D(2024, 10, 10)] == "國慶日"


def test_another_version_of_the_package_does_not_use_the_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    holiday_cache.cached_year(2024)
    holiday_cache.clear_memory()
    monkeypatch.setattr(holiday_cache, "_version", lambda: "999.0")
    asked: list[int] = []
    real = holiday_cache.package_year
    monkeypatch.setattr(holiday_cache, "package_year", lambda y: asked.append(y) or real(y))
    holiday_cache.cached_year(2024)
    assert asked == [2024]


def test_a_cache_that_cannot_be_written_still_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_folder() -> Path:
        raise PermissionError("read-only profile")

    monkeypatch.setattr(holiday_cache, "cache_dir", no_folder)
    assert not holiday_cache.cached_year(2024).is_working_day(D(2024, 10, 10))
