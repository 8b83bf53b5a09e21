"""Files saved for others (progress exports, class reports, project zips, built packs) are readable by others
(0644 minus the umask); files in the data folder stay private (0600). Checked on the mode bits on disk."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app.lessons import progress as prog
from app.lessons import report
from app.lessons.archive import build
from app.lessons.loader import load_pack
from app.storage import atomic, inventory, students
from tests.lessons.packfactory import make_pack

pytestmark = pytest.mark.skipif(os.name == "nt", reason="Windows has no POSIX mode bits")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def umask():
    old = os.umask(0o022)
    yield lambda value: os.umask(value)
    os.umask(old)


def exports(tmp_path: Path, tag: str) -> dict[str, Path]:
    """Every kind of file Oyla saves to a folder the user chose, written into ``tmp_path / "usb"``."""
    out = tmp_path / "usb"
    pack = make_pack(tmp_path / f"src-{tag}")
    aru = students.create_student(f"Aru {tag}")
    table = report.rows(report.local_progress(), [load_pack(pack)])
    project = inventory.paths.data_dir() / "projects" / "cats"
    project.mkdir(parents=True, exist_ok=True)
    (project / "project.json").write_text("{}", encoding="utf-8")
    return {
        "progress": prog.export_progress(aru.id, out / "aru.oyla-progress.json"),
        "csv": report.write_csv(table, out / "class.csv"),
        "html": report.write_html(table, out / "class.html", "7B"),
        "project zip": inventory.export_project("cats", out / "cats.zip"),
        "pack zip": build(pack, out / "pack.zip"),
    }


def test_exports_are_shared_and_data_files_private(tmp_path, umask):
    files = exports(tmp_path, "one")
    assert {kind: oct(mode(path)) for kind, path in files.items()} == {kind: "0o644" for kind in files}
    aru = students.list_students()[0]
    prog.save(prog.load(aru.id))
    assert mode(students.student_dir(aru.id) / prog.FILE) == 0o600
    atomic.write_text(tmp_path / "private.txt", "x")
    assert mode(tmp_path / "private.txt") == 0o600


def test_exports_follow_the_umask_and_replace_older_files(tmp_path, umask):
    first = exports(tmp_path, "first")
    umask(0o077)  # a user who wants nothing shared
    again = exports(tmp_path, "again")
    assert {kind: oct(mode(path)) for kind, path in again.items()} == {kind: "0o600" for kind in again}
    assert sorted(p.name for p in (tmp_path / "usb").iterdir()) == sorted(p.name for p in first.values()), \
        "no temporary files were left next to the exports"


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "class.csv"
    atomic.write_text(target, "old", mode=atomic.SHARED)
    with pytest.raises(ZeroDivisionError), atomic.replacing(target, mode=atomic.SHARED) as handle:
        handle.write(b"half")
        raise ZeroDivisionError
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["class.csv"]
