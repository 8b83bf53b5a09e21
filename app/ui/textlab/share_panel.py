"""The share check panel of the Text lab: type what you would send to a chatbot, see what is personal data and
why it matters, and get a version with placeholders to copy. The check (``app.text.share_check``) runs on a worker,
a moment after typing stops or at once with Check; nothing leaves this computer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.text import share_check
from app.ui.common import theme
from app.ui.common.jobs import TaskSlot, stop_all
from app.ui.common.widgets import wrapped_label

LIVE_DELAY_MS = 600  # the live check waits this long after the last key


def utf16_offsets(text: str) -> list[int]:
    """``result[i]``: the position in a Qt document (UTF-16 units) of character ``i`` of ``text``."""
    out, pos = [], 0
    for c in text:
        out.append(pos)
        pos += 2 if ord(c) > 0xFFFF else 1
    out.append(pos)
    return out


def _check(_control, text: str, lang: str) -> tuple[str, list, str]:
    found = share_check.check(text)
    return text, found, share_check.safe_text(text, lang, found)


def _recheck(_control, text: str) -> tuple[str, list]:
    return text, share_check.check(text)


SYMBOLS = {"iin": "#", "phone": "☎", "email": "@", "card": "▭", "birthdate": "★", "address": "⌂", "name": "☺",
           "school": "✎", "password": "✱", "health": "✚"}  # each kind its own symbol: colour is never the only cue


def arrange(columns: QBoxLayout, ctx) -> None:
    """Two columns side by side; one above the other with large text (projectors), so nothing needs scrolling
    sideways."""
    columns.setDirection(QBoxLayout.Direction.TopToBottom if ctx.settings.large_text
                         else QBoxLayout.Direction.LeftToRight)


COLOURS = {"iin": 0, "phone": 1, "email": 2, "card": 3, "birthdate": 4, "address": 5, "name": 6, "school": 0,
           "password": 3, "health": 4}  # theme class colours, never the black one (unseen in high contrast)


def kind_marker(kind: str) -> tuple[str, str]:
    """The colour (a theme class colour; some kinds share one) and the symbol of a kind of personal data."""
    return theme.class_colour(COLOURS[kind]), SYMBOLS[kind]


class SharePanel(QWidget):
    checked = Signal(str, int)  # the text checked, how many marks (the page follows cleaning with it)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.findings: list[share_check.Finding] = []
        self.checked_text: str | None = None
        self.safe = ""
        self.slot = TaskSlot(self)
        self.safe_slot = TaskSlot(self)
        self.timer = QTimer(self, singleShot=True, interval=LIVE_DELAY_MS)
        self.timer.timeout.connect(self.check)

        layout = QVBoxLayout(self)
        self.intro = wrapped_label()
        self.limits = wrapped_label("muted")
        layout.addWidget(self.intro)
        layout.addWidget(self.limits)
        self.columns = columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        layout.addLayout(columns, 1)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        self.input_label = QLabel()
        self.input = QPlainTextEdit()
        self.input.setTabChangesFocus(True)  # Tab moves on; the keyboard alone reaches every control
        self.input.setMinimumHeight(100)
        self.input_label.setBuddy(self.input)
        self.input.textChanged.connect(self._typed)
        left.addWidget(self.input_label)
        left.addWidget(self.input, 1)
        row = QHBoxLayout()
        self.check_button = QPushButton()
        self.check_button.setObjectName("primary")
        self.check_button.clicked.connect(self.check)
        self.safe_button = QPushButton()
        self.safe_button.clicked.connect(self.make_safe)
        self.safe_button.setEnabled(False)
        row.addWidget(self.check_button)
        row.addWidget(self.safe_button)
        row.addStretch(1)
        left.addLayout(row)
        self.status = wrapped_label()
        left.addWidget(self.status)
        self.error = wrapped_label("error")
        self.error.hide()
        left.addWidget(self.error)

        self.list_label = QLabel()
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(90)
        self.list_label.setBuddy(self.list)
        self.list.currentRowChanged.connect(self._select_finding)
        right.addWidget(self.list_label)
        right.addWidget(self.list, 3)
        self.safe_label = QLabel()
        self.safe_box = QPlainTextEdit()
        self.safe_box.setReadOnly(True)
        self.safe_box.setTabChangesFocus(True)
        self.safe_box.setMinimumHeight(60)
        self.safe_label.setBuddy(self.safe_box)
        right.addWidget(self.safe_label)
        right.addWidget(self.safe_box, 2)
        row = QHBoxLayout()
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_safe)
        self.use_button = QPushButton()
        self.use_button.clicked.connect(self.use_safe)
        for button in (self.copy_button, self.use_button):
            button.setEnabled(False)
            row.addWidget(button)
        row.addStretch(1)
        right.addLayout(row)
        self.safe_status = wrapped_label("muted")
        right.addWidget(self.safe_status)

        QShortcut(QKeySequence("Ctrl+Return"), self, self.check)
        QShortcut(QKeySequence("Ctrl+M"), self, self.make_safe)
        QShortcut(QKeySequence("Ctrl+Shift+C"), self, self.copy_safe)
        arrange(self.columns, ctx)
        self.retranslate()

    # ---- texts -------------------------------------------------------------------------------------------
    def kind_names(self) -> dict[str, str]:
        return {"iin": self.tr("IIN"), "phone": self.tr("Phone number"), "email": self.tr("E-mail address"),
                "card": self.tr("Bank card number"), "birthdate": self.tr("Date of birth"),
                "address": self.tr("Home address"), "name": self.tr("Name"), "school": self.tr("School and class"),
                "password": self.tr("Password"), "health": self.tr("Health information")}

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Type or paste what you would send to a chatbot. Oyla marks the personal data "
                                   "in it and says why it matters, in Kazakh, Russian and English."))
        self.limits.setText(self.tr("Limits: this is a set of patterns, not understanding. It can miss personal "
                                    "data and it can mark harmless things; it marks every name, even a famous "
                                    "person's. It never sends anything anywhere: the check runs on this computer."))
        self.input_label.setText(self.tr("Your message:"))
        self.input.setPlaceholderText(self.tr("For example: Hi, I am Aliya Nurlanovna, my phone is "
                                              "+7 701 123 45 67. Help me write a letter to my teacher."))
        self.check_button.setText(self.tr("Check"))
        self.check_button.setToolTip(self.tr("Look for personal data now (Ctrl+Enter). It also checks by itself "
                                             "a moment after you stop typing."))
        self.safe_button.setText(self.tr("Make it safe"))
        self.safe_button.setToolTip(self.tr("Replace every mark with a placeholder such as [NAME] (Ctrl+M)"))
        self.list_label.setText(self.tr("What was found and why it matters:"))
        self.safe_label.setText(self.tr("Safe version to copy:"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the safe version (Ctrl+Shift+C)"))
        self.use_button.setText(self.tr("Use as my message"))
        self.use_button.setToolTip(self.tr("Put the safe version into the message box and check it again"))
        self._show_findings()
        if self.checked_text is not None:
            self.timer.start()  # checked again soon: the placeholders of the safe version in the new language

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange) and hasattr(self, "columns"):
            arrange(self.columns, self.ctx)  # (not during __init__: the columns come later)
        super().changeEvent(event)

    # ---- checking ----------------------------------------------------------------------------------------
    def _typed(self) -> None:
        self.timer.start()
        self.safe_button.setEnabled(False)

    def check(self) -> None:
        """Check the message now, on a worker."""
        self.timer.stop()
        text = self.input.toPlainText()
        if not text.strip():  # nothing to check: no verdict, not even "nothing is marked"
            self.slot.cancel()
            self.findings, self.checked_text = [], None
            self.input.setExtraSelections([])
            self.error.hide()
            self._show_findings()
            return
        self.status.setText(self.tr("Checking…"))
        self.slot.start(_check, text, self.ctx.languages.current,
                        succeeded=self._checked, failed=self._failed)

    def _failed(self, message: str) -> None:
        self.findings, self.checked_text = [], None
        self.input.setExtraSelections([])
        self.list.clear()
        self.status.setText("")
        self.error.setText(message)
        self.error.show()

    def _checked(self, result) -> None:
        text, found, safe = result
        if text != self.input.toPlainText():
            return  # typed on meanwhile: the live check follows
        self.error.hide()
        self.findings, self.checked_text, self.safe = found, text, safe
        self._highlight()
        self._show_findings()
        self.safe_button.setEnabled(bool(found))
        self.checked.emit(text, len(found))

    def _highlight(self) -> None:
        offsets = utf16_offsets(self.checked_text or "")
        marks = []
        for f in self.findings:
            colour, _symbol = kind_marker(f.kind)
            fmt = QTextCharFormat()
            background = QColor(colour)
            background.setAlpha(70)
            fmt.setBackground(background)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor(colour))
            fmt.setFontUnderline(True)
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.input.document())
            cursor.setPosition(offsets[f.start])
            cursor.setPosition(offsets[f.end], QTextCursor.MoveMode.KeepAnchor)
            selection.cursor, selection.format = cursor, fmt
            marks.append(selection)
        self.input.setExtraSelections(marks)

    def _show_findings(self) -> None:
        self.list.clear()
        if self.checked_text is None:
            self.status.setText("")
            return
        names = self.kind_names()
        for f in self.findings:
            colour, symbol = kind_marker(f.kind)
            shown = " ".join(f.text.split())
            shown = shown if len(shown) <= 60 else shown[:59] + "…"
            why = QCoreApplication.translate("share", f.why)
            item = QListWidgetItem(f"{symbol} {names[f.kind]}: «{shown}»\n{why}")
            background = QColor(colour)
            background.setAlpha(45)  # like its mark in the message; the symbol and the name say it too
            item.setBackground(background)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{names[f.kind]}: {shown}. {why}")
            self.list.addItem(item)
        if self.findings:
            self.status.setText(self.tr("Marks: %1. Change or remove them, or press Make it safe.")
                                .replace("%1", str(len(self.findings))))
        else:
            self.status.setText(self.tr("✔ Nothing is marked. Still read it once more yourself: the check can miss "
                                        "things."))

    def _select_finding(self, row: int) -> None:
        """Choosing a finding in the list selects its text in the message."""
        if not 0 <= row < len(self.findings) or self.checked_text != self.input.toPlainText():
            return
        offsets = utf16_offsets(self.checked_text)
        cursor = self.input.textCursor()
        cursor.setPosition(offsets[self.findings[row].start])
        cursor.setPosition(offsets[self.findings[row].end], QTextCursor.MoveMode.KeepAnchor)
        self.input.setTextCursor(cursor)

    # ---- the safe version --------------------------------------------------------------------------------
    def make_safe(self) -> None:
        """Show the version with placeholders and check it again (it should have nothing left to mark)."""
        if not self.findings or self.checked_text != self.input.toPlainText():
            return
        self.safe_box.setPlainText(self.safe)
        self.copy_button.setEnabled(True)
        self.use_button.setEnabled(True)
        self.safe_status.setText(self.tr("Checking the safe version…"))
        self.safe_slot.start(_recheck, self.safe, succeeded=self._safe_checked,
                             failed=self.safe_status.setText)

    def _safe_checked(self, result) -> None:
        text, found = result
        if text != self.safe_box.toPlainText():
            return
        if found:
            self.safe_status.setText(self.tr("Checked again: marks left: %1.").replace("%1", str(len(found))))
        else:
            self.safe_status.setText(self.tr("Checked again: nothing is marked."))
            self.checked.emit(text, 0)  # the message, changed until nothing is marked

    def copy_safe(self) -> None:
        if self.safe_box.toPlainText():
            QGuiApplication.clipboard().setText(self.safe_box.toPlainText())
            self.safe_status.setText(self.tr("Copied. Paste it where you need it."))

    def use_safe(self) -> None:
        if self.safe_box.toPlainText():
            cursor = self.input.textCursor()  # through the cursor, so Ctrl+Z brings the original back
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(self.safe_box.toPlainText())
            self.check()

    def shutdown(self) -> None:
        self.timer.stop()
        stop_all([self.slot, self.safe_slot], 0)
