#!/usr/bin/env bash
# Install everything Oyla needs on a Debian machine (bookworm), into ./.venv. Safe to run again: it only adds
# what is missing. Usage: scripts/install.sh [app|test]   ("test" adds the test tools, Xvfb and the AVR toolchain)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mode=${1:-app}
export DEBIAN_FRONTEND=noninteractive PIP_DISABLE_PIP_VERSION_CHECK=1
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)

# Qt's X11/EGL libraries and fonts with Kazakh Cyrillic letters; Xvfb for screenshots in test mode.
packages=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
          libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libdbus-1-3
          fontconfig fonts-dejavu-core)
[ "$mode" = test ] && packages+=(xvfb xauth strace poppler-utils)  # strace: the system-call network test;
# poppler-utils: pdftotext reads the text of a printed lesson (tests/ui/test_print_lesson.py)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
[ "$mode" = test ] && bash scripts/install-firmware-deps.sh

# Python packages: exactly the locked versions with their hashes (requirements/, refreshed by scripts/lock.sh), torch
# as the CPU build from the machine's wheel folder; then Oyla itself, editable, with nothing resolved or downloaded.
python=${PYTHON:-python3.11}
command -v "$python" >/dev/null || python=python3
[ -x .venv/bin/python ] || "$python" -m venv .venv
if ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then
    echo "install.sh: .venv is not Python 3.11, the version requirements/*-linux-py311.txt are locked for;" \
         "remove .venv and run again with Python 3.11 (PYTHON=python3.11)" >&2
    exit 1
fi
lock=requirements/app-linux-py311.txt
[ "$mode" = test ] && lock=requirements/dev-linux-py311.txt
stamp=.venv/.oyla-installed
want="$(cat "$lock" pyproject.toml setup.py | sha256sum | cut -c1-16) $lock"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    .venv/bin/pip install -q --require-hashes --no-deps -r "$lock"
    .venv/bin/pip install -q --no-deps --no-build-isolation -e .
    .venv/bin/pip check >/dev/null || { .venv/bin/pip check >&2; exit 1; }
    echo "$want" > "$stamp"
fi
# Translations: compile the .ts sources to the .qm files Qt loads.
for ts in app/ui/translations/*.ts; do
    [ -e "$ts" ] || continue
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
