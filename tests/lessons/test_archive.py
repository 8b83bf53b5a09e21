"""Safe import: hostile archives are refused, nothing is written, an installed pack is never replaced."""

from __future__ import annotations

import hashlib
import os
import stat
import zipfile
from pathlib import Path

import pytest

from app.lessons import archive
from app.lessons.archive import ArchiveError, build, import_pack
from app.lessons.library import library, remove_pack
from app.lessons.loader import load_pack
from app.lessons.model import PackError
from app.storage import paths
from tests.lessons.packfactory import edit, make_pack


def snapshot(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
        for p in sorted(root.rglob("*"))
    }


def zip_with(pack: Path, out: Path, extra: list[tuple[zipfile.ZipInfo | str, bytes]], prefix: str = "") -> Path:
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(pack.rglob("*")):
            if path.is_file():
                zf.write(path, prefix + path.relative_to(pack).as_posix())
        for info, data in extra:
            zf.writestr(info, data)
    return out


def set_flag_bits(zip_path: Path, name: str, bits: int, clear: int = 0) -> None:
    """Patch the general-purpose flags of ``name`` in both the local and the central header."""
    data = bytearray(zip_path.read_bytes())
    encoded = name.encode("utf-8")
    for signature, flag_at, name_at in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):
        start = 0
        while (pos := data.find(signature, start)) != -1:
            if data[pos + name_at: pos + name_at + len(encoded)] == encoded:
                flags = int.from_bytes(data[pos + flag_at: pos + flag_at + 2], "little")
                data[pos + flag_at: pos + flag_at + 2] = ((flags | bits) & ~clear).to_bytes(2, "little")
            start = pos + 4
    zip_path.write_bytes(bytes(data))


def set_sizes(zip_path: Path, name: str, size: int) -> None:
    """Make the headers of ``name`` claim ``size`` uncompressed bytes (a lying archive)."""
    data = bytearray(zip_path.read_bytes())
    encoded = name.encode("utf-8")
    for signature, size_at, name_at in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        pos = data.find(signature)
        while pos != -1:
            if data[pos + name_at: pos + name_at + len(encoded)] == encoded:
                data[pos + size_at: pos + size_at + 4] = size.to_bytes(4, "little")
            pos = data.find(signature, pos + 4)
    zip_path.write_bytes(bytes(data))


def symlink_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def fifo_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFIFO | 0o644) << 16
    return info


HOSTILE = {
    "parent traversal": ("outside the pack folder", [("../evil.md", b"x")]),
    "deep traversal": ("outside the pack folder", [("01-first/../../evil.md", b"x")]),
    "absolute path": ("absolute path", [("/tmp/evil.md", b"x")]),
    "drive letter": ("absolute path", [("C:/evil.md", b"x")]),
    "backslash traversal": ("outside the pack folder", [("..\\evil.md", b"x")]),
    "windows device name": ("not a valid file name on Windows", [("01-first/con.md", b"x")]),
    "symlink": ("symbolic link", [(symlink_info("01-first/link.md"), b"/etc/passwd")]),
    "special file": ("not a regular file", [(fifo_info("01-first/pipe.md"), b"")]),
    "too many files": ("more than 500 files", [(f"01-first/n{i}.txt", b"x") for i in range(archive.MAX_FILES)]),
    "file too large": ("larger than 20 MB", [("01-first/big.png", os.urandom(archive.MAX_FILE_BYTES + 1))]),
    "compression bomb": ("zip bomb", [("01-first/bomb.txt", b"\0" * (8 * 1024 * 1024))]),
    "latin-1 text": ("not UTF-8", [("01-first/notes.txt", "caf\u00e9 na\u00efve".encode("latin-1"))]),
    "utf-16 text": ("not UTF-8", [("01-first/notes.md", "hello".encode("utf-16"))]),
    "executable": ("file type", [("01-first/run.exe", b"MZ")]),
    "python file": ("file type", [("01-first/x.py", b"print(1)")]),
    "html file": ("file type", [("01-first/x.html", b"<script></script>")]),
    "svg with script": ("only plain SVG", [("01-first/a.svg", b"<svg><script>alert(1)</script></svg>")]),
    "svg with entities": ("only plain SVG", [("01-first/a.svg", b'<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>')]),
    "file used as folder": ("cannot be unpacked", [("01-first/a.md", b"x"), ("01-first/a.md/b.md", b"y")]),
    "duplicate by case": ("appears twice", [("01-first/Notes.txt", b"a"), ("01-first/notes.txt", b"b")]),
}


@pytest.fixture
def installed(tmp_path):
    """A working test-pack 1.2.3 installed in the packs folder, and the source it came from."""
    source = make_pack(tmp_path / "src")
    pack = import_pack(source)
    assert pack.version == "1.2.3"
    return source


def assert_refused(source: Path, zip_path: Path, error=ArchiveError, reason: str = "") -> None:
    data_root = paths.data_dir()
    outside = zip_path.parent.parent
    before, before_outside = snapshot(data_root), snapshot(outside)
    with pytest.raises(error) as raised:
        import_pack(zip_path)
    assert reason in str(raised.value)
    assert snapshot(data_root) == before, "the data folder changed"
    assert snapshot(outside) == before_outside, "something was written next to the archive"
    assert load_pack(paths.subdir("packs") / "test-pack").version == "1.2.3"


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_archive_is_refused_and_nothing_written(tmp_path, installed, case):
    edit(installed / "pack.yaml", "version: 1.2.3", "version: 9.9.9")  # would replace the installed pack
    work = tmp_path / "work" / "in"
    work.mkdir(parents=True)
    reason, extra = HOSTILE[case]
    assert_refused(installed, zip_with(installed, work / "hostile.zip", extra), reason=reason)


def test_non_utf8_name_and_encrypted_entry_are_refused(tmp_path, installed):
    work = tmp_path / "work" / "in"
    work.mkdir(parents=True)
    named = zip_with(installed, work / "names.zip", [("01-first/caf\u00e9.txt", b"x")])
    set_flag_bits(named, "01-first/caf\u00e9.txt", 0, clear=0x800)
    assert_refused(installed, named, reason="not UTF-8")
    locked = zip_with(installed, work / "locked.zip", [("01-first/secret.txt", b"x")])
    set_flag_bits(locked, "01-first/secret.txt", 0x1)
    assert_refused(installed, locked, reason="encrypted")


def test_archive_lying_about_sizes_is_refused(tmp_path, installed):
    work = tmp_path / "work" / "in"
    work.mkdir(parents=True)
    liar = zip_with(installed, work / "liar.zip", [("01-first/notes.txt", b"a" * 5000)])
    set_sizes(liar, "01-first/notes.txt", 10)
    assert_refused(installed, liar, reason="not a readable .zip")


def test_total_size_limit(tmp_path, installed, monkeypatch):
    monkeypatch.setattr(archive, "MAX_TOTAL_BYTES", 200_000)
    work = tmp_path / "work" / "in"
    work.mkdir(parents=True)
    extra = [(f"01-first/p{i}.png", os.urandom(90_000)) for i in range(3)]
    assert_refused(installed, zip_with(installed, work / "big.zip", extra), reason="unpacked")


def test_invalid_pack_and_garbage_are_refused_without_replacing(tmp_path, installed):
    work = tmp_path / "work" / "in"
    work.mkdir(parents=True)
    edit(installed / "01-first/lesson.en.md", "minutes: 45", "minutes: 4500")
    assert_refused(installed, zip_with(installed, work / "invalid.zip", []), PackError, "problem")
    garbage = work / "garbage.zip"
    garbage.write_bytes(b"PK\x03\x04 this is not a zip")
    assert_refused(installed, garbage, reason="not a readable .zip")
    nothing = zip_with(installed / "01-first", work / "nopack.zip", [])
    assert_refused(installed, nothing, reason="pack.yaml is not at the top")


def test_folder_with_symlink_is_refused(tmp_path, installed):
    (installed / "01-first" / "link.md").symlink_to(installed / "pack.yaml")
    edit(installed / "pack.yaml", "version: 1.2.3", "version: 2.0.0")
    before = snapshot(paths.data_dir())
    with pytest.raises(ArchiveError, match="symbolic link"):
        import_pack(installed)
    assert snapshot(paths.data_dir()) == before


def test_build_import_load_round_trip_and_upgrade(tmp_path, installed):
    out = build(installed, tmp_path / "out" / "test-pack.zip")
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
    assert "pack.yaml" in names and "01-first/images/grid.png" in names
    remove_pack("test-pack")
    pack = import_pack(out)
    source = load_pack(installed)
    assert pack.folder == paths.subdir("packs") / "test-pack"
    for lang in ("kk", "ru", "en"):
        ours, theirs = pack.lessons[0].text(lang), source.lessons[0].text(lang)
        assert [(s.id, s.title, s.body) for s in ours.steps] == [(s.id, s.title, s.body) for s in theirs.steps]
        assert ours.quiz == theirs.quiz and ours.checks == theirs.checks
    edit(installed / "pack.yaml", "version: 1.2.3", "version: 1.3.0")
    nested = zip_with(installed, tmp_path / "out" / "nested.zip", [], prefix="test-pack/")
    assert import_pack(nested).version == "1.3.0"
    packs = paths.subdir("packs")
    assert sorted(p.name for p in packs.iterdir()) == ["test-pack"], "temporary folders were left behind"
    assert [(e.id, e.builtin, e.pack.version) for e in library() if not e.builtin] == [("test-pack", False, "1.3.0")]


def test_build_refuses_invalid_pack_and_writes_nothing(tmp_path):
    pack = make_pack(tmp_path)
    edit(pack / "pack.yaml", "id: test-pack", "id: BAD")
    with pytest.raises(PackError):
        build(pack, tmp_path / "out.zip")
    assert not (tmp_path / "out.zip").exists()


def test_builtin_id_cannot_be_imported(tmp_path):
    assert (archive.builtin_packs_dir() / "first-steps" / "pack.yaml").is_file()
    pack = make_pack(tmp_path)
    edit(pack / "pack.yaml", "id: test-pack", "id: first-steps")
    with pytest.raises(ArchiveError, match="built-in"):
        import_pack(pack)
    assert list(paths.subdir("packs").iterdir()) == []


def test_failed_swap_restores_the_installed_pack(tmp_path, installed, monkeypatch):
    edit(installed / "pack.yaml", "version: 1.2.3", "version: 2.0.0")
    real_replace = os.replace

    def flaky_replace(src, dst):
        if Path(src).name.startswith(".import-"):
            raise PermissionError(13, "in use")
        return real_replace(src, dst)

    monkeypatch.setattr(archive.os, "replace", flaky_replace)
    with pytest.raises(ArchiveError, match="could not install"):
        import_pack(installed)
    monkeypatch.setattr(archive.os, "replace", real_replace)
    packs = paths.subdir("packs")
    assert sorted(p.name for p in packs.iterdir()) == ["test-pack"]
    assert load_pack(packs / "test-pack").version == "1.2.3"


def test_leftovers_of_a_crash_are_repaired(tmp_path, installed):
    packs = paths.subdir("packs")
    aside = packs / ".old-crash"
    aside.mkdir()
    os.replace(packs / "test-pack", aside / "test-pack")  # a crash between the two renames
    (packs / ".import-stale").mkdir()
    os.utime(packs / ".import-stale", (0, 0))
    edit(installed / "pack.yaml", "id: test-pack", "id: other-pack")
    import_pack(installed)
    assert sorted(p.name for p in packs.iterdir() if not p.name.startswith(".old-")) == ["other-pack", "test-pack"]
    assert load_pack(packs / "test-pack").id == "test-pack"
