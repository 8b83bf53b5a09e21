"""The virtual robot: protocol v1 in Python plus a top-down model the Robot page draws.

``VirtualRobot`` consumes command bytes and returns reply lines exactly as the firmware does (same
limits, errors, watchdog, joint limits and reversal pause, on an injectable clock). It answers every line
at once, so it keeps the flow-control rule of docs/protocol.md for any host that keeps it, like the board. Its car is a differential drive in a walled
arena: x to the right, y downwards (screen coordinates), heading in radians (0 = facing +x; a positive
change turns clockwise on screen). ``VirtualLink`` makes it a ``RobotLink``.

The car kit has the firmware's sensors: a distance sensor at the front that sees the arena's walls and its
obstacles (boxes), and two line sensors under the front that see the dark line track drawn on the floor. SENSE,
SAFETY and the obstacle stop behave as in the firmware (docs/protocol.md, "Sensors").
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from app.errors import QT_TRANSLATE_NOOP
from app.robot import protocol
from app.robot.link import LinkError, RobotLink
from app.robot.protocol import Command

FIRMWARE_VERSION = "1.2.0"  # as firmware/oyla_bot/oyla_bot.ino
ARENA_W = 200.0  # cm
ARENA_H = 150.0
ROBOT_RADIUS = 8.0
WHEEL_BASE = 12.0  # cm between the wheels
TOP_SPEED = 40.0  # cm/s of a wheel at PWM 255
MOTOR_LOG_SIZE = 1000
# Obstacles: boxes (x, y, width, height) in cm, that the distance sensor sees and the car bumps into.
OBSTACLES: tuple[tuple[float, float, float, float], ...] = ((150.0, 20.0, 22.0, 22.0), (25.0, 100.0, 18.0, 30.0))
# The line track: a closed loop of dark tape (corner points in cm), LINE_WIDTH wide.
LINE_TRACK: tuple[tuple[float, float], ...] = ((60.0, 45.0), (130.0, 45.0), (140.0, 75.0), (130.0, 105.0),
                                               (60.0, 105.0), (50.0, 75.0))
LINE_WIDTH = 2.0
SONAR_OFFSET = ROBOT_RADIUS  # the distance sensor sits at the front edge
SONAR_CONE = math.radians(10)  # it sees the nearest thing within about ±10° of straight ahead
LINE_SENSOR_AHEAD = 6.0  # cm ahead of the centre
LINE_SENSOR_SIDE = 2.0  # cm left and right of the middle (4 cm apart: both off a 2 cm line when centred)


@dataclass
class Pose:
    x: float = ARENA_W / 2
    y: float = ARENA_H / 2
    heading: float = -math.pi / 2  # facing up the screen


@dataclass
class Wheel:
    """One wheel as the firmware keeps it: the speed asked for (STATUS) and the speed on the motor pins.

    They differ only while the wheel rests at 0 before turning the other way (``REVERSE_PAUSE_MS``)."""

    wanted: int = 0
    output: int = 0
    last_direction: int = 0  # -1 or 1: direction of the last non-zero output; 0 before any
    zero_since: float = 0.0  # clock time the output last became 0

    def _output(self, speed: int, now: float) -> None:
        if speed == 0 and self.output != 0:
            self.zero_since = now
        if speed != 0:
            self.last_direction = 1 if speed > 0 else -1
        self.output = speed

    def update(self, now: float) -> None:
        """Put ``wanted`` on the pins when that is safe now (the firmware's updateWheel)."""
        if self.wanted == self.output:
            return
        direction = 1 if self.wanted > 0 else -1
        rested = self.output == 0 and (self.last_direction in (0, direction) or self.due() <= now)
        if self.wanted == 0 or (self.output != 0 and (self.output > 0) == (self.wanted > 0)) or rested:
            self._output(self.wanted, now)
        elif self.output != 0:
            self._output(0, now)

    def due(self) -> float:
        """When a waiting reversal goes onto the pins."""
        return self.zero_since + protocol.REVERSE_PAUSE_MS / 1000


@dataclass(frozen=True)
class RobotState:
    """A copy of everything the Robot page draws."""

    kit: str
    x: float
    y: float
    heading: float
    left: int  # the speeds asked for (as STATUS reports them)
    right: int
    servo: tuple[int, ...]
    led: tuple[int, int, int]
    beep_hz: int
    stopped: bool
    bumped: bool
    dist_mm: int | None = None  # what SENSE reports now (None: no reading)
    line: tuple[int, int] | None = None
    safety_mm: int = 0


class VirtualRobot:
    """A board that lives in Python. Not thread-safe: ``VirtualLink`` serialises access."""

    def __init__(self, kit: str = "car", clock: Callable[[], float] = time.monotonic) -> None:
        if kit not in protocol.KITS:
            raise ValueError(f"unknown kit {kit!r}")
        self.kit = kit
        self.clock = clock
        self.reset()

    def reset(self) -> list[str]:
        """Power-on state; returns the boot event line."""
        self._reader = protocol.CommandReader(self.kit)
        self._now = self.clock()
        self.wheels = (Wheel(zero_since=self._now), Wheel(zero_since=self._now))
        # (clock time, left, right) each time the speeds on the motor "pins" change, like the simulator's pin log
        self.motor_log: deque[tuple[float, int, int]] = deque([(self._now, 0, 0)], maxlen=MOTOR_LOG_SIZE)
        self.servo = [90] * protocol.SERVO_COUNT
        self.led = (0, 0, 0)
        self.beep_hz = 0
        self._beep_until = 0.0
        self.wd_ms = protocol.DEFAULT_WATCHDOG_MS
        self.stopped = False
        self.pose = Pose()
        self.bumped = False
        self.watchdog_count = 0
        self.safety_mm = 0
        self._events: list[str] = []  # "! OBSTACLE" lines waiting to be printed
        self._fed = self._now
        return ["! BOOT OYLA 1"]

    # Test hooks, like the simavr harness's sensor commands (they survive a reset, as the wiring does):
    # sensor_dist: None = what the arena gives, -1 = a sensor that never echoes, else mm; sensor_line: None = the
    # track, else the two levels (2 = disconnected: reads 1, the pin's pull-up, as on the board).
    sensor_dist: int | None = None
    sensor_line: tuple[int, int] | None = None

    @property
    def has_sensors(self) -> bool:
        return "dist" in protocol.KIT_CAPS[self.kit]

    def distance_mm(self) -> int | None:
        """What the distance sensor reads now: mm to the nearest wall or box ahead (None: no echo)."""
        if not self.has_sensors or self.sensor_dist == -1:
            return None
        if self.sensor_dist is not None:
            return min(self.sensor_dist, protocol.DIST_MAX_MM)
        p = self.pose
        ox = p.x + SONAR_OFFSET * math.cos(p.heading)
        oy = p.y + SONAR_OFFSET * math.sin(p.heading)
        cm = min(_ray_distance(ox, oy, p.heading + a) for a in (-SONAR_CONE, 0.0, SONAR_CONE))
        return min(round(cm * 10), protocol.DIST_MAX_MM)

    def line_levels(self) -> tuple[int, int] | None:
        """The two line sensors: 1 over the dark line."""
        if not self.has_sensors:
            return None
        if self.sensor_line is not None:
            return (min(self.sensor_line[0], 1), min(self.sensor_line[1], 1))
        p = self.pose
        levels = []
        for side in (-1, 1):  # left is -90° from the heading (y grows downwards)
            x = p.x + LINE_SENSOR_AHEAD * math.cos(p.heading) + side * LINE_SENSOR_SIDE * math.cos(p.heading + math.pi / 2)
            y = p.y + LINE_SENSOR_AHEAD * math.sin(p.heading) + side * LINE_SENSOR_SIDE * math.sin(p.heading + math.pi / 2)
            levels.append(1 if _near_track(x, y) else 0)
        return levels[0], levels[1]

    def obstacle_ahead(self) -> tuple[bool, int]:
        """(the obstacle stop forbids driving forwards now, the distance it saw: mm or -1)."""
        dist = self.distance_mm()
        mm = -1 if dist is None else dist
        return self.safety_mm > 0 and (dist is None or dist < self.safety_mm), mm

    @property
    def fed_at(self) -> float:
        """Clock time of the last OK-answered command (the watchdog counts from it)."""
        return self._fed

    @property
    def left(self) -> int:
        return self.wheels[0].wanted

    @property
    def right(self) -> int:
        return self.wheels[1].wanted

    def outputs(self) -> tuple[int, int]:
        """The signed speeds on the motor pins now (0 while a wheel rests before a reversal)."""
        return self.wheels[0].output, self.wheels[1].output

    def _drive(self, left: int, right: int) -> None:
        for wheel, speed in zip(self.wheels, (left, right), strict=True):
            wheel.wanted = speed
        self._update_wheels()

    def _update_wheels(self) -> None:
        for wheel in self.wheels:
            wheel.update(self._now)
        if self.outputs() != self.motor_log[-1][1:]:
            self.motor_log.append((self._now, *self.outputs()))

    # -- protocol ---------------------------------------------------------------------------------
    def feed(self, data: bytes) -> list[str]:
        """Bytes from the host → lines the board prints (events first if time has passed)."""
        lines = self.poll()
        for item in self._reader.feed(data):
            lines.append(self._execute(item) if isinstance(item, Command) else item.line())
            lines.extend(self._events)
            self._events.clear()
        return lines

    def poll(self) -> list[str]:
        """Let time pass up to the clock's now: move, end beeps, end reversal pauses, fire the watchdog."""
        now = self.clock()
        lines: list[str] = []
        while True:
            deadline = self._fed + self.wd_ms / 1000 if not self.stopped else math.inf
            waiting = [w.due() for w in self.wheels if w.wanted != w.output and w.output == 0]
            when = min([deadline, *waiting])
            if when > now:
                break
            self._advance(max(when, self._now))
            if when == deadline:
                self._drive(0, 0)
                self.beep_hz = 0
                self.stopped = True
                self.watchdog_count += 1
                lines.append("! WATCHDOG")
            self._update_wheels()
            lines.extend(self._events)
            self._events.clear()
        self._advance(now)
        lines.extend(self._events)
        self._events.clear()
        return lines

    def _execute(self, command: Command) -> str:
        name, args = command.name, command.args
        reply = "OK"
        if name == "HELLO":
            caps = ",".join(protocol.KIT_CAPS[self.kit])
            reply = f"OK {protocol.FIRMWARE_NAME} proto={protocol.PROTO_VERSION} fw={FIRMWARE_VERSION} " \
                    f"kit={self.kit} caps={caps}"
        elif name == "PING":
            reply = "OK PONG"
        elif name == "DRIVE":
            blocked, mm = self.obstacle_ahead()
            if blocked and args[0] + args[1] > 0:
                return protocol.CommandError(protocol.ERR_OBSTACLE, str(mm)).line()  # does not feed the watchdog
            self._drive(*args)
            self.stopped = False
        elif name == "SENSE":
            reply = self.sense_line()
        elif name == "SAFETY":
            self.safety_mm = args[0]
        elif name == "SERVO":
            self.servo[args[0]] = args[1]
        elif name == "LED":
            self.led = (args[0], args[1], args[2])
        elif name == "BEEP":
            self.beep_hz = args[0]
            self._beep_until = self._now + args[1] / 1000
        elif name == "STOP":
            self._drive(0, 0)
            self.beep_hz = 0
        elif name == "STATUS":
            reply = self.status_line()
        elif name == "WATCHDOG":
            self.wd_ms = args[0]
        if name != "SENSE":  # reading the sensors never feeds the watchdog
            self._fed = self._now
        return reply

    def status_line(self) -> str:
        servos = ",".join(str(a) for a in self.servo)
        colour = ",".join(str(c) for c in self.led)
        return f"OK left={self.left} right={self.right} servo={servos} led={colour} wd={self.wd_ms} " \
               f"stopped={int(self.stopped)}"

    def sense_line(self) -> str:
        dist = self.distance_mm()
        levels = self.line_levels()
        line = f"{levels[0]},{levels[1]}" if levels else "-1,-1"
        return f"OK dist={-1 if dist is None else dist} line={line} safety={self.safety_mm}"

    def _check_obstacle(self) -> None:
        """The firmware's obstacle stop, run after every step of the physics (the board measures every 30 ms)."""
        if self.wheels[0].wanted + self.wheels[1].wanted <= 0:
            return
        blocked, mm = self.obstacle_ahead()
        if blocked:
            self._drive(0, 0)
            self._events.append(f"! OBSTACLE {mm}")

    def state(self) -> RobotState:
        p = self.pose
        return RobotState(self.kit, p.x, p.y, p.heading, self.left, self.right, tuple(self.servo), self.led,
                          self.beep_hz, self.stopped, self.bumped, self.distance_mm(), self.line_levels(),
                          self.safety_mm)

    # -- physics ----------------------------------------------------------------------------------
    def _advance(self, until: float) -> None:
        dt = until - self._now
        if dt <= 0:
            return
        if self.beep_hz and until >= self._beep_until:
            self.beep_hz = 0
        vl = self.wheels[0].output / protocol.SPEED_MAX * TOP_SPEED  # what the motor pins say
        vr = self.wheels[1].output / protocol.SPEED_MAX * TOP_SPEED
        steps = max(1, math.ceil(dt / 0.02))
        h = dt / steps
        pose = self.pose
        start = self._now
        for step in range(1, steps + 1):
            speed = (vl + vr) / 2
            pose.heading = (pose.heading + (vl - vr) / WHEEL_BASE * h + math.pi) % (2 * math.pi) - math.pi
            x = pose.x + speed * math.cos(pose.heading) * h
            y = pose.y + speed * math.sin(pose.heading) * h
            cx = min(max(x, ROBOT_RADIUS), ARENA_W - ROBOT_RADIUS)
            cy = min(max(y, ROBOT_RADIUS), ARENA_H - ROBOT_RADIUS)
            if any(_circle_hits_box(cx, cy, box) for box in OBSTACLES):
                cx, cy = pose.x, pose.y  # against a box: stays put
            self.bumped = (cx, cy) != (x, y)
            pose.x, pose.y = cx, cy
            self._now = start + step * h
            if self.has_sensors and (vl or vr):
                self._check_obstacle()
                vl = self.wheels[0].output / protocol.SPEED_MAX * TOP_SPEED
                vr = self.wheels[1].output / protocol.SPEED_MAX * TOP_SPEED
        self._now = until


def _ray_distance(x: float, y: float, angle: float) -> float:
    """cm from (x, y) along ``angle`` to the first wall or box."""
    dx, dy = math.cos(angle), math.sin(angle)
    best = math.inf
    for t in ((0 - x) / dx if dx < 0 else math.inf, (ARENA_W - x) / dx if dx > 0 else math.inf,
              (0 - y) / dy if dy < 0 else math.inf, (ARENA_H - y) / dy if dy > 0 else math.inf):
        best = min(best, t)
    for bx, by, bw, bh in OBSTACLES:  # slab test against each box
        low, high = 0.0, math.inf
        for origin, d, lo, hi in ((x, dx, bx, bx + bw), (y, dy, by, by + bh)):
            if abs(d) < 1e-12:
                if not lo <= origin <= hi:
                    low, high = 1.0, 0.0
                continue
            t1, t2 = (lo - origin) / d, (hi - origin) / d
            low, high = max(low, min(t1, t2)), min(high, max(t1, t2))
        if low <= high:
            best = min(best, low)
    return max(best, 0.0)


def _circle_hits_box(x: float, y: float, box: tuple[float, float, float, float]) -> bool:
    bx, by, bw, bh = box
    nx, ny = min(max(x, bx), bx + bw), min(max(y, by), by + bh)
    return (x - nx) ** 2 + (y - ny) ** 2 < ROBOT_RADIUS ** 2


def _near_track(x: float, y: float) -> bool:
    """True over the dark line (within LINE_WIDTH / 2 of the track's centre line)."""
    points = LINE_TRACK
    for (ax, ay), (bx, by) in zip(points, points[1:] + points[:1], strict=True):
        vx, vy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)))
        if math.hypot(x - (ax + t * vx), y - (ay + t * vy)) <= LINE_WIDTH / 2:
            return True
    return False


class VirtualLink(RobotLink):
    """A ``RobotLink`` to a ``VirtualRobot``. With ``autopoll`` a thread lets time pass so the
    watchdog fires (and its event arrives) even when the app sends nothing."""

    name = "virtual"

    def __init__(self, robot: VirtualRobot | None = None, autopoll: bool = True,
                 delay: float = 0.0) -> None:
        super().__init__()
        self.robot = robot or VirtualRobot()
        self._delay = delay  # seconds of simulated cable delay per command (tests, demos)
        self._open = True
        self._closing = threading.Event()
        self._thread: threading.Thread | None = None
        if autopoll:
            self._thread = threading.Thread(target=self._run, name="oyla-virtual-robot", daemon=True)
            self._thread.start()

    @property
    def is_open(self) -> bool:
        return self._open

    def _write(self, data: bytes) -> None:
        if self._delay:
            time.sleep(self._delay)
        with self._lock:
            lines = self.robot.feed(data)
        for line in lines:
            self._deliver(line.encode("ascii"))

    def poll(self) -> None:
        """Let the virtual time pass now (the UI timer may call this to redraw a fresh state)."""
        with self._lock:
            lines = self.robot.poll()
        for line in lines:
            self._deliver(line.encode("ascii"))

    def reset(self) -> None:
        """Press the virtual RESET button: power-on state, unanswered commands dropped, boot event sent."""
        with self._lock:
            lines = self.robot.reset()
        for line in lines:
            self._deliver(line.encode("ascii"))

    def state(self) -> RobotState:
        """The robot as it is now (time advanced first), safe to call from the UI thread."""
        self.poll()
        with self._lock:
            return self.robot.state()

    def _run(self) -> None:
        while not self._closing.wait(0.05):
            self.poll()

    def close(self) -> None:
        self._open = False
        self._closing.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=1.0)
        self._fail_all(LinkError(QT_TRANSLATE_NOOP("errors", "The virtual robot is switched off.")))
