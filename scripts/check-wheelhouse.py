"""Check a bundle's wheel folder against its lock: one wheel per locked requirement for every Python it serves.

    python scripts/check-wheelhouse.py FOLDER --platform windows|linux --python 3.11 [--python 3.13]

FOLDER holds the wheels and ``requirements.txt`` (a hashed lock from scripts/lock.sh). For each Python version it
finds, for every ``name==version`` in the lock, a wheel of that name and version whose tags install on that Python
and platform and whose sha256 is one of the lock's hashes. Prints a summary; exit status 1 if anything is missing.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

from packaging.tags import Tag, compatible_tags, cpython_tags
from packaging.utils import canonicalize_name, parse_wheel_filename

PLATFORMS = {
    "windows": ["win_amd64"],
    "linux": [f"manylinux_2_{m}_x86_64" for m in range(36, 4, -1)]
    + ["manylinux2014_x86_64", "manylinux2010_x86_64", "manylinux1_x86_64", "linux_x86_64"],
}


def read_lock(path: Path) -> dict[str, tuple[str, set[str]]]:
    """{canonical name: (version, {sha256 …})} from a hashed requirements file."""
    text = re.sub(r"\\\n", " ", path.read_text(encoding="utf-8"))
    locked = {}
    for line in text.splitlines():
        line = line.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        spec, *options = line.split()
        if ";" in spec or "==" not in spec:
            raise SystemExit(f"{path}: not an exact pin: {line[:80]}")
        name, version = spec.split("==", 1)
        hashes = {o.split(":", 1)[1] for o in options if o.startswith("--hash=sha256:")}
        locked[canonicalize_name(name)] = (version, hashes)
    return locked


def target_tags(platform: str, python: str) -> set[Tag]:
    version = tuple(int(p) for p in python.split("."))
    platforms = PLATFORMS[platform]
    return set(cpython_tags(version, abis=[f"cp{version[0]}{version[1]}"], platforms=platforms)) | set(
        compatible_tags(version, interpreter=f"cp{version[0]}{version[1]}", platforms=platforms))


def check(folder: Path, platform: str, pythons: list[str]) -> list[str]:
    locked = read_lock(folder / "requirements.txt")
    wheels = []
    for path in sorted(folder.glob("*.whl")):
        name, version, _, tags = parse_wheel_filename(path.name)
        wheels.append((canonicalize_name(name), str(version), tags, path))
    digests: dict[Path, str] = {}
    problems = []
    for python in pythons:
        wanted = target_tags(platform, python)
        found = 0
        for name, (version, hashes) in sorted(locked.items()):
            match = [p for n, v, tags, p in wheels if n == name and v == version and tags & wanted]
            if not match:
                problems.append(f"{platform} CPython {python}: no wheel for {name}=={version}")
                continue
            for path in match:
                digests.setdefault(path, hashlib.sha256(path.read_bytes()).hexdigest())
            if not any(digests[p] in hashes for p in match):
                problems.append(f"{platform} CPython {python}: {match[0].name} does not match the lock's hashes")
                continue
            found += 1
        print(f"{folder.name}: {platform} CPython {python}: {found}/{len(locked)} locked requirements have a wheel")
    size = sum(p.stat().st_size for *_, p in wheels)
    print(f"{folder.name}: {len(wheels)} wheels, {size / 2**20:.0f} MiB")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--platform", choices=sorted(PLATFORMS), required=True)
    parser.add_argument("--python", action="append", required=True)
    args = parser.parse_args()
    problems = check(args.folder, args.platform, args.python)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
