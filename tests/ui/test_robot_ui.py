"""The Robot page driven like a student or teacher would: offscreen, demo camera, the virtual robot."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from app.robot.link import SerialLink
from app.robot.ports import PortInfo
from app.robot.virtual import VirtualLink
from tests.ui.test_studio import record


def open_robot_page(qtbot, window):
    window.show_page("robot")
    page = window.pages["robot"]
    qtbot.waitUntil(lambda: isinstance(page.link, VirtualLink), timeout=10000)
    assert page.bar.note.text() == "", page.bar.note.text()
    return page


def test_virtual_robot_connects_and_drives_by_hand(qtbot, window):
    window.ctx.backbone.wait(120)  # its first load holds the interpreter for long moments; let it finish
    page = open_robot_page(qtbot, window)
    assert "Oyla firmware 1.2.0" in page.bar.info.text() and "drive" in page.bar.info.text()
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
    qtbot.mouseClick(page.restart_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.arena.state is not None and page.arena.state.y == start.y, timeout=2000)
    assert len(page.arena.trail) == 1
    page.grab().save("/tmp/robot-manual.png")


def train_forward_left_stop(qtbot, window):
    """A tiny model through the Studio: open hand = forward, fist = left, nothing = stop."""
    studio = window.pages["studio"]
    qtbot.waitUntil(lambda: window.ctx.backbone.embedder is not None, timeout=60000)
    for name, scene in (("forward", "palm"), ("left", "fist"), ("stop", "empty")):
        assert studio.add_class(name)
        studio.show_demo(scene)
        qtbot.wait(100)
        record(qtbot, studio, name, 12)
    with qtbot.waitSignal(window.ctx.model_changed, timeout=60000):
        assert studio.train() is not None


def tap(robot) -> list[bytes]:
    """Everything the virtual robot receives from now on, as the bytes on its wire."""
    received: list[bytes] = []
    feed = robot.feed
    robot.feed = lambda data: (received.append(bytes(data)), feed(data))[1]
    return received


def wait_moving(qtbot, page):
    qtbot.waitUntil(lambda: page.link.state().left > 0, timeout=10000)


def test_deploy_follows_the_model_and_stop_always_works(qtbot, window):
    train_forward_left_stop(qtbot, window)
    page = open_robot_page(qtbot, window)
    deploy = page.deploy
    assert deploy.mapping() == {"forward": "forward", "left": "left", "stop": "stop"}  # suggested from names
    deploy.set_action("left", None)  # a class can also do nothing
    deploy.frames.setValue(2)
    deploy.speed.setValue(200)
    page.show_demo("empty")
    qtbot.mouseClick(deploy.start, Qt.MouseButton.LeftButton)
    assert page.deployer is not None and deploy.start.text() == "Stop deploying"
    assert not page.pad.isEnabled()  # no driving by hand while the model drives

    qtbot.wait(300)
    start = page.arena.state
    qtbot.mouseClick(page.demo_buttons["palm"], Qt.MouseButton.LeftButton)
    wait_moving(qtbot, page)
    qtbot.wait(800)
    moved = page.arena.state
    assert start.y - moved.y > 10 and abs(moved.x - start.x) < 1  # forward = up the screen
    log = page.deploy.log_lines()
    assert any("Forward → sent DRIVE 200 200, because “forward” is" in line for line in log)
    drive = window.ctx.project.robot_drive()  # the lessons' "robot driven" check reads this
    assert drive is not None and drive["min_confidence"] == deploy.config().min_confidence

    # Esc: STOP at once, latched; the model still sees "forward" but nothing is sent any more
    page.deploy.log.setFocus()  # keys go as a real key press goes: to the window, then to the focused widget
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Escape)
    assert page.latched and page.deployer is None and page.banner.isVisible()
    robot = page.link.robot
    assert robot.left == 0 and robot.right == 0
    wire = tap(robot)
    stopped_at = page.link.state()  # now, not the last frame drawn
    lines = len(page.deploy.log_lines())
    qtbot.wait(1000)
    assert wire == []  # the model still sees "forward", yet nothing at all went to the robot
    assert (page.arena.state.x, page.arena.state.y) == (stopped_at.x, stopped_at.y)
    assert not any("DRIVE" in line for line in page.deploy.log_lines()[lines:])
    assert "Esc key" in page.deploy.log_lines()[lines - 1]
    assert not deploy.start.isEnabled()  # latched until re-armed

    # the STOP button works the same way (Re-arm from the keyboard: Space is STOP here, so Enter presses)
    page.rearm_button.setFocus()
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.latched, timeout=1000)
    qtbot.mouseClick(deploy.start, Qt.MouseButton.LeftButton)
    wait_moving(qtbot, page)
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    assert page.latched and robot.left == 0 and robot.right == 0

    # Space is STOP too
    qtbot.mouseClick(page.rearm_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(deploy.start, Qt.MouseButton.LeftButton)
    wait_moving(qtbot, page)
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Space)
    assert page.latched and robot.left == 0

    # predictions stop (no model): nothing more is sent and the robot's own watchdog stops the car
    qtbot.mouseClick(page.rearm_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(deploy.start, Qt.MouseButton.LeftButton)
    wait_moving(qtbot, page)
    watchdogs = robot.watchdog_count
    wire = tap(robot)
    last_sent = []
    feed = robot.feed
    robot.feed = lambda data: (last_sent.append(time.monotonic()), feed(data))[1]
    qtbot.waitUntil(lambda: bool(last_sent), timeout=2000)  # so the last command before the cut is one timed here
    window.ctx.vision.set_predictor(None)
    cut = time.monotonic()
    qtbot.waitUntil(lambda: page.link.state().left == 0, timeout=2000)
    stopped = time.monotonic()
    assert stopped - cut < 1.0 and all(line.startswith(b"DRIVE") for line in wire)  # no STOP from the app
    assert 0.45 < stopped - max([cut, *last_sent]) < 0.8  # the robot's 500 ms watchdog did it (+ a busy PC)
    assert robot.watchdog_count == watchdogs + 1 and robot.stopped
    qtbot.waitUntil(lambda: page.arena.state.left == 0 and page.arena.state.stopped, timeout=500)
    qtbot.waitUntil(lambda: "watchdog" in page.deploy.log_lines()[-1], timeout=1000)

    # predictions come back: still deployed, the car drives on; leaving the page (where STOP cannot be
    # reached) then stops deploying and the robot at once
    window.pages["studio"]._load_predictor()
    wait_moving(qtbot, page)
    window.show_page("studio")
    assert page.deployer is None and robot.left == 0 and "left the Robot page" in page.deploy.log_lines()[-1]


def test_robot_page_follows_the_language(qtbot, window):
    page = open_robot_page(qtbot, window)
    window.set_language("ru")
    try:
        qtbot.waitUntil(lambda: page.stop_button.text() not in ("", "STOP"), timeout=2000)
        assert page.bar.port.itemText(0) != "Virtual robot (on screen)" and "1.2.0" in page.bar.info.text()
        assert page.pad.buttons["forward"].text() != "↑ Forward"
    finally:
        window.set_language("en")
    qtbot.waitUntil(lambda: page.stop_button.text() == "STOP", timeout=2000)
    assert page.pad.buttons["forward"].text() == "↑ Forward" and "Oyla firmware 1.2.0" in page.bar.info.text()


def test_kit_picker_rebuilds_the_virtual_robot_as_an_arm(qtbot, window):
    page = open_robot_page(qtbot, window)
    kit = page.bar.kit
    kit.setCurrentIndex(kit.findData("arm"))
    kit.activated.emit(kit.currentIndex())
    qtbot.waitUntil(lambda: page.link is not None and page.link.robot.kit == "arm", timeout=5000)
    assert "kit “Arm”" in page.bar.info.text() and "drive" not in page.bar.info.text()
    assert "grab" in page.pad.buttons and "forward" not in page.pad.buttons
    qtbot.mouseClick(page.pad.buttons["grab"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.arena.state is not None and page.arena.state.servo[3] == 20, timeout=2000)


def test_teacher_speed_cap_limits_driving(qtbot, window):
    from app.lessons import teacher

    teacher.save(teacher.TeacherSettings(robot_speed_cap=90))
    page = open_robot_page(qtbot, window)
    assert page.deploy.speed.maximum() == 90 and page.deploy.speed.value() == 90
    assert "at most 90" in page.deploy.cap_note.text() and page.deploy.cap_note.isVisible()
    wire = tap(page.link.robot)
    qtbot.mousePress(page.pad.buttons["forward"], Qt.MouseButton.LeftButton)
    qtbot.mouseRelease(page.pad.buttons["forward"], Qt.MouseButton.LeftButton)
    assert wire[:2] == [b"DRIVE 90 90\n", b"STOP\n"]


@pytest.fixture
def board(tmp_path):
    from tests.robot.ptyboard import PtyBoard

    made = []

    def make(**kwargs):
        made.append(PtyBoard(tmp_path / f"ttyOYLA{len(made)}", **kwargs))
        return made[-1]

    yield make
    for b in made:
        if b.path.is_symlink():
            b.unplug()


def plug(page, *boards):
    """The port list the hot-plug poller sees from now on (like boards in the USB sockets)."""
    page.bar.list_ports = lambda: [PortInfo(str(b.path), f"Arduino Uno R3 ({b.path.name})", 0x2341, 0x0043, True)
                                   for b in boards]
    page.bar.poll()


def test_usb_board_appears_connects_and_drives(qtbot, window, board):
    page = open_robot_page(qtbot, window)
    uno = board()
    plug(page, uno)
    # not connected to a board yet, so the plugged-in one is offered (the virtual robot stays connected until asked)
    page.bar.disconnect_link()
    plug(page)
    assert page.bar.port.count() == 1  # unplugged: only the virtual robot is left
    plug(page, uno)
    assert page.bar.port.currentData() == str(uno.path)
    assert "A board was plugged in" in page.bar.note.text()
    qtbot.mouseClick(page.bar.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.link, SerialLink) or page.bar.note.objectName() == "error", timeout=10000)
    assert isinstance(page.link, SerialLink), page.bar.note.text()
    assert str(uno.path) in page.bar.info.text() and "Oyla firmware 1.2.0" in page.bar.info.text()
    assert page.real_note.isVisible() and not page.arena.isVisible()
    qtbot.mousePress(page.pad.buttons["forward"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: uno.robot.left > 0, timeout=2000)
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: uno.robot.left == 0, timeout=2000)
    assert page.latched and not page.pad.isEnabled()
    # the cable comes out and goes back in: the link notices, says so, and reconnects by itself
    uno.unplug()
    qtbot.waitUntil(lambda: "unplugged" in page.bar.note.text(), timeout=5000)
    assert page.bar.note.objectName() == "error"
    uno.plug()
    qtbot.waitUntil(lambda: "back" in page.bar.note.text(), timeout=5000)
    qtbot.mouseClick(page.bar.connect_button, Qt.MouseButton.LeftButton)  # Disconnect
    assert page.link is None and page.bar.connect_button.text() == "Connect"


def test_board_without_oyla_firmware_and_upload_without_avrdude(qtbot, window, board, monkeypatch, tmp_path):
    page = open_robot_page(qtbot, window)
    page.bar.disconnect_link()
    mute = board(answer=False)
    plug(page, mute)
    page.bar.connect_to(str(mute.path))
    qtbot.waitUntil(lambda: "Upload the Oyla firmware" in page.bar.note.text(), timeout=10000)
    assert page.link is None and page.bar.note.objectName() == "error"

    monkeypatch.setenv("OYLA_AVRDUDE", str(tmp_path / "no-avrdude"))
    assert page.bar.upload.isEnabled()
    assert page.bar.upload_clicked() is not None
    qtbot.waitUntil(lambda: not page.bar.flashing.busy and not page.bar.progress.isVisible(), timeout=10000)
    assert "Arduino IDE" in page.bar.note.text() and "oyla_bot.ino" in page.bar.note.text()


def test_upload_to_a_board_without_bootloader_fails_clearly(qtbot, window, board):
    page = open_robot_page(qtbot, window)
    uno = board()
    plug(page, uno)
    page.bar.port.setCurrentIndex(page.bar.port.findData(str(uno.path)))
    assert page.bar.upload_clicked() is not None
    assert page.bar.progress.isVisible() and page.bar.upload.text() == "Cancel upload"
    assert not page.bar.connect_button.isEnabled()
    qtbot.waitUntil(lambda: not page.bar.flashing.busy and not page.bar.progress.isVisible(), timeout=60000)
    assert "did not answer at 115200 baud" in page.bar.note.text(), page.bar.note.text()
    assert page.bar.upload.isEnabled() and page.bar.upload.text() == "Upload firmware"

    page.bar.upload_clicked()
    qtbot.wait(300)
    page.bar.upload_clicked()  # now "Cancel upload"
    # the task's "busy" ends on the worker just before its result reaches the page: wait for what the page says
    qtbot.waitUntil(lambda: "cancelled" in page.bar.note.text(), timeout=5000)
