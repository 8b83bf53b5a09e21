"""Finds text that does not fit: buttons, labels, check boxes and group titles whose text is wider (or, for
wrapped labels, taller) than the space they got (``clipped``, used by the pseudo-locale test on every page), and
controls a layout short of room squeezed below the height they need (``squeezed``)."""

from __future__ import annotations

from PySide6.QtGui import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

SLACK = 2  # pixels of rounding we forgive


def _visible(w: QWidget) -> bool:
    return w.isVisible() and w.width() > 0 and w.height() > 0


def clipped(root: QWidget) -> list[str]:
    """Descriptions of every visible widget under ``root`` whose text is cut off."""
    problems = []
    for area in root.findChildren(QScrollArea):
        inner = area.widget()
        if _visible(area) and inner is not None and area.widgetResizable() \
                and inner.minimumSizeHint().width() > area.viewport().width() + SLACK:
            problems.append(f"QScrollArea: content needs {inner.minimumSizeHint().width()}px, "
                            f"has {area.viewport().width()}px")
    for w in root.findChildren(QWidget):
        if not _visible(w):
            continue
        fm = w.fontMetrics()
        if isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
            text = w.text()
            if w.textFormat() == Qt.TextFormat.RichText or (w.textFormat() == Qt.TextFormat.AutoText
                                                              and Qt.mightBeRichText(text)):
                continue  # rich text: Qt lays it out itself
            room = w.contentsRect()
            if w.wordWrap():
                if w.heightForWidth(w.width()) > w.height() + SLACK:  # for the whole width: it takes off the margins
                    problems.append(f"QLabel (wrapped, too short): {text[:60]!r}")
            else:
                widest = max(fm.horizontalAdvance(line) for line in text.split("\n"))
                if widest > room.width() + SLACK:
                    problems.append(f"QLabel: {text[:60]!r} needs {widest}px, has {room.width()}px")
        elif isinstance(w, QAbstractButton) and w.text():
            need = w.sizeHint()
            if need.width() > w.width() + SLACK or need.height() > w.height() + SLACK:
                problems.append(f"{type(w).__name__}: {w.text()[:60]!r} needs {need.width()}×{need.height()}px, "
                                f"has {w.width()}×{w.height()}px")
        elif isinstance(w, QGroupBox) and w.title() and fm.horizontalAdvance(w.title()) + 24 > w.width():
            problems.append(f"QGroupBox title: {w.title()[:60]!r}")
    return problems


def squeezed(root: QWidget) -> list[tuple]:
    """Visible controls under ``root`` that got less height than they need, as (type, name or text, height, needed):
    a layout short of room squeezes them (text cut, arrows gone) — e.g. when word-wrapped labels ask for their
    height-for-width and Qt takes their preferred heights as minimums."""
    return [(type(w).__name__, w.accessibleName() or getattr(w, "text", lambda: "")(), w.height(),
             w.minimumSizeHint().height()) for w in root.findChildren(QWidget)
            if isinstance(w, (QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit)) and w.isVisible()
            and w.height() < w.minimumSizeHint().height() - SLACK]
