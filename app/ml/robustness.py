"""The shortcut detective: re-run the test pictures darker, brighter, flipped, shifted and with a blurred
background, and see how accuracy and confidence change. A model that learned the lighting or the background
instead of the sign falls apart here.

The deployed model learnt from every picture (and from flipped, darker and brighter copies of them), so it cannot
be asked about them honestly. The probe trains the measuring heads again with the model's recipe
(``train.measure_plan`` / ``train.fit``): with k-fold each picture is scored by the fold model that did not learn
it, with a held-out share by the one model that did not learn that share. The embeddings (pictures and augmented
copies) come from the project's cache, so the cost is the extra embeddings of the changed pictures plus k small
trainings.

``robustness.json`` names the model it was run for (``model``: its head's SHA-256 and created-at); the file is
kept when the model is trained again, and ``load_results`` treats a result for another model as not run."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np

from app.errors import QT_TRANSLATE_NOOP, OylaError
from app.ml import train
from app.ml.backbone import Embedder
from app.ml.embeddings import EmbeddingCache
from app.ml.heads import TrainingCancelled
from app.ml.model_io import MAX_META, META_FILE, SavedModel
from app.storage import atomic, reading, schema
from app.storage.project import Project, TrainSettings
from app.vision.files import read_image
from app.vision.preprocess import centre_square, to_input

VARIANTS = ("original", "darker", "brighter", "flipped", "shifted", "background_blurred")
RESULT_FILE = "robustness.json"
RESULT_SCHEMA = 2  # 2: scored by models that did not learn the pictures, and names the model it was run for
MAX_RESULT_BYTES = 64 * 1024


def transform(square: np.ndarray, variant: str) -> np.ndarray:
    """One 224×224 RGB picture changed the way ``variant`` says."""
    if variant == "original":
        return square
    if variant in ("darker", "brighter"):
        return np.clip(square.astype(np.float32) * (0.45 if variant == "darker" else 1.7), 0, 255).astype(np.uint8)
    if variant == "flipped":
        return np.ascontiguousarray(square[:, ::-1])
    if variant == "shifted":  # a fifth of the picture to the right and down
        h, w = square.shape[:2]
        m = np.float32([[1, 0, w // 5], [0, 1, h // 5]])
        return cv2.warpAffine(square, m, (w, h), borderMode=cv2.BORDER_REPLICATE)
    if variant == "background_blurred":  # keep the middle sharp, blur everything around it
        h, w = square.shape[:2]
        mask = np.zeros((h, w), np.float32)
        cv2.ellipse(mask, (w // 2, h // 2), (int(w * 0.3), int(h * 0.38)), 0, 0, 360, 1.0, -1)
        mask = cv2.GaussianBlur(mask, (0, 0), 9)[..., None]
        blurred = cv2.GaussianBlur(square, (0, 0), 12)
        return (square * mask + blurred * (1 - mask)).astype(np.uint8)
    raise ValueError(variant)


def recipe(saved: SavedModel) -> TrainSettings:
    """The settings the model was trained with (``model.json``'s head options), so the probe measures its recipe."""
    head = saved.meta.get("head") or {}
    fields = TrainSettings.__dataclass_fields__
    return TrainSettings(**{"head": head.get("type", "mlp"),
                       **{k: v for k, v in head.items() if k in fields and k != "head"}}).validate()


def model_stamp(meta: dict) -> dict:
    """What names one trained model: a retrained model has another head hash and another date."""
    return {"head_sha256": meta.get("head_sha256"), "created_at": meta.get("created_at")}


def probe(
    project: Project,
    saved: SavedModel,
    embedder: Embedder,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> dict:
    """Accuracy and mean confidence (on the true class) of the test pictures under each change, each picture
    scored by a model of the same recipe that never learnt it (nor its augmented copies)."""
    labels = saved.labels
    pairs = [(name, path) for name, path in project.all_samples() if name in labels]
    y = np.array([labels.index(name) for name, _ in pairs], dtype=np.int64)
    settings = recipe(saved)
    evaluation, plan = train.measure_plan(y, settings) if len(y) else ({}, [])
    if not plan:
        raise OylaError(QT_TRANSLATE_NOOP("errors", "There are no held-out pictures to test. Add more pictures "
                                                    "(at least 2 per class) and train again."))
    paths = [path for _, path in pairs]
    kinds = train.variants(settings)
    steps = len(plan) + len(VARIANTS) - 1  # the measuring models, then the changed pictures (originals: cached)
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, steps)
        if cancelled is not None and cancelled():
            raise TrainingCancelled()

    cache = EmbeddingCache(project.path, embedder)
    x = cache.get(paths, cancelled=cancelled)
    copies = [cache.get(paths, v, cancelled=cancelled) for v in kinds]
    tested = np.concatenate([test for _, test in plan])
    heads = []
    for learn, test in plan:
        heads.append((train.fit(x, copies, y, len(labels), settings, None, cancelled, learn), test))
        step()
    where = {int(i): n for n, i in enumerate(tested)}  # a picture's row among the tested ones
    squares = [centre_square(read_image(paths[i])) for i in tested]
    truth = y[tested]
    results = {}
    for variant in VARIANTS:
        vectors = x[tested] if variant == "original" else embedder.embed(
            to_input([transform(s, variant) for s in squares]))
        probs = np.zeros((len(tested), len(labels)), np.float32)
        for head, test in heads:
            rows = [where[int(i)] for i in test]
            probs[rows] = head.predict_proba(vectors[rows])
        results[variant] = {
            "accuracy": float((probs.argmax(axis=1) == truth).mean()),
            "confidence": float(probs[np.arange(len(truth)), truth].mean()),
        }
        if variant != "original":
            step()
    return {"schema_version": RESULT_SCHEMA, "n": len(tested), "results": results,
            "evaluation": {k: v for k, v in evaluation.items() if k in ("method", "k", "holdout")},
            "model": model_stamp(saved.meta)}


def save_results(model_dir: Path, results: dict) -> None:
    atomic.write_json(Path(model_dir) / RESULT_FILE, results)


def load_results(model_dir: Path, meta: dict | None = None) -> dict | None:
    """The saved results for the model in ``model_dir`` (or the model described by ``meta``); None when there are
    none, they are damaged, from an older probe that asked the deployed model, or run for another model (the file
    is kept when the model is trained again)."""
    try:
        data = json.loads(reading.read_file(Path(model_dir) / RESULT_FILE, MAX_RESULT_BYTES).decode("utf-8"))
    except (OylaError, ValueError, RecursionError):  # missing, not a regular file, too large, not JSON
        return None
    if not schema.valid(schema.Record(RESULT_FIELDS), data):
        return None
    if meta is None:
        try:
            meta = json.loads(reading.read_file(Path(model_dir) / META_FILE, MAX_META).decode("utf-8"))
        except (OylaError, ValueError, RecursionError):
            return None
    stamp = model_stamp(meta) if isinstance(meta, dict) else None
    if not stamp or stamp["head_sha256"] is None or data["model"] != stamp:
        return None  # run for another model, or there is no model
    return data


RESULT_FIELDS = {
    "schema_version": schema.Field(schema.Const(RESULT_SCHEMA)),
    "results": schema.Field(schema.MapOf(schema.Text(), schema.Record({  # the model card shows them as percentages
        "accuracy": schema.Field(schema.Number(0, 1)), "confidence": schema.Field(schema.Number(0, 1))}))),
    "model": schema.Field(schema.Object()),
}
