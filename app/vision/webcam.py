"""Webcams through OpenCV. A grabber thread keeps the newest frame, so ``read`` never hangs on a dead camera."""

from __future__ import annotations

import sys
import threading
import time

import cv2

from app.errors import QT_TRANSLATE_NOOP
from app.vision.frames import CameraError, Frame, SourceBase

NO_FRAME_TIMEOUT = 2.0  # seconds without a frame before we call the camera gone


def _backend() -> int:
    if sys.platform.startswith("win"):
        return cv2.CAP_DSHOW  # opens in ~1 s instead of ~10 s with MSMF
    if sys.platform.startswith("linux"):
        return cv2.CAP_V4L2
    return cv2.CAP_ANY


class WebcamSource(SourceBase):
    """Camera number ``index``. Raises ``CameraError`` when it is missing, busy or unplugged."""

    def __init__(self, index: int = 0, width: int = 640, height: int = 480):
        self.index = index
        self.name = f"camera {index}"
        self.fps = 30.0
        self._size = (width, height)
        self._cap: cv2.VideoCapture | None = None
        self._thread: threading.Thread | None = None
        self._cond = threading.Condition()
        self._latest: Frame | None = None
        self._taken = 0
        self._running = False
        self._failed = False

    def open(self) -> None:
        cap = cv2.VideoCapture(self.index, _backend())
        if not cap.isOpened():
            cap.release()
            raise CameraError(
                QT_TRANSLATE_NOOP("errors", "Camera {index} is not connected or another program is using it."),
                index=self.index,
            )
        cap.set(cv2.CAP_PROP_FRAME_WIDTH, self._size[0])
        cap.set(cv2.CAP_PROP_FRAME_HEIGHT, self._size[1])
        fps = cap.get(cv2.CAP_PROP_FPS)
        self.fps = fps if 1 <= fps <= 120 else 30.0
        self._cap = cap
        self._running = True
        self._failed = False
        self._thread = threading.Thread(target=self._grab, name=f"webcam-{self.index}", daemon=True)
        self._thread.start()

    def _grab(self) -> None:
        count = 0
        while self._running:
            ok, image = self._cap.read()
            if not ok or image is None:
                with self._cond:
                    self._failed = True
                    self._cond.notify_all()
                return
            count += 1
            frame = Frame(cv2.cvtColor(image, cv2.COLOR_BGR2RGB), time.monotonic(), count)
            with self._cond:
                self._latest = frame
                self._cond.notify_all()

    def read(self) -> Frame:
        deadline = time.monotonic() + NO_FRAME_TIMEOUT
        with self._cond:
            while True:
                if self._latest is not None and self._latest.index > self._taken:
                    self._taken = self._latest.index
                    return self._latest
                if self._failed or not self._running:
                    break
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._cond.wait(remaining)
        raise CameraError(
            QT_TRANSLATE_NOOP("errors", "Camera {index} stopped sending pictures. Is it unplugged?"), index=self.index
        )

    def close(self) -> None:
        self._running = False
        if self._thread is not None:
            self._thread.join(timeout=NO_FRAME_TIMEOUT)
            self._thread = None
        if self._cap is not None:
            self._cap.release()
            self._cap = None
