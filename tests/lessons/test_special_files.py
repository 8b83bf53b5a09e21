"""Pipes, devices and links where Oyla expects a file: a clear one-line error at once, never a hang or MemoryError.

Every read in app/lessons goes through ``app.storage.reading.read_file``: regular files only, at most N bytes.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app.errors import OylaError
from app.lessons import progress as prog
from app.lessons.archive import ArchiveError, import_pack
from app.lessons.loader import load_pack, validate_pack
from app.storage import paths, reading, students
from app.storage.reading import DataError
from tests.lessons.packfactory import make_pack

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX pipes and /dev/zero")
ROOT = Path(__file__).resolve().parents[2]


def finishes(fn, *args, seconds: float = 20):
    """``fn(*args)`` on a daemon thread; fails (instead of hanging the suite) if it blocks."""
    result: dict = {}

    def run():
        try:
            result["value"] = fn(*args)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            result["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"{fn.__name__} blocked for {seconds} s"
    if "error" in result:
        raise result["error"]
    return result["value"]


def one_line(text: str) -> str:
    assert "\n" not in text and "Traceback" not in text, text
    return text


def test_read_file_refuses_special_files_and_reads_at_most_the_limit(tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    (tmp_path / "zero.json").symlink_to("/dev/zero")
    (tmp_path / "folder.json").mkdir()
    for name in ("pipe.json", "zero.json", "folder.json"):
        with pytest.raises(DataError, match="not an ordinary file") as raised:
            finishes(reading.read_file, tmp_path / name, 1000)
        one_line(str(raised.value))
    with pytest.raises(DataError, match="symbolic link"):
        reading.read_file(tmp_path / "zero.json", 1000, follow_links=False)
    (tmp_path / "ok.txt").write_bytes(b"x" * 1000)
    assert reading.read_file(tmp_path / "ok.txt", 1000) == b"x" * 1000
    with pytest.raises(DataError, match="too large"):
        reading.read_file(tmp_path / "ok.txt", 999)
    with pytest.raises(DataError, match="cannot be read"):
        reading.read_file(tmp_path / "missing.txt", 10)
    with pytest.raises(DataError, match="not an ordinary file"):
        finishes(reading.read_json_object, tmp_path / "zero.json")


def test_pack_validate_dev_zero_and_a_fifo_end_at_once(tmp_path):
    fifo = tmp_path / "pack.zip"
    os.mkfifo(fifo)
    for target in ("/dev/zero", str(fifo)):
        done = subprocess.run([sys.executable, "-m", "app", "pack", "validate", target], cwd=ROOT, timeout=120,
                              capture_output=True, text=True, env={**os.environ, "OYLA_DATA_DIR": str(tmp_path)})
        assert done.returncode == 1
        assert "not a pack folder or .zip file" in done.stderr + done.stdout
        assert "Traceback" not in done.stderr
    for target in (Path("/dev/zero"), fifo):
        with pytest.raises(ArchiveError, match="not a pack folder or a .zip file"):
            finishes(import_pack, target)


@pytest.mark.parametrize("where", ["pack.yaml", "01-first/lesson.en.md"])
@pytest.mark.parametrize("kind", ["fifo", "link to /dev/zero", "folder"])
def test_special_pack_and_lesson_files_are_issues(tmp_path, where, kind):
    pack = make_pack(tmp_path)
    target = pack / where
    target.unlink()
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "folder":
        target.mkdir()
    else:
        target.symlink_to("/dev/zero")
    issues = finishes(validate_pack, pack)
    assert [i.file for i in issues] == [where]
    words = "symbolic link" if kind.startswith("link") else "not an ordinary file"
    assert words in one_line(issues[0].text())


def test_fifo_inside_a_folder_pack_is_refused_on_import(tmp_path):
    good = import_pack(make_pack(tmp_path / "good"))
    pack = make_pack(tmp_path / "src")
    os.mkfifo(pack / "01-first" / "notes.txt")
    with pytest.raises(ArchiveError, match="not a regular file"):
        finishes(import_pack, pack)
    assert load_pack(good.folder).version == "1.2.3"


def test_svg_drawing_that_is_a_pipe_is_an_issue(tmp_path):
    pack = make_pack(tmp_path)
    os.mkfifo(pack / "01-first" / "images" / "pipe.svg")
    issues = finishes(validate_pack, pack)
    assert [(i.file, "not an ordinary file" in i.text()) for i in issues] == [("01-first/images/pipe.svg", True)]


def test_progress_file_linked_to_dev_zero_is_a_clear_error_and_stays(tmp_path):
    aru = students.create_student("Aru")
    stored = students.student_dir(aru.id) / prog.FILE
    stored.symlink_to("/dev/zero")
    with pytest.raises(prog.ProgressError) as raised:
        finishes(prog.load, aru.id)
    assert "symbolic link" in one_line(str(raised.value))
    assert stored.is_symlink(), "the student's file was left as it was"


def test_importing_special_progress_files_skips_them(tmp_path):
    aru = students.create_student("Aru")
    good = prog.export_progress(aru.id, tmp_path / "usb" / "aru.json")
    os.mkfifo(tmp_path / "usb" / "pipe.json")
    (tmp_path / "usb" / "zero.json").symlink_to("/dev/zero")
    (tmp_path / "usb" / "big.json").write_bytes(b" " * (prog.MAX_FILE_BYTES + 1))
    (tmp_path / "usb" / "folder.json").mkdir()
    names = ["pipe.json", "zero.json", "big.json", "folder.json"]
    found, errors = finishes(prog.import_progress_files, [good] + [tmp_path / "usb" / n for n in names])
    assert [r.nickname for r in found] == ["Aru"]
    assert len(errors) == 4 and all(isinstance(e, OylaError) for e in errors)
    for name, error in zip(names, errors, strict=True):
        assert one_line(str(error)).startswith(name)
    assert "too large" in str(errors[2])
    assert paths.data_dir().is_dir()
