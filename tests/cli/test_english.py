"""``hrplanner --lang en``: every problem of a refused import, the output of the commands and
the ``--help`` of every command are English; the data they quote (the file's sheet and column
names, vocabulary words, values typed, examples of Chinese column names) stays as it is.
Without ``--lang`` everything stays Chinese, argparse's own words included."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest
from openpyxl import Workbook

from hrplanner import cli, i18n
from hrplanner.cli.main import build_parser
from hrplanner.domain import vocabulary
from hrplanner.services import catalogue
from hrplanner.services.exports import portal
from hrplanner.services.staff import roster
from hrplanner.services.staff.importing import COLUMNS
from hrplanner.services.staff.records import EmployeeData
from hrplanner.services.staff.validation import FIELD_LABELS
from hrplanner.storage.database import Database

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
# Quoted data: "…" or '…' (an apostrophe inside a word, as in file's, opens no quote).
QUOTED = re.compile(r"\"[^\"]*\"|(?<![A-Za-z])'[^']*'")
HEADER = [c.name for c in COLUMNS]


def program_words(text: str, data: list[str] = []) -> str:  # noqa: B006
    """``text`` without what it quotes and without ``data``: the program's own words."""
    text = QUOTED.sub("", text)
    for word in sorted(data, key=len, reverse=True):
        text = text.replace(word, "")
    return text


def assert_no_chinese(text: str, data: list[str] = []) -> None:  # noqa: B006
    left = program_words(text, data)
    found = [line for line in left.splitlines() if CJK.search(line)]
    assert found == [], "\n".join(found)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.run(list(argv))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "人員"
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def staff_row(no: str | None, **cells: object) -> list[object]:
    values: dict[str, object] = {
        "員工編號": no,
        "姓名": "王小明",
        "單位": "人事處",
        "人員類別": "公務人員",
        **cells,
    }
    return [values.get(name) for name in HEADER]


@pytest.fixture
def target(tmp_path: Path) -> str:
    path = tmp_path / "hr.db"
    db = Database.open(str(path))
    roster.create(
        db,
        EmployeeData("9001", "林淑芬", "F131104093", unit="人事處", category="公務人員"),
    )
    db.close()
    return str(path)


# Everything the bad file quotes: the sheet, its column names, the vocabulary and its values.
DATA = [
    "人員",
    *FIELD_LABELS.values(),
    *vocabulary.DEFAULT_STAFF_CATEGORIES, *vocabulary.DEFAULT_RANK_GROUPS,
    *vocabulary.GENDERS, *vocabulary.MEALS, *vocabulary.STAFF_STATUSES,
    "王小明", "人事處", "外包人員", "特任", "海鮮", "調職",
]  # fmt: skip


def test_a_refused_staff_import_prints_every_problem_in_english(
    target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write_xlsx(
        tmp_path / "bad.xlsx",
        [
            HEADER,
            staff_row("1001", 姓名=None),
            staff_row("1001", 人員類別="外包人員", 官等="特任"),
            staff_row("1003", 性別="M", 電子郵件="wang@gov", 用餐="海鮮", 在職狀態="調職"),
            staff_row("1004", 身分證字號="A123456789"),
            staff_row("1005", 身分證字號="A123456789"),
            staff_row("1006", 身分證字號="F131104093"),
            staff_row("1007", 出生日期="1980-01-01", 到職日期="1970-01-01"),
            staff_row("1008", 到職日期="2999-01-01"),
            staff_row(None),
        ],
    )
    code, out, err = run(capsys, "--lang", "en", "--db", target, "import", "staff", str(bad))
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert lines[0] == "Input refused (13 problems, nothing written):"
    problems = lines[1:]
    assert len(problems) == 13
    for line in problems:
        assert line.startswith('  Sheet "人員", row ')
    assert_no_chinese(err, DATA)
    assert '  Sheet "人員", row 2, column "姓名": 姓名 is required' in problems
    assert (
        '  Sheet "人員", row 7, column "身分證字號": The ID number "F13****093" already belongs to '
        'employee number "9001"; one ID number cannot belong to two people, please check'
    ) in problems
    assert (
        '  Sheet "人員", row 9, column "到職日期": The date of reporting for duty 2999-01-01 is '
        "after today"
    ) in problems
    # The same file without --lang: Chinese, as it always was.
    code, _out, err = run(capsys, "--db", target, "import", "staff", str(bad))
    assert code == 1
    assert err.splitlines()[0] == "輸入被拒絕（共 13 個問題，未寫入任何資料）："
    assert "  工作表「人員」 第 2 列 欄「姓名」：姓名必填" in err.splitlines()


def test_one_problem_is_singular_and_a_missing_column_is_english(
    target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_xlsx(tmp_path / "s.xlsx", [["員工編號", "姓名", "人員類別"], ["1", "甲", "教師"]])
    code, _out, err = run(capsys, "--lang", "en", "--db", target, "import", "staff", str(path))
    assert code == 1
    assert err.splitlines() == [
        "Input refused (1 problem, nothing written):",
        '  Sheet "人員", column "單位": The required column "單位" (unit) is missing',
    ]
    code, _out, err = run(capsys, "--lang", "en", "--db", target, "import", "staff", "none.xlsx")
    assert code == 1 and 'File not found: "none.xlsx"' in err


def test_an_import_and_its_dry_run_report_in_english(
    target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_xlsx(
        tmp_path / "s.xlsx",
        [HEADER, staff_row("1001"), staff_row("9001", 姓名="林淑芬", 單位="新設科")],
    )
    args = ("--lang", "en", "--db", target, "import", "staff", str(path))
    code, out, _err = run(capsys, *args, "--dry-run")
    assert code == 0
    assert out.splitlines() == [
        "Dry run (nothing written):",
        "  would add 1, update 1, leave 0 unchanged",
        "  update 9001: 單位",
        "  add 1001",
        "  would create units: 新設科",
    ]
    code, out, _err = run(capsys, *args)
    assert out.splitlines() == [
        "Import done: 1 added, 1 updated, 0 unchanged",
        "  update 9001: 單位",
        "  created units: 新設科",
    ]


def test_other_commands_speak_english(
    target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    en = ("--lang", "en", "--db", target)
    code, out, _err = run(capsys, *en, "init")
    assert code == 0 and out.startswith("The database is ready: sqlite:///")
    code, out, _err = run(capsys, *en, "check")
    assert out == "The database passed the check\n"
    code, out, _err = run(capsys, *en, "backup", "-o", str(tmp_path / "b.db"))
    assert out == f"Backed up to {tmp_path / 'b.db'}\n"
    code, out, _err = run(capsys, *en, "calendar", "set", "113/7/24", "--off", "--note", "颱風")
    assert out == "113/07/24 is now a day off (offices closed): 颱風\n"
    code, out, _err = run(capsys, *en, "calendar", "set", "113/7/27", "--work")
    assert out == "113/07/27 is now a working day\n"
    code, out, _err = run(capsys, *en, "calendar", "list")
    assert out.splitlines() == [
        "113/07/24  day off  颱風  (manual)",
        "113/07/27  working day    (manual)",
    ]
    code, out, _err = run(capsys, *en, "calendar", "remove", "113/7/27")
    assert out == "Removed the entry of 113/07/27; the built-in calendar applies again\n"
    code, _out, err = run(capsys, *en, "calendar", "remove", "113/7/27")
    assert code == 2
    assert err == "hrplanner: error: There is no calendar entry of your own for 113/07/27\n"
    code, out, _err = run(capsys, *en, "agenda", "--date", "113/7/30")
    # The home page's overview first (SPEC R20), then the dated items: none here.
    lines = out.splitlines()
    assert lines[0] == "113/07/30 at a glance:"
    assert "  Classes this week: No class meets 113/07/29–113/08/04" in lines
    assert lines[-1] == "113/07/30: nothing is due or overdue"
    assert_no_chinese(out, [])
    code, out, _err = run(capsys, *en, "portal-format")
    assert code == 0
    assert_no_chinese(out, portal.columns_text(portal.PortalFormat()).split(","))
    assert out.splitlines()[1] == "  Date format: yyy/mm/dd (e.g. 109/03/05)"
    missing = tmp_path / "nowhere" / "t.xlsx"
    code, _out, err = run(capsys, *en, "template", "staff", "-o", str(missing))
    assert code == 2
    assert err == (
        f'hrplanner: error: Cannot write "{missing}": the folder "{missing.parent}" does not '
        "exist; create it first or choose another path\n"
    )
    code, out, _err = run(capsys, *en, "template", "staff", "-o", str(tmp_path / "t.xlsx"))
    assert out == f'Wrote the "Staff" import template: {tmp_path / "t.xlsx"}\n'


def test_usage_errors_name_the_problem_in_each_language(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "--lang", "en", "import")
    assert code == 2
    assert err.startswith("usage: hrplanner ")
    assert err.endswith("hrplanner: error: the following arguments are required: KIND, FILE\n")
    code, _out, err = run(capsys, "import")
    assert code == 2
    assert err.startswith("用法：hrplanner ")
    assert err.endswith("hrplanner: 錯誤：缺少必要的引數：KIND, FILE\n")
    code, _out, err = run(capsys, "demo", "--size", "huge")
    assert "無效的選擇：'huge'（可選：'small', 'large'）" in err
    code, _out, err = run(capsys, "--lang", "en", "demo", "--size", "huge")
    assert "invalid choice: 'huge' (choose from 'small', 'large')" in err
    code, _out, err = run(capsys, "calendar", "set", "113/7/1", "--off", "--work")
    assert "引數 --work：不可與引數 --off 同時使用" in err
    code, _out, err = run(capsys, "--lang", "en", "import", "payroll", "x.xlsx")
    assert err == (
        'hrplanner: error: unknown import kind "payroll"; available: staff, classes, '
        + ", ".join(k.name for k in catalogue.IMPORTS)[len("staff, classes, ") :]
        + "\n"
    )


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code, out, err = run(capsys, *argv, "--help")
    assert code == 0 and err == ""
    return out


def _commands() -> list[list[str]]:
    """Every command and sub-command (calendar list, appraisal open, …)."""
    parser, _handlers = build_parser()
    found: list[list[str]] = []

    def walk(p: argparse.ArgumentParser, path: list[str]) -> None:
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    found.append([*path, name])
                    walk(child, [*path, name])

    walk(parser, [])
    return found


def test_english_help_has_no_chinese_but_quoted_examples(
    capsys: pytest.CaptureFixture[str],
) -> None:
    top = _help(capsys, "--lang", "en")
    assert top.startswith("usage: hrplanner ")
    assert "show this help message and exit" in top and "interface language" in top
    assert_no_chinese(top)
    export = _help(capsys, "--lang", "en", "export")
    assert "positional arguments" in export and "options:" in export
    assert "year: Gregorian (2020) or ROC (109)" in export
    assert_no_chinese(export)
    for command in _commands():
        text = _help(capsys, "--lang", "en", *command)
        assert text.startswith(f"usage: hrplanner {command[0]}")
        assert_no_chinese(text)


def test_chinese_help_is_chinese_including_argparse_s_own_words(
    capsys: pytest.CaptureFixture[str],
) -> None:
    top = _help(capsys)
    assert top.startswith("用法：hrplanner ")
    for words in (
        "位置引數:",
        "選項:",
        "顯示此說明後結束",
        "介面語言",
        "HR Planner 人事訓練考核管理",
    ):
        assert words in top
    for english in ("usage:", "positional arguments", "show this help message", "options:"):
        assert english not in top
    export = _help(capsys, "export")
    assert "年度：西元（2020）或民國（109）" in export


def test_other_parsers_in_the_process_keep_argparse_s_words(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _help(capsys)  # our parsers have been built and used in Chinese
    assert i18n.language() == "zh_TW"
    other = argparse.ArgumentParser(prog="other")
    other.add_argument("--x", required=True)
    text = other.format_help()
    assert text.startswith("usage: other") and "show this help message and exit" in text
    with pytest.raises(SystemExit):
        other.parse_args([])
    assert "the following arguments are required: --x" in capsys.readouterr().err


def test_the_language_of_one_run_does_not_leak_into_the_next(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert "interface language" in _help(capsys, "--lang", "en")
    assert "介面語言" in _help(capsys)
    assert i18n.language() == "zh_TW"
