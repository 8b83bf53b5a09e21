"""Small reusable widgets: the camera view, confidence bars, and helpers to show NumPy pictures."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QSizePolicy, QWidget

from app.ui import theme


def to_qimage(rgb: np.ndarray) -> QImage:
    """An RGB uint8 array as a QImage that owns its pixels."""
    rgb = np.ascontiguousarray(rgb)
    h, w = rgb.shape[:2]
    return QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


def to_pixmap(rgb: np.ndarray, size: QSize | None = None) -> QPixmap:
    pixmap = QPixmap.fromImage(to_qimage(rgb))
    if size is not None:
        pixmap = pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return pixmap


class CameraView(QLabel):
    """Shows the live picture, mirrored if asked, with a red 'camera on' dot while frames arrive."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setObjectName("panel")
        self.mirror = False
        self.live = False
        self.frames_shown = 0
        self._image: QImage | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Camera picture"))
        if self._image is None:
            self.setText(self.tr("The camera is off."))

    def show_frame(self, rgb: np.ndarray) -> None:
        image = to_qimage(rgb[:, ::-1] if self.mirror else rgb)
        self._image = image
        self.live = True
        self.frames_shown += 1
        self.setPixmap(QPixmap.fromImage(image).scaled(
            self.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation))

    def set_off(self, text: str) -> None:
        self.live = False
        self._image = None
        self.clear()
        self.setText(text)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().paintEvent(event)
        if self.live:
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            text = self.tr("Camera on")
            width = painter.fontMetrics().horizontalAdvance(text) + 44
            height = painter.fontMetrics().height() + 12
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 170))
            painter.drawRoundedRect(8, 8, width, height, height / 2, height / 2)
            painter.setBrush(QColor("#E53935"))
            painter.drawEllipse(18, 8 + (height - 14) // 2, 14, 14)
            painter.setPen(QColor("#FFFFFF"))
            painter.drawText(40, 8, width - 40, height, Qt.AlignmentFlag.AlignVCenter, text)
            painter.end()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ConfidenceBars(QWidget):
    """One bar per class: symbol, name, how sure the model is (in %). Colour is never the only cue."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._rows: dict[str, tuple[QLabel, QProgressBar]] = {}

    def set_labels(self, labels: list[str]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self._rows = {}
        for i, name in enumerate(labels):
            label = QLabel(f"{theme.class_symbol(i)} {name}")
            label.setStyleSheet(f"color: {theme.class_colour(i)}; font-weight: 600;")
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setFormat("%p%")
            bar.setStyleSheet(f"QProgressBar::chunk {{ background: {theme.class_colour(i)}; }}")
            bar.setAccessibleName(name)
            self._grid.addWidget(label, i, 0)
            self._grid.addWidget(bar, i, 1)
            self._rows[name] = (label, bar)

    def set_probabilities(self, probabilities: dict[str, float]) -> None:
        for name, p in probabilities.items():
            if name in self._rows:
                self._rows[name][1].setValue(round(100 * p))

    def value(self, name: str) -> int:
        return self._rows[name][1].value()
