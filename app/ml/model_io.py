"""A trained model on disk: ``model/head.safetensors`` (the head's arrays) beside ``model/model.json`` (labels,
backbone and weights hash, input size, preprocessing, head type and options, metrics, created-at, app version).
Both are checked on load; nothing is unpickled."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

import app
from app.errors import QT_TRANSLATE_NOOP, OylaError
from app.ml.backbone import EMBED_DIM, MODEL_NAME
from app.ml.heads import HIDDEN, KNNHead, MLPHead
from app.storage import atomic

MODEL_SCHEMA = 1
HEAD_FILE = "head.safetensors"
META_FILE = "model.json"
MAX_META = 4 * 1024 * 1024
MAX_HEAD = 512 * 1024 * 1024
PREPROCESSING = "RGB, centre square, resize to 224 (INTER_AREA), (x - 127) / 128, NCHW float32"


class ModelError(OylaError):
    """A model folder that is missing, damaged or not Oyla's."""


@dataclass
class SavedModel:
    head: MLPHead | KNNHead
    meta: dict

    @property
    def labels(self) -> list[str]:
        return list(self.meta["labels"])


def save_model(model_dir: Path, head, labels: list[str], options: dict, metrics: dict, extra: dict,
               weights_sha: str) -> SavedModel:
    from safetensors.numpy import save

    meta = {
        "schema_version": MODEL_SCHEMA,
        "labels": list(labels),
        "backbone": MODEL_NAME,
        "weights_sha256": weights_sha,
        "input_size": 224,
        "preprocessing": PREPROCESSING,
        "head": {"type": head.kind, **({"k": head.k} if head.kind == "knn" else {"hidden": HIDDEN}), **options},
        "metrics": metrics,
        "created_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "app_version": app.__version__,
        **extra,
    }
    tensors = {k: np.ascontiguousarray(v) for k, v in head.tensors().items()}
    atomic.write_bytes(model_dir / HEAD_FILE, save(tensors))
    atomic.write_json(model_dir / META_FILE, meta)
    return SavedModel(head, meta)


def load_model(project_dir: Path) -> SavedModel:
    """Load ``<project>/model``; every kind of damage raises ``ModelError`` naming the file."""
    model_dir = Path(project_dir) / "model"
    meta_file, head_file = model_dir / META_FILE, model_dir / HEAD_FILE
    if not meta_file.is_file() or not head_file.is_file():
        raise ModelError(QT_TRANSLATE_NOOP("errors", "This project has no trained model yet. Train it first."))

    def damaged(file: Path, why: object) -> ModelError:
        return ModelError(QT_TRANSLATE_NOOP("errors", "The file {file} is damaged: {why}"), file=str(file), why=why)

    if meta_file.stat().st_size > MAX_META:
        raise damaged(meta_file, "too large")
    try:
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise damaged(meta_file, type(exc).__name__) from exc
    if not isinstance(meta, dict) or meta.get("schema_version") != MODEL_SCHEMA:
        raise damaged(meta_file, "not an Oyla model description")
    labels, head_meta = meta.get("labels"), meta.get("head")
    if not (isinstance(labels, list) and len(labels) >= 2 and all(isinstance(x, str) for x in labels)):
        raise damaged(meta_file, "labels")
    if not isinstance(head_meta, dict) or head_meta.get("type") not in ("mlp", "knn"):
        raise damaged(meta_file, "head type")
    if head_file.stat().st_size > MAX_HEAD:
        raise damaged(head_file, "too large")
    try:
        from safetensors.numpy import load

        tensors = load(head_file.read_bytes())
    except Exception as exc:  # safetensors raises its own error types for every kind of bad header
        raise damaged(head_file, exc) from exc
    n = len(labels)
    try:
        if head_meta["type"] == "mlp":
            head = MLPHead.from_tensors(tensors)
            ok = head.w1.shape == (HIDDEN, EMBED_DIM) and head.b1.shape == (HIDDEN,) and head.w2.shape == (n, HIDDEN)
        else:
            k = int(head_meta.get("k", 5))
            head = KNNHead.from_tensors(tensors, n, k)
            ok = (head.embeddings.ndim == 2 and head.embeddings.shape[1] == EMBED_DIM
                  and head.labels.shape == (len(head.embeddings),) and 1 <= k <= len(head.labels)
                  and bool(((head.labels >= 0) & (head.labels < n)).all()))
    except (KeyError, ValueError, TypeError) as exc:
        raise damaged(head_file, exc) from exc
    if not ok:
        raise damaged(head_file, "the arrays do not fit the labels")
    return SavedModel(head, meta)
