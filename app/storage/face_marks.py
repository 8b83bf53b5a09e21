"""Samples that seem to show a face, per project, in ``faces.json`` next to ``project.json``.

With the face rule "allow" a sample with a face is kept but marked here; the Studio shows it with a badge and
offers to blur it or remove it. Blurring rewrites the picture (the face boxes grown and smoothed, see
``app.vision.faces.blur_faces``), forgets its cached embeddings and removes the mark. Written atomically; a
missing or damaged file means "nothing marked". Safe to call from several worker threads.

``faces.json``::

    {"schema_version": 1,
     "marks": [{"sample": "fist/20261123-215000-ab12cd34.jpg", "faces": [[x, y, w, h], ...],
                "at": "2026-11-23T21:50:00+00:00"}]}
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, OylaError
from app.storage import atomic, reading, schema

SCHEMA_VERSION = 1
FILE_NAME = "faces.json"
MAX_BYTES = 2_000_000
_LOCK = threading.Lock()  # read-modify-write of faces.json from the writer and importer threads

Box = tuple[int, int, int, int]


class FaceMarkError(OylaError):
    """A marked sample cannot be blurred or removed."""


@dataclass(frozen=True)
class Mark:
    sample: str  # "<class>/<file>" relative to the project's samples folder, with "/"
    faces: tuple[Box, ...]
    at: str


def marks_path(project_dir: Path) -> Path:
    return Path(project_dir) / FILE_NAME


def _key(project_dir: Path, sample: Path) -> str:
    try:
        return Path(sample).relative_to(Path(project_dir) / "samples").as_posix()
    except ValueError:
        raise FaceMarkError(QT_TRANSLATE_NOOP("errors", "{path} is not a sample of this project."),
                            path=Path(sample).name) from None


def _load(project_dir: Path) -> dict[str, Mark]:
    try:
        data = reading.read_json_object(marks_path(project_dir), max_bytes=MAX_BYTES)
    except reading.DataError:
        return {}
    marks: dict[str, Mark] = {}
    raw_marks = data.get("marks")
    for raw in raw_marks if isinstance(raw_marks, list) else []:
        mark = _parse(raw)
        if mark is not None:
            marks[mark.sample] = mark
    return marks


def _sample(value) -> str:
    """A path inside ``samples/`` (``class/file.jpg``), never outside it."""
    schema.check(isinstance(value, str) and not value.startswith("/") and ".." not in value.split("/"))
    return value


MARK_FIELDS = {
    "sample": schema.Field(_sample),
    "faces": schema.Field(schema.ListOf(schema.ListOf(schema.Int(0, 99_999), min_len=4, max_len=4))),
    "at": schema.Field(schema.Text()),
}


def _parse(raw: object) -> Mark | None:
    """A mark, or None when it is not one Oyla wrote (it is then ignored)."""
    try:
        fields = schema.read(raw, MARK_FIELDS)
    except schema.Invalid:
        return None
    return Mark(fields["sample"], tuple(tuple(box) for box in fields["faces"]), fields["at"])


def _save(project_dir: Path, marks: dict[str, Mark]) -> None:
    if not marks and not marks_path(project_dir).exists():
        return
    atomic.write_json(marks_path(project_dir), {
        "schema_version": SCHEMA_VERSION,
        "marks": [{"sample": m.sample, "faces": [list(b) for b in m.faces], "at": m.at} for m in marks.values()],
    })


def marked(project_dir: Path) -> dict[Path, Mark]:
    """The marked samples that still exist, by their full path."""
    samples = Path(project_dir) / "samples"
    return {samples / key: mark for key, mark in _load(project_dir).items() if (samples / key).is_file()}


def mark(project_dir: Path, sample: Path, faces: list[Box]) -> Mark:
    """Remember that ``sample`` seems to show the faces ``faces`` (boxes in the sample's pixels)."""
    key = _key(project_dir, sample)
    entry = Mark(key, tuple(tuple(int(v) for v in box) for box in faces),
                 datetime.now(UTC).isoformat(timespec="seconds"))
    with _LOCK:
        marks = _load(project_dir)
        marks[key] = entry
        _save(project_dir, marks)
    return entry


def unmark(project_dir: Path, samples: list[Path]) -> None:
    keys = {_key(project_dir, sample) for sample in samples}
    with _LOCK:
        marks = _load(project_dir)
        kept = {k: m for k, m in marks.items() if k not in keys}
        if len(kept) != len(marks):
            _save(project_dir, kept)


def rename_class(project_dir: Path, old: str, new: str) -> None:
    """Keep the marks of a class whose folder was renamed from ``old`` to ``new``."""
    with _LOCK:
        marks = _load(project_dir)
        moved = {}
        for key, m in marks.items():
            if key.startswith(f"{old}/"):
                key = f"{new}/{key[len(old) + 1:]}"
                m = Mark(key, m.faces, m.at)
            moved[key] = m
        if moved.keys() != marks.keys():
            _save(project_dir, moved)


def blur(project_dir: Path, samples: list[Path], detector=None) -> int:
    """Blur the faces in these samples in place and remove their marks. Returns how many were rewritten.

    Uses the boxes found when the sample was checked plus a fresh check at full size."""
    import cv2

    from app.vision.faces import blur_faces, default_detector
    from app.vision.files import ImageError, read_image

    marks = _load(project_dir)
    done = 0
    for sample in samples:
        key = _key(project_dir, sample)
        try:  # the one safe reader: a pipe or a picture bomb in a copied project is skipped, not waited on
            rgb = read_image(sample)
        except ImageError:
            continue
        # the boxes stored when it was marked (found on a small copy) and a fresh full-size look, so nothing is missed
        stored = list(marks[key].faces) if key in marks and marks[key].faces else []
        boxes = stored + list((detector or default_detector()).detect(rgb))
        ok, encoded = cv2.imencode(Path(sample).suffix or ".jpg",
                                   cv2.cvtColor(blur_faces(rgb, boxes), cv2.COLOR_RGB2BGR),
                                   [cv2.IMWRITE_JPEG_QUALITY, 95])
        if not ok:
            raise FaceMarkError(QT_TRANSLATE_NOOP("errors", "The picture could not be saved."))
        atomic.write_bytes(Path(sample), encoded.tobytes())
        _forget_embeddings(project_dir, sample)
        done += 1
    unmark(project_dir, samples)
    return done


def _forget_embeddings(project_dir: Path, sample: Path) -> None:
    """Cached embeddings are keyed by the sample's path: drop every cached variant of this one."""
    rel = Path(_key(project_dir, sample))
    for weights in sorted((Path(project_dir) / "embeddings").glob("*")):
        folder = weights / rel.parent
        for cached in list(folder.glob(f"{rel.stem}.npy")) + list(folder.glob(f"{rel.stem}.*.npy")):
            if not cached.is_symlink():
                cached.unlink(missing_ok=True)
