"""Runs the shared protocol test vectors (vectors.yaml) against any board: virtual or simulated firmware."""

from __future__ import annotations

import fnmatch
import time
from pathlib import Path

import serial
import yaml

from app.robot import protocol
from app.robot.virtual import VirtualRobot

VECTORS = Path(__file__).with_name("vectors.yaml")
BOOT = "! BOOT OYLA 1"
SENSOR_SETTLE_MS = 250  # after a sensors step: the board has measured again, and a dead sensor's reading expired
LINE_Z = 2  # the virtual robot's "disconnected" line level


def load_cases() -> list[dict]:
    return yaml.safe_load(VECTORS.read_text(encoding="utf-8"))["cases"]


def _split(lines: list[str]) -> tuple[list[str], list[str]]:
    events = [line for line in lines if line.startswith(protocol.EVENT_PREFIX)]
    return [line for line in lines if not line.startswith(protocol.EVENT_PREFIX)], events


class VirtualBoard:
    def __init__(self, kit: str = "car") -> None:
        self.now = 0.0
        self.robot = VirtualRobot(kit, clock=lambda: self.now)

    def reset(self) -> None:
        assert self.robot.reset() == [BOOT]

    def exchange(self, data: bytes, count: int) -> tuple[list[str], list[str]]:
        return _split(self.robot.feed(data))

    def wait(self, ms: int) -> list[str]:
        self.now += ms / 1000
        return _split(self.robot.poll())[1]

    def sensors(self, spec: dict) -> list[str]:
        if "dist" in spec:
            self.robot.sensor_dist = -1 if spec["dist"] == "none" else int(spec["dist"])
        if "line" in spec:
            self.robot.sensor_line = tuple(LINE_Z if v == "z" else int(v) for v in spec["line"])
        return self.wait(SENSOR_SETTLE_MS)


class SerialBoard:
    """The firmware behind a serial port (the simulator's pty); ``reset`` is the harness's reset."""

    def __init__(self, port: str, reset, sensors=None) -> None:
        self.serial = serial.Serial(port, protocol.BAUD, timeout=1.0)
        self._reset = reset
        self._sensors = sensors  # callable(spec): sets the harness's sensors and waits SENSOR_SETTLE_MS simulated

    def close(self) -> None:
        self.serial.close()

    def _line(self, timeout: float) -> str | None:
        self.serial.timeout = timeout
        raw = self.serial.readline()
        if not raw:
            return None
        assert raw.endswith(b"\n"), f"partial line {raw!r}"
        return raw.rstrip(b"\r\n").decode("ascii", errors="replace")

    def reset(self) -> None:
        self.serial.reset_input_buffer()
        self._reset()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            if self._line(1.0) == BOOT:
                return
        raise AssertionError("no boot line after reset")

    def exchange(self, data: bytes, count: int) -> tuple[list[str], list[str]]:
        self.serial.write(data)
        self.serial.flush()
        replies: list[str] = []
        events: list[str] = []
        while len(replies) < count:
            line = self._line(1.0)
            if line is None:
                break
            (events if line.startswith(protocol.EVENT_PREFIX) else replies).append(line)
        return replies, events

    def wait(self, ms: int) -> list[str]:
        time.sleep(ms / 1000)
        events = []
        while (line := self._line(0.03)) is not None:
            events.append(line)
        return events

    def sensors(self, spec: dict) -> list[str]:
        assert self._sensors is not None, "this board has no sensor control"
        self._sensors(spec)
        events = []
        while (line := self._line(0.05)) is not None:
            events.append(line)
        return events


def run_case(board, case: dict) -> None:
    board.reset()
    for number, step in enumerate(case["steps"], start=1):
        where = f"{case['name']} step {number} {step}"
        if "send" in step:
            expect = step["expect"]
            replies, events = board.exchange(step["send"].encode("latin-1"), len(expect))
            assert len(replies) == len(expect), f"{where}: got {replies}"
            for got, pattern in zip(replies, expect, strict=True):
                assert fnmatch.fnmatchcase(got, pattern), f"{where}: got {got!r}, want {pattern!r}"
        elif "sensors" in step:
            events = board.sensors(step["sensors"])
        else:
            events = board.wait(step["wait_ms"])
        wanted = step.get("events", [])
        assert len(events) == len(wanted) and all(
            fnmatch.fnmatchcase(got, pattern) for got, pattern in zip(events, wanted, strict=True)), \
            f"{where}: events {events}"
    replies, events = board.exchange(b"PING\n", 1)
    assert replies == ["OK PONG"], f"{case['name']}: stray reply before the final PING: {replies}"
