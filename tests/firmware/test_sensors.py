"""The car's sensors, proved in simavr from the pins: the harness answers the firmware's trigger pulses with echo
pulses timed from a distance the test sets, and drives the line-sensor pins (tests/firmware/conftest.py sensors()).

The obstacle stop is measured from the moment the simulated obstacle moves inside the limit (the harness's DIST
event) to both motor pins off, in simulated time. Target (issue 12): ≤ 60 ms.
"""

from __future__ import annotations

import re

import serial

OBSTACLE_STOP_MS = 60
REVERSE_PAUSE_US = 50_000


def ask(port: serial.Serial, line: str) -> str:
    port.write(line.encode() + b"\n")
    while True:
        reply = port.readline().decode().rstrip("\r\n")
        assert reply, f"no reply to {line}"
        if not reply.startswith("! "):
            return reply


def obstacle_stop_us(sim, port: serial.Serial, speed: int = 150, limit: int = 300, far: int = 1000,
                     near: int = 200) -> int:
    """Drive forwards with the limit on and nothing near, move an obstacle inside the limit; returns the simulated
    µs from that moment to both motor pins at 0 (also used by benchmarks/robot_roundtrip.py)."""
    applied = sim.sensors(dist=far)
    sim.wait_sim_us(applied + 100_000)  # a reading of the far wall
    assert ask(port, "WATCHDOG 5000") == "OK"
    assert ask(port, f"SAFETY {limit}") == "OK"
    assert ask(port, f"DRIVE {speed} {speed}") == "OK"
    sim.wait_for(lambda _: sim.motor_timeline()[-1][1:] == (speed, speed))
    moved = sim.sensors(dist=near)
    sim.wait_for(lambda _: sim.motor_timeline()[-1][1:] == (0, 0), timeout=5.0)
    stopped = next(t for t, left, right in sim.motor_timeline() if t >= moved and (left, right) == (0, 0))
    return stopped - moved


def test_obstacle_stop_from_the_echo_to_the_motor_pins(sim_board):
    with serial.Serial(sim_board.port, 115200, timeout=3) as port:
        delays = []
        for _ in range(3):
            delays.append(obstacle_stop_us(sim_board, port))
            assert port.readline().startswith(b"! OBSTACLE 19")  # once, with the distance it saw (~200 mm)
            assert ask(port, "DRIVE 100 100").startswith("ERR OBSTACLE 19")  # refused while it is closer
            assert ask(port, "STATUS").startswith("OK left=0 right=0 ")
            assert ask(port, "SAFETY 0") == "OK" and ask(port, "STOP") == "OK"
        assert all(0 < d <= OBSTACLE_STOP_MS * 1000 for d in delays), delays


def test_backing_away_and_turning_stay_possible(sim_board):
    with serial.Serial(sim_board.port, 115200, timeout=3) as port:
        obstacle_stop_us(sim_board, port)
        port.readline()  # ! OBSTACLE
        assert ask(port, "DRIVE -120 -120") == "OK"
        sim_board.wait_for(lambda _: sim_board.motor_timeline()[-1][1:] == (-120, -120))
        assert ask(port, "DRIVE 120 -120") == "OK"  # turning in place: the reversal rest, then it turns
        sim_board.wait_for(lambda _: sim_board.motor_timeline()[-1][1:] == (120, -120))
        timeline = sim_board.motor_timeline()
        assert timeline[-2][1:] == (0, -120) and timeline[-1][0] - timeline[-2][0] >= REVERSE_PAUSE_US - 100
        backing = sim_board.sensors(dist=500)  # backed away: forwards is allowed again
        sim_board.wait_sim_us(backing + 100_000)
        assert ask(port, "DRIVE 120 120") == "OK"
        sim_board.wait_for(lambda _: sim_board.motor_timeline()[-1][1:] == (120, 120))


def test_a_sensor_that_never_echoes_stops_the_car_when_the_limit_is_on(sim_board):
    with serial.Serial(sim_board.port, 115200, timeout=3) as port:
        applied = sim_board.sensors(dist=800)
        sim_board.wait_sim_us(applied + 100_000)
        for line in ("WATCHDOG 5000", "SAFETY 250", "DRIVE 90 90"):
            assert ask(port, line) == "OK"
        sim_board.wait_for(lambda _: sim_board.motor_timeline()[-1][1:] == (90, 90))
        dead = sim_board.sensors(dist=-1)
        assert port.readline() == b"! OBSTACLE -1\r\n"
        stopped = sim_board.motor_timeline()[-1]
        assert stopped[1:] == (0, 0) and stopped[0] - dead <= 200_000  # 150 ms without a reading + one period
        assert ask(port, "SENSE") == "OK dist=-1 line=0,0 safety=250"
        for _ in range(20):  # no hang: every command still answered at once
            assert ask(port, "PING") == "OK PONG"
        assert ask(port, "DRIVE 90 90") == "ERR OBSTACLE -1"
        assert ask(port, "SAFETY 0") == "OK" and ask(port, "DRIVE 90 90") == "OK"  # limit off: it drives blind


def test_watchdog_and_reversal_timing_hold_while_the_sensor_measures(sim_board):
    """A far wall keeps the echo high ~23 ms of every 30: the command watchdog still fires at 500 ± 10 ms and a
    reversal still rests 50 ms."""
    with serial.Serial(sim_board.port, 115200, timeout=3) as port:
        applied = sim_board.sensors(dist=3900, line=(1, 1))
        sim_board.wait_sim_us(applied + 100_000)
        assert ask(port, "SAFETY 100") == "OK"
        assert ask(port, "DRIVE 255 255") == "OK"
        assert ask(port, "DRIVE -255 -255") == "OK"
        fed = max(t for t, name, value in sim_board.events() if name == "TX" and value == 10)
        assert port.readline() == b"! WATCHDOG\r\n"
        timeline = sim_board.motor_timeline()
        rest = next(i for i, (_, left, right) in enumerate(timeline) if (left, right) == (0, 0) and i > 0)
        assert timeline[rest + 1][1:] == (-255, -255)
        assert timeline[rest + 1][0] - timeline[rest][0] >= REVERSE_PAUSE_US - 100
        assert 490_000 <= timeline[-1][0] - fed <= 510_000 and timeline[-1][1:] == (0, 0)
        assert re.fullmatch(r"OK dist=(3899|3900) line=1,1 safety=100", ask(port, "SENSE"))
