"""The window (PySide6): ``shell`` holds the main window, page registry, background tasks,
prompts and shared widgets; every other package is one area's pages, models and dialogs."""
