"""Per-sample embedding cache: each sample's 1280-d vector is stored beside the project as a small .npy file
(loaded with ``allow_pickle=False``), so Train only trains the head. Augmented variants are cached the same way.
"""

from __future__ import annotations

import io
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from app.errors import OylaError
from app.ml import augment
from app.ml.augment import augment as augmented
from app.ml.backbone import EMBED_DIM, Embedder, weights_hash
from app.ml.heads import TrainingCancelled
from app.storage import reading
from app.vision.files import ImageError, read_image
from app.vision.preprocess import centre_square, to_input

VARIANTS = ("", *augment.CANDIDATES)  # "" is the picture as it is
CHUNK = 32
MAX_NPY_BYTES = 64 * 1024  # one 1280-d float32 vector is about 5 kB


def _npy_header() -> bytes:
    """The exact header ``np.save`` writes for one vector: a file that starts with it is read without parsing."""
    buffer = io.BytesIO()
    np.save(buffer, np.zeros(EMBED_DIM, np.float32), allow_pickle=False)
    return buffer.getvalue()[: -4 * EMBED_DIM]


NPY_HEADER = _npy_header()


class EmbeddingCache:
    """Embeddings of a project's samples, computed in batches and remembered on disk."""

    def __init__(self, project_path: Path, embedder: Embedder):
        self.root = Path(project_path) / "embeddings" / weights_hash()[:12]
        self.samples_root = Path(project_path) / "samples"
        self._root_str, self._samples_prefix = str(self.root), str(self.samples_root) + os.sep
        self.embedder = embedder

    def _file(self, sample: Path, variant: str) -> Path:
        """``<root>/<class>/<stem>[.<variant>].npy`` for ``<samples>/<class>/<stem>.<ext>`` (string operations:
        pathlib's took a tenth of Train's time); a sample outside ``samples/`` raises ``ValueError``."""
        sample = os.fspath(sample)
        if not sample.startswith(self._samples_prefix):
            raise ValueError(f"{sample} is not a sample of this project")
        folder, name = os.path.split(sample[len(self._samples_prefix):])
        suffix = f".{variant}" if variant else ""
        return Path(os.path.join(self._root_str, folder, f"{os.path.splitext(name)[0]}{suffix}.npy"))

    def _load(self, file: Path) -> np.ndarray | None:
        try:  # a regular file of a few kB (a pipe or a device in a copied project would block or never end)
            data = reading.read_file(file, MAX_NPY_BYTES)
            if data.startswith(NPY_HEADER) and len(data) == len(NPY_HEADER) + 4 * EMBED_DIM:
                return np.frombuffer(data, "<f4", offset=len(NPY_HEADER)).astype(np.float32)  # as Oyla saves it
            vec = np.load(io.BytesIO(data), allow_pickle=False)  # another numpy's header: parsed
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
                squares = list(pool.map(lambda i: augmented(centre_square(read_image(samples[i])), variant), chunk))
                vectors = self.embedder.embed(to_input(squares))
                for i, vec in zip(chunk, vectors, strict=True):
                    out[i] = vec
                    self.store(samples[i], vec, variant)
                done += len(chunk)
                if progress:
                    progress(done, len(samples))
        return out

    def pending(self, samples: Sequence[Path], variants: Sequence[str]) -> list[Path]:
        """The samples that miss a cached embedding of one of ``variants``."""
        return [s for s in samples if any(not self._file(s, v).is_file() for v in variants)]

    def prepare(
        self,
        samples: Sequence[Path],
        variants: Sequence[str],
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """Compute the missing embeddings of ``variants`` (augmented copies) for ``samples`` and cache them: the
        background work after pictures arrive, so Train only reads them. Each picture is read once for all its
        copies; a picture that is deleted (or unreadable) meanwhile is skipped. Returns the pictures done."""
        todo = self.pending(samples, variants)
        step = max(1, CHUNK // max(1, len(variants)))  # short embedding calls: cancel is quick, the camera keeps up
        for start in range(0, len(todo), step):
            if cancelled is not None and cancelled():
                raise TrainingCancelled()
            jobs = []
            for sample in todo[start : start + step]:
                try:
                    square = centre_square(read_image(sample))
                except ImageError:
                    continue
                jobs += [(sample, v, augmented(square, v)) for v in variants if not self._file(sample, v).is_file()]
            if jobs:
                vectors = self.embedder.embed(to_input([image for _, _, image in jobs]))
                for (sample, variant, _), vec in zip(jobs, vectors, strict=True):
                    if Path(sample).is_file():  # deleted while it was embedded: leave no copy behind
                        self.store(sample, vec, variant)
            if progress:
                progress(min(start + step, len(todo)), len(todo))
        return len(todo)

    def store(self, sample: Path, vector: np.ndarray, variant: str = "") -> None:
        file = self._file(sample, variant)
        file.parent.mkdir(parents=True, exist_ok=True)
        tmp = file.with_name(f".{file.name}.{os.getpid()}.{threading.get_ident()}.tmp")  # two writers may race
        with tmp.open("wb") as handle:
            np.save(handle, np.asarray(vector, np.float32), allow_pickle=False)
        tmp.replace(file)

    def forget(self, sample: Path) -> None:
        for variant in VARIANTS:
            self._file(sample, variant).unlink(missing_ok=True)


__all__ = ["EmbeddingCache", "ImageError", "VARIANTS"]
