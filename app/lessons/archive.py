"""Build a pack .zip, and import a pack (.zip or folder) safely into ``paths.subdir("packs")/<id>``.

Import first checks the whole archive listing (names, types, sizes, compression ratio, symlinks) and refuses
before writing anything. Then it unpacks into a hidden temporary folder inside the packs folder, checks each
file's real size and encoding, validates the pack, and only then swaps the folder in. A failed import removes
its temporary folder and never touches an installed pack of the same id.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
import time
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, OylaError
from app.lessons import model as m
from app.lessons.loader import PACK_FILE, load_pack
from app.lessons.svg import svg_problem
from app.resources import builtin_packs_dir
from app.storage import atomic, paths, reading

MAX_FILES = 500
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TOTAL_BYTES = 100 * 1024 * 1024
MAX_RATIO = 100  # uncompressed : compressed, for entries over RATIO_MIN_BYTES
RATIO_MIN_BYTES = 64 * 1024
ALLOWED_EXTS = (".yaml", ".md", ".png", ".jpg", ".jpeg", ".svg", ".txt")
TEXT_EXTS = (".yaml", ".md", ".txt", ".svg")
RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)


class ArchiveError(OylaError):
    """An archive or folder that Oyla refuses to import or build."""


@dataclass(frozen=True)
class Entry:
    parts: tuple[str, ...]  # path inside the pack, already checked
    size: int
    read: Callable[[], bytes]


def packs_dir() -> Path:
    return paths.subdir("packs")


def _refuse(message: str, **params: object) -> ArchiveError:
    return ArchiveError(message, **params)


def _check_name(name: str) -> tuple[str, ...]:
    """The path parts of an entry name, or ArchiveError if it could land outside the pack folder."""
    clean = name.replace("\\", "/")  # old Windows zip tools write backslashes
    if clean.startswith("/") or re.match(r"^[A-Za-z]:", clean):
        raise _refuse(QT_TRANSLATE_NOOP("errors", "\"{name}\" is an absolute path; a pack may only hold relative paths"),
                      name=name)
    parts = tuple(clean.rstrip("/").split("/"))
    for part in parts:
        if part in ("", ".", "..") or ":" in part or any(unicodedata.category(c) in ("Cc", "Cf") for c in part):
            raise _refuse(QT_TRANSLATE_NOOP("errors", "\"{name}\" points outside the pack folder or is not a valid name"),
                          name=name)
        if RESERVED.match(part) or part.endswith((".", " ")):
            raise _refuse(QT_TRANSLATE_NOOP("errors", "\"{name}\" is not a valid file name on Windows"), name=name)
    return parts


def _hidden(parts: tuple[str, ...]) -> bool:
    return any(p.startswith(".") or p == "__MACOSX" for p in parts)


def _check_file(parts: tuple[str, ...], size: int, name: str) -> None:
    if Path(parts[-1]).suffix.lower() not in ALLOWED_EXTS:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "\"{name}\" has a file type that packs may not contain "
                                                  "(allowed: {allowed})"), name=name, allowed=" ".join(ALLOWED_EXTS))
    if size > MAX_FILE_BYTES:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "\"{name}\" is larger than {mb} MB"), name=name,
                      mb=MAX_FILE_BYTES // 2**20)


def _check_totals(entries: list[Entry]) -> None:
    if len(entries) > MAX_FILES:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "the pack has more than {count} files"), count=MAX_FILES)
    if sum(e.size for e in entries) > MAX_TOTAL_BYTES:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "the pack is larger than {mb} MB unpacked"), mb=MAX_TOTAL_BYTES // 2**20)
    seen: dict[str, str] = {}
    for entry in entries:
        key = "/".join(entry.parts).casefold()
        if key in seen:
            raise _refuse(QT_TRANSLATE_NOOP("errors", "\"{name}\" appears twice (names differ only in capitals)"),
                          name="/".join(entry.parts))
        seen[key] = key


def _zip_entries(zf: zipfile.ZipFile) -> list[Entry]:
    infos = zf.infolist()
    if len(infos) > MAX_FILES * 2:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "the pack has more than {count} files"), count=MAX_FILES)
    entries = []
    for info in infos:
        name = info.filename
        if not info.flag_bits & 0x800 and not name.isascii():
            raise _refuse(QT_TRANSLATE_NOOP("errors", "the archive has a file name that is not UTF-8: \"{name}\""),
                          name=name)
        parts = _check_name(name)
        mode = info.external_attr >> 16
        if info.create_system == 3 and stat.S_ISLNK(mode):
            raise _refuse(QT_TRANSLATE_NOOP("errors", "\"{name}\" is a symbolic link; packs may not contain links"),
                          name=name)
        if info.create_system == 3 and stat.S_IFMT(mode) not in (0, stat.S_IFREG, stat.S_IFDIR):
            raise _refuse(QT_TRANSLATE_NOOP("errors", "\"{name}\" is not a regular file"), name=name)
        if info.flag_bits & 0x1:
            raise _refuse(QT_TRANSLATE_NOOP("errors", "\"{name}\" is encrypted"), name=name)
        if info.is_dir() or _hidden(parts):
            continue
        _check_file(parts, info.file_size, name)
        if info.file_size > RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _refuse(QT_TRANSLATE_NOOP("errors", "\"{name}\" is compressed suspiciously well (a zip bomb?)"),
                          name=name)
        entries.append(Entry(parts, info.file_size, lambda info=info: _read_member(zf, info)))
    return entries


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    with zf.open(info) as src:
        data = src.read(info.file_size + 1)  # never more than the declared size (itself capped), plus one byte
    if len(data) != info.file_size:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "the archive is damaged: \"{name}\" has the wrong size"),
                      name=info.filename)
    return data


def _folder_entries(folder: Path, skip: Path | None = None) -> list[Entry]:
    entries: list[Entry] = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        for name in sorted(dirs + files):
            path = Path(root) / name
            rel = path.relative_to(folder).as_posix()
            try:
                rel.encode("utf-8")
            except UnicodeEncodeError:
                raise _refuse(QT_TRANSLATE_NOOP("errors", "the file name \"{name}\" is not UTF-8"),
                              name=rel.encode("utf-8", "replace").decode()) from None
            parts = _check_name(rel)
            if path.is_symlink():
                raise _refuse(QT_TRANSLATE_NOOP("errors", "\"{name}\" is a symbolic link; packs may not contain links"),
                              name=rel)
            if _hidden(parts) or path.is_dir() or (skip is not None and path.resolve() == skip):
                continue
            if not path.is_file():
                raise _refuse(QT_TRANSLATE_NOOP("errors", "\"{name}\" is not a regular file"), name=rel)
            size = path.stat().st_size
            _check_file(parts, size, rel)
            entries.append(Entry(parts, size, lambda path=path, rel=rel: _read_file(path, rel)))
            if len(entries) > MAX_FILES:
                _check_totals(entries)
        dirs[:] = [d for d in dirs if not _hidden((d,)) and not (Path(root) / d).is_symlink()]
    return entries


def _read_file(path: Path, name: str) -> bytes:
    try:
        return reading.read_file(path, MAX_FILE_BYTES, follow_links=False)
    except reading.DataError as err:
        raise _refuse(err.message, **{**err.params, "file": name}) from None  # "{file} is not an ordinary file …"


def _check_content(entry: Entry, data: bytes) -> None:
    name = "/".join(entry.parts)
    if len(data) > MAX_FILE_BYTES:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "\"{name}\" is larger than {mb} MB"), name=name,
                      mb=MAX_FILE_BYTES // 2**20)
    if Path(name).suffix.lower() in TEXT_EXTS:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise _refuse(QT_TRANSLATE_NOOP("errors", "\"{name}\" is not UTF-8 text"), name=name) from None
        if "\x00" in text:
            raise _refuse(QT_TRANSLATE_NOOP("errors", "\"{name}\" is not UTF-8 text"), name=name)
        if name.lower().endswith(".svg") and (problem := svg_problem(data)) is not None:
            raise _refuse(QT_TRANSLATE_NOOP("errors", "\"{name}\" is refused ({detail}): only plain SVG drawings are "
                                                      "allowed, without scripts, links, animations or DTDs"),
                          name=name, detail=problem)


def _pack_root(entries: list[Entry]) -> list[Entry]:
    """Entries relative to the folder holding pack.yaml (the zip root, or its single top folder)."""
    if any(e.parts == (PACK_FILE,) for e in entries):
        return entries
    tops = {e.parts[0] for e in entries}
    if len(tops) == 1 and all(len(e.parts) > 1 for e in entries):
        top = tops.pop()
        if any(e.parts == (top, PACK_FILE) for e in entries):
            return [Entry(e.parts[1:], e.size, e.read) for e in entries]
    raise _refuse(QT_TRANSLATE_NOOP("errors", "pack.yaml is not at the top of the archive"))


def _unpack(entries: list[Entry], target: Path) -> None:
    total = 0
    for entry in entries:
        data = entry.read()
        total += len(data)
        if total > MAX_TOTAL_BYTES:
            raise _refuse(QT_TRANSLATE_NOOP("errors", "the pack is larger than {mb} MB unpacked"),
                          mb=MAX_TOTAL_BYTES // 2**20)
        _check_content(entry, data)
        path = target.joinpath(*entry.parts)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "xb") as handle:  # "x": never overwrite, never follow a planted link
                handle.write(data)
        except OSError as err:  # e.g. "a.md" both a file and a folder in the archive
            raise _refuse(QT_TRANSLATE_NOOP("errors", "\"{name}\" cannot be unpacked ({detail})"),
                          name="/".join(entry.parts), detail=err.strerror or str(err)) from None


def import_pack(source: Path) -> m.Pack:
    """Install the pack at ``source`` (a .zip or a folder); return it as loaded from its new home."""
    source = Path(source)
    packs = packs_dir()
    _remove_leftovers(packs)
    try:
        if source.is_dir():
            return _install(_folder_entries(source), packs, source.name)
        if not source.exists():
            raise _refuse(QT_TRANSLATE_NOOP("errors", "\"{name}\" does not exist"), name=str(source))
        if not source.is_file():  # a pipe or a device would block or never end
            raise _refuse(QT_TRANSLATE_NOOP("errors", "\"{name}\" is not a pack folder or a .zip file"),
                          name=str(source))
        with zipfile.ZipFile(source) as zf:
            return _install(_zip_entries(zf), packs, source.name)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError, RuntimeError) as err:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "\"{name}\" is not a readable .zip file ({detail})"),
                      name=source.name, detail=str(err)) from None


def unpack_zip(source: Path, target: Path) -> None:
    """Unpack a pack .zip into the empty folder ``target`` with every import check (for ``pack validate``)."""
    try:
        with zipfile.ZipFile(source) as zf:
            entries = _pack_root(_zip_entries(zf))
            _check_totals(entries)
            _unpack(entries, Path(target))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError, RuntimeError) as err:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "\"{name}\" is not a readable .zip file ({detail})"),
                      name=Path(source).name, detail=str(err)) from None


def _install(entries: list[Entry], packs: Path, label: str) -> m.Pack:
    entries = _pack_root(entries)
    _check_totals(entries)
    tmp = Path(tempfile.mkdtemp(prefix=".import-", dir=packs))
    try:
        _unpack(entries, tmp)
        try:
            pack = load_pack(tmp)
        except m.PackError as err:
            raise m.PackError(err.errors, pack=label) from None
        builtin = builtin_packs_dir()
        if builtin is not None and (builtin / pack.id / PACK_FILE).is_file():
            raise _refuse(QT_TRANSLATE_NOOP("errors", "a built-in pack already uses the id \"{id}\"; "
                                                      "change the id in pack.yaml"), id=pack.id)
        target = packs / pack.id
        _swap(tmp, target, packs)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return load_pack(target)


def _swap(new: Path, target: Path, packs: Path) -> None:
    """Put ``new`` at ``target``; an installed pack there is moved aside first and restored if anything fails."""
    aside = Path(tempfile.mkdtemp(prefix=".old-", dir=packs)) if target.exists() else None
    try:
        if aside is not None:
            os.replace(target, aside / target.name)
        try:
            os.replace(new, target)
        except OSError:
            if aside is not None:
                os.replace(aside / target.name, target)
            raise
    except OSError as err:
        raise _refuse(QT_TRANSLATE_NOOP("errors", "could not install the pack in {folder} ({detail}); "
                                                  "close anything that uses it and try again"),
                      folder=str(target), detail=err.strerror or str(err)) from None
    finally:
        if aside is not None and target.exists():
            shutil.rmtree(aside, ignore_errors=True)


def _remove_leftovers(packs: Path, max_age_s: float = 3600) -> None:
    """Clean up after a crashed import: put back a pack moved aside, drop temporary folders over an hour old."""
    for child in packs.iterdir():
        if child.name.startswith(".old-"):
            for moved in child.iterdir():
                if not (packs / moved.name).exists():
                    os.replace(moved, packs / moved.name)
        if child.name.startswith((".import-", ".old-")) and time.time() - child.stat().st_mtime > max_age_s:
            shutil.rmtree(child, ignore_errors=True)


def build(folder: Path, out_zip: Path) -> Path:
    """Validate the pack at ``folder`` and zip it (pack.yaml at the root, fixed timestamps) into ``out_zip``."""
    folder, out_zip = Path(folder), Path(out_zip)
    load_pack(folder)
    entries = _folder_entries(folder, skip=out_zip.resolve() if out_zip.exists() else None)
    _check_totals(entries)
    with atomic.replacing(out_zip, mode=atomic.SHARED) as handle, \
            zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as zf:  # a pack is meant to be shared
        for entry in sorted(entries, key=lambda e: e.parts):
            data = entry.read()
            _check_content(entry, data)
            info = zipfile.ZipInfo("/".join(entry.parts), date_time=(2020, 1, 1, 0, 0, 0))
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return out_zip
