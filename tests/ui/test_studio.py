"""The Studio workflow driven like a student would, offscreen, on the demo camera."""

import numpy as np

from app.storage.project import open_project


def record(qtbot, studio, name, count):
    before = len(studio.ctx.project.samples(name))
    studio.start_recording(name)
    qtbot.waitUntil(lambda: len(studio.recorder.batch) + studio.recorder_flushed(name) >= count, timeout=10000)
    studio._stop_recording()
    qtbot.waitUntil(lambda: len(studio.ctx.project.samples(name)) >= before + count, timeout=10000)


def test_window_opens_with_navigation_and_live_camera(qtbot, window):
    assert window.windowTitle().startswith("Oyla")
    assert [b.text() for b in window.nav_buttons.values()] == ["Lessons", "Studio", "Robot", "Text lab", "My data", "Teacher"]
    studio = window.pages["studio"]
    qtbot.waitUntil(lambda: studio.camera.frames_shown > 3, timeout=5000)
    assert studio.camera.live


def test_record_train_and_predict_follows_the_demo_scene(qtbot, window):
    studio = window.pages["studio"]
    qtbot.waitUntil(lambda: window.ctx.backbone.embedder is not None, timeout=60000)
    for name in ("fist", "palm", "empty"):
        assert studio.add_class(name)
    for name in ("fist", "palm", "empty"):
        studio.show_demo(name)
        qtbot.wait(100)
        record(qtbot, studio, name, 15)
    project = open_project(window.ctx.project.path)
    assert all(n >= 15 for n in project.sample_counts().values())
    assert studio.classes.cards["fist"].thumbs.count() >= 15

    with qtbot.waitSignal(window.ctx.model_changed, timeout=60000) as trained:
        task = studio.train()
        assert task is not None
    saved = trained.args[0]
    assert saved.labels == ["fist", "palm", "empty"]
    assert (project.path / "model" / "head.safetensors").is_file()

    for scene in ("palm", "fist", "empty"):
        studio.show_demo(scene)
        qtbot.waitUntil(lambda s=scene: studio.panel._last is not None and studio.panel._last.top == s,
                        timeout=5000)
        assert studio.panel.bars.value(scene) >= 50


def test_results_why_detective_and_model_card(qtbot, window):
    studio = window.pages["studio"]
    qtbot.waitUntil(lambda: window.ctx.backbone.embedder is not None, timeout=60000)
    for name in ("fist", "palm"):
        assert studio.add_class(name)
        studio.show_demo(name)
        qtbot.wait(100)
        record(qtbot, studio, name, 12)
    with qtbot.waitSignal(window.ctx.model_changed, timeout=60000):
        studio.train()

    view = studio.insights.open_results()
    pictures = sum(window.ctx.project.sample_counts().values())
    assert view.metrics["n_test"] == pictures  # few pictures a class: k-fold tests every picture once
    assert f"learnt from all {pictures} pictures" in view.explain.text()
    assert view.matrix.rowCount() == 2 and view.matrix.item(0, 0).text() == str(view.metrics["confusion"][0][0])
    view.matrix.cellClicked.emit(0, 0)
    assert view.cell_images.count() == view.metrics["confusion"][0][0]

    with qtbot.waitSignal(studio.insights.slot.task.succeeded if studio.insights.open_detective() else None,
                          timeout=60000):
        pass
    detective = studio.insights.views["detective"]
    assert len(detective.chart.rows) == 6 and detective.results["n"] == pictures
    assert (window.ctx.project.model_dir / "robustness.json").is_file()

    task = studio.insights.write_card(open_it=False)
    with qtbot.waitSignal(task.succeeded, timeout=30000) as done:
        pass
    page = done.args[0].read_text("utf-8")
    assert "fist" in page and "<img" not in page and "Shortcut detective" in page

    studio.show_demo("palm")
    qtbot.wait(300)
    task = studio.insights.open_why()
    with qtbot.waitSignal(task.succeeded, timeout=60000):
        pass
    why = studio.insights.views["why"]
    heat, label, near = why.result
    assert heat.shape == (224, 224, 3) and label in ("fist", "palm") and len(near) == 3
    assert all(picture is not None and picture.shape == (160, 160, 3) for picture, _name, _sim in near)


def test_delete_class_with_undo_and_save_a_copy(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    studio = window.pages["studio"]
    for name in ("left", "right"):
        assert studio.add_class(name)
    project = window.ctx.project
    project.add_sample("left", np.zeros((224, 224, 3), np.uint8))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    studio.class_action("left", "delete")
    assert project.labels == ["right"] and "left" not in studio.classes.cards
    assert studio.undo_row.isVisible()
    studio.undo_button.click()
    assert project.labels == ["left", "right"] and len(project.samples("left")) == 1
    assert "left" in studio.classes.cards and not studio.undo_row.isVisible()

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Copy of mine", True))
    with qtbot.waitSignal(studio.projects.save_as_dialog().finished, timeout=10000):  # copied on a worker
        pass
    copy = window.ctx.project
    assert str(copy.path) in studio.projects.note.text() and studio.projects.note.isVisible()
    assert copy.name == "Copy of mine" and copy.path != project.path
    assert copy.labels == ["left", "right"] and len(copy.samples("left")) == 1


def test_keyboard_space_records_even_on_a_focused_button_and_ctrl_t_trains(qtbot, window):
    from PySide6.QtCore import Qt

    studio = window.pages["studio"]
    window.activateWindow()
    assert studio.add_class("fist")
    studio.panel.train.setFocus()
    qtbot.keyPress(window.windowHandle(), Qt.Key.Key_Space)  # to the window, then the focused button
    assert studio.recorder.active and studio.recorder.target == "fist"
    qtbot.keyRelease(window.windowHandle(), Qt.Key.Key_Space)
    assert not studio.recorder.active
    assert "Ctrl+T" in studio.panel.train.toolTip()


def test_dropping_files_on_a_card_imports_them(qtbot, window, tmp_path):
    import cv2
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    from app.vision.demo import render

    studio = window.pages["studio"]
    for name in ("fist", "palm"):
        assert studio.add_class(name)
    files = []
    for i in range(3):
        files.append(tmp_path / f"{i}.png")
        cv2.imwrite(str(files[-1]), render("palm", i)[..., ::-1])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path))])  # a folder: its pictures
    card = studio.classes.cards["palm"]
    qtbot.waitUntil(lambda: card.geometry().top() > studio.classes.cards["fist"].geometry().bottom())  # laid out
    drop = QDropEvent(QPointF(card.geometry().center()), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    studio.classes.dropEvent(drop)
    qtbot.waitUntil(lambda: len(window.ctx.project.samples("palm")) == 3, timeout=20000)
    assert window.ctx.project.samples("fist") == []
