"""The Teacher page behind the teacher PIN: set on first opening (or skipped), asked again when the page is
left or idle, wrong tries wait without freezing the window, and nothing on the page is reachable until then."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QListWidget, QWidget

from app.lessons import pin, teacher
from app.ui.teacher import lock as teacher_lock


@pytest.fixture
def teacher_pin(data_dir):
    """No PIN file: the Teacher page has never been opened on this computer."""


def open_teacher(qtbot, window):
    window.show_page("teacher")
    page = window.pages["teacher"]
    qtbot.waitUntil(lambda: page.lock.screen.isVisible() or page.title.isVisible(), timeout=5000)
    return page


def reachable(page) -> list[QWidget]:
    """The page's controls a mouse or the keyboard could use right now."""
    controls = (QAbstractButton, QComboBox, QAbstractSpinBox, QListWidget)
    return [w for w in page.body.findChildren(QWidget) if isinstance(w, controls)
            and w.isVisible() and w.isEnabled()]


def type_in(qtbot, field, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_first_opening_sets_a_pin_and_the_page_stays_locked_until_it_is_entered(qtbot, window):
    page = open_teacher(qtbot, window)
    screen = page.lock.screen
    assert page.lock.locked and screen.mode == teacher_lock.FIRST and screen.skip_button.isVisible()
    assert reachable(page) == [] and not page.consent_check.isVisible() and not page.body.isEnabled()
    type_in(qtbot, screen.new, "2580")
    type_in(qtbot, screen.again, "2581")
    click(qtbot, screen.ok_button)
    assert screen.status.text() == "The two new PINs are not the same." and pin.state() == pin.UNSET
    type_in(qtbot, screen.new, "25a8")  # the field takes digits only
    assert screen.new.text() == "258"
    type_in(qtbot, screen.new, "2580")
    type_in(qtbot, screen.again, "2580")
    click(qtbot, screen.ok_button)
    qtbot.waitUntil(lambda: not page.lock.locked, timeout=5000)
    assert pin.state() == pin.SET and pin.verify("2580").ok
    assert page.consent_check.isVisible() and page.lock.panel.lock_button.isVisible()

    window.show_page("studio")  # leaving the page locks it
    page = open_teacher(qtbot, window)
    assert page.lock.locked and screen.mode == teacher_lock.ENTER and reachable(page) == []
    window.activateWindow()
    qtbot.keyClick(page.lock.screen.current, Qt.Key.Key_Tab)  # the keyboard cannot reach the page either
    assert not page.body.isAncestorOf(window.focusWidget() or window)

    type_in(qtbot, screen.current, "1111")
    click(qtbot, screen.ok_button)
    qtbot.waitUntil(lambda: screen.status.isVisible(), timeout=5000)
    assert "try again in 1 second" in screen.status.text()
    assert not screen.ok_button.isEnabled() and screen.wait_timer.isActive()  # the window still answers
    assert page.lock.locked and reachable(page) == []
    qtbot.waitUntil(lambda: screen.ok_button.isEnabled(), timeout=3000)
    type_in(qtbot, screen.current, "2580")
    click(qtbot, screen.ok_button)
    qtbot.waitUntil(lambda: not page.lock.locked, timeout=5000)
    assert page.body.isEnabled() and page.consent_check in [w.parent() for w in reachable(page)]
    page.consent_check.setChecked(True)  # now the teacher can change settings
    assert teacher.load().require_parental_consent

    page.lock.idle.setInterval(300)  # a few minutes without use, shortened
    page.lock.panel.lock_button.click()
    type_in(qtbot, screen.current, "2580")
    click(qtbot, screen.ok_button)
    qtbot.waitUntil(lambda: not page.lock.locked, timeout=5000)
    qtbot.waitUntil(lambda: page.lock.locked, timeout=3000)
    assert screen.mode == teacher_lock.ENTER


def test_change_and_remove_need_the_pin(qtbot, window):
    pin.set_pin("1357")
    page = open_teacher(qtbot, window)
    screen = page.lock.screen
    type_in(qtbot, screen.current, "1357")
    click(qtbot, screen.ok_button)
    qtbot.waitUntil(lambda: not page.lock.locked, timeout=5000)
    click(qtbot, page.lock.panel.change_button)
    assert page.lock.locked and screen.mode == teacher_lock.CHANGE and reachable(page) == []
    type_in(qtbot, screen.current, "0000")
    type_in(qtbot, screen.new, "2468")
    type_in(qtbot, screen.again, "2468")
    click(qtbot, screen.ok_button)
    qtbot.waitUntil(lambda: screen.status.isVisible(), timeout=5000)
    assert "not right" in screen.status.text() and page.lock.locked  # nothing changed: the old PIN stands
    qtbot.waitUntil(lambda: screen.ok_button.isEnabled(), timeout=3000)
    type_in(qtbot, screen.current, "1357")
    type_in(qtbot, screen.new, "2468")
    type_in(qtbot, screen.again, "2468")
    click(qtbot, screen.ok_button)
    qtbot.waitUntil(lambda: not page.lock.locked, timeout=5000)
    assert pin.verify("2468").ok

    click(qtbot, page.lock.panel.remove_button)
    assert screen.mode == teacher_lock.REMOVE
    type_in(qtbot, screen.current, "2468")
    click(qtbot, screen.ok_button)
    qtbot.waitUntil(lambda: not page.lock.locked, timeout=5000)
    assert pin.state() == pin.SKIPPED and page.lock.panel.set_button.isVisible()


def test_skipping_is_remembered_and_a_damaged_pin_file_keeps_the_page_locked(qtbot, window):
    page = open_teacher(qtbot, window)
    click(qtbot, page.lock.screen.skip_button)
    assert not page.lock.locked and pin.state() == pin.SKIPPED
    window.show_page("studio")
    page = open_teacher(qtbot, window)
    assert not page.lock.locked and page.lock.panel.set_button.isVisible()

    pin.pin_path().write_text("{damaged", "utf-8")
    window.show_page("studio")
    page = open_teacher(qtbot, window)
    screen = page.lock.screen
    assert page.lock.locked and screen.mode == teacher_lock.DAMAGED and reachable(page) == []
    assert not screen.ok_button.isVisible() and not screen.skip_button.isVisible()
    assert str(pin.pin_path()) in screen.reset_hint.text()
    pin.pin_path().unlink()  # the documented reset
    window.show_page("studio")
    page = open_teacher(qtbot, window)
    assert screen.mode == teacher_lock.FIRST


def test_delete_everything_on_my_data_keeps_the_teachers_locks_and_pin(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.storage.settings import projects_dir

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, title, text, *_a: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    pin.set_pin("8642")
    teacher.save(teacher.TeacherSettings(require_parental_consent=True, faces="refuse"))
    assert window.pages["studio"].add_class("fist")
    page = window.pages["data"]
    window.show_page("data")
    qtbot.waitUntil(lambda: page.inventory is not None and not page.scanning.busy, timeout=10000)
    with qtbot.waitSignal(page.updated, timeout=20000):
        page.delete_all_button.click()
    assert "the teacher's locks and PIN stay" in asked[-1]
    assert not projects_dir().exists() or not any(projects_dir().iterdir())
    assert pin.state() == pin.SET and pin.verify("8642").ok  # a student cannot clear the PIN this way
    assert teacher.load().require_parental_consent and teacher.load().faces == "refuse"
    for dialog in window.findChildren(QWidget):
        if type(dialog).__name__ == "ConsentDialog":
            dialog.reject()


def test_a_key_press_in_the_window_keeps_the_open_page_from_locking(qtbot, window):
    pin.set_pin("1357")
    page = open_teacher(qtbot, window)
    type_in(qtbot, page.lock.screen.current, "1357")
    click(qtbot, page.lock.screen.ok_button)
    qtbot.waitUntil(lambda: not page.lock.locked, timeout=5000)
    idle = page.lock.idle
    idle.setInterval(1500)
    idle.start()
    for _ in range(8):  # 2.4 s of use, longer than the idle time: a real key press reaches the window first
        qtbot.wait(300)
        qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Shift)
        assert not page.lock.locked
    qtbot.waitUntil(lambda: page.lock.locked, timeout=5000)  # then no use: it locks
    assert not idle.isActive()
