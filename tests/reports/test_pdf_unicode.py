"""Every character prints and reads back: ToUnicode beyond the BMP, per-character fallback."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from hrplanner.reports.pdf.certificate import (
    Unprintable,
    build_certificate_files,
    build_certificates,
)
from hrplanner.reports.pdf.data import Certificate, SigninRow, SigninSheet
from hrplanner.reports.pdf.fallback import (
    FallbackFont,
    fallback_choice,
    find_fallbacks,
    register_chain,
)
from hrplanner.reports.pdf.fonts import (
    FontChoice,
    MissingGlyphs,
    UnusableFont,
    check_font,
    shipped_font_path,
)
from hrplanner.reports.pdf.signin import build_signin
from hrplanner.reports.pdf.tounicode import to_unicode_cmap, utf16_hex

CNS = Path("/usr/share/fonts/truetype/cns11643")
EXT_B = CNS / "TW-Kai-Ext-B-98_1.ttf"
needs_tw_kai = pytest.mark.skipif(
    not EXT_B.is_file(), reason="全字庫 TW-Kai (Debian fonts-cns11643-kai) not installed"
)
RARE = ("張𡘙", "李𨭎華", "高潞．以用．巴魕剌", "林堃")
NOWHERE = "\U0010fffd"  # a private-use code point no font has


def shipped() -> FontChoice:
    path = shipped_font_path()
    assert path is not None
    return check_font(path, 0, "shipped")  # WenQuanYi Micro Hei: lacks 𡘙 and 𨭎


def cert(i: int, name: str) -> Certificate:
    return Certificate(
        number=f"(115)研字第{i:04d}號",
        name=name,
        class_title="環境教育：減塑生活（進階）",
        start_date=date(2026, 3, 5),
        end_date=date(2026, 3, 5),
        hours_text="3小時",
        agency="新竹市政府",
        head_title="市長",
        head_name="高虹安",
        issue_date=date(2026, 3, 10),
    )


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_to_unicode_map_writes_surrogate_pairs() -> None:
    assert utf16_hex(ord("中")) == "4E2D"
    assert utf16_hex(0x21619) == "D845DE19"
    assert utf16_hex(0x28B4E) == "D862DF4E"
    cmap = to_unicode_cmap("AAAAAA+Test", [0, 0x4E2D, 0x21619])
    assert "<01> <4E2D>" in cmap and "<02> <D845DE19>" in cmap
    assert "<21619>" not in cmap
    big = to_unicode_cmap("X", list(range(256)))
    assert big.count("beginbfchar") == 3  # at most 100 entries a section


@needs_tw_kai
def test_characters_beyond_the_bmp_read_back_from_certificates(tmp_path: Path) -> None:
    out = tmp_path / "certs.pdf"
    certs = [cert(i, name) for i, name in enumerate(RARE, 1)]
    build_certificates(certs, out, shipped())
    pages = [squeeze(p.extract_text()) for p in PdfReader(out).pages]
    with pdfplumber.open(out) as doc:
        plumbed = [squeeze(p.extract_text()) for p in doc.pages]
    for i, name in enumerate(RARE):
        assert f"{name}君" in pages[i], pages[i]
        assert f"{name}君" in plumbed[i], plumbed[i]
        assert "環境教育：減塑生活（進階）" in plumbed[i]
    assert "𡘙" in pages[0] and "𨭎" in pages[1]


@needs_tw_kai
def test_each_character_is_drawn_with_the_first_font_that_has_it(tmp_path: Path) -> None:
    primary = shipped()
    name = register_chain(primary, find_fallbacks(primary))
    font = pdfmetrics.getFont(name)
    assert isinstance(font, FallbackFont)
    assert font.font_of("張") == primary
    ext_b = font.font_of("𡘙")
    assert ext_b is not None and ext_b.path.name == EXT_B.name
    assert font.font_of(NOWHERE) is None
    out = tmp_path / "signin.pdf"
    sheet = SigninSheet(
        agency="新竹市政府",
        class_title="環境教育",
        session_date=date(2026, 3, 5),
        rows=[SigninRow(name=n, unit="人事室") for n in RARE],
    )
    build_signin([sheet], out, primary)
    with pdfplumber.open(out) as doc:
        chars = doc.pages[0].chars
        text = squeeze(doc.pages[0].extract_text())
    for n in ("張𡘙", "李𨭎華", "林堃"):
        assert n in text
    assert "高潞．以" in text and "用．巴魕剌" in text  # the long name wraps in its cell
    fonts_of = {c["text"]: c["fontname"] for c in chars}
    assert "TW-Kai-Ext-B" in fonts_of["𡘙"] and "TW-Kai-Ext-B" not in fonts_of["張"]


def test_fallback_fonts_are_parsed_only_when_needed() -> None:
    primary = shipped()
    name = register_chain(primary, [fallback_choice(primary.path, 0, "fallback")])
    font = pdfmetrics.getFont(name)
    assert font.covers("王") and font._fonts[1] is None
    assert not font.covers(NOWHERE) and font._fonts[1] is not None


def test_a_page_only_no_font_can_print_is_left_out_naming_the_person(tmp_path: Path) -> None:
    certs = [cert(1, "王小明"), cert(2, f"林{NOWHERE}"), cert(3, "陳美玲")]
    out = tmp_path / "certs.pdf"
    skipped: list[Unprintable] = []
    build_certificates(certs, out, shipped(), skipped=skipped)
    assert [s.number for s in skipped] == ["(115)研字第0002號"]
    assert skipped[0].missing == (NOWHERE,) and "U+10FFFD" in skipped[0].describe()
    pages = [squeeze(p.extract_text()) for p in PdfReader(out).pages]
    assert len(pages) == 2 and "王小明" in pages[0] and "陳美玲" in pages[1]
    folder = tmp_path / "each"
    again: list[Unprintable] = []
    paths = build_certificate_files(certs, folder, shipped(), skipped=again)
    assert [p.name for p in paths] == [
        "(115)研字第0001號_王小明.pdf",
        "(115)研字第0003號_陳美玲.pdf",
    ]
    assert again == skipped


def test_callers_that_do_not_collect_skipped_pages_get_a_refusal(tmp_path: Path) -> None:
    certs = [cert(1, "王小明"), cert(2, f"林{NOWHERE}")]
    out = tmp_path / "certs.pdf"
    with pytest.raises(MissingGlyphs, match="林") as info:
        build_certificates(certs, out, shipped())
    assert "(115)研字第0002號" in str(info.value)
    assert not out.exists()
    with pytest.raises(MissingGlyphs):  # nobody printable: refused even when collecting
        build_certificates([cert(2, f"林{NOWHERE}")], out, shipped(), skipped=[])


def test_a_character_missing_from_the_agency_refuses_the_batch(tmp_path: Path) -> None:
    certs = [dataclasses.replace(cert(1, "王小明"), agency=f"某{NOWHERE}機關")]
    with pytest.raises(MissingGlyphs):
        build_certificates(certs, tmp_path / "x.pdf", shipped(), skipped=[])


def test_a_user_named_fallback_font_is_checked(tmp_path: Path) -> None:
    bogus = tmp_path / "mine.ttf"
    bogus.write_bytes(b"not a font")
    with pytest.raises(UnusableFont):
        find_fallbacks(shipped(), extra=[bogus])
    # naming the chosen font again adds nothing: it is already first in the chain
    chain = find_fallbacks(shipped(), extra=[shipped().path])
    assert all(c.path.resolve() != shipped().path.resolve() for c in chain)
