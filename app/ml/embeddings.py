"""Per-sample embedding cache: each sample's 1280-d vector is stored beside the project as a small .npy file
(loaded with ``allow_pickle=False``), so Train only trains the head. Augmented variants are cached the same way.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import cv2
import numpy as np

from app.errors import OylaError
from app.ml.backbone import EMBED_DIM, Embedder, weights_hash
from app.ml.heads import TrainingCancelled
from app.storage import inventory
from app.vision.files import ImageError, read_image
from app.vision.preprocess import INPUT_SIZE, centre_square, to_input

VARIANTS = ("", "flip", "crop", "dark", "bright")  # "" is the picture as it is
CHUNK = 32
MAX_NPY_BYTES = 64 * 1024  # one 1280-d float32 vector is about 5 kB


def augment(square: np.ndarray, variant: str) -> np.ndarray:
    """A deterministic augmented copy of a 224×224 RGB square."""
    if variant == "":
        return square
    if variant == "flip":
        return square[:, ::-1]
    if variant == "crop":  # zoom in on the middle 85%
        m = int(INPUT_SIZE * 0.075)
        return cv2.resize(square[m:-m, m:-m], (INPUT_SIZE, INPUT_SIZE), interpolation=cv2.INTER_LINEAR)
    if variant in ("dark", "bright"):
        factor = 0.65 if variant == "dark" else 1.35
        return np.clip(square.astype(np.float32) * factor, 0, 255).astype(np.uint8)
    raise ValueError(variant)


class EmbeddingCache:
    """Embeddings of a project's samples, computed in batches and remembered on disk."""

    def __init__(self, project_path: Path, embedder: Embedder):
        self.root = Path(project_path) / "embeddings" / weights_hash()[:12]
        self.samples_root = Path(project_path) / "samples"
        self.embedder = embedder

    def _file(self, sample: Path, variant: str) -> Path:
        rel = Path(sample).relative_to(self.samples_root)
        suffix = f".{variant}" if variant else ""
        return self.root / rel.parent / f"{rel.stem}{suffix}.npy"

    def _load(self, file: Path) -> np.ndarray | None:
        try:  # a regular file of a few kB (a pipe or a device in a copied project would block or never end)
            vec = np.load(io.BytesIO(inventory.read_file(file, MAX_NPY_BYTES)), allow_pickle=False)
        except (OylaError, OSError, ValueError, EOFError):
            return None
        return vec if vec.shape == (EMBED_DIM,) and vec.dtype == np.float32 else None

    def get(
        self,
        samples: Sequence[Path],
        variant: str = "",
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> np.ndarray:
        """N×1280 embeddings for ``samples``; unreadable pictures raise ``ImageError`` naming the file."""
        out = np.zeros((len(samples), EMBED_DIM), np.float32)
        missing = []
        for i, sample in enumerate(samples):
            vec = self._load(self._file(sample, variant))
            if vec is None:
                missing.append(i)
            else:
                out[i] = vec
        done = len(samples) - len(missing)
        if progress:
            progress(done, len(samples))
        with ThreadPoolExecutor(max_workers=2) as pool:
            for start in range(0, len(missing), CHUNK):
                if cancelled is not None and cancelled():
                    raise TrainingCancelled()
                chunk = missing[start : start + CHUNK]
                squares = list(pool.map(lambda i: augment(centre_square(read_image(samples[i])), variant), chunk))
                vectors = self.embedder.embed(to_input(squares))
                for i, vec in zip(chunk, vectors, strict=True):
                    out[i] = vec
                    self.store(samples[i], vec, variant)
                done += len(chunk)
                if progress:
                    progress(done, len(samples))
        return out

    def store(self, sample: Path, vector: np.ndarray, variant: str = "") -> None:
        file = self._file(sample, variant)
        file.parent.mkdir(parents=True, exist_ok=True)
        tmp = file.with_name(f".{file.name}.tmp")
        with tmp.open("wb") as handle:
            np.save(handle, np.asarray(vector, np.float32), allow_pickle=False)
        tmp.replace(file)

    def forget(self, sample: Path) -> None:
        for variant in VARIANTS:
            self._file(sample, variant).unlink(missing_ok=True)


__all__ = ["EmbeddingCache", "ImageError", "augment", "VARIANTS"]
