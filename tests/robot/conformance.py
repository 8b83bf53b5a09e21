"""A protocol client written from docs/protocol.md, and the two boards it checks: the virtual robot behind a real
pseudo-terminal, and the real firmware in simavr. Used by test_conformance.py and benchmarks/robot_roundtrip.py.

Both boards are reached the same way (pyserial on a pty). What a board *does* is read from its motor log: the
simulator's pin log for the firmware (simulated time), ``VirtualRobot.motor_log`` for the virtual robot (its clock).
"""

from __future__ import annotations

import random
import threading
import time
from pathlib import Path

import serial

from app.robot import protocol
from app.robot.link import SerialLink
from app.robot.virtual import VirtualRobot
from tests.firmware.conftest import BUILD, FIRMWARE_HEX, SimBoard
from tests.robot.ptyboard import PtyBoard

LINE_RATE = 11_520  # bytes per second at 115200 baud 8N1: no host can send faster


class Target:
    """One board under test: ``kind`` "virtual" or "firmware", built for ``kit``."""

    def __init__(self, kind: str, kit: str, folder: Path, start_sim=None) -> None:
        self.kind, self.kit = kind, kit
        self.pty: PtyBoard | None = None
        self.sim: SimBoard | None = None
        if kind == "virtual":
            self.pty = PtyBoard(folder / f"tty-virtual-{kit}", kit=kit, poll=True)
            self.port = str(self.pty.path)
        else:
            firmware = FIRMWARE_HEX if kit == "car" else BUILD / f"oyla_bot-{kit}.hex"
            self.sim = start_sim(firmware) if start_sim is not None else SimBoard(firmware)
            self.port = self.sim.port

    def motor_log_ms(self) -> list[tuple[float, int, int]]:
        """(board ms, left, right) each time the signed speeds on the motor pins change."""
        if self.pty is not None:
            with self.pty.lock:
                return [(t * 1000, left, right) for t, left, right in self.pty.robot.motor_log]
        assert self.sim is not None
        return [(t / 1000, left, right) for t, left, right in self.sim.motor_timeline()]

    def fed_ms(self) -> float:
        """Board time of the last command line the board took (call right after an OK reply)."""
        if self.pty is not None:
            with self.pty.lock:
                return self.pty.robot.fed_at * 1000
        assert self.sim is not None
        return max(t for t, name, value in self.sim.events() if name == "RX" and value == 10) / 1000

    def set_distance(self, mm: int) -> float:
        """Put an obstacle ``mm`` ahead of the distance sensor (-1: a sensor that never echoes); returns the board ms
        at which it appeared."""
        if self.pty is not None:
            with self.pty.lock:
                self.pty.robot.sensor_dist = mm
                return self.pty.robot.clock() * 1000
        assert self.sim is not None
        return self.sim.sensors(dist=mm) / 1000

    def received(self) -> int:
        """Bytes the board has taken from the host so far (the simulator may lag the host under load)."""
        if self.pty is not None:
            return len(self.pty.received)
        assert self.sim is not None
        return sum(1 for _, name, _ in self.sim.events() if name == "RX")

    def close(self) -> None:
        if self.pty is not None and self.pty.path.is_symlink():
            self.pty.unplug()
        if self.sim is not None:
            self.sim.stop()


class Client:
    """Raw lines over pyserial, as a student's program would talk to the board."""

    def __init__(self, port: str) -> None:
        self.serial = serial.Serial(port, protocol.BAUD, timeout=2.0)
        self.events: list[str] = []

    def raw_line(self, timeout: float = 3.0) -> bytes:
        self.serial.timeout = timeout
        raw = self.serial.readline()
        assert raw.endswith(protocol.REPLY_END), f"no complete \\r\\n line, got {raw!r}"
        return raw

    def reply(self, timeout: float = 3.0) -> str:
        while True:
            text = self.raw_line(timeout)[:-2].decode("ascii")
            if not text.startswith(protocol.EVENT_PREFIX):
                return text
            self.events.append(text)

    def ask(self, line: str) -> str:
        self.serial.write(line.encode("ascii") + b"\n")
        return self.reply()

    def wait_event(self, text: str, timeout: float = 5.0) -> None:
        while text not in self.events:
            line = self.raw_line(timeout)[:-2].decode("ascii")
            assert line.startswith(protocol.EVENT_PREFIX), f"unexpected reply {line!r}"
            self.events.append(line)
        self.events.remove(text)

    def settle_stopped(self) -> None:
        """Bring the board to the state ``expected_replies`` starts from: the watchdog has fired (stopped=1),
        then WATCHDOG 5000, so no time-dependent answer can differ during a burst."""
        assert self.ask("DRIVE 0 0") == "OK"
        assert self.ask("WATCHDOG 100") == "OK"
        self.wait_event("! WATCHDOG")
        assert self.ask("WATCHDOG 5000") == "OK"

    def close(self) -> None:
        self.serial.close()


# ---- bursts ---------------------------------------------------------------------------------------------------

def burst_commands(count: int = 200, seed: int = 12) -> list[str]:
    """A mixed burst: every command, some ERR answers, long STATUS replies (longer than their commands)."""
    rng = random.Random(seed)
    choices = ["PING", "STATUS", "HELLO", "LED {a} {b} {c}", "SERVO {i} {angle}", "DRIVE {s} {t}", "BEEP 0 1",
               "JUMP", "DRIVE 300 0", "STATUS", "WATCHDOG 5000", "SERVO 9 9"]
    lines = []
    for _ in range(count):
        lines.append(rng.choice(choices).format(a=rng.randrange(256), b=rng.randrange(256), c=rng.randrange(256),
                                                i=rng.randrange(4), angle=rng.randrange(40, 140),
                                                s=rng.randrange(-255, 256), t=rng.randrange(-255, 256)))
    return lines


def expected_replies(commands: list[str], kit: str = "car") -> list[str]:
    """What each line answers, one line at a time, on a board after ``Client.settle_stopped``: the virtual
    robot's answers, with its time standing still (the burst checks order and completeness, not timing)."""
    now = [0.0]
    robot = VirtualRobot(kit, clock=lambda: now[0])
    now[0] = 1.0
    assert robot.poll() == ["! WATCHDOG"]
    robot.feed(b"WATCHDOG 5000\n")
    return [robot.feed(line.encode("ascii") + b"\n")[-1] for line in commands]


def burst_through_link(port: str, commands: list[str]) -> tuple[list[str], int]:
    """Every command submitted through the app's SerialLink without waiting for replies, then all replies
    collected; returns the reply lines and the most bytes ever unanswered."""
    peak = 0
    with SerialLink(port, reconnect=False) as link:
        link.hello()
        assert link.send("WATCHDOG 5000").ok
        pendings = []
        for line in commands:
            pendings.append(link.submit(line, room_timeout=5.0))
            peak = max(peak, link.unanswered())
        replies = [p.wait(10.0, port).line() for p in pendings]
    return replies, peak


def burst_raw(client: Client, commands: list[str], window: int = protocol.MAX_UNANSWERED) -> list[str]:
    """A host that keeps the doc's flow-control rule by counting bytes itself: never more than ``window`` bytes of
    commands unanswered. Returns every reply line."""
    data = [line.encode("ascii") + b"\n" for line in commands]
    replies: list[str] = []
    sent = unanswered = 0
    while len(replies) < len(data):
        while sent < len(data) and unanswered + len(data[sent]) <= window:
            client.serial.write(data[sent])
            unanswered += len(data[sent])
            sent += 1
        replies.append(client.reply())
        unanswered -= len(data[len(replies) - 1])
    return replies


# ---- floods ---------------------------------------------------------------------------------------------------

def _bad_bytes() -> bytes:
    rng = random.Random(7)
    return bytes(rng.choice((10, rng.randrange(256))) for _ in range(512))


FLOODS: dict[str, tuple[bytes, float]] = {  # name -> (bytes repeated back to back, seconds)
    "bad lines 1.5 s": (b"x\n", 1.5),
    "bad lines 3 s": (b"x\n", 3.0),
    "over-long lines": (b"GO " + b"y" * 100 + b"\n", 1.5),
    "one endless line": (b"z" * 64, 1.5),
    "bad bytes": (_bad_bytes(), 1.5),
    # No digits and no letters t, n, h: lines that lost bytes or ran together cannot become an OK command.
    "mix": (b"GO\nDRIVE\n\x00\xff\xfe\nLED red\n" + b"w" * 60 + b"\nJUMP x\n\t\nSERVO\n\x1b[A\n", 1.5),
}


class FloodResult:
    def __init__(self, delay_ms: float | None, lines: list[bytes], log: list[tuple[float, int, int]],
                 fed_ms: float, flood_end_ms: float) -> None:
        self.delay_ms = delay_ms  # last OK-answered command -> both motor pins 0 (board time)
        self.lines = lines  # every line the board printed during the flood
        self.log = log
        self.fed_ms = fed_ms
        self.flood_end_ms = flood_end_ms

    def events(self, name: str) -> int:
        return sum(1 for line in self.lines if line.rstrip(b"\r\n") == b"! " + name.encode())


def flood_after_drive(target: Target, client: Client, pattern: bytes, seconds: float) -> FloodResult:
    """``DRIVE 90 90`` → OK, then ``pattern`` back to back at line rate for ``seconds`` while reading everything."""
    assert client.ask("DRIVE 90 90") == "OK"
    fed = target.fed_ms()
    base = target.received()
    got = bytearray()
    done = threading.Event()

    def read() -> None:  # until the flood has ended and the board has been quiet for 0.5 s
        client.serial.timeout = 0.05
        quiet_since = time.monotonic()
        while not done.is_set() or time.monotonic() - quiet_since < 0.5:
            chunk = client.serial.read(4096)
            if chunk:
                got.extend(chunk)
                quiet_since = time.monotonic()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    chunk = pattern * max(1, 128 // len(pattern))
    started = time.monotonic()
    sent = 0
    while time.monotonic() - started < seconds:
        client.serial.write(chunk)
        sent += len(chunk)
        ahead = sent / LINE_RATE - (time.monotonic() - started)
        if ahead > 0:
            time.sleep(ahead)
    client.serial.flush()
    deadline = time.monotonic() + 120
    while target.received() < base + sent and time.monotonic() < deadline:  # the whole flood reached the board
        time.sleep(0.05)
    done.set()
    reader.join(60)  # a slow (loaded) simulator may still be working through the flood
    log = target.motor_log_ms()
    end = log[-1][0] if log else 0.0
    stopped = next((t for t, left, right in log if t > fed and (left, right) == (0, 0)), None)
    lines = bytes(got).splitlines(keepends=True)
    return FloodResult(None if stopped is None else stopped - fed, lines, log, fed, end)


def status_after_flood(client: Client) -> str:
    """End any half line and ask STATUS; a loaded simulator may still be working through the flood's tail (where
    the question itself can be lost, as the doc allows beyond the window), so it asks again after 5 quiet s."""
    for _ in range(4):
        client.serial.write(b"\nSTATUS\n")
        try:
            while True:
                text = client.reply(timeout=5.0)
                if text.startswith("OK left="):
                    return text
        except AssertionError:
            continue
    raise AssertionError("no STATUS answer after the flood")
