"""What the Train button does: embed every sample (cached), hold out a stratified share per class, train the
head on the rest, evaluate it on the held-out samples, and save the model beside the project."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from app.errors import QT_TRANSLATE_NOOP, OylaError
from app.ml.backbone import Embedder, weights_hash
from app.ml.embeddings import EmbeddingCache
from app.ml.evaluate import evaluate, stratified_split
from app.ml.heads import KNNHead, MLPHead
from app.ml.model_io import SavedModel, save_model
from app.storage.project import Project, Settings

AUGMENT_VARIANTS = ("flip", "crop", "dark", "bright")


class NotReadyError(OylaError):
    """The project cannot be trained yet (too few classes or an empty class)."""


@dataclass
class Progress:
    stage: str  # "embedding" or "training"
    done: int
    total: int
    loss: float | None = None


def sample_id(project: Project, path) -> str:
    return path.relative_to(project.samples_dir).as_posix()


def check_ready(project: Project) -> None:
    if len(project.classes) < 2:
        raise NotReadyError(QT_TRANSLATE_NOOP("errors", "Make at least two classes before training."))
    for name, count in project.sample_counts().items():
        if count == 0:
            raise NotReadyError(QT_TRANSLATE_NOOP("errors", "The class {name} has no pictures yet."), name=name)


def train_project(
    project: Project,
    embedder: Embedder,
    settings: Settings | None = None,
    progress: Callable[[Progress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SavedModel:
    settings = (settings or project.settings).validate()
    check_ready(project)
    labels = project.labels
    pairs = project.all_samples()
    paths = [p for _, p in pairs]
    y = np.array([labels.index(name) for name, _ in pairs], dtype=np.int64)
    cache = EmbeddingCache(project.path, embedder)

    def embed_progress(done: int, total: int) -> None:
        if progress:
            progress(Progress("embedding", done, total))

    x = cache.get(paths, progress=embed_progress, cancelled=cancelled)
    train_idx, test_idx = stratified_split(y, settings.holdout, settings.seed)
    x_train, y_train = x[train_idx], y[train_idx]
    if settings.augment:
        train_paths = [paths[i] for i in train_idx]
        extra = [cache.get(train_paths, v, cancelled=cancelled) for v in AUGMENT_VARIANTS]
        x_train = np.concatenate([x_train, *extra])
        y_train = np.concatenate([y_train] * (1 + len(extra)))

    def epoch_progress(epoch: int, epochs: int, loss: float) -> None:
        if progress:
            progress(Progress("training", epoch, epochs, loss))

    if settings.head == "mlp":
        head = MLPHead.train(x_train, y_train, len(labels), settings.epochs, settings.learning_rate,
                             settings.batch_size, settings.seed, epoch_progress, cancelled)
    else:
        head = KNNHead.train(x_train, y_train, len(labels))
        epoch_progress(1, 1, 0.0)
    ids = [sample_id(project, p) for p in paths]
    metrics = evaluate(head.predict_proba(x[test_idx]) if len(test_idx) else np.zeros((0, len(labels))),
                       y[test_idx], labels, [ids[i] for i in test_idx])
    extra = {
        "train_samples": [ids[i] for i in train_idx] if settings.head == "knn" else len(train_idx),
        "heldout_samples": [ids[i] for i in test_idx],
        "sample_counts": project.sample_counts(),
        "background_class": next((c.name for c in project.classes if c.background), None),
    }
    options = {
        "epochs": settings.epochs, "learning_rate": settings.learning_rate, "batch_size": settings.batch_size,
        "augment": settings.augment, "seed": settings.seed, "holdout": settings.holdout,
        "threshold": settings.threshold,
    }
    return save_model(project.model_dir, head, labels, options, metrics, extra, weights_hash())
