#!/usr/bin/env bash
# Refresh the pinned, hashed requirement locks in requirements/ from pyproject.toml with uv (needs PyPI access):
#   dev-linux-py311.txt   the app + test tools, Linux x86_64, CPython 3.11 (scripts/install.sh test, CI)
#   app-linux-py311.txt   the app alone, same versions (scripts/install.sh app, the Linux part of the bundle)
#   app-windows.txt       the app alone, Windows x64, CPython 3.11-3.13 (one file: all three resolve alike)
# torch on Linux is the CPU build (torch==2.13.0+cpu from the local wheel folder, LOCAL_WHEELS); PyPI's Linux torch
# is the CUDA build (+2.3 GB of nvidia wheels). PyPI's Windows torch is the CPU build.
# Usage: bash scripts/lock.sh [--upgrade]   (without --upgrade, versions already locked stay as they are and only
# what pyproject.toml changed is resolved anew; with it, everything moves to the newest allowed versions)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
UV_VERSION=0.13.9
local_wheels=${LOCAL_WHEELS:-/opt/wheels}
[ -x .venv/bin/uv ] && .venv/bin/uv --version | grep -q "uv $UV_VERSION" \
    || .venv/bin/pip install -q "uv==$UV_VERSION"
upgrade=()
[ "${1:-}" = --upgrade ] && upgrade=(--upgrade)
uv=(.venv/bin/uv pip compile pyproject.toml --quiet --generate-hashes "${upgrade[@]}" --no-emit-find-links
    --custom-compile-command "bash scripts/lock.sh")
linux=(--python-platform x86_64-manylinux_2_34 --find-links "$local_wheels")  # Debian 12 has glibc 2.36
windows=(--python-platform x86_64-pc-windows-msvc)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp requirements/*.txt "$tmp"/ 2>/dev/null || true  # uv keeps the versions of an existing output file
pins() { grep -E '^[A-Za-z0-9]' "$1" | sed 's/ *\\$//'; }  # "name==version" lines, no hashes

"${uv[@]}" --extra dev --python-version 3.11 "${linux[@]}" -o "$tmp/dev-linux-py311.txt"
grep -q '^torch==2.13.0+cpu ' "$tmp/dev-linux-py311.txt" \
    || { echo "lock: torch did not resolve to the CPU wheel (is $local_wheels there?)" >&2; exit 1; }
pins "$tmp/dev-linux-py311.txt" > "$tmp/pins.txt"
grep -v '^torch==' "$tmp/pins.txt" > "$tmp/pins-no-torch.txt"
"${uv[@]}" -c "$tmp/pins.txt" --python-version 3.11 "${linux[@]}" -o "$tmp/app-linux-py311.txt"
"${uv[@]}" -c "$tmp/pins-no-torch.txt" --python-version 3.11 "${windows[@]}" -o "$tmp/app-windows.txt"
for version in 3.12 3.13; do  # the one Windows file must hold for every supported Python
    "${uv[@]}" -c "$tmp/pins-no-torch.txt" --python-version "$version" "${windows[@]}" -o "$tmp/win-$version.txt"
    cmp -s <(pins "$tmp/app-windows.txt") <(pins "$tmp/win-$version.txt") \
        || { echo "lock: Windows CPython $version resolves differently; split app-windows.txt" >&2;
             diff <(pins "$tmp/app-windows.txt") <(pins "$tmp/win-$version.txt") >&2; exit 1; }
done
pyside=$(grep -io '^pyside6-essentials==[^ ]*' "$tmp/pins.txt" | cut -d= -f3)
grep -q "\"PySide6-Essentials==$pyside\"" pyproject.toml \
    || echo "lock: set build-system.requires to PySide6-Essentials==$pyside in pyproject.toml" >&2
mkdir -p requirements
for lock in dev-linux-py311 app-linux-py311 app-windows; do  # no temporary folder names in the "via" comments
    sed "s#$tmp/##g" "$tmp/$lock.txt" > "requirements/$lock.txt"
done
echo "lock: wrote requirements/{dev-linux-py311,app-linux-py311,app-windows}.txt" \
     "($(wc -l < "$tmp/pins.txt") packages with the test tools)"
