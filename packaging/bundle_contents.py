"""What the PyInstaller bundle needs beyond what PyInstaller finds by reading the imports.

PyInstaller follows every ``import`` statement, in functions too, but not a module loaded
by its name at run time. HR Planner loads by name on purpose, so that start-up imports
only what it shows: the catalogue's runners and templates (``"module:function"``), the
window's page classes (``"module:Class"``), the demo generators, the agenda providers and
the command modules. This file reads those declarations, so that a new page, kind or
command is bundled without being listed a second time here; ``check()`` fails the build
when one of them names something that does not exist. The libraries' own run-time loads
(Taiwan's holidays, the SQLAlchemy dialects) and the data files (migrations, translations,
fonts, icons, the user guide) are listed below. ``packaging/hrplanner.spec`` uses it; so does
``tests/test_packaging.py``, which also fails when a module starts loading by name
without its declarations being read here (``LOADERS``).
"""

from __future__ import annotations

import dataclasses
import importlib
import re
from collections.abc import Iterator
from typing import Any

# The declarations, by module: each named value holds "module:attribute" references (or,
# for the command modules, module names), possibly inside tuples and dataclasses.
DECLARATIONS: dict[str, tuple[str, ...]] = {
    "hrplanner.services.catalogue": ("IMPORTS", "EXPORTS", "PRINTS"),
    "hrplanner.ui.shell.pages": ("PAGES",),
    "hrplanner.services.demo.agency": ("GENERATORS",),
    "hrplanner.services.calendar.office_calendar": ("AGENDA_PROVIDERS",),
    "hrplanner.cli.main": ("COMMAND_MODULES",),
    "hrplanner.services.plans.measures": ("PROVIDERS",),
}
# The modules of HR Planner that import a module by its name: each loads only what the
# declarations above name (app.py imports the first page's module early; the main window
# imports the pages' modules in the background, with the modules a page names in PRELOAD,
# which that page also imports by statement).
LOADERS = frozenset(DECLARATIONS) | {"hrplanner.app", "hrplanner.ui.shell.main_window"}

# Packages opened as folders (importlib.resources.files), never imported by a statement.
PACKAGES_AS_FOLDERS = ("hrplanner.db", "hrplanner.db.versions", "hrplanner.resources")
# What the libraries load by name: the country module behind
# holidays.country_holidays("TW"), and the database drivers named in a URL.
LIBRARY_MODULES = (
    "holidays.countries.taiwan",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.dialects.postgresql.psycopg",
    "psycopg_binary",
)

# Left out: what HR Planner never uses, and the optional modules that the libraries' hooks
# ask for although they do not exist here (each would be a "Hidden import not found").
EXCLUDES = (
    "tkinter",
    "pytest",
    "PySide6.QtWebEngineCore",
    "PySide6.Qt3DCore",
    "MySQLdb",  # SQLAlchemy's MySQL driver
    "pysqlite2",  # SQLAlchemy's fallback for the sqlite3 module
    # Named by the psycopg_binary hook; not in the psycopg_binary 3.3 wheels.
    "psycopg_binary._uuid",
)
# Windows-only modules, on the other systems (their ctypes libraries are not there).
WINDOWS_ONLY = ("platformdirs.windows", "dateutil.tz.win")

_REFERENCE = re.compile(r"hrplanner(\.\w+)+(:\w+)?")


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple | list | frozenset | set):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _strings(getattr(value, field.name))


def references() -> list[str]:
    """Every module or ``"module:attribute"`` the declarations name, in order, once each."""
    found: dict[str, None] = {}
    for module_name, names in DECLARATIONS.items():
        module = importlib.import_module(module_name)
        for name in names:
            for text in _strings(getattr(module, name)):
                if _REFERENCE.fullmatch(text):
                    found[text] = None
    return list(found)


def check() -> None:
    """Import every declared reference; raise naming the broken ones."""
    broken = []
    for ref in references():
        module_name, _, attribute = ref.partition(":")
        try:
            module = importlib.import_module(module_name)
            if attribute:
                getattr(module, attribute)
        except (ImportError, AttributeError) as exc:
            broken.append(f"{ref}: {exc}")
    if broken:
        raise SystemExit("declared but missing:\n  " + "\n  ".join(broken))


def hidden_imports() -> list[str]:
    """The modules PyInstaller must bundle although no import statement names them."""
    modules = {ref.partition(":")[0] for ref in references()}
    return sorted(modules | set(DECLARATIONS) | set(PACKAGES_AS_FOLDERS) | set(LIBRARY_MODULES))


def excludes(platform: str) -> list[str]:
    """The modules not to bundle on ``platform`` (``sys.platform``)."""
    return [*EXCLUDES, *(WINDOWS_ONLY if platform != "win32" else ())]


def data_files() -> list[tuple[str, str]]:
    """(source, folder in the bundle) of every file read at run time (needs PyInstaller)."""
    from PyInstaller.utils.hooks import collect_data_files, copy_metadata

    return [
        # Alembic reads env.py and the revision files as files, by their path.
        *collect_data_files("hrplanner.db", include_py_files=True, excludes=["**/__pycache__"]),
        # Translations (.qm, .mo), the fallback CJK font, the icons and the user guide
        # (help/*.md); not the sources of the translations nor the scripts that make them.
        *collect_data_files("hrplanner.resources", excludes=["**/*.ts", "**/*.po"]),
        # The Chinese names of Taiwan's holidays (holidays/locale/<lang>/LC_MESSAGES/TW.mo).
        *collect_data_files("holidays", includes=["locale/*/LC_MESSAGES/TW.mo"]),
        # Its version: the holiday cache is kept by it (services.calendar.holiday_cache),
        # and without the metadata the bundle would compute the calendar at every start.
        *copy_metadata("holidays"),
    ]
