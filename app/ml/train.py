"""What the Train button does: embed every sample (cached; augmented copies too), measure the recipe honestly on
pictures the measuring model has not seen, then train the model that is saved and deployed on ALL pictures.

How the score is measured (``measure_plan``): when every class has at least ``KFOLD_BELOW`` pictures, a stratified,
seeded share of each class (``settings.holdout``, 15%) is held out once; when a class has fewer, k-fold
cross-validation (``K`` folds, stratified, seeded) tests every picture once with a model that did not learn it,
because a few held-out pictures per class give a score that jumps from one Train to the next. Measured on the
digits set of ``benchmarks/accuracy.py`` (same pictures, 8 split seeds, default recipe): 10 a class — held out
0.70–0.95 (sd 0.070), 5-fold 0.78–0.83 (sd 0.019); 20 a class — held out 0.80–0.97 (sd 0.046), 5-fold 0.83–0.86
(sd 0.008); the demo scenes score 1.00 either way. Above ``KFOLD_BELOW`` one held-out share keeps Train within
its time target (5 folds cost 5 more trainings). The confusion matrix,
per-class results and "confidently wrong" pictures come from those unseen-picture predictions (``metrics`` in
``model.json``); the deployed model is never used to score pictures it learnt from. ``benchmarks/accuracy.py``
has the measurements behind these choices.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from app.errors import QT_TRANSLATE_NOOP, OylaError
from app.ml import augment
from app.ml.backbone import Embedder, weights_hash
from app.ml.embeddings import EmbeddingCache
from app.ml.evaluate import evaluate, stratified_split
from app.ml.heads import KNNHead, MLPHead
from app.ml.model_io import SavedModel, save_model
from app.storage.project import Project, TrainSettings

AUGMENT_VARIANTS = augment.DEFAULT
LABEL_SMOOTHING, DROPOUT = 0.1, 0.3  # +0.5–1 point on both digit sets at 20 a class (benchmarks/accuracy.py)
KFOLD_BELOW = 30  # a class with fewer pictures than this: k-fold cross-validation instead of one held-out share
K = 5


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


def variants(settings: TrainSettings) -> tuple[str, ...]:
    """The augmented copies this recipe learns from. Nearest examples use none: with copies the head is 7× larger
    and every frame compares with 7× more rows, for 1–3 points (``benchmarks/accuracy.py``)."""
    return AUGMENT_VARIANTS if settings.augment and settings.head == "mlp" else ()


def kfold_split(y: np.ndarray, k: int, seed: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Stratified, seeded k folds: each picture is in exactly one test part; a class with one picture always
    stays in training (it cannot be tested without leaving its class empty)."""
    y = np.asarray(y)
    rng = np.random.default_rng(seed)
    fold_of = np.full(len(y), -1)
    for cls in np.unique(y):
        idx = np.flatnonzero(y == cls)
        if len(idx) >= 2:
            idx = idx[rng.permutation(len(idx))]
            fold_of[idx] = (np.arange(len(idx)) + rng.integers(k)) % k
    every = np.arange(len(y))
    return [(every[fold_of != f], every[fold_of == f]) for f in range(k) if (fold_of == f).any()]


def measure_plan(y: np.ndarray, settings: TrainSettings) -> tuple[dict, list[tuple[np.ndarray, np.ndarray]]]:
    """How the score is measured (JSON-ready) and the (learn, test) index pairs of the measuring models."""
    counts = np.bincount(y)
    if settings.holdout > 0 and counts.min() < KFOLD_BELOW and counts.max() >= 2:
        folds = kfold_split(y, K, settings.seed)
        return {"method": "kfold", "k": len(folds), "seed": settings.seed}, folds
    train_idx, test_idx = stratified_split(y, settings.holdout, settings.seed)
    plan = [(train_idx, test_idx)] if len(test_idx) else []
    return {"method": "holdout", "holdout": settings.holdout, "seed": settings.seed}, plan


def fit(x: np.ndarray, copies: list[np.ndarray], y: np.ndarray, num_classes: int, settings: TrainSettings,
        progress: Callable[[int, int, float], None] | None = None,
        cancelled: Callable[[], bool] | None = None, rows: np.ndarray | None = None) -> MLPHead | KNNHead:
    """The head on pictures ``x`` plus their augmented ``copies`` (same rows, one array per variant), only the
    pictures ``rows`` when given. A batch holds ``settings.batch_size`` pictures with their copies, so
    augmentation costs no extra steps. The training matrix is filled in place (no temporary copies: a
    5,000-picture project with six copies each is 180 MB)."""
    rows = np.arange(len(x)) if rows is None else np.asarray(rows)
    n = len(rows)
    xs = np.empty(((1 + len(copies)) * n, x.shape[1]), np.float32)
    for i, part in enumerate((x, *copies)):
        np.take(part, rows, axis=0, out=xs[i * n : (i + 1) * n])
    ys = np.tile(np.asarray(y)[rows], 1 + len(copies))
    if settings.head == "mlp":
        return MLPHead.train(xs, ys, num_classes, settings.epochs, settings.learning_rate,
                             settings.batch_size * (1 + len(copies)), settings.seed, progress, cancelled,
                             LABEL_SMOOTHING, DROPOUT)
    if progress:
        progress(1, 1, 0.0)
    return KNNHead.train(xs, ys, num_classes)


def train_project(
    project: Project,
    embedder: Embedder,
    settings: TrainSettings | None = None,
    progress: Callable[[Progress], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SavedModel:
    settings = (settings or project.settings).validate()
    check_ready(project)
    labels = project.labels
    pairs = project.all_samples()
    paths = [p for _, p in pairs]
    ids = [sample_id(project, p) for p in paths]
    y = np.array([labels.index(name) for name, _ in pairs], dtype=np.int64)
    cache = EmbeddingCache(project.path, embedder)
    kinds = variants(settings)
    total = len(paths) * (2 if kinds else 1)  # the pictures, then their copies (counted by picture)

    def embed_progress(offset: int):
        def show(done: int, part: int) -> None:
            if progress:
                progress(Progress("embedding", offset + round(len(paths) * done / max(1, part)), total))
        return show

    x = cache.get(paths, progress=embed_progress(0), cancelled=cancelled)
    if kinds:  # what the background work has not done yet: one read of each picture for all its copies
        cache.prepare(paths, kinds, embed_progress(len(paths)), cancelled)
    copies = [cache.get(paths, v, cancelled=cancelled) for v in kinds]
    evaluation, plan = measure_plan(y, settings)
    rounds = settings.epochs if settings.head == "mlp" else 1
    steps = rounds * (len(plan) + 1)

    def trainer(run: int):
        def show(epoch: int, _epochs: int, loss: float) -> None:
            if progress:
                progress(Progress("training", run * rounds + epoch, steps, loss))
        return show

    probs = np.zeros((len(y), len(labels)), np.float32)
    tested = np.zeros(len(y), bool)
    for run, (learn, test) in enumerate(plan):  # the measuring models: each tests pictures it did not learn
        head = fit(x, copies, y, len(labels), settings, trainer(run), cancelled, learn)
        probs[test] = head.predict_proba(x[test])
        tested[test] = True
    order = np.flatnonzero(tested)
    metrics = evaluate(probs[order], y[order], labels, [ids[i] for i in order])
    head = fit(x, copies, y, len(labels), settings, trainer(len(plan)), cancelled)  # the deployed model: everything
    evaluation.update(pictures=len(order), accuracy=metrics["accuracy"])
    extra = {
        "train_samples": ids if settings.head == "knn" else len(ids),
        "heldout_samples": [ids[i] for i in order],
        "evaluation": evaluation,
        "trained_on": {"pictures": len(ids), "augmented": list(kinds), "rows": len(ids) * (1 + len(kinds))},
        "sample_counts": project.sample_counts(),
        "background_class": next((c.name for c in project.classes if c.background), None),
    }
    options = {
        "epochs": settings.epochs, "learning_rate": settings.learning_rate, "batch_size": settings.batch_size,
        "augment": settings.augment, "seed": settings.seed, "holdout": settings.holdout,
        "threshold": settings.threshold,
    }
    return save_model(project.model_dir, head, labels, options, metrics, extra, weights_hash())
