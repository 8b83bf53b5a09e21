"""A radio button or tick box whose text wraps, for quiz answers (Lessons page) and teacher settings (Teacher page)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QRadioButton, QWidget


class Choice(QWidget):
    """A radio button or tick box whose text wraps (long quiz answers, long teacher settings, large text mode).

    ``button`` is the real QRadioButton/QCheckBox (put it in a QButtonGroup); clicking the text ticks it too.
    """

    toggled = Signal(bool)

    def __init__(self, text: str = "", radio: bool = False, parent=None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        self.button = QRadioButton() if radio else QCheckBox()
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setStyleSheet("background: transparent;")
        self.label.mousePressEvent = lambda _event: self.button.click()  # the text is part of the control
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)
        self.button.toggled.connect(self.toggled)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - like QAbstractButton
        self.label.setText(text)
        self.button.setAccessibleName(text)

    def text(self) -> str:
        return self.label.text()

    def isChecked(self) -> bool:  # noqa: N802
        return self.button.isChecked()

    def setChecked(self, on: bool) -> None:  # noqa: N802
        self.button.setChecked(on)
