"""Background work for the UI: one mechanism for short tasks and for long-running loops.

A task runs ``fn(control, *args)`` on a worker thread of the shared pool. The worker talks back only through its
``TaskControl``: ``control.progress(done, total, stage=..., loss=..., text=...)`` (a typed ``Progress``),
``control.partial(value)`` (a loop's stream of results: frames, predictions) and ``control.cancelled()``.
Everything it reports is queued to the GUI thread, and there a task speaks only while it is the *current* task of
its ``TaskSlot``: starting a new task supersedes the old one, which is cancelled and never delivers anything
again, not even a result already on its way. A finished task deletes itself (``deleteLater``).

    self.loading = TaskSlot(self)
    self.loading.start(load_packs, folder, succeeded=self._loaded, failed=self._show_error)

Handlers (``progress``, ``partial``, ``succeeded``, ``failed``, ``cancelled``, ``finished``) run on the GUI thread;
``dropped`` gets a result nobody will receive (a superseded or cancelled task's open port, to close it). Loops
(the camera, live prediction, the recorder's writer) are tasks in a ``TaskSlot(self, loop=True)``: the pool grows
by one thread while each runs, so short tasks never queue behind them. ``slot.stop(timeout)`` (or ``stop_all``) on
close cancels, waits a moment for the workers and silences the slot. Exceptions become a translated message for
``failed``; a bug's traceback goes to the log (``app.diagnostics``), and when nobody listens to ``failed`` the
app's "something went wrong" message is shown instead, so no error passes silently.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

import shiboken6
from PySide6.QtCore import SIGNAL, QObject, QRunnable, QThreadPool, Signal

from app import diagnostics
from app.errors import Cancelled, OylaError
from app.ui.common.i18n import error_text

MIN_THREADS = 4  # Qt gives one thread per core; tasks that wait on a port or a disk must not queue behind training
_pool_lock = threading.Lock()


def pool() -> QThreadPool:
    shared = QThreadPool.globalInstance()
    with _pool_lock:
        if shared.maxThreadCount() < MIN_THREADS:
            shared.setMaxThreadCount(MIN_THREADS)
    return shared


def _grow_pool(by: int) -> None:
    """A loop holds its thread for as long as it runs: the pool has one more thread meanwhile."""
    shared = pool()
    with _pool_lock:
        shared.setMaxThreadCount(shared.maxThreadCount() + by)


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    stage: str = ""  # what the work is doing now, e.g. "embedding" or "training"
    loss: float | None = None
    text: str = ""

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total > 0 else 0


class TaskControl:
    """The worker's side of a task; every method may be called from any thread."""

    def __init__(self, send: Callable[[str, object], None]):
        self._send = send
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._wakers: list[Callable[[], None]] = []

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``, waking at once when cancelled; True when cancelled."""
        return self._cancel.wait(max(0.0, seconds))

    def on_cancel(self, wake: Callable[[], None]) -> None:
        """Call ``wake()`` (on the cancelling thread) when cancelled, e.g. to end a blocking wait; at once if it
        already is."""
        with self._lock:
            if not self._cancel.is_set():
                self._wakers.append(wake)
                return
        wake()

    def progress(self, done: int, total: int, stage: str = "", loss: float | None = None, text: str = "") -> None:
        self._send("progress", Progress(int(done), int(total), stage, loss, text))

    def partial(self, value) -> None:
        self._send("partial", value)

    def _set_cancelled(self) -> None:
        with self._lock:
            if self._cancel.is_set():
                return
            self._cancel.set()
            wakers, self._wakers = self._wakers, []
        for wake in wakers:
            wake()


class Task(QObject):
    """One run of ``fn(control, *args)``. Its signals are emitted on the GUI thread, and only while it is its
    slot's current task. It has no Qt parent: it lives until its worker has ended and deletes itself then."""

    progress = Signal(object)  # Progress
    partial = Signal(object)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()  # after any of the three above
    _report = Signal(str, object)  # worker → GUI thread (a queued connection: the task lives on the GUI thread)

    _live: ClassVar[set[Task]] = set()  # tasks whose worker has not ended yet: kept from Python's collector

    def __init__(self, slot: TaskSlot | None, fn: Callable, args: tuple, loop: bool = False):
        super().__init__()
        self._slot, self._fn, self._args, self._loop = slot, fn, args, loop
        self.control = TaskControl(self._post)
        self.dropped: Callable | None = None
        self.running = False  # the worker's state: true from start() until fn has returned
        self._ended = threading.Event()
        self._report.connect(self._deliver)

    def start(self) -> None:
        run = self._run

        class Runner(QRunnable):
            def run(self) -> None:
                run()

        self.running = True
        Task._live.add(self)
        if self._loop:
            _grow_pool(1)
        pool().start(Runner())

    def cancel(self) -> None:
        self.control._set_cancelled()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker has ended (True) or ``timeout`` seconds passed (False)."""
        return self._ended.wait(timeout)

    @property
    def current(self) -> bool:
        slot = self._slot
        return slot is not None and shiboken6.isValid(slot) and slot.task is self

    def _where(self) -> str:
        return f"the task {getattr(self._fn, '__qualname__', '?')}"

    def _run(self) -> None:
        # at the GUI thread's priority, not below it: a task thread only holds the GIL briefly, but a lowered one
        # holding it waits longest for a core behind another busy program, and the GUI thread waits with it
        # (a priority inversion: seen in a perf trace of benchmarks/ui.py, DEVELOPERS.md)
        try:
            outcome = ("succeeded", self._fn(self.control, *self._args))
        except Cancelled:
            outcome = ("cancelled", None)
        except OylaError as exc:
            diagnostics.report_problem(exc, self._where())
            outcome = ("failed", exc)
        except Exception as exc:  # a bug: logged with its traceback (on the GUI thread), the app keeps running
            outcome = ("bug", exc)
        if self._loop:
            _grow_pool(-1)
        self.running = False
        self._ended.set()
        self._post("end", outcome)  # the worker's last touch of this object

    def _post(self, kind: str, payload) -> None:
        """Worker → GUI thread. At the app's exit Python may have deleted this object under a still-running
        worker: then nobody is left to tell, and the work is asked to stop."""
        try:
            self._report.emit(kind, payload)
        except RuntimeError:
            self.control._set_cancelled()

    def _deliver(self, kind: str, payload) -> None:
        if kind == "end":
            self._end(*payload)
        elif self.current and not self.control.cancelled():
            (self.progress if kind == "progress" else self.partial).emit(payload)

    def _end(self, kind: str, value) -> None:
        Task._live.discard(self)
        self.deleteLater()
        if kind == "succeeded" and self.control.cancelled():
            kind = "cancelled"
            self._drop(value)
        if not self.current:  # superseded, stopped, or its owner is gone: nothing more to say
            if kind == "succeeded":
                self._drop(value)
            elif kind == "bug":
                diagnostics.report(value, self._where(), notify=False)
            return
        if kind == "succeeded":
            self.succeeded.emit(value)
        elif kind == "cancelled":
            self.cancelled.emit()
        elif kind == "failed":
            self.failed.emit(error_text(value))
        elif self.receivers(SIGNAL("failed(QString)")):
            self.failed.emit(error_text(diagnostics.unexpected(value, self._where())))
        else:
            diagnostics.report(value, self._where())
        self.finished.emit()

    def _drop(self, value) -> None:
        if self.dropped is not None and value is not None:
            self.dropped(value)


HANDLERS = ("progress", "partial", "succeeded", "failed", "cancelled", "finished")


class TaskSlot(QObject):
    """The one current task of a panel (or one loop); starting a new one supersedes the old one."""

    def __init__(self, parent: QObject | None = None, loop: bool = False):
        super().__init__(parent)
        self.loop = loop
        self.task: Task | None = None
        self._tasks: list[Task] = []  # not ended yet, the current one and superseded ones

    def start(self, fn: Callable, *args, **handlers) -> Task:
        """Cancel the current task and run ``fn(control, *args)``; ``handlers`` are connected before any signal
        can arrive (results come through the event loop, so connecting right after ``start`` is as good)."""
        if self.task is not None:
            self.task.cancel()
        task = Task(self, fn, args, self.loop)
        for name, handler in handlers.items():
            if name == "dropped":
                task.dropped = handler
            elif name in HANDLERS:
                getattr(task, name).connect(handler)
            else:
                raise TypeError(f"unknown task handler {name!r}")
        self._tasks = [t for t in self._tasks if t.running] + [task]
        self.task = task
        task.start()
        return task

    def cancel(self) -> None:
        """Ask the current task to stop; it still says ``cancelled`` (or its outcome) and ``finished``."""
        if self.task is not None:
            self.task.cancel()

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def wait(self, timeout: float) -> bool:
        """Block until every worker of this slot has ended, up to ``timeout`` seconds; True when they all did."""
        deadline = time.monotonic() + timeout
        return all(t.wait(max(0.0, deadline - time.monotonic())) for t in list(self._tasks))

    def stop(self, timeout: float = 2.0) -> bool:
        """On close: cancel every task, wait up to ``timeout`` seconds for the workers, and deliver nothing more."""
        return stop_all([self], timeout)


def stop_all(slots, timeout: float = 2.0) -> bool:
    """``stop`` for several slots at once, with one deadline; True when every worker has ended."""
    for slot in slots:
        slot.task = None
        for task in slot._tasks:
            task.cancel()
    deadline = time.monotonic() + timeout
    return all(slot.wait(max(0.0, deadline - time.monotonic())) for slot in slots)


def background(fn: Callable, *args) -> Task:
    """Fire and forget ``fn(*args)`` on the pool (closing a port, say): no result; a bug is logged."""
    task = Task(None, lambda _control, *a: fn(*a), args)
    task.start()
    return task
