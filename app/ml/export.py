"""One ONNX file with the backbone and the trained head: input ``image`` (N×3×224×224 float32, preprocessed as
the metadata says), output ``probabilities`` (N×C). Labels and preprocessing go in the model's metadata."""

from __future__ import annotations

import contextlib
import io
import json
import os
import warnings
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, OylaError
from app.ml.backbone import load_torch_model
from app.ml.heads import MLPHead
from app.ml.model_io import SavedModel


class ExportError(OylaError):
    pass


def _head_module(head):
    import torch

    class Head(torch.nn.Module):
        def __init__(self):
            super().__init__()
            if isinstance(head, MLPHead):
                self.w1 = torch.nn.Parameter(torch.from_numpy(head.w1))
                self.b1 = torch.nn.Parameter(torch.from_numpy(head.b1))
                self.w2 = torch.nn.Parameter(torch.from_numpy(head.w2))
            else:
                self.register_buffer("emb", torch.from_numpy(head.embeddings))
                self.register_buffer("onehot", torch.eye(head.num_classes)[torch.from_numpy(head.labels)])

        def forward(self, x):
            if isinstance(head, MLPHead):
                return torch.softmax(torch.relu(x @ self.w1.T + self.b1) @ self.w2.T, dim=1)
            sims = torch.nn.functional.normalize(x, dim=1) @ self.emb.T
            kth = torch.topk(sims, head.k, dim=1).values[:, -1:]
            weights = torch.where(sims >= kth, torch.clamp(sims, min=0.0) + 1e-6, torch.zeros_like(sims))
            votes = weights @ self.onehot
            return votes / votes.sum(dim=1, keepdim=True)

    return Head()


def export_onnx(saved: SavedModel, out: Path) -> Path:
    import onnx
    import torch

    net = load_torch_model()
    head = _head_module(saved.head)

    class Full(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.net, self.head = net, head

        def forward(self, image):
            return self.head(self.net.extract_features(image).mean((2, 3)))

    out = Path(out)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        with torch.no_grad(), contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(Full().eval(), (torch.zeros(1, 3, 224, 224),), str(tmp), dynamo=False,
                              opset_version=17, input_names=["image"], output_names=["probabilities"],
                              dynamic_axes={"image": {0: "batch"}, "probabilities": {0: "batch"}})
        model = onnx.load(str(tmp))
        for key, value in {
            "labels": json.dumps(saved.labels, ensure_ascii=False),
            "preprocessing": saved.meta.get("preprocessing", ""),
            "producer": "Oyla",
            "oyla_model": json.dumps({k: saved.meta[k] for k in ("backbone", "head", "created_at", "app_version")
                                      if k in saved.meta}, ensure_ascii=False),
        }.items():
            entry = model.metadata_props.add()
            entry.key, entry.value = key, value
        onnx.save(model, str(tmp))
        os.replace(tmp, out)
    except OSError as exc:
        raise ExportError(QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {reason}"), path=str(out),
                          reason=exc.strerror or exc) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return out
