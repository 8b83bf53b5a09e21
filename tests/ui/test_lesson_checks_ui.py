"""Lesson checks that need the work, driven through the Lessons page and the Studio with the demo camera:
no pass before the work is done, a pass after it."""

from __future__ import annotations

from app.lessons.facts import gather_facts
from app.ml import model_card
from app.ui.studio import insights
from tests.ui.test_lessons_ui import click, lessons_page, select_pack


def record(qtbot, studio, name, count):
    """Hold to record on the demo camera until ``count`` more pictures of ``name`` are on disk (a busy machine
    can take a while: the shared 2-core test machine)."""
    before = len(studio.ctx.project.samples(name))
    studio.start_recording(name)
    qtbot.waitUntil(lambda: len(studio.recorder.batch) + studio.recorder_flushed(name) >= count, timeout=30000)
    studio._stop_recording()
    qtbot.waitUntil(lambda: len(studio.ctx.project.samples(name)) >= before + count, timeout=30000)


def open_lesson(qtbot, window, lesson_id: str):
    page = lessons_page(qtbot, window)
    assert page.add_student("Dana")
    assert select_pack(page, "first-steps")
    assert page.open_lesson(lesson_id)
    return page, page.player


def go_to(player, step_id: str):
    player.go(next(i for i, s in enumerate(player.steps) if s.id == step_id))
    assert player.step.id == step_id


def check(qtbot, player) -> str:
    """Press Check my work and wait for the verdict."""
    player.check_label.setText("")
    click(qtbot, player.check_button)
    qtbot.waitUntil(lambda: player.check_label.text()[:1] in ("✓", "✗"), timeout=20000)
    return player.check_label.text()


class NoBrowser:
    """Stands in for QDesktopServices: a test run opens no browser; the card's address is kept."""

    opened: list = []

    @staticmethod
    def openUrl(url):  # noqa: N802 - like QDesktopServices
        NoBrowser.opened.append(url)
        return True


def test_lesson_5_retrained_passes_only_after_training_again_on_everyones_pictures(qtbot, window, monkeypatch):
    page, player = open_lesson(qtbot, window, "05-does-it-work-for-everyone")
    go_to(player, "one-person-model")
    with qtbot.waitSignal(page.open_page, timeout=5000):
        click(qtbot, player.activity_button)
    studio = window.pages["studio"]
    project = window.ctx.project
    assert project.labels == ["stop sign", "go sign"]
    qtbot.waitUntil(lambda: window.ctx.backbone.embedder is not None, timeout=60000)
    for name, scene in (("stop sign", "palm"), ("go sign", "peace")):  # the "engineer": 20 pictures a sign
        studio.show_demo(scene)
        qtbot.wait(100)
        record(qtbot, studio, name, 20)
    with qtbot.waitSignal(window.ctx.model_changed, timeout=120000):
        studio.train()

    window.show_page("lessons")
    go_to(player, "retrained")
    first = check(qtbot, player)  # the first, one-person model: not the work this step asks for
    assert first.startswith("✗") and not player.done("retrained")

    window.show_page("studio")
    for name, scene in (("stop sign", "palm"), ("go sign", "peace")):  # everyone who agreed adds pictures
        studio.show_demo(scene)
        qtbot.wait(100)
        record(qtbot, studio, name, 20)
    window.show_page("lessons")
    stale = check(qtbot, player)
    assert "Train again" in stale or "click Train" in stale, stale
    assert not player.done("retrained")

    window.show_page("studio")
    with qtbot.waitSignal(window.ctx.model_changed, timeout=120000):
        studio.train()
    window.show_page("lessons")
    assert check(qtbot, player).startswith("✓") and player.done("retrained")

    # the model card's answers: Model card asks them; the capstone's check needs all three
    facts = gather_facts(window.ctx.project)
    assert not facts["model_card_complete"]
    monkeypatch.setattr(insights, "QDesktopServices", NoBrowser)
    form = studio.insights.fill_card()
    form.fields["purpose"].setPlainText("Stop and go signs for the class car")
    form.fields["not_for"].setPlainText("Anything that decides about people")
    form.fields["fails"].setPlainText("")  # left empty: not done
    form.accept()
    qtbot.waitUntil(lambda: (project.path / "model-card.html").is_file(), timeout=20000)
    assert not gather_facts(window.ctx.project)["model_card_complete"]
    form = studio.insights.fill_card()
    assert form.fields["purpose"].toPlainText() == "Stop and go signs for the class car"  # kept
    form.fields["fails"].setPlainText("Left hands and mittens, a dark room")
    form.accept()
    qtbot.waitUntil(lambda: "mittens" in (project.path / "model-card.html").read_text("utf-8"), timeout=20000)
    assert gather_facts(window.ctx.project)["model_card_complete"]
    assert model_card.answers_complete(model_card.load_answers(project.path))


def test_lesson_7_threshold_check_wants_the_students_own_value(qtbot, window):
    page, player = open_lesson(qtbot, window, "07-confidently-wrong")
    go_to(player, "threshold")
    with qtbot.waitSignal(page.open_page, timeout=5000):
        click(qtbot, player.activity_button)  # no classes in this step's setup: the Studio opens as it is
    studio = window.pages["studio"]
    if window.ctx.project is None:
        assert studio.add_class("rock")
    window.show_page("lessons")
    go_to(player, "threshold-check")
    before = check(qtbot, player)
    assert before.startswith("✗") and "60%" in before  # the slider is still where Oyla put it
    window.show_page("studio")
    studio.panel.threshold.setValue(75)  # the student moves the slider
    window.show_page("lessons")
    qtbot.waitUntil(lambda: abs(gather_facts(window.ctx.project)["threshold"] - 0.75) < 1e-9, timeout=5000)
    after = check(qtbot, player)
    assert after.startswith("✓") and "75%" in after and player.done("threshold-check")
