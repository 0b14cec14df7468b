"""Pools for the demo agency: surnames with their approximate share in Taiwan, given-name
characters, units, titles and the mix of staff categories and rank groups.

Pure data plus a few pickers; no database. The shares are rounded figures from Taiwan's
household-registration surname statistics, good enough for realistic-looking rosters.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from hrplanner.domain.national_id import LETTER_CODES, WEIGHTS
from hrplanner.domain.vocabulary import (
    ACTIVE,
    CIVIL_SERVANT,
    CONTRACT_STAFF,
    ELEMENTARY,
    JUNIOR,
    LEFT,
    MALE,
    MEAT,
    NO_MEAL,
    ON_LEAVE_WITHOUT_PAY,
    RETIRED,
    SENIOR,
    TEACHER,
    TEMPORARY_STAFF,
    VEGETARIAN,
    WORKERS,
)

# (surname, share in per mille, romanisation for e-mail addresses)
SURNAMES: tuple[tuple[str, int, str], ...] = (
    ("陳", 112, "chen"), ("林", 83, "lin"), ("黃", 60, "huang"), ("張", 53, "chang"),
    ("李", 51, "lee"), ("王", 41, "wang"), ("吳", 40, "wu"), ("劉", 32, "liu"),
    ("蔡", 29, "tsai"), ("楊", 26, "yang"), ("許", 23, "hsu"), ("鄭", 19, "cheng"),
    ("謝", 18, "hsieh"), ("洪", 15, "hung"), ("郭", 15, "kuo"), ("邱", 14, "chiu"),
    ("曾", 14, "tseng"), ("廖", 13, "liao"), ("賴", 13, "lai"), ("徐", 12, "hsu"),
    ("周", 11, "chou"), ("葉", 11, "yeh"), ("蘇", 11, "su"), ("莊", 9, "chuang"),
    ("呂", 9, "lu"), ("江", 9, "chiang"), ("何", 8, "ho"), ("蕭", 8, "hsiao"),
    ("羅", 8, "lo"), ("高", 8, "kao"), ("潘", 7, "pan"), ("簡", 7, "chien"),
    ("朱", 7, "chu"), ("鍾", 7, "chung"), ("游", 6, "yu"), ("彭", 6, "peng"),
    ("詹", 6, "chan"), ("胡", 6, "hu"), ("施", 6, "shih"), ("沈", 5, "shen"),
    ("余", 5, "yu"), ("盧", 5, "lu"), ("梁", 5, "liang"), ("趙", 5, "chao"),
    ("顏", 5, "yen"), ("柯", 5, "ko"), ("翁", 4, "weng"), ("魏", 4, "wei"),
    ("孫", 4, "sun"), ("戴", 4, "tai"), ("范", 3, "fan"), ("方", 3, "fang"),
    ("宋", 3, "sung"), ("鄧", 3, "teng"), ("杜", 2, "tu"), ("傅", 2, "fu"),
    ("侯", 2, "hou"), ("曹", 2, "tsao"), ("薛", 2, "hsueh"), ("丁", 2, "ting"),
    ("卓", 2, "cho"), ("阮", 1, "juan"), ("馬", 1, "ma"), ("董", 1, "tung"),
    ("温", 1, "wen"), ("歐陽", 1, "ouyang"), ("張簡", 1, "changchien"),
)  # fmt: skip

# Common two-character given names; a few get a rare character (堃喆綉犇峯) to test fonts.
MALE_NAMES = (
    "志明", "家豪", "俊宏", "建國", "文傑", "冠廷", "承翰", "宗憲", "彥霖", "育誠", "柏宇", "哲瑋",
    "信宏", "子軒", "品睿", "偉昌", "正雄", "嘉銘", "志豪", "建宏", "俊傑", "家銘", "冠宇", "宇翔",
    "承恩", "柏翰", "彥廷", "宗翰", "俊賢", "明哲", "志偉", "國華", "文雄", "金龍", "永昌", "德明",
    "士豪", "振宇", "政勳", "耀文", "世杰", "韋辰", "昱廷", "孟哲", "立群", "啟源", "思翰", "睿宏",
    "建志", "庭瑋",
)  # fmt: skip
FEMALE_NAMES = (
    "淑芬", "美玲", "怡君", "雅婷", "佳慧", "惠如", "靜宜", "欣怡", "郁雯", "佩珊", "筱涵", "詩婷",
    "雅琪", "秀英", "麗華", "宜蓁", "品妤", "思穎", "淑惠", "美惠", "雅惠", "怡婷", "佳穎", "婉婷",
    "慧君", "曉雯", "玉玲", "秋月", "麗娟", "心怡", "家瑜", "宛儒", "珮瑜", "詠晴", "佳蓉", "芳瑜",
    "雅雯", "書涵", "怡伶", "舒婷", "鈺婷", "靖雯", "育萱", "湘芸", "孟潔", "瑞敏", "美華", "淑貞",
    "麗雪", "若涵",
)  # fmt: skip
RARE_CHARS = "堃喆綉犇峯"

# Top-level departments (處) and their sections (科); small demos use the first few.
DEPARTMENTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("人事處", ("綜合規劃科", "任免遷調科", "考訓科", "給與福利科")),
    ("秘書處", ("文書科", "事務科", "公共關係科", "採購科")),
    ("教育處", ("學務管理科", "國民教育科", "特殊教育科", "終身教育科", "體育保健科")),
    ("社會處", ("社會救助科", "社會福利科", "人民團體科", "兒少福利科")),
    ("工務處", ("土木工程科", "建築管理科", "水利工程科", "養護工程科")),
    ("主計處", ("歲計科", "會計科", "統計科")),
    ("政風處", ("預防科", "查處科")),
    ("財政處", ("財務管理科", "公產管理科", "菸酒管理科")),
    ("民政處", ("自治行政科", "宗教禮俗科", "戶政科")),
    ("都市發展處", ("都市計畫科", "住宅發展科", "都市更新科")),
    ("產業發展處", ("商業管理科", "工業發展科", "農林漁牧科")),
    ("勞動處", ("勞資關係科", "就業服務科", "勞動檢查科")),
    ("交通處", ("運輸管理科", "交通工程科", "停車管理科")),
    ("文化處", ("藝術推廣科", "文化資產科")),
    ("環境保護局", ("綜合計畫科", "空氣品質科", "廢棄物管理科")),
    ("地政處", ("地籍測量科", "地價科")),
    ("資訊處", ("系統發展科", "網路管理科")),
)


# A school (the ``demo --school`` variant): 處室 and their 組.
SCHOOL_DEPARTMENTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("教務處", ("教學組", "註冊組", "設備組", "資訊組")),
    ("學務處", ("訓育組", "生活輔導組", "體育組", "衛生組")),
    ("總務處", ("文書組", "事務組", "出納組")),
    ("輔導室", ("輔導組", "資料組", "特教組")),
    ("人事室", ()),
    ("會計室", ()),
    ("圖書館", ("讀者服務組", "技術服務組")),
    ("實習處", ("實習組", "就業輔導組")),
)
# Units a school's 公務人員 lead (the others are led by teachers who serve as 主任).
SCHOOL_CIVIL_UNITS = ("人事室", "會計室")


def unit_names(
    count: int, departments: Sequence[tuple[str, Sequence[str]]] = DEPARTMENTS
) -> list[str]:
    """``count`` unit names: departments first, then their sections (教育處學務管理科)."""
    names = [dept for dept, _sections in departments]
    longest = max(len(s) for _dept, s in departments)
    sections = [
        dept + sec for i in range(longest) for dept, secs in departments for sec in secs[i : i + 1]
    ]
    found = names + sections
    # A large school has more units than 處室 and 組: number the 組 of further campuses.
    campus = 2
    while len(found) < count:
        found += [f"第{campus}校區{name}" for name in names + sections]
        campus += 1
    return found[:count]


# Staff categories: (name, share in per mille).
CATEGORY_MIX: tuple[tuple[str, int], ...] = (
    (CIVIL_SERVANT, 740),
    (CONTRACT_STAFF, 130),
    (TEMPORARY_STAFF, 50),
    (WORKERS, 65),
    (TEACHER, 15),
)
# Rank groups of 公務人員: (name, share in per mille, titles).
RANK_MIX: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    (SENIOR, 60, ("專門委員", "主任秘書", "副處長")),
    (JUNIOR, 540, ("專員", "科員", "技士", "視察", "技正", "股長")),
    (ELEMENTARY, 400, ("科員", "辦事員", "書記", "技佐", "助理員")),
)
CATEGORY_TITLES: dict[str, tuple[str, ...]] = {
    CONTRACT_STAFF: ("約聘人員", "約僱人員", "約聘研究員"),
    TEMPORARY_STAFF: ("臨時人員", "行政助理"),
    WORKERS: ("技工", "工友", "駕駛"),
    TEACHER: ("借調教師", "輔導教師"),
}
# 在職狀態 of the ~5% not in service: (status, share in per mille of everyone).
STATUS_MIX: tuple[tuple[str, int], ...] = (
    (ACTIVE, 950),
    (ON_LEAVE_WITHOUT_PAY, 20),
    (LEFT, 18),
    (RETIRED, 12),
)
SCHOOL_CATEGORY_MIX: tuple[tuple[str, int], ...] = (
    ("教師", 640),
    ("公務人員", 190),
    ("約聘僱人員", 50),
    ("臨時人員", 50),
    ("技工工友", 70),
)
SCHOOL_RANK_MIX: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("薦任", 450, ("專員", "組長", "組員")),
    ("委任", 550, ("幹事", "組員", "書記")),
)
SCHOOL_TITLES: dict[str, tuple[str, ...]] = {
    "教師": ("專任教師", "導師", "教師兼組長"),
    "約聘僱人員": ("約聘人員", "約僱人員"),
    "臨時人員": ("臨時人員", "教學助理"),
    "技工工友": ("技工", "工友"),
}
MEAL_MIX: tuple[tuple[str, int], ...] = ((MEAT, 880), (VEGETARIAN, 100), (NO_MEAL, 20))
# First letters of identity numbers, weighted towards a northern city's staff.
ID_LETTERS = "AAAAFFFHHJJOOBBEDK"


def weighted(rng: random.Random, items: Sequence[tuple[str, int]]) -> str:
    return rng.choices([i[0] for i in items], weights=[i[1] for i in items])[0]


def surname(rng: random.Random) -> tuple[str, str]:
    """(surname, romanisation), drawn with realistic frequency."""
    name, _share, roman = rng.choices(SURNAMES, weights=[s[1] for s in SURNAMES])[0]
    return name, roman


def given_name(rng: random.Random, gender: str) -> str:
    name = rng.choice(MALE_NAMES if gender == MALE else FEMALE_NAMES)
    if rng.random() < 0.02:
        at = rng.randrange(2)
        name = name[:at] + rng.choice(RARE_CHARS) + name[at + 1 :]
    return name


def national_id(rng: random.Random, gender: str) -> str:
    """A valid 身分證字號 whose second digit matches the gender (1 male, 2 female)."""
    letter = rng.choice(ID_LETTERS)
    second = 1 if gender == MALE else 2
    body = [rng.randrange(10) for _digit in range(7)]
    code = LETTER_CODES[letter]
    digits = [code // 10, code % 10, second, *body]
    total = sum(w * d for w, d in zip(WEIGHTS[:10], digits, strict=True))
    check = (10 - total % 10) % 10  # the last weight is 1: this digit completes the sum
    return f"{letter}{second}{''.join(map(str, body))}{check}"
