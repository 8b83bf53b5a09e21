"""The facts lesson checks need about a student's project (``app.lessons.checks``), and the projects the app sets up
for an activity step.

``gather_facts`` reads fresh from disk and can take a moment (it loads the model): the UI runs it on a worker
thread. Facts the app cannot know stay False, so their checks read as "not done yet".
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from app.errors import OylaError
from app.lessons import backgrounds
from app.lessons.model import Setup
from app.storage import inventory
from app.storage.project import Project, create_project, open_project
from app.storage.settings import projects_dir
from app.text import progress as textlab_progress


def gather_facts(project: Project | None, owner: str | None = None) -> dict[str, Any]:
    """The ``facts`` dict of ``app.lessons.checks`` for ``project`` (read fresh from disk).

    "Samples deleted" means the project keeps its classes but has no pictures left, and neither has any other
    project of the student ``owner`` (the privacy lesson asks to delete the earlier lessons' pictures too). With no
    project, or its folder gone (deleted on the My data page, as lessons 2 and 10 tell), it means that ``owner``
    has no pictures left in any project.
    """
    facts: dict[str, Any] = {
        "classes": {}, "model_trained": False, "heldout_accuracy": None, "background_class": False,
        "threshold": None, "samples_deleted": False,
        "robustness_run": False, "robot_driven": False, "model_card_written": False,
        "model_current": False, "model_card_complete": False, "backgrounds": None,
    }
    facts.update(textlab_progress.facts(owner))  # the Text lab's flags and counts (no project needed)
    if project is None or not project.path.is_dir():  # e.g. deleted on the My data page, as lessons 2 and 10 ask
        facts["samples_deleted"] = owner is not None and _owner_has_no_pictures(owner)
        return facts
    try:
        project = open_project(project.path)  # the Studio may have changed it since
    except OylaError:
        return facts
    counts = project.sample_counts()
    facts["classes"] = counts
    facts["background_class"] = any(c.background for c in project.classes)
    facts["threshold"] = float(project.settings.threshold)
    facts["samples_deleted"] = bool(counts) and sum(counts.values()) == 0 and (
        owner is None or _owner_has_no_pictures(owner))
    facts["model_card_written"] = (project.path / "model-card.html").is_file()  # written by the Studio's insights
    facts["robot_driven"] = project.robot_drive() is not None  # written by the Robot page when the model drives
    from app.ml import model_card  # app.ml is imported only when a project is there (it is heavy)

    facts["model_card_complete"] = facts["model_card_written"] and model_card.answers_complete(
        model_card.load_answers(project.path))
    facts["backgrounds"] = backgrounds.measure({c.name: project.samples(c.name) for c in project.classes
                                                if not c.background})  # the shortcut lesson's two backgrounds
    try:
        from app.ml.model_io import load_model

        saved = load_model(project.path)
    except OylaError:
        return facts
    facts["model_trained"] = True
    facts["model_current"] = saved.meta.get("sample_counts") == counts  # trained again after the pictures changed
    from app.ml.robustness import load_results

    facts["robustness_run"] = load_results(project.model_dir) is not None  # the Studio's shortcut detective
    accuracy = (saved.meta.get("metrics") or {}).get("accuracy")
    if isinstance(accuracy, int | float) and not isinstance(accuracy, bool):
        facts["heldout_accuracy"] = float(accuracy)
    return facts


def _owner_has_no_pictures(owner: str) -> bool:
    return all(info.sample_count == 0 for info in inventory.scan().projects_of(owner))


def matches_setup(project: Project | None, setup: Setup | None) -> bool:
    """Is ``project`` already the one this activity step asks for (same classes in the same order)?"""
    if project is None or setup is None or not setup.classes:
        return project is not None
    return [c.casefold() for c in project.labels] == [c.casefold() for c in setup.classes]


BACKGROUND_NAMES = ("nothing", "background", "empty")


def background_index(english: Setup | None) -> int | None:
    """Which class of a step's setup is the "nothing" class, judged by its English name."""
    names = [c.casefold() for c in (english.classes if english else ())]
    return next((i for i, name in enumerate(names) if name in BACKGROUND_NAMES), None)


def project_for_setup(setup: Setup, name: str, slug: str, owner: str | None = None,
                      background: int | None = None) -> Project:
    """A fresh project under the projects folder with the step's classes, head, threshold and "nothing" class."""
    base = projects_dir()
    stem = re.sub(r"[^a-z0-9-]+", "-", slug.lower()).strip("-") or "lesson"
    n = 1
    while (base / f"{stem}-{n}").exists():
        n += 1
    project = create_project(Path(base / f"{stem}-{n}"), name=name, classes=list(setup.classes), owner=owner)
    changed = False
    if background is not None and background < len(project.classes):
        project.classes[background].background, changed = True, True
    if setup.head in ("mlp", "knn"):
        project.settings.head, changed = setup.head, True
    if setup.threshold is not None:
        project.settings.threshold, changed = float(setup.threshold), True
    if changed:
        project.save()
    return project
