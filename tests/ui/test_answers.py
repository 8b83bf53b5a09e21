"""Every action answers, and no text outlives what it talks about (issue 15): the Studio's "Done! … %" line, a
lesson's "✗ Train the model first", "I agree" with the box unticked, the model card's file, Start deploying."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.ml.ingest import add_frames
from app.storage.project import create_project
from app.vision.demo import render
from tests.ui.test_lesson_checks_ui import check, go_to, open_lesson, record
from tests.ui.test_lessons_ui import click

DONE = "Done! On pictures it did not learn from, it was right %1% of the time."


def pictures(window, names=("fist", "palm"), count=8):
    studio = window.pages["studio"]
    for name in names:
        if name not in studio.classes.cards:
            assert studio.add_class(name)
        scene = {"open hand": "palm", "thumbs up": "peace"}.get(name, name)  # the lesson's class names
        add_frames(window.ctx.project, name, [render(scene, i, seed=5) for i in range(count)],
                   window.ctx.backbone.embedder)


def train(qtbot, window):
    with qtbot.waitSignal(window.ctx.model_changed, timeout=120000):
        assert window.pages["studio"].train() is not None


def test_the_training_outcome_follows_the_language_and_goes_when_out_of_date(qtbot, window):
    studio = window.pages["studio"]
    status = studio.panel.status
    qtbot.waitUntil(lambda: window.ctx.backbone.embedder is not None, timeout=120000)
    pictures(window)
    train(qtbot, window)
    assert status.text().startswith("Done!") and studio.panel.progress.value() == 100
    english = status.text()
    window.set_language("kk")
    try:
        kazakh = QCoreApplication.translate("StudioPage", DONE)
        assert kazakh != DONE
        qtbot.waitUntil(lambda: status.text() != english, timeout=3000)
        percent = english.split("right ")[1].split("%")[0]
        assert status.text() == kazakh.replace("%1", percent)
    finally:
        window.set_language("en")
    qtbot.waitUntil(lambda: status.text() == english, timeout=3000)

    studio.show_demo("fist")  # a new picture: the line was about the pictures before it
    record(qtbot, studio, "fist", 2)
    qtbot.waitUntil(lambda: status.text() == "", timeout=5000)  # the writer reports from its thread
    assert studio.panel.progress.value() == 0

    train(qtbot, window)
    assert status.text().startswith("Done!")
    project = window.ctx.project
    window.ctx.set_project(None)  # what deleting the project on My data does to the Studio
    assert status.text() == ""
    window.ctx.set_project(project)
    train(qtbot, window)
    window.ctx.set_project(create_project(project.path.parent / "fresh", name="fresh"))  # no model yet
    assert studio.panel.top.text() == "No model yet" and status.text() == ""


def test_train_the_model_first_goes_after_training(qtbot, window):
    page, player = open_lesson(qtbot, window, "03-teach-the-machine")
    go_to(player, "collect")
    with qtbot.waitSignal(page.open_page, timeout=5000):  # the lesson sets up its project with three classes
        click(qtbot, player.activity_button)
    qtbot.waitUntil(lambda: window.ctx.backbone.embedder is not None, timeout=120000)
    window.show_page("lessons")
    go_to(player, "train")
    verdict = check(qtbot, player)
    assert verdict.startswith("✗") and "Train the model first." in verdict
    pictures(window, names=window.ctx.project.labels)
    train(qtbot, window)
    assert "✗" not in player.check_label.text()
    assert player.check_label.text() == "Press the button when you are ready: Oyla looks at your project."
    assert check(qtbot, player).startswith("✓")


def test_i_agree_says_why_it_cannot_be_pressed(qtbot, window):
    from app.ui.common.consent_dialog import ConsentDialog

    dialog = ConsentDialog(window.ctx, require_parent=False, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    assert dialog.reason.isVisible() and dialog.reason.text() == "Tick “I have read this” above first."
    assert dialog.ok_button.toolTip() == dialog.reason.text()
    click(qtbot, dialog.agree)
    assert dialog.ok_button.isEnabled() and dialog.reason.text() == "" and dialog.ok_button.toolTip() == ""
    click(qtbot, dialog.agree)
    assert not dialog.ok_button.isEnabled() and dialog.reason.text()


def test_the_model_card_says_where_it_was_written(qtbot, window, monkeypatch):
    from app.ui.studio import insights

    opened = []
    monkeypatch.setattr(insights.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    studio = window.pages["studio"]
    qtbot.waitUntil(lambda: window.ctx.backbone.embedder is not None, timeout=120000)
    pictures(window)
    train(qtbot, window)
    studio.insights.write_card(open_it=False)
    qtbot.waitUntil(lambda: studio.insights.card_box is not None and studio.insights.card_box.isVisible(),
                    timeout=30000)
    box = studio.insights.card_box
    path = window.ctx.project.path / "model-card.html"
    assert path.is_file() and str(path) in box.text()
    folder = next(b for b in box.buttons() if b.text() == "Open folder")
    click(qtbot, folder)
    assert opened == [str(path.parent)] and box.isVisible()  # it opens the folder and stays
    card = next(b for b in box.buttons() if b.text() == "Open the card")
    click(qtbot, card)
    assert opened[-1] == str(path)
    box.button(QMessageBox.StandardButton.Close).click()
    assert not box.isVisible()


def test_start_deploying_says_why_it_is_off(qtbot, window):
    from tests.ui.test_robot_ui import open_robot_page

    page = open_robot_page(qtbot, window)
    start = page.deploy.start
    assert not start.isEnabled() and start.toolTip() == "Train a model in the Studio first."
    assert page.deploy.hint.text() == "Train a model in the Studio first."
    qtbot.waitUntil(lambda: window.ctx.backbone.embedder is not None, timeout=120000)
    window.show_page("studio")
    pictures(window)
    train(qtbot, window)
    page = open_robot_page(qtbot, window)
    assert start.isEnabled() and start.toolTip() == "" and page.deploy.status.text() == "Not deployed."
    click(qtbot, page.stop_button)
    assert not start.isEnabled() and start.toolTip() == "Press “Allow moving again” first."
    assert page.deploy.status.text() == "Press “Allow moving again” first."
    click(qtbot, page.rearm_button)
    assert start.isEnabled()
    page.bar.disconnect_link()
    qtbot.waitUntil(lambda: page.link is None, timeout=5000)
    assert not start.isEnabled() and start.toolTip() == "Connect a robot first."
    assert page.deploy.status.text() == "Connect a robot first."
