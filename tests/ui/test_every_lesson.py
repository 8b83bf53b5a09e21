"""Every lesson of first-steps walked in the real window with the demo camera only, as a student would: sign in on
the Lessons page, open the lesson, open each activity, and at every check step press Check before doing the work
(it must not pass), then do the work the lesson asks for in the Studio / Robot page, come back and press Check
again (it must pass). Quiz steps: a wrong answer shows the hint and leaves the step open, the right one closes it.

The demo camera draws every scene on one classroom backdrop (app/vision/demo.py has no background option), so the
shortcut lesson's second background comes from pictures added with the Studio's picture import (a class card's
Add…): demo hand signs redrawn on a dark green sheet by ``other_background`` below, as a teacher's picture folder
would be. Lessons 8–10 drive the virtual robot with the model.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from app.lessons.archive import builtin_packs_dir
from app.storage.settings import projects_dir
from app.ui.studio import insights
from app.vision.demo import render_with_mask
from tests.ui.helpers import answer_quiz_step, check, click, go_to, open_lesson, record, train
from tests.ui.test_lesson_checks_ui import NoBrowser
from tests.ui.test_robot_ui import open_robot_page

pytestmark = pytest.mark.slow

LESSONS = sorted(p.name for p in (builtin_packs_dir() / "first-steps").iterdir() if p.is_dir())


def other_background(folder: Path, scene: str, count: int) -> list[Path]:
    """``count`` demo pictures of ``scene`` with everything but the hand painted dark green (a second backdrop)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        image, hand = render_with_mask(scene, 1000 + i, seed=7)
        noise = np.random.default_rng(i).integers(-8, 9, image.shape)
        green = np.clip(np.array([30, 90, 45]) + noise, 0, 255).astype(np.uint8)
        image = np.where(hand[..., None], image, green)
        path = folder / f"{scene}-{i:02d}.png"
        cv2.imwrite(str(path), cv2.cvtColor(image, cv2.COLOR_RGB2BGR))
        paths.append(path)
    return paths


class Student:
    """The work each step asks for, done with the window's pages (``w.studio``, ``w.robot``)."""

    def __init__(self, qtbot, window, player, tmp_path, monkeypatch):
        self.qtbot, self.window, self.player, self.tmp, self.monkeypatch = qtbot, window, player, tmp_path, monkeypatch
        self.studio = window.pages["studio"]

    @property
    def project(self):
        return self.window.ctx.project

    def record(self, pictures: dict[str, tuple[str, int]]) -> None:
        """{class: (demo scene, how many)} recorded in the Studio."""
        self.window.show_page("studio")
        self.qtbot.waitUntil(self.studio.isVisible, timeout=5000)
        for name, (scene, count) in pictures.items():
            record(self.qtbot, self.studio, name, count, scene)

    def train(self) -> None:
        train(self.qtbot, self.window)

    def delete_in_my_data(self) -> None:
        """What lessons 2 and 10 tell: open My data, select the project with your pictures, Delete, confirm."""
        data = self.window.pages["data"]
        slug = self.project.path.name
        self.settle()
        self.window.show_page("data")
        self.qtbot.waitUntil(lambda: data.project_info(slug) is not None, timeout=30000)
        assert data.project_info(slug).sample_count > 0
        self.monkeypatch.setattr(data, "_confirm", lambda _title, _text: True)  # Yes in the question box
        task = data.delete_project(slug)
        assert task is not None
        with self.qtbot.waitSignal(task.finished, timeout=30000):
            pass
        assert self.window.ctx.project is None and not (projects_dir() / slug).exists(), data.error.text()

    def settle(self) -> None:
        """Wait until the Studio has written every recorded picture and its background copies (My data deleting a
        project while they are still being written into its folder is not what this test is about)."""
        studio = self.studio
        for _ in range(2):
            self.qtbot.waitUntil(lambda: studio.writer.pending == 0 and not studio.panel.copies_slot.busy,
                                 timeout=240000)
            self.qtbot.wait(300)

    def threshold(self, percent: int) -> None:
        """The student moves the Studio's "not sure" slider."""
        self.window.show_page("studio")
        self.studio.panel.threshold.setValue(percent)
        self.qtbot.waitUntil(lambda: abs(self.project.settings.threshold - percent / 100) < 1e-9, timeout=5000)

    def drive_robot(self) -> None:
        """Deploy the model on the virtual robot, show the open hand ("go") and wait until it drove."""
        page = open_robot_page(self.qtbot, self.window)
        self.qtbot.waitUntil(lambda: bool(page.labels), timeout=30000)
        assert page.deploy.mapping().get("go") == "forward", page.deploy.mapping()
        page.show_demo("palm")
        click(self.qtbot, page.deploy.start)
        assert page.deployer is not None
        self.qtbot.waitUntil(lambda: self.project.robot_drive() is not None, timeout=60000)
        click(self.qtbot, page.deploy.start)  # stop deploying
        assert page.deployer is None

    def fill_model_card(self) -> None:
        self.monkeypatch.setattr(insights, "QDesktopServices", NoBrowser)
        self.window.show_page("studio")
        form = self.studio.insights.fill_card()
        assert form is not None
        form.fields["purpose"].setPlainText("Go and stop signs for the class robot")
        form.fields["not_for"].setPlainText("Anything that decides about people")
        form.fields["fails"].setPlainText("A dark room, gloves, a sign held sideways")
        form.accept()
        card = self.project.path / "model-card.html"
        self.qtbot.waitUntil(lambda: card.is_file() and "gloves" in card.read_text("utf-8"), timeout=60000)


# ---- the work of each lesson, by step id: activity steps right after the activity opened, check steps between
# ---- the failing and the passing Check
def lesson_01(w: Student, step: str):
    if step == "samples-check":
        w.record({"hand": ("palm", 10), "empty table": ("empty", 10)})


def lesson_02(w: Student, step: str):
    if step == "practice-class":
        w.record({"practice": ("palm", 5)})
    elif step == "delete-check":
        w.delete_in_my_data()


def lesson_03(w: Student, step: str):
    if step == "samples-check":
        w.record({"open hand": ("palm", 20), "fist": ("fist", 20), "thumbs up": ("peace", 20)})
    elif step == "train":
        w.train()


def lesson_04(w: Student, step: str):
    if step == "trap":
        w.record({"apple": ("fist", 12), "book": ("palm", 12)})
    elif step == "detective":
        w.train()
        studio = w.studio
        assert studio.insights.open_detective()
        w.qtbot.waitUntil(lambda: (w.project.model_dir / "robustness.json").is_file(), timeout=240000)
    elif step == "retrain":
        before = w.player.check_label.text()  # the demo camera's pictures: one backdrop
        assert [line[0] for line in before.splitlines()] == ["✗", "✗", "✓"] and "background" in before, before
        w.window.show_page("studio")
        for name, scene in (("apple", "fist"), ("book", "palm")):  # Add… on the class card: the other backdrop
            task = w.studio.importer.start(name, other_background(w.tmp / f"{name}-green", scene, 8))
            with w.qtbot.waitSignal(task.finished, timeout=120000):
                pass
        w.record({"apple": ("fist", 10), "book": ("palm", 10)})
        w.window.show_page("lessons")
        go_to(w.player, "retrain")
        stale = check(w.qtbot, w.player)  # 30 a class on two backgrounds, but the model is the old one
        assert stale.splitlines()[:2] == ["✓ Every class has at least 30 samples.",
                                          "✓ Every class has at least 8 pictures on each of two backgrounds."], stale
        assert stale.splitlines()[2].startswith("✗") and "Train again" in stale, stale
        w.train()


def lesson_05(w: Student, step: str):
    if step == "one-person-model":  # the "engineer": 20 pictures a sign, trained
        w.record({"stop sign": ("palm", 20), "go sign": ("peace", 20)})
        w.train()
    elif step == "include-everyone":  # everyone who agreed adds pictures
        w.record({"stop sign": ("palm", 20), "go sign": ("peace", 20)})
    elif step == "retrained":
        w.train()


def lesson_06(w: Student, step: str):
    if step == "three-classes":
        w.record({"rock": ("fist", 25), "paper": ("palm", 25), "scissors": ("peace", 25)})
    elif step == "accuracy-check":
        w.train()
        view = w.studio.insights.open_results()  # Test results: the held-out score the check reads
        assert view is not None and view.metrics["accuracy"] >= 0.8


def lesson_07(w: Student, step: str):
    if step == "fool-it":  # the lesson's model from before: no "nothing" class yet
        w.window.show_page("studio")
        for name in ("rock", "paper"):
            assert w.studio.add_class(name)
        w.record({"rock": ("fist", 20), "paper": ("palm", 20)})
    elif step == "nothing-class":
        assert w.studio.add_class("nothing", background=True)
        w.record({"nothing": ("empty", 20)})
    elif step == "threshold-check":
        w.threshold(75)


def drive_with_a_model(w: Student):
    w.record({"go": ("palm", 10), "left": ("fist", 10), "right": ("peace", 10), "nothing": ("empty", 10)})
    w.train()
    w.drive_robot()


def lesson_08(w: Student, step: str):
    if step == "drive-check":
        drive_with_a_model(w)


def lesson_09(w: Student, step: str):
    if step == "threshold-check":
        w.threshold(75)
    elif step == "drive":
        drive_with_a_model(w)


def lesson_10(w: Student, step: str):
    if step == "accuracy":
        w.record({"go": ("palm", 15), "stop": ("fist", 15), "nothing": ("empty", 15)})
        w.train()
    elif step == "model-card":
        w.fill_model_card()
    elif step == "delete-data":
        w.delete_in_my_data()


WORK = {lesson: globals()[f"lesson_{lesson[:2]}"] for lesson in LESSONS}


def test_every_lesson_is_listed():
    assert len(LESSONS) == 10 and set(WORK) == set(LESSONS)


@pytest.mark.parametrize("lesson_id", LESSONS)
def test_lesson_checks_pass_only_after_the_work(qtbot, window, tmp_path, monkeypatch, lesson_id):
    page, player = open_lesson(qtbot, window, lesson_id)
    student = Student(qtbot, window, player, tmp_path, monkeypatch)
    try:
        walk(qtbot, window, page, player, student, WORK[lesson_id])
    finally:
        # the Studio keeps embedding augmented copies in the background (in the helper process): let that end here,
        # so the next lesson starts on a quiet machine (it starts when the backbone is ready, so that first)
        qtbot.waitUntil(lambda: window.ctx.backbone.embedder is not None, timeout=180000)
        qtbot.wait(100)
        slots = (student.studio.panel.copies_slot, student.studio.training, student.studio.importer.slot)
        qtbot.waitUntil(lambda: not any(slot.busy for slot in slots), timeout=240000)


def walk(qtbot, window, page, player, student, work):
    checked = []
    for index in range(len(player.steps)):
        player.go(index)
        step = player.step
        if step.kind == "activity" and step.page != "none":
            with qtbot.waitSignal(page.open_page, timeout=10000) as opened:
                click(qtbot, player.activity_button)
            assert opened.args[0] == step.page
            work(student, step.id)
        elif step.kind == "check":
            before = check(qtbot, player)
            assert ("✗" in before or "no project" in before) and not player.done(step.id), (step.id, before)
            work(student, step.id)
            window.show_page("lessons")
            go_to(player, step.id)
            after = check(qtbot, player)
            assert all(line.startswith("✓") for line in after.splitlines()) and player.done(step.id), (step.id, after)
            checked.append(step.id)
        elif step.kind == "quiz":
            answer_quiz_step(qtbot, player)
        window.show_page("lessons")
    assert checked == [s.id for s in player.steps if s.kind == "check"]
