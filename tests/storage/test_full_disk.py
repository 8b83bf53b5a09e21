"""A full or read-only disk: one clear error, and what was saved before stays as it was.

One test fills a real 512 kB tmpfs (mounted in a private user namespace with ``unshare``; skipped where that is
not allowed); the others make the system calls fail the way such a disk makes them fail."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.storage import paths
from app.storage.settings import FILE, AppSettings, SettingsError, load_settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("error", [errno.EROFS, errno.ENOSPC, errno.EACCES])
def test_settings_that_cannot_be_saved_are_one_clear_error(monkeypatch, error):
    AppSettings(language="kk").save()
    before = (paths.data_dir() / FILE).read_bytes()

    def refuse(src, dst):
        raise OSError(error, os.strerror(error), str(src))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(SettingsError) as info:
        AppSettings(language="ru").save()
    assert str(info.value) == f"Oyla cannot save its settings in {paths.data_dir() / FILE}: {os.strerror(error)}"
    assert (paths.data_dir() / FILE).read_bytes() == before
    assert [p.name for p in paths.data_dir().iterdir()] == [FILE]


@pytest.mark.parametrize("text", ['{"language": "kk", "x": ' + "9" * 5000 + "}", "[" * 100_000, b"\xff\xfe"])
def test_damaged_settings_give_the_defaults(text):
    file = paths.data_dir() / FILE
    file.write_bytes(text if isinstance(text, bytes) else text.encode())
    assert load_settings() == AppSettings()


FILL = textwrap.dedent("""
    import errno, sys
    from pathlib import Path
    import numpy as np
    sys.path.insert(0, {root!r})
    from app.errors import OylaError
    from app.ml import model_io
    from app.ml.heads import KNNHead
    from app.storage.project import create_project, open_project

    disk = Path(sys.argv[1])
    project = create_project(disk / "p", classes=["a", "b"])
    rng = np.random.default_rng(0)
    head = KNNHead(rng.normal(size=(4, 1280)).astype(np.float32), np.array([0, 1, 0, 1]), 2, 1)
    model_io.save_model(project.model_dir, head, ["a", "b"], {{}}, {{}}, {{}}, "0" * 64)
    added = 0
    try:
        while True:  # noise does not compress: each sample is about 40 kB
            project.add_sample("a", rng.integers(0, 255, (224, 224, 3), np.uint8))
            added += 1
    except OylaError as exc:
        print("sample:", exc)
    big = KNNHead(rng.normal(size=(400, 1280)).astype(np.float32), np.arange(400) % 2, 2, 1)
    try:
        model_io.save_model(project.model_dir, big, ["a", "b"], {{}}, {{}}, {{}}, "0" * 64)
    except OylaError as exc:
        print("model:", exc)
    reopened = open_project(disk / "p")
    print("samples:", added == len(reopened.samples("a")), "model rows:", len(model_io.load_model(disk / "p").head.labels))
    print("leftovers:", sorted(p.name for p in (disk / "p").iterdir()))
""")


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("unshare") is None, reason="Linux only")
def test_a_really_full_disk_keeps_the_project_and_the_model(tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    probe = subprocess.run(["unshare", "-Urm", "mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(disk)],
                           capture_output=True, timeout=30)
    if probe.returncode != 0:
        pytest.skip("this system does not allow a private tmpfs: " + probe.stderr.decode(errors="replace"))
    script = FILL.format(root=str(ROOT))
    command = 'mount -t tmpfs -o size=512k tmpfs "$1" && exec "$2" -c "$3" "$1"'
    done = subprocess.run(["unshare", "-Urm", "sh", "-c", command, "sh", str(disk), sys.executable, script],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "OPENBLAS_NUM_THREADS": "1"})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("sample: Cannot write to ") and lines[0].endswith(": No space left on device")
    assert lines[1] == f"model: The model could not be saved in {disk / 'p' / 'model'}: No space left on device"
    assert lines[2] == "samples: True model rows: 4"  # every sample reported as saved is there; the old model
    assert lines[3] == "leftovers: ['model', 'project.json', 'samples']"
