"""The Robot page with a trained model (four classes, one with a long name: the deploy panel's class rows and its
"obstacle ahead" rule are shown) fits a lab screen: at 1366×768 and 1280×720, with normal and with large text
(projector mode), in English, Kazakh and Russian, STOP, Start deploying, the drive pad and the demo-camera buttons
are on screen without scrolling, nothing is squeezed and no text is cut off — with the teacher's speed cap shown,
before, while the model drives the virtual robot and after STOP."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from pytestqt.exceptions import TimeoutError  # noqa: A004 - what waitUntil raises

from app.lessons import teacher
from tests.ui.layout_check import clipped, squeezed
from tests.ui.test_geometry import SIZES, train_demo_model


def parts(page) -> dict[str, int]:
    """The minimum heights of the page's parts, to say which one grew when the page does not fit."""
    return {name: widget.minimumSizeHint().height() for name, widget in
            (("bar", page.bar), ("info", page.bar.info), ("deploy", page.deploy), ("sensors", page.sensors),
             ("pad", page.pad), ("arena", page.arena))}


def assert_fits(qtbot, window, page, where) -> None:
    qtbot.wait(60)
    area = window.stack.currentWidget()  # the page's scroll area
    viewport = area.viewport()
    need = page.minimumSizeHint().height()
    if page.layout().hasHeightForWidth():  # what the layout really takes: wrapped labels at the page's width
        need = max(need, page.layout().minimumHeightForWidth(page.width()))
    assert need <= viewport.height() and not area.verticalScrollBar().isVisible() \
        and not area.horizontalScrollBar().isVisible(), (where, need, viewport.size(), parts(page))
    assert not squeezed(page), (where, squeezed(page))
    actions = [page.stop_button, page.deploy.start, *page.demo_buttons.values(), *page.pad.buttons.values()]
    for widget in actions:
        assert widget.isVisible(), (where, widget.text())
        rect = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
        assert viewport.rect().contains(rect), (where, widget.text(), rect, viewport.rect())
    try:  # live texts (the sensors, the log) change several times a second: the layout catches up at once
        qtbot.waitUntil(lambda: not clipped(page), timeout=2000)
    except TimeoutError:
        raise AssertionError((where, clipped(page))) from None


def test_robot_page_with_a_trained_model_fits_a_lab_screen(qtbot, window):
    teacher.save(teacher.TeacherSettings(robot_speed_cap=180))  # its note is one more line on the page
    labels = train_demo_model(qtbot, window)
    robot = window.pages["robot"]
    window.show_page("robot")
    qtbot.waitUntil(lambda: robot.link is not None and robot.demo_buttons["fist"].isVisible(), timeout=10000)
    assert robot.labels == labels and robot.deploy.rule.isVisible()  # the class rows and the rule are shown
    assert robot.deploy.start.isEnabled() and robot.deploy.cap_note.isVisible()
    try:
        for lang in ("en", "kk", "ru"):
            window.set_language(lang)
            for large in (False, True):
                window.large_action.setChecked(large)  # projector mode: large text and high contrast
                window.contrast_action.setChecked(large)
                for size in SIZES:
                    window.resize(*size)
                    assert_fits(qtbot, window, robot, (lang, large, size))
            robot.deploy.start.click()  # the model drives the robot: the page still fits, nothing cut off
            assert robot.deployer is not None
            assert_fits(qtbot, window, robot, (lang, "large", "deploying", SIZES[-1]))
            robot.deploy.start.click()
            assert robot.deployer is None
            robot.stop_button.click()  # STOPPED: the banner and "Allow moving again" lie over the arena
            assert robot.banner.isVisible() and robot.rearm_button.isVisible()
            arena = QRect(robot.arena.mapTo(robot, QPoint(0, 0)), robot.arena.size())
            assert arena.contains(robot.rearm_button.geometry()), (lang, arena, robot.rearm_button.geometry())
            assert robot.rearm_button.geometry().top() > robot.banner.geometry().bottom()  # under its words
            assert robot.rearm_button.width() >= robot.rearm_button.sizeHint().width()
            assert_fits(qtbot, window, robot, (lang, "large", "stopped", SIZES[-1]))
            robot.rearm_button.click()
            assert not robot.latched
            window.large_action.setChecked(False)
            window.contrast_action.setChecked(False)
    finally:
        window.large_action.setChecked(False)
        window.contrast_action.setChecked(False)
        window.set_language("en")
