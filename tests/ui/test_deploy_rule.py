"""The "obstacle ahead" deploy rule on the Robot page, on the in-app virtual car and its arena: far from anything the
model's class decides; closer than the rule's distance the rule's action goes to the robot instead (and the log says
so in plain words); the rule never drives forwards, keeps to the teacher's speed cap, and is off on a robot without a
distance sensor."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt

from app.lessons import teacher
from app.robot.virtual import Pose
from tests.ui.test_robot_ui import open_robot_page, tap, train_forward_left_stop

CAP = 180  # the teacher's speed cap in this test


def choose(combo, action: str) -> None:
    """Pick an entry the way a click in the list does."""
    combo.setCurrentIndex(combo.findData(action))
    combo.activated.emit(combo.currentIndex())


def sent(wire: list[bytes]) -> list[str]:
    return b"".join(wire).decode("ascii").splitlines()


def test_obstacle_rule_replaces_the_class_action_only_near_an_obstacle(qtbot, window):
    teacher.save(teacher.TeacherSettings(robot_speed_cap=CAP))
    train_forward_left_stop(qtbot, window)
    page = open_robot_page(qtbot, window)
    deploy, robot = page.deploy, page.link.robot
    assert deploy.rule.isVisible() and deploy.rule_check.isEnabled()  # the virtual car has a distance sensor
    assert deploy.config().obstacle_mm == 0  # off until ticked
    choices = [deploy.rule_action.itemData(i) for i in range(deploy.rule_action.count())]
    assert "forward" not in choices and "forward_left" not in choices and {"stop", "back"} <= set(choices)
    qtbot.mouseClick(deploy.rule_check, Qt.MouseButton.LeftButton)
    deploy.rule_cm.setValue(30)
    choose(deploy.rule_action, "stop")
    assert (deploy.config().obstacle_mm, deploy.config().obstacle_action) == (300, "stop")
    deploy.frames.setValue(2)
    deploy.speed.setValue(255)
    assert deploy.config().speed == CAP

    # far from the top wall (67 cm): the class's action; driving up to the wall, the rule stops the car
    page.show_demo("palm")  # "forward"
    wire = tap(robot)
    qtbot.mouseClick(deploy.start, Qt.MouseButton.LeftButton)
    assert not deploy.rule_check.isEnabled()  # no changes while deploying
    qtbot.waitUntil(lambda: f"DRIVE {CAP} {CAP}" in sent(wire), timeout=10000)
    qtbot.waitUntil(lambda: any("because an obstacle is" in line for line in deploy.log_lines()), timeout=5000)
    qtbot.waitUntil(lambda: page.link.state().left == 0, timeout=1000)
    lines = sent(wire)
    assert "STOP" in lines[lines.index(f"DRIVE {CAP} {CAP}"):]
    stopped_at = page.link.state()
    assert 150 < robot.distance_mm() <= 300 and not robot.bumped  # the rule, before the firmware's 15 cm stop
    rule_line = next(line for line in deploy.log_lines() if "because an obstacle is" in line)
    assert "Stop → sent STOP, because an obstacle is" in rule_line and "cm ahead (the rule, instead of “forward”)" \
        in rule_line
    wire.clear()
    qtbot.wait(700)  # the model still sees "forward": the rule keeps the car where it is
    assert "STOP" in sent(wire) and not any(line.startswith("DRIVE") for line in sent(wire))
    assert (page.link.state().x, page.link.state().y) == (stopped_at.x, stopped_at.y)

    # lifted back to the middle, far from everything: the class's action again
    wire.clear()
    robot.pose = Pose()
    qtbot.waitUntil(lambda: f"DRIVE {CAP} {CAP}" in sent(wire), timeout=5000)
    qtbot.mouseClick(deploy.start, Qt.MouseButton.LeftButton)  # Stop deploying
    assert page.deployer is None and deploy.rule_check.isEnabled()

    # a box right ahead (18 cm) and the rule says "back": even the first command obeys it, at the capped speed
    choose(deploy.rule_action, "back")
    robot.pose = Pose(x=161.0, y=68.0, heading=-math.pi / 2)  # under the box at x 150..172, y 20..42, facing it
    assert robot.distance_mm() == 180
    wire.clear()
    qtbot.mouseClick(deploy.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(line.startswith("DRIVE") for line in sent(wire)), timeout=5000)
    drives = [line for line in sent(wire) if line.startswith("DRIVE")]
    assert drives[0] == f"DRIVE -{CAP} -{CAP}"
    qtbot.waitUntil(lambda: robot.distance_mm() > 200, timeout=3000)  # it backs away from the box
    assert all(abs(int(value)) <= CAP for line in sent(wire) if line.startswith("DRIVE")
               for value in line.split()[1:])
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    assert robot.left == 0 and robot.right == 0

    # a robot without a distance sensor: the rule is off, and says why
    kit = page.bar.kit
    kit.setCurrentIndex(kit.findData("arm"))
    kit.activated.emit(kit.currentIndex())
    qtbot.waitUntil(lambda: page.link is not None and page.link.robot.kit == "arm", timeout=5000)
    assert not deploy.rule_check.isEnabled() and deploy.rule_check.isChecked()
    assert deploy.rule_check.toolTip() == "This robot has no distance sensor."
    assert deploy.config().obstacle_mm == 0


def test_the_firmware_obstacle_stop_is_logged_in_plain_words(qtbot):
    from app.robot.deploy import LogEntry
    from app.ui.robot.deploy import DeployPanel

    panel = DeployPanel()
    qtbot.addWidget(panel)
    seen = LogEntry(0.0, "error", detail="the robot answered ERR OBSTACLE 120", reason="obstacle", rule_mm=120)
    blind = LogEntry(0.0, "error", detail="the robot answered ERR OBSTACLE -1", reason="obstacle")
    assert panel.entry_text(seen) == "The robot would not drive forwards: its obstacle stop sees something 12 cm ahead."
    assert panel.entry_text(blind) == "The robot would not drive forwards: its distance sensor gives no reading."
