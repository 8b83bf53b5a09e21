"""The built-in demo camera: deterministic synthetic scenes of hand signs, so everything works without a webcam.

Four scenes: ``fist``, ``palm`` (open hand), ``peace`` (two fingers) and ``empty`` (background only). Each frame
varies position, size, angle, lighting and noise, but the same (scene, index, seed) always draws the same picture.
"""

from __future__ import annotations

import time

import cv2
import numpy as np

from app.errors import QT_TRANSLATE_NOOP
from app.vision.frames import CameraError, Frame, SourceBase

SCENES = ("fist", "palm", "peace", "empty")
SIZE = (480, 640)  # rows, columns: what a cheap webcam gives
SKIN = np.array([224, 172, 140], np.float32)


def _background(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    """A classroom-like backdrop: a wall gradient, a desk edge and soft noise."""
    top = np.array([196, 206, 214], np.float32) + rng.uniform(-12, 12, 3)
    bottom = np.array([150, 120, 92], np.float32) + rng.uniform(-10, 10, 3)
    edge = int(h * rng.uniform(0.68, 0.78))
    img = np.empty((h, w, 3), np.float32)
    ramp = np.linspace(0.0, 1.0, edge, dtype=np.float32)[:, None, None]
    img[:edge] = top * (1 - 0.15 * ramp)
    img[edge:] = bottom
    return img


def _hand_mask(scene: str, rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    """Draw the hand sign as a filled mask in a canonical frame, then move, scale and rotate it."""
    canvas = np.zeros((400, 400), np.uint8)
    cx, cy = 200, 250
    if scene in ("fist", "palm", "peace"):
        cv2.ellipse(canvas, (cx, cy), (70, 80), 0, 0, 360, 255, -1)  # palm
        cv2.rectangle(canvas, (cx - 45, cy + 50), (cx + 45, 399), 255, -1)  # wrist
    if scene == "fist":
        for k in range(4):  # knuckles
            cv2.circle(canvas, (cx - 48 + 32 * k, cy - 72), 22, 255, -1)
        cv2.ellipse(canvas, (cx - 78, cy - 5), (20, 42), -25, 0, 360, 255, -1)  # thumb tucked
    elif scene == "palm":
        for k, length in enumerate((120, 140, 130, 105)):
            x = cx - 54 + 36 * k
            cv2.line(canvas, (x, cy - 40), (int(x + (k - 1.5) * 12), cy - 40 - length), 255, 26)
        cv2.line(canvas, (cx - 65, cy + 5), (cx - 150, cy - 60), 255, 28)  # thumb out
    elif scene == "peace":
        cv2.line(canvas, (cx - 20, cy - 40), (cx - 55, cy - 190), 255, 26)
        cv2.line(canvas, (cx + 15, cy - 40), (cx + 45, cy - 185), 255, 26)
        for k in range(2):  # folded fingers
            cv2.circle(canvas, (cx + 40 + 20 * k, cy - 60), 20, 255, -1)
        cv2.ellipse(canvas, (cx - 70, cy - 10), (20, 40), -30, 0, 360, 255, -1)
    scale = rng.uniform(0.75, 1.05) * h / 400
    angle = rng.uniform(-18, 18)
    tx = w / 2 + rng.uniform(-0.18, 0.18) * w
    ty = h / 2 + rng.uniform(-0.08, 0.1) * h
    m = cv2.getRotationMatrix2D((200, 200), angle, scale)
    m[:, 2] += (tx - 200, ty - 200)
    return cv2.warpAffine(canvas, m, (w, h), flags=cv2.INTER_LINEAR)


def render(scene: str, index: int = 0, seed: int = 0, size: tuple[int, int] = SIZE) -> np.ndarray:
    """The demo picture for ``scene`` (one of ``SCENES``), frame ``index``: an RGB uint8 array."""
    return render_with_mask(scene, index, seed, size)[0]


def render_with_mask(scene: str, index: int = 0, seed: int = 0, size: tuple[int, int] = SIZE):
    """The demo picture and a boolean mask of where the hand is (all False for the empty scene)."""
    if scene not in SCENES:
        raise ValueError(f"unknown demo scene {scene!r}")
    h, w = size[0] // 2, size[1] // 2  # drawn at half size, then scaled up: 4x cheaper per frame
    rng = np.random.default_rng([seed, SCENES.index(scene), index])
    img = _background(rng, h, w)
    hand = np.zeros((h, w), np.uint8)
    if scene != "empty":
        hand = _hand_mask(scene, rng, h, w)
        mask = hand.astype(np.float32) / 255.0
        mask = cv2.GaussianBlur(mask, (0, 0), 0.8)[..., None]
        yy = np.linspace(-1, 1, h, dtype=np.float32)[:, None, None]
        skin = (SKIN + rng.uniform(-25, 15, 3)) * (1.0 - 0.12 * yy)  # soft shading
        img = img * (1 - mask) + skin * mask
    img *= rng.uniform(0.7, 1.25)  # lighting
    img += rng.normal(0, 4.0, img.shape[:2]).astype(np.float32)[..., None]
    img = np.clip(img, 0, 255).astype(np.uint8)
    full = (size[1], size[0])
    return cv2.resize(img, full, interpolation=cv2.INTER_LINEAR), cv2.resize(hand, full) > 127


class DemoSource(SourceBase):
    """A camera that shows the scene the student picks (or cycles through all of them), at ``fps``."""

    def __init__(self, scene: str = "empty", fps: float = 30.0, seed: int = 0, cycle_seconds: float = 0.0):
        self.name = "demo"
        self.fps = fps
        self.seed = seed
        self.cycle_seconds = cycle_seconds
        self._scene = scene
        self._index = 0
        self._open = False
        self._started = 0.0

    @property
    def scene(self) -> str:
        if self.cycle_seconds > 0:
            step = int((time.monotonic() - self._started) / self.cycle_seconds)
            return SCENES[step % len(SCENES)]
        return self._scene

    def show(self, scene: str) -> None:
        """Hold up a different sign in front of the demo camera."""
        if scene not in SCENES:
            raise ValueError(f"unknown demo scene {scene!r}")
        self._scene = scene
        self.cycle_seconds = 0.0

    def open(self) -> None:
        self._open = True
        self._started = time.monotonic()

    def read(self) -> Frame:
        if not self._open:
            raise CameraError(QT_TRANSLATE_NOOP("errors", "The {name} camera is not open."), name=self.name)
        self._index += 1
        return Frame(render(self.scene, self._index, self.seed), time.monotonic(), self._index)

    def close(self) -> None:
        self._open = False
