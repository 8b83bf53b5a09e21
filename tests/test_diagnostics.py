"""The log, the hooks and the problem report: errors are written with tracebacks and versions, names never."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import cv2
import numpy as np
import pytest

from app import diagnostics
from app.errors import OylaError
from app.storage.project import create_project
from app.storage.settings import load_settings
from app.storage.students import create_student

NICK = "Әлия Жұмабек"
PROJECT = "Мысықтар-Әлия"


@pytest.fixture
def hooks(monkeypatch, data_dir):
    """The hooks installed as the app does, and the old ones back afterwards."""
    before = []  # what the hooks that were there before saw (Python's own print the traceback)
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: before.append(kind.__name__))
    monkeypatch.setattr(threading, "excepthook", lambda args: before.append(args.exc_type.__name__))
    diagnostics.start("test")
    yield diagnostics.log_dir() / diagnostics.LOG_FILE, before
    diagnostics.reset()


def named_things(data_dir):
    """A student and a project (with pictures) that carry names, as a class would have them."""
    create_student(NICK)
    project = create_project(data_dir / "projects" / PROJECT, name=PROJECT, classes=["cat", "dog"], owner=NICK)
    for cls in ("cat", "dog"):
        cv2.imwrite(str(project.samples_dir / cls / "000.jpg"), np.full((32, 32, 3), 200, np.uint8))
    settings = load_settings()
    settings.remember(project.path)
    settings.save()
    return project


def crash_in_thread(message: str) -> None:
    def work():
        raise ValueError(message)

    thread = threading.Thread(target=work, name="worker")
    thread.start()
    thread.join()


def test_an_error_in_a_thread_is_logged_with_traceback_and_versions_but_no_names(hooks, data_dir):
    log_file, before = hooks
    project = named_things(data_dir)
    heard = []
    diagnostics.on_error(lambda: heard.append(threading.current_thread().name))
    crash_in_thread(f"cannot read {project.samples_dir / 'cat' / '000.jpg'} of {NICK}")
    diagnostics.report_problem(OylaError("A project called {name} exists", name=PROJECT))
    logging.getLogger("app.ui.services").warning("a module's own logger, about %s", NICK)
    text = log_file.read_text(encoding="utf-8")
    assert "Traceback" in text and "ValueError: cannot read" in text and "in the thread worker" in text
    assert "onnxruntime" in text and "python 3." in text
    assert "A project called {name} exists" in text and "a module's own logger, about «name»" in text
    for secret in (NICK, PROJECT, str(data_dir)):
        assert secret not in text
    assert diagnostics.NAME in text and "<data>" in text
    assert heard == ["worker"]  # the listener (the app's message) heard it once, on the failing thread
    assert before == ["ValueError"]  # the previous hook still ran


def test_the_same_error_again_and_again_is_logged_a_few_times_and_announced_once(hooks):
    log_file, _before = hooks
    heard = []
    diagnostics.on_error(lambda: heard.append(1))
    for _ in range(20):
        crash_in_thread("every frame")
    text = log_file.read_text(encoding="utf-8")
    assert text.count("Traceback") == diagnostics.REPEATS_LOGGED
    assert "happened 10 times" in text
    assert heard == [1]


def test_an_uncaught_error_on_the_main_thread_goes_through_the_hook(hooks):
    log_file, before = hooks
    try:
        raise KeyError("lost")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    assert "KeyError: 'lost'" in log_file.read_text(encoding="utf-8")
    assert before == ["KeyError"]


def test_the_log_rotates_at_its_size_limit(hooks, monkeypatch):
    handler = diagnostics.log().handlers[-1]
    monkeypatch.setattr(handler, "maxBytes", 2000)
    for i in range(40):
        diagnostics.log().info("line %d %s", i, "x" * 100)
    files = sorted(p.name for p in diagnostics.log_dir().iterdir())
    assert files == ["oyla.log", "oyla.log.1", "oyla.log.2", "oyla.log.3"]
    assert all(p.stat().st_size <= 2200 for p in diagnostics.log_dir().iterdir())


def test_the_problem_report_has_logs_versions_and_settings_but_no_pictures_and_no_names(hooks, data_dir, tmp_path):
    named_things(data_dir)
    teacher = data_dir / "teacher"
    teacher.mkdir()
    (teacher / "settings.json").write_text(json.dumps({"schema_version": 1, "faces": "blur",
                                                       "require_parental_consent": True, "note": NICK}))
    (teacher / "pin.json").write_text(json.dumps({"salt": "SALT-SECRET", "hash": "HASH-SECRET"}))
    old = diagnostics.log_dir() / "oyla.log.1"  # written by an older Oyla that did not clean names
    old.write_text(f"ERROR opening {PROJECT} for {NICK}\n", encoding="utf-8")
    crash_in_thread(f"{NICK} pressed a button")

    out = diagnostics.write_report(tmp_path / "report.zip")
    with zipfile.ZipFile(out) as archive:
        names = sorted(archive.namelist())
        texts = {n: archive.read(n).decode("utf-8") for n in names}
    assert names == ["logs/oyla.log", "logs/oyla.log.1", "report.json"]
    everything = "\n".join(texts.values())
    for secret in (NICK, PROJECT, "SALT-SECRET", "HASH-SECRET", str(data_dir)):
        assert secret not in everything
    assert "ValueError" in texts["logs/oyla.log"] and "ERROR opening «name» for «name»" in texts["logs/oyla.log.1"]
    info = json.loads(texts["report.json"])
    assert info["counts"] == {"projects": 1, "students": 1, "packs": 0}
    assert info["settings"]["recent_projects"] == 1 and "recent" not in info["settings"]
    assert info["teacher_settings"]["faces"] == "blur" and info["teacher_settings"]["other_keys"] == ["note"]
    assert info["versions"]["numpy"] == np.__version__


def test_a_report_that_cannot_be_written_says_where(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OylaError, match="Could not write the report"):
        diagnostics.write_report(blocker / "report.zip")


def test_scrub_replaces_whole_names_only():
    text = diagnostics.scrub("Ali met Alina and ALI", {"Ali"})
    assert text == "«name» met Alina and «name»"


def run_python(code: str, data_dir) -> subprocess.CompletedProcess:
    env = {**os.environ, "OYLA_DATA_DIR": str(data_dir)}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120,
                          cwd=Path(__file__).resolve().parents[1])


def test_the_oyla_command_logs_its_start_and_an_error_that_ends_a_process_is_logged(data_dir):
    done = run_python("from app.cli import main; raise SystemExit(main(['pack', 'validate', 'no-such-pack']))",
                      data_dir)
    assert done.returncode == 1
    log_file = data_dir / "logs" / diagnostics.LOG_FILE
    assert "start cli: oyla " in log_file.read_text(encoding="utf-8")
    done = run_python("from app import diagnostics; diagnostics.start('cli'); raise RuntimeError('the end')", data_dir)
    assert done.returncode == 1 and "RuntimeError: the end" in done.stderr  # still printed, as before
    assert "RuntimeError: the end" in log_file.read_text(encoding="utf-8")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_names_are_found_past_damaged_files_without_blocking_on_a_pipe(data_dir):
    create_project(data_dir / "projects" / "aliya-hands", name="Aliya's hands")
    (data_dir / "projects" / "deep").mkdir(parents=True)
    (data_dir / "projects" / "deep" / "project.json").write_text("[" * 100_000 + "]" * 100_000)
    (data_dir / "projects" / "pipe").mkdir()
    os.mkfifo(data_dir / "projects" / "pipe" / "project.json")  # nobody writes to it: a plain read waits for ever
    done = []
    reader = threading.Thread(target=lambda: done.append(diagnostics.known_names()), daemon=True)
    reader.start()
    reader.join(10)
    assert done and {"Aliya's hands", "aliya-hands", "deep", "pipe"} <= done[0]
