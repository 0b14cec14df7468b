"""Render the application icon from its SVG: the PNG sizes and the Windows .ico.

    python tools/make_icons.py

``resources/icons/hrplanner.svg`` is the one drawing; this writes ``hrplanner-<size>.png``
for the window and the Linux desktop entry, and ``hrplanner.ico`` (every size in one file)
for the PyInstaller build and the installer. The PNGs are rendered by ``rsvg-convert``
(Debian package ``librsvg2-bin``) at each size, not scaled down from the largest, so that
the small sizes stay sharp; the .ico is assembled from them with Pillow. The results are
committed, so neither tool is needed to build or run HR Planner.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PIL import Image

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICONS / "hrplanner.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICONS / f"hrplanner-{size}.png"


def render_pngs() -> None:
    tool = shutil.which("rsvg-convert")
    if tool is None:
        sys.exit("rsvg-convert is missing: apt-get install librsvg2-bin")
    for size in PNG_SIZES:
        out = png_path(size)
        subprocess.run(
            [tool, "-w", str(size), "-h", str(size), str(SVG), "-o", str(out)], check=True
        )
        # Drop the text chunks rsvg writes (none carry dates today, but keep the files
        # byte-stable across renderer versions), and store the image compactly.
        Image.open(out).convert("RGBA").save(out, optimize=True)


def write_ico() -> None:
    images = [Image.open(png_path(size)).convert("RGBA") for size in ICO_SIZES]
    largest = images[-1]
    # Each size is stored as rendered (append_images), not resampled from the largest.
    largest.save(
        ICONS / "hrplanner.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=images[:-1],
    )


def main() -> int:
    render_pngs()
    write_ico()
    for path in sorted(ICONS.glob("hrplanner*")):
        print(f"{path.relative_to(ICONS.parents[1])}  {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
