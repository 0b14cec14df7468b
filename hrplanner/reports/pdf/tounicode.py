"""A reportlab TrueType font whose text reads back for every character, beyond the BMP too.

SPEC §3.3: text extracted from the PDF must read back as the same Chinese. reportlab 5 writes
each subset's ToUnicode map as ``<code> <%04X>``, which for a character outside the Basic
Multilingual Plane (𡘙 U+21619, 𨭎 U+28B4E — rare characters of people's names, from CJK
Extension B) gives five hex digits, ``<21619>``: not UTF-16, so pypdf and pdfplumber drop or
garble the character (PLATFORM.md). ``UnicodeTTFont`` rewrites the map of every subset that
holds such a character, writing its UTF-16BE surrogate pair (``<D845DE19>``), as the PDF
reference requires for bfchar destinations. Glyph drawing is reportlab's own and unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

_BMP_LAST = 0xFFFF


def utf16_hex(code: int) -> str:
    """The UTF-16BE hex of one code point: ``4E2D`` for 中, ``D845DE19`` for 𡘙."""
    return chr(code).encode("utf-16-be").hex().upper()


def to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """The ToUnicode CMap of one 256-code subset (code i → subset[i]), UTF-16 throughout."""
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        # bfchar sections may hold at most 100 entries each (PDF reference, 9.10.3).
    ]
    entries = [f"<{i:02X}> <{utf16_hex(code)}>" for i, code in enumerate(subset)]
    for start in range(0, len(entries), 100):
        chunk = entries[start : start + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines.extend(chunk)
        lines.append("endbfchar")
    lines += [
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


class UnicodeTTFont(TTFont):  # type: ignore[misc]  # reportlab is untyped
    """reportlab's TTFont with ToUnicode maps that hold characters outside the BMP."""

    def addObjects(self, doc: Any) -> None:
        state = self.state.get(doc)
        # reportlab forgets the document's subsets once it has written them: copy them first.
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            if max(subset, default=0) <= _BMP_LAST:
                continue  # reportlab's own map is right for these
            base = b"".join((SUBSETN(n), b"+", self.face.name, self.face.subfontNameX))
            name = base.decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + name)
            if stream is not None:
                stream.content = to_unicode_cmap(name, subset)
