"""Importing picture files (app.ml.ingest.import_files): the next chunk is read and saved while this one is
embedded; every readable picture arrives once, in the order given, with its embedding cached, and a cancelled
import keeps the pictures it saved."""

from __future__ import annotations

import pytest

from app.ml.embeddings import CHUNK, EmbeddingCache
from app.ml.heads import TrainingCancelled
from app.ml.ingest import import_files
from app.storage.project import create_project
from app.vision.files import read_image
from tests.conftest import write_demo_folder

pytestmark = pytest.mark.slow


def files(tmp_path, count: int):
    folder = write_demo_folder(tmp_path / "pictures", per_class=count, scenes=("fist",))
    return sorted((folder / "fist").iterdir())


def test_every_picture_once_in_order_with_its_embedding(tmp_path, embedder):
    pictures = files(tmp_path, 2 * CHUNK + 5)  # three chunks
    broken = pictures[CHUNK + 3]
    broken.write_bytes(b"not a picture")
    project = create_project(tmp_path / "project", classes=["fist", "palm"])
    steps = []
    report = import_files(project, "fist", pictures, embedder, lambda done, total: steps.append((done, total)),
                          face_rule="allow")
    assert report.skipped == [broken.name] and len(report.added) == len(pictures) - 1
    assert project.samples("fist") == sorted(report.added) and len(set(report.added)) == len(report.added)
    kept = [p for p in pictures if p != broken]  # the order given: each saved picture is the file at its place
    for source, saved in zip(kept[::17], report.added[::17], strict=True):
        assert read_image(saved).shape == (224, 224, 3) and abs(
            int(read_image(saved).mean()) - int(read_image(source).mean())) < 8
    assert EmbeddingCache(project.path, embedder).pending(report.added, [""]) == []
    assert steps == [(CHUNK, len(pictures)), (2 * CHUNK, len(pictures)), (len(pictures), len(pictures))]


def test_a_cancelled_import_keeps_what_it_saved(tmp_path, embedder):
    pictures = files(tmp_path, 3 * CHUNK)
    project = create_project(tmp_path / "project", classes=["fist", "palm"])
    steps = []
    with pytest.raises(TrainingCancelled):
        import_files(project, "fist", pictures, embedder, lambda done, total: steps.append(done),
                     lambda: bool(steps), face_rule="allow")
    saved = project.samples("fist")
    assert steps == [CHUNK] and CHUNK <= len(saved) < len(pictures)
    assert all(read_image(p).shape == (224, 224, 3) for p in saved)
    missing = EmbeddingCache(project.path, embedder).pending(saved, [""])
    assert len(saved) - len(missing) == CHUNK  # the first chunk was embedded; Train embeds the others
