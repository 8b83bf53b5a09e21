"""Checks that need the work a lesson asks for: no pass before it is done, a pass after it. Quiz hints."""

from __future__ import annotations

import cv2
import numpy as np

from app.lessons import backgrounds
from app.lessons.checks import evaluate, evaluate_step, grade
from app.lessons.loader import load_pack
from app.lessons.model import Check, Quiz
from app.ml import model_card
from app.resources import builtin_packs_dir

WHITE, DESK = (235, 235, 230), (120, 85, 60)


def picture(background, thing=(200, 30, 40), seed=0, light_range=(0.9, 1.1)) -> np.ndarray:
    """A 224×224 picture: a coloured thing in the middle of a background, with some noise and light change."""
    rng = np.random.default_rng(seed)
    light = rng.uniform(*light_range)
    img = np.clip(np.array(background, np.float32) * light + rng.normal(0, 6, (224, 224, 3)), 0, 255)
    cv2.circle(img, (112 + int(rng.integers(-20, 20)), 112), 60, thing, -1)
    return img.astype(np.uint8)


def write(folder, name, background, n, thing=(200, 30, 40), light_range=(0.9, 1.1)):
    paths = []
    for i in range(n):
        path = folder / f"{name}-{i}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        cv2.imwrite(str(path), cv2.cvtColor(picture(background, thing, seed=i * 7919 + len(name),
                                                              light_range=light_range), cv2.COLOR_RGB2BGR))
        paths.append(path)
    return paths


def first_steps(lesson_id: str, lang: str = "en"):
    return load_pack(builtin_packs_dir() / "first-steps").lesson(lesson_id).text(lang)


# ---- "not sure" threshold: the student's own choice, not a value Oyla set ---------------------------------------
def test_a_chosen_threshold_is_not_the_apps_default_nor_the_lessons_preset():
    check = Check("t", "threshold_chosen", 0.7)
    assert not evaluate(check, {}).passed
    default = evaluate(check, {"threshold": 0.6})
    assert not default.passed and "where Oyla put it" in default.text()
    preset = evaluate(check, {"threshold": 0.8}, presets=[0.8])
    assert not preset.passed and "80%" in preset.text()
    low = evaluate(check, {"threshold": 0.65})
    assert not low.passed and "at least 70%" in low.text()
    assert evaluate(check, {"threshold": 0.8}).passed  # no preset: 80% is a choice
    assert evaluate(check, {"threshold": 0.85}, presets=[0.8]).passed


def test_the_threshold_lessons_need_the_slider_moved():
    for lesson_id, step_id in (("07-confidently-wrong", "threshold-check"), ("09-safe-robot-first", "threshold-check")):
        text = first_steps(lesson_id)
        step = text.step(step_id)
        kinds = [text.check(c).kind for c in step.checks]
        assert kinds == ["threshold_chosen"], lesson_id
        starts = [0.6, *(s.setup.threshold for s in text.steps if s.setup and s.setup.threshold is not None)]
        for start in starts:  # before: where the app or the lesson put the slider
            assert not any(r.passed for r in evaluate_step(text, step, {"threshold": start})), (lesson_id, start)
        assert all(r.passed for r in evaluate_step(text, step, {"threshold": 0.9})), lesson_id  # after


# ---- retrained after the pictures changed ------------------------------------------------------------------------
def test_retrained_means_the_model_learned_from_the_pictures_there_are_now():
    text = first_steps("05-does-it-work-for-everyone")
    step = text.step("retrained")
    one_person = {"classes": {"stop sign": 20, "go sign": 20}, "model_trained": True, "model_current": True}
    assert not all(r.passed for r in evaluate_step(text, step, one_person))  # the first model: not yet
    more = {**one_person, "classes": {"stop sign": 45, "go sign": 41}, "model_current": False}
    results = evaluate_step(text, step, more)
    assert not all(r.passed for r in results)
    assert any("Train again" in r.text() or "click Train" in r.text() for r in results if not r.passed)
    assert all(r.passed for r in evaluate_step(text, step, {**more, "model_current": True}))


# ---- pictures on two backgrounds ---------------------------------------------------------------------------------
def test_two_backgrounds_measured_from_the_picture_edges(tmp_path):
    trap = {"apple": write(tmp_path, "apple-paper", WHITE, 20), "book": write(tmp_path, "book-desk", DESK, 20,
                                                                              (40, 90, 200))}
    found = backgrounds.measure(trap)
    assert found["gap"] > 100
    assert sorted(map(sorted, found["classes"].values())) == [[0, 20], [0, 20]]  # each class on one background
    check = Check("b", "two_backgrounds", 8)
    before = evaluate(check, {"backgrounds": found})
    assert not before.passed and "has 0 pictures" in before.text()

    fixed = {"apple": trap["apple"] + write(tmp_path, "apple-desk", DESK, 10),
             "book": trap["book"] + write(tmp_path, "book-paper", WHITE, 10, (40, 90, 200))}
    after = evaluate(check, {"backgrounds": backgrounds.measure(fixed)})
    assert after.passed, after.text()

    one_background = {"apple": write(tmp_path, "a-white", WHITE, 15), "book": write(tmp_path, "b-white", WHITE, 15)}
    same = evaluate(check, {"backgrounds": backgrounds.measure(one_background)})
    assert not same.passed and "similar background" in same.text()
    assert not evaluate(check, {"backgrounds": None}).passed
    assert not evaluate(check, {"backgrounds": backgrounds.measure({"apple": [], "book": []})}).passed


def test_one_background_in_strongly_changing_light_is_not_two(tmp_path):
    """Light that changes a lot from picture to picture (the demo camera: ×0.7–1.25; a webcam's exposure) smears
    one background's colour; 2-means then finds a large gap, but the two halves touch. Two real backgrounds under
    the same light changes still count."""
    check = Check("b", "two_backgrounds", 8)
    strong = (0.55, 1.45)
    one = {"apple": write(tmp_path, "apple", DESK, 40, light_range=strong),
           "book": write(tmp_path, "book", DESK, 40, (40, 90, 200), light_range=strong)}
    found = backgrounds.measure(one)
    assert found["gap"] >= 60 and min(map(min, found["classes"].values())) >= 8  # what used to pass
    assert not evaluate(check, {"backgrounds": found}).passed
    green = (40, 150, 60)
    two = {"apple": write(tmp_path, "a-desk", DESK, 20, light_range=(0.8, 1.2))
           + write(tmp_path, "a-green", green, 20, light_range=(0.8, 1.2)),
           "book": write(tmp_path, "b-desk", DESK, 20, (40, 90, 200), light_range=(0.8, 1.2))
           + write(tmp_path, "b-green", green, 20, (40, 90, 200), light_range=(0.8, 1.2))}
    assert evaluate(check, {"backgrounds": backgrounds.measure(two)}).passed


def test_unreadable_pictures_are_skipped(tmp_path):
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"not a picture")
    found = backgrounds.measure({"apple": [bad, *write(tmp_path, "a", WHITE, 3)]})
    assert sum(found["classes"]["apple"]) == 3 and found["gap"] < 60  # one background: the split is only noise


def test_the_shortcut_lesson_checks_both_backgrounds_and_a_new_training():
    text = first_steps("04-shortcut-detective")
    kinds = {text.check(c).kind for c in text.step("retrain").checks}
    assert {"two_backgrounds", "model_current", "min_samples_per_class"} <= kinds


# ---- the model card with the student's answers -------------------------------------------------------------------
def test_model_card_answers_are_saved_shown_and_checked(tmp_path):
    check = Check("c", "model_card_complete", True)
    assert model_card.load_answers(tmp_path) == {}
    assert not evaluate(check, {"model_card_written": True}).passed
    model_card.save_answers(tmp_path, {"purpose": "Drive the car with hand signs", "not_for": "people", "fails": ""})
    answers = model_card.load_answers(tmp_path)
    assert answers["purpose"] == "Drive the car with hand signs"
    assert not model_card.answers_complete(answers)  # one word, and an empty answer, are not answers
    model_card.save_answers(tmp_path, {"purpose": "Drive the car with hand signs",
                                       "not_for": "Deciding anything about people",
                                       "fails": "Left hands, a dark room, gloves"})
    answers = model_card.load_answers(tmp_path)
    assert model_card.answers_complete(answers)
    meta = {"labels": ["go", "stop"], "sample_counts": {"go": 30, "stop": 30}, "metrics": {"accuracy": 0.9}}
    page = model_card.render("Car", meta, None, answers=answers)
    assert "Left hands, a dark room, gloves" in page and "What it must not be used for" in page
    (tmp_path / model_card.ANSWERS_FILE).write_text("[1, 2]")  # damaged: counts as not answered
    assert model_card.load_answers(tmp_path) == {}
    assert evaluate(check, {"model_card_complete": True}).passed


def test_the_capstone_checks_the_card_answers():
    text = first_steps("10-capstone")
    assert "model_card_complete" in {text.check(c).kind for c in text.step("model-card").checks}


# ---- quizzes: a hint after a wrong answer, four options in the first pack ----------------------------------------
def test_a_wrong_answer_gets_the_hint_not_the_answer():
    quiz = Quiz("q", "single", "?", ("a", "b", "c", "d"), (2,), "Because c.", "Think about c-ish things.")
    wrong = grade(quiz, [0])
    assert not wrong.correct and "Think about c-ish things." in wrong.text()
    assert "Because c." not in wrong.text() and "The right answer" not in wrong.text()
    assert grade(quiz, [2]).text() == "Right! Because c."


def test_every_first_steps_quiz_has_four_options_and_a_hint_in_every_language():
    pack = load_pack(builtin_packs_dir() / "first-steps")
    count = 0
    for lesson in pack.lessons:
        for lang in ("kk", "ru", "en"):
            for quiz in lesson.text(lang).quiz:
                assert len(quiz.options) == 4, (lesson.id, lang, quiz.id)
                assert quiz.hint and quiz.hint not in quiz.explain, (lesson.id, lang, quiz.id)
                count += 1
    assert count >= 3 * 18


def test_no_first_steps_check_passes_on_the_project_a_step_sets_up():
    """Before the work: the classes a step's setup creates, no pictures, no model, the slider where Oyla put it.
    ("Samples deleted" is the one check that passes on an empty project: there is nothing left to delete.)"""
    pack = load_pack(builtin_packs_dir() / "first-steps")
    checked = 0
    for lesson in pack.lessons:
        text = lesson.text("en")
        classes, threshold = {}, 0.6
        for step in text.steps:
            if step.setup is not None and step.setup.classes:
                classes = dict.fromkeys(step.setup.classes, 0)
                threshold = step.setup.threshold if step.setup.threshold is not None else 0.6
            if step.kind != "check" or {text.check(c).kind for c in step.checks} == {"samples_deleted"}:
                continue
            facts = {"classes": classes, "threshold": threshold, "model_trained": False,
                     "background_class": "nothing" in classes, "samples_deleted": False}
            results = evaluate_step(text, step, facts)
            assert not all(r.passed for r in results), (lesson.id, step.id)
            checked += 1
    assert checked >= 15
