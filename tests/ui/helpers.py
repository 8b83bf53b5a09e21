"""Shared helpers of the UI tests that drive lessons like a student: sign in, open a lesson, walk its steps, press
Check, answer quizzes, record on the demo camera, train. Timeouts are generous: CI and the shared test machine
have 2 cores."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_lessons_ui import click, lessons_page, select_pack

__all__ = ["answer_quiz_step", "check", "click", "go_to", "lessons_page", "open_lesson", "record", "train"]


def record(qtbot, studio, name: str, count: int, scene: str | None = None) -> None:
    """Hold to record on the demo camera (showing ``scene``, if given) until ``count`` more pictures of ``name``
    are on disk."""
    if scene is not None:
        studio.show_demo(scene)
        qtbot.wait(100)
    before = len(studio.ctx.project.samples(name))
    studio.start_recording(name)
    qtbot.waitUntil(lambda: len(studio.recorder.batch) + studio.recorder_flushed(name) >= count, timeout=60000)
    studio._stop_recording()
    qtbot.waitUntil(lambda: len(studio.ctx.project.samples(name)) >= before + count, timeout=60000)


def train(qtbot, window) -> None:
    """Click Train in the Studio and wait for the model (the backbone first, if it is still loading)."""
    window.show_page("studio")
    qtbot.waitUntil(lambda: window.ctx.backbone.embedder is not None, timeout=180000)
    with qtbot.waitSignal(window.ctx.model_changed, timeout=240000):
        assert window.pages["studio"].train() is not None


def open_lesson(qtbot, window, lesson_id: str, student: str = "Dana"):
    """Sign in ``student`` on the Lessons page, pick the first pack and open ``lesson_id``: -> (page, player)."""
    page = lessons_page(qtbot, window)
    assert page.add_student(student)
    assert select_pack(page, "first-steps")
    assert page.open_lesson(lesson_id)
    return page, page.player


def go_to(player, step_id: str) -> None:
    player.go(next(i for i, s in enumerate(player.steps) if s.id == step_id))
    assert player.step.id == step_id


def check(qtbot, player) -> str:
    """Press Check my work and wait for the verdict (✓ or ✗ and what to do)."""
    player.check_label.setText("")
    click(qtbot, player.check_button)
    qtbot.waitUntil(lambda: player.check_label.text()[:1] in ("✓", "✗") or "no project" in player.check_label.text(),
                    timeout=60000)
    return player.check_label.text()


def answer_quiz_step(qtbot, player) -> None:
    """A quiz step: one wrong answer shows that question's hint (not the answer) and leaves the step open; the right
    answers mark it done."""
    step = player.step
    quizzes = [player.text.question(q) for q in step.quizzes]
    first = quizzes[0]
    wrong = next(i for i in range(len(first.options)) if i not in first.answer)
    for quiz in quizzes:
        for i, button in enumerate(player.option_buttons[quiz.id]):
            button.setChecked(i == wrong if quiz is first else i in quiz.answer)
    click(qtbot, player.answer_button)
    shown = player.quiz_labels[first.id].text()
    assert shown.startswith("✗") and first.hint and first.hint in shown, shown
    assert not player.done(step.id)
    for quiz in quizzes:
        for i, button in enumerate(player.option_buttons[quiz.id]):
            button.setChecked(i in quiz.answer)
    click(qtbot, player.answer_button)
    assert all(player.quiz_labels[q.id].text().startswith("✓") for q in quizzes)
    assert player.done(step.id)


def press(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
