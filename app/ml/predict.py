"""Prediction, kept apart from training: pictures → embeddings → probabilities → a label or "not sure"."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.errors import QT_TRANSLATE_NOOP
from app.ml.backbone import Embedder
from app.ml.model_io import ModelError, SavedModel, load_model
from app.vision.preprocess import prepare

DEFAULT_THRESHOLD = 0.6


@dataclass(frozen=True)
class Prediction:
    top: str  # the most likely class
    confidence: float  # its probability
    probabilities: dict[str, float]
    sure: bool  # confidence reached the threshold

    @property
    def label(self) -> str | None:
        """The answer to show: the top class, or None for "not sure"."""
        return self.top if self.sure else None

    def to_json(self) -> dict:
        return {"label": self.label, "top": self.top, "confidence": self.confidence, "sure": self.sure,
                "probabilities": self.probabilities}


class Predictor:
    def __init__(self, saved: SavedModel, embedder: Embedder, threshold: float | None = None):
        self.saved = saved
        self.embedder = embedder
        stored = saved.meta.get("head", {}).get("threshold", DEFAULT_THRESHOLD)
        self.threshold = float(stored if threshold is None else threshold)

    @classmethod
    def from_project(cls, project_dir: Path, embedder: Embedder, threshold: float | None = None) -> Predictor:
        return cls(load_model(project_dir), embedder, threshold)

    @property
    def labels(self) -> list[str]:
        return self.saved.labels

    def from_embeddings(self, x: np.ndarray) -> list[Prediction]:
        probs = self.saved.head.predict_proba(x)
        if not np.isfinite(probs).all():  # checked weights keep this from happening; never print NaN as an answer
            raise ModelError(QT_TRANSLATE_NOOP("errors", "The model gave no usable answer for this picture."))
        out = []
        for row in probs:
            best = int(row.argmax())
            out.append(Prediction(
                top=self.labels[best],
                confidence=float(row[best]),
                probabilities={name: float(p) for name, p in zip(self.labels, row, strict=True)},
                sure=bool(row[best] >= self.threshold),
            ))
        return out

    def predict(self, images: list[np.ndarray]) -> list[Prediction]:
        """RGB pictures of any size → one Prediction each."""
        return self.from_embeddings(self.embedder.embed(prepare(images)))
