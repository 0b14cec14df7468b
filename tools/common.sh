# Shell functions shared by tools/run.sh, tools/test.sh and tools/build.sh (sourced, not run).
#
# - install_system_packages PKG...: apt-get install what dpkg does not have yet; nothing at
#   all (no apt-get, no network) when every package is there. Waits for the package
#   manager's lock when another process (unattended upgrades, a second apt) holds it.
# - project_stamp: a fingerprint of what `pip install .` would install, so that a script
#   reinstalls only when the project changed.
# - install_if_changed VENV_PYTHON STAMP_FILE PIP_ARGS...: pip install only when the stamp
#   (and the arguments) differ from the ones written after the last successful install.

# The locks apt and dpkg take (fcntl locks: flock(1) cannot see them).
APT_LOCKS=${APT_LOCKS:-/var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock /var/cache/apt/archives/lock}
# How long to wait for another process to release them, in seconds.
APT_LOCK_WAIT=${APT_LOCK_WAIT:-600}

# Prints the first of APT_LOCKS held by another process (and its holder, when known);
# prints nothing when none is held.
_apt_lock_holder() {
  python3 - $APT_LOCKS <<'PY'
import fcntl, os, struct, sys
for path in sys.argv[1:]:
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        continue  # missing, or not ours to open: nothing to wait for
    try:
        # F_GETLK asks who holds a conflicting write lock, without taking it.
        probe = struct.pack("hhqqi", fcntl.F_WRLCK, 0, 0, 0, 0)
        kind, _whence, _start, _len, pid = struct.unpack("hhqqi", fcntl.fcntl(fd, fcntl.F_GETLK, probe))
        if kind != fcntl.F_UNLCK:
            try:
                with open(f"/proc/{pid}/comm", encoding="utf-8") as comm:
                    who = f"{comm.read().strip()} (pid {pid})"
            except OSError:
                who = f"pid {pid}"
            print(f"{path} {who}")
            break
    finally:
        os.close(fd)
PY
}

# Waits until no process holds the package manager's locks, at most APT_LOCK_WAIT seconds;
# says what it waits for, and fails with a message when the time is up.
wait_for_package_manager() {
  local waited=0 holder
  holder=$(_apt_lock_holder)
  [ -z "$holder" ] && return 0
  echo "Waiting for the package manager: ${holder#* } holds ${holder%% *} (at most ${APT_LOCK_WAIT} s)..." >&2
  while [ -n "$holder" ]; do
    if [ "$waited" -ge "$APT_LOCK_WAIT" ]; then
      echo "The package manager is still busy after ${APT_LOCK_WAIT} s: ${holder#* } holds ${holder%% *}; try again when it has finished." >&2
      return 1
    fi
    sleep 2
    waited=$((waited + 2))
    holder=$(_apt_lock_holder)
  done
  echo "The package manager is free after ${waited} s." >&2
}

install_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0  # not Debian: the user installs them
  local p status
  local -A installed=()
  local missing=()
  # One dpkg-query for all of them (a call per package costs a tenth of a second each);
  # a package dpkg has never heard of is simply not listed.
  while read -r p status; do
    [ "$status" = "installed" ] && installed[$p]=1
  done < <(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "$@" 2>/dev/null || true)
  for p in "$@"; do
    [ -n "${installed[$p]:-}" ] || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing system packages: ${missing[*]}" >&2
  wait_for_package_manager
  $sudo apt-get -o DPkg::Lock::Timeout="$APT_LOCK_WAIT" update -qq
  wait_for_package_manager
  DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout="$APT_LOCK_WAIT" \
    install -y -qq "${missing[@]}" >/dev/null
}

# project_stamp VENV_PYTHON, run from the repository's root. File names, sizes and modification times (not contents:
# this runs on every start and must stay in milliseconds).
project_stamp() {
  {
    # The interpreter the venv was made with (a new Python needs a new install).
    cat "$(dirname "$1")/../pyvenv.cfg" 2>/dev/null || true
    find pyproject.toml hrplanner db resources -name __pycache__ -prune -o -type f \
      ! -name '*.pyc' -printf '%p %s %T@\n' | LC_ALL=C sort
  } | sha256sum | cut -d' ' -f1
}

install_if_changed() {
  local python=$1 stamp_file=$2
  shift 2
  local stamp
  # The pip arguments are part of it: tools/run.sh (a regular install) and tools/test.sh
  # (an editable one with the test tools) share .venv and each reinstalls after the other.
  stamp="$(project_stamp "$python") $*"
  if [ -f "$stamp_file" ] && [ "$(cat "$stamp_file")" = "$stamp" ]; then
    return 0
  fi
  echo "Installing HR Planner into $(dirname "$(dirname "$python")") (only after a change)..." >&2
  # An in-tree build leaves build/lib behind, and setuptools would ship a module deleted
  # since from there: start each install from a clean build folder.
  rm -rf build/lib build/bdist.* ./*.egg-info
  rm -f "$stamp_file"
  # Explicit: errexit does not apply in a function called as a condition (if !, ||).
  "$python" -m pip install -q "$@" || return 1
  echo "$stamp" >"$stamp_file"
}
