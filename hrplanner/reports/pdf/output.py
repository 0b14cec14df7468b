"""Where a printed form goes and with which font: the pieces every builder shares that need
no layout engine. The certificate draws straight on the canvas, so it imports these from
here and never loads reportlab's platypus (a twentieth of a second of every print run).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from .fonts import FontChoice, find_font, register_font

Output = Path | str | BinaryIO


class BuildCancelled(Exception):
    """The user cancelled a batch; no output file was written."""


def font_name_for(font: FontChoice | None) -> str:
    return register_font(font if font is not None else find_font())


@contextmanager
def open_output(out: Output) -> Iterator[str | BinaryIO]:
    """Write to a temporary file beside the target and move it into place only on success."""
    if not isinstance(out, str | Path):
        yield out
        return
    path = Path(out)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        yield str(tmp)
        try:
            os.replace(tmp, path)
        except PermissionError as exc:
            raise PermissionError(
                f"無法寫入「{path}」：檔案可能正在其他程式（例如 PDF 閱讀器）中開啟，請關閉後再試。"
            ) from exc
    finally:
        tmp.unlink(missing_ok=True)
