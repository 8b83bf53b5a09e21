"""No page squeezes its controls on a lab screen (issue 15): at 1366×768 and 1280×720, with normal and with large
text (projector mode), in English, Kazakh and Russian, every visible button, box, spin box and text field on the
Studio (without and with a trained model), the Lessons library and an open lesson (a step of each kind), the Teacher page (unlocked),
My data and the Text lab (both tabs) gets at least the height it needs. The page-height check of test_geometry.py does not
see this: word-wrapped labels can make Qt hand their room to themselves and squeeze the boxes next to them.
The Robot page has its own test (test_robot_layout.py)."""

from __future__ import annotations

import pytest

from tests.ui.layout_check import squeezed
from tests.ui.test_geometry import SIZES, train_demo_model
from tests.ui.test_lessons_ui import LESSON, lessons_page, select_pack, teacher_page


def page_states(qtbot, window):
    """(name, how to show it) for every page and state checked here but the Studio's."""
    pages = window.pages
    lessons, teacher, data, textlab = pages["lessons"], pages["teacher"], pages["data"], pages["textlab"]

    def library():
        window.show_page("lessons")
        lessons.show_library()

    def lesson_step(kind):
        def show():
            window.show_page("lessons")
            assert lessons.open_lesson(LESSON)
            player = lessons.player
            player.go(next(i for i, step in enumerate(player.steps) if step.kind == kind))
        return show

    def unlocked_teacher():
        window.show_page("teacher")
        assert not teacher.lock.locked

    def my_data():
        window.show_page("data")
        qtbot.waitUntil(lambda: not data.scanning.busy, timeout=10000)

    def textlab_tab(index):
        def show():
            window.show_page("textlab")
            textlab.tabs.setCurrentIndex(index)
        return show

    steps = [(f"lesson, {kind} step", lesson_step(kind)) for kind in ("read", "activity", "check", "quiz")]
    return [("lessons library", library), *steps, ("teacher", unlocked_teacher), ("data", my_data),
            ("textlab, share check", textlab_tab(0)), ("textlab, next-word machine", textlab_tab(1))]


def found_squeezed(qtbot, window, states) -> dict:
    """Every state shown at both sizes, normal and large text: what is squeezed where."""
    problems = {}
    try:
        for large in (False, True):
            window.large_action.setChecked(large)  # projector mode: large text and high contrast
            window.contrast_action.setChecked(large)
            for size in SIZES:
                window.resize(*size)
                for name, show in states:
                    show()
                    qtbot.wait(60)
                    page = window.stack.currentWidget()
                    if found := squeezed(page):
                        problems[(name, "large" if large else "normal", size)] = found
    finally:
        window.large_action.setChecked(False)
        window.contrast_action.setChecked(False)
    return problems


@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
def test_no_page_squeezes_its_controls(qtbot, window, lang):
    teacher_page(qtbot, window)  # its packs loaded
    lessons = lessons_page(qtbot, window)
    assert lessons.add_student("Aigerim") and select_pack(lessons, "first-steps")
    window.set_language(lang)
    try:
        problems = found_squeezed(qtbot, window, page_states(qtbot, window))
    finally:
        window.set_language("en")
    assert not problems, problems


@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
def test_the_studio_squeezes_nothing_without_and_with_a_trained_model(qtbot, window, lang):
    window.set_language(lang)
    try:
        before = found_squeezed(qtbot, window, [("studio", lambda: window.show_page("studio"))])
        train_demo_model(qtbot, window)  # four classes, one with a long name, and a model
        after = found_squeezed(qtbot, window, [("studio, trained", lambda: window.show_page("studio"))])
    finally:
        window.set_language("en")
    assert not before and not after, (before, after)


def test_the_check_sees_a_squeezed_box(qtbot):
    from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 500)
    bar = QWidget(window)  # no layout around it: it gets the size it is given
    layout = QVBoxLayout(bar)
    label = QLabel("A picture")
    label.setMinimumHeight(80)
    box = QComboBox()
    box.addItem("fist")
    layout.addWidget(label)
    layout.addWidget(box)
    bar.setGeometry(0, 0, 220, 40)  # much less room than the picture and the box need
    window.show()
    qtbot.wait(20)
    assert [found[0] for found in squeezed(bar)] == ["QComboBox"], (box.height(), box.minimumSizeHint())
    bar.setGeometry(0, 0, 220, 400)
    qtbot.wait(20)
    assert squeezed(bar) == []
