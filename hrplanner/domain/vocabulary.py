"""The product's vocabulary (SPEC §1), declared once: the words stored in the database,
written to files and shown on screens. Every layer imports them from here instead of
writing the word again, so a status can never be spelled two ways.

The words are Traditional Chinese because they are data: files exchanged with other
systems and the printed forms use them as they are. Screens translate them for display
(the Qt ``Vocabulary`` context); a message names them through its placeholders.

Lists that an agency may edit (staff categories, rank groups, learning topics, class
categories) are stored as data; the tuples below are only the defaults a new database
starts with.
"""

from __future__ import annotations

# --- enrollment (R8) ---------------------------------------------------------------------
ENROLLED, WAITLISTED, CANCELLED = "正取", "備取", "取消"
ENROLLMENT_STATUSES = (ENROLLED, WAITLISTED, CANCELLED)

# --- attendance (R4) ---------------------------------------------------------------------
PRESENT, LEAVE, ABSENT = "出席", "請假", "缺課"
ATTENDANCE_STATUSES = (PRESENT, LEAVE, ABSENT)

# --- classes (R3) ------------------------------------------------------------------------
IN_PERSON, ONLINE, BLENDED = "實體", "數位", "混成"
DELIVERY_MODES = (IN_PERSON, ONLINE, BLENDED)
RUN_HERE, COMMISSIONED, SENT = "自辦", "委辦", "薦送"
ORGANIZING_TYPES = (RUN_HERE, COMMISSIONED, SENT)
# A class's status, derived by the day until it is closed (stored only when terminal).
PLANNING, REGISTERING, RUNNING, AWAITING_CLOSE, FINISHED, REGISTERED, CLASS_CANCELLED = (
    "規劃中",
    "報名中",
    "進行中",
    "待結訓",
    "已結訓",
    "已登錄時數",
    "已取消",
)
CLASS_STATUSES = (
    PLANNING,
    REGISTERING,
    RUNNING,
    AWAITING_CLOSE,
    FINISHED,
    REGISTERED,
    CLASS_CANCELLED,
)

# --- meals (R9) --------------------------------------------------------------------------
MEAT, VEGETARIAN, NO_MEAL = "葷", "素", "不用餐"
MEALS = (MEAT, VEGETARIAN, NO_MEAL)

# --- certificates (R10) ------------------------------------------------------------------
CERT_VALID, CERT_REVIEW, CERT_VOID = "有效", "待查", "作廢"
CERTIFICATE_STATUSES = (CERT_VALID, CERT_REVIEW, CERT_VOID)

# --- staff (SPEC §3.1 人員) ----------------------------------------------------------------
ACTIVE, ON_LEAVE_WITHOUT_PAY, LEFT, RETIRED = "在職", "留職停薪", "離職", "退休"
STAFF_STATUSES = (ACTIVE, ON_LEAVE_WITHOUT_PAY, LEFT, RETIRED)
MALE, FEMALE, OTHER_GENDER = "男", "女", "其他"
GENDERS = (MALE, FEMALE, OTHER_GENDER)
YES, NO = "是", "否"

CIVIL_SERVANT, CONTRACT_STAFF, TEMPORARY_STAFF, WORKERS, TEACHER = (
    "公務人員",
    "約聘僱人員",
    "臨時人員",
    "技工工友",
    "教師",
)
DEFAULT_STAFF_CATEGORIES = (CIVIL_SERVANT, CONTRACT_STAFF, TEMPORARY_STAFF, WORKERS, TEACHER)
SENIOR, JUNIOR, ELEMENTARY = "簡任", "薦任", "委任"
DEFAULT_RANK_GROUPS = (SENIOR, JUNIOR, ELEMENTARY)

# --- learning topics (SPEC §1) -----------------------------------------------------------
CURRENT_POLICY = "當前政府重大政策"
ENVIRONMENT = "環境教育"
GENDER_MAINSTREAMING = "性別主流化"
INTEGRITY_ETHICS = "廉政與服務倫理"
HUMAN_RIGHTS = "人權教育"
ADMINISTRATIVE_NEUTRALITY = "行政中立"
MULTICULTURALISM = "多元族群文化"
CIVIC_PARTICIPATION = "公民參與"
DEMOCRATIC_GOVERNANCE_TOPICS = (
    INTEGRITY_ETHICS,
    HUMAN_RIGHTS,
    ADMINISTRATIVE_NEUTRALITY,
    MULTICULTURALISM,
    CIVIC_PARTICIPATION,
)
JOB_RELATED = "業務相關"
GENERAL = "一般"
DEFAULT_TOPICS = (
    CURRENT_POLICY,
    ENVIRONMENT,
    GENDER_MAINSTREAMING,
    *DEMOCRATIC_GOVERNANCE_TOPICS,
    JOB_RELATED,
    GENERAL,
)

# R17: new hires' initial training is recognised by this class category (the default of
# the setting 初任訓練類別); databases created before it existed get it appended.
INITIAL_TRAINING_CATEGORY = "初任人員訓練"
DEFAULT_CLASS_CATEGORIES = (
    "創新設計力",
    "領導培育力",
    "跨域整合力",
    "政策推播力",
    "發展學習力",
    INITIAL_TRAINING_CATEGORY,
)
