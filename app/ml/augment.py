"""Augmented copies of a sample: deterministic changes of a 224×224 RGB square (mirror, zoom, light, a small turn).

Each copy gets its own cached embedding (``app.ml.embeddings``), computed in the background as soon as a picture
arrives, so Train only reads them. ``DEFAULT`` is the set Train uses; it was chosen with
``benchmarks/accuracy.py`` (the candidates' measurements are in that file's docstring): flip, crop, dark, bright and
the two small turns gave the best accuracy on both digit sets; shift and blur added nothing. ±20° turns, wider/taller,
shear, zoom-out and half contrast were tried on validation pictures on 2026-11-30: none gained more than half a
point, so they stay candidates only.
"""

from __future__ import annotations

import cv2
import numpy as np

from app.vision.preprocess import INPUT_SIZE

# name → what it does (all keep the picture's size)
CANDIDATES = ("flip", "crop", "dark", "bright", "rot+", "rot-", "shift", "blur", "rot20+", "rot20-", "wide", "tall",
              "shear+", "shear-", "zoomout", "dull")
DEFAULT = ("flip", "crop", "dark", "bright", "rot+", "rot-")


def _zoom(square: np.ndarray, keep: float, dx: float = 0.0) -> np.ndarray:
    """The middle ``keep`` share of the square (moved sideways by ``dx`` of its side), resized back."""
    size = square.shape[0]
    side = round(size * keep)
    top = (size - side) // 2
    left = min(size - side, max(0, top + round(dx * size)))
    return cv2.resize(square[top : top + side, left : left + side], (size, size), interpolation=cv2.INTER_LINEAR)


def _turn(square: np.ndarray, degrees: float) -> np.ndarray:
    size = square.shape[0]
    matrix = cv2.getRotationMatrix2D((size / 2, size / 2), degrees, 1.12)  # zoom so that no corner is empty
    return cv2.warpAffine(square, matrix, (size, size), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)


def _warp(square: np.ndarray, matrix: np.ndarray) -> np.ndarray:
    """An affine change about the centre (2×2 ``matrix``), edges filled by reflection."""
    size = square.shape[0]
    centre = np.array([size / 2, size / 2])
    full = np.hstack([matrix, (centre - matrix @ centre)[:, None]]).astype(np.float64)
    return cv2.warpAffine(square, full, (size, size), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)


AFFINE = {"wide": [[1.15, 0], [0, 1]], "tall": [[1, 0], [0, 1.15]], "shear+": [[1, 0.15], [0, 1]],
          "shear-": [[1, -0.15], [0, 1]], "zoomout": [[0.85, 0], [0, 0.85]]}  # input → output pixels


def augment(square: np.ndarray, variant: str) -> np.ndarray:
    """A deterministic augmented copy of a square RGB uint8 picture; ``""`` is the picture as it is."""
    if variant == "":
        return square
    if variant == "flip":
        return np.ascontiguousarray(square[:, ::-1])
    if variant == "crop":  # zoom in on the middle 85%
        return _zoom(square, 0.85)
    if variant == "shift":  # zoom a little and look a bit to the right
        return _zoom(square, 0.85, 0.075)
    if variant in ("dark", "bright"):
        factor = 0.65 if variant == "dark" else 1.35
        return np.clip(square.astype(np.float32) * factor, 0, 255).astype(np.uint8)
    if variant in ("rot+", "rot-"):
        return _turn(square, 10.0 if variant == "rot+" else -10.0)
    if variant in ("rot20+", "rot20-"):
        return _turn(square, 20.0 if variant == "rot20+" else -20.0)
    if variant in AFFINE:
        return _warp(square, np.array(AFFINE[variant]))
    if variant == "dull":  # half the contrast around the mean grey
        mean = square.mean()
        return np.clip((square.astype(np.float32) - mean) * 0.5 + mean, 0, 255).astype(np.uint8)
    if variant == "blur":
        return cv2.GaussianBlur(square, (0, 0), INPUT_SIZE / 150)
    raise ValueError(variant)
