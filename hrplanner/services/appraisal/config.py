"""The agency's appraisal settings, read once per action (SPEC R13, R14): categories in
scope, due dates, the third interim period, the 甲等 limit and the interim template.

A setting that cannot be read (a broken due date, a broken template) is refused with a
sentence naming it, rather than silently replaced.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from hrplanner.domain.appraisal.cycle import MonthDay, parse_month_day, year_end_due
from hrplanner.domain.appraisal.interim import InterimPeriod, interim_period
from hrplanner.domain.appraisal.interim_template import (
    DEFAULT_INTERIM_TEMPLATE,
    InterimTemplate,
    template_from_data,
    template_to_data,
)
from hrplanner.domain.appraisal.problems import AppraisalInvalid
from hrplanner.i18n import _
from hrplanner.services.common import settings_service
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.settings import Setting
from hrplanner.storage.database import Database


@dataclass(frozen=True)
class AppraisalConfig:
    categories: tuple[str, ...]
    interim_due: tuple[MonthDay, MonthDay]
    period_3: bool
    year_end_due: MonthDay
    a_ratio_limit: Fraction
    template: InterimTemplate
    school: bool

    def year_end_due_of(self, year: int) -> date:
        return year_end_due(year, self.year_end_due)

    def periods(self, year: int) -> tuple[InterimPeriod, ...]:
        """The interim periods of ``year`` with the agency's due dates."""
        first, second = self.interim_due
        found = [
            interim_period(year, 1, due=date(year, first.month, first.day)),
            interim_period(year, 2, due=date(year, second.month, second.day)),
        ]
        if self.period_3:
            found.append(interim_period(year, 3, self.year_end_due_of(year)))
        return tuple(found)


def split_categories(text: str) -> tuple[str, ...]:
    """``公務人員,約聘僱人員`` (also with 、 or ，) as a tuple, blanks dropped."""
    for sep in ("、", "，", ";"):
        text = text.replace(sep, ",")
    return tuple(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))


def template_text(template: InterimTemplate) -> str:
    return json.dumps(template_to_data(template), ensure_ascii=False)


def parse_template(text: str | None) -> InterimTemplate:
    """A stored template (JSON); the default template for an empty value."""
    if not text or not text.strip():
        return DEFAULT_INTERIM_TEMPLATE
    try:
        return template_from_data(json.loads(text))
    except AppraisalInvalid as exc:
        raise InputRefused([Problem(p.message) for p in exc.problems]) from exc
    except ValueError as exc:  # JSONDecodeError is a ValueError
        raise InputRefused([Problem(_("平時考核範本的資料格式不正確。"))]) from exc


def load_config(db: Database) -> AppraisalConfig:
    values = settings_service.get_all(db)
    problems: list[Problem] = []

    def month_day(setting: Setting) -> MonthDay:
        try:
            return parse_month_day(values[setting])
        except ValueError as exc:
            problems.append(
                Problem(
                    _("設定「{key}」：{reason}").format(key=setting.value, reason=exc),
                )
            )
            return MonthDay(12, 31)

    dues = (month_day(Setting.APPRAISAL_INTERIM_DUE_1), month_day(Setting.APPRAISAL_INTERIM_DUE_2))
    year_end = month_day(Setting.APPRAISAL_YEAR_END_DUE)
    percent = int(values[Setting.APPRAISAL_A_RATIO_PERCENT])
    if percent > 100:
        problems.append(
            Problem(_("甲等比例上限須介於 0% 至 100%（收到 {value}%）").format(value=percent))
        )
    if problems:
        raise InputRefused(problems)
    categories = split_categories(str(values[Setting.APPRAISAL_CATEGORIES])) or ("公務人員",)
    return AppraisalConfig(
        categories=categories,
        interim_due=dues,
        period_3=bool(values[Setting.APPRAISAL_INTERIM_PERIOD_3]),
        year_end_due=year_end,
        a_ratio_limit=Fraction(percent, 100),
        template=parse_template(str(values[Setting.APPRAISAL_INTERIM_TEMPLATE])),
        school=values[Setting.AGENCY_KIND] == "school",
    )
