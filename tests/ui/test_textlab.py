"""The Text lab as a student uses it: a message cleaned until nothing is marked, a next-word machine trained,
sampled at two temperatures, a word picked by hand, text copied with its "Made with AI" label — by mouse and by
keyboard alone — and the lesson facts that this leaves on disk (flags and counts only, never the text)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.lessons.checks import evaluate
from app.lessons.facts import gather_facts
from app.lessons.model import Check, Step
from app.storage import students
from app.text import progress
from app.text.share_check import MAX_CHARS

MESSAGE = "Hi, I am Aliya Nurlanovna, my phone is +7 701 123 45 67. Help me write a letter to my teacher."


@pytest.fixture
def lab(qtbot, window):
    window.show_page("textlab")
    page = window.pages["textlab"]
    qtbot.waitExposed(page)
    return page


def marked_kinds(share) -> set[str]:
    return {f.kind for f in share.findings}


def test_a_message_is_cleaned_until_nothing_is_marked(qtbot, window, lab):
    share = lab.share
    qtbot.keyClicks(share.input, MESSAGE)
    qtbot.mouseClick(share.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: marked_kinds(share) >= {"name", "phone"}, timeout=5000)
    texts = [share.list.item(i).text() for i in range(share.list.count())]
    assert any(t.startswith("☎ Phone number: «+7 701 123 45 67»") for t in texts)
    assert any("Name: «Aliya Nurlanovna»" in t for t in texts)
    selections = share.input.extraSelections()
    assert len(selections) == len(share.findings)
    assert {s.cursor.selectedText() for s in selections} >= {"Aliya Nurlanovna", "+7 701 123 45 67"}
    assert not progress.facts(None)["share_cleaned"]

    qtbot.mouseClick(share.safe_button, Qt.MouseButton.LeftButton)
    safe = share.safe_box.toPlainText()
    assert "[NAME]" in safe and "[PHONE]" in safe and "701" not in safe
    qtbot.mouseClick(share.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == safe
    qtbot.mouseClick(share.use_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: share.checked_text == safe and not share.findings, timeout=5000)
    assert share.input.extraSelections() == [] and share.list.count() == 0
    assert "Nothing is marked" in share.status.text()
    assert gather_facts(None, None)["share_cleaned"] is True
    stored = progress.path_for(None).read_text(encoding="utf-8")
    assert "Aliya" not in stored and "701" not in stored and "NAME" not in stored


def test_the_live_check_follows_typing_and_hand_cleaning_counts(qtbot, window, lab):
    share = lab.share
    share.input.setPlainText(MESSAGE)
    qtbot.waitUntil(lambda: marked_kinds(share) >= {"phone"}, timeout=5000)  # no button pressed
    share.input.setPlainText("Hi, I am a student. Help me write a polite letter to my teacher about homework.")
    qtbot.waitUntil(lambda: share.checked_text == share.input.toPlainText() and not share.findings, timeout=5000)
    assert progress.facts(None)["share_cleaned"] is True


def test_too_long_text_gets_a_clear_message_and_no_hang(qtbot, window, lab):
    share = lab.share
    share.input.setPlainText("word " * (MAX_CHARS // 5 + 10))
    share.check()
    qtbot.waitUntil(lambda: share.error.isVisible(), timeout=10_000)
    assert "too long" in share.error.text() and f"{MAX_CHARS}" in share.error.text()
    assert share.list.count() == 0 and not share.safe_button.isEnabled()


def test_marks_land_on_the_right_characters_after_emoji(qtbot, window, lab):
    share = lab.share
    share.input.setPlainText("😀😀 write to me: aliya@mail.kz 😀 thanks")
    share.check()
    qtbot.waitUntil(lambda: marked_kinds(share) == {"email"}, timeout=5000)
    assert [s.cursor.selectedText() for s in share.input.extraSelections()] == ["aliya@mail.kz"]


def test_a_next_word_machine_trained_sampled_picked_and_labelled(qtbot, window, lab, data_dir):
    student = students.create_student("Dana")
    window.pages["lessons"].select_student(student.id)
    nextword = lab.nextword
    lab.tabs.setCurrentWidget(nextword)
    qtbot.keyClicks(nextword.own, "My cat Barsik likes fish. My cat Barsik sleeps all day.")
    qtbot.mouseClick(nextword.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: nextword.model is not None, timeout=10_000)
    assert "Trained in" in nextword.train_status.text() and str(len(nextword.model.vocabulary)) in \
        nextword.train_status.text()
    assert nextword.model.knows("barsik") and nextword.model.knows("model")  # own text + the English lessons

    nextword.temperature.setValue(0)
    qtbot.keyClicks(nextword.start, "my cat")
    assert [b.text() for b in nextword.cand_buttons if b.isVisible()][0] == "barsik"
    assert nextword.cand_bars[0].value() == 1000  # "my cat" is always followed by "barsik"
    qtbot.mouseClick(nextword.next_button, Qt.MouseButton.LeftButton)
    written(qtbot, nextword, 1)
    assert nextword.words == ["barsik"]
    nextword.temperature.setValue(15)
    qtbot.mouseClick(nextword.write_button, Qt.MouseButton.LeftButton)
    written(qtbot, nextword, 2)
    assert len(nextword.words) <= 21
    visible = [b for b in nextword.cand_buttons if b.isVisible()]
    picked = visible[-1].text()
    qtbot.mouseClick(visible[-1], Qt.MouseButton.LeftButton)
    assert nextword.words[-1] == picked
    assert "My cat<b> barsik" in nextword.output.text()
    qtbot.mouseClick(nextword.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("My cat barsik") and copied.endswith(nextword.ai_label())
    assert "Made with AI" in copied

    facts = gather_facts(None, student.id)
    assert facts["nextword_trained"] and facts["nextword_own_text"] and facts["nextword_hand_picked"]
    assert facts["ai_label_copied"] and facts["nextword_temperatures"] == 2
    assert evaluate(Check("t", "nextword_temperatures", 2), facts).passed
    assert not progress.facts(None)["nextword_trained"]  # the student's, not the PC's
    assert "barsik" not in progress.path_for(student.id).read_text(encoding="utf-8").lower()


def test_it_shows_what_it_copied_and_what_it_never_saw(qtbot, window, lab):
    nextword = lab.nextword
    lab.tabs.setCurrentWidget(nextword)
    nextword.own.setPlainText("The turquoise whale sings a long song under the cold sea at night.")
    nextword.train()
    qtbot.waitUntil(lambda: nextword.model is not None, timeout=10_000)
    nextword.temperature.setValue(0)
    nextword.start.setText("turquoise")
    nextword.restart()
    for i in range(5):
        nextword.next_word()
        written(qtbot, nextword, i + 1)
    assert nextword.words == ["whale", "sings", "a", "long", "song"]
    assert "“Turquoise whale sings a long song”" in nextword.copied.text()
    nextword.start.setText("zyxwq turquoise")
    nextword.restart()
    assert "zyxwq" in nextword.unknown.text()


def test_a_lesson_activity_opens_the_text_lab(qtbot, window):
    step = Step("try", "activity", "Try it", "", 1, page="textlab")
    assert window.pages["lessons"].start_activity(step)
    assert window.stack.currentIndex() == window.PAGES.index("textlab")


def written(qtbot, nextword, count: int) -> None:
    """Wait until the machine has written ``count`` words and can write again (it writes on a worker)."""
    qtbot.waitUntil(lambda: len(nextword.words) >= count and nextword.next_button.isEnabled(), timeout=10_000)


def focus_by_tab(qtbot, window, widget, limit: int = 80) -> None:
    for _ in range(limit):
        if widget.hasFocus():
            return
        qtbot.keyClick(QGuiApplication.focusObject() or window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget}")


def test_both_tools_with_the_keyboard_alone(qtbot, window):
    window.activateWindow()
    window.nav_buttons["lessons"].setFocus()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == window.PAGES.index("textlab")
    lab = window.pages["textlab"]
    share = lab.share
    assert "Ctrl+4" in window.nav_buttons["textlab"].toolTip()
    focus_by_tab(qtbot, window, share.input)
    qtbot.keyClicks(share.input, MESSAGE)
    qtbot.keyClick(share.input, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: share.safe_button.isEnabled(), timeout=5000)
    qtbot.keyClick(share.input, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert "[PHONE]" in share.safe_box.toPlainText()
    focus_by_tab(qtbot, window, share.use_button)
    qtbot.keyClick(share.use_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: share.checked_text == share.input.toPlainText() and not share.findings, timeout=5000)
    assert progress.facts(None)["share_cleaned"]

    nextword = lab.nextword
    qtbot.keyClick(QGuiApplication.focusObject(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert lab.tabs.currentWidget() is nextword
    focus_by_tab(qtbot, window, nextword.train_button)
    qtbot.keyClick(nextword.train_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: nextword.next_button.isEnabled(), timeout=10_000)
    focus_by_tab(qtbot, window, nextword.temperature)
    qtbot.keyClick(nextword.temperature, Qt.Key.Key_Home)
    assert nextword.temperature.value() == 0
    qtbot.keyClick(nextword.temperature, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    written(qtbot, nextword, 1)
    qtbot.keyClick(nextword.temperature, Qt.Key.Key_End)
    qtbot.keyClick(nextword.temperature, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    written(qtbot, nextword, 2)
    focus_by_tab(qtbot, window, nextword.cand_buttons[0])
    word = nextword.cand_buttons[0].text()
    qtbot.keyClick(nextword.cand_buttons[0], Qt.Key.Key_Space)
    assert nextword.words[-1] == word
    qtbot.keyClick(nextword.cand_buttons[0], Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text().endswith(nextword.ai_label())
    facts = progress.facts(None)
    assert facts["nextword_trained"] and facts["nextword_hand_picked"] and facts["ai_label_copied"]
    assert facts["nextword_temperatures"] == 2 and not facts["nextword_own_text"]


def test_a_text_file_trains_it_and_a_picture_is_refused_plainly(qtbot, window, lab, tmp_path):
    nextword = lab.nextword
    lab.tabs.setCurrentWidget(nextword)
    story = tmp_path / "story.txt"
    story.write_text("Бүркіт тауда ұшады. Бүркіт аспанда ұшады.", encoding="utf-8")
    nextword.add_file(story)
    assert "story.txt" in nextword.source.text()
    nextword.train()
    qtbot.waitUntil(lambda: nextword.model is not None and nextword.train_button.isEnabled(), timeout=10_000)
    assert nextword.model.knows("бүркіт") and progress.facts(None)["nextword_own_text"]
    picture = tmp_path / "photo.txt"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    nextword.add_file(picture)
    nextword.train()
    qtbot.waitUntil(lambda: nextword.error.isVisible() and nextword.train_button.isEnabled(), timeout=10_000)
    assert "photo.txt is not a text file" in nextword.error.text()


def test_placeholders_follow_the_app_language(qtbot, window, lab):
    window.set_language("kk")
    share = lab.share
    share.input.setPlainText("Менің телефоным +7 701 123 45 67, маған кешке хабарлас, үй тапсырмасын бірге жасайық.")
    share.check()
    qtbot.waitUntil(lambda: share.safe_button.isEnabled(), timeout=5000)
    share.make_safe()
    assert "[ТЕЛЕФОН]" in share.safe_box.toPlainText()
    assert share.check_button.text() != "Check" and share.list.item(0).text().startswith("☎ Телефон нөмірі")


def test_large_text_stacks_the_columns_and_nothing_is_cut_off(qtbot, window, lab):
    from PySide6.QtWidgets import QBoxLayout

    from tests.ui.layout_check import clipped

    window.set_language("ru")
    window.large_action.setChecked(True)  # projector mode
    try:
        qtbot.waitUntil(lambda: lab.share.columns.direction() == QBoxLayout.Direction.TopToBottom, timeout=3000)
        assert lab.nextword.columns.direction() == QBoxLayout.Direction.TopToBottom
        for panel in (lab.share, lab.nextword):
            lab.tabs.setCurrentWidget(panel)
            qtbot.wait(100)
            assert clipped(window) == []
    finally:
        window.large_action.setChecked(False)
    qtbot.waitUntil(lambda: lab.share.columns.direction() == QBoxLayout.Direction.LeftToRight, timeout=3000)


def test_an_empty_message_gets_no_verdict(qtbot, window, lab):
    share = lab.share
    share.input.setPlainText("   \n ")
    share.check()
    qtbot.wait(100)
    assert share.status.text() == "" and share.checked_text is None and share.list.count() == 0
