"""簽到表: text round-trips, fonts embedded, header repeated, cells never overflow."""

from __future__ import annotations

import dataclasses
import io
import itertools
import shutil
import subprocess
from datetime import date, time
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from hrplanner.reports.pdf.data import SigninRow, SigninSheet
from hrplanner.reports.pdf.fonts import FontChoice, check_font, find_font, shipped_font_path
from hrplanner.reports.pdf.signin import build_signin

SURNAMES = "王陳林張李黃吳劉蔡楊許鄭謝郭洪"
GIVEN = ("志明", "淑芬", "家豪", "堃喆", "綉犇")


def fonts_under_test() -> list[FontChoice]:
    """The font this machine picks, and the shipped one (what a bare PC falls back to)."""
    shipped = shipped_font_path()
    assert shipped is not None
    chosen = find_font()
    others = [check_font(shipped, 0, "shipped")]
    return [chosen] if chosen.path == shipped else [chosen, *others]


@pytest.fixture(params=fonts_under_test(), ids=lambda f: f.family)
def font(request: pytest.FixtureRequest) -> FontChoice:
    return request.param  # type: ignore[no-any-return]


def people(n: int) -> list[SigninRow]:
    names = [s + g for g, s in itertools.product(GIVEN, SURNAMES)][:n]
    meals = ("葷", "素", "不用餐")
    return [
        SigninRow(name=name, unit="人事室", title="科員", meal=meals[i % 3])
        for i, name in enumerate(names)
    ]


def sheet(n: int = 45, **changes: object) -> SigninSheet:
    base = SigninSheet(
        agency="新竹市政府",
        class_title="公文寫作研習班",
        class_code="109-012",
        session_no=1,
        session_date=date(2020, 3, 5),
        start=time(9, 0),
        end=time(12, 0),
        location="本府第一會議室",
        hours_text="3小時",
        rows=people(n),
        meal_counts={"葷": 15, "素": 15, "不用餐": 15},
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def page_texts(pdf: Path | bytes) -> list[str]:
    source = io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf
    with pdfplumber.open(source) as doc:
        return [p.extract_text() or "" for p in doc.pages]


def assert_all_fonts_embedded(path: Path) -> None:
    reader = PdfReader(path)
    seen = 0
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            seen += 1
    assert seen
    if shutil.which("pdffonts"):
        lines = subprocess.run(
            ["pdffonts", str(path)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        assert lines and all(line.split()[-5] == "yes" for line in lines), lines


def test_45_people_round_trip_over_pages_with_repeated_header(
    tmp_path: Path, font: FontChoice
) -> None:
    out = tmp_path / "signin.pdf"
    data = sheet(45)
    build_signin([data], out, font)
    texts = page_texts(out)
    assert len(texts) >= 2
    whole = "\n".join(texts)
    for row in data.rows:
        assert row.name in whole
    assert texts[0].startswith("新竹市政府 公文寫作研習班 簽到表")
    assert "中華民國109年3月5日" in texts[0]
    assert "09:00～12:00" in texts[0] and "本府第一會議室" in texts[0] and "3小時" in texts[0]
    for number, text in enumerate(texts, 1):
        header = text.splitlines()[1] if number > 1 else text
        assert "簽到" in header and "姓名" in header and "序號" in header
        assert f"第 {number} 頁／共 {len(texts)} 頁" in text
        assert "承辦人" in text and "單位主管" in text
    # Continuation pages say which sheet they continue.
    assert "（續）" in texts[1] and "中華民國109年3月5日" in texts[1]
    # Blank rows for walk-ins continue the numbering (those that would start a page of their
    # own are dropped, see below); meal counts close the sheet.
    assert "\n46\n" in whole + "\n" and "\n51\n" not in whole + "\n"
    assert "用餐人數：葷 15 人 素 15 人 不用餐 15 人" in whole.replace("　", " ")
    assert_all_fonts_embedded(out)


def row_numbers(text: str) -> set[int]:
    firsts = (line.split()[0] for line in text.splitlines() if line.strip())
    return {int(word) for word in firsts if word.isdigit()}


@pytest.mark.parametrize(
    ("n", "landscape"), [(45, False), (44, False), (20, False), (45, True), (46, True)]
)
def test_blank_rows_never_start_a_page_of_their_own(
    tmp_path: Path, font: FontChoice, n: int, landscape: bool
) -> None:
    out = tmp_path / "signin.pdf"
    data = sheet(n, landscape=landscape)
    build_signin([data], out, font)
    texts = page_texts(out)
    names = [row.name for row in data.rows]
    for number, text in enumerate(texts, 1):
        assert any(name in text for name in names), f"page {number} holds no enrolled name"
    # The blank rows that fit beside the last names are kept, the meal counts close the sheet.
    last = row_numbers(texts[-1])
    assert n in last and max(last) <= n + data.blank_rows
    assert "用餐人數" in texts[-1]
    # The sheet is as short as it can be: the same people without blank rows take as many pages.
    bare = tmp_path / "bare.pdf"
    build_signin([dataclasses.replace(data, blank_rows=0)], bare, font)
    assert len(page_texts(bare)) == len(texts)


def test_blank_rows_that_fit_are_all_kept(tmp_path: Path, font: FontChoice) -> None:
    out = tmp_path / "signin.pdf"
    build_signin([sheet(30)], out, font)
    texts = page_texts(out)
    assert len(texts) == 2 and max(row_numbers(texts[-1])) == 35


def test_landscape_and_masked_identity_column(tmp_path: Path, font: FontChoice) -> None:
    rows = [dataclasses.replace(r, national_id_masked="A123456789") for r in people(3)]
    columns = ("序號", "單位", "姓名", "身分證字號", "簽到")
    out = tmp_path / "land.pdf"
    build_signin([sheet(rows=rows, landscape=True, columns=columns, meal_counts=None)], out, font)
    with pdfplumber.open(out) as doc:
        page = doc.pages[0]
        assert page.width > page.height
        text = page.extract_text()
    assert "A12****789" in text and "A123456789" not in text
    assert "職稱" not in text and "用餐" not in text


def test_sessions_of_a_class_share_one_pdf_each_numbered_alone(
    tmp_path: Path, font: FontChoice
) -> None:
    first = sheet(30, session_count=2)
    second = sheet(3, session_no=2, session_count=2, session_date=date(2020, 3, 12))
    buffer = io.BytesIO()
    build_signin([first, second], buffer, font)
    texts = page_texts(buffer.getvalue())
    last = texts[-1]
    assert "中華民國109年3月12日" in last and "場次：第2場／共2場" in last
    assert "第 1 頁／共 1 頁" in last
    assert f"第 1 頁／共 {len(texts) - 1} 頁" in texts[0]


def test_rare_characters_round_trip(tmp_path: Path, font: FontChoice) -> None:
    rows = [SigninRow(name=n, unit="綉犇科") for n in ("陳堃喆", "林峯着", "黃犇綉")]
    out = tmp_path / "rare.pdf"
    build_signin([sheet(rows=rows)], out, font)
    text = page_texts(out)[0]
    for expected in ("陳堃喆", "林峯着", "黃犇綉", "綉犇科"):
        assert expected in text


def test_long_text_stays_inside_its_cells(tmp_path: Path, font: FontChoice) -> None:
    long_row = SigninRow(
        name="司馬相如安德烈亞歷山大",
        unit="社會處社會福利科兒童及少年福利股暨身心障礙福利股",
        title="專員兼任資訊安全長暨個人資料保護聯絡窗口",
        meal="不用餐",
        note="代理人：王大明；下午請假二小時，另補簽到",
    )
    out = tmp_path / "long.pdf"
    for landscape in (False, True):
        build_signin([sheet(rows=[long_row] * 3, landscape=landscape)], out, font)
        with pdfplumber.open(out) as doc:
            page = doc.pages[0]
            verticals = [e for e in page.edges if e["orientation"] == "v"]
            assert len(verticals) > 8
            inside = [c for c in page.chars if c["top"] > verticals[0]["top"]]
            for char in inside:
                middle = (char["top"] + char["bottom"]) / 2
                for edge in verticals:
                    if edge["top"] <= middle <= edge["bottom"]:
                        crosses = char["x0"] < edge["x0"] - 0.3 and char["x1"] > edge["x0"] + 0.3
                        assert not crosses, (char["text"], edge["x0"])
            text = page.extract_text().replace("\n", "")
        assert "社會處社會福利科" in text and "司馬相如" in text


def test_unknown_column_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="電話"):
        build_signin([sheet(columns=("序號", "姓名", "電話"))], tmp_path / "x.pdf")


def test_long_title_goes_on_two_lines_agency_first(tmp_path: Path, font: FontChoice) -> None:
    agency = "國立臺灣師範大學附屬高級中學"
    title = "112年度資通安全暨個人資料保護教育訓練（一般使用者及主管）"
    out = tmp_path / "title.pdf"
    build_signin([sheet(3, agency=agency, class_title=title)], out, font)
    lines = page_texts(out)[0].splitlines()
    assert lines[0] == agency
    assert lines[1] == f"{title} 簽到表"
