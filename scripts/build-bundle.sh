#!/usr/bin/env bash
# Build the classroom bundle a teacher copies to a USB stick: OUT/ (a folder) and OUT.zip, holding the Oyla wheel,
# the locked wheels for Windows x64 and Linux x86_64, their hashed locks, and the installers from bundle/.
#   bash scripts/build-bundle.sh [--linux-only] OUT
# Wheels are downloaded once by pip (by the exact versions and hashes of requirements/) into a cache
# (OYLA_WHEEL_CACHE, default ~/.cache/oyla-bundle) and reused; a cache that already holds every locked wheel is
# used without asking the network. Windows: CPython $WINDOWS_PYTHONS (default "3.11 3.13"); Linux: CPython 3.11 (the
# CPU build of torch exists here only for 3.11; PyPI's Linux torch is the CUDA build).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
linux_only=0
out=""
for arg in "$@"; do
    case $arg in
        --linux-only) linux_only=1 ;;
        -*) echo "usage: bash scripts/build-bundle.sh [--linux-only] OUT" >&2; exit 2 ;;
        *) out=$arg ;;
    esac
done
[ -n "$out" ] || { echo "usage: bash scripts/build-bundle.sh [--linux-only] OUT" >&2; exit 2; }
out=$(realpath -m "$out")
cache=${OYLA_WHEEL_CACHE:-$HOME/.cache/oyla-bundle}
windows_pythons=(${WINDOWS_PYTHONS:-3.11 3.13})
linux_pythons=(3.11)
py=$root/.venv/bin/python
started=$(date +%s)
stage=$(mktemp -d "$(dirname "$out")/.bundle-XXXXXX")
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/files"

# 1. The Oyla wheel, built from a copy of the work tree (tracked and new files; nothing git ignores).
git ls-files -z -co --exclude-standard | tar --null -T - --ignore-failed-read -cf - 2>/dev/null \
    | tar -xf - -C "$stage" --one-top-level=src
"$py" -m pip wheel -q --no-deps --no-build-isolation --no-index -w "$stage/files" "$stage/src"
rm -rf "$stage/src"

# 2. Wheels per platform: take them from the cache when it holds every locked one, else let pip download them.
linux_platforms=()
for m in $(seq 34 -1 17); do linux_platforms+=(--platform "manylinux_2_${m}_x86_64"); done
linux_platforms+=(--platform manylinux2014_x86_64 --platform linux_x86_64)
fill() {  # fill PLATFORM LOCK PYTHON
    local platform=$1 lock=$2 python=$3 dir=$cache/$1-py${3/./}
    mkdir -p "$dir"
    cp "$lock" "$dir/requirements.txt"
    if ! "$py" scripts/check-wheelhouse.py "$dir" --platform "$platform" --python "$python" >/dev/null 2>&1; then
        local tags=(--platform win_amd64)
        [ "$platform" = linux ] && tags=("${linux_platforms[@]}")
        "$py" -m pip download -q --no-deps --only-binary :all: "${tags[@]}" --python-version "$python" \
            --implementation cp --require-hashes -r "$lock" -d "$dir" 2>&1 | grep -v "^WARNING: Location" || true
    fi
    mkdir -p "$stage/files/$platform"
    local wheel
    for wheel in "$dir"/*.whl; do  # a wheel shared by two Pythons (abi3, pure Python) is stored once
        [ -e "$stage/files/$platform/${wheel##*/}" ] || ln "$wheel" "$stage/files/$platform/" 2>/dev/null \
            || cp "$wheel" "$stage/files/$platform/"
    done
    cp "$lock" "$stage/files/$platform/requirements.txt"
    echo "$python" >> "$stage/files/$platform/pythons.txt"
}
for python in "${linux_pythons[@]}"; do fill linux requirements/app-linux-py311.txt "$python"; done
if [ $linux_only = 0 ]; then
    for python in "${windows_pythons[@]}"; do fill windows requirements/app-windows.txt "$python"; done
    # The longest path inside any Windows wheel: install.ps1 checks it against Windows' 260-character limit.
    "$py" -c 'import sys, zipfile; print(max(len(n) for w in sys.argv[1:] for n in zipfile.ZipFile(w).namelist()))' \
        "$stage"/files/windows/*.whl "$stage"/files/oyla-*.whl > "$stage/files/windows/longest.txt"
fi

# 3. Every locked requirement has its wheel, with the locked hash, for every Python the bundle names.
for platform in linux windows; do
    [ -d "$stage/files/$platform" ] || continue
    args=()
    while read -r python; do args+=(--python "$python"); done < "$stage/files/$platform/pythons.txt"
    "$py" scripts/check-wheelhouse.py "$stage/files/$platform" --platform "$platform" "${args[@]}"
done

# 4. Installers and the teacher's README.
cp bundle/install.sh bundle/uninstall.sh bundle/README.txt "$stage/"
chmod +x "$stage/install.sh" "$stage/uninstall.sh"
if [ $linux_only = 0 ]; then
    cp bundle/install.bat bundle/uninstall.bat "$stage/"
    cp bundle/install.ps1 bundle/uninstall.ps1 "$stage/files/"
fi

# 5. Swap into OUT (never a half-built bundle there), then the .zip (wheels stored, text deflated).
rm -rf "$out" "$out.zip"
mv "$stage" "$out"
trap - EXIT
"$py" - "$out" <<'PY'
import sys, zipfile
from pathlib import Path
folder = Path(sys.argv[1])
partial = folder.with_name(folder.name + ".zip.partial")
with zipfile.ZipFile(partial, "w", allowZip64=True) as archive:
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            method = zipfile.ZIP_STORED if path.suffix == ".whl" else zipfile.ZIP_DEFLATED
            info = zipfile.ZipInfo.from_file(path, Path(folder.name) / path.relative_to(folder))
            info.compress_type = method
            with path.open("rb") as src, archive.open(info, "w", force_zip64=True) as dst:
                while chunk := src.read(1 << 20):
                    dst.write(chunk)
partial.rename(folder.with_name(folder.name + ".zip"))
PY
echo "bundle: $out ($(du -sh "$out" | cut -f1)) and $out.zip ($(du -sh "$out.zip" | cut -f1)) in $(( $(date +%s) - started )) s"
