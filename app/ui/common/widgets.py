"""Small reusable widgets: the camera view, confidence bars, and helpers to show NumPy pictures."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.ui.common import theme


def watch_window(widget: QWidget, on: bool, watcher: QObject | None = None) -> None:
    """Make ``watcher`` (``widget`` itself by default) the event filter of the window ``widget`` is shown in, or
    stop: it sees every key, click and wheel turn in that window before the focused widget does, and little else.
    Not an application filter: that is a trip into Python for every event of the app (painting, timers, each
    queued signal), each waiting for the GIL, and made GUI stalls of 50–160 ms while recording and training on a
    busy 2-core PC."""
    watcher = widget if watcher is None else watcher
    handle = widget.window().windowHandle()
    if handle is not None:
        handle.removeEventFilter(watcher)
        if on:
            handle.installEventFilter(watcher)


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
    asked, with a 'camera on' badge while frames arrive, or a message when the camera is off.

    A frame is painted with a handful of Qt calls (the badge is drawn once into a pixmap, the fitted rectangle is
    worked out once per size): each call lets go of Python's GIL and must take it back, which costs the GUI thread
    a wait whenever another thread of the window holds it."""

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
        self._badge: QPixmap | None = None  # "Camera on", drawn once per language and font
        self._fitted: tuple[tuple[int, int, int, int], QRect] | None = None  # (image and view sizes) → target
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Camera picture"))
        self._badge = None
        if self._image is None:
            self._message = self.tr("The camera is off.")
        self.update()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt name
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._badge = None
        super().changeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, 480)

    def show_frame(self, rgb: np.ndarray) -> None:
        # kept in the screen's own pixel format: painting it scaled then takes ~1.2 ms instead of ~2 ms a frame
        self._image = to_qimage(rgb[:, ::-1] if self.mirror else rgb).convertToFormat(QImage.Format.Format_RGB32)
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

    def _target(self, image_w: int, image_h: int) -> QRect:
        """Where the picture goes: as large as fits with its shape kept, centred."""
        view_w, view_h = self.width(), self.height()
        key = (image_w, image_h, view_w, view_h)
        if self._fitted is None or self._fitted[0] != key:
            scale = min(view_w / image_w, view_h / image_h)
            w, h = max(1, round(image_w * scale)), max(1, round(image_h * scale))
            self._fitted = key, QRect((view_w - w) // 2, (view_h - h) // 2, w, h)
        return self._fitted[1]

    def _make_badge(self) -> QPixmap:
        text = self.tr("Camera on")
        metrics = self.fontMetrics()
        width, height = metrics.horizontalAdvance(text) + 44, metrics.height() + 12
        ratio = self.devicePixelRatioF()
        badge = QPixmap(round(width * ratio), round(height * ratio))
        badge.setDevicePixelRatio(ratio)
        badge.fill(Qt.GlobalColor.transparent)
        painter = QPainter(badge)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 170))
        painter.drawRoundedRect(0, 0, width, height, height / 2, height / 2)
        painter.setBrush(QColor("#E53935"))
        painter.drawEllipse(10, (height - 14) // 2, 14, 14)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(32, 0, width - 32, height, Qt.AlignmentFlag.AlignVCenter, text)
        painter.end()
        return badge

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt name
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))  # follows the theme
        image = self._image
        if image is None:
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(self.rect().adjusted(12, 12, -12, -12),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._message)
            painter.end()
            return
        painter.drawImage(self._target(image.width(), image.height()), image)
        if self.live:
            if self._badge is None:
                self._badge = self._make_badge()
            painter.drawPixmap(8, 8, self._badge)
        painter.end()


class ReservedLabel(QLabel):
    """A word-wrapping label that always keeps room for at least ``lines`` lines, so a text that is sometimes one
    line and sometimes two does not move what is below it."""

    def __init__(self, lines: int, parent=None):
        super().__init__(parent)
        self.lines = lines

    def _reserved(self) -> int:
        margins = self.contentsMargins()
        return self.lines * self.fontMetrics().lineSpacing() + margins.top() + margins.bottom() + 2

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return max(super().heightForWidth(width), self._reserved())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self._reserved()))

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self._reserved()))


def wrapped_label(object_name: str = "", minimum_width: int = 160, lines: int = 0) -> QLabel:
    """A word-wrapping label that never forces its column wider than ``minimum_width`` (and keeps room for
    ``lines`` lines when asked)."""
    label = ReservedLabel(lines) if lines else QLabel()
    label.setWordWrap(True)
    label.setMinimumWidth(minimum_width)
    if object_name:
        label.setObjectName(object_name)
    return label


class FitLabel(QWidget):
    """One line of text that never changes its size: the height of one line of its font (from the style sheet,
    e.g. object name ``big``), any width; a text too wide is drawn smaller (down to ``SMALLEST`` of the size),
    then elided. So a live result ("▲ open hand 100%" or "Not sure") never moves the buttons around it."""

    SMALLEST = 0.6

    def __init__(self, object_name: str = "", parent=None, widest: int | None = None):
        super().__init__(parent)
        if object_name:
            self.setObjectName(object_name)
        self.widest = widest  # with it: as wide as the text, up to this (a name beside its bar); else any width
        policy = QSizePolicy.Policy.Preferred if widest else QSizePolicy.Policy.Ignored
        self.setSizePolicy(policy, QSizePolicy.Policy.Fixed)
        self.alignment = Qt.AlignmentFlag.AlignCenter
        self._text = ""

    def setText(self, text: str) -> None:  # noqa: N802 - like QLabel
        if text != self._text:
            self._text = text
            self.setToolTip(text)
            if self.widest:
                self.updateGeometry()
            self.update()

    def text(self) -> str:
        return self._text

    def setAlignment(self, alignment) -> None:  # noqa: N802 - like QLabel
        self.alignment = alignment
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        width = min(self.widest, self.fontMetrics().horizontalAdvance(self._text) + 4) if self.widest else 120
        return QSize(width, self.fontMetrics().height() + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self.sizeHint()

    def fitted_font(self) -> QFont:
        """The widget's font, made smaller (never below ``SMALLEST``) until the text fits the width."""
        font = QFont(self.font())
        room = max(1, self.contentsRect().width())
        width = QFontMetrics(font).horizontalAdvance(self._text)
        if width > room and font.pointSizeF() > 0:
            smallest = font.pointSizeF() * self.SMALLEST
            font.setPointSizeF(max(smallest, font.pointSizeF() * room / width))
            # text does not scale exactly with the size (hinting, rounding): shrink on until it really fits, or the
            # last characters (the "92%") would be elided
            while font.pointSizeF() > smallest and self._elided(font, room) != self._text:
                font.setPointSizeF(max(smallest, font.pointSizeF() - 0.25))
        return font

    def _elided(self, font: QFont, room: int) -> str:
        return QFontMetrics(font).elidedText(self._text, Qt.TextElideMode.ElideRight, room)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        font = self.fitted_font()
        painter.setFont(font)
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect()
        text = self._elided(font, rect.width())
        painter.drawText(rect, self.alignment | Qt.AlignmentFlag.AlignVCenter, text)
        painter.end()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()
        super().changeEvent(event)


def fit_to_screen(window: QWidget, width: int | None = None, height: int | None = None, margin: int = 40) -> None:
    """Size a dialog or window ``width``×``height`` (default: its current size), but never larger than the
    available part of its screen less ``margin``: a dialog's contents then scroll inside it (``scroll_inside``)."""
    width, height = width or window.width(), height or window.height()
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width() - margin), min(height, room.height() - margin)
    window.resize(max(200, width), max(150, height))


class VerticalScroll(QScrollArea):
    """A frameless scroll area that scrolls only up and down and is never narrower than its contents need, so a
    column of a page holds whatever it grows to (more classes, an opened drawer) without the page moving."""

    def __init__(self, widget: QWidget, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(widget)
        self.grows: QWidget | None = None  # a window made taller (up to its screen) when the contents grow
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # its contents need another width (a language, large text): so does it
            if self.grows is not None:
                QTimer.singleShot(0, self, self._grow)  # dropped if this area is deleted first
        return super().eventFilter(watched, event)

    def _grow(self) -> None:
        """A result arrived (a verdict, a list of pictures): show all of it without scrolling when the screen has
        the room. Only ever taller, never shorter, so nothing the student is looking at jumps up."""
        window, inner = self.grows, self.widget()
        if window is None or inner is None or not window.isVisible():
            return
        width = self.viewport().width()
        height = inner.heightForWidth(width) if inner.hasHeightForWidth() else inner.sizeHint().height()
        need = height - self.viewport().height()
        if need > 0:
            fit_to_screen(window, window.width(), window.height() + need)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        inner = self.widget().minimumSizeHint() if self.widget() is not None else QSize(0, 0)
        return QSize(inner.width() + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth(), 60)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSizeHint().expandedTo(QSize(0, 300))


def scroll_inside(dialog: QWidget) -> QScrollArea | None:
    """Move a dialog's contents into a scroll area that fills it, so a small screen scrolls the contents instead of
    cutting the dialog off; then ``fit_to_screen``. When the contents grow later (a result arrives), the dialog
    grows with them as far as the screen allows."""
    if dialog.layout() is None:
        fit_to_screen(dialog)
        return None
    inner = QWidget()
    inner.setObjectName("scrolled")
    inner.setLayout(dialog.layout())  # takes the layout (and its widgets) off the dialog
    area = VerticalScroll(inner)
    area.grows = dialog
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    fit_to_screen(dialog)
    return area


class ConfidenceBars(QWidget):
    """One bar per class: symbol, name, how sure the model is (in %). Colour is never the only cue."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._rows: dict[str, tuple[FitLabel, QProgressBar]] = {}

    def set_labels(self, labels: list[str]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self._rows = {}
        for i, name in enumerate(labels):
            label = FitLabel(widest=160)  # a long class name is drawn smaller, never widens the column
            label.setAlignment(Qt.AlignmentFlag.AlignLeft)
            label.setText(f"{theme.class_symbol(i)} {name}")
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
        """New values, drawn with the window's next paint. (``QProgressBar.setValue`` alone paints the bar at
        once, each of them separately: about 2 ms on the GUI thread per live prediction.)"""
        for name, p in probabilities.items():
            row, value = self._rows.get(name), round(100 * p)
            if row is not None and row[1].value() != value:
                row[1].setUpdatesEnabled(False)
                row[1].setValue(value)
                row[1].setUpdatesEnabled(True)  # and schedules the bar's paint (``update``)

    def value(self, name: str) -> int:
        return self._rows[name][1].value()
