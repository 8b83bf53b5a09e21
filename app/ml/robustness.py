"""The shortcut detective: re-run the held-out pictures darker, brighter, flipped, shifted and with a blurred
background, and see how accuracy and confidence change. A model that learned the lighting or the background
instead of the sign falls apart here."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np

from app.errors import QT_TRANSLATE_NOOP, OylaError
from app.ml.backbone import Embedder
from app.ml.model_io import SavedModel
from app.storage import atomic, inventory
from app.storage.names import sample_file
from app.vision.files import read_image
from app.vision.preprocess import centre_square, to_input

VARIANTS = ("original", "darker", "brighter", "flipped", "shifted", "background_blurred")
RESULT_FILE = "robustness.json"
MAX_RESULT_BYTES = 64 * 1024


def transform(square: np.ndarray, variant: str) -> np.ndarray:
    """One 224×224 RGB picture changed the way ``variant`` says."""
    if variant == "original":
        return square
    if variant in ("darker", "brighter"):
        return np.clip(square.astype(np.float32) * (0.45 if variant == "darker" else 1.7), 0, 255).astype(np.uint8)
    if variant == "flipped":
        return np.ascontiguousarray(square[:, ::-1])
    if variant == "shifted":  # a fifth of the picture to the right and down
        h, w = square.shape[:2]
        m = np.float32([[1, 0, w // 5], [0, 1, h // 5]])
        return cv2.warpAffine(square, m, (w, h), borderMode=cv2.BORDER_REPLICATE)
    if variant == "background_blurred":  # keep the middle sharp, blur everything around it
        h, w = square.shape[:2]
        mask = np.zeros((h, w), np.float32)
        cv2.ellipse(mask, (w // 2, h // 2), (int(w * 0.3), int(h * 0.38)), 0, 0, 360, 1.0, -1)
        mask = cv2.GaussianBlur(mask, (0, 0), 9)[..., None]
        blurred = cv2.GaussianBlur(square, (0, 0), 12)
        return (square * mask + blurred * (1 - mask)).astype(np.uint8)
    raise ValueError(variant)


def probe(
    samples_dir: Path,
    saved: SavedModel,
    embedder: Embedder,
    progress: Callable[[int, int], None] | None = None,
) -> dict:
    """Accuracy and mean confidence (on the true class) of the held-out pictures under each change."""
    ids = saved.meta.get("heldout_samples") or []
    paths = [sample_file(Path(samples_dir), i, saved.labels) for i in ids]
    present = [(i, p) for i, p in zip(ids, paths, strict=True) if p is not None]
    if not present:
        raise OylaError(QT_TRANSLATE_NOOP("errors", "There are no held-out pictures to test. Add more pictures "
                                                    "(at least 2 per class) and train again."))
    labels = saved.labels
    truth = np.array([labels.index(i.split("/")[0]) for i, _ in present])
    squares = [centre_square(read_image(p)) for _, p in present]
    results = {}
    for n, variant in enumerate(VARIANTS):
        probs = saved.head.predict_proba(embedder.embed(to_input([transform(s, variant) for s in squares])))
        results[variant] = {
            "accuracy": float((probs.argmax(axis=1) == truth).mean()),
            "confidence": float(probs[np.arange(len(truth)), truth].mean()),
        }
        if progress:
            progress(n + 1, len(VARIANTS))
    return {"n": len(present), "results": results}


def save_results(model_dir: Path, results: dict) -> None:
    atomic.write_json(Path(model_dir) / RESULT_FILE, results)


def load_results(model_dir: Path) -> dict | None:
    try:
        data = json.loads(inventory.read_file(Path(model_dir) / RESULT_FILE, MAX_RESULT_BYTES).decode("utf-8"))
    except (OylaError, ValueError, RecursionError):  # missing, not a regular file, too large, not JSON
        return None
    if not isinstance(data, dict) or not isinstance(data.get("results"), dict):
        return None
    for value in data["results"].values():  # numbers the model card shows as percentages
        if not (isinstance(value, dict) and all(_unit(value.get(k)) for k in ("accuracy", "confidence"))):
            return None
    return data


def _unit(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1
