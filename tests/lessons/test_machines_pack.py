"""The built-in pack "Machines that talk": it validates in three languages, every lesson ends with a check the app
verifies from what the student did (or, in lesson 5, a quiz the app grades), every quiz question has four options,
and what the lessons say about the Text lab's tools is what the tools do on the lessons' own examples."""

from __future__ import annotations

import re

import pytest

from app.lessons import checks
from app.lessons.loader import load_pack, validate_pack
from app.resources import builtin_packs_dir
from app.text import nextword, progress, share_check
from tests.ui.conftest import camera_consent, teacher_pin, window  # noqa: F401 - the real window, for the Qt test
from tests.ui.test_lessons_ui import select_pack

TEXTLAB_KINDS = {"share_cleaned", "nextword_trained", "nextword_own_text", "nextword_temperatures",
                 "nextword_hand_picked", "ai_label_copied"}
# the last student step of each lesson: the check kinds it verifies, or "quiz"
ENDS_WITH = {
    "01-what-may-i-tell-a-chatbot": {"share_cleaned"},
    "02-the-next-word-machine": {"nextword_trained", "nextword_hand_picked", "nextword_temperatures"},
    "03-fluent-is-not-true": {"nextword_own_text"},
    "04-made-by-ai": {"ai_label_copied"},
    "05-honest-homework-with-ai": "quiz",
}
# every fact the Text lab records, all done
ALL_DONE = {**{flag: True for flag in progress.FLAGS}, "nextword_temperatures": 2}


@pytest.fixture(scope="module")
def pack():
    root = builtin_packs_dir()
    assert root is not None
    folder = root / "machines-that-talk"
    issues = validate_pack(folder)
    assert not issues, "\n".join(str(i) for i in issues)
    return load_pack(folder)


def texts(pack):
    return [(lesson, lesson.text(lang)) for lesson in pack.lessons for lang in ("kk", "ru", "en")]


def test_pack_has_five_lessons_in_three_languages(pack):
    assert pack.id == "machines-that-talk" and pack.ages == (11, 17)
    assert [lesson.id for lesson in pack.lessons] == list(ENDS_WITH)
    for lesson, text in texts(pack):
        assert set(lesson.texts) == {"kk", "ru", "en"}
        assert text.minutes == 45 and text.teacher_notes is not None
        assert set(text.big_ideas) <= {2, 3, 4, 5}
        notes = text.teacher_notes.body
        assert "AI4K12" in notes and ("UNESCO" in notes or "ЮНЕСКО" in notes), (lesson.id, text.lang)


def test_every_lesson_ends_with_an_app_verified_check_and_has_four_option_quizzes(pack):
    for lesson, text in texts(pack):
        last = text.student_steps[-1]
        expected = ENDS_WITH[lesson.id]
        if expected == "quiz":
            assert last.kind == "quiz" and last.quizzes
        else:
            assert last.kind == "check", (lesson.id, text.lang)
            kinds = {text.check(c).kind for c in last.checks}
            assert kinds == expected and kinds <= TEXTLAB_KINDS
            # nothing done yet: the check fails; everything the Text lab records done: it passes
            assert not any(r.passed for r in checks.evaluate_step(text, last, {}))
            assert all(r.passed for r in checks.evaluate_step(text, last, ALL_DONE))
        assert text.quiz, (lesson.id, text.lang)
        for question in text.quiz:
            assert len(question.options) == 4, (lesson.id, text.lang, question.id)
            assert question.hint and question.hint != question.explain  # a wrong answer gets a hint, not the answer
        # the Text lab is opened by activity steps of its own
        assert any(s.kind == "activity" and s.page == "textlab" for s in text.steps)


def test_next_word_check_needs_two_temperatures(pack):
    text = pack.lesson("02-the-next-word-machine").text("en")
    step = text.student_steps[-1]
    one = {**ALL_DONE, "nextword_temperatures": 1}
    assert [r.passed for r in checks.evaluate_step(text, step, one)].count(False) == 1
    assert all(r.passed for r in checks.evaluate_step(text, step, ALL_DONE))


def step_body(text, step_id: str) -> str:
    step = text.step(step_id)
    assert step is not None
    return step.body


def quoted(body: str) -> str:
    """The first Markdown block quote of a step (the message on the board)."""
    return next(line[2:] for line in body.splitlines() if line.startswith("> "))


def code_spans(body: str) -> list[str]:
    return re.findall(r"`([^`\n]+)`", body)


def cleaned_by_make_it_safe(message: str, lang: str) -> bool:
    """What the Share check panel does: check, Make it safe, check the safe version; did that clean the message?"""
    found = share_check.check(message)
    cleaning = progress.ShareCleaning()
    cleaning.checked(message, len(found))
    safe = share_check.safe_text(message, lang, found)
    return cleaning.checked(safe, len(share_check.check(safe)))


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_lesson_examples_behave_as_the_lessons_say(pack, lang):
    one = pack.lesson("01-what-may-i-tell-a-chatbot").text(lang)
    board = quoted(step_body(one, "red-pen"))
    kinds = {f.kind for f in share_check.check(board)}
    # the teacher notes' answer: name, class/school, phone, password, health, address
    assert kinds == {"name", "school", "phone", "password", "health", "address"}, kinds
    assert cleaned_by_make_it_safe(board, lang)
    house, poet = code_spans(step_body(one, "limits"))[:2]
    assert share_check.check(house) == []  # "Is anything marked?" — no: a house without a number is missed
    assert [f.kind for f in share_check.check(poet)] == ["name"]  # the famous poet is marked anyway

    five = pack.lesson("05-honest-homework-with-ai").text(lang)
    signature = next(s for s in code_spans(step_body(five, "clean-draft")) if "25" in s)
    rules = five.quiz[0].options[1]  # any rule-like sentence; the draft needs at least 8 words with the signature
    assert {f.kind for f in share_check.check(signature)} == {"name", "school"}
    assert cleaned_by_make_it_safe(f"{rules}. {signature}", lang)


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_paper_machine_counts_match_the_teacher_notes(pack, lang):
    two = pack.lesson("02-the-next-word-machine").text(lang)
    board = quoted(step_body(two, "be-the-machine"))
    model = nextword.train([board])
    first = nextword.tokenize(board)[0]
    shares = {c.word: round(c.probability * 100) for c in model.candidates([first], 5)}
    expected = {"en": {"like": 75, "drink": 25}, "ru": {"люблю": 75, "пью": 25},
                "kk": {"шай": 50, "нан": 25, "сүт": 25}}[lang]
    assert shares == expected
    answer = {"en": "I like tea.", "ru": "Я люблю чай.", "kk": "Мен шай ішемін."}[lang]
    assert model.generate(first, 3, temperature=0).text == answer
    assert answer in two.teacher_notes.body


def ui_translations(lang: str) -> dict[str, str]:
    """English source -> translation of the Text lab, its panels and the lesson player, as the UI shows them
    (no & shortcut marks, no trailing colon)."""
    import xml.etree.ElementTree as ET

    from app.resources import translations_dir

    def shown(text: str) -> str:
        return " ".join(text.replace("&", "").split()).rstrip(":")

    out = {}
    root = ET.parse(translations_dir() / f"oyla_{lang}.ts").getroot()
    for context in root.iter("context"):
        if context.findtext("name") in ("SharePanel", "NextWordPanel", "TextLabPage", "LessonPlayer"):
            for message in context.iter("message"):
                translation = message.findtext("translation") or ""
                if translation.strip() and "%" not in (message.findtext("source") or ""):
                    out[shown(message.findtext("source", ""))] = shown(translation)
    return out


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_lessons_name_the_buttons_as_the_translated_app_shows_them(pack, lang):
    labels = ui_translations(lang)
    assert len(labels) > 20
    named = 0
    for lesson in pack.lessons:
        english = lesson.text("en").file.read_text(encoding="utf-8")
        translated = lesson.text(lang).file.read_text(encoding="utf-8")
        for source, translation in labels.items():
            if len(source) > 3 and f"**{source}**" in english:
                named += 1
                assert translation in translated, (lesson.id, source, translation)
    assert named >= 20


def test_a_student_runs_lessons_1_to_4_in_the_app(qtbot, window):  # noqa: F811 - the fixture imported above
    """End to end, offscreen: the lesson player opens the Text lab, the student cleans the lesson's own message,
    trains, picks and samples the next-word machine, adds their own text, copies a labelled text, and each
    lesson's final check fails before and passes after, from what they did."""
    from PySide6.QtCore import Qt

    page = window.pages["lessons"]
    window.show_page("lessons")
    qtbot.waitUntil(lambda: page.loaded and not page.reloading, timeout=10_000)
    assert page.add_student("Aru") and select_pack(page, "machines-that-talk")
    player, lab = page.player, window.pages["textlab"]

    def final_check(lesson_id: str) -> list:
        assert page.open_lesson(lesson_id)
        player.go(len(player.steps) - 1)
        assert player.step.kind == "check"
        qtbot.mouseClick(player.check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: player.step.id in player.check_results, timeout=10_000)
        results = player.check_results[player.step.id]
        assert results, player.check_label.text()  # evaluated, not refused for want of a Studio project
        return results

    assert not any(r.passed for r in final_check("01-what-may-i-tell-a-chatbot"))
    player.go(next(i for i, s in enumerate(player.steps) if s.id == "clean"))
    qtbot.mouseClick(player.activity_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == window.PAGES.index("textlab")
    share = lab.share
    share.input.setPlainText(quoted(step_body(player.text, "red-pen")))
    qtbot.mouseClick(share.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(share.findings) >= 6, timeout=10_000)
    qtbot.mouseClick(share.safe_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(share.use_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Nothing is marked" in share.status.text(), timeout=10_000)
    window.show_page("lessons")
    assert all(r.passed for r in final_check("01-what-may-i-tell-a-chatbot"))

    results = final_check("02-the-next-word-machine")
    assert [r.passed for r in results] == [False, False, False]
    player.go(next(i for i, s in enumerate(player.steps) if s.id == "train"))
    qtbot.mouseClick(player.activity_button, Qt.MouseButton.LeftButton)
    machine = lab.nextword
    lab.tabs.setCurrentWidget(machine)
    qtbot.mouseClick(machine.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: machine.model is not None, timeout=10_000)
    assert machine.model.knows("chatbot")  # it learnt from this pack's lessons too
    qtbot.keyClicks(machine.start, "the model")
    qtbot.mouseClick(next(b for b in machine.cand_buttons if b.isVisible()), Qt.MouseButton.LeftButton)
    for temperature in (0, 15):  # the slider in tenths: 0.0 and 1.5
        machine.temperature.setValue(temperature)
        words = len(machine.words)
        qtbot.mouseClick(machine.write_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda n=words: len(machine.words) > n and machine.write_button.isEnabled(), timeout=10_000)
    window.show_page("lessons")
    assert all(r.passed for r in final_check("02-the-next-word-machine"))

    assert not any(r.passed for r in final_check("03-fluent-is-not-true"))
    machine.own.setPlainText("Quokkas live on a small island. Quokkas eat chocolate.")  # one lie
    qtbot.mouseClick(machine.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: machine.model is not None and machine.model.knows("quokkas"), timeout=10_000)
    assert all(r.passed for r in final_check("03-fluent-is-not-true"))

    assert not any(r.passed for r in final_check("04-made-by-ai"))
    machine.start.setText("quokkas")
    machine.restart()
    qtbot.mouseClick(machine.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: machine.copy_button.isEnabled(), timeout=10_000)
    qtbot.mouseClick(machine.copy_button, Qt.MouseButton.LeftButton)
    assert all(r.passed for r in final_check("04-made-by-ai"))
