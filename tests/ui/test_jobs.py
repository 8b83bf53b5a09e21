"""app.ui.common.jobs: a task whose owner (a page, a dialog) is deleted while its worker still runs drops its result
quietly instead of raising "Signal source has been deleted" on the worker thread."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QObject

from app.ui.common.jobs import TaskSlot


def test_a_task_outliving_its_owner_drops_its_result(qtbot, monkeypatch):
    from app import diagnostics

    problems = []
    monkeypatch.setattr(diagnostics, "report", lambda exc, where=None: problems.append(exc))
    owner = QObject()
    slot = TaskSlot(owner)
    go, done = threading.Event(), threading.Event()

    def work(control):
        go.wait(5)
        control.progress(1, 2, "half")
        done.set()
        return 42

    task = slot.start(work)
    qtbot.waitUntil(lambda: task.running, timeout=2000)
    qtbot.wait(100)  # the runnable is on the pool, blocked in work()
    shiboken6.delete(owner)  # the window closed: the slot and its task are deleted with it
    assert not shiboken6.isValid(task)
    go.set()
    assert done.wait(5)
    qtbot.wait(200)
    assert problems == []


def test_a_task_delivers_progress_and_result_while_its_owner_lives(qtbot):
    owner = QObject()
    slot = TaskSlot(owner)
    seen = []
    task = slot.start(lambda control: (control.progress(1, 2, "half"), 7)[1])
    task.progress.connect(lambda done, total, text: seen.append((done, total, text)))
    with qtbot.waitSignal(task.succeeded, timeout=5000) as result:
        pass
    assert result.args == [7] and seen == [(1, 2, "half")]
