"""Checks for a model someone else may have made: ``model.json`` and the head's arrays are validated on load
(types, ranges, shapes, finite numbers, sample ids inside the project), so a crafted or damaged model gives one
clear error and everything downstream (the CLI's JSON, the Studio, the model card) can trust the values."""

from __future__ import annotations

import json

import numpy as np

from app.errors import OylaError
from app.storage import schema
from app.storage.names import check_class_name, valid_sample_id

MAX_WEIGHT = 1e6  # trained heads stay far below; larger values could overflow to inf in float32
MAX_COUNT = 10**9  # any count of pictures or test results
MAX_LABELS = 1000


Invalid = schema.Invalid  # ``str(err)`` names the field that is not what Oyla writes


def parse_json(text: str):
    """``json.loads`` that refuses NaN and Infinity (not JSON; they would make the CLI print invalid JSON)."""

    def constant(name: str):
        raise Invalid(f"{name} is not a number")

    return json.loads(text, parse_constant=constant)


UNIT = schema.Number(0, 1)  # a finite number in 0..1 (not a bool)
COUNT = schema.Int(0, MAX_COUNT)
STRINGS = ("created_at", "app_version", "backbone", "weights_sha256", "preprocessing", "head_sha256")


def _require(ok: bool, field: str) -> None:
    if not ok:
        raise Invalid(field)


def _sample(labels: list[str]) -> schema.Kind:
    """A sample id of one of ``labels`` (``class/file.jpg``, checked by ``app.storage.names``)."""
    return lambda v: v if valid_sample_id(v, labels) else schema.check(False)


def _either(first: schema.Kind, second: schema.Kind) -> schema.Kind:
    return lambda v: v if schema.valid(first, v) else second(v)


def _checked(data: dict, fields: dict[str, schema.Field]) -> dict:
    """``data`` with every field checked and the missing ones set to their defaults (the values are not copied)."""
    values = schema.read(data, fields)
    for key in fields:
        data.setdefault(key, values[key])
    return data


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


EVALUATION = {
    "method": schema.Field(schema.OneOf("holdout", "kfold")),
    "k": schema.Field(schema.Int(1, MAX_COUNT), 1),
    "pictures": schema.Field(COUNT, 0),
    "accuracy": schema.Field(schema.Maybe(UNIT), None),
}
TRAINED_ON = {  # what the deployed model learnt from (absent in models made before it learnt from every picture)
    "pictures": schema.Field(COUNT),
    "rows": schema.Field(COUNT, 0),
    "augmented": schema.Field(schema.ListOf(schema.Text()), []),
}


def check_meta(meta) -> dict:
    """The fields Oyla reads from ``model.json``, checked; missing optional ones get their defaults.
    Raises ``Invalid`` naming the first wrong field."""
    _require(isinstance(meta, dict) and type(meta.get("schema_version")) is int, "schema_version")
    labels = check_labels(meta.get("labels"))
    head = meta.get("head")
    _require(isinstance(head, dict) and head.get("type") in ("mlp", "knn"), "head type")
    _checked(meta, {
        "head": schema.Field(schema.Record({  # k is read only by nearest examples
            "k": schema.Field(schema.Int(1, MAX_COUNT) if head["type"] == "knn" else schema.Anything(), 5),
            "threshold": schema.Field(UNIT, 0.6)})),
        "heldout_samples": schema.Field(schema.ListOf(_sample(labels)), []),
        "train_samples": schema.Field(_either(COUNT, schema.ListOf(_sample(labels))), 0),
        "sample_counts": schema.Field(schema.MapOf(schema.OneOf(*labels), COUNT), {}),
        "evaluation": schema.Field(schema.Maybe(schema.Record(EVALUATION)), None),
        "trained_on": schema.Field(schema.Maybe(schema.Record(TRAINED_ON)), None),
        "background_class": schema.Field(schema.Maybe(schema.OneOf(*labels)), None),
        **{key: schema.Field(schema.Text(), "") for key in STRINGS},
    })
    meta["metrics"] = check_metrics(meta.get("metrics", {}), labels)
    return meta


def check_metrics(metrics, labels: list[str]) -> dict:
    n = len(labels)
    _require(isinstance(metrics, dict), "metrics")
    out = _checked(dict(metrics), {
        "labels": schema.Field(schema.Const(labels), list(labels)),
        "n_test": schema.Field(COUNT, 0),
        "accuracy": schema.Field(schema.Maybe(UNIT), None),
        "per_class": schema.Field(schema.MapOf(schema.OneOf(*labels), schema.Maybe(UNIT)), dict.fromkeys(labels)),
        "confusion": schema.Field(schema.ListOf(schema.ListOf(COUNT, n, n), n, n), [[0] * n for _ in range(n)]),
        "misclassified": schema.Field(schema.ListOf(schema.Record({
            "true": schema.Field(schema.OneOf(*labels)), "predicted": schema.Field(schema.OneOf(*labels)),
            "confidence": schema.Field(UNIT), "sample": schema.Field(_either(COUNT, _sample(labels)))})), []),
    })
    return out


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
