"""The Robot page's sensor strip: distance ahead, the two line sensors and the obstacle stop, live.

It reads ``SENSE`` about five times a second while a robot whose HELLO has the ``dist`` cap is connected (the virtual
car, or a car board built with its sensors) and the page is shown. While a model deploys, and after the big STOP
until the page is re-armed, it reads nothing: the house rule is that the app sends only the model's commands then,
so silence means stop. (SENSE never feeds the
board's watchdog either, so these reads could never keep a car moving; see docs/protocol.md, "Sensors".)

The obstacle stop's limit is chosen here and sent with ``SAFETY``; a board forgets it at a reset, so when a SENSE
answer shows another limit the chosen one is sent again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from app.errors import OylaError
from app.robot import protocol
from app.robot.link import Pending, RobotLink
from app.ui.common.widgets import FitLabel

POLL_MS = 200
LIMITS_MM = (0, 100, 150, 200, 300)  # the obstacle stop's choices (0 = off)
DEFAULT_LIMIT_MM = 150


class SensorPanel(QWidget):
    """Shows ``sense`` (the last ``protocol.Sense`` read; tests read it) and sets the obstacle limit."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.link: RobotLink | None = None
        self.caps: frozenset[str] = frozenset()
        self.paused = False
        self.sense: protocol.Sense | None = None
        self.limit = DEFAULT_LIMIT_MM
        self._pending: Pending | None = None
        self._safety: Pending | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        # one line each, of fixed height: a long translation (or "not read while…") is drawn smaller, then cut
        # short with the whole text as tooltip, instead of wrapping and pushing the drive pad down
        self.title = QLabel()  # one short word
        self.title.setObjectName("muted")
        self.distance = FitLabel()
        self.line = FitLabel()
        self.limit_label = FitLabel()
        self.limit_box = QComboBox()
        self.limit_box.currentIndexChanged.connect(self._limit_chosen)
        for label in (self.distance, self.line, self.limit_label):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft)
            label.SMALLEST = 0.8  # still readable on a projector: cut short sooner
        grid.addWidget(self.title, 0, 0)
        grid.addWidget(self.limit_label, 0, 1)
        grid.addWidget(self.limit_box, 0, 2)
        grid.addWidget(self.distance, 1, 0, 1, 3)
        grid.addWidget(self.line, 2, 0, 1, 3)
        grid.setColumnStretch(1, 1)  # the limit's label gets the room the short title does not need
        self.limit_label.setAlignment(Qt.AlignmentFlag.AlignRight)  # beside its box
        self.distance.SMALLEST = 0.55  # "Not read while a model drives or STOP is on." whole, in kk/ru too
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.retranslate()

    @property
    def has_sensors(self) -> bool:
        return "dist" in self.caps

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sensors"))
        self.limit_label.setText(self.tr("Obstacle stop:"))
        self.limit_box.setAccessibleName(self.limit_label.text())
        self.limit_box.blockSignals(True)
        self.limit_box.clear()
        for mm in LIMITS_MM:
            self.limit_box.addItem(self.tr("off") if mm == 0 else self.tr("%1 cm").replace("%1", str(mm // 10)), mm)
        self.limit_box.setCurrentIndex(LIMITS_MM.index(self.limit))
        self.limit_box.blockSignals(False)
        self._show()

    def set_link(self, link: RobotLink | None, hello: protocol.Hello | None) -> None:
        self.link = link
        self.caps = hello.caps if (link is not None and hello is not None) else frozenset()
        self.sense = None
        self._pending = self._safety = None
        self.limit_box.setEnabled(self.has_sensors)
        if self.has_sensors:
            self.timer.start()
        else:
            self.timer.stop()
        self._show()

    def set_paused(self, paused: bool) -> None:
        """True while a model deploys or the page's STOP is latched: no reads at all."""
        self.paused = paused
        self._show()

    def _limit_chosen(self, index: int) -> None:
        self.limit = LIMITS_MM[index] if 0 <= index < len(LIMITS_MM) else DEFAULT_LIMIT_MM
        self._send_limit()

    def _send_limit(self) -> None:
        if self.link is None or not self.has_sensors or self.paused:
            return
        try:
            self._safety = self.link.submit(protocol.safety(self.limit), room_timeout=0.2)
        except OylaError:
            self._safety = None  # the next SENSE answer shows the old limit: sent again then

    def poll(self) -> None:
        """One timer tick: take the last answer if it came, then ask again (never more than one SENSE waiting)."""
        if self.link is None or not self.has_sensors or self.paused or not self.isVisible():
            return
        if self._pending is not None:
            if not self._pending.done():
                return
            try:
                self.sense = protocol.parse_sense(self._pending.wait(0))
            except OylaError:
                self.sense = None
            self._pending = None
            if self.sense is not None and self.sense.safety != self.limit and \
                    (self._safety is None or self._safety.done()):
                self._send_limit()  # the board restarted (or refused it): set it again
            self._show()
        try:
            self._pending = self.link.submit(protocol.sense(), room_timeout=0.2)
        except OylaError:
            self._pending = None

    def _show(self) -> None:
        if self.link is not None and not self.has_sensors:
            self.distance.setText(self.tr("This robot has no sensors."))
            self.line.setText("")
            return
        if self.paused:
            self.distance.setText(self.tr("Not read while a model drives or STOP is on."))
            self.line.setText("")
            return
        s = self.sense
        if s is None or s.dist is None:
            self.distance.setText(self.tr("Distance ahead: no reading"))
        else:
            self.distance.setText(self.tr("Distance ahead: %1 cm").replace("%1", f"{s.dist / 10:.1f}"))
        if s is None or s.line is None:
            self.line.setText(self.tr("Line: –"))
        else:
            on, off = self.tr("line"), self.tr("floor")
            self.line.setText(self.tr("Line: left %1, right %2").replace("%1", on if s.line[0] else off)
                              .replace("%2", on if s.line[1] else off))
