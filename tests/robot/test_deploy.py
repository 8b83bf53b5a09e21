"""Deploy safety policy on an injected clock, and the Deployer driving a virtual robot."""

from __future__ import annotations

import pytest

from app.robot.deploy import DeployConfig, Deployer, DeployPolicy
from app.robot.kits import load_kit
from app.robot.virtual import VirtualLink, VirtualRobot


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return Clock()


def make_policy(clock, **overrides):
    config = DeployConfig(mapping={"left hand": "left", "palm": "forward", "fist": None, "bg": "stop"},
                          min_confidence=0.8, frames=3, speed=200, repeat_s=0.2)
    for key, value in overrides.items():
        setattr(config, key, value)
    return DeployPolicy(load_kit("car"), config, clock=clock)


def test_debounce_needs_n_consecutive_confident_frames(clock):
    policy = make_policy(clock)
    assert policy.predict("left hand", 0.95) == []
    assert policy.predict("left hand", 0.95) == []
    sent = policy.predict("left hand", 0.93)
    assert [c.text() for c in sent] == ["DRIVE -120 120"]  # 60% of speed 200
    assert policy.log[-1].text() == "left: 'left hand' 93% for 3 frames"
    # a different class interrupts the streak: nothing is sent while it builds up
    assert policy.predict("palm", 0.9) == []
    assert policy.predict("left hand", 0.9) == []


def test_threshold_resets_streak_and_sends_nothing(clock):
    policy = make_policy(clock)
    policy.predict("palm", 0.9)
    policy.predict("palm", 0.9)
    assert policy.predict("palm", 0.79) == []
    assert policy.predict("palm", 0.9) == []
    assert policy.predict("palm", 0.9) == []
    assert [c.text() for c in policy.predict("palm", 0.9)] == ["DRIVE 200 200"]
    assert policy.predict("palm", 0.5) == []
    assert policy.log[-1].kind == "quiet" and "not sure" in policy.log[-1].text()
    assert (policy.log[-1].reason, policy.log[-1].label) == ("unsure", "palm")
    assert policy.current is None


def test_repeats_at_steady_rate_only_while_predictions_flow(clock):
    policy = make_policy(clock, frames=1)
    sent_at = []
    for step in range(31):  # 30 fps for one second
        clock.now = step / 30
        if policy.predict("palm", 0.9):
            sent_at.append(round(clock.now, 3))
    gaps = [b - a for a, b in zip(sent_at, sent_at[1:], strict=False)]
    assert len(sent_at) == 6 and all(0.199 <= g < 0.21 for g in gaps)
    assert policy.log[-1].kind == "repeat"


def test_unmapped_class_and_speed_cap(clock):
    policy = make_policy(clock, frames=1, speed=999)
    assert policy.predict("fist", 0.99) == []
    assert policy.predict("unknown class", 0.99) == []
    assert [c.text() for c in policy.predict("palm", 0.99)] == ["DRIVE 255 255"]


def test_stop_latches_until_rearmed(clock):
    policy = make_policy(clock, frames=1)
    assert policy.predict("palm", 0.9)
    assert [c.text() for c in policy.stop("Esc")] == ["STOP"]
    for step in range(10):
        clock.now = 1 + step
        assert policy.predict("palm", 0.99) == []
    policy.arm()
    assert [c.text() for c in policy.predict("palm", 0.99)] == ["DRIVE 200 200"]
    assert [e.kind for e in policy.log] == ["act", "stop", "arm", "act"]


def test_not_armed_at_start_sends_nothing(clock):
    policy = DeployPolicy(load_kit("car"), DeployConfig(mapping={"a": "forward"}, frames=1), clock, armed=False)
    assert policy.predict("a", 1.0) == []


def test_deployer_drives_virtual_robot_and_watchdog_stops_it_when_predictions_stop():
    clock = Clock()
    robot = VirtualRobot(clock=clock)
    log = []
    with VirtualLink(robot, autopoll=False) as link:
        policy = make_policy(clock, frames=2)
        deployer = Deployer(link, policy, on_log=log.append)
        for step in range(30):
            clock.now = step / 30
            deployer.on_prediction("palm", 0.95)
            link.poll()
        assert (robot.left, robot.right, robot.stopped) == (200, 200, False)
        y_moving = robot.pose.y
        clock.now = policy.log[-1].time + 0.49
        link.poll()
        assert robot.left == 200  # still inside the 500 ms watchdog window
        clock.now += 0.02
        link.poll()
        assert robot.watchdog_count == 1
        assert (robot.left, robot.right, robot.stopped) == (0, 0, True)
        assert robot.pose.y < y_moving  # it drove up the screen before stopping
        deployer.on_prediction("palm", 0.95)
        deployer.on_prediction("palm", 0.95)
        assert robot.left == 200
        deployer.stop("Space")
        assert robot.left == 0
        deployer.on_prediction("palm", 0.95)
        assert robot.left == 0
    assert any(entry.kind == "stop" for entry in log) and log[0].kind == "act"


def test_deployer_logs_link_errors_instead_of_raising():
    clock = Clock()
    link = VirtualLink(VirtualRobot(clock=clock), autopoll=False)
    policy = make_policy(clock, frames=1)
    deployer = Deployer(link, policy)
    link.close()
    deployer.on_prediction("palm", 0.9)
    deployer.stop()
    assert [e.kind for e in policy.log][-2:] == ["stop", "error"]


def test_default_mapping_from_class_names():
    from app.robot.deploy import default_mapping

    mapping = default_mapping(["Вперёд", "солға", "фон", "peace"], load_kit("car"))
    assert mapping == {"Вперёд": "forward", "солға": "left", "фон": "stop", "peace": None}


def test_obstacle_ahead_rule_overrides_the_class_action(clock):
    policy = make_policy(clock, obstacle_mm=300, obstacle_action="back")
    for _ in range(3):
        sent = policy.predict("palm", 0.95)
    assert [c.text() for c in sent] == ["DRIVE 200 200"]  # no distance known yet: the class decides
    policy.note_distance(250)
    clock.now += 0.25
    sent = policy.predict("palm", 0.95)
    assert [c.text() for c in sent] == ["DRIVE -200 -200"]  # the rule: back away
    assert policy.log[-1].text() == "back: obstacle ahead at 250 mm (rule, instead of 'palm')"
    assert policy.log[-1].rule_mm == 250
    policy.note_distance(400)  # clear again
    clock.now += 0.25
    assert [c.text() for c in policy.predict("palm", 0.95)] == ["DRIVE 200 200"]
    policy.note_distance(100)
    clock.now += 0.6  # an old reading is not known any more
    assert [c.text() for c in policy.predict("palm", 0.95)] == ["DRIVE 200 200"]
    policy.note_distance(None)  # no reading: the rule cannot see anything (the firmware's SAFETY stop covers that)
    clock.now += 0.25
    assert policy.obstacle_ahead() is None
    assert make_policy(clock).wants_distance is False


def test_deployer_reads_the_distance_between_its_own_commands():
    """On the virtual car: the Deployer sends SENSE after its commands only when the rule is on; the rule turns
    'forward' into 'stop' once the car is near the box; SENSE never feeds the watchdog."""
    import time

    robot = VirtualRobot()
    link = VirtualLink(robot)
    config = DeployConfig(mapping={"palm": "forward"}, frames=1, speed=200, repeat_s=0.0, obstacle_mm=300)
    deployer = Deployer(link, DeployPolicy(load_kit("car"), config))
    try:
        assert link.hello().caps >= {"dist"}
        robot.sensor_dist = 900
        sent = deployer.on_prediction("palm", 0.99)
        assert [c.text() for c in sent] == ["DRIVE 200 200"]
        time.sleep(0.05)
        deployer.on_prediction("palm", 0.99)
        time.sleep(0.05)
        robot.sensor_dist = 200
        deadline = time.monotonic() + 2
        while time.monotonic() < deadline and deployer.policy.log[-1].rule_mm is None:
            deployer.on_prediction("palm", 0.99)
            time.sleep(0.05)
        assert deployer.policy.log[-1].rule_mm == 200 and robot.left == 0 and robot.right == 0
        fed = robot.fed_at
        link.submit(b"SENSE\n").wait(1.0)
        assert robot.fed_at == fed
    finally:
        link.close()


def test_the_rule_never_drives_forwards(clock):
    from app.robot.deploy import rule_actions

    car = load_kit("car")
    assert "forward" not in rule_actions(car) and {"stop", "back", "left", "spin"} <= set(rule_actions(car))
    policy = make_policy(clock, obstacle_mm=300, obstacle_action="forward_left")  # e.g. a hand-edited config
    for _ in range(3):
        policy.predict("left hand", 0.95)
    policy.note_distance(200)
    clock.now += 0.25
    sent = policy.predict("left hand", 0.95)
    assert [c.text() for c in sent] == ["DRIVE -120 120"] and policy.log[-1].rule_mm is None  # the class's 'left'


def test_deployer_knows_the_distance_before_its_first_command():
    """With the rule on, Start reads the distance once, so even the first command obeys the rule; a forward DRIVE
    the firmware's obstacle stop refuses is logged as that, with the distance it saw."""
    robot = VirtualRobot()
    link = VirtualLink(robot)
    config = DeployConfig(mapping={"palm": "forward"}, frames=1, speed=200, obstacle_mm=300)
    deployer = Deployer(link, DeployPolicy(load_kit("car"), config, armed=False))
    try:
        robot.sensor_dist = 200
        deployer.arm()
        link.submit(b"PING\n").wait(1.0)  # the SENSE sent at Start has been answered by now
        assert [c.text() for c in deployer.on_prediction("palm", 0.99)] == ["STOP"]
        assert deployer.policy.log[-1].rule_mm == 200
        robot.safety_mm = 250  # the firmware's own stop, without the rule
        plain = Deployer(link, DeployPolicy(load_kit("car"), DeployConfig(mapping={"palm": "forward"}, frames=1)))
        plain.on_prediction("palm", 0.99)
        link.submit(b"PING\n").wait(1.0)
        plain.on_prediction(None, 0.0)  # the next frame collects the ERR OBSTACLE answer
        errors = [(e.reason, e.rule_mm) for e in plain.policy.log if e.kind == "error"]
        assert errors == [("obstacle", 200)] and robot.left == 0
    finally:
        link.close()
