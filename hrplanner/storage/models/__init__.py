"""The ORM schema, one module per area; hours are integer minutes and nothing here holds
business rules. Every model is importable from this package, and importing it registers
them all with ``Base.metadata`` (a new area adds its module to the list below)."""

from hrplanner.storage.models.appraisal import (
    Appraisal,
    AppraisalCycle,
    CommitteeMember,
    InterimPeriodRow,
    InterimRecordRow,
    LeaveSummaryRow,
    RewardRecord,
    TeacherAppraisal,
)
from hrplanner.storage.models.base import NAMING, Base
from hrplanner.storage.models.calendar import CalendarOverride
from hrplanner.storage.models.certificates import Certificate
from hrplanner.storage.models.common import ChangeLog, SettingValue
from hrplanner.storage.models.hours import ExternalRecord, RequirementRule
from hrplanner.storage.models.reference import (
    ClassCategory,
    LearningTopic,
    RankGroup,
    StaffCategory,
    Unit,
)
from hrplanner.storage.models.staff import Employee
from hrplanner.storage.models.study import StudyRecord, StudyWeekday
from hrplanner.storage.models.survey import (
    ClassSurvey,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
    SurveyTemplate,
)
from hrplanner.storage.models.training import (
    Attendance,
    ClassSession,
    CreditByTopic,
    Enrollment,
    TrainingClass,
)

__all__ = [
    "NAMING",
    "Appraisal",
    "AppraisalCycle",
    "Attendance",
    "Base",
    "CalendarOverride",
    "Certificate",
    "ChangeLog",
    "ClassCategory",
    "ClassSession",
    "ClassSurvey",
    "CommitteeMember",
    "CreditByTopic",
    "Employee",
    "Enrollment",
    "ExternalRecord",
    "InterimPeriodRow",
    "InterimRecordRow",
    "LearningTopic",
    "LeaveSummaryRow",
    "RankGroup",
    "RequirementRule",
    "RewardRecord",
    "SettingValue",
    "StaffCategory",
    "StudyRecord",
    "StudyWeekday",
    "SurveyAnswer",
    "SurveyQuestion",
    "SurveyResponse",
    "SurveyTemplate",
    "TeacherAppraisal",
    "TrainingClass",
    "Unit",
]
