"""A window that fits lab screens and never moves under the mouse (issue 15): on the Studio and Robot pages no
button moves when the prediction changes or STOP is pressed, the main actions are on screen without scrolling at
1366×768 and 1280×720 in every language, with normal and with large text (projector mode), and the window remembers
where it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton
from pytestqt.exceptions import TimeoutError  # noqa: A004 - what waitUntil raises

from app.ml.predict import Prediction

SIZES = [(1366, 768), (1280, 720)]
SCENES = ("fist", "palm", "peace", "empty")
LONG = "a very long class name for an open hand"


def button_rects(window, page) -> dict[int, tuple]:
    """Every visible button of ``page`` (by identity) → (text, its rectangle in window coordinates)."""
    found = {}
    for button in page.findChildren(QAbstractButton):
        if button.isVisible():
            top_left = button.mapTo(window, QPoint(0, 0))
            found[id(button)] = (button.text(), QRect(top_left, button.size()))
    return found


def shown_texts(page) -> dict[int, str]:
    """Every visible label of ``page`` → its text: what changed beside a moved button, in a failure's message."""
    from PySide6.QtWidgets import QLabel

    return {id(label): label.text() for label in page.findChildren(QLabel) if label.isVisible()}


def what_changed(window, page, texts: dict[int, str]) -> str:
    now = shown_texts(page)
    return (f"labels shown or changed: {[t for k, t in now.items() if texts.get(k) != t]}, hidden: "
            f"{[t for k, t in texts.items() if k not in now]}; scroll areas: {scroll_areas(window)}")


def train_demo_model(qtbot, window):
    """Four classes of demo-camera pictures (one with a long name), trained: a real model drives the pages."""
    from app.ml.ingest import add_frames
    from app.ml.train import train_project
    from app.vision.demo import render

    qtbot.waitUntil(lambda: window.ctx.backbone.embedder is not None, timeout=120000)
    studio = window.pages["studio"]
    embedder = window.ctx.backbone.embedder
    for scene in SCENES:
        name = LONG if scene == "palm" else scene
        assert studio.add_class(name, background=scene == "empty")
        add_frames(window.ctx.project, name, [render(scene, i, seed=3) for i in range(8)], embedder)
    train_project(window.ctx.project, embedder)
    window.ctx.set_project(window.ctx.project)  # reloads the model, as reopening the project would
    return list(window.ctx.vision.predictor.saved.labels)


def predictions(labels):
    """Twenty changes: sure and unsure answers for every class, the long name among them."""
    out = []
    for i in range(20):
        top = labels[i % len(labels)]
        confidence = (0.99, 0.41, 0.875)[i % 3]  # every class both sure and unsure
        rest = (1 - confidence) / (len(labels) - 1)
        out.append(Prediction(top, confidence, {name: confidence if name == top else rest for name in labels},
                              confidence >= 0.6))
    return out


def assert_still(qtbot, window, page, change, times):
    """Apply ``change(i)`` ``times`` times; every button keeps its place and size."""
    qtbot.wait(100)
    before, texts = button_rects(window, page), shown_texts(page)
    assert len(before) > 8
    for i in range(times):
        change(i)
        qtbot.wait(30)
        after = button_rects(window, page)
        moved = {text: (rect, after[key][1]) for key, (text, rect) in before.items()
                 if key in after and after[key][1] != rect}
        assert not moved, f"change {i} moved {moved}; {what_changed(window, page, texts)}"
        assert set(before) <= set(after), "a button disappeared"


def shown_class(page) -> str:
    """The class the page's live result names now ('' for "Not sure" or nothing yet)."""
    label = page.panel.top if hasattr(page, "panel") else page.top_label
    text = label.text()
    return next((name for name in (LONG, *SCENES) if name in text), "")


def test_no_button_moves_when_the_prediction_changes_or_stop_is_pressed(qtbot, window):
    labels = train_demo_model(qtbot, window)
    studio, robot = window.pages["studio"], window.pages["robot"]
    vision = window.ctx.vision
    predictor = vision.predictor
    fed = predictions(labels)
    for size in SIZES:
        window.resize(*size)
        for key, page in (("studio", studio), ("robot", robot)):
            window.show_page(key)
            if page is robot:
                qtbot.waitUntil(lambda: robot.link is not None and robot.demo_buttons["fist"].isVisible(),
                                timeout=10000)
            qtbot.waitUntil(lambda p=page: shown_class(p) != "", timeout=10000)
            before, texts = button_rects(window, page), shown_texts(page)
            for scene in (*SCENES, *SCENES):  # the demo camera, really predicted by the trained model
                name = LONG if scene == "palm" else scene
                page.show_demo(scene)
                qtbot.waitUntil(lambda p=page, n=name: shown_class(p) == n, timeout=10000)
                assert button_rects(window, page) == before, (key, size, scene, what_changed(window, page, texts))
            vision.set_predictor(None)  # only the fed answers now: sure and unsure, every class
            try:
                assert_still(qtbot, window, page, lambda i: vision.predicted.emit(fed[i], i), 20)
            finally:
                vision.set_predictor(predictor)
        assert_still(qtbot, window, robot, lambda _i: robot.stop_button.click(), 1)
        assert robot.latched and robot.banner.isVisible() and robot.rearm_button.isVisible()
        robot.rearm_button.click()
        assert not robot.banner.isVisible()


def main_actions(window) -> dict[str, list]:
    studio, robot = window.pages["studio"], window.pages["robot"]
    return {"studio": [*studio.camera_panel.demo_buttons.values(), studio.panel.train, studio.insights.results_button,
                       studio.insights.why_button],
            "robot": [robot.stop_button, *robot.demo_buttons.values(), robot.deploy.start]}


def scroll_areas(window) -> list:
    from PySide6.QtWidgets import QScrollArea

    return [(type(a.widget()).__name__, a.widget().minimumSizeHint().width(), a.viewport().width())
            for a in window.findChildren(QScrollArea) if a.isVisible() and a.widget() is not None]


def assert_on_screen(qtbot, window):
    from tests.ui.layout_check import clipped

    for key, widgets in main_actions(window).items():
        window.show_page(key)
        qtbot.wait(80)
        area = window.stack.currentWidget()  # the page's scroll area
        if key == "robot":
            qtbot.waitUntil(lambda: window.pages["robot"].demo_buttons["fist"].isVisible(), timeout=10000)
        page = window.pages[key]
        assert not area.verticalScrollBar().isVisible() and not area.horizontalScrollBar().isVisible(), \
            (key, window.size(), page.minimumSizeHint(), area.viewport().size())
        viewport = area.viewport()
        for widget in widgets:
            assert widget.isVisible(), (key, widget.text())
            rect = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
            assert viewport.rect().contains(rect), (key, widget.text(), rect, viewport.rect())
        try:  # live texts (the robot's sensors) change several times a second: the layout catches up at once
            qtbot.waitUntil(lambda: not clipped(window), timeout=2000)
        except TimeoutError:
            raise AssertionError((key, window.size(), clipped(window), scroll_areas(window))) from None


@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
def test_main_actions_fit_a_lab_screen_without_scrolling(qtbot, window, lang):
    studio = window.pages["studio"]
    for name in ("fist", "palm", "peace", "empty"):
        assert studio.add_class(name)
    studio.panel.set_labels(["fist", "palm", "peace", "empty"])  # four result bars, as with a trained model
    window.set_language(lang)
    try:
        for size in SIZES:
            window.resize(*size)
            assert_on_screen(qtbot, window)
        window.large_action.setChecked(True)  # projector mode: large text and high contrast
        window.contrast_action.setChecked(True)
        for size in SIZES:
            window.resize(*size)
            assert_on_screen(qtbot, window)
    finally:
        window.large_action.setChecked(False)
        window.contrast_action.setChecked(False)
        window.set_language("en")


def test_the_window_remembers_size_place_and_maximised(qtbot, window):
    from app.storage.settings import load_settings

    window.resize(700, 560)
    window.move(30, 20)
    window.save_geometry()
    saved = load_settings()
    assert saved.window[2:] == [700, 560] and not saved.maximized
    window.resize(600, 500)
    window.ctx.settings = saved
    assert window.restore_geometry() is False
    assert (window.width(), window.height()) == (700, 560)

    window.showMaximized()
    qtbot.waitUntil(window.isMaximized, timeout=2000)
    window.save_geometry()
    again = load_settings()
    assert again.maximized and again.window[2:] == [700, 560]  # the size to go back to, not the screen's

    window.showNormal()
    window.ctx.settings.window = [40000, 40000, 700, 560]  # a screen that is gone
    window.restore_geometry()
    room = window.screen().availableGeometry()
    assert room.contains(window.geometry()), (window.geometry(), room)


def test_damaged_window_settings_are_ignored(data_dir):
    import json

    from app.storage.settings import FILE, load_settings

    for bad in ("x", [1, 2, 3], [0, 0, 10, 10], [0, 0, 1000.5, 700], [0, 0, True, 700], [10**9, 0, 800, 600]):
        (data_dir / FILE).write_text(json.dumps({"window": bad, "maximized": "yes"}), encoding="utf-8")
        settings = load_settings()
        assert settings.window is None and settings.maximized is False, bad
    (data_dir / FILE).write_text(json.dumps({"window": [-8, -8, 1382, 744], "maximized": True}), encoding="utf-8")
    assert load_settings().window == [-8, -8, 1382, 744] and load_settings().maximized


def test_a_long_result_is_drawn_smaller_never_cut(qtbot, qapp):
    """The big live result ("▲ open hand  92%") shrinks to fit its column: the percentage is never elided."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFontMetrics

    from app.ui.common import theme
    from app.ui.common.widgets import FitLabel

    old = qapp.styleSheet()
    qapp.setStyleSheet(theme.style_sheet())
    try:
        label = FitLabel("big")
        qtbot.addWidget(label)
        label.show()
        for text in ("▲ open hand  92%", "◆ a very long class name for an open hand  100%", "● жұдырық  87%"):
            label.setText(text)
            for width in range(240, 420, 9):
                label.resize(width, label.sizeHint().height())
                font, room = label.fitted_font(), label.contentsRect().width()
                shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, room)
                if font.pointSizeF() > label.font().pointSizeF() * FitLabel.SMALLEST:  # not at its smallest
                    assert shown == text, (text, width, font.pointSizeF())
                assert font.pointSizeF() <= label.font().pointSizeF()
    finally:
        qapp.setStyleSheet(old)


def test_a_dialog_grows_to_show_a_result_that_arrives_later_up_to_the_screen(qtbot, qapp):
    """Like the Shortcut detective: "Testing…" first, then a long verdict; the dialog grows so all of it shows,
    never beyond its screen (the rest scrolls)."""
    from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

    from app.ui.common.widgets import scroll_inside

    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(500, 200)
    layout = QVBoxLayout(dialog)
    verdict = QLabel("Testing…")
    verdict.setWordWrap(True)
    layout.addWidget(verdict)
    area = scroll_inside(dialog)
    dialog.show()
    qtbot.wait(50)
    before = dialog.height()
    verdict.setText(" ".join(["No big shortcut found in these tests."] * 30))
    qtbot.waitUntil(lambda: dialog.height() > before, timeout=2000)
    qtbot.wait(50)
    assert area.viewport().rect().contains(QRect(verdict.mapTo(area.viewport(), QPoint(0, 0)), verdict.size()))
    verdict.setText(" ".join(["No big shortcut found in these tests."] * 400))  # more than any screen holds
    qtbot.wait(100)
    room = dialog.screen().availableGeometry()
    assert dialog.height() <= room.height() and area.verticalScrollBar().maximum() > 0
    tall = dialog.height()
    verdict.setText("Done.")  # shorter again: the dialog does not shrink under the student's eyes
    qtbot.wait(100)
    assert dialog.height() == tall
