"""Held-out evaluation: a stratified, seeded split per class, then accuracy, per-class accuracy, the confusion
matrix and the misclassified samples with their confidences."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def stratified_split(y: Sequence[int], holdout: float = 0.15, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Indexes (train, test). Each class with ≥ 2 samples gives round(n × holdout) samples (at least one) to the
    test set; a class with one sample stays in training."""
    y = np.asarray(y)
    rng = np.random.default_rng(seed)
    train, test = [], []
    for cls in np.unique(y):
        idx = np.flatnonzero(y == cls)
        idx = idx[rng.permutation(len(idx))]
        n_test = 0 if holdout <= 0 or len(idx) < 2 else min(len(idx) - 1, max(1, round(len(idx) * holdout)))
        test.extend(idx[:n_test])
        train.extend(idx[n_test:])
    return np.sort(np.array(train, dtype=np.int64)), np.sort(np.array(test, dtype=np.int64))


def evaluate(
    probabilities: np.ndarray, y_true: Sequence[int], labels: Sequence[str], sample_ids: Sequence[str] = ()
) -> dict:
    """Metrics as plain JSON-ready data."""
    y_true = np.asarray(y_true, dtype=np.int64)
    num = len(labels)
    predicted = probabilities.argmax(axis=1) if len(probabilities) else np.zeros(0, np.int64)
    confusion = np.zeros((num, num), dtype=np.int64)
    for t, p in zip(y_true, predicted, strict=True):
        confusion[t, p] += 1
    per_class = {}
    for i, name in enumerate(labels):
        total = int(confusion[i].sum())
        per_class[name] = None if total == 0 else float(confusion[i, i] / total)
    wrong = []
    for k in np.flatnonzero(predicted != y_true):
        wrong.append({
            "sample": sample_ids[k] if len(sample_ids) else int(k),
            "true": labels[y_true[k]],
            "predicted": labels[predicted[k]],
            "confidence": float(probabilities[k, predicted[k]]),
        })
    wrong.sort(key=lambda w: -w["confidence"])
    return {
        "labels": list(labels),
        "n_test": int(len(y_true)),
        "accuracy": None if len(y_true) == 0 else float((predicted == y_true).mean()),
        "per_class": per_class,
        "confusion": confusion.tolist(),
        "misclassified": wrong,
    }


def dataset_warnings(counts: dict[str, int], small: int = 10, ratio: float = 2.0) -> list[tuple[str, str]]:
    """("small", class) for classes under ``small`` pictures; ("imbalanced", class) for the biggest class when it
    has more than ``ratio`` × the pictures of the smallest non-empty one."""
    warnings = [("small", name) for name, n in counts.items() if n < small]
    filled = {k: v for k, v in counts.items() if v > 0}
    if len(filled) >= 2:
        big = max(filled, key=filled.get)
        if filled[big] > ratio * min(filled.values()):
            warnings.append(("imbalanced", big))
    return warnings
