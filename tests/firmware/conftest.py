"""The real Oyla firmware on a simulated Arduino Uno (simavr), for tests.

Interface (kept stable; other test folders use it too):

    from tests.firmware.conftest import sim_board  # noqa: F401   (re-export it in your test module)

    def test_something(sim_board):
        port = serial.Serial(sim_board.port, 115200, timeout=1)  # a pty; the firmware has already booted
        sim_board.reset()            # like pressing RESET: returns once "! BOOT OYLA 1" has been sent
        sim_board.events()           # [(time_us, name, value)]: every pin change and UART byte so far
        sim_board.motor_events()     # the same, only for the motor pins (D5 D7 D8 left, D6 D4 D2 right)
        sim_board.motor_timeline()   # [(time_us, left, right)]: signed wheel speeds decoded from the pins
        sim_board.pins()             # {"D5": 0, ...}: the latest level of every pin
        sim_board.wait_for(lambda events: ..., timeout=5.0)  # poll events() until the predicate is true
        sim_board.wait_sim_us(t)     # wait until simulated time reaches t (use this instead of sleeping)
        sim_board.sensors(dist=300, line=(1, 0))  # the simulated HC-SR04 and line sensors (dist=-1: never echoes;
                                     # a line level "z": disconnected); returns the simulated time it took effect

Times are simulated microseconds; they keep counting across resets. The simulation is throttled to real time,
but on a loaded machine it can run slower: measure durations in simulated time, and keep wall-clock waits generous. Pin
values are output levels: 0 low, 255 high, 1..254 a hardware PWM duty; input pins read 0. Event names are
"D2".."D13", "A0".."A5", "RX"/"TX" (a byte into/out of the UART), "RESET", "ECHO" (the simulated HC-SR04's
echo pin), "DIST"/"NOECHO"/"LINE_L"/"LINE_R" (a sensors() change). Without sensors() the distance sensor never
echoes and both line sensors read 0. The harness is
firmware/sim/oyla_sim.c; each board gets its own temporary folder, pty link and log.

``sim_board`` is a fresh board per test running firmware/build/oyla_bot.hex. ``sim_factory(firmware=...,
bootloader=True)`` starts other boards (``bootloader=OLD_NANO_BOOTLOADER_HEX``: the old Nano bootloader at 57,600
baud instead): with ``bootloader`` the rebuilt optiboot runs at 0x7E00 and every open of
the port resets the chip (a Uno's DTR auto-reset), so avrdude can flash it. The firmware is built with make once per
session. Tests using these fixtures get the ``sim`` marker. Without avr-gcc, make, gcc or libsimavr.so.2 they are
skipped with the reason, unless OYLA_REQUIRE_SIM=1 (set it in CI), which turns a missing tool into a failure.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIRMWARE_DIR = ROOT / "firmware"
BUILD = FIRMWARE_DIR / "build"
FIRMWARE_HEX = BUILD / "oyla_bot.hex"
OPTIBOOT_HEX = BUILD / "optiboot_atmega328.hex"
# The old Nano/Duemilanove bootloader, 57,600 baud, as Debian's arduino-core-avr ships it (it works in simavr).
OLD_NANO_BOOTLOADER_HEX = Path("/usr/share/arduino/hardware/arduino/avr/bootloaders/atmega/ATmegaBOOT_168_atmega328.hex")
SIM = BUILD / "oyla_sim"
SIM_FIXTURES = {"sim_board", "sim_factory"}
SETTLE_US = 200


def _config_pins() -> dict[str, str]:
    """Motor pin names from config.h ("D5"...), so the decoding follows the sketch's configuration."""
    text = (FIRMWARE_DIR / "oyla_bot" / "config.h").read_text()
    found = dict(re.findall(r"#define (PIN_(?:LEFT|RIGHT)_\w+) (\d+)", text))
    return {name: f"D{number}" for name, number in found.items()}


MOTOR_PINS = _config_pins()


def pytest_collection_modifyitems(items):
    for item in items:
        if SIM_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.sim)


def _missing_tools() -> list[str]:
    missing = [tool for tool in ("make", "gcc", "avr-gcc", "avr-objcopy") if shutil.which(tool) is None]
    try:
        ctypes.CDLL("libsimavr.so.2")
    except OSError:
        missing.append("libsimavr.so.2")
    return missing


@functools.cache
def _build() -> str | None:
    """Build firmware, harness and optiboot once; returns why it cannot, or None."""
    if sys.platform != "linux":
        return "the simavr harness runs on Linux"
    missing = _missing_tools()
    if missing:
        return f"AVR toolchain/simulator missing ({', '.join(missing)}): run scripts/install-firmware-deps.sh"
    result = subprocess.run(["make", "-C", str(FIRMWARE_DIR), "all"], capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise RuntimeError(f"make -C firmware failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return None


def require_sim() -> None:
    """Skip (or fail under OYLA_REQUIRE_SIM=1) when the simulator cannot run; build everything once."""
    reason = _build()
    if reason is not None:
        if os.environ.get("OYLA_REQUIRE_SIM") == "1":
            pytest.fail(reason)
        pytest.skip(reason)


class SimBoard:
    """One running oyla_sim process: a simulated Uno behind a pty."""

    def __init__(self, firmware: Path | None = FIRMWARE_HEX, bootloader: bool | Path = False) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="oyla-sim-"))
        self.port = str(self.folder / "ttyUNO")
        self.log_path = self.folder / "pins.log"
        args = [str(SIM), "-l", str(self.log_path), "-t", self.port, "-s"]
        if bootloader:  # True: the Uno's optiboot; or the path of another bootloader's .hex
            args += ["-b", str(OPTIBOOT_HEX if bootloader is True else bootloader)]
        if firmware is not None:
            args.append(str(firmware))
        self._events: list[tuple[int, str, int]] = []
        self._offset = 0
        with open(self.folder / "stderr.txt", "wb") as errors:  # the child keeps its own handle
            self.proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors,
                                         text=True)
        assert self.proc.stdout is not None
        lines = [self.proc.stdout.readline().strip() for _ in range(2)]
        if lines[1] != "READY":
            problem = (self.folder / "stderr.txt").read_text(errors="replace")
            self.stop()
            raise RuntimeError(f"oyla_sim did not start: {lines} {problem}")
        self.pty = lines[0].split(" ", 1)[1]
        if firmware is not None:  # the sketch starts at once (optiboot too skips to it after power-on)
            self._wait_line_after(0, timeout=5.0)

    # -- the log ----------------------------------------------------------------------------------
    def events(self) -> list[tuple[int, str, int]]:
        """Every logged change so far, oldest first: (time_us, name, value)."""
        with open(self.log_path, "rb") as log:
            log.seek(self._offset)
            data = log.read()
        complete = data[: data.rfind(b"\n") + 1]
        self._offset += len(complete)
        for line in complete.decode("ascii").splitlines():
            when, name, value = line.split()
            self._events.append((int(when), name, int(value)))
        return list(self._events)

    def motor_events(self) -> list[tuple[int, str, int]]:
        pins = set(MOTOR_PINS.values())
        return [event for event in self.events() if event[1] in pins]

    def pins(self) -> dict[str, int]:
        levels: dict[str, int] = {}
        for _, name, value in self.events():
            if name[0] in "DA":
                levels[name] = value
        return levels

    def motor_timeline(self) -> list[tuple[int, int, int]]:
        """(time_us, left, right) each time the signed wheel speeds change, decoded from the pins (L298N
        wiring, pins from config.h). Pin changes less than SETTLE_US apart count as one change, at the time of
        the first: the firmware sets a motor's pins one after the other."""
        levels: dict[str, int] = {}
        timeline: list[tuple[int, int, int]] = [(0, 0, 0)]
        for when, name, value in self.motor_events():
            levels[name] = value
            speeds = (self._speed(levels, "LEFT"), self._speed(levels, "RIGHT"))
            if len(timeline) > 1 and when - timeline[-1][0] <= SETTLE_US:
                when = timeline.pop()[0]
            if speeds != timeline[-1][1:]:
                timeline.append((when, *speeds))
        return timeline

    @staticmethod
    def _speed(levels: dict[str, int], side: str) -> int:
        duty = levels.get(MOTOR_PINS[f"PIN_{side}_PWM"], 0)
        forwards = levels.get(MOTOR_PINS[f"PIN_{side}_DIR1"], 0) == 255
        backwards = levels.get(MOTOR_PINS[f"PIN_{side}_DIR2"], 0) == 255
        return duty if forwards and not backwards else -duty if backwards and not forwards else 0

    def sim_time_us(self) -> int:
        """The latest simulated time in the log (servo pulses log something at least every 20 ms)."""
        events = self.events()
        return events[-1][0] if events else 0

    def wait_sim_us(self, until_us: int, timeout: float = 10.0) -> None:
        """Wait until simulated time has reached ``until_us`` (under load the simulation may run slower than
        real time, so tests wait on simulated time rather than sleeping)."""
        self.wait_for(lambda events: events and events[-1][0] >= until_us, timeout)

    def wait_for(self, predicate: Callable[[list[tuple[int, str, int]]], object], timeout: float = 5.0):
        deadline = time.monotonic() + timeout
        while True:
            result = predicate(self.events())
            if result:
                return result
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise AssertionError(f"simulated board: condition not met within {timeout} s")
            time.sleep(0.01)

    def _wait_line_after(self, index: int, timeout: float) -> None:
        """Wait until the firmware has sent a complete line after events()[index] (its boot line)."""
        self.wait_for(lambda events: any(name == "TX" and value == 10 for _, name, value in events[index:]),
                      timeout)

    # -- control ----------------------------------------------------------------------------------
    def sensors(self, dist: int | None = None, line: tuple[object, object] | None = None,
                timeout: float = 5.0) -> int:
        """Change the simulated sensors (dist in mm, -1 for a sensor that never echoes; line levels 0, 1 or "z"
        for disconnected). Returns the simulated time (us) at which the change took effect."""
        assert self.proc.stdin is not None
        commands, names = [], []
        if dist is not None:
            commands.append("dist none" if dist < 0 else f"dist {int(dist)}")
            names.append("NOECHO" if dist < 0 else "DIST")
        if line is not None:
            commands.append(f"line {line[0]} {line[1]}")
            names.append("LINE_R")
        start = len(self.events())
        self.proc.stdin.write("".join(c + "\n" for c in commands))
        self.proc.stdin.flush()
        found = self.wait_for(lambda events: all(any(e[1] == n for e in events[start:]) for n in names) and
                              max(e[0] for e in events[start:] if e[1] in names), timeout)
        return int(found)

    def reset(self, timeout: float = 5.0) -> None:
        """Reset the chip (SIGUSR1) and wait until the firmware has printed its boot line."""
        start = len(self.events())
        self.proc.send_signal(signal.SIGUSR1)
        at = self.wait_for(lambda events: next(
            (i + 1 for i in range(start, len(events)) if events[i][1] == "RESET"), None), timeout)
        self._wait_line_after(at, timeout)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        for stream in (self.proc.stdout, self.proc.stdin):
            if stream is not None:
                with contextlib.suppress(OSError):  # the harness is gone: nothing to flush into
                    stream.close()
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture
def sim_factory():
    """Start simulated boards: ``sim_factory(firmware=path or None, bootloader=False)``; all stop at teardown."""
    require_sim()
    boards: list[SimBoard] = []

    def start(firmware: Path | None = FIRMWARE_HEX, bootloader: bool | Path = False) -> SimBoard:
        boards.append(SimBoard(firmware, bootloader))
        return boards[-1]

    yield start
    for board in boards:
        board.stop()


@pytest.fixture
def sim_board():
    """A fresh simulated Uno running the Oyla firmware (see the module docstring)."""
    require_sim()
    board = SimBoard()
    yield board
    board.stop()
