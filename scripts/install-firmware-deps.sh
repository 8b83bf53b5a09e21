#!/usr/bin/env bash
# Install what firmware/ needs on Debian bookworm: the AVR toolchain, Debian's Arduino core, avrdude and the simavr
# simulator, plus simavr's C headers for the test harness. Idempotent and non-interactive; uses sudo only when not
# root. The headers come from libsimavr-dev's .deb, unpacked (not installed: that package pulls ~200 MB of Mesa/LLVM)
# into firmware/build/simavr-dev/. `--headers-only` skips the apt install step (the Makefile uses it).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
dev_dir=${SIMAVR_DEV_DIR:-$root/firmware/build/simavr-dev}
packages=(make gcc libc6-dev gcc-avr binutils-avr avr-libc arduino-core-avr avrdude simavr libsimavr2)
export DEBIAN_FRONTEND=noninteractive

sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)

updated=0
apt_update() {
    if [ "$updated" -eq 0 ]; then
        "${sudo[@]}" apt-get update -q
        updated=1
    fi
}

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

if [ "${1:-}" != "--headers-only" ]; then
    missing=()
    for package in "${packages[@]}"; do
        installed "$package" || missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        apt_update
        "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
    else
        echo "firmware deps: all apt packages already installed"
    fi
fi

if [ -f "$dev_dir/usr/include/simavr/sim_avr.h" ]; then
    echo "firmware deps: simavr headers already in $dev_dir"
    exit 0
fi
if ! installed libsimavr2; then
    echo "firmware deps: libsimavr2 is not installed; run $0 without --headers-only" >&2
    exit 1
fi
# The headers must match the installed library exactly.
version=$(dpkg-query -W -f='${Version}' libsimavr2)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# apt-get download runs as the calling user; as root it warns that the download is unsandboxed, which is harmless.
if ! (cd "$work" && apt-get download -q "libsimavr-dev=$version" 2>/dev/null); then
    apt_update
    (cd "$work" && apt-get download -q "libsimavr-dev=$version")
fi
mkdir -p "$dev_dir"
dpkg-deb -x "$work"/libsimavr-dev_*.deb "$dev_dir"
echo "firmware deps: simavr $version headers unpacked into $dev_dir"
