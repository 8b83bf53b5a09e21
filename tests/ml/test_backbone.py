from pathlib import Path

import matplotlib
import numpy as np

from app.ml import backbone
from app.vision.files import read_image
from app.vision.preprocess import prepare


def test_weights_are_the_imagenet_ones(embedder):
    """matplotlib's grace_hopper.jpg must come out as 'military uniform' (ImageNet index 652) top-1."""
    image = read_image(Path(matplotlib.get_data_path()) / "sample_data" / "grace_hopper.jpg")
    embedding, logits = embedder.run(prepare([image]))
    assert embedding.shape == (1, backbone.EMBED_DIM)
    assert int(logits.argmax()) == 652


def test_onnx_is_cached_by_weights_hash_and_matches_torch(embedder):
    import torch

    path = backbone.ensure_onnx()
    assert backbone.weights_hash()[:16] in path.name
    mtime = path.stat().st_mtime_ns
    assert backbone.ensure_onnx().stat().st_mtime_ns == mtime  # not exported again
    x = np.random.default_rng(0).uniform(-1, 1, (2, 3, 224, 224)).astype(np.float32)
    with torch.no_grad():
        expected = backbone.load_torch_model().extract_features(torch.from_numpy(x)).mean((2, 3)).numpy()
    assert np.abs(embedder.embed(x) - expected).max() < 1e-3


def test_damaged_onnx_cache_is_rebuilt(embedder):
    path = backbone.ensure_onnx()
    good = path.read_bytes()
    try:
        path.write_bytes(b"not onnx")
        fresh = backbone.Embedder()
        assert fresh.embed(np.zeros((1, 3, 224, 224), np.float32)).shape == (1, 1280)
    finally:
        path.write_bytes(good)


def test_int8_backbone_is_quantised_once_and_close_to_float32(embedder):
    path = backbone.ensure_int8()
    assert path != backbone.ensure_onnx() and path.stat().st_size < backbone.ensure_onnx().stat().st_size / 3
    mtime = path.stat().st_mtime_ns
    assert backbone.ensure_int8().stat().st_mtime_ns == mtime  # not quantised again
    image = read_image(Path(matplotlib.get_data_path()) / "sample_data" / "grace_hopper.jpg")
    float32, logits = embedder.run(prepare([image]))
    int8, int8_logits = backbone.Embedder(int8=True).run(prepare([image]))
    cosine = float((float32 * int8).sum() / np.linalg.norm(float32) / np.linalg.norm(int8))
    assert cosine > 0.9 and int(int8_logits.argmax()) == int(logits.argmax()) == 652


def test_int8_backbone_can_be_the_first_one_built(tmp_path, monkeypatch):
    """On a fresh machine asking for int8 first exports the float32 file, then quantises it (no deadlock)."""
    import threading

    monkeypatch.setenv("OYLA_CACHE_DIR", str(tmp_path / "fresh-cache"))
    assert not backbone.onnx_path().exists()
    done = []
    worker = threading.Thread(target=lambda: done.append(backbone.ensure_int8()), daemon=True)
    worker.start()
    worker.join(timeout=600)
    assert done and done[0].is_file() and backbone.onnx_path().is_file()
