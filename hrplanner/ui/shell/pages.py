"""The pages of the main window, declared as data, and what every page is given.

The main window shows one navigation entry per ``PageSpec``. Each area (staff today;
training, hours, reports later) adds one line to ``PAGES`` naming its page class as
``"module:Class"``; the module is imported only when the page is built, so the window
paints before any service (and SQLAlchemy) is imported. A page class takes a ``UiContext``
and may define ``refresh()``, called when data changed elsewhere (an import, a restore).
Pages are built when first shown. The first page's module is imported on the background
worker while the database opens, so a page module must not create Qt objects when it is
imported (no side effects at import time).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from hrplanner.ui.shell.prompts import Prompts
from hrplanner.ui.shell.tasks import TaskRunner
from hrplanner.ui.shell.translators import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from hrplanner.storage.database import Database

ORGANISATION = "HRPlanner"
APPLICATION = "HRPlanner"


@dataclass
class UiContext:
    """Everything a page or dialog needs, handed down from the composition root."""

    db: Database
    prompts: Prompts
    runner: TaskRunner
    qsettings: QSettings
    date_style: str = "roc"  # "roc" (109/03/05) or "iso", from the agency settings
    database_target: str = ""
    backup_folder: Path | None = None


class Page(Protocol):
    def refresh(self) -> None: ...


@dataclass(frozen=True)
class PageSpec:
    key: str  # stable: used in QSettings for the last page shown
    title: str  # untranslated source text (context "Pages")
    factory: str  # "module:Class"; the class is called with the UiContext

    def translated_title(self) -> str:
        return QCoreApplication.translate("Pages", self.title)

    def build(self, ctx: UiContext) -> QWidget:
        module_name, _, attr = self.factory.partition(":")
        page_class = getattr(importlib.import_module(module_name), attr)
        page: QWidget = page_class(ctx)
        return page


PAGES: tuple[PageSpec, ...] = (
    # R20: the window opens on the home page.
    PageSpec("home", QT_TRANSLATE_NOOP("Pages", "今日待辦"), "hrplanner.ui.home.page:HomePage"),
    PageSpec("staff", QT_TRANSLATE_NOOP("Pages", "人員名冊"), "hrplanner.ui.staff.page:StaffPage"),
    PageSpec(
        "classes",
        QT_TRANSLATE_NOOP("Pages", "訓練班期"),
        "hrplanner.ui.training.classes_page:ClassesPage",
    ),
    PageSpec("hours", QT_TRANSLATE_NOOP("Pages", "學習時數"), "hrplanner.ui.hours.page:HoursPage"),
    PageSpec(
        "external",
        QT_TRANSLATE_NOOP("Pages", "外部時數"),
        "hrplanner.ui.hours.external_page:ExternalPage",
    ),
    PageSpec(
        "certificates",
        QT_TRANSLATE_NOOP("Pages", "證書清冊"),
        "hrplanner.ui.certificates.page:CertificatePage",
    ),
    PageSpec(
        "interim",
        QT_TRANSLATE_NOOP("Pages", "平時考核"),
        "hrplanner.ui.appraisal.interim_page:InterimPage",
    ),
    PageSpec(
        "year_end",
        QT_TRANSLATE_NOOP("Pages", "年終考績"),
        "hrplanner.ui.appraisal.year_end_page:YearEndPage",
    ),
    PageSpec(
        "survey",
        QT_TRANSLATE_NOOP("Pages", "滿意度調查"),
        "hrplanner.ui.survey.page:SurveyPage",
    ),
    PageSpec("study", QT_TRANSLATE_NOOP("Pages", "進修"), "hrplanner.ui.study.page:StudyPage"),
    PageSpec(
        "plans", QT_TRANSLATE_NOOP("Pages", "實施計畫"), "hrplanner.ui.plans.plans_page:PlansPage"
    ),
    PageSpec("kpis", QT_TRANSLATE_NOOP("Pages", "KPI 管考"), "hrplanner.ui.plans.kpi_page:KpiPage"),
    PageSpec(
        "reports", QT_TRANSLATE_NOOP("Pages", "報表匯出"), "hrplanner.ui.exports.page:ReportsPage"
    ),
    PageSpec(
        "calendar",
        QT_TRANSLATE_NOOP("Pages", "辦公日曆"),
        "hrplanner.ui.calendar.page:CalendarPage",
    ),
)
