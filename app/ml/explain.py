"""Why did the model say that? The training pictures nearest to the current one (in embedding space), and a
Grad-CAM heat-map of the regions of the picture that pushed the prediction (on the backbone's last convolution)."""

from __future__ import annotations

import cv2
import numpy as np

from app.ml.backbone import Embedder, load_torch_model
from app.ml.embeddings import EmbeddingCache
from app.ml.heads import MLPHead, l2_normalise
from app.ml.model_io import SavedModel
from app.vision.preprocess import centre_square, prepare


def nearest_samples(project, saved: SavedModel, embedder: Embedder, image: np.ndarray, count: int = 3):
    """[(sample path, class name, similarity)] of the training pictures most like ``image``."""
    learnt_all = saved.meta.get("trained_on") is not None  # the deployed model learnt from every picture
    held = set() if learnt_all else set(saved.meta.get("heldout_samples") or [])
    pairs = [(name, p) for name, p in project.all_samples()
             if p.relative_to(project.samples_dir).as_posix() not in held]
    if not pairs:
        return []
    x = EmbeddingCache(project.path, embedder).get([p for _, p in pairs])
    query = embedder.embed(prepare([image]))
    sims = (l2_normalise(x) @ l2_normalise(query).T)[:, 0]
    order = np.argsort(-sims)[:count]
    return [(pairs[i][1], pairs[i][0], float(sims[i])) for i in order]


class GradCam:
    """Holds the torch backbone (loaded once, ~1 s) and explains one picture at a time."""

    def __init__(self) -> None:
        import torch

        self.torch = torch
        self.net = load_torch_model()
        for p in self.net.parameters():
            p.requires_grad_(False)

    def heatmap(self, image: np.ndarray, saved: SavedModel, class_index: int | None = None) -> tuple[np.ndarray, int]:
        """A 224×224 map in 0..1 and the class it explains (the predicted one unless given)."""
        torch = self.torch
        x = torch.from_numpy(prepare([image])).requires_grad_(True)  # parameters are frozen
        features = self.net.extract_features(x)
        features.retain_grad()
        pooled = features.mean((2, 3))
        head = saved.head
        if isinstance(head, MLPHead):
            hidden = torch.relu(pooled @ torch.from_numpy(head.w1).T + torch.from_numpy(head.b1))
            scores = hidden @ torch.from_numpy(head.w2).T
        else:  # nearest examples: similarity to each class's training pictures, best match per class
            sims = torch.nn.functional.normalize(pooled, dim=1) @ torch.from_numpy(head.embeddings).T
            labels = torch.from_numpy(head.labels)
            scores = torch.stack([sims[0, labels == c].max() if (labels == c).any() else sims[0].min()
                                  for c in range(head.num_classes)])[None]
        if class_index is None:
            class_index = int(scores.argmax())
        scores[0, class_index].backward()
        weights = features.grad.mean((2, 3), keepdim=True)
        cam = torch.relu((weights * features).sum(1))[0].detach().numpy()
        cam = cv2.resize(cam, (224, 224), interpolation=cv2.INTER_CUBIC)
        cam = np.clip(cam, 0, None)
        if cam.max() > 0:
            cam /= cam.max()
        return cam.astype(np.float32), class_index


def overlay(image: np.ndarray, cam: np.ndarray, strength: float = 0.5) -> np.ndarray:
    """The heat-map laid over the centre square of ``image`` (RGB uint8, 224×224)."""
    square = centre_square(image)
    colours = cv2.applyColorMap((cam * 255).astype(np.uint8), cv2.COLORMAP_JET)[..., ::-1]
    return (square * (1 - strength) + colours * strength).astype(np.uint8)

