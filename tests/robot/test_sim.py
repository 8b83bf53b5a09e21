"""The real firmware in simavr: the shared vectors, and the app's SerialLink talking to it.

Uses the firmware harness's ``sim_board`` fixture (tests/firmware/conftest.py: ``.port`` is a pty path,
``.reset()`` restarts the chip, ``.motor_timeline()`` decodes the motor pins).
"""

from __future__ import annotations

import sys
import threading
import time

import pytest

from app.robot import protocol
from app.robot.link import SerialLink
from tests.firmware.conftest import BUILD
from tests.robot.vectors import SENSOR_SETTLE_MS, SerialBoard, load_cases, run_case

pytestmark = [pytest.mark.sim, pytest.mark.skipif(sys.platform == "win32", reason="simavr runs on Linux")]

CASES = load_cases()


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_firmware_keeps_the_vectors(sim_board, sim_factory, case):
    kit = case.get("kit", "car")
    if kit != "car":  # the firmware built for that kit (make builds every kit)
        sim_board = sim_factory(firmware=BUILD / f"oyla_bot-{kit}.hex")
    def sensors(spec: dict) -> None:
        dist = spec.get("dist")
        line = spec.get("line")
        applied = sim_board.sensors(dist=None if dist is None else -1 if dist == "none" else int(dist), line=line)
        sim_board.wait_sim_us(applied + SENSOR_SETTLE_MS * 1000)

    board = SerialBoard(sim_board.port, sim_board.reset, sensors)
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
        assert (hello.proto, hello.kit, hello.caps) == (1, "car", frozenset(protocol.ALL_CAPS))
        for command in (protocol.ping(), protocol.servo(2, 45), protocol.led(0, 255, 0), protocol.beep(440, 50),
                        protocol.watchdog(500), protocol.stop()):
            assert link.send(command).ok, command
        assert link.send("LED 1 2 300").line() == "ERR RANGE 3"
        got_watchdog.clear()
        assert link.send(protocol.drive(120, -120)).ok
        assert got_watchdog.wait(2.0)
        status = protocol.parse_status(link.send(protocol.status()))
        assert (status.left, status.right, status.servo[2], status.led, status.stopped) == (0, 0, 45, (0, 255, 0), True)
    # when the wheels turned and stopped, read from the motor pins of the simulated chip
    timeline = sim_board.motor_timeline()
    start = next(t for t, left, right in timeline if (left, right) == (120, -120))
    stop = next(t for t, left, right in timeline if t > start and (left, right) == (0, 0))
    assert 450_000 <= stop - start <= 550_000


WORDS = ["DRIVE", "drive", "SERVO", "LED", "BEEP", "STOP", "STATUS", "WATCHDOG", "PING", "HELLO", "x", "-0", "0", "-",
         "0000000000000000000001", "255", "-255", "256", "99999", "65536", "65791", "-65536", "4294967296", "5000",
         "50", "49", "180", "3", "+1", "1e3", "0x10", "", "  ", "\t", "\x7f", "é"]


def test_firmware_and_virtual_robot_agree_on_random_lines(sim_board):
    """Differential check beyond the vectors: the same random lines, the same answers, the same end state."""
    import random

    from tests.robot.vectors import VirtualBoard

    rng = random.Random(4)
    firmware = SerialBoard(sim_board.port, sim_board.reset)
    virtual = VirtualBoard()
    try:
        firmware.reset()
        virtual.reset()
        for board in (firmware, virtual):
            assert board.exchange(b"WATCHDOG 5000\n", 1)[0] == ["OK"]
        for _ in range(150):
            line = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 5))).encode("utf-8") + b"\n"
            want, _ = virtual.exchange(line, 1)
            got, _ = firmware.exchange(line, len(want))
            assert got == want, line
            for board in (firmware, virtual):
                board.exchange(b"PING\n", 1)  # keeps the watchdog fed on both
        assert firmware.exchange(b"STATUS\n", 1)[0] == virtual.exchange(b"STATUS\n", 1)[0]
    finally:
        firmware.close()
