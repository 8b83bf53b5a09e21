"""Evaluate lesson checks against facts about the student's project, and grade quiz answers.

The app fills a plain ``facts`` dict from the open project; a missing fact counts as "not done yet":

    {"classes": {"rock": 24, "paper": 22}, "model_trained": True, "heldout_accuracy": 0.86,
     "background_class": True, "robustness_run": True, "threshold": 0.8, "robot_driven": True,
     "model_card_written": True, "samples_deleted": False,
     "share_cleaned": True, "nextword_trained": True, "nextword_temperatures": 2, ...,  # Text lab: app.text.progress
     "model_current": True, "model_card_complete": False,
     "backgrounds": {"gap": 120.0, "classes": {"apple": [12, 9], "book": [3, 20]}}}  # app.lessons.backgrounds

Result messages are English, marked for translation in the ``"lessons"`` context, with ``{name}`` params.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.errors import QT_TRANSLATE_NOOP
from app.lessons.model import Check, LessonText, Quiz, Step

CONTEXT = "lessons"

FLAG_FACTS = {  # check kind -> (fact, message when done, message when not done)
    "model_trained": ("model_trained", QT_TRANSLATE_NOOP("lessons", "The model is trained."),
                      QT_TRANSLATE_NOOP("lessons", "Train the model first.")),
    "has_background_class": ("background_class", QT_TRANSLATE_NOOP("lessons", "You have a \"nothing\" class."),
                             QT_TRANSLATE_NOOP("lessons", "Add a \"nothing\" (background) class with its own samples.")),
    "robustness_run": ("robustness_run", QT_TRANSLATE_NOOP("lessons", "You ran the robustness test."),
                       QT_TRANSLATE_NOOP("lessons", "Run the robustness test on your model.")),
    "robot_driven": ("robot_driven", QT_TRANSLATE_NOOP("lessons", "Your model drove the robot."),
                     QT_TRANSLATE_NOOP("lessons", "Drive the robot with your model first.")),
    "model_card_written": ("model_card_written", QT_TRANSLATE_NOOP("lessons", "Your model card is written."),
                           QT_TRANSLATE_NOOP("lessons", "Fill in the model card.")),
    "samples_deleted": ("samples_deleted", QT_TRANSLATE_NOOP("lessons", "Your samples are deleted."),
                        QT_TRANSLATE_NOOP("lessons", "Delete your samples in My data.")),
    "share_cleaned": ("share_cleaned", QT_TRANSLATE_NOOP("lessons", "You cleaned a message until nothing was marked."),
                      QT_TRANSLATE_NOOP("lessons", "In the Text lab, check a message of at least 8 words with personal "
                                                   "data, then change it until the check marks nothing.")),
    "nextword_trained": ("nextword_trained", QT_TRANSLATE_NOOP("lessons", "You trained a next-word machine."),
                         QT_TRANSLATE_NOOP("lessons", "Train the next-word machine in the Text lab.")),
    "nextword_own_text": ("nextword_own_text", QT_TRANSLATE_NOOP("lessons", "You trained it with your own text."),
                          QT_TRANSLATE_NOOP("lessons", "Add your own text to the next-word machine and train it "
                                                       "again.")),
    "nextword_hand_picked": ("nextword_hand_picked", QT_TRANSLATE_NOOP("lessons", "You picked a next word by hand."),
                             QT_TRANSLATE_NOOP("lessons", "Pick a next word yourself: click one of the candidates.")),
    "ai_label_copied": ("ai_label_copied", QT_TRANSLATE_NOOP("lessons", "You copied a text with its \"Made with "
                                                                        "AI\" label."),
                        QT_TRANSLATE_NOOP("lessons", "Copy your generated text with the \"Made with AI\" label.")),
    "model_current": ("model_current", QT_TRANSLATE_NOOP("lessons", "Your model learned from the pictures you have "
                                                                    "now."),
                      QT_TRANSLATE_NOOP("lessons", "Your pictures changed since the model was trained (or there is no "
                                                   "model yet): click Train again.")),
    "model_card_complete": ("model_card_complete", QT_TRANSLATE_NOOP("lessons", "Your model card has your own "
                                                                                "answers."),
                            QT_TRANSLATE_NOOP("lessons", "Click Model card in the Studio and answer its questions "
                                                         "(what it is for, what it must not be used for, where it "
                                                         "fails) in a few words each.")),
}
BACKGROUND_SEPARATION = 4.0  # and that many times the spread inside each group (one background in changing light: ~3.5)
BACKGROUND_GAP = 60.0  # how far apart (RGB distance, 0..441) two edge colours must be to count as two backgrounds


@dataclass(frozen=True)
class CheckResult:
    check_id: str
    passed: bool
    message: str
    params: dict[str, Any] = field(default_factory=dict)
    context: str = CONTEXT

    def text(self) -> str:
        return self.message.format(**self.params)


def _percent(fraction: float) -> str:
    return f"{math.floor(fraction * 1000 + 1e-9) / 10:g}"


def evaluate(check: Check, facts: Mapping[str, Any], presets: Iterable[float] = ()) -> CheckResult:
    """Does the project described by ``facts`` pass ``check``? The message says what to do if not.

    ``presets``: thresholds the lesson's steps set up by themselves (a ``threshold_chosen`` check wants another)."""
    kind, value = check.kind, check.value

    def result(passed: bool, message: str, **params: Any) -> CheckResult:
        return CheckResult(check.id, passed, message, params)

    classes = facts.get("classes") or {}
    if kind == "min_classes":
        have = len(classes)
        if have >= value:
            return result(True, QT_TRANSLATE_NOOP("lessons", "You have {have} classes."), have=have, need=value)
        return result(False, QT_TRANSLATE_NOOP("lessons", "You have {have} classes; add classes until you have at "
                                                          "least {need}."), have=have, need=value)
    if kind == "min_samples_per_class":
        if not classes:
            return result(False, QT_TRANSLATE_NOOP("lessons", "Add classes and collect at least {need} samples for "
                                                              "each."), need=value)
        name, have = min(classes.items(), key=lambda item: (item[1], item[0]))
        if have >= value:
            return result(True, QT_TRANSLATE_NOOP("lessons", "Every class has at least {need} samples."), need=value)
        return result(False, QT_TRANSLATE_NOOP("lessons", "The class \"{name}\" has {have} samples; every class needs "
                                                          "at least {need}."), name=name, have=have, need=value)
    if kind == "min_heldout_accuracy":
        accuracy = facts.get("heldout_accuracy")
        need = _percent(value)
        if accuracy is None:
            return result(False, QT_TRANSLATE_NOOP("lessons", "Test your model on held-out samples first."), need=need)
        if accuracy >= value:
            return result(True, QT_TRANSLATE_NOOP("lessons", "Held-out accuracy is {have}% (at least {need}% "
                                                             "needed)."), have=_percent(accuracy), need=need)
        return result(False, QT_TRANSLATE_NOOP("lessons", "Held-out accuracy is {have}%; it needs to be at least "
                                                          "{need}%. More varied samples usually help."),
                      have=_percent(accuracy), need=need)
    if kind == "threshold_set":
        threshold = facts.get("threshold")
        if threshold is None:
            return result(False, QT_TRANSLATE_NOOP("lessons", "Set a confidence threshold first."))
        if value is not True and threshold < value:
            return result(False, QT_TRANSLATE_NOOP("lessons", "Your confidence threshold is {have}; set it to at "
                                                              "least {need}."), have=threshold, need=value)
        return result(True, QT_TRANSLATE_NOOP("lessons", "Your confidence threshold is {have}."), have=threshold)
    if kind == "nextword_temperatures":
        have = facts.get("nextword_temperatures") or 0
        if have >= value:
            return result(True, QT_TRANSLATE_NOOP("lessons", "You generated text at {have} different temperatures."),
                          have=have, need=value)
        return result(False, QT_TRANSLATE_NOOP("lessons", "You generated text at {have} different temperature(s); "
                                                          "generate at {need} or more."), have=have, need=value)
    if kind == "threshold_chosen":
        return _threshold_chosen(result, value, facts.get("threshold"), presets)
    if kind == "two_backgrounds":
        return _two_backgrounds(result, value, facts.get("backgrounds"))
    fact, done, todo = FLAG_FACTS[kind]
    return result(True, done) if facts.get(fact) is True else result(False, todo)


def _threshold_chosen(result, need: float, threshold: float | None, presets: Iterable[float]) -> CheckResult:
    """At least ``need``, and not a value Oyla set by itself (the app's default or a lesson step's preset)."""
    from app.storage.project import TrainSettings

    if threshold is None:
        return result(False, QT_TRANSLATE_NOOP("lessons", "Open your project in the Studio and set the \"not sure\" "
                                                          "threshold."), need=_percent(need))
    have, start = _percent(threshold), [TrainSettings().threshold, *presets]
    if any(abs(threshold - s) < 0.005 for s in start):
        return result(False, QT_TRANSLATE_NOOP("lessons", "The \"not sure\" threshold is still {have}%, where Oyla put "
                                                          "it. Try other values, then leave the slider at your own "
                                                          "choice (at least {need}%)."), have=have, need=_percent(need))
    if threshold < need - 1e-9:
        return result(False, QT_TRANSLATE_NOOP("lessons", "Your \"not sure\" threshold is {have}%; this lesson needs "
                                                          "at least {need}%."), have=have, need=_percent(need))
    return result(True, QT_TRANSLATE_NOOP("lessons", "You chose a \"not sure\" threshold of {have}%."), have=have,
                  need=_percent(need))


def _two_backgrounds(result, need: int, found: Mapping[str, Any] | None) -> CheckResult:
    """Every class has ``need`` pictures in each of two groups of clearly different edge colours."""
    per_class = (found or {}).get("classes") or {}
    if not per_class:
        return result(False, QT_TRANSLATE_NOOP("lessons", "Collect pictures for your classes first."), need=need)
    gap, spread = (found or {}).get("gap", 0.0), (found or {}).get("spread", 0.0)
    if gap < BACKGROUND_GAP or gap < BACKGROUND_SEPARATION * spread:
        return result(False, QT_TRANSLATE_NOOP("lessons", "All your pictures have a similar background. Take some on "
                                                          "a clearly different one (for example white paper and the "
                                                          "bare desk)."), need=need)
    name, fewest = min(((n, min(groups)) for n, groups in per_class.items()), key=lambda item: (item[1], item[0]))
    if fewest < need:
        return result(False, QT_TRANSLATE_NOOP("lessons", "The class \"{name}\" has {have} pictures on one of the "
                                                          "two backgrounds; every class needs at least {need} on "
                                                          "each."), name=name, have=fewest, need=need)
    return result(True, QT_TRANSLATE_NOOP("lessons", "Every class has at least {need} pictures on each of two "
                                                     "backgrounds."), need=need)


def presets(lesson: LessonText) -> tuple[float, ...]:
    """The "not sure" thresholds the lesson's activity steps set up by themselves."""
    return tuple(s.setup.threshold for s in lesson.steps if s.setup is not None and s.setup.threshold is not None)


def evaluate_step(lesson: LessonText, step: Step, facts: Mapping[str, Any]) -> list[CheckResult]:
    """Results for every check a check step names (in order)."""
    return [evaluate(check, facts, presets(lesson)) for check_id in step.checks
            if (check := lesson.check(check_id)) is not None]


@dataclass(frozen=True)
class QuizResult:
    quiz_id: str
    correct: bool
    chosen: tuple[int, ...]
    answer: tuple[int, ...]
    explain: str
    message: str
    params: dict[str, Any] = field(default_factory=dict)
    context: str = CONTEXT

    def text(self) -> str:
        return self.message.format(**self.params)


def grade(quiz: Quiz, chosen: Iterable[int]) -> QuizResult:
    """Grade the options the student ticked (0-based). Single choice: exactly the one right option."""
    picked = tuple(sorted(set(chosen)))
    correct = picked == tuple(sorted(quiz.answer))
    right = "; ".join(quiz.options[i] for i in quiz.answer)
    if correct:
        message = QT_TRANSLATE_NOOP("lessons", "Right! {explain}")
    elif quiz.hint:  # the right answer stays hidden: the student tries again with a hint
        message = QT_TRANSLATE_NOOP("lessons", "Not quite. Hint: {hint} Try again.")
    elif quiz.kind == "multiple":
        message = QT_TRANSLATE_NOOP("lessons", "Not quite. The right answers: {right}. {explain}")
    else:
        message = QT_TRANSLATE_NOOP("lessons", "Not quite. The right answer: {right}. {explain}")
    return QuizResult(quiz.id, correct, picked, quiz.answer, quiz.explain, message,
                      {"right": right, "explain": quiz.explain, "hint": quiz.hint})
