"""Font discovery for printed forms: TrueType only, Traditional coverage, clear refusals."""

from __future__ import annotations

import struct
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from hrplanner import i18n
from hrplanner.reports.pdf import fonts
from hrplanner.reports.pdf.data import SigninRow, SigninSheet
from hrplanner.reports.pdf.fonts import (
    Candidate,
    FontNotFound,
    MissingGlyphs,
    UnusableFont,
    check_font,
    find_font,
    register_font,
    shipped_font_path,
)
from hrplanner.reports.pdf.signin import build_signin

UKAI = Path("/usr/share/fonts/truetype/arphic/ukai.ttc")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _fake_otf(path: Path) -> Path:
    """An sfnt header with a CFF table and no glyf table, as in Noto Sans CJK .otf files."""
    header = b"OTTO" + struct.pack(">HHHH", 2, 32, 1, 0)
    tables = b"CFF " + b"\0" * 12 + b"cmap" + b"\0" * 12
    path.write_bytes(header + tables + b"\0" * 64)
    return path


def test_shipped_font_is_installed_with_its_licence() -> None:
    path = shipped_font_path()
    assert path is not None and path.name == "wqy-microhei.ttc"
    licence = path.with_name("wqy-microhei-LICENSE.txt").read_text(encoding="utf-8")
    assert "Apache License" in licence
    choice = check_font(path, 0, "shipped")
    assert choice.family == "WenQuanYi Micro Hei"


def test_find_font_returns_an_embeddable_traditional_font() -> None:
    choice = find_font()
    name = register_font(choice)
    face = pdfmetrics.getFont(name).face
    assert all(ord(c) in face.charToGlyph for c in "0123456789臺灣簽到證明書")
    assert choice.source in {"windows", "system", "shipped"}
    assert choice.family in choice.describe()


@pytest.mark.skipif(not UKAI.is_file(), reason="AR PL UKai not installed")
def test_user_collection_picks_the_taiwan_face() -> None:
    choice = find_font(str(UKAI))
    assert choice.source == "user"
    assert choice.subfont_index == 2
    assert choice.family == "AR PL UKai TW"


def test_user_otf_is_refused_with_advice(tmp_path: Path) -> None:
    otf = _fake_otf(tmp_path / "NotoSansCJKtc-Regular.otf")
    with pytest.raises(UnusableFont) as info:
        find_font(str(otf))
    message = str(info.value)
    assert "OpenType/CFF" in message and "設定" in message


def test_a_user_font_is_never_silently_replaced(tmp_path: Path) -> None:
    bogus = tmp_path / "kaiu.ttf"
    bogus.write_bytes(b"this is not a font at all, just text")
    with pytest.raises(UnusableFont, match="不是 TrueType"):
        find_font(str(bogus))
    with pytest.raises(UnusableFont, match="找不到字型檔"):
        find_font(str(tmp_path / "missing.ttf"))


def test_a_font_refusal_in_english(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(fonts, "system_candidates", lambda: [])
    monkeypatch.setattr(fonts, "shipped_font_path", lambda: None)
    i18n.set_language("en")
    try:
        with pytest.raises(UnusableFont) as info:
            find_font(str(tmp_path / "kaiu.ttf"))
        assert str(info.value) == (
            f'The font file "{tmp_path / "kaiu.ttf"}" was not found. In Settings, choose a '
            "Chinese TrueType font file (.ttf or .ttc), such as 標楷體 kaiu.ttf."
        )
        with pytest.raises(FontNotFound) as missing:
            find_font()
        assert str(missing.value).startswith("No Traditional Chinese TrueType font")
        assert str(missing.value).endswith("such as 標楷體 kaiu.ttf.")
    finally:
        i18n.set_language("zh_TW")


@pytest.mark.skipif(not DEJAVU.is_file(), reason="DejaVu not installed")
def test_font_without_chinese_is_refused_and_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(UnusableFont, match="缺少繁體中文"):
        find_font(str(DEJAVU))
    # Among automatic candidates an unusable one is skipped, not fatal.
    monkeypatch.setattr(fonts, "system_candidates", lambda: [Candidate(DEJAVU, 0, "system")])
    assert find_font().source == "shipped"


def test_no_font_anywhere_raises_font_not_found(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(fonts, "system_candidates", lambda: [])
    monkeypatch.setattr(fonts, "shipped_font_path", lambda: None)
    with pytest.raises(FontNotFound) as info:
        find_font()
    assert "設定" in str(info.value) and "TrueType" in str(info.value)
    # A builder asked to print without a font refuses and leaves no file behind.
    out = tmp_path / "signin.pdf"
    sheet = SigninSheet(agency="某機關", class_title="課程", session_date=date(2020, 3, 5))
    with pytest.raises(FontNotFound):
        build_signin([sheet], out)
    assert list(tmp_path.iterdir()) == []


def test_characters_no_font_has_are_refused(tmp_path: Path) -> None:
    sheet = SigninSheet(
        agency="某機關",
        class_title="課程",
        session_date=date(2020, 3, 5),
        rows=[SigninRow(name="王\U0010fffd明")],  # a private-use code point: in no font at all
    )
    with pytest.raises(MissingGlyphs, match="\U0010fffd"):
        build_signin([sheet], tmp_path / "x.pdf", find_font())
    assert not (tmp_path / "x.pdf").exists()


def test_without_fallbacks_the_chosen_font_alone_decides(tmp_path: Path) -> None:
    sheet = SigninSheet(
        agency="某機關",
        class_title="課程",
        session_date=date(2020, 3, 5),
        rows=[SigninRow(name="王\U00020000明")],  # CJK Extension B: in neither ukai nor wqy
    )
    with pytest.raises(MissingGlyphs, match="\U00020000"):
        build_signin([sheet], tmp_path / "x.pdf", find_font(), fallbacks=())
    assert not (tmp_path / "x.pdf").exists()


def test_registration_is_paid_once(monkeypatch: pytest.MonkeyPatch) -> None:
    choice = find_font()
    first = register_font(choice)
    parsed: list[str] = []
    real = fonts.TTFont

    def counting(*args: object, **kwargs: object) -> object:
        parsed.append(str(args[1]))
        return real(*args, **kwargs)

    monkeypatch.setattr(fonts, "TTFont", counting)
    for _attempt in range(20):
        assert register_font(choice) == first
        assert find_font() == choice
    assert parsed == []  # the font file is parsed once per process, never again
