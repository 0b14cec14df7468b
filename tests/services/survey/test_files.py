"""The survey files: import survey (SPEC columns by question text or number, 班期代碼 from the
file or chosen, an online form through a remembered mapping, all or nothing, re-import
changes nothing), the 滿意度統計 export read back, and the printed 滿意度調查結果."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from hrplanner.services.catalogue import FileRequest, Hooks, ImportRequest
from hrplanner.services.common.errors import InputRefused
from hrplanner.services.imports.tabular import read_headers
from hrplanner.services.survey import exports, importing, printing, responses

from ...conftest import write_workbook
from .conftest import Classes
from .test_responses_and_results import FORMS, MEANS, type_forms

TEXTS = ["對本課程內容之滿意程度", "對講座授課表現之滿意程度", "3", "第4題", "Q5",
         "6. 對本課程之其他意見或建議"]  # fmt: skip


def spec_file(path: Path, forms: list[tuple[object, ...]], code: str = "114-001") -> Path:
    rows = [[code, *(None if v == "" else v for v in form)] for form in forms]
    return write_workbook(path, {"問卷回覆": [["班期代碼", *TEXTS], *rows]})


def test_the_spec_file_imports_and_again_changes_nothing(classes: Classes, tmp_path: Path) -> None:
    path = spec_file(tmp_path / "r.xlsx", FORMS)
    dry = importing.import_survey(classes.db, path, dry_run=True)
    assert len(dry.added) == 10 and dry.added[0] == "114-001 #1"
    assert responses.response_grid(classes.db, classes.ids["114-001"]).rows == ()
    assert len(importing.import_survey(classes.db, path).added) == 10
    again = importing.import_survey(classes.db, path)
    assert (again.added, again.updated, len(again.unchanged)) == ([], [], 10)
    grid = responses.response_grid(classes.db, classes.ids["114-001"])
    assert grid.rows[0].texts == {6: "很實用"} and grid.rows[3].ratings[2] == 3
    changed = [(*FORMS[0][:4], 3, "很實用"), *FORMS[1:]]
    assert importing.import_survey(classes.db, spec_file(tmp_path / "s.xlsx", changed)).updated == [
        "114-001 #1"
    ]


def test_every_problem_is_named_and_nothing_is_written(classes: Classes, tmp_path: Path) -> None:
    bad = [(5, "很好", 4, 4, 4, ""), (7, 4, 4, 4, 4, ""), ("", "", "", "", "", "")]
    path = write_workbook(
        tmp_path / "bad.xlsx",
        {"問卷回覆": [["班期代碼", *TEXTS],
                   ["114-001", *bad[0]], ["114-001", *bad[1]], ["999-999", 5, 5, 5, 5, 5, ""],
                   ["114-001", *(None for _v in bad[2])]]},
    )  # fmt: skip
    with pytest.raises(InputRefused) as refused:
        importing.import_survey(classes.db, path)
    assert [(p.row, p.column) for p in refused.value.problems] == [
        (2, "對講座授課表現之滿意程度"),
        (3, "對本課程內容之滿意程度"),
        (4, "班期代碼"),
    ]
    assert responses.response_grid(classes.db, classes.ids["114-001"]).rows == ()


def online_form(path: Path) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["時間戳記", "1. 您對課程內容滿意嗎？", "2. 講座表現", "時間安排", "場地",
                         "整體而言", "其他建議"])  # fmt: skip
        for n, form in enumerate(FORMS):
            writer.writerow([f"2025/3/5 下午4:{n:02d}:00", *form])
    return path


def test_an_online_form_through_the_mapping_then_remembered(
    classes: Classes, tmp_path: Path
) -> None:
    path = online_form(tmp_path / "form.csv")
    with pytest.raises(InputRefused, match="請選擇班期"):
        importing.import_survey(classes.db, path)
    with pytest.raises(InputRefused, match="沒有任何欄位對應到班期「114-001」問卷的題目"):
        importing.import_survey(classes.db, path, class_code="114-001")
    headers = read_headers(path)[1:]  # as read: 「？」 becomes 「?」 (SPEC §3.1)
    assert headers[0] == "1. 您對課程內容滿意嗎？"  # Chinese punctuation kept as written
    mapping = {h: importing.question_target(n) for n, h in enumerate(headers, start=1)}
    report = importing.import_survey(
        classes.db, path, mapping, "114-001", automatic=False, remember=True
    )
    assert len(report.added) == 10
    # The command line finds the mapping remembered from the window for these headers.
    again = importing.run_import(classes.db, path, ImportRequest(class_code="114-001"))
    assert len(again.unchanged) == 10 and again.notes[0].startswith("欄位對應：")
    proposed = importing.proposed_mapping(classes.db, ["時間戳記", *headers], None)
    assert proposed == mapping


def test_map_option_numbers_the_questions(classes: Classes, tmp_path: Path) -> None:
    path = online_form(tmp_path / "form.csv")
    typed = "1. 您對課程內容滿意嗎？=1,2. 講座表現=Q2,時間安排=第3題,場地=4,整體而言=5,其他建議=6"
    report = importing.run_import(
        classes.db, path, ImportRequest(class_code="114-002", mapping=typed)
    )
    assert len(report.added) == 10
    with pytest.raises(InputRefused, match="問卷沒有第 9 題"):
        importing.run_import(
            classes.db, path, ImportRequest(class_code="114-002", mapping="場地=9")
        )


def test_the_statistics_workbook(classes: Classes, tmp_path: Path) -> None:
    type_forms(classes)
    out = tmp_path / "stats.xlsx"
    done = exports.run_export(classes.db, out, FileRequest(class_code="114-001"), Hooks())
    assert done.summary == "已匯出班期 114-001 滿意度統計（10 份回覆，回收率 71.4%）"
    book = load_workbook(out)
    rows = list(book["滿意度統計"].iter_rows(values_only=True))
    assert rows[0] == ("班期代碼", "課程名稱", "題號", "題目", "回覆數", "平均", "5", "4", "3",
                       "2", "1", "回收率")  # fmt: skip
    assert [(r[2], r[4], Decimal(str(r[5]))) for r in rows[1:6]] == [
        (str(n), 10 if n < 3 else 9, Decimal(MEANS[n])) for n in range(1, 6)
    ]
    assert rows[6][2:] == ("整體", "全部評分題", 10, 4.06, 16, 20, 9, 2, 0, "71.4%")
    opens = list(book["開放意見"].iter_rows(values_only=True))
    assert [r[4] for r in opens[1:]] == ["很實用", "希望延長時間", "場地太冷"]
    year = tmp_path / "year.xlsx"
    exports.run_export(classes.db, year, FileRequest(year=2025), Hooks())
    summary = list(load_workbook(year)["年度彙整"].iter_rows(values_only=True))
    assert summary[1] == ("全年度", "合計", 1, 10, 14, "71.4%", 4.06)


def test_the_printed_results(classes: Classes, tmp_path: Path) -> None:
    from pypdf import PdfReader

    with pytest.raises(InputRefused, match="還沒有任何問卷回覆"):
        printing.run_results(
            classes.db, tmp_path / "x.pdf", FileRequest(class_code="114-001"), Hooks()
        )
    type_forms(classes)
    out = tmp_path / "result.pdf"
    done = printing.run_results(classes.db, out, FileRequest(class_code="114-001"), Hooks())
    assert done.summary == "已產生班期 114-001 滿意度調查結果"
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    for expected in ("新竹市政府", "滿意度調查結果", "回收率：71.4%", "整體平均滿意度：4.06",
                     "平均 4.10", "場地太冷", "非常不滿意"):  # fmt: skip
        assert expected in text, expected


def test_the_blank_questionnaire_prints_the_class_template(
    classes: Classes, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from hrplanner.domain.survey import Question, QuestionKind
    from hrplanner.services.survey import templates
    from hrplanner.services.training import printing as training_printing

    rated, other = QuestionKind.RATED, QuestionKind.OPEN
    own = templates.save_template(
        classes.db,
        None,
        "講座課程問卷",
        [Question(2, "講座準備充分", rated), Question(5, "內容切合實務", rated),
         Question(7, "最想再聽的主題", other)],
    )  # fmt: skip
    assert own.version == 1
    templates.choose_template(classes.db, classes.ids["114-003"], own.id)
    data = training_printing.questionnaire(classes.db, "114-003")
    assert data.sections == (("", ("講座準備充分", "內容切合實務")),)
    assert data.numbers == (2, 5) and data.open_questions == ("7. 最想再聽的主題",)
    out = tmp_path / "blank.pdf"
    training_printing.print_questionnaire(classes.db, "114-003", out)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "講座準備充分" in text and "7. 最想再聽的主題" in text
    assert "課程時數安排適當" not in text  # the fixed list of before is gone
