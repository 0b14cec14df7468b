"""Where a printed form goes and with which font: the pieces every builder shares that need
no layout engine. The certificate draws straight on the canvas, so it imports these from
here and never loads reportlab's platypus (a twentieth of a second of every print run).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from hrplanner.i18n import _

from .fonts import FontChoice, find_font, register_font

Output = Path | str | BinaryIO


class BuildCancelled(Exception):
    """The user cancelled a batch; no output file was written."""


def font_name_for(font: FontChoice | None, fallbacks: Sequence[FontChoice] | None = None) -> str:
    """The name to draw with: the chosen (or found) font, then, per character, the fallback
    fonts — those found on this PC when ``fallbacks`` is None, none when it is empty."""
    from .fallback import find_fallbacks, register_chain

    primary = font if font is not None else find_font()
    chain = find_fallbacks(primary) if fallbacks is None else list(fallbacks)
    register_font(primary)
    return register_chain(primary, chain)


@contextmanager
def open_output(out: Output) -> Iterator[str | BinaryIO]:
    """Write to a temporary file beside the target and move it into place only on success."""
    if not isinstance(out, str | Path):
        yield out
        return
    path = Path(out)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    # Owner-only before the data goes in: forms name people (certificates, rosters).
    tmp.unlink(missing_ok=True)
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        yield str(tmp)
        try:
            os.replace(tmp, path)
        except PermissionError as exc:
            raise PermissionError(
                _(
                    "無法寫入「{path}」：檔案可能正在其他程式（例如 PDF 閱讀器）中開啟，"
                    "請關閉後再試。"
                ).format(path=path)
            ) from exc
    finally:
        tmp.unlink(missing_ok=True)
