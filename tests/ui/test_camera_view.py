"""The live picture (CameraView): what is painted is the frame, in its own colours, fitted to the view with its
shape kept, and mirrored when asked; the confidence bars show new values."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QColor

from app.ui.common.widgets import CameraView, ConfidenceBars

RED, BLUE = (220, 30, 40), (20, 60, 230)


def frame() -> np.ndarray:
    """A 4:3 camera frame: the left half red, the right half blue."""
    picture = np.zeros((480, 640, 3), np.uint8)
    picture[:, :320] = RED
    picture[:, 320:] = BLUE
    return picture


def colour_at(view: CameraView, x: int, y: int) -> tuple[int, int, int]:
    pixel = QColor(view.grab().toImage().pixel(x, y))
    return pixel.red(), pixel.green(), pixel.blue()


def near(a, b) -> bool:
    return all(abs(p - q) <= 3 for p, q in zip(a, b, strict=True))


@pytest.mark.parametrize("mirror", [False, True])
def test_the_frame_is_painted_in_its_colours_fitted_and_mirrored_when_asked(qtbot, mirror):
    view = CameraView()
    qtbot.addWidget(view)
    view.resize(800, 400)  # wider than 4:3: the picture is 533 x 400 in the middle, the rest is background
    view.show()
    qtbot.waitExposed(view)
    view.mirror = mirror
    view.show_frame(frame())
    left, right = (BLUE, RED) if mirror else (RED, BLUE)
    assert near(colour_at(view, 400 - 200, 300), left) and near(colour_at(view, 400 + 200, 300), right)
    background = colour_at(view, 40, 300)  # left of the picture
    assert not near(background, RED) and not near(background, BLUE)
    view.resize(400, 800)  # resized before the next frame: the last one is scaled to fit
    assert near(colour_at(view, 200 - 100, 400), left) and near(colour_at(view, 200 + 100, 400), right)
    assert not near(colour_at(view, 200, 150), left) and not near(colour_at(view, 200, 150), right)
    assert view.frames_shown == 1 and view.text() == ""


def test_the_bars_show_new_values_and_repaint(qtbot):
    bars = ConfidenceBars()
    qtbot.addWidget(bars)
    bars.set_labels(["fist", "palm"])
    bars.show()
    qtbot.waitExposed(bars)
    before = bars.grab().toImage()
    bars.set_probabilities({"fist": 0.1, "palm": 0.9})
    assert bars.value("fist") == 10 and bars.value("palm") == 90 and bars.updatesEnabled()
    assert bars.grab().toImage() != before
