"""The window's shell: the main window, the page registry, background tasks, prompts,
translators and the widgets and models that several areas' pages share."""
