"""The Robot page: connect a robot (or use the virtual one), drive it by hand, or let the trained model drive it —
with a big STOP (button, Esc, Space) that always works and stays stopped until you start again."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.errors import OylaError
from app.lessons import policy
from app.robot import kits, protocol
from app.robot.deploy import Deployer, DeployPolicy, LogEntry
from app.robot.virtual import VirtualLink
from app.ui.common import theme
from app.ui.common.i18n import error_text
from app.ui.common.widgets import CameraView, FitLabel, watch_window, wrapped_label
from app.ui.robot.arena import ArenaView, ManualPad
from app.ui.robot.connect import ConnectionBar
from app.ui.robot.deploy import DeployPanel
from app.ui.robot.sensors import SensorPanel
from app.vision.demo import SCENES

MANUAL_REPEAT_MS = 200  # a held drive button repeats its command well inside the 500 ms watchdog


class RobotPage(QWidget):
    log_entry = Signal(object)  # LogEntry, from whichever thread the deployer ran on

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.link = None
        self.kit = kits.load_kit("car")
        self.deployer: Deployer | None = None
        self.latched = False
        self.labels: list[str] = []
        self._held: str | None = None
        self._top = ""
        self._drove = False  # a command that moves the robot went out since it last stopped
        palette = theme.HIGH_CONTRAST if ctx.settings.high_contrast else theme.NORMAL

        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.bar = ConnectionBar()
        top.addWidget(self.bar, 1)
        stop_column = QVBoxLayout()
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("danger")
        self.stop_button.setMinimumSize(170, 64)
        self.stop_button.setStyleSheet("font-size: 20pt;")
        self.stop_button.clicked.connect(lambda: self.emergency_stop("button"))
        tall = self.stop_button.sizePolicy()
        tall.setVerticalPolicy(QSizePolicy.Policy.Expanding)  # as tall as the connection bar beside it
        self.stop_button.setSizePolicy(tall)
        stop_column.addWidget(self.stop_button)
        top.addLayout(stop_column)
        outer.addLayout(top)
        # the STOPPED banner and "Allow moving again" lie over the top of the arena (placed in _place_banner), not
        # in a layout: showing them moves nothing, and the button is right under the words that name it
        self.banner = wrapped_label("error")
        self.banner.setParent(self)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.hide()
        self.rearm_button = QPushButton(self)
        self.rearm_button.clicked.connect(self.rearm)
        self.rearm_button.hide()

        columns = QHBoxLayout()
        outer.addLayout(columns, 1)
        left = QVBoxLayout()
        self.arena = ArenaView(palette)
        left.addWidget(self.arena, 1)
        self.real_note = wrapped_label("muted")
        self.real_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        no_hfw = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        no_hfw.setHeightForWidth(False)  # it has the arena's room; a wrapped label's height-for-width would make
        self.real_note.setSizePolicy(no_hfw)  # the layout take the page's preferred heights as its minimum
        self.real_note.hide()
        left.addWidget(self.real_note, 1)
        pad_row = QHBoxLayout()
        self.pad_title = wrapped_label("muted", lines=2)  # two lines kept, whatever the language: no pushing
        two_lines = self.pad_title.sizePolicy()
        two_lines.setHeightForWidth(False)
        self.pad_title.setSizePolicy(two_lines)
        self.restart_button = QPushButton()
        self.restart_button.clicked.connect(lambda: self.bar.connect_to("virtual"))  # a fresh virtual robot
        pad_row.addWidget(self.pad_title, 1)
        pad_row.addWidget(self.restart_button)
        left.addLayout(pad_row)
        self.pad = ManualPad()
        self.pad.pressed.connect(self.manual_press)
        self.pad.released.connect(self.manual_release)
        left.addWidget(self.pad)
        columns.addLayout(left, 5)

        right = QVBoxLayout()
        camera_row = QHBoxLayout()
        self.camera = CameraView()
        self.camera.setMinimumSize(184, 138)  # 4:3; down to this with a teacher's speed cap at 1280×720 in large text
        self.camera.setMaximumSize(220, 165)
        camera_row.addWidget(self.camera)
        camera_side = QVBoxLayout()
        self.top_label = FitLabel("title")  # one line of fixed height: the buttons below never move
        self.top_label.setAlignment(Qt.AlignmentFlag.AlignLeft)
        camera_side.addWidget(self.top_label)
        self.demo_buttons = {}  # "Demo camera shows: …" is each one's tooltip (no room for a line above them)
        demo_row = QGridLayout()
        for i, scene in enumerate(SCENES):
            button = QPushButton()
            button.setStyleSheet("padding: 4px 6px;")
            button.clicked.connect(lambda _=False, s=scene: self.show_demo(s))
            demo_row.addWidget(button, i // 2, i % 2)
            self.demo_buttons[scene] = button
        camera_side.addLayout(demo_row)
        camera_side.addStretch(1)
        camera_row.addLayout(camera_side, 1)
        right.addLayout(camera_row)
        self.deploy = DeployPanel()
        self.deploy.start_clicked.connect(self.toggle_deploy)
        right.addWidget(self.deploy, 1)
        self.sensors = SensorPanel()  # live sensor values (read only while no model deploys)
        left.insertWidget(2, self.sensors)  # under the arena: the right column stays short enough for 1280×720
        columns.addLayout(right, 5)

        self.manual_timer = QTimer(self)
        self.manual_timer.setInterval(MANUAL_REPEAT_MS)
        self.manual_timer.timeout.connect(self._manual_repeat)
        self.bar.connected.connect(self._on_connected)
        self.bar.closing.connect(lambda: self.emergency_stop("disconnect", latch=False))
        self.bar.disconnected.connect(self._on_disconnected)
        self.bar.kit_chosen.connect(self._on_kit)
        self.bar.event_seen.connect(self._on_event)
        self.bar.plugged.connect(self._on_plugged)
        self.log_entry.connect(self._on_log)
        ctx.vision.frame.connect(self._on_frame)
        ctx.vision.failed.connect(lambda text: self.camera.set_off(text))  # e.g. the camera gate's reason
        ctx.vision.predicted.connect(self._on_predicted)
        ctx.model_changed.connect(self._on_model_changed)
        ctx.project_changed.connect(lambda _p: self._load_labels())
        ctx.backbone.ready.connect(lambda _e: self._load_labels())
        self.deploy.set_kit(self.kit)
        self._load_labels()
        self.retranslate()
        self._sync()

    # ---- texts ---------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.stop_button.setText(self.tr("STOP"))
        self.stop_button.setToolTip(self.tr("Stops the robot at once (also Esc or Space)."))
        self.rearm_button.setText(self.tr("Allow moving again"))
        self.rearm_button.setToolTip(self.tr("Allow the robot to move again."))
        self.banner.setText(self.tr("STOPPED. Nothing moves until you press “Allow moving again”."))
        self.real_note.setText(self.tr("A real robot is connected: watch it on your desk! Keep a hand near "
                                       "the STOP button."))
        self.pad_title.setText(self.tr("Drive by hand (hold a button):"))
        self.restart_button.setText("⟲ " + self.tr("Restart"))
        self.restart_button.setToolTip(self.tr("Restart the virtual robot in the middle of the arena."))
        self.pad.set_names(self.deploy.action_names())
        names = {"fist": self.tr("Fist"), "palm": self.tr("Open hand"), "peace": self.tr("Two fingers"),
                 "empty": self.tr("Nothing")}
        for scene, button in self.demo_buttons.items():
            button.setText(names[scene])
            button.setToolTip(self.tr("Demo camera shows:") + " " + names[scene])
        self._show_top()
        self._place_banner()  # new words, new sizes

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_banner()

    def _place_banner(self) -> None:
        """The STOPPED banner lies over the top of the arena (or the real-robot note): showing it moves nothing."""
        under = self.arena if self.arena.isVisible() else self.real_note
        width = max(100, under.width() - 16)
        self.banner.ensurePolished()  # its style sheet's border and padding count in its height
        self.banner.setGeometry(under.x() + 8, under.y() + 8, width, self.banner.heightForWidth(width))
        self.banner.raise_()
        size = self.rearm_button.sizeHint()
        self.rearm_button.setGeometry(under.x() + (under.width() - size.width()) // 2,
                                      self.banner.geometry().bottom() + 8, size.width(), size.height())
        self.rearm_button.raise_()

    def heightForWidth(self, _width: int) -> int:  # noqa: N802
        """No preferred height: the page fills the window (down to its minimum) instead of growing to the
        preferred height of its wrapped labels, which pushed the drive pad out of sight."""
        return -1

    # ---- showing: camera, hot-plug polling, Esc/Space ------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802
        self.arena.palette_ = theme.HIGH_CONTRAST if self.ctx.settings.high_contrast else theme.NORMAL
        self.banner.setStyleSheet(f"border: 3px solid {self.arena.palette_.danger}; border-radius: {theme.RADIUS}px; "
                                  f"padding: 8px; font-weight: 700; background: {self.arena.palette_.panel};")
        self.ctx.vision.acquire("robot")
        self.bar.set_active(True)
        self._load_cap()
        self._load_labels()
        watch_window(self, True)  # Esc and Space are STOP
        if self.bar.link is None and not self.bar.slot.busy and self.bar.port.currentData() == "virtual":
            self.bar.connect_to("virtual")
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802
        watch_window(self, False)
        if self.deployer is not None:
            self.emergency_stop("page", latch=False)  # nobody can reach STOP from another page
        self.manual_release(self._held or "")
        self.bar.set_active(False)
        self.ctx.vision.release("robot")
        self.camera.set_off(self.tr("The camera is off."))
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Esc and Space are STOP anywhere in this window while the page is shown (the filter is on the window,
        ``watch_window``: it gets each key before the focused widget, even a text box). Space no longer
        presses the focused button here, so Enter does."""
        if event.type() == QEvent.Type.KeyPress and self.isVisible():
            key, focus = event.key(), QApplication.focusWidget()
            if key in (Qt.Key.Key_Escape, Qt.Key.Key_Space):
                if not event.isAutoRepeat():
                    self.emergency_stop("Esc" if key == Qt.Key.Key_Escape else "Space")
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(focus, QPushButton) \
                    and self.isAncestorOf(focus) and focus.isEnabled():
                focus.animateClick()
                return True
        return False

    def _load_cap(self) -> None:
        cap = policy.robot_speed_cap()  # a damaged teacher file never unlocks: the policy goes gently
        problem = policy.teacher_settings()[1]
        if problem is not None:
            self.bar.set_note(error_text(problem), error=True)
        self.deploy.set_speed_cap(cap)

    # ---- camera and model ----------------------------------------------------------------------------------
    def show_demo(self, scene: str) -> None:
        self.ctx.vision.show_demo(scene)

    def _on_frame(self, frame) -> None:
        if self.isVisible():
            self.camera.show_frame(frame.image)
            demo = self.ctx.vision.is_demo
            if demo != self.demo_buttons["fist"].isVisible():  # only touch the buttons when the source changes
                for widget in self.demo_buttons.values():
                    widget.setVisible(demo)

    def _on_predicted(self, prediction, _index: int) -> None:
        if not self.isVisible():
            return
        self._top = self.tr("Sees: %1 (%2%)").replace("%1", prediction.top).replace(
            "%2", str(round(100 * prediction.confidence))) if prediction.sure else self.tr("Not sure")
        self._show_top()
        if self.deployer is not None:
            self.deployer.on_prediction(prediction.top, prediction.confidence)

    def _show_top(self) -> None:
        text = self._top or (self.tr("No model yet") if not self.labels else "")
        if text != self.top_label.text():
            self.top_label.setText(text)

    def _load_labels(self) -> None:
        """The classes of the model the live predictions come from (the Studio loads it)."""
        predictor = self.ctx.vision.predictor
        project = self.ctx.project
        if predictor is not None:
            self._set_labels(predictor.saved.labels)
        elif project is not None and (project.model_dir / "head.safetensors").is_file():
            self._set_labels(list(project.labels))
        else:
            self._set_labels([])

    def _on_model_changed(self, saved) -> None:
        if self.isVisible():  # hidden: showing the page loads the labels (rebuilding the rows takes 20–30 ms)
            self._set_labels(saved.labels if saved is not None else [])

    def _set_labels(self, labels: list[str]) -> None:
        if list(labels) == self.labels:
            return
        if self.deployer is not None:
            self.emergency_stop("model", latch=False)
        self.labels = list(labels)
        self.deploy.set_labels(self.labels)
        self._top = ""
        self._show_top()
        self._sync()

    # ---- the link ------------------------------------------------------------------------------------------
    def _on_connected(self, link, hello) -> None:
        self.link = link
        self.sensors.set_link(link, hello)
        self.deploy.set_distance_sensor("dist" in hello.caps)
        self._on_kit(hello.kit)
        virtual = isinstance(link, VirtualLink)
        self.arena.set_link(link if virtual else None)
        self.arena.setVisible(virtual)
        self.restart_button.setVisible(virtual)
        self.real_note.setVisible(not virtual)
        self._sync()

    def _on_disconnected(self) -> None:
        self.link = None
        self.sensors.set_link(None, None)
        self.deploy.set_distance_sensor(None)
        self.arena.set_link(None)
        self._sync()

    def _on_kit(self, kit: str) -> None:
        if self.deployer is not None and kit != self.kit.kit:
            self.emergency_stop("model", latch=False)  # its mapping was for the other kit
        try:
            self.kit = kits.load_kit(kit)
        except OylaError as exc:
            self.bar.set_note(error_text(exc), error=True)
            return
        self.deploy.set_kit(self.kit)
        self.pad.set_actions(list(self.kit.actions), self.deploy.action_names())
        self._sync()

    def _on_event(self, event: protocol.Event) -> None:
        if event.name == "WATCHDOG" and self._drove:  # not the quiet one right after connecting
            self._drove = False
            self.deploy.add_log(self.tr("The robot's watchdog stopped the motors: no command came for half a "
                                        "second."), key="watchdog", merge=True)
        elif event.name == "BOOT":
            self.deploy.add_log(self.tr("The robot restarted."))

    def _on_plugged(self, present: bool) -> None:
        self.bar.set_note(self.tr("The robot is back.") if present else
                          self.tr("The robot was unplugged. Plug it in again: Oyla reconnects by itself."),
                          error=not present)

    def _send(self, commands: list[protocol.Command]) -> None:
        if self.link is None:
            return
        for command in commands:
            try:
                self.link.submit(command)
            except OylaError as exc:
                text = error_text(exc)
                self.deploy.add_log(self.tr("Problem: %1").replace("%1", text), key=f"error:{text}", merge=True)
                return

    def _sync(self) -> None:
        connected = self.link is not None
        self.pad.setEnabled(connected and not self.latched and self.deployer is None)
        self.deploy.set_blocked(self.tr("Train a model in the Studio first.") if not self.labels else
                                self.tr("Connect a robot first.") if not connected else
                                self.tr("Press “Allow moving again” first.") if self.latched else None)
        self.deploy.set_deploying(self.deployer is not None)
        self.sensors.set_paused(self.deployer is not None or self.latched)  # silent after STOP too
        self.rearm_button.setVisible(self.latched)
        self._place_banner()
        self.banner.setVisible(self.latched)

    # ---- STOP ----------------------------------------------------------------------------------------------
    def emergency_stop(self, reason: str = "button", latch: bool = True) -> None:
        """Send STOP now. With ``latch`` nothing moves again until “Allow moving again”."""
        self.manual_timer.stop()
        self._held = None
        if latch:
            self.latched = True
        deployer, self.deployer = self.deployer, None
        if deployer is not None:
            deployer.stop(self._reason(reason))  # logs STOP and why
        elif self.link is not None:
            self._send([protocol.stop()])
            if latch:
                self.deploy.add_log(self.tr("STOP → sent STOP (%1). Nothing moves until you start again.")
                                    .replace("%1", self._reason(reason)))
        self._sync()

    def _reason(self, reason: str) -> str:
        return {"button": self.tr("STOP button"), "Esc": self.tr("Esc key"), "Space": self.tr("Space key"),
                "disconnect": self.tr("disconnected"), "page": self.tr("left the Robot page"),
                "model": self.tr("the model changed"), "deploy": self.tr("Stop deploying")}.get(reason, reason)

    def rearm(self) -> None:
        self.latched = False
        self.deploy.add_log(self.tr("Moving allowed again: the robot may move."))
        self._sync()

    # ---- deploying -----------------------------------------------------------------------------------------
    def toggle_deploy(self) -> None:
        if self.deployer is not None:
            self.emergency_stop("deploy", latch=False)
            return
        if self.link is None or self.latched or not self.labels:
            return
        self.manual_release(self._held or "")
        policy = DeployPolicy(self.kit, self.deploy.config())
        self.deployer = Deployer(self.link, policy, on_log=self.log_entry.emit)
        self.deployer.arm()  # logs "started"
        self._sync()

    def _on_log(self, entry: LogEntry) -> None:
        self._drove = self._drove or any(c.startswith(("DRIVE", "BEEP")) for c in entry.commands)
        if entry.kind == "act" and entry.commands and self.ctx.project is not None:
            self.ctx.project.note_robot_drive(self.deploy.config().min_confidence, entry.action, entry.label)
        error = entry.kind == "error"  # e.g. every frame while a cable is out: one line, counted up
        self.deploy.add_log(self.deploy.entry_text(entry), key=f"error:{entry.detail}" if error else entry.action,
                            merge=entry.kind == "repeat" or error)

    # ---- driving by hand -----------------------------------------------------------------------------------
    def manual_press(self, action: str) -> None:
        if self.link is None or self.latched or self.deployer is not None:
            return
        self._held = action
        commands = self.kit.commands(action, self.deploy.config().speed)
        self._drove = self._drove or any(c.name in ("DRIVE", "BEEP") for c in commands)
        self._send(commands)
        name = self.deploy.action_names().get(action, action)
        self.deploy.add_log(self.tr("You pressed %1 → sent %2").replace("%1", name)
                            .replace("%2", "; ".join(c.text() for c in commands)))
        if action != kits.STOP_ACTION:
            self.manual_timer.start()

    def _manual_repeat(self) -> None:
        if self._held is not None and self.link is not None and not self.latched:
            self._send(self.kit.commands(self._held, self.deploy.config().speed))

    def manual_release(self, action: str) -> None:
        if self._held is None or action != self._held:
            return
        self._held = None
        self.manual_timer.stop()
        if any(c.name == "DRIVE" for c in self.kit.commands(action)):
            self._send([protocol.stop()])

    def shutdown(self) -> None:
        if self.deployer is not None or self.link is not None:
            self.emergency_stop("disconnect", latch=False)
        self.bar.shutdown()
