"""First-run consent: plain words on what the camera is for and where pictures go, then the student's (or a
parent's) consent, recorded with ``app.storage.consent``. Until consent is given the camera stays off: the camera
gate (``app.ui.common.camera_gate``) asks ``app.lessons.policy`` before any frame is shown or written.

When the teacher requires a parent's consent, the teacher notes it per student on the Teacher page; this dialog
then only says so and offers no box a child could tick. ``ask_consent(ctx, window)`` opens the dialog
(non-modal, so nothing waits on it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from app.errors import OylaError
from app.lessons import policy
from app.storage import consent, paths
from app.ui.common.i18n import LANGUAGES, error_text


class ConsentDialog(QDialog):
    """What the camera is for, where pictures go, faces; then "I agree" (or a parent's consent)."""

    consented = Signal(object)  # ConsentRecord

    def __init__(self, ctx, require_parent: bool, set_language=None, parent=None):
        super().__init__(parent)
        self.ctx, self.require_parent, self.set_language = ctx, require_parent, set_language
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.languages.current)))
        self.language.activated.connect(self._on_language)
        top.addWidget(self.title, 1)
        top.addWidget(self.language, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.body)
        self.folder = QLabel(str(paths.data_dir()))
        self.folder.setObjectName("panel")
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.folder)
        self.after = QLabel()
        self.after.setWordWrap(True)
        self.after.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.after)
        self.agree = QCheckBox()
        self.parent_box = QCheckBox()  # only when no parent's consent is required: a parent is sitting here
        self.parent_note = QLabel()  # when it is required: the teacher notes it, nobody can tick it here
        self.parent_note.setWordWrap(True)
        self.parent_note.setObjectName("muted")
        self.agree.toggled.connect(self._update)
        self.parent_box.toggled.connect(self._update)
        layout.addWidget(self.agree)
        layout.addWidget(self.parent_box)
        layout.addWidget(self.parent_note)
        self.parent_box.setVisible(not require_parent)
        self.parent_note.setVisible(require_parent)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.later_button, self.ok_button = QPushButton(), QPushButton()
        self.ok_button.setObjectName("primary")
        self.ok_button.setDefault(True)
        self.later_button.clicked.connect(self.reject)
        self.ok_button.clicked.connect(self.give_consent)
        self.reason = QLabel()  # why "I agree" cannot be pressed yet
        self.reason.setObjectName("muted")
        self.reason.setWordWrap(True)
        buttons.addWidget(self.reason, 1)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.ok_button)
        layout.addLayout(buttons)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Oyla and your camera"))
        self.title.setText(self.tr("Before you start: Oyla and your camera"))
        self.language.setAccessibleName(self.tr("Language"))
        self.body.setText(self.tr(
            "<p><b>What the camera is for.</b> In the Studio you teach the computer to recognise signs and "
            "objects, for example a fist or an open hand. For that, Oyla takes pictures with the camera while "
            "you hold the record button. The camera is only on while a page that shows it is open, and then "
            "you see a red “Camera on” sign.</p>"
            "<p><b>Where the pictures go.</b> Only into this folder on this computer. Oyla never uses the "
            "internet and sends nothing anywhere:</p>"))
        self.after.setText(self.tr(
            "<p><b>Faces are not needed.</b> Point the camera at your hands or at things, not at people. Oyla "
            "looks for faces in every picture: it marks them so you can blur them or remove them, or blurs "
            "them itself if your teacher asks for that.</p>"
            "<p><b>You decide.</b> On the My data page you can see everything Oyla keeps, export it, delete "
            "it, and take back your consent at any time.</p>"))
        self.agree.setText(self.tr("I have read this and I agree that Oyla uses the camera like this."))
        self.parent_box.setText(self.tr("A parent or guardian is giving this consent."))
        self.parent_note.setText(self.tr("Your teacher asks for your parent's or guardian's consent too. Your "
                                         "teacher records it on the Teacher page; until then the camera stays off."))
        self.later_button.setText(self.tr("Not now (camera stays off)"))
        self.ok_button.setText(self.tr("I agree"))
        self._update()

    def _on_language(self, index: int) -> None:
        code = self.language.itemData(index)
        if self.set_language is not None:
            self.set_language(code)
        else:
            self.ctx.languages.set(code)

    def _update(self) -> None:
        """“I agree” works once the box is ticked; until then a line (and its tooltip) says so."""
        ticked = self.agree.isChecked()
        self.ok_button.setEnabled(ticked)
        why = "" if ticked else self.tr("Tick “I have read this” above first.")
        self.reason.setText(why)
        self.ok_button.setToolTip(why)

    def give_consent(self) -> consent.ConsentRecord | None:
        """Record the consent (by a parent when that box is ticked) in the language the text was shown in."""
        if not self.ok_button.isEnabled():
            return None
        given_by = "parent" if self.parent_box.isChecked() and not self.require_parent else "student"
        try:
            record = consent.record_consent(given_by, self.ctx.languages.current)
        except OylaError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return None
        self.consented.emit(record)
        self.accept()
        return record


class WithdrawBox(QMessageBox):
    """Withdraw consent, keeping the data or deleting everything (``everything`` says what that removes)."""

    def __init__(self, everything: str, parent=None):
        super().__init__(QMessageBox.Icon.Question, "", "", parent=parent)
        self.everything = everything
        self.delete = self.addButton("", QMessageBox.ButtonRole.DestructiveRole)
        self.keep = self.addButton("", QMessageBox.ButtonRole.AcceptRole)
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Withdraw consent"))
        self.setText(self.tr("Withdraw your consent to using the camera? The camera is switched off until "
                             "someone agrees again.\n\nYou can also delete everything Oyla keeps: %1.")
                     .replace("%1", self.everything))
        self.delete.setText(self.tr("Withdraw and delete everything"))
        self.keep.setText(self.tr("Withdraw, keep my data"))

    def choice(self) -> bool | None:
        """Ask; True = withdraw and delete everything, False = withdraw and keep, None = cancelled."""
        self.exec()
        clicked = self.clickedButton()
        return True if clicked is self.delete else False if clicked is self.keep else None


def ask_consent(ctx, window) -> ConsentDialog:
    """Open the consent dialog; the camera gate opens as soon as consent is recorded."""
    dialog = ConsentDialog(ctx, policy.parent_consent_required(), getattr(window, "set_language", None), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.consented.connect(lambda _record: ctx.policy_changed())
    dialog.open()
    return dialog
