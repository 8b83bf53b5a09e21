"""Checks for a model someone else may have made: ``model.json`` and the head's arrays are validated on load
(types, ranges, shapes, finite numbers, sample ids inside the project), so a crafted or damaged model gives one
clear error and everything downstream (the CLI's JSON, the Studio, the model card) can trust the values."""

from __future__ import annotations

import json
import math
from numbers import Real

import numpy as np

from app.errors import OylaError
from app.storage.names import check_class_name, valid_sample_id

MAX_WEIGHT = 1e6  # trained heads stay far below; larger values could overflow to inf in float32
MAX_COUNT = 10**9  # any count of pictures or test results
MAX_LABELS = 1000


class Invalid(ValueError):
    """A value in a model file that is not what Oyla writes; ``str(err)`` names the field."""


def parse_json(text: str):
    """``json.loads`` that refuses NaN and Infinity (not JSON; they would make the CLI print invalid JSON)."""

    def constant(name: str):
        raise Invalid(f"{name} is not a number")

    return json.loads(text, parse_constant=constant)


def _int(value, low: int = 0, high: int = MAX_COUNT) -> bool:
    return type(value) is int and low <= value <= high


def _unit(value) -> bool:
    """A finite number in 0..1 (not a bool)."""
    return isinstance(value, Real) and not isinstance(value, bool) and math.isfinite(value) and 0 <= value <= 1


def _require(ok: bool, field: str) -> None:
    if not ok:
        raise Invalid(field)


def check_labels(labels) -> list[str]:
    _require(isinstance(labels, list) and 2 <= len(labels) <= MAX_LABELS and all(isinstance(x, str) for x in labels),
             "labels")
    for i, label in enumerate(labels):
        try:
            clean = check_class_name(label, labels[:i])
        except OylaError as exc:
            raise Invalid(f"labels: {exc}") from exc
        _require(clean == label, "labels")
    return labels


def check_meta(meta) -> dict:
    """The fields Oyla reads from ``model.json``, checked; missing optional ones get their defaults.
    Raises ``Invalid`` naming the first wrong field."""
    _require(isinstance(meta, dict) and type(meta.get("schema_version")) is int, "schema_version")
    labels = check_labels(meta.get("labels"))
    head = meta.get("head")
    _require(isinstance(head, dict) and head.get("type") in ("mlp", "knn"), "head type")
    if head["type"] == "knn":
        _require(_int(head.get("k", 5), 1, MAX_COUNT), "head k")
    _require(_unit(head.get("threshold", 0.6)), "head threshold")

    def ids(value, field: str) -> None:
        _require(isinstance(value, list) and all(valid_sample_id(s, labels) for s in value), field)

    ids(meta.setdefault("heldout_samples", []), "heldout_samples")
    train = meta.setdefault("train_samples", 0)
    if isinstance(train, list):
        ids(train, "train_samples")
    else:
        _require(_int(train), "train_samples")
    counts = meta.setdefault("sample_counts", {})
    _require(isinstance(counts, dict) and all(k in labels and _int(v) for k, v in counts.items()), "sample_counts")
    check_measured(meta.setdefault("evaluation", None), meta.setdefault("trained_on", None))
    background = meta.setdefault("background_class", None)
    _require(background is None or background in labels, "background_class")
    for key in ("created_at", "app_version", "backbone", "weights_sha256", "preprocessing", "head_sha256"):
        _require(isinstance(meta.setdefault(key, ""), str), key)
    meta["metrics"] = check_metrics(meta.get("metrics", {}), labels)
    return meta


def check_measured(evaluation, trained_on) -> None:
    """How the score was measured and what the deployed model learnt from (``app.ml.train``; absent in models
    made before the deployed model learnt from every picture)."""
    e = evaluation
    _require(e is None or (isinstance(e, dict) and e.get("method") in ("holdout", "kfold")
                           and _int(e.get("k", 1), 1, MAX_COUNT) and _int(e.get("pictures", 0))
                           and (e.get("accuracy") is None or _unit(e["accuracy"]))), "evaluation")
    t = trained_on
    _require(t is None or (isinstance(t, dict) and _int(t.get("pictures")) and _int(t.get("rows", 0))
                           and isinstance(t.get("augmented", []), list)
                           and all(isinstance(v, str) for v in t.get("augmented", []))), "trained_on")


def check_metrics(metrics, labels: list[str]) -> dict:
    _require(isinstance(metrics, dict), "metrics")
    n = len(labels)
    out = {
        "labels": metrics.get("labels", list(labels)),
        "n_test": metrics.get("n_test", 0),
        "accuracy": metrics.get("accuracy"),
        "per_class": metrics.get("per_class", dict.fromkeys(labels)),
        "confusion": metrics.get("confusion", [[0] * n for _ in range(n)]),
        "misclassified": metrics.get("misclassified", []),
    }
    _require(out["labels"] == labels, "metrics labels")
    _require(_int(out["n_test"]), "metrics n_test")
    _require(out["accuracy"] is None or _unit(out["accuracy"]), "metrics accuracy")
    per_class = out["per_class"]
    _require(isinstance(per_class, dict) and all(k in labels and (v is None or _unit(v)) for k, v in per_class.items()),
             "metrics per_class")
    confusion = out["confusion"]
    _require(isinstance(confusion, list) and len(confusion) == n
             and all(isinstance(row, list) and len(row) == n and all(_int(v) for v in row) for row in confusion),
             "metrics confusion")
    wrong = out["misclassified"]
    _require(isinstance(wrong, list) and all(
        isinstance(w, dict) and w.get("true") in labels and w.get("predicted") in labels and _unit(w.get("confidence"))
        and (valid_sample_id(w.get("sample"), labels) or _int(w.get("sample"))) for w in wrong), "metrics misclassified")
    return {**metrics, **out}


def float_array(array: np.ndarray, field: str) -> np.ndarray:
    """A float32 copy of ``array`` if it holds finite floats of a sane size."""
    _require(np.issubdtype(array.dtype, np.floating), f"{field} is not a float array")
    out = array.astype(np.float32)
    _require(bool(np.isfinite(out).all()), f"{field} has numbers that are not finite (NaN or infinity)")
    _require(out.size == 0 or float(np.abs(out).max()) <= MAX_WEIGHT, f"{field} has numbers that are far too large")
    return out


def int_array(array: np.ndarray, field: str, high: int) -> np.ndarray:
    _require(np.issubdtype(array.dtype, np.integer), f"{field} is not an integer array")
    _require(bool(((array >= 0) & (array < high)).all()), f"{field} is out of range")
    return array.astype(np.int64)
