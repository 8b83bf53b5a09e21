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
[ "$mode" = test ] && packages+=(xvfb xauth strace)  # strace: the system-call network test
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
[ "$mode" = test ] && bash scripts/install-firmware-deps.sh

[ -x .venv/bin/python ] || python3 -m venv .venv
# The CPU build of torch first: an unpinned torch (asked for by efficientnet-lite-pytorch) pulls gigabytes of CUDA.
.venv/bin/python -c "import torch, sys; sys.exit(torch.__version__.split('+')[0] != '2.13.0')" 2>/dev/null \
    || .venv/bin/pip install -q torch==2.13.0
if [ "$mode" = test ]; then
    .venv/bin/pip install -q -e ".[dev]"
else
    .venv/bin/pip install -q -e .
fi
# Translations: compile the .ts sources to the .qm files Qt loads.
for ts in app/ui/translations/*.ts; do
    [ -e "$ts" ] || continue
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
