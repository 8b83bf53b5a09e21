"""The Oyla firmware itself, running in simavr: every command, bad input, and the watchdog.

What the firmware prints is checked with plain pyserial; what it does is checked on the simulator side, from
the pin log (simulated time, in microseconds).
"""

from __future__ import annotations

import random
import time

import pytest
import serial

from tests.firmware.conftest import MOTOR_PINS

HELLO = "OK OYLA proto=1 fw=1.2.0 kit=car caps=drive,servo,led,beep,dist,line"
SERVO_PINS = ("D9", "D10", "D11", "D12")
SONAR_TRIGGER = "A3"  # pulses every 30 ms by itself (the distance sensor's trigger)


class Client:
    """A serial-monitor-like client: send a line, get the one reply; "! " event lines are collected apart."""

    def __init__(self, port: str) -> None:
        self.serial = serial.Serial(port, 115200, timeout=5.0)
        self.events: list[str] = []

    def line(self, timeout: float = 5.0) -> str:
        self.serial.timeout = timeout
        raw = self.serial.readline()
        assert raw.endswith(b"\r\n"), f"no complete line, got {raw!r}"
        return raw[:-2].decode("ascii")

    def reply(self, timeout: float = 5.0) -> str:
        while True:
            text = self.line(timeout)
            if not text.startswith("! "):
                return text
            self.events.append(text)

    def ask(self, data: bytes | str) -> str:
        self.serial.write(data.encode("ascii") + b"\n" if isinstance(data, str) else data)
        return self.reply()

    def quiet(self, seconds: float) -> bytes:
        """Whatever arrives within ``seconds`` apart from event lines (to check that nothing answers)."""
        self.serial.timeout = seconds
        lines = self.serial.read(1000).splitlines(keepends=True)
        self.events += [line.decode().strip() for line in lines if line.startswith(b"! ")]
        return b"".join(line for line in lines if not line.startswith(b"! "))


@pytest.fixture
def board(sim_board):
    client = Client(sim_board.port)
    yield sim_board, client
    client.serial.close()


def last_rx_newline(events) -> int:
    return max(when for when, name, value in events if name == "RX" and value == 10)


def pulses(events, pin: str, since: int) -> list[tuple[int, int]]:
    """(start_us, width_us) of each complete high pulse on ``pin`` that starts after ``since``."""
    found, rise = [], None
    for when, name, value in events:
        if name != pin or when < since:
            continue
        if value == 255:
            rise = when
        elif rise is not None:
            found.append((rise, when - rise))
            rise = None
    return found


def test_handshake_and_boot_line(board):
    sim, client = board
    assert client.ask("HELLO") == HELLO
    assert client.ask("hello\r") == HELLO
    assert client.ask("PING") == "OK PONG"
    sim.reset()
    assert client.line() == "! BOOT OYLA 1"
    assert client.ask("STATUS") == "OK left=0 right=0 servo=90,90,90,90 led=0,0,0 wd=500 stopped=0"


def test_drive_sets_direction_and_pwm_pins(board):
    sim, client = board
    assert client.ask("WATCHDOG 5000") == "OK"
    assert client.ask("DRIVE 100 -200") == "OK"
    sim.wait_for(lambda _: sim.motor_timeline()[-1][1:] == (100, -200))
    pins = sim.pins()
    left_pwm, left_a, left_b = (MOTOR_PINS[f"PIN_LEFT_{p}"] for p in ("PWM", "DIR1", "DIR2"))
    right_pwm, right_a, right_b = (MOTOR_PINS[f"PIN_RIGHT_{p}"] for p in ("PWM", "DIR1", "DIR2"))
    assert (pins[left_pwm], pins[left_a], pins.get(left_b, 0)) == (100, 255, 0)
    assert (pins[right_pwm], pins.get(right_a, 0), pins[right_b]) == (200, 0, 255)
    assert pins["D13"] == 255  # the Uno's LED shows a running motor
    assert client.ask("DRIVE 255 0") == "OK"
    sim.wait_for(lambda _: sim.motor_timeline()[-1][1:] == (255, 0))
    assert client.ask("STATUS").startswith("OK left=255 right=0 ")
    assert client.ask("STOP") == "OK"
    sim.wait_for(lambda _: sim.motor_timeline()[-1][1:] == (0, 0))
    assert sim.pins()["D13"] == 0
    assert client.ask("STATUS") == "OK left=0 right=0 servo=90,90,90,90 led=0,0,0 wd=5000 stopped=0"


@pytest.mark.parametrize(("angle", "width"), [(0, 544), (45, 1008), (180, 2400)])
def test_servo_pulses(board, angle, width):
    sim, client = board
    assert client.ask(f"SERVO 2 {angle}") == "OK"
    since = last_rx_newline(sim.events()) + 20_000  # the next full frame
    sim.wait_for(lambda events: len(pulses(events, "D11", since)) >= 3)
    events = sim.events()
    found = pulses(events, "D11", since)
    assert all(abs(w - width) <= 20 for _, w in found), found
    starts = [start for start, _ in found]
    assert all(abs(b - a - 20_000) <= 50 for a, b in zip(starts, starts[1:], strict=False))  # 50 Hz frames
    others = pulses(events, "D9", since)  # servo 0 still holds 90 degrees: 1472 us
    assert others and all(abs(w - 1472) <= 20 for _, w in others)
    assert client.ask("STATUS") == f"OK left=0 right=0 servo=90,90,{angle},90 led=0,0,0 wd=500 stopped=0"


def test_led_colours(board):
    sim, client = board
    assert client.ask("LED 255 0 128") == "OK"
    sim.wait_for(lambda _: sim.pins().get("A2") == 255)
    assert (sim.pins()["A0"], sim.pins().get("A1", 0)) == (255, 0)
    assert client.ask("LED 0 127 0") == "OK"  # each colour is on from 128 up
    sim.wait_for(lambda _: sim.pins()["A0"] == 0)
    assert (sim.pins().get("A1", 0), sim.pins()["A2"]) == (0, 0)
    assert client.ask("STATUS") == "OK left=0 right=0 servo=90,90,90,90 led=0,127,0 wd=500 stopped=0"


def test_beep_tone_and_length(board):
    sim, client = board
    assert client.ask("BEEP 1000 200") == "OK"
    start = last_rx_newline(sim.events())
    sim.wait_sim_us(start + 250_000)
    edges = [when for when, name, _ in sim.events() if name == "D3" and when > start]
    halves = [b - a for a, b in zip(edges, edges[1:], strict=False)]
    assert len(edges) == pytest.approx(400, abs=2)  # 1000 Hz for 200 ms: 400 edges
    assert sum(halves) / len(halves) == pytest.approx(500, abs=5)  # 500 us half periods
    assert client.ask("BEEP 440 2000") == "OK"
    sim.wait_sim_us(last_rx_newline(sim.events()) + 20_000)
    assert client.ask("BEEP 0 1") == "OK"  # hz 0 silences it
    silenced = last_rx_newline(sim.events())
    sim.wait_sim_us(silenced + 50_000)
    assert [w for w, name, _ in sim.events() if name == "D3" and w > silenced + 2000] == []


@pytest.mark.parametrize(("line", "reply"), [
    ("DRIVE 256 0", "ERR RANGE 1"), ("DRIVE 0 -256", "ERR RANGE 2"), ("DRIVE 99999999999999 0", "ERR RANGE 1"),
    ("SERVO 4 90", "ERR RANGE 1"), ("SERVO 0 181", "ERR RANGE 2"), ("SERVO -1 0", "ERR RANGE 1"),
    ("LED 0 256 0", "ERR RANGE 2"), ("LED 0 0 -1", "ERR RANGE 3"),
    ("BEEP 49 100", "ERR RANGE 1"), ("BEEP 5001 100", "ERR RANGE 1"), ("BEEP 440 0", "ERR RANGE 2"),
    ("BEEP 440 2001", "ERR RANGE 2"), ("WATCHDOG 99", "ERR RANGE 1"), ("WATCHDOG 5001", "ERR RANGE 1"),
    ("DRIVE 1", "ERR ARGS"), ("DRIVE 1 2 3", "ERR ARGS"), ("DRIVE +1 2", "ERR ARGS"), ("LED 1.5 0 0", "ERR ARGS"),
    ("STOP now", "ERR ARGS"), ("SERVO", "ERR ARGS"), ("JUMP 3", "ERR UNKNOWN JUMP"), ("jump", "ERR UNKNOWN jump"),
])
def test_bad_values_change_nothing(board, line, reply):
    sim, client = board
    assert client.ask("DRIVE 50 60") == "OK"
    assert client.ask("SERVO 1 10") == "OK"
    assert client.ask("LED 255 255 255") == "OK"
    sim.wait_for(lambda _: sim.motor_timeline()[-1][1:] == (50, 60))
    before = sim.pins()
    assert client.ask(line) == reply
    assert client.ask("STATUS") == "OK left=50 right=60 servo=90,10,90,90 led=255,255,255 wd=500 stopped=0"
    after = sim.pins()
    assert {pin: after[pin] for pin in after if pin not in (*SERVO_PINS, SONAR_TRIGGER)} == \
           {pin: before[pin] for pin in before if pin not in (*SERVO_PINS, SONAR_TRIGGER)}


def test_garbage_bytes(board):
    sim, client = board
    rng = random.Random(4)
    noise = bytes(rng.randrange(256) for _ in range(5000)).replace(b"\n", b"")
    assert any(not 0x20 <= byte <= 0x7E for byte in noise[:40])
    assert client.ask(noise[:40] + b"\n") == "ERR BADCHAR"
    assert client.ask(noise + b"\n") == "ERR BADCHAR"  # one reply for the whole line, however long
    assert client.ask(b"PING\x00\n") == "ERR BADCHAR"
    assert client.ask("LED 1\t2 3") == "ERR BADCHAR"
    assert client.ask("LED 255 0 0 \u0436".encode() + b"\n") == "ERR BADCHAR"  # UTF-8 is not ASCII
    client.serial.write(b"\n   \n\r\n")  # empty lines: no reply at all
    assert client.quiet(0.2) == b""
    assert client.ask("PING") == "OK PONG"
    assert client.ask("STATUS").startswith("OK left=0 right=0 servo=90,90,90,90 led=0,0,0 wd=500 ")


def test_line_length_limit(board):
    sim, client = board
    assert client.ask("PING".ljust(48)) == "OK PONG"  # 48 characters is allowed
    assert client.ask("PING".ljust(49)) == "ERR TOOLONG"
    assert client.ask("DRIVE 100 100 " + "x" * 2000) == "ERR TOOLONG"  # discarded whole: nothing moves
    assert client.ask("PING " + "\r" * 100) == "OK PONG"  # "\r" does not count
    assert client.ask("PING") == "OK PONG"
    assert sim.motor_timeline() == [(0, 0, 0)]


def test_partial_line_then_garbage_then_command(board):
    sim, client = board
    client.serial.write(b"DRI")
    time.sleep(0.05)
    assert client.ask(b"\xff\xfeVE 10 10\n") == "ERR BADCHAR"
    assert client.ask("DRIVE 10 10") == "OK"
    sim.wait_for(lambda _: sim.motor_timeline()[-1][1:] == (10, 10))


def watchdog_delay_ms(sim, client, speeds: list[tuple[int, int]], gap: float = 0.1) -> float:
    """Send DRIVEs ``gap`` s apart, then nothing; ms from the last command's newline to the motors stopping."""
    for left, right in speeds:
        assert client.ask(f"DRIVE {left} {right}") == "OK"
        sim.wait_sim_us(last_rx_newline(sim.events()) + int(gap * 1e6))  # simulated time: it may lag under load
    last = last_rx_newline(sim.events())
    assert client.line(timeout=10.0) == "! WATCHDOG"
    when, *speeds = sim.wait_for(lambda _: sim.motor_timeline()[-1][1:] == (0, 0) and sim.motor_timeline()[-1])
    return (when - last) / 1000  # the last change: a reversal's rest at 0 comes before it


def test_watchdog_stops_motors_500ms_after_last_command(board):
    sim, client = board
    delay = watchdog_delay_ms(sim, client, [(100, 100), (150, -150), (-200, 200)])
    assert 450 <= delay <= 550, delay
    timeline = sim.motor_timeline()
    # a wheel that reverses rests at 0 first (REVERSE_PAUSE_MS): the right one, then both
    assert [speeds for _, *speeds in timeline] == [[0, 0], [100, 100], [150, 0], [150, -150], [0, 0], [-200, 200],
                                                    [0, 0]]
    rests = [(timeline[i + 1][0] - timeline[i][0]) / 1000 for i in (2, 4)]
    assert all(50 <= rest <= 53 for rest in rests), rests
    assert client.ask("STATUS") == "OK left=0 right=0 servo=90,90,90,90 led=0,0,0 wd=500 stopped=1"
    # It stays stopped, with no further events, until the next DRIVE.
    assert client.quiet(0.7) == b""
    assert client.events == []
    assert sim.motor_timeline()[-1][1:] == (0, 0)


def test_watchdog_time_is_settable_and_fed_by_any_ok_but_not_by_errors(board):
    sim, client = board
    assert client.ask("WATCHDOG 1000") == "OK"
    delay = watchdog_delay_ms(sim, client, [(80, 80)])
    assert 950 <= delay <= 1050, delay
    assert client.ask("WATCHDOG 500") == "OK"
    assert client.ask("DRIVE 80 80") == "OK"
    time.sleep(0.3)
    assert client.ask("PING") == "OK PONG"  # fed
    fed = last_rx_newline(sim.events())
    time.sleep(0.3)
    assert client.ask("DRIVE 999 0") == "ERR RANGE 1"  # not fed
    stopped = sim.wait_for(lambda _: next((t for t, left, right in sim.motor_timeline()
                                           if t > fed and (left, right) == (0, 0)), None), timeout=10.0)
    assert 450 <= (stopped - fed) / 1000 <= 550
