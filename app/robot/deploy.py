"""Deploy safety policy: predictions in, robot commands out — only while the model is sure.

``DeployPolicy`` is pure (clock injected): a class acts only after ``frames`` consecutive predictions of
it at or above ``min_confidence``; its action is sent at once and then repeated every ``repeat_s``
while such predictions keep coming. When the model is not sure, or the class maps to no action, it
sends nothing, so the firmware watchdog stops the robot if predictions stop (app, camera or cable
dies). ``stop()`` always works and latches until ``arm()``. Each command sent is logged with why.
``Deployer`` feeds a policy's commands into a ``RobotLink`` without blocking the camera loop.

The "obstacle ahead" rule (``DeployConfig.obstacle_mm`` > 0, on a robot with the ``dist`` sensor): while the last
known distance ahead is below it, the rule's action replaces the class's action, so a lesson can compare a rule with
a learnt model. The ``Deployer`` then reads the distance itself with a ``SENSE`` when it starts and after each batch
of its own commands (SENSE never feeds the board's watchdog, so the robot still stops when the commands stop); an
``ERR OBSTACLE <mm>`` answer (the firmware's own obstacle stop) counts as a reading too. The rule's action never drives
forwards (``rule_actions``): it can only make the robot more careful than the model.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from app.errors import OylaError
from app.robot import protocol
from app.robot.kits import Kit, suggest_action
from app.robot.link import Pending, RobotLink
from app.robot.protocol import Command

LOG_SIZE = 200
ROOM_WAIT = 0.1  # s a prediction's command may wait for the link's flow-control window (a board answers in ms)
STOP_ROOM_WAIT = 1.0  # the big STOP waits longer rather than be dropped


@dataclass
class DeployConfig:
    mapping: dict[str, str | None] = field(default_factory=dict)  # class name -> action (None: nothing)
    min_confidence: float = 0.8
    frames: int = 3
    speed: int = 160  # speed cap, 0..255
    repeat_s: float = 0.2
    obstacle_mm: int = 0  # the "obstacle ahead" rule: below this distance (mm) ... (0: no rule)
    obstacle_action: str = "stop"  # ... this action replaces the class's
    obstacle_fresh_s: float = 0.5  # a distance older than this is not known any more


def drives_forward(kit: Kit, action: str) -> bool:
    """True when ``action`` sends a DRIVE that goes forwards (left + right > 0)."""
    return any(c.name == "DRIVE" and c.args[0] + c.args[1] > 0 for c in kit.commands(action))


def rule_actions(kit: Kit) -> list[str]:
    """The actions the "obstacle ahead" rule may choose: every action of the kit that does not drive forwards."""
    return [action for action in kit.actions if not drives_forward(kit, action)]


def default_mapping(labels: list[str], kit: Kit) -> dict[str, str | None]:
    """Suggested action for each class of the model (None where no name fits: that class sends nothing)."""
    return {label: suggest_action(label, kit) for label in labels}


@dataclass(frozen=True)
class LogEntry:
    """One line of the live log: what was sent (maybe nothing) and why."""

    time: float
    kind: str  # "act", "repeat", "quiet", "stop", "arm", "error"
    action: str = ""
    label: str = ""
    confidence: float = 0.0
    frames: int = 0
    commands: tuple[str, ...] = ()
    detail: str = ""  # English, for the CLI and logs
    reason: str = ""  # for "quiet": "unsure", "waiting" or "no_action" (with ``label``); for "error": "obstacle"
    # when the firmware's obstacle stop refused a forward DRIVE, so a UI needs no parsing
    rule_mm: int | None = None  # "act"/"repeat" by the obstacle rule: the distance that triggered it; "error" with
    # reason "obstacle": the distance the board saw (None: no reading)

    def text(self) -> str:
        if self.kind in ("act", "repeat"):
            again = " (again)" if self.kind == "repeat" else ""
            if self.rule_mm is not None:
                return f"{self.action}: obstacle ahead at {self.rule_mm} mm (rule, instead of '{self.label}'){again}"
            return f"{self.action}: '{self.label}' {self.confidence:.0%} for {self.frames} frames{again}"
        if self.kind == "quiet":
            return f"nothing sent: {self.detail}"
        if self.kind == "stop":
            return f"STOP ({self.detail}): robot stopped until you press Start"
        if self.kind == "arm":
            return "started: commands flow while the model is sure"
        return f"error: {self.detail}"


class DeployPolicy:
    def __init__(self, kit: Kit, config: DeployConfig, clock: Callable[[], float] = time.monotonic,
                 armed: bool = True) -> None:
        self.kit = kit
        self.config = config
        self.clock = clock
        self.log: deque[LogEntry] = deque(maxlen=LOG_SIZE)
        self.on_entry: Callable[[LogEntry], None] | None = None
        self.latched = not armed
        self.current: str | None = None  # the action being repeated
        self._label: str | None = None
        self._count = 0
        self._last_sent = 0.0
        self._distance: tuple[float, int] | None = None  # (clock time, mm) of the last distance reading

    def note_distance(self, mm: int | None) -> None:
        """A distance reading from the robot (None: the sensor gave none)."""
        self._distance = (self.clock(), mm) if mm is not None else None

    @property
    def wants_distance(self) -> bool:
        return self.config.obstacle_mm > 0

    def obstacle_ahead(self) -> int | None:
        """The distance (mm) when the obstacle rule applies now, else None."""
        if not self.wants_distance or self._distance is None:
            return None
        when, mm = self._distance
        if self.clock() - when > self.config.obstacle_fresh_s or mm >= self.config.obstacle_mm:
            return None
        return mm

    def _entry(self, kind: str, **fields: object) -> LogEntry:
        entry = LogEntry(self.clock(), kind, **fields)  # type: ignore[arg-type]
        self.log.append(entry)
        if self.on_entry is not None:
            self.on_entry(entry)
        return entry

    def note_error(self, detail: str, reason: str = "", mm: int | None = None) -> None:
        """Log a problem the link reported (the policy itself does not change)."""
        self._entry("error", detail=detail, reason=reason, rule_mm=mm)

    def _quiet(self, why: str, reason: str, label: str | None, confidence: float = 0.0) -> list[Command]:
        if self.current is not None:
            self._entry("quiet", action=self.current, detail=why, reason=reason, label=label or "",
                        confidence=confidence)
        self.current = None
        return []

    def predict(self, label: str | None, confidence: float) -> list[Command]:
        """One prediction (top class and its probability) → the commands to send now (often none)."""
        if self.latched:
            return []
        if label is None or not confidence >= self.config.min_confidence:
            self._label, self._count = None, 0
            shown = f"'{label}' {confidence:.0%}" if label is not None else "no prediction"
            return self._quiet(f"not sure ({shown})", "unsure", label, confidence)
        if label == self._label:
            self._count += 1
        else:
            self._label, self._count = label, 1
        if self._count < max(1, self.config.frames):
            return self._quiet(f"waiting for '{label}' to stay", "waiting", label, confidence)
        action = self.config.mapping.get(label)
        if action is None or action not in self.kit.actions:
            return self._quiet(f"'{label}' has no action", "no_action", label, confidence)
        rule_mm = self.obstacle_ahead()
        if rule_mm is not None and self.config.obstacle_action in rule_actions(self.kit):
            action = self.config.obstacle_action  # the rule wins over the class
        else:
            rule_mm = None
        now = self.clock()
        if action == self.current and now - self._last_sent < self.config.repeat_s - 0.001:
            return []
        kind = "repeat" if action == self.current else "act"
        self.current = action
        self._last_sent = now
        commands = self.kit.commands(action, self.config.speed)
        self._entry(kind, action=action, label=label, confidence=confidence, frames=self._count,
                    commands=tuple(c.text() for c in commands), rule_mm=rule_mm)
        return commands

    def stop(self, reason: str = "button") -> list[Command]:
        """The big STOP: always returns the STOP command and latches until ``arm()``."""
        self.latched = True
        self.current, self._label, self._count = None, None, 0
        command = protocol.stop()
        self._entry("stop", action="stop", commands=(command.text(),), detail=reason)
        return [command]

    def arm(self) -> None:
        """Start (again) after a STOP: the next confident frames count from zero."""
        self.latched = False
        self.current, self._label, self._count = None, None, 0
        self._entry("arm")


class Deployer:
    """Runs a policy against a link. ``on_prediction`` is called from the camera loop; ``stop`` from any
    thread. Writes never wait for replies, only, briefly, for room in the link's flow-control window (the link
    keeps at most ``protocol.MAX_UNANSWERED`` bytes unanswered); an ERR reply or a link error becomes a log
    entry."""

    def __init__(self, link: RobotLink, policy: DeployPolicy,
                 on_log: Callable[[LogEntry], None] | None = None) -> None:
        self.link = link
        self.policy = policy
        policy.on_entry = on_log
        self._lock = threading.Lock()
        self._pending: deque[Pending] = deque()

    def on_prediction(self, label: str | None, confidence: float) -> list[Command]:
        with self._lock:
            self._check_replies()  # a distance that just came in counts for this frame already
            commands = self.policy.predict(label, confidence)
            self._send(commands, ROOM_WAIT)
            if commands and self.policy.wants_distance:
                self._send([protocol.sense()], ROOM_WAIT)  # read between our own commands, never instead of them
        return commands

    def stop(self, reason: str = "button") -> None:
        with self._lock:
            self._send(self.policy.stop(reason), STOP_ROOM_WAIT)

    def arm(self) -> None:
        with self._lock:
            self.policy.arm()
            if self.policy.wants_distance:
                self._send([protocol.sense()], ROOM_WAIT)  # the rule knows the distance before the first command

    def _send(self, commands: list[Command], room_wait: float) -> None:
        self._check_replies()
        for command in commands:
            try:
                self._pending.append(self.link.submit(command, room_timeout=room_wait))
            except OylaError as error:
                self.policy.note_error(detail=str(error))
                return

    def _check_replies(self) -> None:
        while self._pending and self._pending[0].done():
            try:
                reply = self._pending.popleft().wait(0)
            except OylaError as error:
                self.policy.note_error(detail=str(error))
                continue
            if reply.ok and reply.fields and reply.fields[0].startswith("dist="):
                try:
                    self.policy.note_distance(protocol.parse_sense(reply).dist)
                except OylaError as error:
                    self.policy.note_error(detail=str(error))
            elif not reply.ok and reply.code == protocol.ERR_OBSTACLE:
                distance = reply.detail.strip()  # "ERR OBSTACLE <mm>", -1 when the sensor gave no reading
                mm = int(distance) if distance.isdigit() else None
                self.policy.note_distance(mm)
                self.policy.note_error(detail=f"the robot answered {reply.line()}", reason="obstacle", mm=mm)
            elif not reply.ok:
                self.policy.note_error(detail=f"the robot answered {reply.line()}")
        # Nothing else to trim: the link keeps at most MAX_UNANSWERED bytes unanswered and resolves commands
        # it gave up on, so this queue stays short even when the board stops answering.
