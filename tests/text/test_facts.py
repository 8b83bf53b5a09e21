"""Text lab facts: what the student did is kept as flags and counts per student (never the text), read fresh by
the lesson checks; the new check kinds validate in packs and evaluate against those facts."""

from __future__ import annotations

import json

import pytest

from app.lessons.checks import evaluate
from app.lessons.loader import load_pack
from app.lessons.model import Check, PackError
from app.storage import students
from app.text import progress
from app.text.share_check import check, safe_text
from tests.lessons.packfactory import edit, make_pack

MESSAGE = "Hello, my phone is +7 701 123 45 67 and I need help with my maths homework today."


def test_nothing_done_yet_is_all_false(data_dir):
    facts = progress.facts(None)
    assert facts["nextword_temperatures"] == 0
    assert not any(facts[flag] for flag in progress.FLAGS)
    assert not progress.path_for(None).exists()


def test_flags_and_temperatures_are_stored_per_student_and_never_the_text(data_dir):
    student = students.create_student("Aruzhan")
    progress.mark(student.id, "nextword_trained")
    for t in (0.0, 1.0, 1.04, 1.5):  # 1.04 rounds to 1.0: three different temperatures
        progress.add_temperature(student.id, t)
    facts = progress.facts(student.id)
    assert facts["nextword_trained"] and not facts["share_cleaned"]
    assert facts["nextword_temperatures"] == 3
    assert progress.facts(None) == {**{f: False for f in progress.FLAGS}, "nextword_temperatures": 0}
    stored = json.loads(progress.path_for(student.id).read_text(encoding="utf-8"))
    assert stored == {"schema_version": 1, "done": ["nextword_trained"], "temperatures": [0.0, 1.0, 1.5]}
    assert progress.path_for(student.id).parent == students.student_dir(student.id)
    with pytest.raises(ValueError):
        progress.mark(student.id, "something_else")


def test_a_damaged_or_foreign_record_counts_as_nothing_and_is_replaced(data_dir):
    path = progress.path_for(None)
    for content in ("{not json", "[1, 2]", json.dumps({"schema_version": 99, "done": ["share_cleaned"]}),
                    json.dumps({"schema_version": 1, "done": ["evil", 3], "temperatures": ["x", True, 99, 0.5]})):
        path.write_text(content, encoding="utf-8")
        facts = progress.facts(None)
        assert not any(facts[flag] for flag in progress.FLAGS)
        assert facts["nextword_temperatures"] == (1 if "0.5" in content else 0)
    progress.mark(None, "ai_label_copied")
    assert progress.facts(None)["ai_label_copied"] is True


def test_a_deleted_student_leaves_no_record_behind(data_dir):
    student = students.create_student("Timur")
    students.delete_student(student.id)
    progress.mark(student.id, "share_cleaned")
    assert not students.student_dir(student.id).exists()
    assert progress.facts(student.id)["share_cleaned"] is False


def test_cleaning_needs_a_long_marked_message_changed_until_nothing_is_marked():
    follow = progress.ShareCleaning()
    found = check(MESSAGE)
    assert found and progress.word_count(MESSAGE) >= progress.MIN_WORDS
    assert follow.checked(MESSAGE, len(found)) is False
    cleaned = safe_text(MESSAGE, "en", found)
    assert check(cleaned) == []
    assert follow.checked(cleaned, 0) is True
    assert follow.checked(cleaned, 0) is False  # once per cleaning


@pytest.mark.parametrize("steps", [
    [("+7 701 123 45 67", 1), ("", 0)],  # too short: deleting everything is not cleaning
    [(MESSAGE, 1), (MESSAGE, 0)],  # the same text
    [("Please help me with my maths homework today, thank you very much.", 0)],  # nothing was ever marked
    [(MESSAGE, 1), ("Call me.", 0)],  # cut down to a few words
])
def test_what_is_not_cleaning(steps):
    follow = progress.ShareCleaning()
    assert not any(follow.checked(text, found) for text, found in steps)


@pytest.mark.parametrize(("kind", "value", "facts", "passed", "words"), [
    ("share_cleaned", True, {"share_cleaned": True}, True, "cleaned"),
    ("share_cleaned", True, {}, False, "at least 8 words"),
    ("nextword_trained", True, {"nextword_trained": True}, True, "trained"),
    ("nextword_own_text", True, {"nextword_own_text": False}, False, "own text"),
    ("nextword_hand_picked", True, {"nextword_hand_picked": True}, True, "by hand"),
    ("ai_label_copied", True, {}, False, "Made with AI"),
    ("nextword_temperatures", 2, {"nextword_temperatures": 2}, True, "2 different"),
    ("nextword_temperatures", 2, {"nextword_temperatures": 1}, False, "at 2 or more"),
    ("nextword_temperatures", 2, {}, False, "at 0 different"),
])
def test_text_lab_checks(kind, value, facts, passed, words):
    result = evaluate(Check("c", kind, value), facts)
    assert result.passed is passed
    assert words in result.text()


def test_checks_read_the_stored_facts(data_dir):
    check_ = Check("temps", "nextword_temperatures", 2)
    progress.add_temperature(None, 0.2)
    assert not evaluate(check_, progress.facts(None)).passed
    progress.add_temperature(None, 1.4)
    assert evaluate(check_, progress.facts(None)).passed


def test_packs_may_use_the_text_lab_page_and_checks(tmp_path):
    root = make_pack(tmp_path)
    for lang in ("kk", "ru", "en"):
        path = root / "01-first" / f"lesson.{lang}.md"
        edit(path, "page: studio\n    setup: {classes: [", "page: textlab\n    setup: {classes: [")
        edit(path, "  - {id: classes, kind: min_classes, value: 2}",
             "  - {id: classes, kind: nextword_temperatures, value: 2}\n  - {id: clean, kind: share_cleaned}")
        edit(path, "check: [samples, classes]", "check: [samples, classes, clean]")
    lesson = load_pack(root).lessons[0]
    text = lesson.text("en")
    assert text.step("collect").page == "textlab"
    assert {(c.kind, c.value) for c in text.checks} >= {("nextword_temperatures", 2), ("share_cleaned", True)}
    edit(root / "01-first" / "lesson.en.md", "kind: nextword_temperatures, value: 2", "kind: nextword_temperatures")
    with pytest.raises(PackError):
        load_pack(root)
