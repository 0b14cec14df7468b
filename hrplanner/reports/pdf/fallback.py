"""Per-character font fallback: a glyph missing from the chosen font comes from the next font.

Rare characters of people's names (堃 喆 綉 峯 犇, and 𡘙 𨭎 of CJK Extension B) are missing
from many fonts — the shipped WenQuanYi Micro Hei lacks 𡘙 and 𨭎. Instead of refusing a
whole batch, each character is drawn with the first font of a chain that has it: the font the
user chose (or found by ``find_font``), then fonts of wide coverage found on the PC — 全字庫
正楷體 TW-Kai (Debian ``fonts-cns11643-kai``, open government licence; its Ext-B file holds
plane 2), 細明體-ExtB on Windows, AR PL UKai/UMing — then fonts the user names. Only a
character that no font of the chain has is missing (``chain_missing``), and the builders
refuse just the page or the form that needs it.

``FallbackFont`` is registered with reportlab like a TrueType font; it routes each run of
characters to the underlying font's own subsets, so text extraction still reads the right
characters (through ``UnicodeTTFont``'s ToUnicode maps). Fallback fonts are parsed only when
a character is missing from the fonts before them: the usual document costs nothing extra.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics

from hrplanner.paths import expanded

from .fonts import Candidate, FontChoice, UnusableFont, load_font, usable_outlines

_CNS_FILES = ("TW-Kai-98_1.ttf", "TW-Kai-Ext-B-98_1.ttf", "TW-Kai-Plus-98_1.ttf")
_CNS_SUNG = ("TW-Sung-98_1.ttf", "TW-Sung-Ext-B-98_1.ttf", "TW-Sung-Plus-98_1.ttf")


def fallback_candidates() -> list[Candidate]:
    """Fonts of wide Traditional Chinese coverage to try, in order, after the chosen font."""
    if sys.platform.startswith("win"):
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        folders = [windir / "Fonts"]
        local = os.environ.get("LOCALAPPDATA")
        if local:
            folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
        names = [(n, 0) for n in (*_CNS_FILES, *_CNS_SUNG)]
        # 細明體-ExtB (plane 2), then the usual Traditional fonts for BMP characters.
        names += [("mingliub.ttc", 0), ("kaiu.ttf", 0), ("mingliu.ttc", 0), ("msjh.ttc", 0)]
        return [Candidate(f / n, i, "fallback") for f in folders for n, i in names]
    roots = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts"]
    relative = [(f"truetype/cns11643/{n}", 0) for n in (*_CNS_FILES, *_CNS_SUNG)]
    relative += [("truetype/arphic/ukai.ttc", 2), ("truetype/arphic/uming.ttc", 2)]
    found = [Candidate(r / name, i, "fallback") for r in roots for name, i in relative]
    # fonts a user installed by hand, in their home font folder, under their own names
    found += [Candidate(Path.home() / ".fonts" / n, 0, "fallback") for n in _CNS_FILES]
    return found


def find_fallbacks(
    primary: FontChoice | None = None, extra: Sequence[str | Path] = ()
) -> list[FontChoice]:
    """The fallback fonts present here (skipping ``primary``), then the user's ``extra`` fonts.

    A font the user names is never silently dropped: if it cannot be embedded, UnusableFont
    says why. System candidates that cannot be used are skipped.
    """
    seen = {(str(primary.path.resolve()), primary.subfont_index)} if primary else set()
    chain: list[FontChoice] = []
    for cand in fallback_candidates():
        if not cand.path.is_file():
            continue
        key = (str(cand.path.resolve()), cand.subfont_index or 0)
        if key in seen:
            continue
        try:
            chain.append(fallback_choice(cand.path, cand.subfont_index or 0, "fallback"))
        except UnusableFont:
            continue
        seen.add(key)
    for path in extra:
        choice = fallback_choice(expanded(path), 0, "user")
        key = (str(choice.path.resolve()), choice.subfont_index)
        if key not in seen:
            chain.append(choice)
            seen.add(key)
    return chain


def fallback_choice(path: Path, index: int, source: str) -> FontChoice:
    """A font that embeds (TrueType outlines), without asking it to cover common characters:
    an Extension B font has none of them, and is still the one that holds 𡘙."""
    usable_outlines(path, index)
    return FontChoice(path, index, path.stem, source)


class _Face:
    """The primary font's face under its own name (reportlab registers dynamic fonts by face
    name, and would otherwise take the chain for the primary font itself)."""

    def __init__(self, face: Any, name: bytes) -> None:
        self._face = face
        self.name = name

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._face, attr)


class FallbackFont:
    """A reportlab dynamic font drawing each character with the first font that has it."""

    _dynamicFont = 1
    _multiByte = 1
    shapable = False

    def __init__(self, name: str, primary: FontChoice, fallbacks: Sequence[FontChoice]) -> None:
        self.fontName = name
        self.choices = (primary, *fallbacks)
        first = load_font(primary)
        self._fonts: list[Any | None] = [first, *([None] * len(fallbacks))]
        self.face = _Face(first.face, name.encode("ascii"))
        self.encoding = first.encoding
        self.substitutionFonts: list[Any] = []
        self._lock = threading.Lock()
        self._index: dict[int, int] = {}  # code point → font index (-1: in no font)
        # Almost every text is all in the primary font: that case must cost what it did.
        self._primary_codes = frozenset(first.face.charToGlyph)

    def _font(self, index: int) -> Any:
        font = self._fonts[index]
        if font is None:
            with self._lock:
                font = self._fonts[index]
                if font is None:
                    font = self._fonts[index] = load_font(self.choices[index])
        return font

    def font_index(self, code: int) -> int:
        """Which font of the chain draws U+``code``; -1 when none has it."""
        found = self._index.get(code)
        if found is None:
            found = -1
            for i in range(len(self._fonts)):
                if code in self._font(i).face.charToGlyph:
                    found = i
                    break
            self._index[code] = found
        return found

    def covers(self, ch: str) -> bool:
        return ch.isspace() or self.font_index(ord(ch)) >= 0

    def font_of(self, ch: str) -> FontChoice | None:
        """The font that will draw ``ch`` (None when no font of the chain has it)."""
        index = self.font_index(ord(ch))
        return self.choices[index] if index >= 0 else None

    def _runs(self, text: str) -> list[tuple[int, str]]:
        runs: list[tuple[int, str]] = []
        for ch in text:
            # Spaces stay with the primary font: reportlab's word spacing needs code 32.
            index = 0 if ch.isspace() else max(self.font_index(ord(ch)), 0)
            if runs and runs[-1][0] == index:
                runs[-1] = (index, runs[-1][1] + ch)
            else:
                runs.append((index, ch))
        return runs

    def _primary_only(self, text: str) -> bool:
        return set(map(ord, text)) <= self._primary_codes

    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:
        if self._primary_only(text):
            return float(self._fonts[0].stringWidth(text, size, encoding))  # type: ignore[union-attr]
        total = 0.0
        for index, run in self._runs(text):
            total += self._font(index).stringWidth(run, size, encoding)
        return total

    def splitString(self, text: str, doc: Any, encoding: str = "utf-8") -> list[tuple[Any, bytes]]:
        pieces: list[tuple[Any, bytes]] = []
        runs = [(0, text)] if self._primary_only(text) else self._runs(text)
        for index, run in runs:
            for subset, data in self._font(index).splitString(run, doc, encoding):
                pieces.append(((index, subset), data))
        return pieces

    def getSubsetInternalName(self, key: tuple[int, int], doc: Any) -> str:
        index, subset = key
        return str(self._font(index).getSubsetInternalName(subset, doc))

    def addObjects(self, doc: Any) -> None:
        """Nothing of its own: each underlying font writes the subsets it was asked for."""


_chains: dict[tuple[tuple[str, int], ...], str] = {}
_chains_lock = threading.Lock()


def register_chain(primary: FontChoice, fallbacks: Sequence[FontChoice]) -> str:
    """Register the chain with reportlab once per process; return the name to draw with."""
    key = tuple((str(c.path.resolve()), c.subfont_index) for c in (primary, *fallbacks))
    with _chains_lock:
        name = _chains.get(key)
        if name is None:
            name = f"HRPChain{len(_chains)}"
            pdfmetrics.registerFont(FallbackFont(name, primary, fallbacks))
            _chains[key] = name
        return name


def chain_missing(font_name: str, texts: Iterable[str]) -> list[str]:
    """Characters of the texts that no font behind ``font_name`` can draw, sorted."""
    font = pdfmetrics.getFont(font_name)
    seen: set[str] = set()
    for text in texts:
        seen.update(text)
    covers = getattr(font, "covers", None)
    if covers is None:  # a plain registered font
        glyphs = font.face.charToGlyph
        return sorted(c for c in seen if not c.isspace() and ord(c) not in glyphs)
    return sorted(c for c in seen if not covers(c))
