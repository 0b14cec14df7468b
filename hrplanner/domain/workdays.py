"""Taiwan government working days and the hours-registration deadline (SPEC R11).

The base is the ``holidays`` package's Taiwan calendar (zh_TW names), which knows the
national holidays, bridge days and 補行上班 Saturdays. Overrides (the official 辦公日曆表
imported from CSV, and manual entries such as typhoon days) win over the package.
Pure: no database, no clock. The package is asked one year at a time (``package_year``);
a caller may hand in its own source of those years, such as a cache kept on disk.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from hrplanner.i18n import _, ngettext

# A step count far beyond any realistic deadline; stops an endless loop if overrides ever
# declared every day off.
_MAX_SCAN_DAYS = 3660


@dataclass(frozen=True)
class DayOverride:
    """An explicit working status for one day, e.g. a typhoon closure (停止上班)."""

    is_day_off: bool
    note: str | None = None


@dataclass(frozen=True)
class PackageYear:
    """One year of the package's Taiwan calendar: whether each day works (``working[i]`` is
    "1" for the (i+1)-th day of the year, "0" for a day off) and the holidays' zh_TW names."""

    year: int
    working: str
    names: Mapping[dt.date, str]

    def is_working_day(self, day: dt.date) -> bool:
        return self.working[day.timetuple().tm_yday - 1] == "1"


def package_year(year: int) -> PackageYear:
    """``year`` as the ``holidays`` package has it (imported here: loading it and its
    countries costs a tenth of a second, which a cached year does not pay)."""
    import holidays

    package = holidays.country_holidays("TW", language="zh_TW", years=[year])
    day, working = dt.date(year, 1, 1), []
    while day.year == year:
        working.append("1" if package.is_working_day(day) else "0")
        day += dt.timedelta(days=1)
    return PackageYear(year, "".join(working), {d: str(n) for d, n in package.items()})


def _as_override(value: DayOverride | tuple[bool, str | None]) -> DayOverride:
    if isinstance(value, DayOverride):
        return value
    is_day_off, note = value
    return DayOverride(bool(is_day_off), note)


class WorkCalendar:
    """Which days a Taiwanese government office works, and deadlines counted in working days."""

    def __init__(
        self,
        overrides: Mapping[dt.date, DayOverride | tuple[bool, str | None]] | None = None,
        *,
        years: Iterable[int] = (),
        source: Callable[[int], PackageYear] = package_year,
    ) -> None:
        # Further years are asked for on demand, so ``years`` only pre-loads the ones the
        # caller knows it will need.
        self._source = source
        # A calendar may be shared by threads (services cache it): years are filled one at
        # a time, under a lock.
        self._lock = threading.Lock()
        self._years: dict[int, PackageYear] = {}
        self._overrides: dict[dt.date, DayOverride] = {
            day: _as_override(value) for day, value in (overrides or {}).items()
        }
        # Answers never change for one calendar (its overrides are fixed), and overdue
        # counts over years of history would otherwise ask the package day by day.
        self._working: dict[dt.date, bool] = {}
        self._year_prefix: dict[int, list[int]] = {}
        self.preload(years)

    @property
    def overrides(self) -> Mapping[dt.date, DayOverride]:
        return dict(self._overrides)

    def _package_for(self, day: dt.date) -> PackageYear:
        """The package's calendar of ``day``'s year."""
        known = self._years.get(day.year)
        if known is None:
            with self._lock:
                known = self._years.get(day.year)
                if known is None:
                    known = self._years[day.year] = self._source(day.year)
        return known

    def preload(self, years: Iterable[int]) -> None:
        """Fill the package for ``years`` now (the first fill of a year is the slow part)."""
        for year in years:
            self._package_for(dt.date(year, 1, 1))

    def package_is_working_day(self, day: dt.date) -> bool:
        """The package's answer alone, ignoring every override."""
        return self._package_for(day).is_working_day(day)

    def is_working_day(self, day: dt.date) -> bool:
        known = self._working.get(day)
        if known is None:
            override = self._overrides.get(day)
            if override is not None:
                known = not override.is_day_off
            else:
                known = self.package_is_working_day(day)
            self._working[day] = known
        return known

    def _prefix(self, year: int) -> list[int]:
        """prefix[i]: working days among the first i days of ``year``."""
        prefix = self._year_prefix.get(year)
        if prefix is None:
            prefix = [0]
            day = dt.date(year, 1, 1)
            while day.year == year:
                prefix.append(prefix[-1] + self.is_working_day(day))
                day += dt.timedelta(days=1)
            self._year_prefix[year] = prefix
        return prefix

    def label(self, day: dt.date) -> str | None:
        """The day's name: the override's note, else the holiday's zh_TW name, else None.

        補行上班 Saturdays carry no holiday entry in the package; they are labelled
        「補行上班」 so that a calendar view can show why a Saturday is a working day.
        """
        override = self._overrides.get(day)
        if override is not None:
            if override.note:
                return override.note
            return "放假" if override.is_day_off else "上班"
        name = self._package_for(day).names.get(day)
        if name:
            return name
        if day.weekday() >= 5 and self.package_is_working_day(day):
            return "補行上班"
        return None

    def add_working_days(self, day: dt.date, n: int) -> dt.date:
        """The n-th working day after ``day`` (``day`` itself does not count).

        n = 0 returns ``day``; a negative n counts backwards (the n-th working day before).
        """
        step = dt.timedelta(days=1 if n >= 0 else -1)
        remaining = abs(n)
        current = day
        scanned = 0
        while remaining:
            current += step
            scanned += 1
            if scanned > _MAX_SCAN_DAYS:
                raise ValueError(
                    ngettext(
                        "{day} 之後十年內找不到 {n} 個上班日",
                        "{day} 之後十年內找不到 {n} 個上班日",
                        abs(n),
                    ).format(day=day.isoformat(), n=abs(n))
                )
            if self.is_working_day(current):
                remaining -= 1
        return current

    def due_date(self, class_end: dt.date, n: int) -> dt.date:
        """R11: the last day to register hours of a class that ended on ``class_end``.

        「結訓後 N 個工作天內」: the N-th working day after the last session's day.
        """
        if n < 0:
            raise ValueError(_("登錄期限的工作天數不可為負數"))
        return self.add_working_days(class_end, n)

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days in (start, end]; negative when end is before start."""
        if end < start:
            return -self.working_days_between(end, start)
        first = self._prefix(start.year)
        start_index = start.timetuple().tm_yday
        if start.year == end.year:
            return first[end.timetuple().tm_yday] - first[start_index]
        count = first[-1] - first[start_index]
        for year in range(start.year + 1, end.year):
            count += self._prefix(year)[-1]
        return count + self._prefix(end.year)[end.timetuple().tm_yday]
