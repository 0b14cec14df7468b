"""Every kind of file HR Planner reads or writes, declared once: the imports of SPEC §3.1
(with their templates), the exports of §3.2 and the printed forms of §3.3.

The command line (``import``/``export``/``print``/``template``), the window's menus and
pages, and the template list all read these tuples; a new kind is one line here and one
runner function in its area's services. Runners are named as ``"module:function"`` and
imported only when used, so reading the catalogue costs nothing at start-up.

Runner signatures (each returns plain data and raises ``InputRefused`` for bad input):

- import: ``(db, path, request: ImportRequest) -> ImportReport``
- export: ``(db, path, request: FileRequest, hooks: Hooks) -> Done``
- print:  ``(db, path, request: FileRequest, hooks: Hooks) -> Done``

Titles are Chinese source text marked for the core catalogue; show them with ``_()``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from hrplanner.i18n import N_

# --- what a runner is given and returns ---------------------------------------------------


@dataclass(frozen=True)
class ImportRequest:
    dry_run: bool = False
    class_code: str | None = None  # the class a sign-up form is for
    # "來源欄=目標欄,..." as typed after --map, or the whole mapping chosen in the window
    mapping: str | Mapping[str, str] | None = None
    preset: str | None = None  # a shipped mapping, e.g. edhr


@dataclass(frozen=True)
class FileRequest:
    """What an export or a printed form is about; ``options`` holds a kind's own choices."""

    year: int | None = None
    class_code: str | None = None
    plan_code: str | None = None
    session: int | None = None
    period: int | None = None
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Hooks:
    """Progress and cancel for long jobs; the command line passes none."""

    progress: Callable[[int, int | None], None] | None = None
    cancelled: Callable[[], bool] | None = None


@dataclass(frozen=True)
class Done:
    """What a runner tells the user: one whole sentence (without the file's path), things
    to check, and a notice that must not be missed (a file carrying full ID numbers)."""

    summary: str
    warnings: tuple[str, ...] = ()
    notice: str | None = None


# --- the kinds ----------------------------------------------------------------------------

# What an export or form needs besides the output file.
YEAR, CLASS, CLASS_OR_YEAR, PLAN, PLAN_YEAR, NOTHING = (
    "year",
    "class",
    "class_or_year",
    "plan",
    "plan_year",
    "nothing",
)
NEEDS_TEXT = {
    YEAR: N_("依年度"),
    CLASS: N_("須選擇班期"),
    CLASS_OR_YEAR: N_("選了班期則匯出該班期，否則依年度"),
    PLAN: N_("須選擇計畫"),
    PLAN_YEAR: N_("須選擇計畫與年度"),
    NOTHING: N_("不需其他條件"),
}


def load(ref: str) -> Any:
    """The object named ``"module:attribute"``."""
    module, _, attribute = ref.partition(":")
    return getattr(importlib.import_module(module), attribute)


@dataclass(frozen=True)
class ImportKind:
    name: str  # the command-line word
    title: str  # N_-marked Chinese title
    runner: str
    template: str | None = None  # "module:TEMPLATE", the downloadable workbook
    options: frozenset[str] = frozenset()  # which of class / map / preset apply

    def run(self, db: Any, path: Any, request: ImportRequest) -> Any:
        return load(self.runner)(db, path, request)


@dataclass(frozen=True)
class FileKind:
    """An export (.xlsx, or .csv where listed) or a printed form (.pdf)."""

    name: str
    title: str
    needs: str
    runner: str | None  # None: announced, not yet available
    suffixes: tuple[str, ...] = (".xlsx",)
    # With neither a class nor a year asked for, the command line takes every year
    # (instead of this year).
    all_years: bool = False

    @property
    def available(self) -> bool:
        return self.runner is not None

    def run(self, db: Any, path: Any, request: FileRequest, hooks: Hooks | None = None) -> Done:
        """Write the file (owner-only: it is about people) and say what was written."""
        from pathlib import Path

        from hrplanner.services.common.private_files import owner_only_output

        if self.runner is None:
            raise LookupError(self.name)
        separate = bool(request.options.get("separate"))
        with owner_only_output(Path(path), folder=separate):
            result: Done = load(self.runner)(db, path, request, hooks or Hooks())
        return result


_TRAINING = "hrplanner.services.training"
_HOURS = "hrplanner.services.hours"
_APPRAISAL = "hrplanner.services.appraisal"
_STUDY = "hrplanner.services.study"
_SURVEY = "hrplanner.services.survey"
_PLANS = "hrplanner.services.plans"

IMPORTS: tuple[ImportKind, ...] = (
    ImportKind(
        "staff",
        N_("人員"),
        "hrplanner.services.staff.importing:run_import",
        "hrplanner.services.staff.importing:TEMPLATE",
        frozenset({"map", "preset"}),
    ),
    ImportKind(
        "classes",
        N_("班期"),
        f"{_TRAINING}.class_import:run_import",
        f"{_TRAINING}.class_import:TEMPLATE",
    ),
    ImportKind(
        "enrollments",
        N_("報名"),
        f"{_TRAINING}.enrollment_import:run_enrollments",
        f"{_TRAINING}.enrollment_import:ENROLLMENT_TEMPLATE",
    ),
    ImportKind(
        "attendance",
        N_("出席"),
        f"{_TRAINING}.enrollment_import:run_attendance",
        f"{_TRAINING}.enrollment_import:ATTENDANCE_TEMPLATE",
    ),
    ImportKind(
        "external-hours",
        N_("外部時數"),
        f"{_HOURS}.external:run_import",
        f"{_HOURS}.external:TEMPLATE",
    ),
    ImportKind(
        "calendar",
        N_("辦公日曆"),
        "hrplanner.services.calendar.official_import:run_import",
        "hrplanner.services.calendar.official_import:TEMPLATE",
    ),
    ImportKind(
        "plan",
        N_("計畫"),
        f"{_PLANS}.workbook:run_import",
        f"{_PLANS}.workbook:TEMPLATE",
    ),
    ImportKind(
        "kpi-actuals",
        N_("KPI實績"),
        f"{_PLANS}.actuals_import:run_import",
        f"{_PLANS}.actuals_import:TEMPLATE",
    ),
    ImportKind(
        "signup",
        N_("線上報名表"),
        f"{_TRAINING}.signup_import:run_import",
        f"{_TRAINING}.signup_import:TEMPLATE",
        frozenset({"class", "map"}),
    ),
    ImportKind(
        "rewards",
        N_("獎懲"),
        f"{_APPRAISAL}.import_records:run_rewards",
        f"{_APPRAISAL}.import_records:REWARD_TEMPLATE",
    ),
    ImportKind(
        "leave",
        N_("差勤統計"),
        f"{_APPRAISAL}.import_records:run_leave",
        f"{_APPRAISAL}.import_records:LEAVE_TEMPLATE",
    ),
    ImportKind(
        "interim",
        N_("平時考核"),
        f"{_APPRAISAL}.import_appraisals:run_interim",
        f"{_APPRAISAL}.import_appraisals:INTERIM_TEMPLATE",
    ),
    ImportKind(
        "appraisal",
        N_("考績"),
        f"{_APPRAISAL}.import_appraisals:run_appraisal",
        f"{_APPRAISAL}.import_appraisals:APPRAISAL_TEMPLATE",
    ),
    ImportKind("study", N_("進修"), f"{_STUDY}.files:run_import", f"{_STUDY}.files:TEMPLATE"),
    ImportKind(
        "survey",
        N_("問卷回覆"),
        f"{_SURVEY}.importing:run_import",
        f"{_SURVEY}.importing:TEMPLATE",
        frozenset({"class", "map"}),
    ),
)

EXPORTS: tuple[FileKind, ...] = (
    FileKind("hours", N_("學習時數統計"), YEAR, "hrplanner.services.exports.training:run_hours"),
    FileKind("roster", N_("班期名冊"), CLASS, "hrplanner.services.exports.training:run_roster"),
    FileKind(
        "attendance", N_("出席紀錄"), CLASS, "hrplanner.services.exports.training:run_attendance"
    ),
    FileKind(
        "certificates",
        N_("證書清冊"),
        CLASS_OR_YEAR,
        "hrplanner.services.certificates.register:run_export",
        all_years=True,
    ),
    FileKind(
        "portal",
        N_("時數登錄檔"),
        CLASS_OR_YEAR,
        "hrplanner.services.exports.portal:run_export",
        (".xlsx", ".csv"),  # the portal's batch upload is a CSV (SPEC §3.2)
    ),
    FileKind("spread", N_("訓練分布"), YEAR, "hrplanner.services.exports.spread:run_export"),
    FileKind("appraisal", N_("考績清冊"), YEAR, f"{_APPRAISAL}.exports:run_appraisal"),
    FileKind("interim", N_("平時考核"), YEAR, f"{_APPRAISAL}.exports:run_interim"),
    FileKind("survey", N_("滿意度統計"), CLASS_OR_YEAR, f"{_SURVEY}.exports:run_export"),
    FileKind("study", N_("進修名冊"), YEAR, f"{_STUDY}.files:run_export"),
    FileKind("kpi", N_("KPI 報表"), PLAN, f"{_PLANS}.outputs:run_export_kpi"),
    FileKind("plan", N_("計畫執行成果"), PLAN_YEAR, f"{_PLANS}.outputs:run_export_plan"),
)

PRINTS: tuple[FileKind, ...] = (
    FileKind("signin", N_("簽到表"), CLASS, f"{_TRAINING}.printing:run_signin", (".pdf",)),
    FileKind(
        "certificates", N_("研習證明書"), CLASS, f"{_TRAINING}.printing:run_certificates", (".pdf",)
    ),
    FileKind("roster", N_("班期成績冊"), CLASS, f"{_TRAINING}.printing:run_roster", (".pdf",)),
    FileKind(
        "questionnaire",
        N_("滿意度調查表"),
        CLASS,
        f"{_TRAINING}.printing:run_questionnaire",
        (".pdf",),
    ),
    FileKind(
        "appraisal-form",
        N_("平時成績考核紀錄表"),
        YEAR,
        f"{_APPRAISAL}.printing:run_interim_form",
        (".pdf",),
    ),
    FileKind(
        "appraisal-list",
        N_("考績清冊"),
        YEAR,
        f"{_APPRAISAL}.printing:run_appraisal_list",
        (".pdf",),
    ),
    FileKind(
        "appraisal-notice", N_("考績通知書"), YEAR, f"{_APPRAISAL}.printing:run_notice", (".pdf",)
    ),
    FileKind(
        "survey",
        N_("滿意度調查結果"),
        CLASS_OR_YEAR,
        f"{_SURVEY}.printing:run_results",
        (".pdf",),
    ),
    FileKind(
        "plan-report",
        N_("計畫執行成果報告"),
        PLAN_YEAR,
        f"{_PLANS}.outputs:run_print_plan_report",
        (".pdf",),
    ),
    FileKind("kpi", N_("KPI 報表"), PLAN_YEAR, f"{_PLANS}.outputs:run_print_kpi", (".pdf",)),
)


def _find(kinds: tuple[Any, ...], name: str) -> Any:
    for kind in kinds:
        if kind.name == name:
            return kind
    return None


def import_kind(name: str) -> ImportKind | None:
    found: ImportKind | None = _find(IMPORTS, name)
    return found


def export_kind(name: str) -> FileKind | None:
    found: FileKind | None = _find(EXPORTS, name)
    return found


def print_kind(name: str) -> FileKind | None:
    found: FileKind | None = _find(PRINTS, name)
    return found


def templates() -> dict[str, Any]:
    """Import kind → its template, for every kind that has one (loads the modules)."""
    return {k.name: load(k.template) for k in IMPORTS if k.template is not None}
