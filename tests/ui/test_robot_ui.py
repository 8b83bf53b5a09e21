"""The Robot page driven like a student or teacher would: offscreen, demo camera, the virtual robot."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.robot.virtual import VirtualLink


def open_robot_page(qtbot, window):
    window.show_page("robot")
    page = window.pages["robot"]
    qtbot.waitUntil(lambda: isinstance(page.link, VirtualLink), timeout=5000)
    return page


def test_virtual_robot_connects_and_drives_by_hand(qtbot, window):
    page = open_robot_page(qtbot, window)
    assert "Oyla firmware 1.0.0" in page.bar.info.text() and "drive" in page.bar.info.text()
    qtbot.waitUntil(lambda: page.arena.state is not None, timeout=2000)
    start = page.arena.state
    forward = page.pad.buttons["forward"]
    qtbot.mousePress(forward, Qt.MouseButton.LeftButton)
    qtbot.wait(1200)  # longer than the 500 ms watchdog: the held button keeps the car going
    moving = page.arena.state
    assert moving.left > 0 and moving.right > 0
    qtbot.mouseRelease(forward, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.arena.state.left == 0, timeout=1000)
    end = page.arena.state
    assert start.y - end.y > 20 and abs(end.x - start.x) < 1  # facing up the screen: y got smaller
    assert len(page.arena.trail) > 10
    assert any("Forward" in line and "DRIVE" in line for line in page.deploy.log_lines())
    page.grab().save("/tmp/robot-manual.png")
