"""Importing an online sign-up form (SPEC §3.1 報名, R8): a spreadsheet exported from a
web form, whose column names are whatever the form asked («您的姓名», «服務單位» …).

The user maps the file's headers to the enrollment columns (班期代碼, 員工編號, 身分證字號,
姓名, 單位, 報名時間, 用餐, 職務代理人, 主管同意); headers equal to a column's name or English
alias map themselves, and a mapping once chosen is remembered for that set of headers (agency
setting ``signup.mapping.<hash>``, through ``services.imports.mapping``) and proposed next
time. People are matched by 員工編號, by 身分證字號, or by 姓名 (+ 單位) when exactly one
active person fits; names are compared with their separators folded (瓦歷斯‧諾幹 is
瓦歷斯·諾幹). Timestamps are read as form services write them (``2026/4/25 下午3:57:31``,
``domain.timestamps``) and keep their seconds, because seats follow registration order (R8).

Every row that does not fit (unknown or ambiguous name, a person twice in the sheet, someone
already enrolled) is reported with its row, and nothing is written while any problem remains:
the clean rows become a standard 報名 sheet that ``enrollment_import.import_enrollments``
writes in one unit of work (seats by capacity and registration time, R8).
"""

from __future__ import annotations

import csv
import datetime as dt
import tempfile
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from hrplanner.domain import national_id
from hrplanner.domain.text import fold_name, same_name
from hrplanner.domain.vocabulary import ACTIVE, MEALS, MEAT, NO, NO_MEAL, VEGETARIAN, YES
from hrplanner.i18n import _, ngettext
from hrplanner.services.catalogue import ImportRequest
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.services.common.wording import names, person_label
from hrplanner.services.imports import templates
from hrplanner.services.imports.mapping import ColumnMapper, mapped_row
from hrplanner.services.imports.mapping import parse_map_option as parse_map_option
from hrplanner.services.imports.tabular import (
    ColumnSpec,
    ImportReport,
    RawTable,
    RowReader,
    read_raw,
)
from hrplanner.services.training.enrollment_import import parse_datetime
from hrplanner.storage.database import Database
from hrplanner.storage.models import Employee, Enrollment, Unit
from hrplanner.storage.models import TrainingClass as TC

CODE, NUMBER, NAME, UNIT = "班期代碼", "員工編號", "姓名", "單位"
NATIONAL_ID = "身分證字號"
WHEN, MEAL, DEPUTY, APPROVED = "報名時間", "用餐", "職務代理人", "主管同意"
SETTING_PREFIX = "signup.mapping."

TARGETS: tuple[ColumnSpec, ...] = (
    ColumnSpec(CODE, "class_code"),
    ColumnSpec(NUMBER, "employee_no"),
    ColumnSpec(NATIONAL_ID, "national_id"),
    ColumnSpec(NAME, "name"),
    ColumnSpec(UNIT, "unit"),
    ColumnSpec(WHEN, "registered_at"),
    ColumnSpec(MEAL, "meal"),
    ColumnSpec(DEPUTY, "deputy"),
    ColumnSpec(APPROVED, "approved"),
)
TARGET_NAMES = tuple(t.name for t in TARGETS)
_YES = {YES, "y", "yes", "true", "1", "v", "○", "同意", "已同意", "核准"}
_NO = {NO, "n", "no", "false", "0", "x", "×", "不同意", "未同意"}

TEMPLATE = templates.Template(
    (
        templates.SheetTemplate(
            "報名表",
            TARGETS,
            {
                CODE: "115-001",
                NUMBER: "10001",
                NAME: "王小明",
                UNIT: "人事室",
                WHEN: "115/02/01 09:30",
                MEAL: MEAT,
                DEPUTY: "10002",
                APPROVED: YES,
            },
            {MEAL: MEALS, APPROVED: (YES, NO)},
        ),
    ),
)

# --- the mapping (the shared mechanism of services.imports.mapping) ------------------------

MAPPER = ColumnMapper(SETTING_PREFIX, TARGETS)
headers_key = MAPPER.headers_key
auto_mapping = MAPPER.auto
remembered_mapping = MAPPER.remembered
proposed_mapping = MAPPER.proposed
remember_mapping = MAPPER.remember


def mapping_problems(
    headers: Sequence[str], mapping: Mapping[str, str], class_code: str | None
) -> list[Problem]:
    problems = MAPPER.problems(headers, mapping)
    used = set(mapping.values())
    if not used & {NUMBER, NAME, NATIONAL_ID}:
        text = _("請至少將一個欄位對應到「{number}」、「{national_id}」或「{name}」").format(
            number=NUMBER, national_id=NATIONAL_ID, name=NAME
        )
        problems.append(Problem(text))
    if not class_code and CODE not in used:
        problems.append(Problem(_("請選擇班期，或將一個欄位對應到「{code}」").format(code=CODE)))
    return problems


# --- checking the rows -----------------------------------------------------------------------


@dataclass(frozen=True)
class SignupRow:
    """One row that would be enrolled."""

    row: int
    class_code: str
    employee_no: str
    name: str
    unit: str
    registered_at: dt.datetime | None
    meal: str | None
    deputy_no: str | None
    approved: bool | None


@dataclass
class SignupPreview:
    sheet: str
    headers: list[str]
    matched: list[SignupRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.problems and bool(self.matched)


def _meal(reader: RowReader) -> str | None:
    text = reader.text(MEAL)
    if text is None:
        return None
    if text in MEALS:
        return text
    # Web forms say 葷食 / 素食 / 不需要 / 不用餐 / 自理.
    if VEGETARIAN in text:
        return VEGETARIAN
    if any(word in text for word in ("不", "免", "自理", "無")):
        return NO_MEAL
    if MEAT in text:
        return MEAT
    choices = "/".join(MEALS)
    reader.problem(
        MEAL, _("用餐「{text}」無法辨識（可填 {choices}）").format(text=text, choices=choices)
    )
    return None


def _approved(reader: RowReader) -> bool | None:
    text = reader.text(APPROVED)
    if text is None:
        return None
    if text.casefold() in _YES:
        return True
    if text.casefold() in _NO:
        return False
    message = _("主管同意只能填「{yes}」或「{no}」，收到「{text}」")
    reader.problem(APPROVED, message.format(yes=YES, no=NO, text=text))
    return None


class _People:
    """Active and other staff, looked up by number, by identity number or by name (+ unit).

    Names are compared folded (``domain.text.fold_name``): a form's 瓦歷斯‧諾幹 is the
    roster's 瓦歷斯·諾幹."""

    def __init__(self, rows: Sequence[tuple[Employee, str]]) -> None:
        self.by_no = {e.employee_no: (e, unit) for e, unit in rows}
        self.by_id = {e.national_id: (e, unit) for e, unit in rows if e.national_id}
        self.by_name: dict[str, list[tuple[Employee, str]]] = defaultdict(list)
        for e, unit in rows:
            if e.status == ACTIVE:
                self.by_name[fold_name(e.name)].append((e, unit))

    def named(self, name: str) -> list[tuple[Employee, str]]:
        return self.by_name.get(fold_name(name), [])

    def find(
        self,
        r: RowReader,
        number: str | None,
        name: str | None,
        unit: str | None,
        nid: str | None = None,
    ) -> tuple[Employee, str] | None:
        if number:
            found = self.by_no.get(number)
            if found is None:
                r.problem(NUMBER, _("找不到員工編號「{number}」").format(number=number))
                return None
            return self._checked(r, found, NUMBER, number, name)
        if nid:
            normal = national_id.normalize(nid) or ""
            found = self.by_id.get(normal)
            if found is None:
                text = _("找不到身分證字號「{masked}」的人員").format(
                    masked=national_id.mask(normal)
                )
                r.problem(NATIONAL_ID, text)
                return None
            return self._checked(r, found, NATIONAL_ID, found[0].employee_no, name)
        if not name:
            r.problem(NAME, _("沒有員工編號也沒有姓名，無法辨識報名者"))
            return None
        candidates = self.named(name)
        if unit:
            return self._in_unit(r, candidates, name, unit)
        if len(candidates) == 1:
            return candidates[0]
        if not candidates:
            r.problem(NAME, _("找不到在職人員「{name}」").format(name=name))
        else:
            text = ngettext(
                "有 {n} 位在職人員名為「{name}」，請補填單位或員工編號",
                "有 {n} 位在職人員名為「{name}」，請補填單位或員工編號",
                len(candidates),
            )
            r.problem(NAME, text.format(n=len(candidates), name=name))
        return None

    @staticmethod
    def _checked(
        r: RowReader, found: tuple[Employee, str], column: str, number: str, name: str | None
    ) -> tuple[Employee, str] | None:
        """The person found by number: the row's name must be theirs, and they must be active."""
        person = found[0]
        if name and not same_name(name, person.name):
            if column == NUMBER:
                text = _("員工編號「{number}」是{person}，與姓名「{name}」不符")
            else:
                text = _("身分證字號屬於{person}（員工編號「{number}」），與姓名「{name}」不符")
            r.problem(NAME, text.format(number=number, person=person.name, name=name))
            return None
        if person.status != ACTIVE:
            text = _("{person}不是在職人員，不可報名")
            r.problem(column, text.format(person=person_label(person.name, person.employee_no)))
            return None
        return found

    @staticmethod
    def _in_unit(
        r: RowReader, candidates: list[tuple[Employee, str]], name: str, unit: str
    ) -> tuple[Employee, str] | None:
        """The one active person of that name in ``unit``, else a problem saying why not."""
        in_unit = [c for c in candidates if c[1] == unit]
        if len(in_unit) == 1:
            return in_unit[0]
        if not in_unit:
            elsewhere = sorted({unit_name for _person, unit_name in candidates})
            if elsewhere:
                text = _("找不到{unit}的在職人員「{name}」（同名在職人員在：{units}）")
            else:
                text = _("找不到{unit}的在職人員「{name}」")
            r.problem(NAME, text.format(unit=unit, name=name, units=names(elsewhere)))
            return None
        text = ngettext(
            "{unit}有 {n} 位在職人員名為「{name}」，請改填員工編號",
            "{unit}有 {n} 位在職人員名為「{name}」，請改填員工編號",
            len(in_unit),
        )
        r.problem(NAME, text.format(unit=unit, n=len(in_unit), name=name))
        return None


def check_table(
    db: Database, table: RawTable, mapping: Mapping[str, str], class_code: str | None = None
) -> SignupPreview:
    """Match every row of an already read table; problems instead of exceptions."""
    preview = SignupPreview(table.sheet, list(table.headers))
    problems = mapping_problems(table.headers, mapping, class_code)
    if problems:
        preview.problems = [Problem(p.message, table.sheet, None, p.column) for p in problems]
        return preview
    mapping = dict(mapping)
    with db.session() as s:
        people = _People(
            s.execute(select(Employee, Unit.name).join(Unit, Unit.id == Employee.unit_id)).all()
        )
        classes = {c.code: c for c in s.scalars(select(TC))}
        taken = {
            (cid, eid): status
            for cid, eid, status in s.execute(
                select(Enrollment.class_id, Enrollment.employee_id, Enrollment.status)
            )
        }
    if class_code and class_code not in classes:
        preview.problems.append(
            Problem(_("找不到班期「{code}」").format(code=class_code), table.sheet)
        )
        return preview
    seen: dict[tuple[str, int], int] = {}
    for raw in table.rows:
        row = mapped_row(raw, mapping)
        r = RowReader(table.sheet, row, preview.problems)
        before = len(preview.problems)
        code = r.text(CODE) if CODE in mapping.values() else None
        if class_code:
            if code and code != class_code:
                text = _("班期代碼「{code}」與所選班期「{chosen}」不同")
                r.problem(CODE, text.format(code=code, chosen=class_code))
            code = class_code
        elif not code:
            r.problem(CODE, _("班期代碼必填"))
        cls = classes.get(code) if code else None
        if code and cls is None:
            r.problem(CODE, _("找不到班期「{code}」").format(code=code))
        elif cls is not None and cls.cancelled:
            r.problem(CODE, _("班期「{code}」已取消，不可報名").format(code=cls.code))
        elif cls is not None and cls.closed_on is not None:
            r.problem(CODE, _("班期「{code}」已結訓，不可報名").format(code=cls.code))
        when = None
        if r.present(WHEN):
            try:
                when = parse_datetime(row.get(WHEN))
            except ValueError as exc:
                r.problem(WHEN, str(exc))
        meal, approved = _meal(r), _approved(r)
        deputy_text = r.text(DEPUTY)
        found = people.find(r, r.text(NUMBER), r.text(NAME), r.text(UNIT), r.text(NATIONAL_ID))
        deputy_no = None
        if deputy_text:
            deputy_no = _deputy(r, people, deputy_text)
        if found is None or cls is None or len(preview.problems) > before:
            continue
        person, unit = found
        if deputy_no == person.employee_no:
            r.problem(DEPUTY, _("職務代理人須為報名者以外的人員"))
            continue
        key = (cls.code, person.id)
        label = person_label(person.name, person.employee_no)
        if key in seen:
            text = _("{person}與第 {row} 列重複報名").format(person=label, row=seen[key])
            r.problem(NAME, text)
            continue
        seen[key] = row.number
        status = taken.get((cls.id, person.id))
        if status is not None:
            text = _("{person}已報名班期「{code}」（{status}）")
            r.problem(NAME, text.format(person=label, code=cls.code, status=status))
            continue
        preview.matched.append(
            SignupRow(
                row.number,
                cls.code,
                person.employee_no,
                person.name,
                unit,
                when,
                meal,
                deputy_no,
                approved,
            )
        )
    return preview


def _deputy(r: RowReader, people: _People, text: str) -> str | None:
    """A deputy given by 員工編號, or by the name of exactly one active person."""
    if text in people.by_no:
        person = people.by_no[text][0]
        if person.status != ACTIVE:
            r.problem(DEPUTY, _("職務代理人{name}不是在職人員").format(name=person.name))
            return None
        return person.employee_no
    candidates = people.named(text)
    if len(candidates) == 1:
        return candidates[0][0].employee_no
    if candidates:
        message = ngettext(
            "有 {n} 位在職人員名為「{name}」，請改填職務代理人的員工編號",
            "有 {n} 位在職人員名為「{name}」，請改填職務代理人的員工編號",
            len(candidates),
        )
        r.problem(DEPUTY, message.format(n=len(candidates), name=text))
    else:
        r.problem(DEPUTY, _("找不到職務代理人「{name}」").format(name=text))
    return None


def preview(
    db: Database,
    path: Path,
    mapping: Mapping[str, str],
    class_code: str | None = None,
    sheet: str | None = None,
) -> SignupPreview:
    """Read the file and match every row (a dry run: nothing is written)."""
    return check_table(db, read_raw(Path(path), sheet), mapping, class_code)


def import_signup(
    db: Database,
    path: Path,
    mapping: Mapping[str, str],
    class_code: str | None = None,
    *,
    sheet: str | None = None,
    dry_run: bool = False,
) -> ImportReport:
    """Enroll every row of a sign-up form; InputRefused lists every problem (row, reason)
    and nothing is written unless all rows match. The mapping is remembered on success."""
    table = read_raw(Path(path), sheet)
    result = check_table(db, table, mapping, class_code)
    if result.problems:
        raise InputRefused(result.problems)
    if not result.matched:
        raise InputRefused([Problem(_("檔案中沒有任何報名資料"), table.sheet)])
    if dry_run:
        report = ImportReport(dry_run=True)
        report.added = [f"{m.class_code} {m.employee_no}" for m in result.matched]
        return report
    report = _write(db, result)
    remember_mapping(db, table.headers, mapping)
    return report


def _write(db: Database, result: SignupPreview) -> ImportReport:
    """The matched rows as a standard 報名 sheet, through the enrollment import (one unit of
    work, seats by capacity and registration time)."""
    from hrplanner.services.training.enrollment_import import import_enrollments

    columns = (CODE, NUMBER, WHEN, MEAL, DEPUTY, APPROVED)
    with tempfile.TemporaryDirectory(prefix="hrplanner-signup-") as folder:
        target = Path(folder) / "報名.csv"
        with target.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            for m in result.matched:
                approved = None if m.approved is None else (YES if m.approved else NO)
                when = m.registered_at.isoformat(sep=" ") if m.registered_at else None
                writer.writerow([m.class_code, m.employee_no, when, m.meal, m.deputy_no, approved])
        try:
            return import_enrollments(db, target)
        except InputRefused as exc:  # e.g. the class was closed meanwhile: name real rows
            rows = [m.row for m in result.matched]
            raise InputRefused(
                [
                    Problem(
                        p.message,
                        result.sheet,
                        rows[p.row - 2]
                        if p.row is not None and 2 <= p.row < len(rows) + 2
                        else None,
                        p.column,
                    )
                    for p in exc.problems
                ]
            ) from exc


def resolve_mapping(
    db: Database, headers: Sequence[str], given: Mapping[str, str] | str | None
) -> dict[str, str]:
    """The mapping to use: the window's choice, ``--map`` text over the headers that name a
    column by themselves, else the mapping remembered for these headers."""
    return MAPPER.resolve(db, headers, given)


def run_import(db: Database, path: Path, request: ImportRequest) -> ImportReport:
    """The catalogue's runner: resolve the column mapping, then import; the mapping used is
    the report's first note."""
    from hrplanner.services.imports.tabular import read_headers

    headers = read_headers(path)
    try:
        mapping = resolve_mapping(db, headers, request.mapping)
    except ValueError as exc:
        raise InputRefused([Problem(str(exc))]) from exc
    report = import_signup(db, path, mapping, request.class_code, dry_run=request.dry_run)
    shown = names(f"{h}→{t}" for h, t in mapping.items()) or _("（無）")
    report.notes.insert(0, _("欄位對應：{mapping}").format(mapping=shown))
    return report
