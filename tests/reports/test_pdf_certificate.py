"""研習證明書: one page per person, wording from the template, progress, cancel, files."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image
from pypdf import PdfReader

from hrplanner.reports.pdf.certificate import (
    BODY_BOTTOM,
    PAGE_H,
    body_text,
    build_certificate_files,
    build_certificates,
)
from hrplanner.reports.pdf.data import Certificate
from hrplanner.reports.pdf.fonts import FontChoice, check_font, find_font, shipped_font_path
from hrplanner.reports.pdf.layout import BuildCancelled

NAMES = ("陳堃喆", "林綉犇", "張峯着", "王小明")


def fonts_under_test() -> list[FontChoice]:
    shipped = shipped_font_path()
    assert shipped is not None
    chosen = find_font()
    return [chosen] if chosen.path == shipped else [chosen, check_font(shipped, 0, "shipped")]


@pytest.fixture(params=fonts_under_test(), ids=lambda f: f.family)
def font(request: pytest.FixtureRequest) -> FontChoice:
    return request.param  # type: ignore[no-any-return]


def cert(i: int = 1, **changes: object) -> Certificate:
    base = Certificate(
        number=f"(109)研字第{i:04d}號",
        name=NAMES[(i - 1) % len(NAMES)],
        class_title="公文寫作研習班",
        start_date=date(2020, 3, 5),
        end_date=date(2020, 3, 6),
        hours_text="6小時",
        agency="新竹市政府",
        head_title="市長",
        head_name="林智堅",
        issue_date=date(2020, 3, 10),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_one_page_per_person_and_text_round_trips(tmp_path: Path, font: FontChoice) -> None:
    certs = [cert(i) for i in range(1, 5)]
    out = tmp_path / "certs.pdf"
    build_certificates(certs, out, font)
    with pdfplumber.open(out) as doc:
        texts = [p.extract_text() for p in doc.pages]
    assert len(texts) == len(certs)
    for c, text in zip(certs, texts, strict=True):
        flat = squeeze(text)
        assert "研習證明書" in flat
        assert c.number in flat
        assert squeeze(body_text(c)) in flat
        assert "陳堃喆" not in flat or c.name == "陳堃喆"
        assert "新竹市政府" in flat and "市長林智堅" in flat
        assert "中華民國109年3月10日" in flat
    assert squeeze(body_text(certs[0])) == squeeze(
        "陳堃喆 君於中華民國109年3月5日至3月6日參加本機關辦理之「公文寫作研習班」，"
        "研習時數共計6小時，特此證明。"
    )
    reader = PdfReader(out)
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            assert "/FontFile2" in ref.get_object()["/FontDescriptor"].get_object()


def test_template_placeholders_and_unknown_ones(tmp_path: Path, font: FontChoice) -> None:
    template = (
        "{agency}{head_title}{head_name}證明{name}參加{class_title}"
        "（{start}起{end}止），計{hours}。字號{number}"
    )
    c = cert(7, body_template=template)
    assert body_text(c) == (
        "新竹市政府市長林智堅證明張峯着參加公文寫作研習班（109年3月5日起109年3月6日止），"
        "計6小時。字號(109)研字第0007號"
    )
    with pytest.raises(ValueError, match=r"\{姓名\}"):
        build_certificates([cert(body_template="{姓名} 參加")], tmp_path / "x.pdf", font)
    assert not (tmp_path / "x.pdf").exists()


def test_long_wording_shrinks_above_the_signature_block(tmp_path: Path, font: FontChoice) -> None:
    long_body = (
        "{name} 君參加本機關辦理之「{class_title}」。"
        + "課程內容包括公文製作、簽稿撰擬與溝通協調實務演練。" * 12
    )
    out = tmp_path / "long.pdf"
    build_certificates([cert(body_template=long_body)], out, font)
    with pdfplumber.open(out) as doc:
        page = doc.pages[0]
        body_chars = [c for c in page.chars if c["text"] == "練"]
        assert body_chars
        assert max(c["bottom"] for c in body_chars) < PAGE_H - BODY_BOTTOM + 5
        for c in page.chars:
            assert c["x0"] > 37 and c["x1"] < page.width - 37


def test_progress_cancel_and_no_partial_file(tmp_path: Path, font: FontChoice) -> None:
    certs = [cert(i) for i in range(1, 6)]
    calls: list[tuple[int, int]] = []
    build_certificates(certs, tmp_path / "ok.pdf", font, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(i, 5) for i in range(1, 6)]

    done: list[int] = []
    out = tmp_path / "cancelled.pdf"
    with pytest.raises(BuildCancelled):
        build_certificates(
            certs, out, font, progress=lambda d, t: done.append(d), cancelled=lambda: len(done) >= 2
        )
    assert done == [1, 2]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.pdf"]


def test_one_file_per_person(tmp_path: Path, font: FontChoice) -> None:
    certs = [cert(i) for i in range(1, 4)]
    paths = build_certificate_files(certs, tmp_path / "out", font)
    assert [p.name for p in paths] == [
        f"(109)研字第{i:04d}號_{NAMES[i - 1]}.pdf" for i in (1, 2, 3)
    ]
    for c, path in zip(certs, paths, strict=True):
        with pdfplumber.open(path) as doc:
            assert len(doc.pages) == 1
            assert c.name in doc.pages[0].extract_text()


def test_seal_image_is_placed_only_when_given(tmp_path: Path, font: FontChoice) -> None:
    seal = tmp_path / "seal.png"
    Image.new("RGBA", (64, 64), (200, 0, 0, 180)).save(seal)
    out = tmp_path / "seal.pdf"
    build_certificates([cert(1, seal_image=seal), cert(2)], out, font)
    with pdfplumber.open(out) as doc:
        assert len(doc.pages[0].images) == 1
        assert doc.pages[1].images == []
    with pytest.raises(FileNotFoundError, match="印信"):
        build_certificates([cert(1, seal_image=tmp_path / "none.png")], out, font)
