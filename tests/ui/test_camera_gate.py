"""The one camera gate: from every way of opening the camera (sidebar, Ctrl+1..5, a lesson's activity button,
hold-Space recording, a batch already on its way to the picture writer), no frame reaches any widget and no
picture lands on disk while consent is missing, withdrawn, or a parent's consent is required but not noted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.lessons import policy, teacher
from app.storage import consent, students
from app.ui.common.widgets import CameraView
from app.vision.demo import render
from tests.ui.test_lessons_ui import select_pack

LESSON = "01-what-a-camera-sees"
CASES = {"missing": policy.NO_CONSENT, "withdrawn": policy.WITHDRAWN, "parent": policy.PARENT_REQUIRED}


def pictures(data_dir) -> list:
    return [p for p in (data_dir / "projects").rglob("*") if p.suffix.lower() in (".jpg", ".png")]


def close_gate(case: str) -> None:
    if case == "missing":
        consent.consent_path().unlink()
    elif case == "withdrawn":
        consent.withdraw(None)
    else:
        teacher.save(teacher.TeacherSettings(require_parental_consent=True))


def open_gate(case: str, student_id: str) -> None:
    if case == "parent":
        students.record_consent(student_id, True)  # what the teacher's tick on the Teacher page does
    else:
        consent.record_consent("student", "en")


def hold_space(qtbot, window, studio, ms: int = 600) -> None:
    window.activateWindow()
    studio.panel.train.setFocus()
    qtbot.keyPress(window.windowHandle(), Qt.Key.Key_Space)  # to the window, then the focused button
    qtbot.wait(ms)
    qtbot.keyRelease(window.windowHandle(), Qt.Key.Key_Space)


@pytest.mark.parametrize("case", CASES)
def test_no_frame_reaches_a_widget_or_disk_until_consent(qtbot, window, data_dir, monkeypatch, case):
    shown = []
    real_show = CameraView.show_frame
    monkeypatch.setattr(CameraView, "show_frame", lambda view, rgb: (shown.append(view), real_show(view, rgb)))
    ctx, studio, robot = window.ctx, window.pages["studio"], window.pages["robot"]
    lessons = window.pages["lessons"]
    window.show_page("lessons")
    qtbot.waitUntil(lambda: lessons.loaded and not lessons.reloading, timeout=10000)
    assert lessons.add_student("Aru")  # chosen on the Lessons page: the gate asks for her
    student_id = lessons.student.id
    assert studio.add_class("fist")
    project = ctx.project
    close_gate(case)
    ctx.policy_changed()
    assert ctx.gate.code == CASES[case]
    qtbot.wait(200)  # frames already queued when the gate closed are dropped, not shown
    frames, predictions = [], []
    ctx.vision.frame.connect(frames.append)
    ctx.vision.predicted.connect(lambda p, i: predictions.append(i))
    shown.clear()

    for key in ("studio", "robot", "lessons", "studio"):  # the sidebar
        qtbot.mouseClick(window.nav_buttons[key], Qt.MouseButton.LeftButton)
        qtbot.wait(250)
    window.activateWindow()
    for i in range(5):  # Ctrl+1..5
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{i + 1}"), Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentIndex() == i
        qtbot.wait(250)

    window.show_page("lessons")
    assert select_pack(lessons, "first-steps") and lessons.open_lesson(LESSON)
    lessons.player.go(2)
    opened = []
    lessons.open_page.connect(lambda key, _setup: opened.append(key))
    qtbot.mouseClick(lessons.player.activity_button, Qt.MouseButton.LeftButton)  # the lesson's activity button
    assert opened == [] and lessons.error.text() == ctx.gate.reason()

    window.show_page("studio")
    ctx.set_project(project)
    hold_space(qtbot, window, studio)  # hold-Space recording
    assert not studio.recorder.active and studio.error.text() == ctx.gate.reason()
    studio.writer.put(project, "fist", [render("fist", 0)])  # a batch taken just before the gate closed
    qtbot.waitUntil(lambda: studio.writer.pending == 0, timeout=5000)
    qtbot.wait(300)

    assert frames == [] and predictions == [] and shown == []
    assert not studio.camera.live and not robot.camera.live and not ctx.vision.running
    assert ctx.vision.latest_frame is None
    assert pictures(data_dir) == []
    assert studio.error.isVisible() and studio.error.text() == ctx.gate.reason()

    open_gate(case, student_id)  # now consent is there: the same paths work, without a restart
    qtbot.waitUntil(lambda: studio.camera.live and bool(frames), timeout=5000)
    assert not studio.error.isVisible() and shown
    hold_space(qtbot, window, studio, 800)
    qtbot.waitUntil(lambda: len(pictures(data_dir)) > 0, timeout=20000)
    window.show_page("robot")
    qtbot.waitUntil(lambda: robot.camera.live, timeout=5000)


def test_withdrawing_while_recording_stops_the_camera_and_the_writer(qtbot, window, data_dir):
    studio, ctx = window.pages["studio"], window.ctx
    assert studio.add_class("palm")
    window.show_page("studio")
    qtbot.waitUntil(lambda: studio.camera.live, timeout=5000)
    consent.withdraw(None)  # from anywhere: the gate asks again by itself within a second
    qtbot.waitUntil(lambda: not ctx.vision.running and studio.error.isVisible(), timeout=5000)
    assert "consent was taken back" in studio.error.text()
    frames = []
    ctx.vision.frame.connect(frames.append)
    studio.writer.put(ctx.project, "palm", [render("palm", 1)])
    qtbot.waitUntil(lambda: studio.writer.pending == 0, timeout=5000)
    qtbot.wait(300)
    assert frames == [] and pictures(data_dir) == []
