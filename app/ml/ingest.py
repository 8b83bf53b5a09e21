"""Samples arriving: pictures from the camera or from files become 224×224 samples in a class, and their
embeddings are computed and cached right away, so Train only has to train the head.

Every new sample is checked for faces first (``app.vision.faces.check_sample``) with the face rule of the teacher
or the pack: "allow" keeps it and marks it in ``faces.json`` (``app.storage.face_marks``), "blur" saves it with
the face blurred, "refuse" does not save it. The rule defaults to the teacher's lock (``allow`` when none).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from app.errors import QT_TRANSLATE_NOOP, OylaError
from app.ml.backbone import Embedder
from app.ml.embeddings import CHUNK, EmbeddingCache
from app.ml.heads import TrainingCancelled
from app.storage import atomic_dir, face_marks
from app.storage.project import (
    Project,
    check_class_name,
    check_new_project_folder,
    create_project,
    open_project,
    write_error,
)
from app.vision.faces import FaceDetector, FacesNotAllowed, check_sample
from app.vision.files import ImageError, list_images, read_image
from app.vision.preprocess import centre_square, to_input


@dataclass
class ImportReport:
    added: list[Path] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # names of files that are not readable pictures
    marked: list[Path] = field(default_factory=list)  # saved, but they seem to show a face (rule "allow")
    blurred: list[Path] = field(default_factory=list)  # saved with the faces blurred (rule "blur")
    refused: list[str] = field(default_factory=list)  # not saved: a face and the rule "refuse" (file names)


def default_face_rule() -> str:
    """The face rule of ``app.lessons.policy`` (the teacher's lock; "blur" when the settings are damaged)."""
    from app.lessons import policy

    return policy.face_rule()


@functools.cache
def recording_detector() -> FaceDetector:
    """Samples are 224 px squares; detecting on a 160 px copy takes about half the time, which keeps up with
    recording (~10 a second) and with importing a thousand pictures."""
    return FaceDetector(max_side=160)


def add_squares(
    project: Project,
    name: str,
    squares: Sequence[np.ndarray],
    embedder: Embedder | None,
    face_rule: str | None = None,
    report: ImportReport | None = None,
    labels: Sequence[str] | None = None,
    detector: FaceDetector | None = None,
) -> list[Path]:
    """Check square pictures for faces, store them in class ``name`` and cache their embeddings (when an
    embedder is given). What the face rule did is added to ``report``; ``labels`` name the pictures there."""
    paths, images = _save_squares(project, name, squares, face_rule, report, labels, detector)
    _embed(project, embedder, paths, images)
    return paths


def _save_squares(project, name, squares, face_rule=None, report=None, labels=None, detector=None):
    """The face check and the saving of ``add_squares``: (paths, the pictures as saved)."""
    rule = face_rule or default_face_rule()
    report = report if report is not None else ImportReport()
    detector = detector or recording_detector()

    def save(index: int) -> tuple[Path | None, np.ndarray]:
        try:
            check = check_sample(squares[index], rule, detector)
        except FacesNotAllowed:
            report.refused.append(labels[index] if labels else str(index + 1))
            return None, squares[index]
        path = project.add_sample(name, check.image)
        if check.blurred:
            report.blurred.append(path)
        elif check.faces:
            face_marks.mark(project.path, path, check.faces)
            report.marked.append(path)
        return path, check.image

    with ThreadPoolExecutor(max_workers=2) as pool:
        saved = [(path, image) for path, image in pool.map(save, range(len(squares))) if path is not None]
    return [p for p, _ in saved], [i for _, i in saved]


def _embed(project: Project, embedder: Embedder | None, paths: list[Path], images: list[np.ndarray]) -> None:
    if embedder is not None and paths:
        cache = EmbeddingCache(project.path, embedder)
        for start in range(0, len(paths), CHUNK):
            vectors = embedder.embed(to_input(images[start : start + CHUNK]))
            for path, vec in zip(paths[start : start + CHUNK], vectors, strict=True):
                cache.store(path, vec)


def add_frames(
    project: Project,
    name: str,
    frames: Sequence[np.ndarray],
    embedder: Embedder | None,
    face_rule: str | None = None,
    report: ImportReport | None = None,
) -> list[Path]:
    """Camera frames (any size, RGB) → samples of class ``name`` (faces looked for on a 160 px copy)."""
    squares = [centre_square(f) for f in frames]
    return add_squares(project, name, squares, embedder, face_rule, report, detector=recording_detector())


def refused_error(count: int) -> FacesNotAllowed:
    return FacesNotAllowed(
        QT_TRANSLATE_NOOP("errors", "{count} picture(s) showed a face and were not saved: faces are not allowed "
                                    "here. Take them again without a face."),
        count=count,
    )


def import_files(
    project: Project,
    name: str,
    files: Sequence[Path],
    embedder: Embedder | None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    face_rule: str | None = None,
    raise_refused: bool = True,
) -> ImportReport:
    """Import picture files into class ``name``; unreadable files are skipped and named in the report.

    Pictures refused by the face rule are named in ``report.refused``; with ``raise_refused`` the import then
    ends with ``FacesNotAllowed`` (after the other pictures were added) so the student is told why."""
    report = ImportReport()
    rule = face_rule or default_face_rule()

    def load(path: Path) -> tuple[np.ndarray, str] | None:
        try:
            return centre_square(read_image(path)), Path(path).name
        except ImageError:
            report.skipped.append(Path(path).name)
            return None

    def read_and_save(chunk: Sequence[Path]) -> tuple[list[Path], list[np.ndarray]]:
        loaded = [item for item in loader.map(load, chunk) if item is not None]
        return _save_squares(project, name, [sq for sq, _ in loaded], rule, report, [label for _, label in loaded])

    # A pipeline: the next chunk is read, checked and saved while this one is embedded (9.1 -> 7.4 s for 1,000).
    chunks = [files[start : start + CHUNK] for start in range(0, len(files), CHUNK)]
    with ThreadPoolExecutor(max_workers=2) as loader, ThreadPoolExecutor(max_workers=1) as ahead:
        coming = ahead.submit(read_and_save, chunks[0]) if chunks else None
        for i in range(len(chunks)):
            paths, images = coming.result()
            report.added += paths
            if cancelled is not None and cancelled():  # the pictures saved so far stay, Train embeds them
                raise TrainingCancelled()
            coming = ahead.submit(read_and_save, chunks[i + 1]) if i + 1 < len(chunks) else None
            _embed(project, embedder, paths, images)
            if progress:
                progress(min((i + 1) * CHUNK, len(files)), len(files))
    if raise_refused and report.refused:
        raise refused_error(len(report.refused))
    return report


def project_from_folder(
    target: Path,
    folder: Path,
    embedder: Embedder | None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Project, ImportReport]:
    """A new project from an image folder with one subfolder of pictures per class.

    Every class name is checked before anything is written. The project is built in a hidden folder beside
    ``target`` and renamed into place at the end (``app.storage.atomic_dir``), so a run that fails or is killed
    leaves nothing at ``target`` and the same command can simply run again."""
    folder, target = Path(folder), Path(target)
    if not folder.is_dir():
        raise OylaError(QT_TRANSLATE_NOOP("errors", "The folder {path} does not exist."), path=str(folder))
    class_dirs = sorted(d for d in folder.iterdir() if d.is_dir() and not d.name.startswith("."))
    if len(class_dirs) < 2:
        raise OylaError(
            QT_TRANSLATE_NOOP("errors", "{path} needs one subfolder of pictures per class, at least two."),
            path=str(folder),
        )
    names: list[str] = []
    for d in class_dirs:
        names.append(check_class_name(d.name, names))
    check_new_project_folder(target)
    files = {name: list_images(d) for name, d in zip(names, class_dirs, strict=True)}
    total = sum(len(f) for f in files.values())
    try:
        staging = atomic_dir.start(target)
    except OSError as exc:
        raise write_error(target.parent, exc) from exc
    report = ImportReport()
    try:
        project = create_project(staging, name=target.name, classes=names)
        done = 0
        for name, class_files in files.items():
            offset = done

            def step(n: int, _total: int, offset: int = offset) -> None:
                if progress:
                    progress(offset + n, total)

            part = import_files(project, name, class_files, embedder, step, raise_refused=False)
            for key in ("added", "skipped", "marked", "blurred", "refused"):
                getattr(report, key).extend(getattr(part, key))
            done += len(class_files)
        atomic_dir.commit(target)
    except BaseException as exc:
        atomic_dir.abandon(target)
        if isinstance(exc, OSError):
            raise write_error(target, exc) from exc
        raise
    for key in ("added", "marked", "blurred"):
        setattr(report, key, [target / p.relative_to(staging) for p in getattr(report, key)])
    return open_project(target), report
