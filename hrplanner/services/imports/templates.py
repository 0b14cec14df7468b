"""Import templates (SPEC §3.1): one empty workbook per import kind, with the header row and
one example row, that users fill in and import back.

Each import module declares its ``Template`` next to its column specs; the catalogue
(``services.catalogue``) names it for its import kind, and this module only writes the
workbook.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from hrplanner.i18n import _
from hrplanner.services.imports.tabular import ColumnSpec


@dataclass(frozen=True)
class SheetTemplate:
    name: str
    columns: tuple[ColumnSpec, ...]
    example: Mapping[str, object]  # column name → example value
    # column name → allowed values, offered as a drop-down list in Excel
    choices: Mapping[str, Sequence[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Template:
    sheets: tuple[SheetTemplate, ...]


def available() -> dict[str, str]:
    """Import kind → its title (Chinese source text), for every kind with a template."""
    from hrplanner.services import catalogue

    return {k.name: k.title for k in catalogue.IMPORTS if k.template is not None}


def write_template(kind: str, path: Path) -> None:
    """Write the template of ``kind`` to ``path`` (.xlsx); KeyError for an unknown kind."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    from hrplanner.services import catalogue

    found = catalogue.import_kind(kind)
    if found is None or found.template is None:
        raise KeyError(kind)
    template: Template = catalogue.load(found.template)
    wb = Workbook()
    wb.remove(wb.active)
    bold = Font(bold=True)
    key_fill = PatternFill("solid", fgColor="FFF2CC")
    for sheet in template.sheets:
        ws = wb.create_sheet(sheet.name)
        for index, spec in enumerate(sheet.columns, start=1):
            letter = get_column_letter(index)
            cell = ws.cell(row=1, column=index, value=spec.name)
            cell.font = bold
            if spec.key:
                cell.fill = key_fill
            # The notes help whoever fills the sheet in, in the language it was made in;
            # the column names themselves are the file's and stay Chinese.
            notes = [_("英文欄名：{alias}").format(alias=spec.alias)]
            if spec.key:
                notes.append(_("比對用的鍵值：重新匯入時依此欄更新資料"))
            if spec.required:
                notes.append(_("必填欄位"))
            if spec.name in sheet.choices:
                choices = "/".join(sheet.choices[spec.name])
                notes.append(_("可填：{choices}").format(choices=choices))
            cell.comment = Comment("\n".join(notes), "HR Planner")
            example = sheet.example.get(spec.name)
            if isinstance(example, dt.date):
                example = _roc(example)  # the form officers type, not an Excel serial
            ws.cell(row=2, column=index, value=example)
            # Text format keeps leading zeros of staff numbers and stops Excel turning
            # 109/03/05 into a Gregorian date.
            ws.column_dimensions[letter].number_format = "@"
            ws.cell(row=2, column=index).number_format = "@"
            ws.column_dimensions[letter].width = max(10, 2 * len(spec.name) + 4)
            if spec.name in sheet.choices:
                values = ",".join(sheet.choices[spec.name])
                validation = DataValidation(type="list", formula1=f'"{values}"', allow_blank=True)
                validation.add(f"{letter}2:{letter}5000")
                ws.add_data_validation(validation)
        ws.freeze_panes = "A2"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)


def _roc(d: dt.date) -> str:
    from hrplanner.domain.rocdate import format_roc

    return format_roc(d)
