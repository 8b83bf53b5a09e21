"""Face detection and blurring for captured and imported samples.

Uses OpenCV's Haar cascade ``haarcascade_frontalface_default.xml`` that ships inside the opencv-python-headless 4.x
wheel (``cv2.data.haarcascades``); nothing is downloaded. OpenCV 5 dropped the cascade data, so a missing file is an
``OylaError`` with a clear message. Create one ``FaceDetector`` (or use ``default_detector()``) and reuse it: the
cascade loads on the first call, and calls are serialised by a lock so a worker thread can use it safely.

Detection runs on a grey copy scaled so its long side is at most ``max_side`` pixels (speed) and its short side at
least ``min_side`` (small thumbnails), padded by a replicated border so a face that fills the picture still has
context around it. Boxes come back in the coordinates of the picture that was passed in.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.errors import QT_TRANSLATE_NOOP, OylaError

CASCADE_FILE = "haarcascade_frontalface_default.xml"
FACE_RULES = ("allow", "blur", "refuse")  # "allow": the sample is marked and the student chooses

Box = tuple[int, int, int, int]


class FaceDetectorError(OylaError):
    """The face detector cannot run (OpenCV or its cascade data is missing)."""


class FacesNotAllowed(OylaError):
    """The lesson pack or the teacher requires pictures without faces, and this one has a face."""


@dataclass
class FaceCheck:
    image: np.ndarray  # the picture to save: blurred when the rule is "blur" and a face was found
    faces: list[Box]  # faces found in the original picture
    blurred: bool


class FaceDetector:
    """Finds frontal faces in RGB (or grey) uint8 pictures. Lazily loaded, thread-safe, meant to be reused."""

    def __init__(
        self,
        *,
        max_side: int = 320,
        min_side: int = 60,
        pad_fraction: float = 0.15,
        scale_factor: float = 1.05,
        min_neighbors: int = 5,
        min_size: int = 24,
    ) -> None:
        self.max_side = max_side
        self.min_side = min_side
        self.pad_fraction = pad_fraction
        self.scale_factor = scale_factor
        self.min_neighbors = min_neighbors
        self.min_size = min_size
        self._cascade = None
        self._lock = threading.Lock()

    def _load(self):
        try:
            import cv2
        except ImportError as err:
            raise FaceDetectorError(
                QT_TRANSLATE_NOOP("errors", "The face detector needs OpenCV, which is not installed: {detail}"),
                detail=str(err),
            ) from err
        folder = getattr(getattr(cv2, "data", None), "haarcascades", None)
        path = Path(folder) / CASCADE_FILE if folder else None
        if path is None or not path.is_file() or not hasattr(cv2, "CascadeClassifier"):
            raise FaceDetectorError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The face detector data ({file}) is missing. Oyla needs OpenCV 4.x "
                    "(opencv-python-headless<5); OpenCV {version} does not include it.",
                ),
                file=CASCADE_FILE,
                version=cv2.__version__,
            )
        cascade = cv2.CascadeClassifier(str(path))
        if cascade.empty():
            raise FaceDetectorError(
                QT_TRANSLATE_NOOP("errors", "The face detector data could not be read: {file}"), file=str(path)
            )
        return cascade

    def detect(self, rgb: np.ndarray) -> list[Box]:
        """Return the faces in ``rgb`` as ``(x, y, w, h)`` boxes in its own pixel coordinates."""
        import cv2

        grey = _to_grey(rgb)
        height, width = grey.shape
        scale = 1.0
        if max(height, width) > self.max_side:
            scale = self.max_side / max(height, width)
        elif min(height, width) < self.min_side:
            scale = self.min_side / min(height, width)
        if scale != 1.0:
            size = (max(1, round(width * scale)), max(1, round(height * scale)))
            interpolation = cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
            grey = cv2.resize(grey, size, interpolation=interpolation)
        pad = round(self.pad_fraction * self.min_side)
        if pad:
            grey = cv2.copyMakeBorder(grey, pad, pad, pad, pad, cv2.BORDER_REPLICATE)
        with self._lock:
            if self._cascade is None:
                self._cascade = self._load()
            found = self._cascade.detectMultiScale(
                grey,
                scaleFactor=self.scale_factor,
                minNeighbors=self.min_neighbors,
                minSize=(self.min_size, self.min_size),
            )
        boxes: list[Box] = []
        for x, y, w, h in np.asarray(found).reshape(-1, 4):
            x0 = max(0, round((x - pad) / scale))
            y0 = max(0, round((y - pad) / scale))
            x1 = min(width, round((x + w - pad) / scale))
            y1 = min(height, round((y + h - pad) / scale))
            if x1 > x0 and y1 > y0:
                boxes.append((x0, y0, x1 - x0, y1 - y0))
        return boxes


@functools.cache
def default_detector() -> FaceDetector:
    """The detector the app shares between capture, import and the pack "no faces" rule."""
    return FaceDetector()


def check_sample(rgb: np.ndarray, rule: str = "allow", detector: FaceDetector | None = None) -> FaceCheck:
    """Check a captured or imported picture before it is saved (call it off the GUI thread).

    ``rule`` comes from the pack or the teacher: "allow" returns the picture as it is with the faces found (the UI
    marks the sample and offers blur or drop), "blur" blurs every face, "refuse" raises ``FacesNotAllowed``.
    """
    if rule not in FACE_RULES:
        raise ValueError(f"unknown face rule {rule!r}")
    faces = (detector or default_detector()).detect(rgb)
    if not faces or rule == "allow":
        return FaceCheck(rgb, faces, False)
    if rule == "refuse":
        raise FacesNotAllowed(
            QT_TRANSLATE_NOOP("errors", "This picture shows a face. Faces are not allowed here: take it again without one.")
        )
    return FaceCheck(blur_faces(rgb, faces), faces, True)


def blur_faces(rgb: np.ndarray, boxes: list[Box], margin: float = 0.25, blocks: int = 4) -> np.ndarray:
    """Return a copy of ``rgb`` with each box (grown by ``margin`` on every side) replaced by a smooth blur.

    The face area is averaged down to ``blocks`` × ``blocks`` colours and stretched back with linear interpolation,
    so it can be neither recognised nor recovered, and the cascade no longer finds a face there (with 6 blocks
    and sharp cells it still did on the LFW test set).
    """
    import cv2

    out = np.array(rgb, copy=True)
    height, width = out.shape[:2]
    for x, y, w, h in boxes:
        dx, dy = round(w * margin), round(h * margin)
        x0, y0 = max(0, x - dx), max(0, y - dy)
        x1, y1 = min(width, x + w + dx), min(height, y + h + dy)
        if x1 <= x0 or y1 <= y0:
            continue
        small = cv2.resize(out[y0:y1, x0:x1], (blocks, blocks), interpolation=cv2.INTER_AREA)
        out[y0:y1, x0:x1] = cv2.resize(small, (x1 - x0, y1 - y0), interpolation=cv2.INTER_LINEAR)
    return out


def _to_grey(image: np.ndarray) -> np.ndarray:
    import cv2

    image = np.asarray(image)
    if image.dtype != np.uint8:
        raise ValueError(f"expected a uint8 picture, got {image.dtype}")
    if image.ndim == 2:
        return np.ascontiguousarray(image)
    if image.ndim == 3 and image.shape[2] == 3:
        return cv2.cvtColor(np.ascontiguousarray(image), cv2.COLOR_RGB2GRAY)
    if image.ndim == 3 and image.shape[2] == 4:
        return cv2.cvtColor(np.ascontiguousarray(image), cv2.COLOR_RGBA2GRAY)
    raise ValueError(f"expected an H×W×3 RGB picture, got shape {image.shape}")
