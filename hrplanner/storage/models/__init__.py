"""The ORM schema, one module per area; hours are integer minutes and nothing here holds
business rules. Every model is importable from this package, and importing it registers
them all with ``Base.metadata`` (a new area adds its module to the list below)."""

from hrplanner.storage.models.base import NAMING, Base
from hrplanner.storage.models.calendar import CalendarOverride
from hrplanner.storage.models.certificates import Certificate
from hrplanner.storage.models.common import ChangeLog, SettingValue
from hrplanner.storage.models.hours import ExternalRecord, RequirementRule
from hrplanner.storage.models.plans import (
    Plan,
    PlanAction,
    PlanActionClass,
    PlanKpi,
    PlanKpiYear,
    PlanProgress,
    PlanReport,
    PlanStrategy,
)
from hrplanner.storage.models.reference import (
    ClassCategory,
    LearningTopic,
    RankGroup,
    StaffCategory,
    Unit,
)
from hrplanner.storage.models.staff import Employee
from hrplanner.storage.models.training import (
    Attendance,
    ClassSession,
    CreditByTopic,
    Enrollment,
    TrainingClass,
)

__all__ = [
    "NAMING",
    "Attendance",
    "Base",
    "CalendarOverride",
    "Certificate",
    "ChangeLog",
    "ClassCategory",
    "ClassSession",
    "CreditByTopic",
    "Employee",
    "Enrollment",
    "ExternalRecord",
    "LearningTopic",
    "Plan",
    "PlanAction",
    "PlanActionClass",
    "PlanKpi",
    "PlanKpiYear",
    "PlanProgress",
    "PlanReport",
    "PlanStrategy",
    "RankGroup",
    "RequirementRule",
    "SettingValue",
    "StaffCategory",
    "TrainingClass",
    "Unit",
]
