"""app.ui.common.jobs, the one way the UI runs background work: results arrive on the GUI thread, only from the
slot's current task; cancelled and superseded tasks never deliver; errors become translated messages with the
traceback in the log; finished tasks are deleted; closing a window silences its tasks and stops its loops."""

from __future__ import annotations

import logging
import os
import sys
import threading

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject

from app import diagnostics
from app.errors import QT_TRANSLATE_NOOP, OylaError
from app.ui.common.jobs import Progress, Task, TaskSlot, background, stop_all


def settle(qtbot) -> None:
    """Deliver the queued reports and run the deferred deletions."""
    qtbot.wait(20)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def gated(result, gate: threading.Event, started: threading.Event | None = None):
    """Work that returns ``result`` once ``gate`` is opened."""
    def work(control):
        if started is not None:
            started.set()
        assert gate.wait(10)
        return result
    return work


def test_progress_is_typed_and_the_result_arrives_on_the_gui_thread(qtbot):
    slot = TaskSlot()
    seen, threads = [], []

    def work(control):
        control.progress(1, 4, stage="training", loss=0.25)
        return threading.get_ident()

    task = slot.start(work, progress=seen.append, succeeded=lambda worker: threads.append((worker,
                                                                                           threading.get_ident())))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen == [Progress(1, 4, "training", 0.25)] and seen[0].percent == 25
    (worker, receiver), = threads
    assert receiver == threading.get_ident() and worker != receiver


def test_a_cancelled_task_says_cancelled_and_not_its_result(qtbot):
    slot = TaskSlot()
    gate, started, got = threading.Event(), threading.Event(), []
    task = slot.start(gated(42, gate, started), succeeded=got.append, cancelled=lambda: got.append("cancelled"))
    assert started.wait(5) and slot.busy
    slot.cancel()
    gate.set()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert got == ["cancelled"] and not slot.busy


def test_cancelling_stops_work_that_checks_for_it(qtbot):
    slot = TaskSlot()
    rounds = []

    def work(control):
        while not control.wait(0.01):
            rounds.append(1)
        return "stopped early"

    task = slot.start(work)
    qtbot.waitUntil(lambda: len(rounds) > 2, timeout=5000)
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        slot.cancel()


def test_a_superseded_task_never_delivers_even_when_it_ends_after_the_new_one(qtbot):
    slot = TaskSlot()
    got, dropped = [], []
    old_gate, started = threading.Event(), threading.Event()
    old = slot.start(gated("old", old_gate, started), succeeded=got.append, finished=lambda: got.append("old end"),
                     dropped=dropped.append)
    assert started.wait(5)
    new = slot.start(lambda control: "new", succeeded=got.append)
    with qtbot.waitSignal(new.finished, timeout=5000):
        pass
    old_gate.set()  # the old one ends after the new one has delivered
    assert old.wait(5)
    qtbot.waitUntil(lambda: dropped == ["old"], timeout=5000)  # its result went to ``dropped``, nowhere else
    assert got == ["new"] and slot.task is new


def test_a_result_already_on_its_way_is_not_delivered_once_superseded(qtbot):
    """The old worker has returned and its result is queued for the GUI thread when the new task starts."""
    slot = TaskSlot()
    got = []
    old = slot.start(lambda control: "old", succeeded=got.append)
    assert old.wait(5)  # ended on the worker; the event loop has not run, so nothing was delivered yet
    new = slot.start(lambda control: "new", succeeded=got.append)
    with qtbot.waitSignal(new.finished, timeout=5000):
        pass
    settle(qtbot)
    assert got == ["new"]


def test_an_error_reaches_failed_translated(qtbot, qapp):
    from app.ui.common.i18n import Languages

    languages = Languages(qapp)
    languages.set("ru")
    try:
        slot = TaskSlot()
        message = QT_TRANSLATE_NOOP("errors", "Make at least two classes before training.")

        def work(control):
            raise OylaError(message)

        failed = []
        with qtbot.waitSignal(slot.start(work, failed=failed.append).finished, timeout=5000):
            pass
    finally:
        languages.set("en")
    assert len(failed) == 1 and failed[0] != message and any("а" <= ch <= "я" for ch in failed[0].lower())


def test_a_bug_is_said_plainly_and_its_traceback_logged(qtbot, caplog):
    slot = TaskSlot()

    def buggy_work(control):
        raise ZeroDivisionError("a bug in the work")

    failed = []
    with caplog.at_level(logging.ERROR, logger=diagnostics.log().name), \
            qtbot.waitSignal(slot.start(buggy_work, failed=failed.append).finished, timeout=5000):
        pass
    assert failed and "Something went wrong (ZeroDivisionError)" in failed[0]
    logged = [r for r in caplog.records if r.exc_info and r.exc_info[0] is ZeroDivisionError]
    assert logged and "buggy_work" in logged[0].getMessage()


def test_finished_tasks_are_deleted(qtbot):
    owner = QObject()
    slot = TaskSlot(owner)
    tasks = []
    for i in range(20):
        task = slot.start(lambda control, n: n, i)
        tasks.append(task)
        with qtbot.waitSignal(task.finished, timeout=5000):
            pass
    settle(qtbot)
    assert not any(shiboken6.isValid(t) for t in tasks)
    assert not (set(tasks) & Task._live)  # nothing keeps them in Python either
    assert slot.findChildren(QObject) == [] and owner.findChildren(QObject) == [slot]


def test_a_superseded_task_is_deleted_too(qtbot):
    slot = TaskSlot()
    gate = threading.Event()
    old = slot.start(gated(1, gate))
    slot.start(lambda control: 2)
    gate.set()
    assert old.wait(5)
    qtbot.waitUntil(lambda: not shiboken6.isValid(old), timeout=5000)


def test_a_task_outliving_its_owner_drops_its_result(qtbot, monkeypatch):
    problems = []
    monkeypatch.setattr(diagnostics, "report", lambda exc, where=None, notify=True: problems.append(exc))
    owner = QObject()
    slot = TaskSlot(owner)
    gate, started, got = threading.Event(), threading.Event(), []

    def work(control):
        started.set()
        assert gate.wait(10)
        control.progress(1, 2)
        return 42

    task = slot.start(work, progress=got.append, succeeded=got.append)
    assert started.wait(5)
    shiboken6.delete(owner)  # the window closed: the slot goes with it, the task waits for its worker
    gate.set()
    assert task.wait(5)
    qtbot.waitUntil(lambda: not shiboken6.isValid(task), timeout=5000)
    assert got == [] and problems == []


def test_stop_waits_for_the_workers_and_silences_the_slot(qtbot):
    slots = [TaskSlot(), TaskSlot(loop=True)]
    got = []

    def loop(control):
        while not control.wait(0.005):
            control.partial("tick")
        return "ended"

    gate = threading.Event()
    tasks = [slots[0].start(gated(1, gate), succeeded=got.append, finished=lambda: got.append("end")),
             slots[1].start(loop, partial=got.append, succeeded=got.append, finished=lambda: got.append("end"))]
    qtbot.waitUntil(lambda: "tick" in got, timeout=5000)
    got.clear()
    assert not stop_all(slots, 0.2)  # the first work does not check for cancelling: stop gives up after 0.2 s
    assert tasks[1].wait(0) and not slots[1].busy  # the loop does, and has ended
    gate.set()
    assert tasks[0].wait(5)
    settle(qtbot)
    assert got == [] and all(slot.task is None for slot in slots)  # neither said anything after the stop


def test_on_cancel_wakes_a_blocking_wait(qtbot):
    slot = TaskSlot(loop=True)
    wake = threading.Event()

    def work(control):
        control.on_cancel(wake.set)
        assert wake.wait(10)
        return "woken"

    task = slot.start(work)
    qtbot.waitUntil(lambda: slot.busy, timeout=5000)
    assert slot.stop(5) and task.wait(0)


def test_background_work_runs_and_a_bug_in_it_is_logged(qtbot, caplog):
    done = threading.Event()
    assert background(done.set).wait(5) and done.is_set()

    def broken():
        raise KeyError("nobody listens")

    with caplog.at_level(logging.ERROR, logger=diagnostics.log().name):
        task = background(broken)
        assert task.wait(5)
        qtbot.waitUntil(lambda: not shiboken6.isValid(task), timeout=5000)
    assert any(r.exc_info and r.exc_info[0] is KeyError for r in caplog.records)


def test_an_unknown_handler_name_is_refused():
    with pytest.raises(TypeError):
        TaskSlot().start(lambda control: None, succeded=print)


def test_a_task_deleted_under_its_running_worker_stops_quietly(qtbot):
    """At the app's exit Python may delete a Task whose worker still runs (benchmarks/ui.py closing its window
    during a training): the worker's next report must not raise on its thread; the work is asked to stop."""
    slot = TaskSlot()
    started, release = threading.Event(), threading.Event()
    reported = []

    def work(control):
        started.set()
        release.wait(5)
        control.progress(1, 2)  # a report to a deleted object
        reported.append(control.cancelled())
        return 1

    task = slot.start(work)
    assert started.wait(5)
    ended, control = task._ended, task.control
    shiboken6.delete(task)
    release.set()
    assert ended.wait(5)
    assert reported == [True] and control.cancelled()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice values are Linux's")
def test_tasks_run_at_the_gui_threads_priority(qtbot):
    """A task's thread shares the window's GIL: lowered, it would hold the GIL longest while it waits for a core
    behind another busy program, and the GUI thread would wait with it. So it keeps the GUI thread's priority,
    and so do the threads it starts."""
    def nice_here(_control):
        inner = []
        helper = threading.Thread(target=lambda: inner.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id())))
        helper.start()
        helper.join()
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id()), inner[0]

    gui = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    results = []
    task = TaskSlot().start(nice_here, succeeded=results.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert results == [(gui, gui)]
