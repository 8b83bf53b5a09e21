"""Shared test setup: no display, and every test gets its own empty data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import app  # noqa: F401 - first: it switches onnxruntime's telemetry off before any test imports onnxruntime

pytest_plugins = ["tests.netguard"]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory):
    """One cache folder for the whole run, so the backbone is exported to ONNX once, not once per test."""
    return tmp_path_factory.mktemp("oyla-cache")


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory, monkeypatch, shared_cache):
    """Point Oyla's user-data folder at a fresh temporary folder for each test."""
    path = tmp_path_factory.mktemp("oyla-data")
    monkeypatch.setenv("OYLA_DATA_DIR", str(path))
    monkeypatch.setenv("OYLA_CACHE_DIR", str(shared_cache))
    return path


@pytest.fixture(scope="session")
def embedder(shared_cache):
    """The real backbone on onnxruntime, built once per test run."""
    mp = pytest.MonkeyPatch()
    mp.setenv("OYLA_CACHE_DIR", str(shared_cache))
    from app.ml.backbone import Embedder

    yield Embedder()
    mp.undo()


def write_demo_folder(root: Path, per_class: int = 12, scenes=("fist", "palm", "peace"), seed: int = 0) -> Path:
    """An image folder with one subfolder of demo-scene pictures per class (the usual layout)."""
    import cv2

    from app.vision.demo import render

    for scene in scenes:
        (root / scene).mkdir(parents=True, exist_ok=True)
        for i in range(per_class):
            image = render(scene, i, seed=seed, size=(240, 320))
            cv2.imwrite(str(root / scene / f"{i:03d}.png"), image[..., ::-1])
    return root


@pytest.fixture
def demo_folder(tmp_path) -> Path:
    return write_demo_folder(tmp_path / "pictures")
