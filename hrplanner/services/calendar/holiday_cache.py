"""The package's Taiwan calendar kept on disk, one year at a time.

Filling a year from the ``holidays`` package means importing it with every country it
knows (about a tenth of a second) before the home page can show a deadline. A year's
answer never changes for one version of the package, so it is written to the cache folder
under that version and read back from there; a new version of the package, or a missing,
unreadable or damaged file, simply means the years are asked of the package again. Nothing
here can stop the calendar working: a cache that cannot be written is skipped.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
import threading
from importlib import metadata
from pathlib import Path

from hrplanner.domain.workdays import PackageYear, package_year
from hrplanner.paths import cache_dir

_lock = threading.Lock()
# The file read once per process: {version: {year: PackageYear}}.
_loaded: dict[str, dict[int, PackageYear]] = {}


def _version() -> str:
    try:
        return metadata.version("holidays")
    except metadata.PackageNotFoundError:  # a build without metadata: never trust a cache
        return ""


def cache_file(version: str) -> Path | None:
    """The file of ``version``; None when the cache folder cannot be made."""
    try:
        return cache_dir() / f"holidays-tw-{version}.json"
    except OSError:
        return None


def cached_year(year: int) -> PackageYear:
    """``year`` of the package's calendar, from the cache when it has it."""
    version = _version()
    if not version:
        return package_year(year)
    with _lock:
        years = _loaded.get(version)
        if years is None:
            years = _loaded[version] = _read(cache_file(version))
        known = years.get(year)
        if known is None:
            known = years[year] = package_year(year)
            _write(cache_file(version), years)
    return known


def clear_memory() -> None:
    """Forget what was read (tests: the next year asked reads the file again)."""
    with _lock:
        _loaded.clear()


def _read(path: Path | None) -> dict[int, PackageYear]:
    if path is None:
        return {}
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        years = {}
        for key, entry in stored["years"].items():
            year = int(key)
            working = str(entry["working"])
            length = (dt.date(year + 1, 1, 1) - dt.date(year, 1, 1)).days
            if len(working) != length or set(working) - {"0", "1"}:
                return {}
            names = {dt.date.fromisoformat(d): str(n) for d, n in entry["names"].items()}
            years[year] = PackageYear(year, working, names)
        return years
    except Exception:  # missing or damaged in any way (a year out of range too): ask again
        return {}


def _write(path: Path | None, years: dict[int, PackageYear]) -> None:
    if path is None:
        return
    data = {
        "years": {
            str(y): {
                "working": p.working,
                "names": {d.isoformat(): n for d, n in sorted(p.names.items())},
            }
            for y, p in sorted(years.items())
        }
    }
    # Written beside and renamed over, so that another process never reads half a file.
    with contextlib.suppress(OSError):
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(data, out, ensure_ascii=False)
            os.replace(temporary, path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
