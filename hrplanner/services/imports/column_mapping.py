"""Column mappings for files whose headers are whatever another system wrote (SPEC §3.1):
an online form's export asks «您的姓名» or «1. 您對本課程內容滿意嗎？» instead of the SPEC's
column names, so the user maps each header to a column once, and the mapping is remembered
for that set of headers (an agency setting ``<prefix><hash>``) and proposed next time.

Shared by the sign-up import (``services.training.signup_import``) and the survey import
(``services.survey.importing``): each names its own prefix and the columns it accepts.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Collection, Mapping, Sequence

from hrplanner.i18n import _
from hrplanner.services.common.errors import Problem
from hrplanner.services.imports.tabular import ColumnSpec, _header_key
from hrplanner.storage.database import Database
from hrplanner.storage.models import SettingValue


def headers_key(prefix: str, headers: Sequence[str]) -> str:
    """The setting key under which the mapping of this set of headers is remembered: the
    order, case and spacing of the headers do not matter."""
    names = sorted({_header_key(h) for h in headers if h})
    digest = hashlib.sha1("\n".join(names).encode("utf-8")).hexdigest()[:16]
    return prefix + digest


def auto_mapping(headers: Sequence[str], targets: Sequence[ColumnSpec]) -> dict[str, str]:
    """Headers equal to a column's Chinese name or English alias, mapped to that column
    (each column once: the first header that names it)."""
    lookup: dict[str, str] = {}
    for spec in targets:
        lookup[_header_key(spec.name)] = spec.name
        lookup[_header_key(spec.alias)] = spec.name
    mapping: dict[str, str] = {}
    for header in headers:
        target = lookup.get(_header_key(header))
        if target is not None and target not in mapping.values():
            mapping[header] = target
    return mapping


def remembered_mapping(
    db: Database, prefix: str, headers: Sequence[str], valid: Callable[[str], bool]
) -> dict[str, str] | None:
    """The mapping remembered for these headers (None when there is none), without headers
    the file no longer has or columns that ``valid`` no longer accepts."""
    with db.session() as s:
        row = s.get(SettingValue, headers_key(prefix, headers))
        raw = row.value if row else None
    if raw is None:
        return None
    try:
        stored = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(stored, dict):
        return None
    present = set(headers)
    return {str(h): str(t) for h, t in stored.items() if h in present and valid(str(t))}


def remember_mapping(
    db: Database, prefix: str, headers: Sequence[str], mapping: Mapping[str, str]
) -> None:
    value = json.dumps(dict(mapping), ensure_ascii=False, sort_keys=True)
    key = headers_key(prefix, headers)
    with db.session() as s:
        row = s.get(SettingValue, key)
        if row is None:
            s.add(SettingValue(key=key, value=value))
        else:
            row.value = value


def mapping_problems(
    headers: Sequence[str], mapping: Mapping[str, str], targets: Collection[str]
) -> list[Problem]:
    """Headers the file lacks, columns that do not exist, and two headers on one column."""
    problems: list[Problem] = []
    used: dict[str, str] = {}
    for header, target in mapping.items():
        if header not in headers:
            text = _("檔案中沒有欄位「{header}」").format(header=header)
            problems.append(Problem(text, column=header))
        elif target not in targets:
            text = _("「{target}」不是可匯入的欄位").format(target=target)
            problems.append(Problem(text, column=header))
        elif target in used:
            text = _("「{first}」與「{header}」都對應到「{target}」").format(
                first=used[target], header=header, target=target
            )
            problems.append(Problem(text, column=header))
        else:
            used[target] = header
    return problems


def parse_map_option(text: str) -> dict[str, str]:
    """``'您的姓名=姓名,服務單位=單位'`` (``--map``) → mapping; ValueError when malformed."""
    mapping: dict[str, str] = {}
    for part in text.replace("，", ",").split(","):
        if not part.strip():
            continue
        header, sep, target = part.partition("=")
        if not sep or not header.strip() or not target.strip():
            raise ValueError(
                _("無法辨識的對應「{part}」，應為「檔案欄名=欄位」").format(part=part.strip())
            )
        mapping[header.strip()] = target.strip()
    return mapping


def with_explicit(automatic: Mapping[str, str], explicit: Mapping[str, str]) -> dict[str, str]:
    """An explicit mapping (``--map``) over the headers that name a column by themselves."""
    kept = {h: t for h, t in automatic.items() if h not in explicit and t not in explicit.values()}
    return kept | dict(explicit)
