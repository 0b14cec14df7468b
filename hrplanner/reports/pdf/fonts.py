"""Find, check and register the Traditional Chinese TrueType font that every printed form embeds.

SPEC §3.3: a font the user chose, else 標楷體 / 微軟正黑體 / 細明體 on Windows, else a CJK
TrueType font of the system (Linux, macOS), else the open font shipped with the application.
reportlab embeds only TrueType (glyf) outlines: OpenType/CFF fonts such as Noto CJK fail, and
its built-in CID fonts are not embedded at all (PLATFORM.md). A candidate is therefore checked
before it is chosen: glyf outlines, Latin digits and letters, and common Traditional characters.
Parsing a CJK font costs ~0.05–0.09 s, so parsed fonts are cached per process and the check
and the registration share one parse.
"""

from __future__ import annotations

import importlib.resources
import os
import struct
import sys
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError

from hrplanner.i18n import N_, _
from hrplanner.paths import expanded

# Every font is loaded as UnicodeTTFont, whose ToUnicode maps hold characters beyond the BMP.
from .tounicode import UnicodeTTFont as TTFont

# Characters every form needs: digits for dates and hours, Latin for codes and ID numbers,
# and Traditional characters that a Simplified-only or symbol font lacks.
REQUIRED_CHARS = (
    "0123456789ABCabcxyz()/:-.中華民國年月日簽到表研習證明書單位職稱姓名臺灣體滿意調查績"
)

SETTINGS_HINT = N_(
    "請在「設定」中選擇一個 TrueType 中文字型檔（.ttf 或 .ttc），例如標楷體 kaiu.ttf。"
)


def _advised(problem: str) -> str:
    """A refusal followed by the advice what to do (two sentences, both translated)."""
    return _("{problem}{advice}").format(problem=problem, advice=_(SETTINGS_HINT))


class FontNotFound(Exception):
    """No usable Traditional Chinese TrueType font; the message tells the user what to do."""


class UnusableFont(FontNotFound):
    """A font file (usually the one the user picked) that cannot be embedded or lacks glyphs."""


class MissingGlyphs(FontNotFound):
    """The chosen font lacks characters that the document needs (would print as boxes)."""


@dataclass(frozen=True)
class FontChoice:
    """A checked font: file, sub-font of a .ttc collection, family name, where it was found."""

    path: Path
    subfont_index: int
    family: str
    source: str  # "user", "windows", "system", "shipped"

    def describe(self) -> str:
        where = {"user": N_("自選字型"), "windows": N_("Windows 字型"), "system": N_("系統字型")}
        label = where.get(self.source, N_("內附字型"))
        return _("{family}（{where}：{path}）").format(
            family=self.family, where=_(label), path=self.path
        )


@dataclass(frozen=True)
class Candidate:
    path: Path
    subfont_index: int | None  # None: pick the Taiwan sub-font of a collection, else the first
    source: str


def windows_candidates() -> list[Candidate]:
    windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
    local = os.environ.get("LOCALAPPDATA")
    folders = [windir / "Fonts"]
    if local:  # fonts installed "for this user only" on Windows 10+
        folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    names = (("kaiu.ttf", 0), ("msjh.ttc", 0), ("mingliu.ttc", 0))
    return [Candidate(f / n, i, "windows") for f in folders for n, i in names]


def unix_candidates() -> list[Candidate]:
    roots = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts"]
    found: list[Candidate] = []
    for name, index in (
        ("truetype/arphic/ukai.ttc", 2),  # AR PL UKai TW: 楷書, closest to 標楷體
        ("truetype/arphic/uming.ttc", 2),
        ("truetype/wqy/wqy-microhei.ttc", 0),
        ("truetype/wqy/wqy-zenhei.ttc", 0),
        ("arphic-ukai/ukai.ttc", 2),  # Fedora layout
        ("wqy-microhei/wqy-microhei.ttc", 0),
    ):
        found.extend(Candidate(r / name, index, "system") for r in roots)
    for mac in (
        "/Library/Fonts/Arial Unicode.ttf",
        "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
        "/System/Library/Fonts/STHeiti Medium.ttc",
        "/System/Library/Fonts/STHeiti Light.ttc",
        "/System/Library/Fonts/PingFang.ttc",
    ):
        found.append(Candidate(Path(mac), None, "system"))
    return found


def system_candidates() -> list[Candidate]:
    """Fonts to try after the user's own choice, in order of preference."""
    if sys.platform.startswith("win"):
        return windows_candidates()
    return unix_candidates()


def shipped_font_path() -> Path | None:
    """The WenQuanYi Micro Hei file installed with the package (Apache-2.0)."""
    try:
        res = importlib.resources.files("hrplanner.resources") / "fonts" / "wqy-microhei.ttc"
    except ModuleNotFoundError:
        return None
    path = Path(str(res))
    return path if path.is_file() else None


def _outline_kinds(path: Path) -> list[set[str]]:
    """Table tags of each sub-font, read from the sfnt headers without parsing the font."""
    with path.open("rb") as fh:
        head = fh.read(12)
        if len(head) < 12:
            raise UnusableFont(_advised(_("字型檔「{name}」太短或已損壞。").format(name=path.name)))
        if head[:4] == b"ttcf":
            count = struct.unpack(">I", head[8:12])[0]
            offsets = list(struct.unpack(f">{count}I", fh.read(4 * count)))
        else:
            offsets = [0]
        result = []
        for off in offsets:
            fh.seek(off)
            sfnt = fh.read(12)
            if sfnt[:4] not in (b"\x00\x01\x00\x00", b"true", b"OTTO"):
                raise UnusableFont(
                    _advised(
                        _("「{name}」不是 TrueType 字型檔（.ttf/.ttc）。").format(name=path.name)
                    )
                )
            ntables = struct.unpack(">H", sfnt[4:6])[0]
            directory = fh.read(16 * ntables)
            result.append(
                {directory[i * 16 : i * 16 + 4].decode("latin-1") for i in range(ntables)}
            )
        return result


_cache_lock = threading.RLock()
_parsed: dict[tuple[str, int, int, int], TTFont] = {}
_registered: dict[tuple[str, int], str] = {}


def _load(path: Path, index: int) -> TTFont:
    stat = path.stat()
    key = (str(path.resolve()), index, stat.st_size, int(stat.st_mtime))
    with _cache_lock:
        font = _parsed.get(key)
        if font is None:
            name = f"HRP{len(_parsed)}-{path.stem}-{index}"
            font = TTFont(name, str(path), subfontIndex=index)
            _parsed[key] = font
        return font


def usable_outlines(path: Path, index: int | None) -> list[set[str]]:
    """The table tags of the font's sub-fonts, after checking that the file exists, has the
    sub-font ``index`` (None: any) and TrueType outlines that PDF can embed; UnusableFont."""
    if not path.is_file():
        raise UnusableFont(_advised(_("找不到字型檔「{path}」。").format(path=path)))
    try:
        kinds = _outline_kinds(path)
    except OSError as exc:
        raise UnusableFont(
            _advised(_("無法讀取字型檔「{path}」：{reason}。").format(path=path, reason=exc))
        ) from exc
    indexes = list(range(len(kinds))) if index is None else [index]
    if any(i >= len(kinds) for i in indexes):
        raise UnusableFont(
            _advised(
                _("字型檔「{name}」沒有第 {index} 個子字型。").format(name=path.name, index=index)
            )
        )
    if all("glyf" not in kinds[i] for i in indexes):
        raise UnusableFont(
            _advised(
                _(
                    "「{name}」是 OpenType/CFF（PostScript 外框）字型，PDF 無法內嵌，"
                    "例如 Noto Sans CJK 或 .otf 檔都不能用。"
                ).format(name=path.name)
            )
        )
    return kinds


def load_font(choice: FontChoice) -> TTFont:
    """The parsed font of a checked choice (cached per process)."""
    return _load(choice.path, choice.subfont_index)


def check_font(path: Path, index: int | None, source: str) -> FontChoice:
    """Check that one font file embeds and covers the forms' characters; raise UnusableFont."""
    kinds = usable_outlines(path, index)
    indexes = list(range(len(kinds))) if index is None else [index]
    problems = []
    fonts: list[tuple[int, TTFont]] = []
    for i in indexes:
        if "glyf" not in kinds[i]:
            continue
        try:
            fonts.append((i, _load(path, i)))
        except (TTFError, OSError, struct.error, ValueError) as exc:
            problems.append(str(exc))
    if not fonts:
        raise UnusableFont(
            _advised(
                _("字型檔「{name}」無法內嵌：{reasons}。").format(
                    name=path.name, reasons="；".join(problems)
                )
            )
        )
    if index is None and len(fonts) > 1:
        # A collection: prefer the Taiwan face (ukai/uming TW, PingFang TC) over CN/HK ones.
        fonts.sort(key=lambda f: not any(t in _family(f[1]) for t in (" TW", " TC", "Taiwan")))
    chosen_index, font = fonts[0]
    missing = [c for c in REQUIRED_CHARS if ord(c) not in font.face.charToGlyph]
    if missing:
        raise UnusableFont(
            _advised(
                _(
                    "字型「{family}」缺少繁體中文或英數字（例如「{chars}」），印出會變成方框。"
                ).format(family=_family(font), chars="".join(missing[:8]))
            )
        )
    return FontChoice(path, chosen_index, _family(font), source)


def _family(font: TTFont) -> str:
    raw = font.face.familyName or font.face.name
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


def find_font(user_path: str | None = None, user_subfont: int | None = None) -> FontChoice:
    """The font for printed forms (SPEC §3.3 order); raise FontNotFound with advice if none.

    A font the user picked is never silently replaced: if it cannot be used, UnusableFont says
    why (OTF/CFF, missing characters, not a font) so the user can pick another one.
    """
    if user_path:
        return check_font(expanded(user_path), user_subfont, "user")
    candidates = [c for c in system_candidates() if c.path.is_file()]
    shipped = shipped_font_path()
    if shipped is not None:
        candidates.append(Candidate(shipped, 0, "shipped"))
    for cand in candidates:
        try:
            return check_font(cand.path, cand.subfont_index, cand.source)
        except UnusableFont:
            continue
    raise FontNotFound(
        _advised(
            _("找不到可內嵌於 PDF 的繁體中文 TrueType 字型，無法列印（否則中文會印成方框或空白）。")
        )
    )


def register_font(choice: FontChoice) -> str:
    """Register the font with reportlab once per process; return the name to draw with."""
    key = (str(choice.path.resolve()), choice.subfont_index)
    with _cache_lock:
        name = _registered.get(key)
        if name is None:
            font = _load(choice.path, choice.subfont_index)
            pdfmetrics.registerFont(font)
            name = font.fontName
            _registered[key] = name
        return name


def missing_chars(font_name: str, texts: Iterable[str]) -> list[str]:
    """Characters of the texts that the registered font — with its fallback chain, if it is
    one — cannot draw (they would print as boxes)."""
    from .fallback import chain_missing  # fallback builds on this module

    return chain_missing(font_name, texts)


def ensure_coverage(font_name: str, texts: Iterable[str]) -> None:
    """Refuse to print text no available font has, naming the characters (never print boxes)."""
    missing = missing_chars(font_name, texts)
    if missing:
        raise MissingGlyphs(missing_message(font_name, missing))


def missing_message(font_name: str, missing: Sequence[str]) -> str:
    """The refusal for characters no font of the chain has, with what to do about it."""
    font = pdfmetrics.getFont(font_name)
    choices = getattr(font, "choices", None)
    shown = "、".join(f"{c}（U+{ord(c):04X}）" for c in missing[:20])
    if choices:
        families = "、".join(c.family for c in choices)
        return _(
            "可用的字型（{families}）都缺少這些字：{chars}，印出會變成方框。"
            "請安裝含有這些字的 TrueType 字型（例如全字庫正楷體 TW-Kai），或在「設定」中指定。"
        ).format(families=families, chars=shown)
    return _(
        "字型「{family}」缺少這些字：{chars}，印出會變成方框。"
        "請在「設定」中改選含有這些字的 TrueType 字型檔（例如標楷體 kaiu.ttf）。"
    ).format(family=_family(font), chars=shown)
