#!/usr/bin/env bash
# Build the PyInstaller folder dist/HRPlanner/ (Linux; tools\build.bat does it on Windows):
# HRPlanner, the window, and hrplanner-cli, the command line, with everything they need.
#
# The build environment is a venv with PyInstaller and HR Planner installed from this
# folder with its dependencies (a regular install: the bundle holds what a user gets). It
# is kept in the user's cache folder between builds, one per set of dependencies (the
# hash of the dependencies and the PyInstaller version), so that a clean clone builds
# without reinstalling PySide6; HR Planner itself is reinstalled into it only when its
# files changed. Builds sharing it take turns (flock). Options: HRPLANNER_BUILD_CACHE
# (where the environments are kept), PYTHON (the interpreter to build with).
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/common.sh

PYINSTALLER="pyinstaller>=6.10,<7"
PY=${PYTHON:-python3}
CACHE=${HRPLANNER_BUILD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/hrplanner-build}
# The environment's key: what decides its contents (not the rest of pyproject.toml).
KEY=$("$PY" - "$PYINSTALLER" <<'PY' | sha256sum | cut -c1-16
import sys, tomllib
with open("pyproject.toml", "rb") as f:
    config = tomllib.load(f)
print(sys.version, sys.argv[1], config["build-system"], config["project"]["dependencies"])
PY
)
VENV="$CACHE/venv-$KEY"
mkdir -p "$CACHE"

exec 9>"$CACHE/venv-$KEY.lock"
flock 9  # another build using the same environment finishes first

if [ ! -x "$VENV/bin/pyinstaller" ]; then
  echo "Creating the build environment $VENV (once per set of dependencies)..." >&2
  rm -rf "$VENV"
  "$PY" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q "$PYINSTALLER"
fi
# Keyed on this checkout's files: another checkout's install differs in its stamp.
install_if_changed "$VENV/bin/python" "$VENV/hrplanner-installed" . || exit 1
touch "$VENV"  # used now: kept by the clean-up below

# Old environments (other dependencies; about 700 MB each) are removed after a week unused.
find "$CACHE" -maxdepth 1 -name 'venv-*' ! -name "venv-$KEY*" -mtime +7 \
  -exec rm -rf {} + 2>/dev/null || true

"$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/hrplanner.spec
# The bundle must at least start: the command line's help, from the folder just built.
dist/HRPlanner/hrplanner-cli --help >/dev/null
echo "Built dist/HRPlanner (HR Planner $("$VENV/bin/python" -c 'import hrplanner; print(hrplanner.__version__)'))."
