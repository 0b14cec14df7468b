#!/usr/bin/env bash
# Install HR Planner on a fresh Debian 12 machine and open the window.
# Run as root (or with sudo): installs Qt's system libraries, a Traditional Chinese font and
# python3-venv, builds .venv, installs the package from this folder (a regular install, not
# editable, so what runs is what a user gets), then starts it. Arguments are passed on,
# e.g. `bash tools/run.sh --db /srv/hr.db` or `bash tools/run.sh --lang en`.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
  python3-venv
  # Qt for Python: the libraries PySide6 needs to import and draw.
  libgl1 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
  # A real window on an X11 desktop (xcb platform plugin).
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0
  # Traditional Chinese: without a CJK font every character is drawn as a box.
  fonts-arphic-ukai fonts-wqy-microhei
  # 全字庫正楷體 TW-Kai: the fallback for rare name characters (堃, and 𡘙 𨭎 of Extension B).
  fonts-cns11643-kai
)
missing=()
for p in "${SYSTEM_PACKAGES[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q .

# A menu entry for the desktop (Linux): the packaged .desktop file, pointed at this install.
APPS="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
if mkdir -p "$APPS" 2>/dev/null; then
  sed "s|^Exec=.*|Exec=$(pwd)/.venv/bin/hrplanner-gui|" packaging/hrplanner.desktop \
    > "$APPS/hrplanner.desktop" || true
fi

if [ $# -eq 0 ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] \
   && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "注意：沒有圖形顯示環境（DISPLAY 未設定），視窗可能無法開啟；" \
       "無螢幕試跑可設 QT_QPA_PLATFORM=offscreen，或改執行指令，例如 bash tools/run.sh init" >&2
fi
exec .venv/bin/hrplanner "$@"
