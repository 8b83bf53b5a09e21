"""Reading files someone else may have written (a student, a copied folder, a damaged disk): regular files only,
size-checked, without blocking or following links when asked. Every stored-file reader in Oyla goes through here;
``app.storage.schema`` then checks what a JSON file holds.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, OylaError

MAX_JSON_BYTES = 1_000_000


class DataError(OylaError):
    """A stored file or folder cannot be read, exported or deleted."""


def read_file(path: Path, max_bytes: int, follow_links: bool = True) -> bytes:
    """The bytes of a regular file someone else may have written, refusing anything that is not one.

    FIFOs, devices and folders are refused without blocking (a FIFO is opened non-blocking, then checked);
    at most ``max_bytes`` are read, even when the file grows while it is read. With ``follow_links=False`` a
    symbolic link is refused too. Raises ``DataError`` with a one-line message.
    """
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    if not follow_links:
        if is_link(path):
            raise DataError(QT_TRANSLATE_NOOP("errors", "{file} is a symbolic link; Oyla only reads ordinary files."),
                            file=path.name)
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as err:
        raise DataError(QT_TRANSLATE_NOOP("errors", "{file} cannot be read: {detail}"), file=path.name,
                        detail=err.strerror or str(err)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise DataError(QT_TRANSLATE_NOOP("errors", "{file} is not an ordinary file (a folder, device or pipe)."),
                            file=path.name)
        if info.st_size > max_bytes:
            raise _too_large(path, info.st_size, max_bytes)
        chunks, total = [], 0
        while total <= max_bytes and (chunk := os.read(fd, min(max_bytes + 1 - total, 1 << 20))):
            chunks.append(chunk)
            total += len(chunk)
    except OSError as err:
        raise DataError(QT_TRANSLATE_NOOP("errors", "{file} cannot be read: {detail}"), file=path.name,
                        detail=err.strerror or str(err)) from None
    finally:
        os.close(fd)
    if total > max_bytes:
        raise _too_large(path, info.st_size, max_bytes)
    return b"".join(chunks)


def _too_large(path: Path, size: int, limit: int) -> DataError:
    return DataError(QT_TRANSLATE_NOOP("errors", "{file} is too large ({size} bytes, at most {limit})."),
                     file=path.name, size=size, limit=limit)


def read_json_object(path: Path, max_bytes: int = MAX_JSON_BYTES) -> dict:
    """Read a JSON object from a file someone else may have written: size-checked, no code runs."""
    data = read_file(path, max_bytes)
    try:
        obj = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as err:
        raise DataError(
            QT_TRANSLATE_NOOP("errors", "{file} cannot be read: {detail}"), file=str(path), detail=str(err)
        ) from err
    if not isinstance(obj, dict):
        raise DataError(QT_TRANSLATE_NOOP("errors", "{file} does not contain a JSON object."), file=str(path))
    return obj


def is_link(path: Path) -> bool:
    """A symbolic link or a Windows junction (Python 3.11 has no Path.is_junction)."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    reparse = getattr(stat, "FILE_ATTRIBUTE_REPARSE_POINT", 0x400)
    return stat.S_ISLNK(info.st_mode) or bool(getattr(info, "st_file_attributes", 0) & reparse)
