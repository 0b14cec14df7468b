"""Column mappings for other systems' files, remembered per set of headers (SPEC §3.1).

An online sign-up form's export or a school's roster has its own headers («您的姓名»,
«服務單位», «身分識別碼» …). The user maps each header to one of the import's columns once, in
the window's mapping dialog or with ``--map 來源欄=目標欄,...``; headers equal to a column's
Chinese name or English alias map themselves. A mapping that imported is remembered for that
set of headers (agency setting ``<prefix><hash>``) and proposed the next time the same export
comes in. One ``ColumnMapper`` per import kind (sign-up, staff) holds the mechanism, so that
every kind remembers and checks mappings alike.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

from hrplanner.i18n import _
from hrplanner.services.common.errors import Problem
from hrplanner.services.imports.tabular import ColumnSpec, TableRow, _header_key
from hrplanner.storage.database import Database
from hrplanner.storage.models import SettingValue

# A mapping chosen in the window (header → column), or the text typed after --map.
GivenMapping = Mapping[str, str] | str | None


def parse_map_option(text: str) -> dict[str, str]:
    """``'您的姓名=姓名,服務單位=單位'`` (command line) → mapping; ValueError when malformed.

    Commas and equals signs may be ASCII or full-width; spaces around names are ignored."""
    mapping: dict[str, str] = {}
    for part in text.replace("，", ",").split(","):
        if not part.strip():
            continue
        header, sep, target = part.replace("＝", "=").partition("=")
        if not sep or not header.strip() or not target.strip():
            message = _("無法辨識的對應「{part}」，應為「檔案欄名=欄位」")
            raise ValueError(message.format(part=part.strip()))
        mapping[header.strip()] = target.strip()
    return mapping


@dataclass(frozen=True)
class ColumnMapper:
    """The mapping mechanism of one import kind: its target columns and where it remembers."""

    prefix: str  # the setting key prefix, e.g. "signup.mapping."
    targets: tuple[ColumnSpec, ...]

    @property
    def target_names(self) -> tuple[str, ...]:
        return tuple(t.name for t in self.targets)

    def headers_key(self, headers: Sequence[str]) -> str:
        """The setting key under which the mapping of this set of headers is remembered
        (the order of the headers, their case and spacing do not matter)."""
        names = sorted({_header_key(h) for h in headers if h})
        digest = hashlib.sha1("\n".join(names).encode("utf-8")).hexdigest()[:16]
        return self.prefix + digest

    def auto(self, headers: Sequence[str]) -> dict[str, str]:
        """Headers equal to a column's Chinese name or English alias, mapped to that column."""
        lookup: dict[str, str] = {}
        for spec in self.targets:
            lookup[_header_key(spec.name)] = spec.name
            lookup[_header_key(spec.alias)] = spec.name
        mapping: dict[str, str] = {}
        for header in headers:
            target = lookup.get(_header_key(header))
            if target is not None and target not in mapping.values():
                mapping[header] = target
        return mapping

    def remembered(
        self,
        db: Database,
        headers: Sequence[str],
        valid: Callable[[str], bool] | None = None,
    ) -> dict[str, str] | None:
        """The mapping last imported with these headers, None when there is none; without
        headers the file no longer has or columns no longer accepted (``valid``: by default
        the import's own columns)."""
        with db.session() as s:
            row = s.get(SettingValue, self.headers_key(headers))
            raw = row.value if row else None
        if raw is None:
            return None
        try:
            stored = json.loads(raw)
        except ValueError:
            return None
        if not isinstance(stored, dict):
            return None
        present, names = set(headers), self.target_names
        accepts = valid if valid is not None else (lambda target: target in names)
        return {str(h): str(t) for h, t in stored.items() if h in present and accepts(str(t))}

    def proposed(self, db: Database, headers: Sequence[str]) -> dict[str, str]:
        """The remembered mapping for these headers, else the automatic one."""
        remembered = self.remembered(db, headers)
        return remembered if remembered is not None else self.auto(headers)

    def remember(self, db: Database, headers: Sequence[str], mapping: Mapping[str, str]) -> None:
        value = json.dumps(dict(mapping), ensure_ascii=False, sort_keys=True)
        key = self.headers_key(headers)
        with db.session() as s:
            row = s.get(SettingValue, key)
            if row is None:
                s.add(SettingValue(key=key, value=value))
            else:
                row.value = value

    def resolve(self, db: Database, headers: Sequence[str], given: GivenMapping) -> dict[str, str]:
        """The mapping to use. A dict is the whole mapping chosen in the window; text (as
        typed after ``--map``) wins over the headers that name a column by themselves;
        nothing gives the remembered mapping, else the automatic one. ValueError for text
        that cannot be read."""
        if isinstance(given, Mapping):
            return dict(given)
        if not given:
            return self.proposed(db, headers)
        return with_explicit(self.auto(headers), parse_map_option(given))

    def problems(
        self,
        headers: Sequence[str],
        mapping: Mapping[str, str],
        targets: Collection[str] | None = None,
    ) -> list[Problem]:
        """A header the file does not have, a target that is no column, a column twice
        (``targets``: the columns accepted, by default the import's own)."""
        found: list[Problem] = []
        used: dict[str, str] = {}
        names = tuple(targets) if targets is not None else self.target_names
        for header, target in mapping.items():
            if header not in headers:
                text = _("檔案中沒有欄位「{header}」").format(header=header)
                found.append(Problem(text, column=header))
            elif target not in names:
                text = _("「{target}」不是可對應的欄位（可用：{choices}）").format(
                    target=target, choices="、".join(names)
                )
                found.append(Problem(text, column=header))
            elif target in used:
                text = _("「{first}」與「{header}」都對應到「{target}」").format(
                    first=used[target], header=header, target=target
                )
                found.append(Problem(text, column=header))
            else:
                used[target] = header
        return found


def with_explicit(automatic: Mapping[str, str], explicit: Mapping[str, str]) -> dict[str, str]:
    """An explicit mapping (``--map``) over the headers that name a column by themselves."""
    kept = {h: t for h, t in automatic.items() if h not in explicit and t not in explicit.values()}
    return kept | dict(explicit)


def mapped_row(row: TableRow, mapping: Mapping[str, str]) -> TableRow:
    """A row keyed by the file's headers, keyed by the columns they map to instead."""
    return TableRow(row.number, {t: row.values.get(h) for h, t in mapping.items()})
