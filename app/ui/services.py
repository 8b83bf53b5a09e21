"""The app's long-lived workers: the backbone (loaded once, off the GUI thread), the camera thread and the
live-prediction thread. Pages talk to these; none of them blocks the GUI thread."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from app import diagnostics
from app.errors import OylaError
from app.ui.common.i18n import error_text
from app.vision.demo import DemoSource
from app.vision.frames import Frame, FrameSource


class BackboneService(QObject):
    """Builds the onnxruntime embedder in the background (exporting the ONNX file on first run), then warms up
    torch and Adam so that the first Train click is quick. If it cannot be built, ``error`` says why (translated)
    and ``failed`` is emitted: pages show that instead of "still getting ready" for ever."""

    ready = Signal(object)
    failed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.embedder = None
        self.error: str | None = None
        self._thread = threading.Thread(target=self._load, name="backbone", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _load(self) -> None:
        try:
            from app.ml.backbone import Embedder

            self.embedder = Embedder()
        except Exception as exc:  # noqa: BLE001 - whatever stops it (a missing library too) must reach the student
            if isinstance(exc, OylaError):
                diagnostics.report_problem(exc, "loading the picture model")
            else:
                diagnostics.report(exc, "loading the picture model", notify=False)  # said below, in plain words
            self.error = self.tr("Oyla could not load its picture model, so it cannot learn or recognise pictures "
                                 "now (%1). Restart Oyla; if this happens again, tell your teacher.").replace(
                "%1", error_text(exc) if isinstance(exc, OylaError) else f"{type(exc).__name__}: {exc}")
            self.failed.emit(self.error)
            return
        self.ready.emit(self.embedder)
        try:
            import numpy as np

            from app.ml.heads import MLPHead  # warm-up: the first torch import and Adam step cost ~1–3 s

            MLPHead.train(np.zeros((4, 1280), np.float32), np.array([0, 1, 0, 1]), 2, epochs=1, batch_size=4)
        except Exception as exc:  # noqa: BLE001 - only a warm-up: training will say what is wrong when it runs
            diagnostics.report(exc, "the training warm-up", notify=False)

    def wait(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)


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


class CameraThread(QThread):
    """Reads frames from one source at its own pace and hands each one on; stops cleanly on errors."""

    frame = Signal(object)
    failed = Signal(str)

    def __init__(self, source: FrameSource, parent=None):
        super().__init__(parent)
        self.source = source
        self._stop = threading.Event()
        self.latest: Frame | None = None

    def run(self) -> None:
        try:
            self.source.open()
            period = 1.0 / max(1.0, float(self.source.fps))
            next_time = time.monotonic()
            while not self._stop.is_set():
                frame = self.source.read()
                self.latest = frame
                self.frame.emit(frame)
                next_time += period
                delay = next_time - time.monotonic()
                if delay > 0:
                    self._stop.wait(delay)
                else:
                    next_time = time.monotonic()
        except OylaError as exc:
            diagnostics.report_problem(exc, "the camera")
            self.failed.emit(error_text(exc))
        except Exception as exc:  # a bug or a driver's error: logged, and the camera view says it stopped
            self.failed.emit(error_text(diagnostics.unexpected(exc, "the camera")))
        finally:
            self.source.close()

    def stop(self) -> None:
        self._stop.set()
        self.wait(3000)


class PredictThread(QThread):
    """Predicts on the newest frame only (older ones are dropped), so the preview never lags behind."""

    predicted = Signal(object, int)  # Prediction, frame index

    def __init__(self, parent=None):
        super().__init__(parent)
        self._cond = threading.Condition()
        self._frame: Frame | None = None
        self._predictor = None
        self._stop = False

    def set_predictor(self, predictor) -> None:
        with self._cond:
            self._predictor = predictor

    @property
    def predictor(self):
        return self._predictor

    def submit(self, frame: Frame) -> None:
        with self._cond:
            self._frame = frame
            self._cond.notify()

    def run(self) -> None:
        while True:
            with self._cond:
                while not self._stop and (self._frame is None or self._predictor is None):
                    self._cond.wait()
                if self._stop:
                    return
                frame, predictor, self._frame = self._frame, self._predictor, None
            try:
                result = predictor.predict([frame.image])[0]
            except OylaError as exc:  # e.g. a model that does not fit: logged, the frame is skipped
                diagnostics.report_problem(exc, "live prediction")
                continue
            except Exception as exc:  # a bug: logged once per kind, the app's message shown once; keeps going
                diagnostics.report(exc, "live prediction")
                continue
            self.predicted.emit(result, frame.index)

    def stop(self) -> None:
        with self._cond:
            self._stop = True
            self._cond.notify()
        self.wait(3000)
