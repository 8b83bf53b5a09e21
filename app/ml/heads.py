"""Classifier heads on top of the 1280-d embeddings.

* ``MLPHead`` — the Teachable Machine recipe: dense 100 ReLU → dense (no bias) → softmax. Trained with torch;
  predicts with plain NumPy, so the live preview never needs torch.
* ``KNNHead`` — k nearest neighbours by cosine similarity; it can name the training samples behind a prediction.

Both turn an N×1280 array into N×C probabilities and store themselves as a dict of named arrays (safetensors).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from app.errors import Cancelled

HIDDEN = 100


class TrainingCancelled(Cancelled):
    """Training (or embedding before it) stopped because the student pressed Cancel."""


def softmax(logits: np.ndarray) -> np.ndarray:
    z = logits - logits.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def l2_normalise(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-8)


@dataclass
class MLPHead:
    w1: np.ndarray  # HIDDEN × 1280
    b1: np.ndarray  # HIDDEN
    w2: np.ndarray  # C × HIDDEN
    kind = "mlp"

    @property
    def num_classes(self) -> int:
        return self.w2.shape[0]

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        hidden = np.maximum(x @ self.w1.T + self.b1, 0.0)
        return softmax(hidden @ self.w2.T)

    def tensors(self) -> dict[str, np.ndarray]:
        return {"w1": self.w1, "b1": self.b1, "w2": self.w2}

    @classmethod
    def from_tensors(cls, t: dict[str, np.ndarray]) -> MLPHead:
        return cls(t["w1"], t["b1"], t["w2"])

    @classmethod
    def train(
        cls,
        x: np.ndarray,
        y: np.ndarray,
        num_classes: int,
        epochs: int = 50,
        learning_rate: float = 1e-3,
        batch_size: int = 16,
        seed: int = 0,
        progress: Callable[[int, int, float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        label_smoothing: float = 0.0,
        dropout: float = 0.0,
    ) -> MLPHead:
        """Adam on cross-entropy; ``progress(epoch, epochs, loss)`` after each epoch; ``cancelled()`` polled.
        ``label_smoothing`` and ``dropout`` (on the hidden layer, while training only) default to Teachable
        Machine's recipe (none)."""
        import torch

        threads = torch.get_num_threads()
        torch.set_num_threads(1)  # tiny matrices: one thread is 2–10× faster than two fighting the camera
        try:
            return cls._train(torch, x, y, num_classes, epochs, learning_rate, batch_size, seed, progress, cancelled,
                              label_smoothing, dropout)
        finally:
            torch.set_num_threads(threads)

    @classmethod
    def _train(cls, torch, x, y, num_classes, epochs, learning_rate, batch_size, seed, progress, cancelled,
               label_smoothing, dropout):
        gen = torch.Generator().manual_seed(seed)
        torch.manual_seed(seed)
        layer1 = torch.nn.Linear(x.shape[1], HIDDEN)
        layer2 = torch.nn.Linear(HIDDEN, num_classes, bias=False)
        hidden = [torch.nn.ReLU(), *([torch.nn.Dropout(dropout)] if dropout else [])]
        model = torch.nn.Sequential(layer1, *hidden, layer2).train()
        optimiser = torch.optim.Adam(model.parameters(), lr=learning_rate, fused=True)
        loss_fn = torch.nn.CrossEntropyLoss(label_smoothing=label_smoothing)
        xt = torch.from_numpy(np.ascontiguousarray(x, dtype=np.float32))
        yt = torch.from_numpy(np.asarray(y, dtype=np.int64))
        n = len(xt)
        for epoch in range(1, epochs + 1):
            order = torch.randperm(n, generator=gen)
            total = 0.0
            for start in range(0, n, batch_size):
                if cancelled is not None and cancelled():
                    raise TrainingCancelled()
                idx = order[start : start + batch_size]
                optimiser.zero_grad()
                loss = loss_fn(model(xt[idx]), yt[idx])
                loss.backward()
                optimiser.step()
                total += float(loss.detach()) * len(idx)
            if progress is not None:
                progress(epoch, epochs, total / n)
        return cls(
            layer1.weight.detach().numpy().copy(),
            layer1.bias.detach().numpy().copy(),
            layer2.weight.detach().numpy().copy(),
        )


@dataclass
class KNNHead:
    embeddings: np.ndarray  # N × 1280, L2-normalised
    labels: np.ndarray  # N class indexes
    num_classes: int
    k: int = 5
    kind = "knn"

    @classmethod
    def train(cls, x: np.ndarray, y: np.ndarray, num_classes: int, k: int = 5, **_ignored) -> KNNHead:
        return cls(l2_normalise(x.astype(np.float32)), np.asarray(y, np.int64), num_classes, min(k, len(x)))

    def similarities(self, x: np.ndarray) -> np.ndarray:
        return l2_normalise(x.astype(np.float32)) @ self.embeddings.T

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        """Votes of the k most similar training samples, weighted by similarity (the same maths as the export)."""
        sims = self.similarities(x)
        kth = -np.partition(-sims, self.k - 1, axis=1)[:, self.k - 1 : self.k]
        weights = np.where(sims >= kth, np.maximum(sims, 0.0) + 1e-6, 0.0)
        onehot = np.eye(self.num_classes, dtype=np.float32)[self.labels]
        votes = weights @ onehot
        return votes / votes.sum(axis=1, keepdims=True)

    def nearest(self, x: np.ndarray, count: int = 3) -> list[list[tuple[int, float]]]:
        """For each row: (training-row index, similarity) of the ``count`` nearest training samples."""
        sims = self.similarities(x)
        order = np.argsort(-sims, axis=1)[:, :count]
        return [[(int(i), float(sims[r, i])) for i in row] for r, row in enumerate(order)]

    def tensors(self) -> dict[str, np.ndarray]:
        return {"embeddings": self.embeddings, "labels": self.labels}

    @classmethod
    def from_tensors(cls, t: dict[str, np.ndarray], num_classes: int, k: int) -> KNNHead:
        return cls(t["embeddings"].astype(np.float32), t["labels"].astype(np.int64), num_classes, k)
