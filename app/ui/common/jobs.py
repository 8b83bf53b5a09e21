"""Long work off the GUI thread: one cancellable task at a time per panel, with progress and results by signal.

A task function receives a ``TaskControl`` as its first argument; it reports with ``control.progress(done,
total, text)`` and stops early when ``control.cancelled()`` is true. Exceptions become a translated message; a
bug's traceback goes to the log (``app.diagnostics``), and when nobody listens to ``failed`` the app's "something
went wrong" message is shown instead, so no error passes silently.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import SIGNAL, QObject, QRunnable, QThreadPool, QTimer, Signal

from app import diagnostics
from app.errors import Cancelled, OylaError
from app.ui.common.i18n import error_text

MIN_THREADS = 4  # Qt gives one thread per core; tasks that wait on a port or a disk must not queue behind training


def pool() -> QThreadPool:
    shared = QThreadPool.globalInstance()
    if shared.maxThreadCount() < MIN_THREADS:
        shared.setMaxThreadCount(MIN_THREADS)
    return shared


class TaskControl:
    def __init__(self, task: Task):
        self._task = task
        self._cancel = threading.Event()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._task._emit(self._task.progress, int(done), int(total), text)


class Task(QObject):
    """Runs ``fn(control, *args)`` on the shared thread pool. Signals arrive on the GUI thread."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()  # after any of the three above

    def __init__(self, fn: Callable, *args, parent: QObject | None = None):
        super().__init__(parent)
        self._fn, self._args = fn, args
        self.control = TaskControl(self)
        self.running = False

    def start(self) -> None:
        """Queue the work; it begins once control returns to the event loop, so signals connected right after
        ``start()`` never miss a quick task's results."""
        task = self

        class Runner(QRunnable):
            def run(self) -> None:
                task._run()

        self.running = True
        QTimer.singleShot(0, self, lambda: pool().start(Runner()))

    def cancel(self) -> None:
        self.control._cancel.set()

    def _where(self) -> str:
        return f"the task {getattr(self._fn, '__qualname__', '?')}"

    def _run(self) -> None:
        try:
            result = self._fn(self.control, *self._args)
        except Cancelled:
            self._emit(self.cancelled)
        except OylaError as exc:
            diagnostics.report_problem(exc, self._where())
            self._emit(self.failed, error_text(exc))
        except Exception as exc:  # a bug: logged with its traceback, said plainly; the app keeps running
            if self._alive() and self.receivers(SIGNAL("failed(QString)")):
                self._emit(self.failed, error_text(diagnostics.unexpected(exc, self._where())))
            else:
                diagnostics.report(exc, self._where())
        else:
            if self.control.cancelled():
                self._emit(self.cancelled)
            else:
                self._emit(self.succeeded, result)
        finally:
            self.running = False
            self._emit(self.finished)

    def _alive(self) -> bool:
        return shiboken6.isValid(self)

    def _emit(self, signal, *args) -> None:
        """Emit unless the window that owned this task has been closed meanwhile (its Qt object deleted): then the
        result has nobody to go to, and is dropped instead of raising on the worker thread."""
        if not self._alive():
            return
        try:
            signal.emit(*args)
        except RuntimeError:  # deleted between the check and the emit
            if self._alive():
                raise


def start_task(slot: TaskSlot, fn: Callable, *args, **handlers) -> Task:
    """``slot.start`` with ``handlers`` (succeeded=..., failed=..., finished=..., progress=...) connected."""
    task = slot.start(fn, *args)
    for name, handler in handlers.items():
        getattr(task, name).connect(handler)
    return task


class TaskSlot(QObject):
    """Holds the one current task of a panel; starting a new one cancels the old one."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.task: Task | None = None

    def start(self, fn: Callable, *args) -> Task:
        self.cancel()
        self.task = Task(fn, *args, parent=self)
        self.task.start()
        return self.task

    def cancel(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running
