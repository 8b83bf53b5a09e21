"""Class cards: the thumbnails of new pictures are decoded on a worker and arrive on the card; deleting pictures
takes them off the card at once."""

import cv2
import numpy as np
from PySide6.QtCore import Qt

from app.ui.studio.classes import SHOWN_ROLE
from app.vision.demo import render


def centre(image) -> np.ndarray:
    """The mean colour of the middle 16×16 of a QImage, as RGB."""
    image = image.convertToFormat(image.Format.Format_RGB888)
    w, h = image.width(), image.height()
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(h, image.bytesPerLine())[:, : 3 * w]
    pixels = rows.reshape(h, w, 3)
    return pixels[h // 2 - 8 : h // 2 + 8, w // 2 - 8 : w // 2 + 8].reshape(-1, 3).mean(axis=0)


def test_recorded_pictures_show_as_thumbnails_and_deleting_removes_them_at_once(qtbot, window):
    studio = window.pages["studio"]
    assert studio.add_class("palm")
    project = window.ctx.project
    frames = [np.full((240, 320, 3), colour, np.uint8) for colour in ((200, 30, 30), (30, 200, 30))]
    studio.writer.put(project, "palm", [*frames, render("palm", 1)])
    card = studio.classes.cards["palm"]
    qtbot.waitUntil(lambda: card.thumbs.count() == 3, timeout=20000)
    items = [card.thumbs.item(i) for i in range(3)]
    qtbot.waitUntil(lambda: all(item.data(SHOWN_ROLE) for item in items), timeout=10000)
    assert card.count.text() == "3 picture(s)"
    for item in items:  # each thumbnail shows its own picture (JPEG: colours within a few steps)
        stored = cv2.cvtColor(cv2.imread(item.data(Qt.ItemDataRole.UserRole)), cv2.COLOR_BGR2RGB)
        shown = centre(item.icon().pixmap(56, 56).toImage())
        assert np.abs(shown - stored[104:120, 104:120].reshape(-1, 3).mean(axis=0)).max() < 12

    gone = project.samples("palm")[:2]
    studio.delete_samples("palm", gone)
    assert card.thumbs.count() == 1 and card.count.text() == "1 picture(s)"  # at once, not after a listing
    assert all(not p.exists() for p in gone) and project.samples("palm") == card._paths
