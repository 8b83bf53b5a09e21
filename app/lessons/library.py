"""The pack library: built-in packs (the app's ``lessons/`` folder) plus packs imported into the data folder."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, OylaError
from app.lessons import model as m
from app.lessons.archive import packs_dir
from app.lessons.loader import PACK_FILE, load_pack
from app.resources import builtin_packs_dir


@dataclass(frozen=True)
class LibraryEntry:
    """One pack folder; ``pack`` is ``None`` and ``error`` says why when the folder does not load."""

    id: str
    folder: Path
    builtin: bool
    pack: m.Pack | None
    error: m.PackError | None = None


def _entries(root: Path | None, builtin: bool) -> list[LibraryEntry]:
    if root is None or not root.is_dir():
        return []
    found = []
    for folder in sorted(root.iterdir()):
        if folder.name.startswith(".") or not (folder / PACK_FILE).is_file():
            continue
        try:
            pack = load_pack(folder)
            found.append(LibraryEntry(pack.id, folder, builtin, pack))
        except m.PackError as err:
            found.append(LibraryEntry(folder.name, folder, builtin, None, err))
    return found


def library() -> list[LibraryEntry]:
    """Built-in packs first, then imported ones; an imported pack never hides a built-in one with its id."""
    builtin = _entries(builtin_packs_dir(), True)
    taken = {entry.id for entry in builtin}
    return builtin + [entry for entry in _entries(packs_dir(), False) if entry.id not in taken]


def remove_pack(pack_id: str) -> None:
    """Delete an imported pack (built-in packs cannot be removed)."""
    folder = packs_dir() / pack_id
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{1,63}", pack_id) or not folder.is_dir():
        raise OylaError(QT_TRANSLATE_NOOP("errors", "There is no imported pack \"{id}\""), id=pack_id)
    shutil.rmtree(folder)
