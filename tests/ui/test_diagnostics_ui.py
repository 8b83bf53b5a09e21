"""Diagnostics in the window: the icon, the About box, Help → Save a problem report…, and errors on worker
threads that reach the student as a message and the log instead of dying silently."""

from __future__ import annotations

import sys
import threading
import zipfile

import pytest
from PySide6.QtWidgets import QFileDialog

from app import diagnostics
from app.storage.project import create_project
from app.storage.students import create_student
from app.ui.common.jobs import TaskSlot

NICK = "Жанар Test"


@pytest.fixture
def hooks(window, monkeypatch):
    """The log and the hooks as ``run()`` sets them up, with the hooks that were there before put back after."""
    before = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: before.append(kind.__name__))
    monkeypatch.setattr(threading, "excepthook", lambda args: before.append(args.exc_type.__name__))
    diagnostics.start("app")
    diagnostics.on_error(window.crashed.emit)
    yield diagnostics.log_dir() / diagnostics.LOG_FILE, before
    diagnostics.reset()


def test_the_window_and_the_about_box_show_the_oyla_icon(window, qapp, qtbot):
    sizes = {s.width() for s in qapp.windowIcon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    window.about_action.trigger()
    box = window.about_box
    qtbot.waitUntil(box.isVisible)
    pixmap = box.iconPixmap()
    assert pixmap.width() == 96
    centre = pixmap.toImage().pixelColor(48, 56)  # the eye's dark pupil, on the white of the eye
    assert centre.blue() > centre.red() and centre.lightness() < 80
    assert "Oyla 0." in box.text()
    box.accept()


def test_save_a_problem_report_from_the_help_menu(window, hooks, data_dir, tmp_path, monkeypatch, qtbot):
    log_file, _before = hooks
    create_student(NICK)
    project = create_project(data_dir / "projects" / NICK, name=NICK, classes=["a", "b"], owner=NICK)
    (project.samples_dir / "a" / "000.jpg").write_bytes(b"\xff\xd8 a picture")
    threading.Thread(target=lambda: 1 / 0, name="worker").start()  # something for the log
    qtbot.waitUntil(lambda: window.crash_box is not None)
    window.crash_box.accept()
    asked = []

    def save_dialog(parent, title, suggested, filters):
        asked.append(suggested)
        return str(tmp_path / "for the teacher"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    window.report_action.trigger()
    qtbot.waitUntil(lambda: window.report_box is not None and window.report_box.isVisible(), timeout=10000)
    target = tmp_path / "for the teacher.zip"
    assert str(target) in window.report_box.text()
    assert asked[0].endswith(".zip") and "oyla-problem-report-" in asked[0]
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        everything = "".join(archive.read(n).decode("utf-8") for n in names)
    assert "logs/oyla.log" in names and "ZeroDivisionError" in everything
    assert not any(n.endswith((".jpg", ".png")) for n in names)
    assert NICK not in everything and NICK not in log_file.read_text(encoding="utf-8")
    window.report_box.accept()


def test_an_error_in_a_worker_thread_is_logged_and_the_student_sees_a_message(window, hooks, qtbot):
    log_file, before = hooks

    def work():
        raise RuntimeError("broken on a worker thread")

    threading.Thread(target=work, name="worker").start()
    qtbot.waitUntil(lambda: window.crash_box is not None and window.crash_box.isVisible())
    assert "Something went wrong" in window.crash_box.text()
    assert "RuntimeError: broken on a worker thread" in log_file.read_text(encoding="utf-8")
    assert before == ["RuntimeError"]
    threading.Thread(target=work, name="worker").start()  # the same again: logged, no second message
    qtbot.waitUntil(lambda: log_file.read_text(encoding="utf-8").count("Traceback") == 2)
    assert window.crash_box.isVisible()
    window.crash_box.accept()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_gui_slot_is_logged_and_shown(window, hooks, qtbot):
    log_file, _before = hooks
    window.about_action.triggered.connect(lambda: {}["no such key"])
    window.about_action.trigger()
    qtbot.waitUntil(lambda: window.crash_box is not None and window.crash_box.isVisible())
    assert "KeyError: 'no such key'" in log_file.read_text(encoding="utf-8")
    window.crash_box.accept()
    window.about_box.accept()


def test_a_task_that_fails_says_so_and_logs_the_traceback(window, hooks, qtbot):
    log_file, _before = hooks
    slot = TaskSlot(window)
    messages = []

    def work(_control):
        raise ValueError("a bug in a task")

    with qtbot.waitSignal(slot.start(work, failed=messages.append).finished):
        pass
    assert "Something went wrong (ValueError)" in messages[0]
    assert "ValueError: a bug in a task" in log_file.read_text(encoding="utf-8")
    assert window.crash_box is None  # the page showed it; no second message
    with qtbot.waitSignal(slot.start(work).finished):  # nobody listens to failed: the app's message instead
        pass
    qtbot.waitUntil(lambda: window.crash_box is not None and window.crash_box.isVisible())
    window.crash_box.accept()


def test_a_loop_that_breaks_says_so_and_logs_it(window, hooks, qtbot):
    log_file, _before = hooks

    def broken(control):
        while not control.cancelled():
            raise OSError("the driver went away")

    camera = TaskSlot(window, loop=True)
    with qtbot.waitSignal(camera.start(broken).failed) as blocker:
        pass
    assert "Something went wrong (OSError)" in blocker.args[0]
    assert "OSError: the driver went away" in log_file.read_text(encoding="utf-8")
