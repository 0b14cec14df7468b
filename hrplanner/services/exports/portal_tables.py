"""The code tables of the 時數登錄檔 (SPEC §3.2), editable agency settings.

The portal takes codes where HR Planner has words: *課程類別代碼 for what a class is about and
*上課縣市 for where it was held. Two tables, stored as agency settings and edited in the
window (報表 → 代碼表) or with ``portal-format --category-codes/--city-codes``:

- 課程類別代碼: a class category (班期類別, e.g. 行政中立訓練) or a learning topic (學習類別,
  e.g. 環境教育) → code. A class's own category is looked up first, then its topics, the
  topic with the most credited minutes first. Defaults: ``DEFAULT_TOPIC_CATEGORY_CODES``.
- 上課縣市: the city or county a location starts with (``臺北市中正區…``; 台 is read as 臺) →
  code, and the code for every other place (``OTHER_PLACE``: most classes are held in the
  agency's own rooms, whose names name no city). Defaults: ``CITY_CODES``, no other-place code.

A row whose code cannot be found is written with the cell blank and named in the warnings.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from hrplanner.domain.portal_codes import CITY_CODES, DEFAULT_TOPIC_CATEGORY_CODES, city_code
from hrplanner.i18n import _
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.storage.database import Database
from hrplanner.storage.models import SettingValue

CATEGORY_KEY = "portal.codes.category"
CITY_KEY = "portal.codes.city"
OTHER_PLACE = "其他地點"
_CODE = re.compile(r"^\d{1,4}$")


@dataclass(frozen=True)
class CodeTables:
    category: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_TOPIC_CATEGORY_CODES))
    city: dict[str, str] = field(default_factory=lambda: dict(CITY_CODES))

    def category_code(self, class_category: str | None, topics: Sequence[str]) -> str | None:
        """The class category's code, else the first of the topics that has one."""
        for name in (class_category, *topics):
            if name and name in self.category:
                return self.category[name]
        return None

    def city_code(self, location: str | None) -> str | None:
        """The code of the city a location names at its start, else the other-place code."""
        places = {k: v for k, v in self.city.items() if k != OTHER_PLACE}
        found = city_code(location, places) if location else None
        return found if found is not None else self.city.get(OTHER_PLACE)


def _stored(db: Database, key: str) -> dict[str, str] | None:
    with db.session() as s:
        row = s.get(SettingValue, key)
        raw = row.value if row else None
    if raw is None:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    return {str(k): str(v) for k, v in data.items()}


def get_tables(db: Database) -> CodeTables:
    """The agency's tables; the defaults where none is stored (or a stored one is broken)."""
    defaults = CodeTables()
    category = _stored(db, CATEGORY_KEY)
    city = _stored(db, CITY_KEY)
    return CodeTables(
        defaults.category if category is None else category,
        defaults.city if city is None else city,
    )


def problems(tables: CodeTables) -> list[Problem]:
    found: list[Problem] = []
    for title, table in ((_("課程類別代碼"), tables.category), (_("上課縣市"), tables.city)):
        for name, code in table.items():
            if not name.strip():
                found.append(Problem(_("{table}有一列沒有名稱").format(table=title)))
            elif not _CODE.match(code):
                text = _("{table}「{name}」的代碼「{code}」應為 1 至 4 位數字")
                found.append(Problem(text.format(table=title, name=name, code=code)))
    return found


def save_tables(db: Database, tables: CodeTables) -> None:
    """Store both tables; InputRefused (nothing stored) when a code is not digits."""
    found = problems(tables)
    if found:
        raise InputRefused(found)
    with db.session() as s:
        for key, table in ((CATEGORY_KEY, tables.category), (CITY_KEY, tables.city)):
            value = json.dumps(table, ensure_ascii=False)
            row = s.get(SettingValue, key)
            if row is None:
                s.add(SettingValue(key=key, value=value))
            else:
                row.value = value


def table_text(table: Mapping[str, str]) -> str:
    """``環境教育=337,性別主流化=346``."""
    return ",".join(f"{name}={code}" for name, code in table.items())


def apply_text(table: Mapping[str, str], text: str) -> dict[str, str]:
    """The table with the entries of ``名稱=代碼,...`` set; ``名稱=`` removes an entry."""
    result = dict(table)
    for part in text.replace("，", ",").replace("、", ",").split(","):
        if not part.strip():
            continue
        name, sep, code = part.replace("＝", "=").partition("=")
        name, code = name.strip(), code.strip()
        if not sep or not name:
            raise InputRefused(
                [
                    Problem(
                        _("無法辨識的代碼「{part}」，應為「名稱=代碼」").format(part=part.strip())
                    )
                ]
            )
        if code:
            result[name] = code
        else:
            result.pop(name, None)
    return result
