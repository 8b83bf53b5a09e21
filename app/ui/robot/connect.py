"""The Robot page's connection bar: which robot (USB boards found by hot-plug polling, or the virtual robot), Connect,
the handshake result, the kit, and Upload firmware. Opening a port, the handshake and flashing run in workers."""

from __future__ import annotations

import contextlib
import threading

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from app.errors import Cancelled, OylaError
from app.robot import flash, ports, protocol
from app.robot.link import SerialLink
from app.robot.virtual import VirtualLink, VirtualRobot
from app.ui.common.i18n import error_text
from app.ui.common.jobs import TaskSlot, background, stop_all
from app.ui.common.widgets import FitLabel

VIRTUAL = "virtual"
POLL_MS = 1000


def open_link(control, spec: str, kit: str):
    """Worker: open the virtual robot or a serial port, then the HELLO handshake."""
    link = VirtualLink(VirtualRobot(kit)) if spec == VIRTUAL else SerialLink(spec)
    try:
        hello = link.hello()
    except OylaError:
        link.close()
        raise
    if control is not None and control.cancelled():
        link.close()
        raise Cancelled()
    return link, hello


def upload_firmware(control, port: str, baud: int, old_link, cancel: threading.Event):
    """Worker: close our own link to the board (avrdude needs the port), then flash the bundled firmware."""
    if old_link is not None:
        old_link.close()
    return flash.upload(port, baud=baud, cancel=cancel,
                        progress=lambda fraction, stage: control.progress(round(100 * fraction), 100, stage))


class ConnectionBar(QWidget):
    connected = Signal(object, object)  # RobotLink, Hello
    closing = Signal()  # the link is about to close: stop the robot now
    disconnected = Signal()
    kit_chosen = Signal(str)
    event_seen = Signal(object)  # protocol.Event, from the link's reader thread
    plugged = Signal(bool)  # the board went away (False) or came back (True)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.link = None
        self.hello: protocol.Hello | None = None
        self.list_ports = ports.list_robot_ports  # tests may swap in their own lister
        self.watcher = ports.PortWatcher(self._on_added, self._on_removed, lister=lambda: self.list_ports())
        self.slot = TaskSlot(self)
        self.flashing = TaskSlot(self)
        self._cancel_flash = threading.Event()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.port_label, self.kit_label = QLabel(), QLabel()
        self.port = QComboBox()
        self.kit = QComboBox()
        self.baud = QComboBox()
        for combo, length in ((self.port, 16), (self.kit, 8), (self.baud, 10)):  # long names are elided
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(length)
        self.port.addItem("", VIRTUAL)
        self.port.currentIndexChanged.connect(lambda _i: self._sync_buttons())
        self.connect_button = QPushButton()
        self.connect_button.setObjectName("primary")
        self.connect_button.clicked.connect(self._on_connect_clicked)
        for kit in protocol.KITS:
            self.kit.addItem(kit, kit)
        self.kit.activated.connect(self._on_kit)
        self.upload = QPushButton()
        self.upload.clicked.connect(self.upload_clicked)
        self.baud.addItem("", flash.BAUD_OPTIBOOT)
        self.baud.addItem("", flash.BAUD_OLD_BOOTLOADER)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        row = QHBoxLayout()
        for widget in (self.port_label, self.port, self.connect_button, self.kit_label, self.kit):
            row.addWidget(widget)
        self.port.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)  # room for long names
        grid.addLayout(row, 0, 0)
        row = QHBoxLayout()
        # one line of fixed height: what is connected, or a note (connecting, an error) in its place; a long text
        # is drawn smaller, then cut short with the whole text as tooltip. The bar never grows, the page never moves
        self.info = FitLabel()
        self.note = FitLabel()
        for label in (self.info, self.note):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft)
            label.SMALLEST = 0.8  # still readable on a projector: cut short sooner
            row.addWidget(label, 1)
        self.note.hide()
        for widget in (self.upload, self.baud, self.progress):
            row.addWidget(widget)
        grid.addLayout(row, 1, 0)
        self.retranslate()

    def retranslate(self) -> None:
        self.port_label.setText(self.tr("Robot:"))
        self.port.setItemText(0, self.tr("Virtual robot (on screen)"))
        self.port.setToolTip(self.tr("Plug the robot's USB cable in: it appears in this list by itself."))
        self.kit_label.setText(self.tr("Kit:"))
        titles = {"car": self.tr("Car"), "arm": self.tr("Arm"), "lights": self.tr("Lights and sound")}
        for i in range(self.kit.count()):
            self.kit.setItemText(i, titles[self.kit.itemData(i)])
        self.upload.setToolTip(self.tr("Put the Oyla program on the selected Arduino board (takes a few seconds)."))
        self.baud.setItemText(0, self.tr("Uno (115200)"))
        self.baud.setItemText(1, self.tr("Nano / older board (57600)"))
        self.baud.setToolTip(self.tr("If the upload cannot reach the board, try the other speed."))
        self._show_info()
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        texts = (self.tr("Connect"), self.tr("Disconnect"), self.tr("Cancel"))
        widest = max(self.connect_button.fontMetrics().horizontalAdvance(t) for t in texts)
        self.connect_button.setMinimumWidth(widest + 48)  # the same width whatever it says: no jumping row
        busy = self.slot.busy
        self.connect_button.setText(self.tr("Cancel") if busy else self.tr("Disconnect") if self.link
                                    else self.tr("Connect"))
        self.connect_button.setEnabled(not self.flashing.busy)
        flashing = self.flashing.busy
        self.upload.setText(self.tr("Cancel upload") if flashing else self.tr("Upload firmware"))
        self.upload.setEnabled(flashing or (self.port.currentData() != VIRTUAL and not busy))
        self.port.setEnabled(not busy and not self.flashing.busy)

    def _show_info(self) -> None:
        hello = self.hello
        if hello is None:
            self.info.setText(self.tr("Not connected."))
            self._note_tip()
            return
        caps = {"drive": self.tr("drive"), "servo": self.tr("servos"), "led": self.tr("LED"), "beep": self.tr("beep")}
        where = self.tr("virtual robot") if self.spec == VIRTUAL else self.spec
        self.info.setText(self.tr("Connected to %1: Oyla firmware %2, kit “%3”, can %4.").replace("%1", where)
                          .replace("%2", hello.fw).replace("%3", self.kit.itemText(self.kit.findData(hello.kit)))
                          .replace("%4", ", ".join(caps[c] for c in protocol.CAPS if c in hello.caps)))
        self._note_tip()

    def set_note(self, text: str, error: bool = False) -> None:
        """A note in the place of the connection line (which its tooltip still shows); "" brings the line back."""
        self.note.setObjectName("error" if error else "muted")
        self.note.style().unpolish(self.note)  # the style sheet picks the colour by object name
        self.note.style().polish(self.note)
        self.note.setText(text)
        self._note_tip()
        self.note.setVisible(bool(text))
        self.info.setVisible(not text)

    def _note_tip(self) -> None:
        self.note.setToolTip("\n\n".join(t for t in (self.note.text(), self.info.text()) if t))

    # ---- ports ---------------------------------------------------------------------------------------------
    @property
    def spec(self) -> str:
        return getattr(self.link, "name", VIRTUAL) if self.link is not None else self.port.currentData()

    def set_active(self, on: bool) -> None:
        """Poll for plugged boards only while the page is shown."""
        if on:
            self.poll()
            self.timer.start()
        else:
            self.timer.stop()

    def poll(self) -> None:
        with contextlib.suppress(OSError, ValueError):  # no port list this time: try again next second
            self.watcher.poll()

    def _on_added(self, info: ports.PortInfo) -> None:
        if self.port.findData(info.device) < 0:
            self.port.addItem(info.description, info.device)
        if self.link is None and info.likely_robot and self.port.currentData() == VIRTUAL:
            self.port.setCurrentIndex(self.port.findData(info.device))
            self.set_note(self.tr("A board was plugged in: %1. Press Connect.").replace("%1", info.description))

    def _on_removed(self, info: ports.PortInfo) -> None:
        index = self.port.findData(info.device)
        if index > 0 and (self.link is None or self.spec != info.device):
            if self.port.currentIndex() == index:
                self.port.setCurrentIndex(0)
            self.port.removeItem(index)

    # ---- connecting ----------------------------------------------------------------------------------------
    def _on_connect_clicked(self) -> None:
        if self.slot.busy:
            self.slot.cancel()
        elif self.link is not None:
            self.disconnect_link()
        else:
            self.connect_to(self.port.currentData())

    def connect_to(self, spec: str):
        self.disconnect_link()
        if spec == VIRTUAL:  # no port, no waiting: at once, so the page is complete when it first shows
            self.slot.cancel()
            try:
                self._on_open(open_link(None, VIRTUAL, self.kit.currentData()))
            except OylaError as exc:
                self.set_note(error_text(exc), error=True)
            return None
        self.set_note(self.tr("Connecting to %1…").replace("%1", self.port.currentText()
                                                             if spec == self.port.currentData() else spec))
        task = self.slot.start(open_link, spec, self.kit.currentData(),
                               succeeded=lambda result: self._on_open(result),
                               failed=lambda text: self.set_note(text, error=True),
                               cancelled=lambda: self.set_note(self.tr("Not connected.")),
                               finished=self._sync_buttons,
                               dropped=lambda result: background(result[0].close))  # opened too late: let go
        self._sync_buttons()
        return task

    def _on_open(self, result) -> None:
        link, hello = self.link, self.hello = result
        link.on_event = self.event_seen.emit
        link.on_state = self.plugged.emit
        self.kit.setCurrentIndex(self.kit.findData(hello.kit))
        self.set_note("")
        self._show_info()
        self._sync_buttons()
        self.connected.emit(link, hello)

    def disconnect_link(self) -> None:
        link = self.link
        if link is None:
            return
        self.closing.emit()
        self.link, self.hello = None, None
        link.on_event = link.on_state = None
        background(link.close)  # it joins a reader thread: not on the GUI thread
        self._show_info()
        self._sync_buttons()
        self.disconnected.emit()

    def _on_kit(self, _index: int) -> None:
        kit = self.kit.currentData()
        if isinstance(self.link, VirtualLink) and self.hello is not None and kit != self.hello.kit:
            self.connect_to(VIRTUAL)  # the virtual robot is rebuilt as the chosen kit
        elif self.hello is not None and kit != self.hello.kit:
            self.set_note(self.tr("This board's firmware says its kit is “%1”.").replace(
                "%1", self.kit.itemText(self.kit.findData(self.hello.kit))))
        self.kit_chosen.emit(kit)

    # ---- firmware ------------------------------------------------------------------------------------------
    def upload_clicked(self):
        port = self.port.currentData()
        if self.flashing.busy:
            self._cancel_flash.set()  # avrdude is stopped; the core says to upload again
            return None
        if port == VIRTUAL:
            return None
        old = None
        if self.link is not None and self.spec == port:
            old = self.link
            self.closing.emit()
            self.link, self.hello = None, None
            old.on_event = old.on_state = None
            self._show_info()
            self.disconnected.emit()
        self._cancel_flash.clear()
        self.progress.setValue(0)
        self.progress.show()
        self.set_note(self.tr("Uploading the Oyla firmware to %1… do not unplug the board.").replace("%1", port))
        task = self.flashing.start(upload_firmware, port, self.baud.currentData(), old, self._cancel_flash,
                                   progress=lambda p: self.progress.setValue(p.done),
                                   succeeded=lambda result, p=port: self._on_flashed(p, result),
                                   failed=lambda text: self.set_note(text, error=True),
                                   finished=self._flash_finished)
        self._sync_buttons()
        return task

    def _flash_finished(self) -> None:
        self.progress.hide()
        self._sync_buttons()

    def _on_flashed(self, port: str, result: flash.FlashResult) -> None:
        self.connect_to(port)
        self.set_note(self.tr("Firmware uploaded in %1 s. Connecting…").replace("%1", f"{result.seconds:.1f}"))

    def shutdown(self) -> None:
        self.timer.stop()
        self._cancel_flash.set()
        stop_all([self.slot, self.flashing], 0)
        link, self.link = self.link, None
        if link is not None:
            link.close()
