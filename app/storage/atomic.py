"""Atomic writes: a temporary file in the same folder, flushed, then ``os.replace`` over the target.

A crash or a pulled USB stick leaves either the old file or the new one, never half of each.

Files in the data folder are private to the OS account (``PRIVATE``, 0600). Files the user saves to a folder
they chose — an exported progress file, a class report, a project zip — are meant to be read by others (a teacher
on a shared folder), so those callers pass ``mode=SHARED`` (0644; the process umask still applies, as for any new
file). On Windows only the read-only bit exists and both modes give an ordinary file.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

PRIVATE = 0o600
SHARED = 0o644
_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)


def _create_temp(folder: Path, name: str, mode: int) -> tuple[int, str]:
    """A new file next to the target, created with ``mode`` (the kernel applies the umask, like mkstemp's 0600)."""
    for _ in range(100):
        tmp = os.path.join(folder, f".{name}.{secrets.token_hex(6)}.tmp")
        try:
            return os.open(tmp, _FLAGS, mode), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name for {name} in {folder}")


@contextlib.contextmanager
def replacing(path: Path, mode: int = PRIVATE) -> Iterator[BinaryIO]:
    """A binary file to write ``path``'s new content into; it replaces ``path`` only if the block succeeds."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _create_temp(path.parent, path.name, mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_bytes(path: Path, data: bytes, mode: int = PRIVATE) -> None:
    with replacing(path, mode) as handle:
        handle.write(data)


def write_text(path: Path, text: str, mode: int = PRIVATE) -> None:
    write_bytes(path, text.encode("utf-8"), mode)


def write_json(path: Path, obj: Any, mode: int = PRIVATE) -> None:
    write_text(path, json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=False) + "\n", mode)
