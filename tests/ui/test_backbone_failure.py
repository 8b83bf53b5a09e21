"""The backbone failing to load is said plainly, instead of "still getting ready" for ever."""

from __future__ import annotations

import pytest


@pytest.fixture
def broken_backbone(monkeypatch):
    """The picture model cannot be built (as when onnxruntime's library is missing or the model file is bad)."""
    import app.ml.backbone as backbone

    def broken(*_args, **_kwargs):
        raise RuntimeError("onnxruntime could not start")

    monkeypatch.setattr(backbone, "Embedder", broken)


def test_backbone_failing_to_load_says_so(broken_backbone, qtbot, window):
    ctx, studio = window.ctx, window.pages["studio"]
    qtbot.waitUntil(lambda: ctx.backbone.error is not None, timeout=20000)
    qtbot.waitUntil(studio.error.isVisible, timeout=5000)
    shown = studio.error.text()
    assert "could not load its picture model" in shown and "onnxruntime could not start" in shown
    assert ctx.backbone.embedder is None
    assert studio.add_class("fist")
    studio.error.hide()
    assert studio.train() is None  # Train says why, every time
    assert studio.error.isVisible() and studio.error.text() == shown
    assert "still getting ready" not in studio.error.text()
