"""Files that HR Planner writes about people are readable by their owner only (SPEC §5
Privacy): exports (the portal file carries full identity numbers), printed forms, backups.

``owner_only_output`` wraps the writing of one export or form: the output file is created
empty and owner-only (0600) *before* the writer opens it — xlsxwriter, openpyxl, reportlab
and the csv module all truncate an existing file and keep its mode, so the data never
sits in a file others can read — and is made 0600 again afterwards in case a writer
replaced it. A folder of one file per person gets 0700 and its new files 0600. A refused
output leaves no empty file behind. Modes are best effort: a network share or Windows may
not keep them, and the file stays usable.
"""

from __future__ import annotations

import contextlib
import os
import stat
import time
from collections.abc import Iterator
from pathlib import Path

FILE_MODE = stat.S_IRUSR | stat.S_IWUSR  # 0600
FOLDER_MODE = stat.S_IRWXU  # 0700


def make_private(path: Path) -> None:
    """0600 for a file, 0700 for a folder (best effort)."""
    with contextlib.suppress(OSError):
        os.chmod(path, FOLDER_MODE if path.is_dir() else FILE_MODE)


def create_private(path: Path) -> None:
    """Create the empty file ``path`` owner-only (0600) from its first moment."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))


@contextlib.contextmanager
def owner_only_output(path: Path, *, folder: bool = False) -> Iterator[None]:
    """Write an export or printed form to ``path``: a file, or with ``folder`` a folder of
    files."""
    if folder:
        with _owner_only_folder(path):
            yield
        return
    created = False
    if path.parent.is_dir():
        try:
            create_private(path)
            created = True
        except FileExistsError:
            make_private(path)  # about to be overwritten with personal data
        except OSError:
            pass  # the writer reports why it cannot write there
    try:
        yield
    except BaseException:
        if created and path.is_file() and path.stat().st_size == 0:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    make_private(path)


@contextlib.contextmanager
def _owner_only_folder(folder: Path) -> Iterator[None]:
    existed = folder.is_dir()
    started = time.time() - 1  # file times may be rounded down to the second
    try:
        yield
    finally:
        if folder.is_dir():
            if not existed:
                make_private(folder)
            for path in folder.iterdir():
                with contextlib.suppress(OSError):
                    if path.is_file() and path.stat().st_mtime >= started:
                        make_private(path)
