"""The window (PySide6): ``shell`` holds the main window, page registry, background tasks,
prompts and shared widgets; every other package is one area's pages, models and dialogs."""

# Before any page module: PySide6 would otherwise read the source of every module imported
# from here on (see pyside_imports).
from hrplanner.ui.shell.pyside_imports import skip_source_scan

skip_source_scan()
