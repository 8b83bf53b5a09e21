"""Frame sources backed by files: a folder of images and a video file. Also the one safe image reader."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import cv2
import numpy as np

from app.errors import QT_TRANSLATE_NOOP
from app.vision.frames import CameraError, Frame, SourceBase, end_of_stream
from app.vision.image_header import picture_size

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".bmp", ".webp", ".tif", ".tiff"}
VIDEO_SUFFIXES = {".mp4", ".avi", ".mov", ".mkv", ".webm", ".m4v"}
MAX_IMAGE_BYTES = 50 * 1024 * 1024
MAX_PIXELS = 40_000_000  # 40 megapixels: larger pictures are refused from their header, before decoding


class ImageError(CameraError):
    """An image file that cannot be read."""


def read_image(path: Path) -> np.ndarray:
    """Read an image file as RGB uint8, or raise ``ImageError`` naming the file (never returns None).

    Limits, checked before anything is decoded: a regular file (not a pipe or a device, which could block or
    never end) of at most ``MAX_IMAGE_BYTES`` (50 MB), in a format whose header Oyla can read (PNG, JPEG, BMP,
    GIF, WebP, TIFF), claiming at most ``MAX_PIXELS`` pixels (40 megapixels, e.g. 8000×5000). A small file that
    claims a huge picture is refused from its header, so decoding never needs more than about 40 M × 3 bytes.
    """
    path = Path(path)
    data = _read_regular_file(path)
    size = picture_size(data)
    if size is None:
        raise ImageError(QT_TRANSLATE_NOOP("errors", "{path} is not a picture Oyla can read."), path=path.name)
    if size[0] * size[1] > MAX_PIXELS:
        raise ImageError(
            QT_TRANSLATE_NOOP("errors", "{path} is too big: {width}×{height} pixels (at most {limit} megapixels)."),
            path=path.name, width=size[0], height=size[1], limit=MAX_PIXELS // 1_000_000,
        )
    try:
        image = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
        if image is None or image.ndim != 3 or image.shape[0] * image.shape[1] > MAX_PIXELS:
            image = None
        else:
            image = cv2.cvtColor(image, cv2.COLOR_BGR2RGB)
    except cv2.error:
        image = None
    if image is None:
        raise ImageError(QT_TRANSLATE_NOOP("errors", "{path} is not a picture Oyla can read."), path=path.name)
    return image


def _read_regular_file(path: Path) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``MAX_IMAGE_BYTES``. Opened without blocking
    (a pipe called x.jpg with no writer would otherwise wait for ever) and checked on the open handle."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
        with open(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise ImageError(QT_TRANSLATE_NOOP("errors", "{path} is not a picture file."), path=path.name)
            data = handle.read(MAX_IMAGE_BYTES + 1) if info.st_size <= MAX_IMAGE_BYTES else b""
    except OSError as exc:
        raise ImageError(
            QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}"), path=path.name, reason=exc.strerror or exc
        ) from exc
    if info.st_size > MAX_IMAGE_BYTES or len(data) > MAX_IMAGE_BYTES:
        raise ImageError(QT_TRANSLATE_NOOP("errors", "{path} is too large to be a picture."), path=path.name)
    return data


def list_images(folder: Path) -> list[Path]:
    """Image files directly inside ``folder``, sorted by name (hidden files skipped)."""
    return sorted(
        p for p in Path(folder).iterdir() if p.suffix.lower() in IMAGE_SUFFIXES and not p.name.startswith(".")
    )


class ImageFolderSource(SourceBase):
    """Shows the pictures of a folder one after another (looping), like a slow camera."""

    def __init__(self, folder: Path, fps: float = 2.0, loop: bool = True):
        self.folder = Path(folder)
        self.name = self.folder.name
        self.fps = fps
        self.loop = loop
        self._files: list[Path] = []
        self._pos = 0
        self.skipped: list[str] = []  # unreadable files, so the UI can say which

    def open(self) -> None:
        if not self.folder.is_dir():
            raise CameraError(QT_TRANSLATE_NOOP("errors", "The folder {name} does not exist."), name=str(self.folder))
        self._files = list_images(self.folder)
        if not self._files:
            raise CameraError(QT_TRANSLATE_NOOP("errors", "The folder {name} has no pictures."), name=self.name)
        self._pos = 0

    def read(self) -> Frame:
        for _ in range(len(self._files)):
            if self._pos >= len(self._files):
                if not self.loop:
                    raise end_of_stream(self.name)
                self._pos = 0
            path = self._files[self._pos]
            self._pos += 1
            try:
                return Frame(read_image(path), time.monotonic(), self._pos)
            except ImageError:
                if path.name not in self.skipped:
                    self.skipped.append(path.name)
        raise CameraError(QT_TRANSLATE_NOOP("errors", "The folder {name} has no pictures."), name=self.name)


class VideoFileSource(SourceBase):
    """Frames from a video file, looping at the end."""

    def __init__(self, path: Path, loop: bool = True):
        self.path = Path(path)
        self.name = self.path.name
        self.fps = 30.0
        self.loop = loop
        self._cap: cv2.VideoCapture | None = None
        self._index = 0

    def open(self) -> None:
        if not self.path.is_file():
            raise CameraError(QT_TRANSLATE_NOOP("errors", "The video {name} does not exist."), name=self.name)
        cap = cv2.VideoCapture(str(self.path))
        if not cap.isOpened():
            cap.release()
            raise CameraError(QT_TRANSLATE_NOOP("errors", "{name} is not a video Oyla can play."), name=self.name)
        fps = cap.get(cv2.CAP_PROP_FPS)
        self.fps = fps if 1 <= fps <= 120 else 30.0
        self._cap = cap

    def read(self) -> Frame:
        if self._cap is None:
            raise CameraError(QT_TRANSLATE_NOOP("errors", "The {name} camera is not open."), name=self.name)
        ok, image = self._cap.read()
        if not ok and self.loop and self._index > 0:
            self._cap.set(cv2.CAP_PROP_POS_FRAMES, 0)
            ok, image = self._cap.read()
        if not ok or image is None:
            raise end_of_stream(self.name)
        self._index += 1
        return Frame(cv2.cvtColor(image, cv2.COLOR_BGR2RGB), time.monotonic(), self._index)

    def close(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None
