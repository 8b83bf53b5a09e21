"""The backbone, loaded once in the background (a task of ``app.ui.common.jobs``): it never blocks the GUI
thread. The camera and live prediction are ``app.ui.context.Vision`` with ``app.vision.live``."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, Signal

from app import diagnostics
from app.errors import OylaError
from app.ui.common.i18n import error_text
from app.ui.common.jobs import TaskSlot


class BackboneService(QObject):
    """Builds the onnxruntime embedder in the background (exporting the ONNX file on first run), then starts the
    helper process that trains (``app.ml.worker.warm_up``) so that the first Train click is quick. If it cannot be built, ``error`` says why (translated)
    and ``failed`` is emitted: pages show that instead of "still getting ready" for ever."""

    ready = Signal(object)
    failed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.embedder = None
        self.error: str | None = None
        self.slot = TaskSlot(self)
        self._task = None

    def start(self) -> None:
        if self._task is None:  # loaded once
            self._task = self.slot.start(self._load, partial=self.ready.emit, succeeded=self._on_done)

    def _load(self, control) -> str | None:
        """Worker: the embedder, announced as soon as it is there, then the warm-up; returns why it failed."""
        try:
            from app.ml.backbone import Embedder

            self.embedder = Embedder()
            gc.freeze()  # what start-up made (Qt bindings, onnxruntime, the window) is never garbage: the collector
            # stops walking it, so its full passes, up to 140 ms with the GIL held, drop to a few ms
        except Exception as exc:  # noqa: BLE001 - whatever stops it (a missing library too) must reach the student
            if isinstance(exc, OylaError):
                diagnostics.report_problem(exc, "loading the picture model")
                return error_text(exc)
            diagnostics.report(exc, "loading the picture model", notify=False)  # said in plain words
            return f"{type(exc).__name__}: {exc}"
        control.partial(self.embedder)
        from app.ml import worker  # training runs in the helper process: start it and warm up its torch now

        worker.warm_up()  # on its own thread: it must not hold one of the task pool's threads
        return None

    def _on_done(self, cause: str | None) -> None:
        if cause is not None:
            self.error = self.tr("Oyla could not load its picture model, so it cannot learn or recognise pictures "
                                 "now (%1). Restart Oyla; if this happens again, tell your teacher.").replace("%1", cause)
            self.failed.emit(self.error)

    def wait(self, timeout: float | None = None) -> None:
        """Block until the loading and the warm-up have ended (or ``timeout`` seconds passed)."""
        if self._task is not None:
            self._task.wait(timeout)
