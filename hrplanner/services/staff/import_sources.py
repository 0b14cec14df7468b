"""Where the staff import's rows come from, and numbers for rosters that have none.

SPEC §3.1 人員 and §4: a roster as a school or WebHR exports it comes in as it is, through

- the standard headers (or their English aliases), which map themselves;
- a column mapping (``來源欄=目標欄``): chosen in the window's mapping dialog or typed after
  ``--map``, remembered per set of headers like the sign-up import's
  (``services.imports.mapping``), and proposed again the next time;
- a shipped preset (``--preset edhr``: the 教育人力資源資料庫 headers, with its value maps
  such as 性別 1/2 → 男/女, 7-digit ROC dates and 人員類別 from 服務身分別/聘任類別;
  ``domain.roster_presets``).

A file without a 員工編號 column matches people by 身分證字號, else by name (folded:
``domain.text.fold_name``) and unit; the people it adds get the first free numbers of the
pattern setting (``Setting.STAFF_NUMBER_PATTERN``, e.g. ``T{seq:04d}``), so that importing the
same roster again matches everyone and changes nothing.
"""

from __future__ import annotations

import string
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from hrplanner.domain.roster_presets import PRESETS, RosterPreset, apply_preset
from hrplanner.i18n import _
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.services.imports.mapping import ColumnMapper, GivenMapping, parse_map_option
from hrplanner.services.imports.tabular import (
    Table,
    TableRow,
    _header_key,
    read_headers,
    read_raw,
    read_table,
)
from hrplanner.storage.database import Database

NUMBER = "員工編號"


@dataclass
class SourceRows:
    """The rows keyed by the staff columns, and how they were read."""

    table: Table
    has_numbers: bool  # the file has a 員工編號 column
    problems: list[Problem] = field(default_factory=list)  # cells a preset could not map
    mapping: dict[str, str] | None = None  # the mapping to remember once imported


def preset_named(name: str) -> RosterPreset:
    """The shipped preset ``name``; InputRefused naming the presets there are."""
    preset = PRESETS.get(name.strip().casefold())
    if preset is None:
        text = _("沒有名為「{name}」的欄位對應預設；可用：{choices}").format(
            name=name, choices="、".join(PRESETS)
        )
        raise InputRefused([Problem(text)])
    return preset


def guess_preset(headers: Sequence[str]) -> str | None:
    """The preset whose source headers the file has (all but at most one), if any: the
    window proposes it instead of an empty mapping."""
    keys = {_header_key(h) for h in headers}
    for name, preset in PRESETS.items():
        wanted = {_header_key(h) for h in preset.columns}
        if len(wanted - keys) <= 1 and len(wanted) > 1:
            return name
    return None


def preset_targets(name: str, headers: Sequence[str]) -> dict[str, str]:
    """Which staff column each of the file's headers feeds under the preset (the columns
    人員類別 is derived from shown as feeding it), for the window to show."""
    preset = preset_named(name)
    by_key = {_header_key(source): target for source, target in preset.columns.items()}
    rules = {_header_key(rule.column) for rule in preset.category_rules}
    found: dict[str, str] = {}
    for header in headers:
        key = _header_key(header)
        if key in by_key:
            found[header] = by_key[key]
        elif key in rules:
            found[header] = "人員類別"
    return found


def _explicit(given: GivenMapping) -> dict[str, str]:
    if isinstance(given, Mapping):
        return dict(given)
    if not given:
        return {}
    try:
        return parse_map_option(given)
    except ValueError as exc:
        raise InputRefused([Problem(str(exc))]) from exc


def read_rows(
    db: Database,
    path: Path,
    mapper: ColumnMapper,
    sheet: str | None,
    *,
    mapping: GivenMapping = None,
    preset: str | None = None,
) -> SourceRows:
    """Read a roster into rows keyed by the staff columns (see the module docstring)."""
    file = Path(path)
    if preset:
        return _read_preset(file, mapper, sheet, preset_named(preset), _explicit(mapping))
    headers = read_headers(file, sheet)
    if mapping:
        try:
            chosen = mapper.resolve(db, headers, mapping)
        except ValueError as exc:  # --map text that cannot be read
            raise InputRefused([Problem(str(exc))]) from exc
        problems = mapper.problems(headers, chosen)
        if problems:
            raise InputRefused(problems)
        remember: dict[str, str] | None = chosen
    else:
        chosen = mapper.remembered(db, headers) or {}
        remember = None
    table = read_table(file, mapper.targets, sheet, mapping=chosen or None)
    effective = _effective(mapper, headers, chosen)
    return SourceRows(table, NUMBER in effective.values(), mapping=remember)


def _effective(
    mapper: ColumnMapper, headers: Sequence[str], chosen: Mapping[str, str]
) -> dict[str, str]:
    """Which header feeds which column: the chosen mapping over the self-mapping headers."""
    auto = mapper.auto(headers)
    kept = {h: t for h, t in auto.items() if h not in chosen and t not in chosen.values()}
    return kept | dict(chosen)


def _read_preset(
    path: Path,
    mapper: ColumnMapper,
    sheet: str | None,
    preset: RosterPreset,
    explicit: dict[str, str],
) -> SourceRows:
    raw = read_raw(path, sheet)
    targets = mapper.target_names
    columns = {**preset.columns, **explicit}
    problems = mapper.problems(raw.headers, explicit)
    # The file's own spelling of each source header (case, spaces and a trailing * aside).
    spelled = {_header_key(h): h for h in raw.headers}
    present = {spelled[_header_key(s)]: t for s, t in columns.items() if _header_key(s) in spelled}
    rules = {rule.column for rule in preset.category_rules}
    derived = {"人員類別"} if any(_header_key(c) in spelled for c in rules) else set()
    for spec in mapper.targets:
        if spec.required and spec.name != NUMBER and spec.name not in {*present.values(), *derived}:
            text = _("缺少必要欄位「{column}」（{alias}）").format(
                column=spec.name, alias=spec.alias
            )
            problems.append(Problem(text, sheet=raw.sheet, column=spec.name))
    unknown = [t for t in present.values() if t not in targets]
    if unknown:  # a preset only maps onto staff columns; a typo in --map is caught above
        raise ValueError(f"preset maps to unknown columns {unknown}")
    if problems:
        raise InputRefused(problems)
    # The preset applied under the file's spelling of the headers.
    by_file = replace(
        preset,
        columns=present,
        category_rules=tuple(
            replace(rule, column=spelled.get(_header_key(rule.column), rule.column))
            for rule in preset.category_rules
        ),
    )
    rows: list[TableRow] = []
    found: list[Problem] = []
    for row in raw.rows:
        converted = apply_preset(by_file, row.values)
        for column, message in converted.problems:
            found.append(Problem(message, sheet=raw.sheet, row=row.number, column=column))
        rows.append(TableRow(row.number, dict(converted.values)))
    has_numbers = NUMBER in present.values()
    return SourceRows(Table(raw.sheet, rows), has_numbers, found)


# --- numbers for people a roster adds ---------------------------------------------------------


def check_pattern(pattern: str) -> list[Problem]:
    """The number pattern must hold {seq} and nothing else in braces."""
    try:
        fields = [f for _text, f, _spec, _conv in string.Formatter().parse(pattern) if f]
        if fields == ["seq"]:
            pattern.format(seq=1)
    except (ValueError, KeyError, IndexError) as exc:
        text = _("員工編號格式「{pattern}」有誤：{reason}").format(pattern=pattern, reason=exc)
        return [Problem(text)]
    if fields != ["seq"]:
        text = _(
            "員工編號格式「{pattern}」須含一個流水號 {{seq}}，且不含其他欄位（例如 T{{seq:04d}}）"
        )
        return [Problem(text.format(pattern=pattern))]
    return []


def number_source(pattern: str, taken: Collection[str]) -> NumberSource:
    problems = check_pattern(pattern)
    if problems:
        raise InputRefused(problems)
    return NumberSource(pattern, set(taken))


@dataclass
class NumberSource:
    """The next free numbers of a pattern, skipping numbers already taken."""

    pattern: str
    taken: set[str]
    seq: int = 0

    def next(self) -> str:
        while True:
            self.seq += 1
            number = self.pattern.format(seq=self.seq)
            if number not in self.taken:
                self.taken.add(number)
                return number
