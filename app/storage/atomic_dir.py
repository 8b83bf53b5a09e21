"""Replace a whole folder as one unit (the trained model: a head and its labels must never be mixed).

The new content is written into ``.<name>.new`` beside the target, then swapped in by two renames:

    1. ``<name>``        → ``.<name>.old``   (skipped the first time)
    2. ``.<name>.new``   → ``<name>``        (the commit point)
    3. ``.<name>.old`` is deleted

A kill before step 2 leaves the old folder (in its place, or as ``.<name>.old`` if it died between 1 and 2);
``recover`` puts it back. A kill after step 2 leaves the new folder; the leftover ``.old`` is removed later.
Renaming a folder to a name that does not exist works the same on Windows, where a folder cannot be renamed
while a file in it is open (virus scanners do this briefly, so a rename is retried for about a second).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from pathlib import Path

RETRIES = 10


def staging_dir(target: Path) -> Path:
    return Path(target).with_name(f".{Path(target).name}.new")


def old_dir(target: Path) -> Path:
    return Path(target).with_name(f".{Path(target).name}.old")


def start(target: Path) -> Path:
    """An empty staging folder for the new content of ``target`` (a left-over one from a kill is removed)."""
    recover(target)
    staging = staging_dir(target)
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    return staging


def commit(target: Path) -> None:
    """Swap the staging folder in for ``target`` (see the module docstring for the steps)."""
    target, staging, old = Path(target), staging_dir(target), old_dir(target)
    if old.exists():  # a finished swap's leftover (``start`` already put back an unfinished one)
        shutil.rmtree(old)
    if target.exists():
        _rename(target, old)
    try:
        _rename(staging, target)
    except OSError:
        if old.exists() and not target.exists():
            _rename(old, target)  # a refused rename (not a kill): put the old folder back at once
        raise
    _sync_folder(target.parent)
    shutil.rmtree(old, ignore_errors=True)


def abandon(target: Path) -> None:
    """Remove the staging folder after a failed write (the target was not touched)."""
    shutil.rmtree(staging_dir(target), ignore_errors=True)


def recover(target: Path) -> Path:
    """Undo a swap that a kill interrupted; returns the folder to read ``target`` from.

    When ``target`` is missing but ``.old`` is there, the swap died between its two renames: the old folder is
    put back (the staging folder may be incomplete, so it is never promoted). If the folder cannot be renamed
    (read-only), the ``.old`` folder is returned to be read where it is."""
    target, old = Path(target), old_dir(target)
    if target.exists() or not old.is_dir():
        return target
    try:
        _rename(old, target)
    except OSError:
        return old
    return target


def _rename(src: Path, dst: Path) -> None:
    for attempt in range(RETRIES):
        try:
            os.rename(src, dst)
            return
        except PermissionError:
            if os.name != "nt" or attempt == RETRIES - 1:
                raise
            time.sleep(0.1)


def _sync_folder(folder: Path) -> None:
    """Make the renames durable (POSIX); Windows has no folder handles to flush, and NTFS journals renames."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
