"""The Teacher page's PIN: the screen that asks for it (or sets, changes or removes it) and the lock that keeps the
page's controls out of reach until it is entered. The PIN itself is ``app.lessons.pin`` (salted scrypt hash).

The page locks again when it is left and after ``IDLE_MS`` without a click or key press. Wrong tries make the
next one wait (counted in the PIN file); the wait runs on a QTimer, so nothing blocks. Hashing runs on a worker.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import OylaError
from app.lessons import pin
from app.ui.common.i18n import error_text
from app.ui.common.jobs import TaskSlot
from app.ui.common.widgets import watch_window

IDLE_MS = 5 * 60 * 1000
ENTER, FIRST, NEW, CHANGE, REMOVE, DAMAGED = "enter", "first", "new", "change", "remove", "damaged"


def _label(name: str = "") -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def _pin_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,8}")))
    field.setMaxLength(8)
    field.setMinimumHeight(40)
    field.setMaximumWidth(260)
    return field


def _work(_control, mode: str, current: str, new: str):
    """On a worker: check the current PIN when the mode needs it, then set, skip or remove. An Attempt that
    failed comes back as it is; None means done."""
    if mode in (ENTER, CHANGE, REMOVE):
        attempt = pin.verify(current)
        if not attempt.ok or mode == ENTER:
            return attempt
    if mode == REMOVE:
        pin.skip()
    else:
        pin.set_pin(new)
    return None


class PinScreen(QWidget):
    """Enter the PIN, set one (first opening: or skip), change it or remove it."""

    unlocked = Signal()
    done = Signal()  # a PIN was set, skipped, changed or removed
    cancelled = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.mode = ENTER
        self.slot = TaskSlot(self)
        self.wait_timer = QTimer(self)
        self.wait_timer.setSingleShot(True)
        self.wait_timer.timeout.connect(self._wait_over)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title, self.text = _label("title"), _label()
        self.current_label, self.new_label, self.again_label = QLabel(), QLabel(), QLabel()
        self.current, self.new, self.again = _pin_field(), _pin_field(), _pin_field()
        self.status, self.reset_hint = _label("error"), _label("muted")
        self.reset_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for widget in (self.title, self.text, self.current_label, self.current, self.new_label, self.new,
                       self.again_label, self.again, self.status):
            layout.addWidget(widget)
        row = QHBoxLayout()
        self.ok_button, self.skip_button, self.cancel_button = QPushButton(), QPushButton(), QPushButton()
        self.ok_button.setObjectName("primary")
        self.ok_button.setMinimumHeight(44)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.submit)
        self.skip_button.clicked.connect(self.skip)
        self.cancel_button.clicked.connect(self.cancelled)
        for field in (self.current, self.new, self.again):
            field.returnPressed.connect(self.submit)
        row.addWidget(self.ok_button)
        row.addWidget(self.skip_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.reset_hint)
        layout.addStretch(2)
        self.retranslate()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        for field in (self.current, self.new, self.again):
            field.clear()
        self.status.hide()
        self.retranslate()
        asks_current, asks_new = mode in (ENTER, CHANGE, REMOVE), mode in (FIRST, NEW, CHANGE)
        for widget, shown in ((self.current_label, asks_current), (self.current, asks_current),
                              (self.new_label, asks_new), (self.new, asks_new),
                              (self.again_label, asks_new), (self.again, asks_new),
                              (self.ok_button, mode != DAMAGED), (self.skip_button, mode == FIRST),
                              (self.cancel_button, mode in (NEW, CHANGE, REMOVE)),
                              (self.reset_hint, mode in (ENTER, DAMAGED, CHANGE, REMOVE))):
            widget.setVisible(shown)
        self._wait(pin.wait_left() if asks_current else 0.0)
        (self.current if asks_current else self.new).setFocus()

    def retranslate(self) -> None:
        titles = {ENTER: self.tr("The Teacher page is locked"), FIRST: self.tr("Set a teacher PIN"),
                  NEW: self.tr("Set a teacher PIN"), CHANGE: self.tr("Change the teacher PIN"),
                  REMOVE: self.tr("Remove the teacher PIN"), DAMAGED: self.tr("The Teacher page is locked")}
        texts = {
            ENTER: self.tr("Type the teacher PIN to change locks, consent and lesson packs."),
            FIRST: self.tr("Choose a PIN of 4 to 8 digits, so that students cannot change locks, parents' consent "
                           "or lesson packs. You can also go on without a PIN and set one later."),
            NEW: self.tr("Choose a PIN of 4 to 8 digits."),
            CHANGE: self.tr("Type the PIN you have now, then the new one twice."),
            REMOVE: self.tr("Type the PIN to remove it. Then anyone can open the Teacher page."),
            DAMAGED: self.tr("The file that keeps the teacher PIN is damaged, so the page stays locked.")}
        self.title.setText(titles[self.mode])
        self.text.setText(texts[self.mode])
        self.current_label.setText(self.tr("PIN:") if self.mode == ENTER else self.tr("PIN you have now:"))
        self.new_label.setText(self.tr("New PIN (4 to 8 digits):"))
        self.again_label.setText(self.tr("The new PIN again:"))
        for field, name in ((self.current, self.current_label), (self.new, self.new_label),
                            (self.again, self.again_label)):
            field.setAccessibleName(name.text())
        self.ok_button.setText({ENTER: self.tr("Unlock"), REMOVE: self.tr("Remove the PIN")}.get(
            self.mode, self.tr("Save the PIN")))
        self.skip_button.setText(self.tr("Go on without a PIN"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.reset_hint.setText(self.tr("Forgot the PIN? Someone with this computer's account can delete the file "
                                        "%1; then Oyla asks for a new PIN.").replace("%1", str(pin.pin_path())))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def submit(self):
        if self.slot.busy or self.wait_timer.isActive() or self.mode == DAMAGED:
            return None
        current, new = self.current.text(), self.new.text()
        if self.mode in (FIRST, NEW, CHANGE):
            if not pin.PIN_RE.match(new):
                return self._say(self.tr("A PIN is 4 to 8 digits."))
            if new != self.again.text():
                return self._say(self.tr("The two new PINs are not the same."))
        self.ok_button.setEnabled(False)
        return self.slot.start(_work, self.mode, current, new, succeeded=self._checked, failed=self._say,
                               finished=lambda: self.ok_button.setEnabled(not self.wait_timer.isActive()))

    def skip(self) -> None:
        try:
            pin.skip()
        except (OylaError, OSError) as exc:
            self._say(error_text(exc) if isinstance(exc, OylaError) else str(exc))
            return
        self.done.emit()

    def _checked(self, result) -> None:
        if result is None:
            self.done.emit()
        elif result.ok:
            self.unlocked.emit()
        else:
            self.current.clear()
            self._wait(result.wait)

    def _wait(self, seconds: float) -> None:
        if seconds <= 0:
            self._wait_over()
            return
        self._say(self.tr("That PIN is not right. You can try again in %n second(s).", "", max(1, round(seconds))))
        for widget in (self.current, self.ok_button):
            widget.setEnabled(False)
        self.wait_timer.start(int(seconds * 1000) + 50)

    def _wait_over(self) -> None:
        for widget in (self.current, self.ok_button):
            widget.setEnabled(True)
        if self.status.isVisible() and self.mode in (ENTER, CHANGE, REMOVE):
            self._say(self.tr("That PIN is not right. Try again."))
        self.current.setFocus()


class PinPanel(QGroupBox):
    """On the unlocked page: whether a PIN protects it, and set / change / remove / lock now."""

    def __init__(self, lock, parent=None):
        super().__init__(parent)
        self.lock = lock
        layout = QVBoxLayout(self)
        self.text = _label()
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.set_button, self.change_button = QPushButton(), QPushButton()
        self.remove_button, self.lock_button = QPushButton(), QPushButton()
        self.set_button.clicked.connect(lambda: lock.show_screen(NEW))
        self.change_button.clicked.connect(lambda: lock.show_screen(CHANGE))
        self.remove_button.clicked.connect(lambda: lock.show_screen(REMOVE))
        self.lock_button.clicked.connect(lock.lock)
        for button in (self.set_button, self.change_button, self.remove_button, self.lock_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.retranslate()

    def refresh(self) -> None:
        has_pin = pin.state() == pin.SET
        self.set_button.setVisible(not has_pin)
        for button in (self.change_button, self.remove_button, self.lock_button):
            button.setVisible(has_pin)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Teacher PIN"))
        self.text.setText(self.tr("A PIN protects this page. It locks again when you leave it or after 5 minutes "
                                  "without use.") if pin.state() == pin.SET else
                          self.tr("No PIN: anyone who opens this page can change locks, consent and packs."))
        self.set_button.setText(self.tr("Set a PIN…"))
        self.change_button.setText(self.tr("Change the PIN…"))
        self.remove_button.setText(self.tr("Remove the PIN…"))
        self.lock_button.setText(self.tr("Lock now"))


class TeacherLock(QObject):
    """Shows either the PIN screen or the page's content (a QStackedWidget in ``page``'s place)."""

    def __init__(self, page: QWidget, content: QWidget):
        super().__init__(page)
        self.page, self.content = page, content
        self.open = False
        self.screen = PinScreen()
        self.screen.unlocked.connect(self._unlock)
        self.screen.done.connect(self._unlock)
        self.screen.cancelled.connect(self.refresh)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.screen)
        self.stack.addWidget(content)
        self.panel = PinPanel(self)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(IDLE_MS)
        self.idle.timeout.connect(self.lock)

    @property
    def locked(self) -> bool:
        return self.stack.currentWidget() is not self.content

    def refresh(self) -> None:
        """Open only with the right PIN entered, or when the teacher chose to have none."""
        state = pin.state()
        if state == pin.SKIPPED or (state == pin.SET and self.open):
            self._show_content()
        else:
            self.open = False
            self.show_screen({pin.UNSET: FIRST, pin.DAMAGED: DAMAGED}.get(state, ENTER))

    def show_screen(self, mode: str) -> None:
        self.content.setEnabled(False)
        self._size_from(self.screen)
        self.stack.setCurrentWidget(self.screen)
        self.screen.set_mode(mode)
        self._watch(False)

    def _show_content(self) -> None:
        self.panel.refresh()
        self.content.setEnabled(True)
        self._size_from(self.content)
        self.stack.setCurrentWidget(self.content)
        self._watch(self.page.isVisible())

    def _size_from(self, shown: QWidget) -> None:
        """The page is as large as what it shows (a hidden page of the stack would otherwise set its size)."""
        for widget in (self.screen, self.content):
            policy = QSizePolicy.Policy.Preferred if widget is shown else QSizePolicy.Policy.Ignored
            widget.setSizePolicy(policy, policy)
        self.stack.updateGeometry()

    def _unlock(self) -> None:
        self.open = True
        self.refresh()

    def lock(self) -> None:
        self.open = False
        self.refresh()

    def _watch(self, on: bool) -> None:
        """While open and shown: any click, key press or wheel turn in the window restarts the idle timer."""
        watch_window(self.page, on, self)
        self.idle.stop()
        if on:
            self.idle.start()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.Wheel):
            self.idle.start()
        return False
