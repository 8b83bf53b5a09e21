"""Terminology in the Kazakh UI translation and the built-in lessons.

Kazakh: «санат» is the machine-learning class, «сынып» only the school class (a classroom, a grade,
classmates). Russian lessons: held-out pictures are «проверочные картинки», as in the app.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.resources import builtin_packs_dir, translations_dir

SYNYP = re.compile(r"\b[Сс]ыны[пб]\w*")  # сынып, сыныбы, сыныпқа, сыныптар … (not «сынақ», «батырмасының»)
# English sources where "class" is the school class, not a class of the model
SCHOOL_SOURCE = re.compile(r"class report|class progress|class's progress|with your class|classroom|classmate|"
                           r"school class|school and class|class timetable", re.I)
ML_CLASS_SOURCE = re.compile(r"\bclass(es)?\b", re.I)
# translations that may leave the word out («Ештеңе» белгісін алып тастау: take the "nothing" mark off)
NO_TERM_NEEDED = {"Not the “nothing” class"}
# the school-class phrases the Kazakh lessons may use
SCHOOL_PHRASES_KK = re.compile("|".join([
    r"сыныптас\w*",  # classmates
    r"[Сс]ыныптағы жарық",  # the light in the classroom
    r"сыныптың сабақ кестесі",  # the class timetable
    r"\d–\d сыныптар",  # grades 3–5, 6–8
    r"ал сынып ",  # "… and the class guesses / votes / calls out"
    r"бірінші сынып оқушы",  # a first-grader
    r"сынып тақтада",  # the class keeps a tally on the board
    r"бүкіл сынып\w*",  # the whole class
    r"камераны сыныпқа емес",  # the camera points at the desk, not at the classroom
    r"сынып «ТОҚТА!»",  # the class shouts "STOP!"
    r"Кіші сынып оқушы",  # younger students
]))


def kk_messages() -> list[tuple[str, str, str]]:
    """(context, English source, Kazakh translation) for every message of the Kazakh UI translation."""
    root = ET.parse(translations_dir() / "oyla_kk.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = [translation.text or ""] + [n.text or "" for n in translation.iter("numerusform")]
            found.append((name, message.findtext("source", ""), " | ".join(t for t in texts if t)))
    return found


def lesson_files(lang: str) -> list[Path]:
    root = builtin_packs_dir()
    assert root is not None
    files = sorted((root / "first-steps").glob(f"*/lesson.{lang}.md"))
    assert len(files) == 10
    return files


def test_the_kazakh_ui_calls_a_class_of_the_model_sanat_never_synyp():
    messages = kk_messages()
    assert len(messages) > 300
    wrong, no_sanat, ml = [], [], 0
    for context, source, kk in messages:
        if not kk or SCHOOL_SOURCE.search(source):
            continue
        if SYNYP.search(kk):  # also catches «сынып» in strings whose English does not say "class"
            wrong.append(f"[{context}] {source!r} → {kk!r}")
        if ML_CLASS_SOURCE.search(re.sub(r"\{\w+\}", "", source)):
            ml += 1
            if "санат" not in kk.lower() and source not in NO_TERM_NEEDED:
                no_sanat.append(f"[{context}] {source!r} → {kk!r}")
    assert ml >= 30  # the Studio, the checks and the errors talk about classes a lot
    assert not wrong, "«сынып» used for a class of the model:\n" + "\n".join(wrong)
    assert not no_sanat, "a class of the model without «санат»:\n" + "\n".join(no_sanat)


def test_the_kazakh_ui_keeps_synyp_for_the_school_class():
    school = [(source, kk) for _c, source, kk in kk_messages() if kk and SCHOOL_SOURCE.search(source)]
    assert school, "the class report strings are gone: update SCHOOL_SOURCE"
    assert all("санат" not in kk.lower() for _s, kk in school)


def test_the_kazakh_lessons_use_synyp_only_for_the_school_class():
    wrong = []
    for path in lesson_files("kk"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            rest = SCHOOL_PHRASES_KK.sub("", line)
            wrong += [f"{path.parent.name}/{path.name}:{number}: {m.group(0)} in {line.strip()!r}"
                      for m in SYNYP.finditer(rest)]
    assert not wrong, "«сынып» for a class of the model (use «санат»):\n" + "\n".join(wrong)


@pytest.mark.parametrize("lesson", range(10))
def test_a_kazakh_lesson_about_classes_says_sanat(lesson):
    en, kk = lesson_files("en")[lesson], lesson_files("kk")[lesson]
    en_text = SCHOOL_SOURCE.sub("", en.read_text(encoding="utf-8"))
    if ML_CLASS_SOURCE.search(en_text):
        assert "санат" in kk.read_text(encoding="utf-8").lower(), kk


def test_the_russian_lessons_name_held_out_pictures_as_the_app_does():
    root = ET.parse(translations_dir() / "oyla_ru.ts").getroot()
    held_out = [m.findtext("translation", "") for m in root.iter("message")
                if "held-out pictures" in m.findtext("source", "").lower()]
    assert held_out and all("проверочн" in t.lower() for t in held_out)
    for en, ru in zip(lesson_files("en"), lesson_files("ru"), strict=True):
        text = ru.read_text(encoding="utf-8").lower()
        assert "отложенн" not in text and "тестов" not in text, ru
        if "held-out" in en.read_text(encoding="utf-8").lower():
            assert "проверочн" in text, ru


def ui_text(lang: str, source: str) -> str:
    """The app's text for ``source`` in ``lang`` (English: the source itself)."""
    if lang == "en":
        return source
    root = ET.parse(translations_dir() / f"oyla_{lang}.ts").getroot()
    found = {m.findtext("translation", "") for m in root.iter("message") if m.findtext("source") == source}
    assert len(found) == 1 and found != {""}, (lang, source, found)
    return found.pop().replace("\n", " ")


@pytest.mark.parametrize("lang", ["en", "kk", "ru"])
def test_the_safety_lesson_names_the_robot_settings_and_the_watchdog_moment_as_the_app_does(lang):
    text = lesson_files(lang)[8].read_text(encoding="utf-8")  # 09-safe-robot-first
    for label in ("Frames in a row", "Sure at least", "Top speed", "Start deploying", "Stopped by the watchdog"):
        assert ui_text(lang, label) in text, (lang, label)
    quiet = ui_text(lang, "%1 → nothing sent now (%2): the robot stops by itself in half a second")
    assert quiet.split("): ")[-1] in text  # "the robot stops by itself in half a second"
    assert ui_text(lang, "The robot's watchdog stopped the motors: no command came for half a second.") in text
    student_part = text[:text.rindex("\n## ")]  # the teacher notes may use the engineers' word
    assert not re.search(r"debounce|дребезг|қатарынан растау", student_part, re.I)
