"""The facts lesson checks read about a student's project, and the projects set up for an activity step — the core
part of the Lessons page, run here without Qt."""

from __future__ import annotations

import shutil

import numpy as np

from app.lessons import checks
from app.lessons.facts import background_index, gather_facts, matches_setup, project_for_setup
from app.lessons.model import Check, Setup
from app.storage import students
from app.storage.project import create_project, open_project
from app.storage.settings import projects_dir


def picture(value: int) -> np.ndarray:
    return np.full((224, 224, 3), value, np.uint8)


def test_no_project_knows_nothing_yet(data_dir):
    facts = gather_facts(None)
    assert facts["classes"] == {} and facts["threshold"] is None
    assert not facts["model_trained"] and not facts["samples_deleted"] and not facts["model_card_written"]
    assert not checks.evaluate(Check("c", "model_trained", True), facts).passed


def test_facts_are_read_fresh_from_disk(data_dir):
    project = create_project(data_dir / "p", name="p", classes=["fist", "palm", "nothing"])
    project.add_sample("fist", picture(10))
    project.add_sample("fist", picture(20))
    stale = open_project(project.path)
    project.set_background("nothing")
    project.settings.threshold = 0.8
    project.save()  # the Studio changed it after the Lessons page got its copy
    facts = gather_facts(stale)
    assert facts["classes"] == {"fist": 2, "palm": 0, "nothing": 0}
    assert facts["background_class"] is True and facts["threshold"] == 0.8
    assert not facts["samples_deleted"] and not facts["model_trained"] and not facts["robot_driven"]
    project.note_robot_drive(0.7, "forward", "fist")
    assert gather_facts(stale)["robot_driven"] is True


def test_samples_deleted_counts_every_project_of_the_student(data_dir):
    student = students.create_student("Aru")
    first = create_project(projects_dir() / "first", classes=["a", "b"], owner=student.id)
    second = create_project(projects_dir() / "second", classes=["a", "b"], owner=student.id)
    kept = second.add_sample("a", picture(50))
    assert not gather_facts(first, student.id)["samples_deleted"]  # the other project still has a picture
    assert gather_facts(first)["samples_deleted"]  # with nobody signed in, only this project counts
    second.remove_sample(kept)
    assert gather_facts(first, student.id)["samples_deleted"]
    shutil.rmtree(first.path)  # deleted on the My data page
    assert gather_facts(first, student.id)["samples_deleted"]
    second.add_sample("b", picture(90))
    assert not gather_facts(first, student.id)["samples_deleted"]
    assert not gather_facts(None)["samples_deleted"]  # nobody, no project: nothing to say


def test_a_step_setup_makes_a_matching_project(data_dir):
    setup = Setup(classes=("Fist", "Palm", "Nothing"), head="knn", threshold=0.65)
    english = Setup(classes=("fist", "palm", "nothing"))
    project = project_for_setup(setup, "Lesson 1", "First Steps!", owner="s1", background=background_index(english))
    assert project.path.parent == projects_dir() and project.path.name == "first-steps-1"
    again = open_project(project.path)
    assert again.labels == ["Fist", "Palm", "Nothing"] and again.owner == "s1"
    assert [c.background for c in again.classes] == [False, False, True]
    assert again.settings.head == "knn" and again.settings.threshold == 0.65
    assert matches_setup(again, Setup(classes=("fist", "palm", "nothing")))
    assert not matches_setup(again, Setup(classes=("palm", "fist", "nothing")))
    assert matches_setup(again, Setup()) and not matches_setup(None, Setup())
    second = project_for_setup(setup, "Lesson 1", "First Steps!")
    assert second.path.name == "first-steps-2" and not any(c.background for c in second.classes)


def test_background_index_reads_the_english_names():
    assert background_index(Setup(classes=("cat", "Empty", "dog"))) == 1
    assert background_index(Setup(classes=("cat", "dog"))) is None
    assert background_index(None) is None
