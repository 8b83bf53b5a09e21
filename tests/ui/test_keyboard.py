"""Everything on every page can be reached with the keyboard alone."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QScrollBar,
    QWidget,
)

CONTROLS = (QAbstractButton, QComboBox, QAbstractSlider, QAbstractSpinBox, QLineEdit)


def tab_cycle(window, limit: int = 400) -> set[QWidget]:
    """The widgets that Tab visits, starting from the first navigation button."""
    start = window.nav_buttons["lessons"]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen, widget = set(), start
    for _ in range(limit):
        seen.add(widget)
        widget = widget.nextInFocusChain()
        while widget is not None and not (widget.isVisible() and widget.isEnabled()
                                          and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget = widget.nextInFocusChain()
        if widget is None or widget is start:
            break
    return seen


def test_every_control_is_reachable_with_tab(qtbot, window):
    studio = window.pages["studio"]
    studio.add_class("fist")  # a class card with its buttons
    missing = {}
    for key in window.PAGES:
        window.show_page(key)
        qtbot.wait(50)
        reachable = tab_cycle(window)
        page = window.pages[key]
        controls = [w for w in page.findChildren(QWidget) if isinstance(w, CONTROLS) and w.isVisible()
                    and w.isEnabled() and not isinstance(w, QScrollBar)
                    and not isinstance(w.parent(), QComboBox | QAbstractSpinBox)]
        lost = [w for w in controls if w not in reachable]
        if lost:
            missing[key] = [f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}" for w in lost]
    assert not missing, missing


def test_pages_have_keyboard_shortcuts(qtbot, window):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == window.PAGES.index("robot")
    for i, key in enumerate(window.PAGES):
        assert window.nav_shortcuts[key].key().toString() == f"Ctrl+{i + 1}"
        assert f"Ctrl+{i + 1}" in window.nav_buttons[key].toolTip()
