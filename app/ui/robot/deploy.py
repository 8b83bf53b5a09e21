"""The deploy panel of the Robot page: class → action, how sure and for how many frames, the speed cap, the
"obstacle ahead" rule (on a robot with a distance sensor), Start/Stop, and the live log of every command sent and
why. The page owns the link and the ``Deployer``; this is the view."""

from __future__ import annotations

import re
import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.robot import protocol
from app.robot.deploy import DeployConfig, LogEntry, default_mapping, rule_actions
from app.robot.kits import Kit
from app.ui.common import theme
from app.ui.common.widgets import FitLabel, wrapped_label

LOG_LINES = 200
KEY_ROLE = 256  # Qt.UserRole: which action a line is about
TEXT_ROLE = 257
RULE_CM = (5, 150)  # the "obstacle ahead" rule's distance choices (cm)
DEFAULT_RULE_CM = 30
NAME_MIN_WIDTH = 60  # px a class name keeps beside its action


class DeployPanel(QWidget):
    start_clicked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.kit: Kit | None = None
        self.labels: list[str] = []
        self.chosen: dict[str, str | None] = {}  # the student's own choices survive a new model or kit
        self.combos: dict[str, QComboBox] = {}
        self.cap: int | None = None
        self.deploying = False
        self.has_dist: bool | None = None  # the connected robot has a distance sensor (None: no robot)
        self.rule_choice = "stop"  # the rule's action, kept across a new kit
        self._repeats = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.box = QGroupBox()
        self.box.setStyleSheet("QLabel { background: transparent; }")  # labels sit on the panel, not the window
        box = QVBoxLayout(self.box)
        box.setSpacing(4)  # tight: with a model of four classes the page still fits 1280×720
        self.hint = FitLabel("muted")  # one line (no height-for-width: the page fits by its minimum heights)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.hint)
        self.mapping_grid = QGridLayout()  # two classes a row (name, action, name, action): the rule row fits
        for column in range(4):
            self.mapping_grid.setColumnStretch(column, 1)
        self.mapping_grid.setVerticalSpacing(4)
        box.addLayout(self.mapping_grid)
        # The "obstacle ahead" rule: one row under the classes, "☐ Obstacle closer than [30 cm] → [action]"
        self.rule = QWidget()
        self.rule_check = QCheckBox()
        self.rule_check.toggled.connect(lambda _on: self._sync_rule())
        self.rule_cm = QSpinBox()
        self.rule_cm.setRange(*RULE_CM)
        self.rule_cm.setValue(DEFAULT_RULE_CM)
        self.rule_action = QComboBox()
        self.rule_action.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rule_action.setMinimumContentsLength(6)
        self.rule_action.activated.connect(lambda _i: setattr(self, "rule_choice", self.rule_action.currentData()))
        rule_row = QHBoxLayout(self.rule)
        rule_row.setContentsMargins(0, 0, 0, 0)
        rule_row.addWidget(self.rule_check)
        rule_row.addWidget(self.rule_cm)
        rule_row.addWidget(QLabel("→"))
        rule_row.addWidget(self.rule_action, 1)
        self.rule.hide()  # shown with a model's classes
        box.addWidget(self.rule)

        settings = QGridLayout()  # labels above their boxes: long translations stay narrow
        settings.setVerticalSpacing(2)
        self.confidence_label, self.frames_label, self.speed_label = QLabel(), QLabel(), QLabel()
        self.confidence = QSpinBox()
        self.confidence.setRange(50, 99)
        self.confidence.setValue(80)
        self.confidence.setSuffix(" %")
        self.frames = QSpinBox()
        self.frames.setRange(1, 30)
        self.frames.setValue(3)
        self.speed = QSpinBox()
        self.speed.setRange(0, protocol.SPEED_MAX)
        self.speed.setValue(160)
        for column, (label, spin) in enumerate(((self.confidence_label, self.confidence),
                                                 (self.frames_label, self.frames), (self.speed_label, self.speed))):
            label.setBuddy(spin)
            settings.addWidget(label, 0, column)
            settings.addWidget(spin, 1, column)
        settings.setColumnStretch(3, 1)
        box.addLayout(settings)
        self.cap_note = FitLabel("muted")
        self.cap_note.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.cap_note.hide()
        box.addWidget(self.cap_note)

        row = QHBoxLayout()
        self.start = QPushButton()
        self.start.setObjectName("primary")
        self.start.clicked.connect(self.start_clicked)
        self.blocked: str | None = None  # why Start cannot be pressed now (shown beside it and as its tooltip)
        self.status = wrapped_label(lines=2)  # room for two lines: Start does not move when the text changes
        fixed = self.status.sizePolicy()
        fixed.setHeightForWidth(False)  # two lines, not a height for its width: the page fits by its minimum
        self.status.setSizePolicy(fixed)
        row.addWidget(self.start, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.status, 1)
        box.addLayout(row)
        self.log = QListWidget()  # its title is its tooltip: no room for one more line at 1280×720 in large text
        self.log.setMinimumHeight(60)  # it grows with the window; small so the page fits 1280×720
        self.log.setWordWrap(True)
        self.log.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        box.addWidget(self.log, 1)
        layout.addWidget(self.box)
        self.retranslate()

    # ---- texts ---------------------------------------------------------------------------------------------
    def action_names(self) -> dict[str, str]:
        return {"forward": self.tr("Forward"), "back": self.tr("Back"), "left": self.tr("Left"),
                "right": self.tr("Right"), "forward_left": self.tr("Forward left"),
                "forward_right": self.tr("Forward right"), "spin": self.tr("Spin"), "honk": self.tr("Honk"),
                "stop": self.tr("Stop"), "grab": self.tr("Grab"), "release": self.tr("Release"),
                "up": self.tr("Up"), "down": self.tr("Down"), "middle": self.tr("Middle"), "red": self.tr("Red"),
                "green": self.tr("Green"), "blue": self.tr("Blue"), "yellow": self.tr("Yellow"),
                "white": self.tr("White"), "off": self.tr("Lights off"), "beep": self.tr("Beep")}

    def retranslate(self) -> None:
        self.box.setTitle(self.tr("Drive the robot with your model"))
        self.confidence_label.setText(self.tr("Sure at least"))
        self.confidence.setToolTip(self.tr("The robot only acts when the model is at least this sure."))
        self.frames_label.setText(self.tr("Frames in a row"))
        self.frames.setToolTip(self.tr("The same class must win this many camera frames in a row before the "
                                       "robot acts. More frames: calmer but slower."))
        self.speed_label.setText(self.tr("Top speed"))
        self.speed.setToolTip(self.tr("The fastest the motors may turn (0–255)."))
        self.log.setToolTip(self.tr("What the robot was told, and why:"))
        self.rule_check.setText(self.tr("Obstacle closer than"))
        self.rule_cm.setSuffix(" " + self.tr("cm"))
        self.set_speed_cap(self.cap)
        self.set_deploying(self.deploying)
        self._rebuild()

    # ---- mapping -------------------------------------------------------------------------------------------
    def set_kit(self, kit: Kit) -> None:
        self.kit = kit
        self._rebuild()

    def set_labels(self, labels: list[str]) -> None:
        self.labels = list(labels)
        self._rebuild()

    def _rebuild(self) -> None:
        self._fill_rule_actions()
        while self.mapping_grid.count():
            item = self.mapping_grid.takeAt(0)
            if item.widget():
                item.widget().hide()  # gone now, not only at the next turn of the event loop
                item.widget().deleteLater()
        self.combos = {}
        self.rule.setVisible(bool(self.labels) and self.kit is not None)
        if not self.labels:
            self.hint.setText(self.tr("Train a model in the Studio first."))  # short: fits 1280×720 in large text
            self.hint.show()
            return
        self.hint.setText(self.tr("When the camera sees a class, the robot does its action:"))
        self.hint.hide()  # the class rows say it, and their tooltips: the page fits 1280×720 in large text
        if self.kit is None:
            return
        suggested = default_mapping(self.labels, self.kit)
        names = self.action_names()
        for i, label in enumerate(self.labels):
            name = FitLabel()  # a long class name is drawn smaller, then cut short (the whole name as tooltip)
            name.setAlignment(Qt.AlignmentFlag.AlignLeft)
            name.setMinimumWidth(NAME_MIN_WIDTH)
            name.setText(f"{theme.class_symbol(i)} {label}")
            name.setStyleSheet(f"color: {theme.class_colour(i)}; font-weight: 600;")
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.addItem(self.tr("(nothing)"), None)
            for action in self.kit.actions:
                combo.addItem(names.get(action, action), action)
            action = self.chosen.get(label, suggested[label])
            index = combo.findData(action) if action in self.kit.actions else 0
            combo.setCurrentIndex(max(0, index))
            combo.setAccessibleName(label)
            combo.setToolTip(self.hint.text())
            combo.activated.connect(lambda _i, lab=label, c=combo: self.chosen.__setitem__(lab, c.currentData()))
            row, pair = divmod(i, 2)
            self.mapping_grid.addWidget(name, row, 2 * pair)
            self.mapping_grid.addWidget(combo, row, 2 * pair + 1)
            self.combos[label] = combo

    def set_action(self, label: str, action: str | None) -> None:
        """Choose the action for one class (what picking it in the list does)."""
        combo = self.combos[label]
        combo.setCurrentIndex(max(0, combo.findData(action)))
        self.chosen[label] = combo.currentData()

    def mapping(self) -> dict[str, str | None]:
        return {label: combo.currentData() for label, combo in self.combos.items()}

    # ---- the "obstacle ahead" rule -------------------------------------------------------------------------
    def _fill_rule_actions(self) -> None:
        """The kit's actions that do not drive forwards (the rule can only make the robot more careful)."""
        self.rule_action.clear()
        if self.kit is None:
            return
        names = self.action_names()
        for action in rule_actions(self.kit):
            self.rule_action.addItem(names.get(action, action), action)
        self.rule_action.setCurrentIndex(max(0, self.rule_action.findData(self.rule_choice)))

    def set_distance_sensor(self, has: bool | None) -> None:
        """Whether the connected robot has a distance sensor (HELLO's ``dist`` cap; None: no robot connected)."""
        self.has_dist = has
        self._sync_rule()

    def rule_on(self) -> bool:
        return bool(self.has_dist) and self.rule_check.isChecked() and self.rule_action.currentData() is not None

    def set_rule(self, cm: int | None, action: str = "stop") -> None:
        """Switch the rule on at ``cm`` with ``action`` (what a student does with the three controls), or off."""
        self.rule_check.setChecked(cm is not None)
        if cm is not None:
            self.rule_cm.setValue(cm)
            self.rule_action.setCurrentIndex(max(0, self.rule_action.findData(action)))
            self.rule_choice = self.rule_action.currentData()

    def _sync_rule(self) -> None:
        usable = bool(self.has_dist) and not self.deploying
        self.rule_check.setEnabled(usable)
        for widget in (self.rule_cm, self.rule_action):
            widget.setEnabled(usable and self.rule_check.isChecked())
        if not self.has_dist:
            why = (self.tr("This robot has no distance sensor.") if self.has_dist is False else
                   self.tr("Connect a robot with a distance sensor to use this rule."))
        else:
            why = self.tr("When something in front of the robot is closer than this, the robot does this action "
                          "instead of the class's action. Compare the rule with your model!")
        for widget in (self.rule_check, self.rule_cm, self.rule_action):
            widget.setToolTip(why)

    def config(self) -> DeployConfig:
        speed = self.speed.value() if self.cap is None else min(self.cap, self.speed.value())
        rule = self.rule_on()
        return DeployConfig(mapping=self.mapping(), min_confidence=self.confidence.value() / 100,
                            frames=self.frames.value(), speed=speed,
                            obstacle_mm=self.rule_cm.value() * 10 if rule else 0,
                            obstacle_action=self.rule_action.currentData() if rule else "stop")

    def set_speed_cap(self, cap: int | None) -> None:
        """The teacher's lock: the speed box cannot go above it."""
        self.cap = cap
        self.speed.setMaximum(protocol.SPEED_MAX if cap is None else cap)
        self.cap_note.setText("" if cap is None else self.tr("Your teacher set the top speed to at most %1.")
                              .replace("%1", str(cap)))
        self.cap_note.setVisible(cap is not None)

    def set_blocked(self, reason: str | None) -> None:
        """Start can be pressed only without a ``reason`` (the page decides: a model, a robot, not stopped)."""
        self.blocked = reason
        self.set_deploying(self.deploying)

    def set_deploying(self, on: bool) -> None:
        self.deploying = on
        self.start.setText(self.tr("Stop deploying") if on else self.tr("Start deploying"))
        self.start.setEnabled(on or self.blocked is None)  # Stop deploying always works
        self.start.setToolTip("" if on or self.blocked is None else self.blocked)
        self.status.setText(self.tr("Deployed: the robot follows what the camera sees.") if on else
                            self.tr("Not deployed.") if self.blocked is None or not self.labels else
                            self.blocked)  # without a model the hint above already says why
        for widget in (self.confidence, self.frames, self.speed, *self.combos.values()):
            widget.setEnabled(not on)
        self._sync_rule()

    # ---- the log -------------------------------------------------------------------------------------------
    def entry_text(self, entry: LogEntry) -> str:
        """One log entry in the student's language (the core's English is the fallback)."""
        names = self.action_names()
        action = names.get(entry.action, entry.action)
        if entry.kind in ("act", "repeat") and entry.rule_mm is not None:
            return self.tr("%1 → sent %2, because an obstacle is %3 cm ahead (the rule, instead of “%4”)").replace(
                "%1", action).replace("%2", "; ".join(entry.commands)).replace(
                "%3", str(round(entry.rule_mm / 10))).replace("%4", entry.label)
        if entry.kind in ("act", "repeat"):
            return self.tr("%1 → sent %2, because “%3” is %4% sure for %5 frames in a row").replace(
                "%1", action).replace("%2", "; ".join(entry.commands)).replace("%3", entry.label).replace(
                "%4", str(round(100 * entry.confidence))).replace("%5", str(entry.frames))
        if entry.kind == "quiet":
            return self.tr("%1 → nothing sent now (%2): the robot stops by itself in half a second").replace(
                "%1", action).replace("%2", self._why_quiet(entry.detail))
        if entry.kind == "stop":
            return self.tr("STOP → sent STOP (%1). Nothing moves until you start again.").replace(
                "%1", entry.detail)
        if entry.kind == "arm":
            return self.tr("Started: commands flow only while the model is sure.")
        if entry.kind == "error" and entry.reason == "obstacle":
            return (self.tr("The robot would not drive forwards: its distance sensor gives no reading.")
                    if entry.rule_mm is None else
                    self.tr("The robot would not drive forwards: its obstacle stop sees something %1 cm ahead.")
                    .replace("%1", str(round(entry.rule_mm / 10))))
        return self.tr("Problem: %1").replace("%1", entry.detail)

    def _why_quiet(self, detail: str) -> str:
        if detail.startswith("not sure"):
            return self.tr("the model is not sure")
        match = re.match(r"waiting for '(.*)' to stay", detail)
        if match:
            return self.tr("waiting to see “%1” for enough frames").replace("%1", match.group(1))
        match = re.match(r"'(.*)' has no action", detail)
        if match:
            return self.tr("“%1” has no action").replace("%1", match.group(1))
        return detail

    def add_log(self, text: str, key: str = "", merge: bool = False) -> None:
        """A new log line. With ``merge``, a line with the same ``key`` just before is counted up (×N) instead."""
        stamp = time.strftime("%H:%M:%S")
        last = self.log.item(self.log.count() - 1) if self.log.count() else None
        if merge and key and last is not None and last.data(KEY_ROLE) == key:
            self._repeats += 1
            last.setText(f"{last.data(TEXT_ROLE)}  ×{self._repeats + 1}")
            return
        self._repeats = 0
        self.log.addItem(f"{stamp}  {text}")
        item = self.log.item(self.log.count() - 1)
        item.setData(KEY_ROLE, key)
        item.setData(TEXT_ROLE, f"{stamp}  {text}")
        while self.log.count() > LOG_LINES:
            self.log.takeItem(0)
        self.log.scrollToBottom()

    def log_lines(self) -> list[str]:
        return [self.log.item(i).text() for i in range(self.log.count())]
