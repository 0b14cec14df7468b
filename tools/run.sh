#!/usr/bin/env bash
# Install HR Planner on a Debian 12 machine once, then open the window (or run a command).
#
# The first run (as root, or as a user who may sudo) installs Qt's system libraries, a
# Traditional Chinese font and python3-venv, builds .venv, installs the package from this
# folder (a regular install, not editable, so what runs is what a user gets) and adds
# "HR Planner" to the desktop's application menu. Later runs check that nothing changed and
# start at once, without a network: apt-get and pip run again only when a system package is
# missing or the project's files changed (tools/common.sh). Arguments are passed on, e.g.
# `bash tools/run.sh --db /srv/hr.db`, `bash tools/run.sh --lang en` or
# `bash tools/run.sh demo --size small`.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/common.sh

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
install_system_packages "${SYSTEM_PACKAGES[@]}"

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
fi
if [ -x .venv/bin/hrplanner ]; then
  # An update: give up soon without a network (the installed version starts instead).
  export PIP_RETRIES=${PIP_RETRIES:-1} PIP_TIMEOUT=${PIP_TIMEOUT:-10}
fi
if ! install_if_changed .venv/bin/python .venv/hrplanner-installed .; then
  if [ ! -x .venv/bin/hrplanner ]; then
    echo "安裝失敗：第一次安裝需要網路連線。" \
         "Installing failed: the first install needs a network." >&2
    exit 1
  fi
  # pip replaces the old install only once the new one is built: the old one still runs.
  # The next start tries again.
  echo "更新未能安裝（需要網路連線），先開啟已安裝的版本。" \
       "The update could not be installed (it needs a network); starting the installed version." >&2
fi

# The desktop's menu entry and its icon (Linux), pointed at this install; written again
# when missing or when this folder moved.
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
ENTRY="$DATA_HOME/applications/hrplanner.desktop"
EXEC="Exec=$(pwd)/.venv/bin/hrplanner-gui"
if ! grep -qxF "$EXEC" "$ENTRY" 2>/dev/null \
   || [ ! -f "$DATA_HOME/icons/hicolor/256x256/apps/hrplanner.png" ]; then
  if mkdir -p "$DATA_HOME/applications" 2>/dev/null; then
    for png in resources/icons/hrplanner-*.png; do
      size=${png##*-}; size=${size%.png}
      mkdir -p "$DATA_HOME/icons/hicolor/${size}x${size}/apps"
      cp "$png" "$DATA_HOME/icons/hicolor/${size}x${size}/apps/hrplanner.png"
    done
    mkdir -p "$DATA_HOME/icons/hicolor/scalable/apps"
    cp resources/icons/hrplanner.svg "$DATA_HOME/icons/hicolor/scalable/apps/hrplanner.svg"
    sed "s|^Exec=.*|$EXEC|" packaging/hrplanner.desktop >"$ENTRY" || true
    echo "「HR Planner 人事訓練考核管理」已加入桌面的應用程式選單；下次可由選單開啟，" \
         "或執行 bash tools/run.sh（不需網路）。" >&2
  fi
fi

if [ $# -eq 0 ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] \
   && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "注意：沒有圖形顯示環境（DISPLAY 未設定），視窗可能無法開啟；" \
       "無螢幕試跑可設 QT_QPA_PLATFORM=offscreen，或改執行指令，例如 bash tools/run.sh init" >&2
fi
exec .venv/bin/hrplanner "$@"
