"""The app's long-lived background work: the backbone (loaded once), the camera loop and the live-prediction loop.
All of it runs as tasks of ``app.ui.common.jobs`` (the loops in a ``TaskSlot(loop=True)``); none of it blocks
the GUI thread."""

from __future__ import annotations

import gc
import threading
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app import diagnostics
from app.errors import OylaError
from app.ui.common.i18n import error_text
from app.ui.common.jobs import TaskSlot
from app.vision.demo import DemoSource
from app.vision.frames import FrameSource


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


def open_source(spec: str | None) -> FrameSource:
    """'demo', a camera number, a video file or an image folder → a frame source (not opened yet)."""
    from app.vision.files import VIDEO_SUFFIXES, ImageFolderSource, VideoFileSource
    from app.vision.webcam import WebcamSource

    if spec is None or spec == "demo":
        return DemoSource("empty")
    if spec.isdigit():
        return WebcamSource(int(spec))
    path = Path(spec)
    if path.is_dir():
        return ImageFolderSource(path)
    if path.suffix.lower() in VIDEO_SUFFIXES:
        return VideoFileSource(path)
    return ImageFolderSource(path)  # opening reports that it does not exist


def camera_loop(control, source: FrameSource, previous=None) -> None:
    """Loop task: read frames from ``source`` at its own pace and hand each one on (``control.partial(frame)``)
    until cancelled. A driver's error ends it: the task's ``failed`` says so. ``previous`` (the camera task stopped
    before this one) is given up to 3 s to close its device first."""
    if previous is not None:
        previous.wait(3.0)
    try:
        source.open()
        period = 1.0 / max(1.0, float(source.fps))
        next_time = time.monotonic()
        while not control.cancelled():
            control.partial(source.read())
            next_time += period
            delay = next_time - time.monotonic()
            if delay > 0:
                control.wait(delay)
            else:
                next_time = time.monotonic()
    finally:
        source.close()


class Predictions:
    """Live prediction on the newest frame only (older ones are dropped), so the preview never lags behind.
    ``run`` is a loop task that hands on ``(Prediction, frame index)``; ``submit`` and ``set_predictor`` may be
    called from the GUI thread at any time."""

    def __init__(self):
        self._cond = threading.Condition()
        self._frame = None
        self.predictor = None

    def set_predictor(self, predictor) -> None:
        with self._cond:
            self.predictor = predictor

    def submit(self, frame) -> None:
        with self._cond:
            self._frame = frame
            self._cond.notify()

    def _wake(self) -> None:
        with self._cond:
            self._cond.notify_all()

    def run(self, control) -> None:
        control.on_cancel(self._wake)
        while True:
            with self._cond:
                while not control.cancelled() and (self._frame is None or self.predictor is None):
                    self._cond.wait()
                if control.cancelled():
                    return
                frame, predictor, self._frame = self._frame, self.predictor, None
            try:
                result = predictor.predict([frame.image])[0]
            except OylaError as exc:  # e.g. a model that does not fit: logged, the frame is skipped
                diagnostics.report_problem(exc, "live prediction")
                continue
            except Exception as exc:  # a bug: logged once per kind, the app's message shown once; keeps going
                diagnostics.report(exc, "live prediction")
                continue
            control.partial((result, frame.index))
