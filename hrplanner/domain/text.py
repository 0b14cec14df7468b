"""Text as people write it: cleaning a cell without changing a name, and the key that matches names.

SPEC §3.1: cells are trimmed, and full-width Latin letters, digits and the ideographic space
become ASCII — nothing else changes. NFKC (which the importers used before) also turned
Chinese punctuation into ASCII: ``高潞．以用．巴魕剌`` became ``高潞.以用.巴魕剌`` and a title's
full-width colon ``：`` became ``:``; names and titles are official wording and must be stored
exactly as typed.

Matching people by name is a separate question. Indigenous names are written with several
look-alike separators (· U+00B7, ‧ U+2027, ． U+FF0E, ・ U+30FB, • U+2022, or a space) and one
file's ``瓦歷斯‧諾幹`` is the roster's ``瓦歷斯·諾幹``; ``fold_name`` gives the key in which
those are equal. It is only ever compared, never stored or shown.
"""

from __future__ import annotations

import re

# Full-width forms of ASCII letters and digits sit at a fixed offset from ASCII (U+FF10 ０ is
# U+0030 0). Only these and the ideographic space are changed: full-width punctuation such as
# ，（）！：． is Chinese punctuation, not a typing accident.
_FULLWIDTH_OFFSET = 0xFEE0
_IDEOGRAPHIC_SPACE = "\u3000"
_TO_ASCII: dict[int, str] = {
    **{code: chr(code - _FULLWIDTH_OFFSET) for code in range(0xFF10, 0xFF1A)},  # ０-９
    **{code: chr(code - _FULLWIDTH_OFFSET) for code in range(0xFF21, 0xFF3B)},  # Ａ-Ｚ
    **{code: chr(code - _FULLWIDTH_OFFSET) for code in range(0xFF41, 0xFF5B)},  # ａ-ｚ
    ord(_IDEOGRAPHIC_SPACE): " ",
}

# The separators written between the parts of a name; all of them fold to nothing, so that
# "瓦歷斯 諾幹", "瓦歷斯·諾幹" and "瓦歷斯‧諾幹" share one key.
NAME_SEPARATORS = "\u00b7\u2027\uff0e\u30fb\u2022"
_SEPARATOR_RUN = re.compile(f"[{NAME_SEPARATORS}\\s]+")


def to_ascii_width(text: str) -> str:
    """Full-width Latin letters and digits and the ideographic space as ASCII; nothing else."""
    return text.translate(_TO_ASCII)


def clean_cell(text: str) -> str:
    """A cell's text as it is stored: ASCII-width letters and digits, trimmed (SPEC §3.1).

    ``"　Ａ１２３４５６７８９ "`` → ``"A123456789"``; ``"高潞．以用．巴魕剌"`` and
    ``"課程：性別主流化（進階）！"`` are returned unchanged.
    """
    return to_ascii_width(text).strip()


def fold_name(name: str) -> str:
    """The key that matches a person's name written with any separator, width or case.

    ``fold_name("瓦歷斯‧諾幹") == fold_name("瓦歷斯·諾幹") == fold_name("瓦歷斯 諾幹")``.
    Latin letters are compared without case (``Ａｍｙ`` = ``amy``), because hand-typed files
    vary there too.
    """
    return _SEPARATOR_RUN.sub("", to_ascii_width(name)).casefold()


def same_name(left: str, right: str) -> bool:
    """Whether two written names are the same person's name for matching purposes."""
    return fold_name(left) == fold_name(right)
