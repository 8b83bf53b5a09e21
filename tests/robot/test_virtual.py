"""The virtual robot's model: differential drive, walls, arm, LED, buzzer, watchdog, kits."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.robot import protocol
from app.robot.virtual import ARENA_H, ARENA_W, ROBOT_RADIUS, TOP_SPEED, VirtualLink, VirtualRobot


class Clock:
    now = 0.0

    def __call__(self) -> float:
        return self.now


def robot_at(clock):
    robot = VirtualRobot(clock=clock)
    robot.feed(b"WATCHDOG 5000\n")
    return robot


def test_forward_moves_up_the_screen_at_top_speed():
    clock = Clock()
    robot = robot_at(clock)
    start = robot.state()
    assert robot.feed(b"DRIVE 255 255\n") == ["OK"]
    clock.now = 1.0
    robot.poll()
    end = robot.state()
    assert end.x == pytest.approx(start.x)
    assert start.y - end.y == pytest.approx(TOP_SPEED)
    assert end.heading == pytest.approx(start.heading)


def test_spin_left_turns_counter_clockwise_in_place():
    clock = Clock()
    robot = robot_at(clock)
    start = robot.state()
    robot.feed(b"DRIVE -100 100\n")
    clock.now = 0.3
    robot.poll()
    end = robot.state()
    assert (end.x, end.y) == pytest.approx((start.x, start.y))
    assert end.heading < start.heading  # y points down: a smaller heading is a left turn on screen
    robot.feed(b"DRIVE 255 100\n")  # curve right: turns clockwise and moves
    before = robot.state()
    clock.now = 0.6
    robot.poll()
    assert robot.state().heading > before.heading
    assert math.dist((robot.state().x, robot.state().y), (before.x, before.y)) > 1


def test_walls_stop_the_car_and_report_a_bump():
    clock = Clock()
    robot = robot_at(clock)
    robot.feed(b"DRIVE 255 255\n")
    clock.now = 4.0  # 160 cm: more than the way to the top wall
    robot.poll()
    state = robot.state()
    assert state.y == pytest.approx(ROBOT_RADIUS) and state.bumped
    assert ROBOT_RADIUS <= state.x <= ARENA_W - ROBOT_RADIUS and state.y <= ARENA_H


def test_watchdog_stops_the_car_where_it_was_at_the_deadline():
    clock = Clock()
    robot = VirtualRobot(clock=clock)
    robot.feed(b"DRIVE 255 255\n")
    clock.now = 2.0
    assert robot.poll() == ["! WATCHDOG"]
    assert robot.poll() == []
    state = robot.state()
    assert (state.left, state.right, state.stopped) == (0, 0, True)
    assert ARENA_H / 2 - state.y == pytest.approx(TOP_SPEED * 0.5)  # moved only for 500 ms


def test_arm_led_and_buzzer_state():
    clock = Clock()
    robot = robot_at(clock)
    robot.feed(b"SERVO 3 20\nLED 255 0 10\nBEEP 880 100\n")
    state = robot.state()
    assert (state.servo, state.led, state.beep_hz) == ((90, 90, 90, 20), (255, 0, 10), 880)
    clock.now = 0.15
    robot.poll()
    assert robot.state().beep_hz == 0
    robot.feed(b"BEEP 440 2000\nSTOP\n")
    assert robot.state().beep_hz == 0 and robot.state().led == (255, 0, 10)


@pytest.mark.parametrize("kit", protocol.KITS)
def test_hello_reports_the_kit_and_its_caps(kit):
    hello = protocol.parse_hello(protocol.parse_line(VirtualRobot(kit=kit).feed(b"HELLO\n")[0].encode()))
    assert hello.kit == kit and hello.caps == frozenset(protocol.KIT_CAPS[kit])


def test_virtual_link_state_and_autopoll_watchdog():
    import threading

    fired = threading.Event()
    with VirtualLink() as link:
        link.on_event = lambda event: fired.set() if event.name == "WATCHDOG" else None
        assert link.send("DRIVE 100 100").ok
        assert link.state().left == 100
        assert fired.wait(2.0)  # nobody sends: the robot stops by itself
        assert link.state().stopped


def _expected_replies(data: bytes) -> int:
    count = 0
    for line in data.split(b"\n")[:-1]:  # only complete lines are answered
        line = line.replace(b"\r", b"")
        bad = any(not 0x20 <= b <= 0x7E for b in line)
        count += 1 if bad or len(line) > protocol.MAX_LINE or line.strip(b" ") else 0
    return count


LINE_PARTS = st.sampled_from([b"DRIVE", b"servo", b"LED", b"BEEP", b"STOP", b"STATUS", b"WATCHDOG", b"PING",
                              b" ", b"  ", b"-", b"0", b"255", b"-256", b"180", b"5000", b"\r", b"\n", b"\t", b"\xff",
                              b"x" * 50])


@settings(max_examples=200)
@given(st.lists(st.one_of(LINE_PARTS, st.binary(max_size=8)), max_size=40), st.integers(1, 7))
def test_one_reply_per_line_and_state_always_in_range(parts, chunk):
    clock = Clock()
    robot = VirtualRobot(clock=clock)
    data = b"".join(parts)
    lines = []
    for start in range(0, len(data), chunk):  # arbitrary splits across writes change nothing
        lines += robot.feed(data[start:start + chunk])
    replies = [line for line in lines if not line.startswith("! ")]
    assert len(replies) == _expected_replies(data)
    for line in lines:
        protocol.parse_line(line.encode())  # everything the robot prints is valid protocol
    robot.feed(b"\n")  # end a half line so STATUS is read as its own line
    status = protocol.parse_status(protocol.parse_line(robot.feed(b"STATUS\n")[-1].encode()))
    assert (status.left, status.right) == (robot.left, robot.right)


def test_virtual_link_reset_sends_boot_and_restores_power_on_state():
    clock = Clock()
    events = []
    with VirtualLink(VirtualRobot(clock=clock), autopoll=False) as link:
        link.on_event = events.append
        link.send("LED 1 2 3")
        link.send("DRIVE 10 10")
        link.reset()
        assert [e.line() for e in events] == ["! BOOT OYLA 1"]
        state = link.state()
        assert (state.led, state.left, state.x, state.y) == ((0, 0, 0), 0, ARENA_W / 2, ARENA_H / 2)


def test_a_reversing_wheel_rests_at_zero_for_50_ms_and_the_car_coasts_nowhere():
    clock = Clock()
    robot = robot_at(clock)
    robot.feed(b"DRIVE 255 255\n")
    clock.now = 1.0
    assert robot.feed(b"DRIVE -255 100\nSTATUS\n")[1].startswith("OK left=-255 right=100 ")  # what was asked
    assert robot.outputs() == (0, 100)  # the left wheel rests first; the right one keeps its direction
    clock.now = 1.0499
    robot.poll()
    assert robot.outputs() == (0, 100)
    clock.now = 1.2
    robot.poll()
    assert robot.outputs() == (-255, 100)
    assert [entry[1:] for entry in robot.motor_log] == [(0, 0), (255, 255), (0, 100), (-255, 100)]
    assert robot.motor_log[-1][0] - robot.motor_log[-2][0] == pytest.approx(0.05)
    # a wheel at rest, or one that keeps its direction, changes at once; STOP and the watchdog never wait
    robot.feed(b"DRIVE -100 0\nSTOP\n")
    assert robot.outputs() == (0, 0)
    robot.feed(b"DRIVE -50 -50\n")
    assert robot.outputs() == (-50, 0)  # left kept its direction; right turns the other way after resting


def test_arm_joint_limits_and_kit_files_within_them():
    from app.robot.kits import KitError, load_kit, parse_kit

    robot = VirtualRobot(kit="arm")
    assert robot.feed(b"SERVO 1 14\nSERVO 1 15\nSERVO 3 121\nSERVO 4 0\n") == [
        "ERR RANGE 2", "OK", "ERR RANGE 2", "ERR RANGE 1"]
    assert robot.state().servo == (90, 15, 90, 90)
    assert VirtualRobot(kit="car").feed(b"SERVO 1 0\n") == ["OK"]
    assert load_kit("arm").commands("grab")[0].text() == "SERVO 3 20"  # the bundled arm kit keeps its limits
    with pytest.raises(KitError, match="ERR RANGE 2"):
        parse_kit({"format": 1, "kit": "arm", "actions": {"stop": [["STOP"]], "up": [["SERVO", 1, 170]]}})
    parse_kit({"format": 1, "kit": "car", "actions": {"stop": [["STOP"]], "up": [["SERVO", 1, 170]]}})


def test_virtual_sensors_see_the_arena():
    """The distance sensor sees walls and boxes, the line sensors the track; the car bumps into boxes."""
    import math

    from app.robot import virtual

    robot = VirtualRobot(clock=lambda: 0.0)
    p = robot.pose
    p.x, p.y, p.heading = 100.0, 75.0, -math.pi / 2  # the middle, facing the top wall
    assert robot.distance_mm() == round((75.0 - virtual.ROBOT_RADIUS) * 10)
    bx, by, bw, bh = virtual.OBSTACLES[0]
    p.x, p.y, p.heading = bx + bw / 2, by + bh + 40.0, -math.pi / 2  # 40 cm below the first box, facing it
    assert abs(robot.distance_mm() - (40.0 - virtual.ROBOT_RADIUS) * 10) <= 1
    (ax, ay), (cx, _) = virtual.LINE_TRACK[0], virtual.LINE_TRACK[1]
    p.x, p.y, p.heading = (ax + cx) / 2, ay, 0.0  # following the top straight of the track, facing right
    assert robot.line_levels() == (0, 0)  # centred over the tape: both sensors just beside it
    p.y += virtual.LINE_SENSOR_SIDE  # drifted down: the left sensor (towards the top of the screen) is over the tape
    assert robot.line_levels() == (1, 0)
    assert robot.feed(b"SENSE\n") == [f"OK dist={robot.distance_mm()} line=1,0 safety=0"]
    arm = VirtualRobot("arm", clock=lambda: 0.0)
    assert (arm.distance_mm(), arm.line_levels()) == (None, None)


def test_virtual_car_stops_at_a_box_and_refuses_to_go_on():
    import math

    from app.robot import virtual

    now = [0.0]
    robot = VirtualRobot(clock=lambda: now[0])
    bx, by, bw, bh = virtual.OBSTACLES[0]
    robot.pose.x, robot.pose.y, robot.pose.heading = bx + bw / 2, by + bh + 60.0, -math.pi / 2
    assert robot.feed(b"WATCHDOG 5000\nSAFETY 200\nDRIVE 120 120\n") == ["OK", "OK", "OK"]
    events = []
    while now[0] < 4.0 and not events:
        now[0] += 0.01
        events = robot.poll()
    assert len(events) == 1 and events[0].startswith("! OBSTACLE ")
    assert int(events[0].split()[-1]) < 200 and robot.outputs() == (0, 0)
    gap = robot.distance_mm()
    assert 150 <= gap < 200  # stopped within one 20 ms step of crossing the limit (18.8 cm/s)
    assert robot.feed(b"DRIVE 120 120\n") == [f"ERR OBSTACLE {gap}"]
    assert robot.feed(b"DRIVE -120 120\n") == ["OK"]  # turning on the spot is allowed
