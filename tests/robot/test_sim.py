"""The real firmware in simavr: the shared vectors, and the app's SerialLink talking to it.

Uses the firmware harness's ``sim_board`` fixture (tests/firmware/conftest.py: ``.port`` is a pty path,
``.reset()`` restarts the chip). Until that exists, a minimal stand-in runs firmware/build/oyla_sim.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import serial

from app.robot import protocol
from app.robot.link import SerialLink
from tests.robot.vectors import SerialBoard, load_cases, run_case

pytestmark = [pytest.mark.sim, pytest.mark.skipif(sys.platform == "win32", reason="simavr runs on Linux")]

try:
    from tests.firmware.conftest import sim_board  # noqa: F401 - the harness's fixture, re-exported here
except ImportError:
    ROOT = Path(__file__).resolve().parents[2]
    SIM = ROOT / "firmware" / "build" / "oyla_sim"
    HEX = ROOT / "firmware" / "build" / "oyla_bot-car.hex"

    class _Sim:
        def __init__(self) -> None:
            self.proc = subprocess.Popen([str(SIM), str(HEX)], stdout=subprocess.PIPE, text=True)
            assert self.proc.stdout is not None
            self.port = self.proc.stdout.readline().split()[1]
            assert self.proc.stdout.readline().strip() == "READY"
            with serial.Serial(self.port, protocol.BAUD, timeout=3) as port:  # let it finish booting
                assert port.readline().startswith(b"! BOOT")

        def reset(self) -> None:
            self.proc.send_signal(signal.SIGUSR1)

    @pytest.fixture
    def sim_board():
        if not (SIM.exists() and HEX.exists()):
            pytest.skip("firmware/build/oyla_sim not built (make -C firmware)")
        sim = _Sim()
        yield sim
        sim.proc.terminate()
        sim.proc.wait(timeout=5)

CASES = load_cases()


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_firmware_keeps_the_vectors(sim_board, case):
    board = SerialBoard(sim_board.port, sim_board.reset)
    try:
        run_case(board, case)
    finally:
        board.close()


def test_serial_link_talks_to_the_firmware(sim_board):
    events: list[tuple[float, str]] = []
    got_watchdog = threading.Event()

    def on_event(event: protocol.Event) -> None:
        events.append((time.monotonic(), event.name))
        if event.name == "WATCHDOG":
            got_watchdog.set()

    with SerialLink(sim_board.port) as link:
        link.on_event = on_event
        hello = link.hello()
        assert (hello.proto, hello.kit, hello.caps) == (1, "car", frozenset(protocol.CAPS))
        for command in (protocol.ping(), protocol.servo(2, 45), protocol.led(0, 255, 0), protocol.beep(440, 50),
                        protocol.watchdog(500), protocol.stop()):
            assert link.send(command).ok, command
        assert link.send("LED 1 2 300").line() == "ERR RANGE 3"
        got_watchdog.clear()
        assert link.send(protocol.drive(120, -120)).ok
        sent = time.monotonic()
        status = protocol.parse_status(link.send(protocol.status()))
        assert (status.left, status.right, status.servo[2], status.led) == (120, -120, 45, (0, 255, 0))
        assert got_watchdog.wait(2.0)
        fired = next(t for t, name in events if name == "WATCHDOG")
        # STATUS fed the watchdog a moment after DRIVE; host-side timing is only a sanity bound here,
        # the firmware tests measure the motor pins themselves.
        assert 0.45 <= fired - sent <= 0.6
        assert protocol.parse_status(link.send(protocol.status())).stopped
