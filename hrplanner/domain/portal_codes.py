"""The code lists of the lifelong-learning portal's batch-upload file (時數登錄檔, SPEC §3.2).

The portal (公務人員終身學習入口網站, 人事行政總處) takes codes, not words, in several columns.
These lists are what the open generators that offices use write (sources in
``hrplanner.domain.portal_format``); they are defaults, editable by the agency, because the
portal changes its lists. Codes are text: ``上課縣市`` keeps its leading zero (``01`` 海外).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from hrplanner.domain.vocabulary import BLENDED, IN_PERSON, ONLINE

# *學習性質: 1 數位, 2 實體, 3 混成 (digital hours only, in-person only, both).
LEARNING_MODE_CODES: Final = MappingProxyType({ONLINE: "1", IN_PERSON: "2", BLENDED: "3"})

# *學位學分: what degree or credits the learning gives; ordinary classes give none (6).
DEGREE_CODES: Final = MappingProxyType(
    {"博士": "1", "碩士": "2", "大學": "3", "專科": "4", "學分": "5", "無": "6"}
)
DEGREE_NONE: Final = "6"

# *訓練總數單位: the unit of *訓練總數 — hours (1) for every class HR Planner records.
TRAINING_UNIT_CODES: Final = MappingProxyType({"小時": "1", "天": "2", "學分": "6"})
TRAINING_UNIT_HOURS: Final = "1"

# *上課縣市: where the class was held. The pre-2010 counties (臺北縣, 臺中縣, 臺南縣, 高雄縣,
# 桃園縣) keep their codes for old records.
CITY_CODES: Final = MappingProxyType(
    {
        "海外": "01",
        "臺北市": "10",
        "基隆市": "20",
        "連江縣": "21",
        "臺北縣": "22",
        "新北市": "23",
        "宜蘭縣": "26",
        "新竹市": "30",
        "新竹縣": "31",
        "桃園縣": "32",
        "桃園市": "33",
        "苗栗縣": "35",
        "臺中市": "40",
        "臺中縣": "41",
        "彰化縣": "50",
        "南投縣": "54",
        "嘉義市": "60",
        "嘉義縣": "61",
        "雲林縣": "63",
        "臺南市": "70",
        "臺南縣": "71",
        "高雄市": "80",
        "高雄縣": "81",
        "澎湖縣": "88",
        "金門縣": "89",
        "屏東縣": "90",
        "臺東縣": "95",
        "花蓮縣": "97",
    }
)

# *課程類別代碼 — a selection of the portal's class categories (the whole list has about 250,
# nested three levels deep). Those the default learning topics (SPEC §1 學習類別) need come
# first; the rest are the common parents an office picks from.
CLASS_CATEGORY_NAMES: Final = MappingProxyType(
    {
        "337": "環境教育",
        "338": "學校及社會環境教育",
        "339": "氣候變遷",
        "346": "性別主流化基礎課程",
        "366": "性別主流化進階課程",
        "7": "行政中立訓練",
        "8": "政策宣導訓練",
        "318": "全民國防教育",
        "327": "法治教育",
        "42": "政風",
        "2": "依公務人員相關法規訓練",
        "4": "進用初任公務人員訓練",
        "5": "升任官等訓練",
        "6": "初任各官等主管人員訓練",
        "12": "普通行政",
        "28": "人事行政",
        "54": "資訊安全與管理",
        "101": "管理",
        "168": "人文素養",
        "189": "少數民族",
        "250": "急救/救生保健及備災",
    }
)

# Learning topic (SPEC §1) → *課程類別代碼, editable per agency. Only topics whose portal
# category is named the same are filled in; 當前政府重大政策, 廉政與服務倫理, 人權教育,
# 多元族群文化, 公民參與, 業務相關 and 一般 have no category of their own in the generators'
# list and are left for the office to choose (a class category code can be set per class).
DEFAULT_TOPIC_CATEGORY_CODES: Final = MappingProxyType(
    {"環境教育": "337", "性別主流化": "346", "行政中立": "7"}
)


def city_code(location: str, table: Mapping[str, str] = CITY_CODES) -> str | None:
    """The *上課縣市 code of a place: the city or county named at its start (``臺北市中正區``,
    ``台中市``, ``金門縣``), with 台 read as 臺; None when no entry matches."""
    text = location.strip().replace("台", "臺")
    text = text.removeprefix("福建省")
    for name in sorted(table, key=len, reverse=True):  # 新竹縣 before a shorter name
        if text.startswith(name):
            return table[name]
    return None
