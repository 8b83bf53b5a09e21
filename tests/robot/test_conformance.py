"""Conformance to docs/protocol.md, run the same way against the virtual robot and the real firmware (simavr).

Each check quotes the rule it tests. Timings are read from the board's own motor log (simulated time for the
firmware), never from the wall clock, so they hold on a loaded machine.
"""

from __future__ import annotations

import re
import sys
import time

import pytest

from app.robot import protocol
from tests.firmware.conftest import FIRMWARE_DIR, require_sim
from tests.robot.conformance import (
    FLOODS,
    Client,
    Target,
    burst_commands,
    burst_raw,
    burst_through_link,
    expected_replies,
    flood_after_drive,
    status_after_flood,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX pseudo-terminals")

KINDS = ["virtual", pytest.param("firmware", marks=pytest.mark.sim)]


@pytest.fixture
def open_target(request, tmp_path):
    opened: list[tuple[Target, Client]] = []

    def start(kind: str, kit: str = "car") -> tuple[Target, Client]:
        if kind == "firmware":
            require_sim()
        target = Target(kind, kit, tmp_path)
        client = Client(target.port)
        opened.append((target, client))
        return target, client

    yield start
    for target, client in opened:
        client.close()
        target.close()


def reversal_rests(log: list[tuple[float, int, int]], side: int) -> list[float]:
    """For each change of direction of one wheel in a motor log: how long it was at 0 in between (0 if never)."""
    rests = []
    direction, zero_at = 0, None
    for when, *speeds in log:
        speed = speeds[side]
        if speed == 0:
            zero_at = when if zero_at is None else zero_at
            continue
        new = 1 if speed > 0 else -1
        if direction and new != direction:
            rests.append(when - zero_at if zero_at is not None else 0.0)
        direction, zero_at = new, None
    return rests


@pytest.mark.parametrize("kind", KINDS)
def test_one_reply_line_per_command_ending_crlf(open_target, kind):
    """"exactly ONE reply line per command line" ... "Every line the board prints ends in \\r\\n"."""
    _, client = open_target(kind)
    client.serial.write(b"PING\nJUMP\n\nSTATUS\n  \nLED 1 2 300\n")
    raws = []
    while len(raws) < 4:
        raw = client.raw_line()
        if not raw.startswith(b"! "):
            raws.append(raw)
    assert [r[:-2] for r in raws][:2] == [b"OK PONG", b"ERR UNKNOWN JUMP"] and raws[3] == b"ERR RANGE 3\r\n"
    assert all(r.endswith(b"\r\n") and b"\r" not in r[:-2] for r in raws)


@pytest.mark.parametrize("kind", KINDS)
def test_burst_keeping_the_window_loses_nothing(open_target, kind):
    """"the host keeps at most 63 bytes of command lines sent but not yet answered. Within that, nothing is lost or
    merged at any send rate" — a raw host counting bytes, 200 mixed commands (STATUS replies are 10x their
    command), sent as fast as the window allows."""
    _, client = open_target(kind)
    client.settle_stopped()
    commands = burst_commands()
    assert burst_raw(client, commands) == expected_replies(commands)


@pytest.mark.parametrize("kind", KINDS)
def test_burst_of_200_through_the_apps_link(open_target, kind):
    """The app keeps the rule by itself: 200 commands submitted without waiting through SerialLink, 200 right
    replies in order, and never more than 63 bytes unanswered."""
    target, client = open_target(kind)
    client.settle_stopped()
    client.close()  # the link opens the port itself
    commands = burst_commands(seed=3)
    replies, peak = burst_through_link(target.port, commands)
    assert replies == expected_replies(commands)
    assert peak <= protocol.MAX_UNANSWERED
    if kind == "firmware":
        assert peak > 40  # the window really filled: the board is slower than the host


@pytest.mark.parametrize("flood", list(FLOODS))
@pytest.mark.parametrize("kind", KINDS)
def test_watchdog_fires_on_time_under_any_flood(open_target, kind, flood):
    """"ERR answers never [feed it]" ... "It fires on time (±10 ms) whatever else arrives: floods of bad lines,
    over-long lines, bad bytes" — after DRIVE 90 90 → OK, both motor pins are 0 500 ± 10 ms later (board time),
    stay 0, "! WATCHDOG" comes once between whole lines, and STATUS says stopped=1."""
    target, client = open_target(kind)
    pattern, seconds = FLOODS[flood]
    result = flood_after_drive(target, client, pattern, seconds)
    assert result.delay_ms is not None and 490 <= result.delay_ms <= 510, result.delay_ms
    after = [entry for entry in result.log if entry[0] > result.fed_ms + result.delay_ms]
    assert after == [], after  # the motors' last change was the stop: nothing in the flood drove them again
    assert result.events("WATCHDOG") == 1 and result.events("BOOT OYLA 1") == 0  # no hardware reset either
    for line in result.lines:  # every line printed is whole and valid, even beyond the flow-control window
        assert line.endswith(b"\r\n"), line
        protocol.parse_line(line)
    assert re.fullmatch(r"OK left=0 right=0 servo=90,90,90,90 led=0,0,0 wd=500 stopped=1", status_after_flood(client))


@pytest.mark.parametrize("kind", KINDS)
def test_reversal_rests_at_zero_first(open_target, kind):
    """"A wheel that changes direction first rests at 0 for at least 50 ms ... STATUS reports the speeds asked for."""
    target, client = open_target(kind)
    assert client.ask("WATCHDOG 5000") == "OK"
    assert client.ask("DRIVE 255 255") == "OK"
    client.serial.write(b"DRIVE -255 -255\nSTATUS\n")
    assert client.reply() == "OK"
    assert client.reply().startswith("OK left=-255 right=-255 ")
    deadline = time.monotonic() + 5
    while target.motor_log_ms()[-1][1:] != (-255, -255):  # after the rest, full speed backwards
        assert time.monotonic() < deadline, target.motor_log_ms()
        time.sleep(0.01)
    for _ in range(6):  # a loop that reverses as fast as the replies come back
        for line in ("DRIVE 200 -200", "DRIVE -200 200"):
            assert client.ask(line) == "OK"
    assert client.ask("DRIVE 0 0") == "OK"
    log = target.motor_log_ms()
    for side in (0, 1):
        rests = reversal_rests(log, side)
        assert rests and all(50 - 1e-6 <= rest <= 55 for rest in rests), rests


@pytest.mark.parametrize("kind", KINDS)
def test_arm_joint_limits(open_target, kind):
    """"SERVO ... inside the kit's joint limits ... arm: 0..180, 15..165, 30..150, 10..120 ... outside them
    ERR RANGE 2" (nothing moves)."""
    _, client = open_target(kind, "arm")
    assert client.ask("HELLO").startswith("OK OYLA proto=1 fw=") and "kit=arm" in client.ask("HELLO")
    for index, (low, high) in enumerate(protocol.SERVO_LIMITS["arm"]):
        if low > 0:
            assert client.ask(f"SERVO {index} {low - 1}") == "ERR RANGE 2"
        if high < 180:
            assert client.ask(f"SERVO {index} {high + 1}") == "ERR RANGE 2"
        assert client.ask(f"SERVO {index} {low}") == "OK"
        assert client.ask(f"SERVO {index} {high}") == "OK"
    assert client.ask("SERVO 4 90") == "ERR RANGE 1"  # the index is still checked first
    assert client.ask("SERVO 3 121") == "ERR RANGE 2"
    assert client.ask("STATUS").startswith("OK left=0 right=0 servo=180,165,150,120 ")


@pytest.mark.parametrize("kind", KINDS)
def test_car_servos_have_full_travel(open_target, kind):
    _, client = open_target(kind)
    assert [client.ask(f"SERVO {i} {a}") for i in range(4) for a in (0, 180)] == ["OK"] * 8


def test_firmware_and_app_share_the_joint_limits():
    """config.h's SERVO_LIMITS and app/robot/protocol.py's SERVO_LIMITS are the same table."""
    text = (FIRMWARE_DIR / "oyla_bot" / "config.h").read_text()
    arm, other = re.findall(r"#define SERVO_LIMITS (\{.*\})", text)
    parse = lambda found: tuple(tuple(map(int, pair)) for pair in re.findall(r"\{(\d+), (\d+)\}", found))  # noqa: E731
    assert parse(arm) == protocol.SERVO_LIMITS["arm"]
    assert parse(other) == protocol.SERVO_LIMITS["car"] == protocol.SERVO_LIMITS["lights"]
    start = int(re.search(r"#define SERVO_START_ANGLE (\d+)", text).group(1))
    assert all(low <= start <= high for limits in protocol.SERVO_LIMITS.values() for low, high in limits)


@pytest.mark.parametrize("kind", KINDS)
def test_obstacle_stop_and_sensors(open_target, kind):
    """"While it is on and the distance is below it or unknown (-1), driving forwards (left + right > 0) stops (wheels 0,
    `! OBSTACLE <mm>` once) within 60 ms, and a forward `DRIVE` answers `ERR OBSTACLE <mm>` ...; backing (left + right
    < 0) and turning in place (left + right = 0) stay allowed." "SENSE is the one OK answer that does NOT feed the
    watchdog." """
    target, client = open_target(kind)
    assert re.fullmatch(r"OK OYLA proto=1 fw=\d+\.\d+\.\d+ kit=car caps=drive,servo,led,beep,dist,line",
                        client.ask("HELLO"))
    target.set_distance(1000)
    time.sleep(0.3)
    assert re.fullmatch(r"OK dist=(999|1000) line=[01],[01] safety=0", client.ask("SENSE"))
    for line in ("WATCHDOG 5000", "SAFETY 300", "DRIVE 150 150"):
        assert client.ask(line) == "OK"
    time.sleep(0.2)
    moved = target.set_distance(200)
    deadline = time.monotonic() + 5
    while not any(e.startswith("! OBSTACLE ") for e in client.events) and time.monotonic() < deadline:
        client.events.append(client.raw_line()[:-2].decode("ascii"))
    assert [e for e in client.events if e.startswith("! OBSTACLE")] in (["! OBSTACLE 199"], ["! OBSTACLE 200"])
    stop = next(t for t, left, right in target.motor_log_ms() if t >= moved and (left, right) == (0, 0))
    assert stop - moved <= 60, stop - moved
    assert client.ask("DRIVE 100 100") in ("ERR OBSTACLE 199", "ERR OBSTACLE 200")
    assert client.ask("DRIVE -100 -100") == "OK" and client.ask("DRIVE -90 90") == "OK"
    # SENSE polls do not keep the wheels turning: the watchdog still fires 500 ms after the last DRIVE
    assert client.ask("WATCHDOG 500") == "OK" and client.ask("DRIVE -80 -80") == "OK"
    fed = target.fed_ms()
    for _ in range(16):
        assert client.ask("SENSE").startswith("OK dist=")
        time.sleep(0.05)
    client.wait_event("! WATCHDOG")
    off, *speeds = target.motor_log_ms()[-1]  # (the wheels went through their reversal rests before this)
    assert speeds == [0, 0] and 490 <= off - fed <= 510, (off - fed, target.motor_log_ms()[-6:])
