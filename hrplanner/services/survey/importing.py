"""Importing survey responses (SPEC §3.1 問卷回覆, R19): one row per respondent.

The SPEC's workbook has 班期代碼, optionally 問卷編號, and one column per question named by
its text or number (「3」, 「第3題」, 「3. 對課程時間安排之滿意程度」); each class's own
questionnaire decides which question a header is. An online form's export names its columns
as the form asked them, so the window maps them once (``imports.mapping``, remembered for
that set of headers; ``--map`` on the command line) and chooses the class when the file
has no 班期代碼. Answers are digits, the scale's words or text (``domain.survey``).

Rows are matched on 班期代碼 + 問卷編號; without a 問卷編號 column the k-th row of a class is
its form number k, so importing the same export again changes nothing and a later export
with more rows adds only the new ones. All or nothing: every problem is reported with its
row and column and nothing is written while any remains.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from hrplanner.domain.survey import (
    Questionnaire,
    SurveyError,
    default_questionnaire,
    question_for_header,
)
from hrplanner.i18n import _
from hrplanner.services.catalogue import ImportRequest
from hrplanner.services.common.errors import InputRefused, Problem
from hrplanner.services.imports import templates
from hrplanner.services.imports.mapping import ColumnMapper, parse_map_option, with_explicit
from hrplanner.services.imports.tabular import (
    ColumnSpec,
    ImportReport,
    RawTable,
    TableRow,
    cell_text,
    normalize_text,
    read_headers,
    read_raw,
)
from hrplanner.services.survey import responses, results
from hrplanner.storage.database import Database
from hrplanner.storage.models import SurveyAnswer, SurveyResponse, TrainingClass

CODE, NUMBER = "班期代碼", "問卷編號"
FIXED = (ColumnSpec(CODE, "class_code", key=True), ColumnSpec(NUMBER, "response_no", key=True))
SETTING_PREFIX = "survey.mapping."
SHEET = "問卷回覆"
_TARGET_RE = re.compile(r"(?:第|Q|q)?\s*(\d+)\s*(?:題)?")


def question_target(number: int) -> str:
    """The name a mapping gives question ``number`` (``第3題``)."""
    return f"第{number}題"


def target_number(target: str) -> int | None:
    """The question a mapping's target names (``第3題``, ``3``, ``Q3``), else None."""
    match = _TARGET_RE.fullmatch(unicodedata.normalize("NFKC", target).strip())
    return int(match[1]) if match else None


def valid_target(target: str) -> bool:
    return target in (CODE, NUMBER) or target_number(target) is not None


def _template() -> templates.Template:
    default = default_questionnaire()
    columns = FIXED + tuple(
        ColumnSpec(q.text, question_target(q.number)) for q in default.questions
    )
    example: dict[str, object] = {CODE: "115-001", NUMBER: 1}
    for q, answer in zip(
        default.questions, (5, "滿意", 4, "非常滿意(5)", 4, "講座舉例生動"), strict=True
    ):
        example[q.text] = answer
    return templates.Template((templates.SheetTemplate(SHEET, columns, example),))


TEMPLATE = _template()
# The window's mapping of an online form's headers, remembered per set of headers.
MAPPER = ColumnMapper(SETTING_PREFIX, FIXED)


# --- the mapping -------------------------------------------------------------------------------


def auto_mapping(headers: Sequence[str], questionnaire: Questionnaire | None) -> dict[str, str]:
    """班期代碼 and 問卷編號 by name or alias, questions by number or text."""
    mapping = MAPPER.auto(headers)
    if questionnaire is not None:
        taken = set(mapping.values())
        for header in headers:
            if header in mapping:
                continue
            question = question_for_header(questionnaire, header)
            target = question_target(question.number) if question else None
            if target is not None and target not in taken:
                mapping[header] = target
                taken.add(target)
    return mapping


def proposed_mapping(
    db: Database, headers: Sequence[str], questionnaire: Questionnaire | None
) -> dict[str, str]:
    """The mapping remembered for these headers, else the automatic one."""
    remembered = MAPPER.remembered(db, headers, valid_target)
    return remembered if remembered is not None else auto_mapping(headers, questionnaire)


# --- checking the rows -------------------------------------------------------------------------


@dataclass
class SurveyPreview:
    """What an import would write, or every problem that keeps it from being written."""

    sheet: str
    problems: list[Problem] = field(default_factory=list)
    report: ImportReport = field(default_factory=ImportReport)
    # class id → (questionnaire, form number → question → value)
    planned: dict[int, tuple[Questionnaire, dict[int, dict[int, int | str | None]]]] = field(
        default_factory=dict
    )
    rows: int = 0  # respondents to import

    @property
    def clean(self) -> bool:
        return not self.problems and self.rows > 0


def _effective(
    headers: Sequence[str], explicit: Mapping[str, str], questionnaire: Questionnaire | None
) -> dict[str, str]:
    """The headers mapped by hand, then those that name a column by themselves."""
    return with_explicit(auto_mapping(headers, questionnaire), explicit)


def _stored(session: Session, class_id: int) -> dict[int, dict[int, int | str]]:
    """The class's stored answers: form number → question → rating or text."""
    found: dict[int, dict[int, int | str]] = {}
    for number, question, rating, text in session.execute(
        select(SurveyResponse.number, SurveyAnswer.question, SurveyAnswer.rating)
        .add_columns(SurveyAnswer.text)
        .select_from(SurveyAnswer)
        .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
        .where(SurveyResponse.class_id == class_id)
    ):
        value = rating if rating is not None else text
        if value is not None:
            found.setdefault(number, {})[question] = value
    return found


class _Checker:
    """The rows of one file, checked class by class (each with its own questionnaire)."""

    def __init__(
        self,
        session: Session,
        table: RawTable,
        explicit: Mapping[str, str],
        class_code: str | None,
        preview: SurveyPreview,
        automatic: bool,
    ) -> None:
        self.session = session
        self.automatic = automatic
        self.table = table
        self.explicit = explicit
        self.class_code = class_code
        self.preview = preview
        self.code_header = next((h for h, t in self._mapping(None).items() if t == CODE), None)
        self.classes = {c.code: c for c in session.scalars(select(TrainingClass))}
        self.asked: dict[int, Questionnaire] = {}
        self.mappings: dict[int, dict[str, str]] = {}
        self.stored: dict[int, dict[int, dict[int, int | str]]] = {}
        self.counters: dict[int, int] = {}
        self.seen: dict[tuple[int, int], int] = {}

    def _mapping(self, questionnaire: Questionnaire | None) -> dict[str, str]:
        if not self.automatic:  # the window shows every header's column: take it as it is
            return dict(self.explicit)
        return _effective(self.table.headers, self.explicit, questionnaire)

    def refuse(self, row: int | None, column: str, message: str) -> None:
        self.preview.problems.append(Problem(message, self.table.sheet, row, column))

    def _class_of(self, row: TableRow) -> TrainingClass | None:
        cell = row.values.get(self.code_header) if self.code_header else None
        code = cell_text(cell) if cell is not None else ""
        if self.class_code is not None:
            if code and code != self.class_code:
                text = _("班期代碼「{code}」與所選班期「{chosen}」不同。")
                self.refuse(row.number, CODE, text.format(code=code, chosen=self.class_code))
                return None
            code = self.class_code
        if not code:
            self.refuse(row.number, CODE, _("班期代碼必填。"))
            return None
        cls = self.classes.get(code)
        if cls is None:
            self.refuse(row.number, CODE, _("找不到班期「{code}」。").format(code=code))
        elif cls.cancelled:
            text = _("班期「{code}」已取消，不能輸入問卷回覆。").format(code=code)
            self.refuse(row.number, CODE, text)
            return None
        return cls

    def _prepare(self, cls: TrainingClass) -> None:
        if cls.id in self.mappings:
            return
        questionnaire = results.questionnaires(self.session, [cls.id])[cls.id]
        self.asked[cls.id] = questionnaire
        effective = self._mapping(questionnaire)
        for header, target in self.explicit.items():
            number = target_number(target)
            if number is not None and questionnaire.question(number) is None:
                text = _("班期「{code}」的問卷沒有第 {number} 題（欄位「{header}」）。")
                self.refuse(None, header, text.format(code=cls.code, number=number, header=header))
        if not any(target_number(t) is not None for t in effective.values()):
            text = _("檔案中沒有任何欄位對應到班期「{code}」問卷的題目；請確認欄名或設定欄位對應。")
            self.refuse(None, "", text.format(code=cls.code))
        self.mappings[cls.id] = effective
        self.stored[cls.id] = _stored(self.session, cls.id)

    def _number(self, row: TableRow, cls: TrainingClass) -> int | None:
        self.counters[cls.id] = self.counters.get(cls.id, 0) + 1
        header = next((h for h, t in self.mappings[cls.id].items() if t == NUMBER), None)
        if header is None:
            number = self.counters[cls.id]  # the k-th row of the class is its form number k
        else:
            raw = row.values.get(header)
            text = cell_text(raw) if raw is not None else ""
            if not text.isdigit() or int(text) < 1:
                message = _("問卷編號須為正整數，收到「{value}」。").format(value=text)
                self.refuse(row.number, header, message)
                return None
            number = int(text)
        first = self.seen.setdefault((cls.id, number), row.number)
        if first != row.number:
            self.refuse(
                row.number, header or NUMBER, _("與第 {row} 列的問卷編號重複。").format(row=first)
            )
            return None
        return number

    def check(self, row: TableRow) -> None:
        cls = self._class_of(row)
        if cls is None:
            return
        self._prepare(cls)
        number = self._number(row, cls)
        if number is None:
            return
        questionnaire = self.asked[cls.id]
        answers: dict[int, int | str | None] = {}
        before = len(self.preview.problems)
        for header, target in self.mappings[cls.id].items():
            question = target_number(target)
            if question is None or questionnaire.question(question) is None:
                continue
            try:
                value = responses.parse_answer(questionnaire, question, row.values.get(header))
            except SurveyError as exc:
                self.refuse(row.number, header, str(exc))
                continue
            answers[question] = value
        if len(self.preview.problems) > before:
            return
        if all(v is None for v in answers.values()):
            note = _("第 {row} 列沒有任何回答，未匯入。").format(row=row.number)
            self.preview.report.notes.append(note)
            return
        self.preview.planned.setdefault(cls.id, (questionnaire, {}))[1][number] = answers
        self.preview.rows += 1
        key = f"{cls.code} #{number}"
        stored = self.stored[cls.id].get(number)
        report = self.preview.report
        if stored is None:
            report.added.append(key)
        elif all(stored.get(q) == v for q, v in answers.items()):
            report.unchanged.append(key)
        else:
            report.updated.append(key)


def check_table(
    db: Database,
    table: RawTable,
    mapping: Mapping[str, str],
    class_code: str | None = None,
    *,
    automatic: bool = True,
) -> SurveyPreview:
    """Check every row of an already read table against its class's questionnaire (a dry
    run); ``mapping`` holds the headers mapped by hand, and with ``automatic`` the other
    headers map themselves (by name, number or question text)."""
    preview = SurveyPreview(table.sheet, report=ImportReport(dry_run=True))
    valid = {CODE, NUMBER} | {t for t in mapping.values() if target_number(t) is not None}
    for p in MAPPER.problems(table.headers, mapping, valid):
        preview.problems.append(Problem(p.message, table.sheet, None, p.column))
    if preview.problems:
        return preview
    with db.session() as session:
        checker = _Checker(session, table, mapping, class_code, preview, automatic)
        if class_code is None and checker.code_header is None:
            text = _("請選擇班期，或將一個欄位對應到「{code}」。").format(code=CODE)
            checker.refuse(None, "", text)
            return preview
        if class_code is not None and class_code not in checker.classes:
            checker.refuse(None, "", _("找不到班期「{code}」。").format(code=class_code))
            return preview
        for row in table.rows:
            checker.check(row)
    return preview


def import_survey(
    db: Database,
    path: Path,
    mapping: Mapping[str, str] | None = None,
    class_code: str | None = None,
    *,
    sheet: str | None = None,
    dry_run: bool = False,
    automatic: bool = True,
    remember: bool = False,
) -> ImportReport:
    """Import the responses of a file; InputRefused lists every problem and nothing is
    written unless every row can be read. ``remember`` keeps the mapping for these headers
    (the window's choice, proposed the next time)."""
    table = read_raw(Path(path), sheet)
    explicit = dict(mapping or {})
    preview = check_table(db, table, explicit, class_code, automatic=automatic)
    if preview.problems:
        raise InputRefused(preview.problems)
    if not preview.rows:
        raise InputRefused([Problem(_("檔案中沒有任何問卷回覆。"), table.sheet)])
    report = preview.report
    report.dry_run = dry_run
    if dry_run:
        return report
    with db.session() as session:
        for class_id, (questionnaire, answers) in preview.planned.items():
            responses.apply_answers(session, class_id, questionnaire, answers)
    if remember:
        MAPPER.remember(db, table.headers, explicit)
    return report


def run_import(db: Database, path: Path, request: ImportRequest) -> ImportReport:
    """The catalogue's runner for ``import survey FILE [--class CODE] [--map ...]``: with
    ``--map`` the mapping typed, else the one remembered from the window for these headers."""
    headers = read_headers(path)
    try:
        given = request.mapping
        if isinstance(given, str):
            explicit: dict[str, str] | None = parse_map_option(given) if given else None
        else:
            explicit = dict(given) if given else None
    except ValueError as exc:
        raise InputRefused([Problem(str(exc))]) from exc
    if explicit is None:
        explicit = MAPPER.remembered(db, headers, valid_target) or {}
    # Headers as typed (「？」, full-width digits) are compared as the file is read.
    explicit = {normalize_text(h): _canonical(t) for h, t in explicit.items()}
    report = import_survey(db, path, explicit, request.class_code, dry_run=request.dry_run)
    if explicit:
        shown = "、".join(f"{h}→{t}" for h, t in explicit.items())
        report.notes.insert(0, _("欄位對應：{mapping}").format(mapping=shown))
    return report


def _canonical(target: str) -> str:
    """``3`` or ``Q3`` as typed after ``--map`` → ``第3題``; other targets as they are."""
    number = target_number(target)
    return question_target(number) if number is not None else target.strip()
