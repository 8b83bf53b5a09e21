"""The Text lab page: the share check (what may I tell a chatbot?) and the next-word machine (how does a machine
write text?), each in its own tab. It records what the student did for the lesson checks — flags and counts only,
never the text (``app.text.progress``) — under the student signed in on the Lessons page, or for the whole PC."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.text import progress
from app.ui.textlab.nextword_panel import NextWordPanel
from app.ui.textlab.share_panel import SharePanel


class TextLabPage(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.cleaning = progress.ShareCleaning()
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("title")
        layout.addWidget(self.title)
        self.tabs = QTabWidget()
        self.share = SharePanel(ctx)
        self.nextword = NextWordPanel(ctx)
        self.tabs.addTab(self.share, "")
        self.tabs.addTab(self.nextword, "")
        layout.addWidget(self.tabs, 1)
        self.share.checked.connect(self._share_checked)
        self.nextword.trained.connect(self._trained)
        self.nextword.generated.connect(lambda t: progress.add_temperature(self.ctx.student_id, t))
        self.nextword.hand_picked.connect(lambda: self._mark("nextword_hand_picked"))
        self.nextword.label_copied.connect(lambda: self._mark("ai_label_copied"))
        ctx.student_changed.connect(lambda _id: setattr(self, "cleaning", progress.ShareCleaning()))
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Text lab"))
        self.tabs.setTabText(0, self.tr("Share check"))
        self.tabs.setTabToolTip(0, self.tr("What may I tell a chatbot? (Ctrl+Tab switches tabs)"))
        self.tabs.setTabText(1, self.tr("Next-word machine"))
        self.tabs.setTabToolTip(1, self.tr("How does a machine write text? (Ctrl+Tab switches tabs)"))

    def _mark(self, flag: str) -> None:
        progress.mark(self.ctx.student_id, flag)

    def _share_checked(self, text: str, found: int) -> None:
        if self.cleaning.checked(text, found):
            self._mark("share_cleaned")

    def _trained(self, own: bool) -> None:
        self._mark("nextword_trained")
        if own:
            self._mark("nextword_own_text")

    def shutdown(self) -> None:
        self.share.shutdown()
        self.nextword.shutdown()
