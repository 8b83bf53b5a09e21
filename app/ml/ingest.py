"""Samples arriving: pictures from the camera or from files become 224×224 samples in a class, and their
embeddings are computed and cached right away, so Train only has to train the head."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from app.errors import QT_TRANSLATE_NOOP, OylaError
from app.ml.backbone import Embedder
from app.ml.embeddings import CHUNK, EmbeddingCache
from app.ml.heads import TrainingCancelled
from app.storage.project import Project, create_project
from app.vision.files import ImageError, list_images, read_image
from app.vision.preprocess import centre_square, to_input


@dataclass
class ImportReport:
    added: list[Path] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # names of files that are not readable pictures


def add_squares(project: Project, name: str, squares: Sequence[np.ndarray], embedder: Embedder | None) -> list[Path]:
    """Store already-square pictures in class ``name`` and cache their embeddings (when an embedder is given)."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        paths = list(pool.map(lambda sq: project.add_sample(name, sq), squares))
    if embedder is not None and paths:
        cache = EmbeddingCache(project.path, embedder)
        for start in range(0, len(paths), CHUNK):
            vectors = embedder.embed(to_input(squares[start : start + CHUNK]))
            for path, vec in zip(paths[start : start + CHUNK], vectors, strict=True):
                cache.store(path, vec)
    return paths


def add_frames(project: Project, name: str, frames: Sequence[np.ndarray], embedder: Embedder | None) -> list[Path]:
    """Camera frames (any size, RGB) → samples of class ``name``."""
    return add_squares(project, name, [centre_square(f) for f in frames], embedder)


def import_files(
    project: Project,
    name: str,
    files: Sequence[Path],
    embedder: Embedder | None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import picture files into class ``name``; unreadable files are skipped and named in the report."""
    report = ImportReport()

    def load(path: Path) -> np.ndarray | None:
        try:
            return centre_square(read_image(path))
        except ImageError:
            report.skipped.append(Path(path).name)
            return None

    with ThreadPoolExecutor(max_workers=2) as pool:
        for start in range(0, len(files), CHUNK):
            if cancelled is not None and cancelled():
                raise TrainingCancelled()
            squares = [sq for sq in pool.map(load, files[start : start + CHUNK]) if sq is not None]
            report.added += add_squares(project, name, squares, embedder)
            if progress:
                progress(min(start + CHUNK, len(files)), len(files))
    return report


def project_from_folder(
    target: Path,
    folder: Path,
    embedder: Embedder | None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Project, ImportReport]:
    """A new project from an image folder with one subfolder of pictures per class."""
    folder = Path(folder)
    if not folder.is_dir():
        raise OylaError(QT_TRANSLATE_NOOP("errors", "The folder {path} does not exist."), path=str(folder))
    class_dirs = sorted(d for d in folder.iterdir() if d.is_dir() and not d.name.startswith("."))
    if len(class_dirs) < 2:
        raise OylaError(
            QT_TRANSLATE_NOOP("errors", "{path} needs one subfolder of pictures per class, at least two."),
            path=str(folder),
        )
    files = {d.name: list_images(d) for d in class_dirs}
    total = sum(len(f) for f in files.values())
    project = create_project(target, classes=list(files))
    report, done = ImportReport(), 0
    for name, class_files in files.items():
        offset = done

        def step(n: int, _total: int, offset: int = offset) -> None:
            if progress:
                progress(offset + n, total)

        part = import_files(project, name, class_files, embedder, step)
        report.added += part.added
        report.skipped += part.skipped
        done += len(class_files)
    return project, report
