"""Checks against project facts, and quiz grading."""

from __future__ import annotations

import pytest

from app.lessons.checks import evaluate, evaluate_step, grade
from app.lessons.loader import load_pack
from app.lessons.model import Check, Quiz
from tests.lessons.packfactory import make_pack

FACTS = {
    "classes": {"rock": 24, "paper": 22, "nothing": 30}, "model_trained": True, "heldout_accuracy": 0.86,
    "background_class": True, "robustness_run": True, "threshold": 0.8, "robot_driven": True,
    "model_card_written": True, "samples_deleted": False,
}


@pytest.mark.parametrize(("kind", "value", "changes", "passed", "words"), [
    ("min_classes", 3, {}, True, "3 classes"),
    ("min_classes", 4, {}, False, "at least 4"),
    ("min_samples_per_class", 20, {}, True, "at least 20"),
    ("min_samples_per_class", 23, {}, False, "\"paper\" has 22"),
    ("min_samples_per_class", 1, {"classes": {}}, False, "Add classes"),
    ("min_heldout_accuracy", 0.8, {}, True, "86%"),
    ("min_heldout_accuracy", 0.8, {"heldout_accuracy": 0.795}, False, "79.5%"),
    ("min_heldout_accuracy", 0.8, {"heldout_accuracy": None}, False, "held-out"),
    ("threshold_set", True, {}, True, "0.8"),
    ("threshold_set", 0.9, {}, False, "at least 0.9"),
    ("threshold_set", True, {"threshold": None}, False, "Set a confidence"),
    ("model_trained", True, {}, True, "trained"),
    ("model_trained", True, {"model_trained": False}, False, "Train"),
    ("samples_deleted", True, {}, False, "Delete your samples"),
    ("samples_deleted", True, {"samples_deleted": True}, True, "deleted"),
    ("has_background_class", True, {"background_class": None}, False, "nothing"),
    ("robot_driven", True, {}, True, "robot"),
    ("robustness_run", True, {"robustness_run": "yes"}, False, "robustness"),
    ("model_card_written", True, {}, True, "model card"),
])
def test_check_against_facts(kind, value, changes, passed, words):
    result = evaluate(Check("c", kind, value), {**FACTS, **changes})
    assert result.passed is passed
    assert words in result.text()
    assert result.check_id == "c"


def test_missing_facts_never_pass():
    for kind, value in [("min_classes", 1), ("min_samples_per_class", 1), ("min_heldout_accuracy", 0.1),
                        ("threshold_set", True), ("model_trained", True), ("robot_driven", True)]:
        assert evaluate(Check("c", kind, value), {}).passed is False


def test_step_checks_from_a_lesson(tmp_path):
    text = load_pack(make_pack(tmp_path)).lessons[0].text("ru")
    step = text.step("enough")
    results = evaluate_step(text, step, {"classes": {"a": 25, "b": 19}})
    assert [(r.check_id, r.passed) for r in results] == [("samples", False), ("classes", True)]


def test_quiz_grading_single_and_multiple():
    single = Quiz("q", "single", "?", ("a", "b", "c"), (1,), "Because b.")
    assert grade(single, [1]).correct
    wrong = grade(single, [0])
    assert not wrong.correct and "b" in wrong.text() and "Because b." in wrong.text()
    assert not grade(single, [0, 1]).correct
    multiple = Quiz("m", "multiple", "?", ("a", "b", "c", "d"), (0, 1, 3), "Three.")
    assert grade(multiple, [3, 1, 0]).correct
    assert grade(multiple, [0, 1, 1, 3]).chosen == (0, 1, 3)
    partial = grade(multiple, [0, 1])
    assert not partial.correct and "a; b; d" in partial.text()
    assert not grade(multiple, []).correct
