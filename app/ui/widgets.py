"""Small reusable widgets: the camera view, confidence bars, and helpers to show NumPy pictures."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPixmap
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


class CameraView(QWidget):
    """Shows the live picture scaled to fit (painted, so the picture never forces the layout wider), mirrored if
    asked, with a 'camera on' badge while frames arrive, or a message when the camera is off."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setObjectName("panel")
        self.mirror = False
        self.live = False
        self.frames_shown = 0
        self._image: QImage | None = None
        self._message = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Camera picture"))
        if self._image is None:
            self._message = self.tr("The camera is off.")
            self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, 480)

    def show_frame(self, rgb: np.ndarray) -> None:
        self._image = to_qimage(rgb[:, ::-1] if self.mirror else rgb)
        self.live = True
        self.frames_shown += 1
        self.update()

    def set_off(self, text: str) -> None:
        self.live = False
        self._image = None
        self._message = text
        self.update()

    def text(self) -> str:
        return "" if self._image is not None else self._message

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt name
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))  # follows the theme
        if self._image is None:
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(self.rect().adjusted(12, 12, -12, -12),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._message)
            painter.end()
            return
        scaled = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x, y = (self.width() - scaled.width()) // 2, (self.height() - scaled.height()) // 2
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(QRect(x, y, scaled.width(), scaled.height()), self._image)
        if self.live:
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


def wrapped_label(object_name: str = "", minimum_width: int = 160) -> QLabel:
    """A word-wrapping label that never forces its column wider than ``minimum_width``."""
    label = QLabel()
    label.setWordWrap(True)
    label.setMinimumWidth(minimum_width)
    if object_name:
        label.setObjectName(object_name)
    return label


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
