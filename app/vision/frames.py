"""Frames and the one interface every camera-like source implements."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

import numpy as np

from app.errors import QT_TRANSLATE_NOOP, OylaError


class CameraError(OylaError):
    """A camera or other frame source cannot give frames (missing, busy, unplugged, unreadable)."""


@dataclass(frozen=True)
class Frame:
    """One RGB image (H×W×3, uint8) with the monotonic time it was captured and its number in the stream."""

    image: np.ndarray
    timestamp: float = field(default_factory=time.monotonic)
    index: int = 0


@runtime_checkable
class FrameSource(Protocol):
    """Anything that yields frames: a webcam, a video file, a folder of images, the demo scene."""

    name: str
    fps: float

    def open(self) -> None: ...

    def read(self) -> Frame:
        """The next frame; raises ``CameraError`` instead of blocking for long or returning garbage."""
        ...

    def close(self) -> None: ...


class SourceBase:
    """Context-manager plumbing shared by the sources."""

    name = "source"
    fps = 30.0

    def open(self) -> None:  # pragma: no cover - overridden
        pass

    def close(self) -> None:
        pass

    def __enter__(self):
        self.open()
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def end_of_stream(name: str) -> CameraError:
    return CameraError(QT_TRANSLATE_NOOP("errors", "{name} has no more frames."), name=name)
