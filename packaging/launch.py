"""The bundle's entry point: PyInstaller starts a script, where pip writes the console
scripts ``hrplanner`` and ``hrplanner-gui`` for ``hrplanner.__main__:main``."""

import sys

from hrplanner.__main__ import main

sys.exit(main())
