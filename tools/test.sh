#!/usr/bin/env bash
# Install everything the test suite needs on Debian 12 and run the whole suite.
# Run as root (or with sudo) on a fresh machine: system libraries for headless Qt, a
# Traditional Chinese TrueType font, poppler, and a throwaway PostgreSQL server on 127.0.0.1.
# Arguments go to pytest, e.g. `bash tools/test.sh -m "not slow"` (without the bundle test,
# which builds the PyInstaller folder with tools/build.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

source tools/common.sh

SYSTEM_PACKAGES=(
  libgl1 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
  fonts-arphic-ukai fonts-wqy-microhei fonts-cns11643-kai poppler-utils postgresql python3-venv
)
# apt-get only for what is missing, after waiting for the package manager's lock.
install_system_packages "${SYSTEM_PACKAGES[@]}"

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
fi
install_if_changed .venv/bin/python .venv/hrplanner-installed -e ".[test]" || exit 1

# A throwaway PostgreSQL server for the storage and service tests.
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
PG_DIR=$(mktemp -d /tmp/hrplanner-pg.XXXXXX)
# A free port, so that a developer's own server on 5432/5433 is left alone.
PG_PORT=${HRPLANNER_TEST_PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
stop_pg() { su postgres -c "$PG_BIN/pg_ctl -D $PG_DIR/data -m fast -w stop" >/dev/null 2>&1 || true; rm -rf "$PG_DIR"; }
if [ -n "$PG_BIN" ] && [ "$(id -u)" -eq 0 ]; then
  chown postgres "$PG_DIR"
  su postgres -c "$PG_BIN/initdb -D $PG_DIR/data -U postgres -A trust -E UTF8 --locale=C.UTF-8" >/dev/null
  su postgres -c "$PG_BIN/pg_ctl -D $PG_DIR/data -l $PG_DIR/log -o '-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off' -w start" >/dev/null
  trap stop_pg EXIT
  export HRPLANNER_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$PG_PORT/postgres"
else
  echo "PostgreSQL tests skipped: run as root on Debian to start a throwaway server." >&2
fi

export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/mypy
.venv/bin/python -m pytest -q "$@"
