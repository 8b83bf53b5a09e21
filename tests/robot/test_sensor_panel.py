"""The Robot page's sensor strip (app/ui/robot_sensors.py) on the virtual car and on the firmware in simavr: live
values, the obstacle limit sent and restored after a reset, nothing read while a model deploys."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.robot import protocol  # noqa: E402
from app.robot.link import SerialLink  # noqa: E402
from app.robot.virtual import VirtualLink, VirtualRobot  # noqa: E402


@pytest.fixture
def panel(qtbot):
    from app.ui.robot.sensors import SensorPanel

    widget = SensorPanel()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_virtual_car_values_live_and_the_limit_is_set(qtbot, panel):
    robot = VirtualRobot()
    link = VirtualLink(robot)
    try:
        panel.set_link(link, link.hello())
        qtbot.waitUntil(lambda: panel.sense is not None, timeout=3000)
        assert panel.sense.dist == robot.distance_mm() == 670  # facing the top wall from the middle
        assert "67.0 cm" in panel.distance.text()
        qtbot.waitUntil(lambda: robot.safety_mm == 150, timeout=3000)  # the default limit, sent with SAFETY
        robot.sensor_line = (1, 0)
        qtbot.waitUntil(lambda: panel.sense.line == (1, 0), timeout=3000)
        assert panel.line.text() == "Line: left line, right floor"
        panel.limit_box.setCurrentIndex(panel.limit_box.findData(300))
        qtbot.waitUntil(lambda: robot.safety_mm == 300, timeout=3000)
        link.reset()  # the board forgets its limit: the panel sets it again
        qtbot.waitUntil(lambda: robot.safety_mm == 300, timeout=3000)
        panel.set_paused(True)  # a model deploys: no reads at all
        qtbot.wait(300)
        fed = robot.fed_at
        robot.sensor_dist = 90
        qtbot.wait(600)
        assert panel.sense.dist != 90 and robot.fed_at == fed
        assert panel.distance.text() == "Not read while a model drives or STOP is on."
        panel.set_paused(False)
        qtbot.waitUntil(lambda: panel.sense.dist == 90, timeout=3000)
    finally:
        link.close()


def test_a_kit_without_sensors_says_so(qtbot, panel):
    link = VirtualLink(VirtualRobot("arm"))
    try:
        panel.set_link(link, link.hello())
        qtbot.wait(500)
        assert panel.sense is None and link.robot.safety_mm == 0
        assert panel.distance.text() == "This robot has no sensors." and not panel.limit_box.isEnabled()
    finally:
        link.close()


def test_simulated_board_values_live(qtbot, panel, sim_board):
    with SerialLink(sim_board.port) as link:
        hello = link.hello()
        assert {"dist", "line"} <= hello.caps
        panel.set_link(link, hello)
        sim_board.sensors(dist=420, line=(0, 1))
        qtbot.waitUntil(lambda: panel.sense is not None and panel.sense.dist in (419, 420), timeout=10000)
        assert panel.sense.line == (0, 1) and panel.distance.text() in ("Distance ahead: 41.9 cm",
                                                                          "Distance ahead: 42.0 cm")
        qtbot.waitUntil(lambda: protocol.parse_sense(link.send(protocol.sense())).safety == 150, timeout=5000)
        sim_board.sensors(dist=-1)  # unplugged: no reading
        qtbot.waitUntil(lambda: panel.sense is not None and panel.sense.dist is None, timeout=10000)
        assert panel.distance.text() == "Distance ahead: no reading"
        panel.set_link(None, None)
