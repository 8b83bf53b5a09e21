"""A trained model on disk: ``model/head.safetensors`` (the head's arrays) beside ``model/model.json`` (labels,
backbone and weights hash, the head's hash, input size, preprocessing, head type and options, metrics, sample
ids, created-at, app version). The folder is replaced as one unit; both files are checked on load; nothing is
unpickled."""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

import app
from app.errors import QT_TRANSLATE_NOOP, OylaError
from app.ml.backbone import EMBED_DIM, MODEL_NAME
from app.ml.heads import HIDDEN, KNNHead, MLPHead
from app.ml.model_check import Invalid, check_meta, float_array, int_array, parse_json
from app.storage import atomic, atomic_dir, reading

MODEL_SCHEMA = 1
HEAD_FILE = "head.safetensors"
META_FILE = "model.json"
MAX_META = 4 * 1024 * 1024
MAX_HEAD = 512 * 1024 * 1024
READ_ATTEMPTS = 3
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
    """Write the head and its description as one unit: into a new folder that is then swapped in for
    ``model_dir`` (``app.storage.atomic_dir``), so a kill at any moment leaves the old model or the new one,
    never a new head with old labels. Other files of the old model folder (the robustness results) are kept.
    A full or read-only disk raises ``ModelError`` and leaves the old model as it was."""
    from safetensors.numpy import save

    model_dir = Path(model_dir)
    tensors = {k: np.ascontiguousarray(v) for k, v in head.tensors().items()}
    head_bytes = save(tensors)
    meta = {
        "schema_version": MODEL_SCHEMA,
        "labels": list(labels),
        "backbone": MODEL_NAME,
        "weights_sha256": weights_sha,
        "head_sha256": hashlib.sha256(head_bytes).hexdigest(),
        "input_size": 224,
        "preprocessing": PREPROCESSING,
        "head": {"type": head.kind, **({"k": head.k} if head.kind == "knn" else {"hidden": HIDDEN}), **options},
        "metrics": metrics,
        "created_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "app_version": app.__version__,
        **extra,
    }
    try:  # what load_model will check, before the old model is replaced: never swap in one it would refuse
        _head(check_meta(parse_json(json.dumps(meta))), tensors)
    except (ValueError, KeyError, TypeError) as exc:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "Training gave a model that cannot be used ({why}); the "
                                                     "previous model was kept."), why=exc) from exc
    try:
        staging = atomic_dir.start(model_dir)
        for kept in (model_dir.iterdir() if model_dir.is_dir() else ()):
            if kept.name not in (HEAD_FILE, META_FILE) and kept.is_file() and not kept.is_symlink():
                shutil.copy2(kept, staging / kept.name)
        atomic.write_bytes(staging / HEAD_FILE, head_bytes)
        atomic.write_json(staging / META_FILE, meta)
        atomic_dir.commit(model_dir)
    except OSError as exc:
        atomic_dir.abandon(model_dir)
        raise ModelError(QT_TRANSLATE_NOOP("errors", "The model could not be saved in {path}: {reason}"),
                         path=str(model_dir), reason=exc.strerror or exc) from exc
    return SavedModel(head, meta)


def load_model(project_dir: Path) -> SavedModel:
    """Load ``<project>/model``; every kind of damage raises ``ModelError`` naming the file.

    A swap that a kill interrupted is undone first (``atomic_dir.recover``). Everything is checked
    (``app.ml.model_check``): the labels, the other fields Oyla reads, the arrays' types, shapes and values
    (finite, not huge), that the head is the one this ``model.json`` was written with, and that every sample
    id names a picture inside ``samples/``."""
    for attempt in range(READ_ATTEMPTS):  # a save swapping the folder while we read: read both files again
        meta, head_bytes, meta_file, head_file = _read(Path(project_dir))
        if not meta["head_sha256"] or meta["head_sha256"] == hashlib.sha256(head_bytes).hexdigest():
            break
        if attempt == READ_ATTEMPTS - 1:
            raise _damaged(head_file, "it is not the head model.json was saved with")
        time.sleep(0.05)
    try:
        from safetensors.numpy import load

        tensors = load(head_bytes)
    except Exception as exc:  # safetensors raises its own error types for every kind of bad header
        raise _damaged(head_file, exc) from exc
    try:
        head = _head(meta, tensors)
    except (KeyError, ValueError, TypeError) as exc:
        raise _damaged(head_file, exc) from exc
    return SavedModel(head, meta)


def _damaged(file: Path, why: object) -> ModelError:
    return ModelError(QT_TRANSLATE_NOOP("errors", "The file {file} is damaged: {why}"), file=str(file), why=why)


def _read(project_dir: Path) -> tuple[dict, bytes, Path, Path]:
    """The checked ``model.json`` and the head's bytes (not yet checked against each other)."""
    model_dir = atomic_dir.recover(project_dir / "model")
    meta_file, head_file = model_dir / META_FILE, model_dir / HEAD_FILE
    if not meta_file.is_file() or not head_file.is_file():
        raise ModelError(QT_TRANSLATE_NOOP("errors", "This project has no trained model yet. Train it first."))
    try:  # regular files only (a pipe or /dev/zero in their place is refused, not read for ever), size-capped
        meta_bytes = reading.read_file(meta_file, MAX_META)
        head_bytes = reading.read_file(head_file, MAX_HEAD)
    except OylaError as exc:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}"), path=str(model_dir),
                         reason=str(exc)) from exc
    try:
        meta = parse_json(meta_bytes.decode("utf-8"))
        if not isinstance(meta, dict) or meta.get("schema_version") != MODEL_SCHEMA:
            raise Invalid("not an Oyla model description")
        return check_meta(meta), head_bytes, meta_file, head_file
    except (ValueError, RecursionError) as exc:  # bad UTF-8 or JSON, too many digits, Invalid
        raise _damaged(meta_file, exc if isinstance(exc, Invalid) else type(exc).__name__) from exc


def _head(meta: dict, tensors: dict[str, np.ndarray]) -> MLPHead | KNNHead:
    n = len(meta["labels"])
    if meta["head"]["type"] == "mlp":
        w1, b1, w2 = (float_array(tensors[k], k) for k in ("w1", "b1", "w2"))
        if w1.shape != (HIDDEN, EMBED_DIM) or b1.shape != (HIDDEN,) or w2.shape != (n, HIDDEN):
            raise Invalid("the arrays do not fit the labels")
        return MLPHead(w1, b1, w2)
    embeddings = float_array(tensors["embeddings"], "embeddings")
    labels = int_array(tensors["labels"], "labels", n)
    k = meta["head"].get("k", 5)
    if embeddings.ndim != 2 or embeddings.shape[1] != EMBED_DIM or labels.shape != (len(embeddings),) \
            or not 1 <= k <= len(labels):
        raise Invalid("the arrays do not fit the labels")
    return KNNHead(embeddings, labels, n, k)
