"""Names that become folders and ids that become paths, checked before they touch the disk.

A class name is a folder name on every system (Windows too); a sample id (``<class>/<file>.jpg``, found in model
files and reports someone else may have made) must name a file inside the project's ``samples/`` folder.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, OylaError

_BAD_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
SAMPLE_NAME = re.compile(r'[^\\/:*?"<>|\x00-\x1f\x7f.][^\\/:*?"<>|\x00-\x1f\x7f]{0,200}\.jpg')
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


class ProjectError(OylaError):
    """A project folder or file that cannot be used as it is."""


def valid_sample_id(sample_id: object, labels: list[str]) -> bool:
    """Is ``sample_id`` a "<class>/<file>.jpg" id of one of ``labels`` (so it names a file inside samples/)?

    Model files and reports carry such ids; one from a shared project could say ``../../x``, so it is checked
    before it is joined to a path. ``Project.samples`` lists only files whose names pass the same check."""
    if not isinstance(sample_id, str) or sample_id.count("/") != 1:
        return False
    label, name = sample_id.split("/")
    return label in labels and SAMPLE_NAME.fullmatch(name) is not None


def sample_file(samples_dir: Path, sample_id: object, labels: list[str]) -> Path | None:
    """``samples_dir / sample_id`` if the id is valid and names an existing regular file that stays inside
    ``samples_dir`` after following any links; otherwise None (nothing outside the project is ever read)."""
    if not valid_sample_id(sample_id, labels):
        return None
    path = Path(samples_dir) / sample_id
    try:
        inside = path.resolve().is_relative_to(Path(samples_dir).resolve())
    except (OSError, RuntimeError):
        return None
    return path if inside and path.is_file() else None


def _printable(text: str) -> bool:
    """No control or format characters (an arrow-reversing U+202E could disguise a name), no unassigned code
    points, and no surrogates (a folder name that was not UTF-8); the emoji joiner U+200D is fine."""
    return all(ch == "\u200d" or unicodedata.category(ch)[0] != "C" for ch in text)


def check_class_name(name: str, taken: list[str]) -> str:
    """A class name that is safe as a folder name on every system and not already used (any case)."""
    clean = " ".join(str(name).split())
    if (not clean or len(clean) > 40 or _BAD_NAME.search(clean) or clean.startswith(".") or clean.endswith(".")
            or not _printable(clean)):
        raise ProjectError(
            QT_TRANSLATE_NOOP("errors", "“{name}” cannot be a class name: use up to 40 letters, digits or spaces."),
            name=clean,
        )
    if clean.casefold() in _RESERVED:
        raise ProjectError(QT_TRANSLATE_NOOP("errors", "“{name}” is a reserved word on Windows."), name=clean)
    if clean.casefold() in {t.casefold() for t in taken}:
        raise ProjectError(QT_TRANSLATE_NOOP("errors", "There is already a class called {name}."), name=clean)
    return clean
