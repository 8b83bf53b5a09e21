"""The lesson-pack data model: plain frozen dataclasses built by ``app.lessons.loader``.

A pack has lessons; a lesson has one text per language (``kk``, ``ru``, ``en``) with the same steps,
checks and quiz ids, only the words differ. See ``docs/lesson-packs.md`` for the file format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import QT_TRANSLATE_NOOP, OylaError

SCHEMA_VERSION = 1
LANGUAGES = ("kk", "ru", "en")
STEP_KINDS = ("read", "activity", "check", "quiz", "teacher")
PAGES = ("studio", "robot", "textlab", "none")
FACES = ("allow", "blur", "refuse")
HEADS = ("mlp", "knn")
QUIZ_KINDS = ("single", "multiple")
# Check kinds whose value is a number / an integer; the others are "done or not" flags whose value is ``true``.
CHECK_INT_KINDS = ("min_classes", "min_samples_per_class", "nextword_temperatures", "two_backgrounds")
CHECK_FRACTION_KINDS = ("min_heldout_accuracy", "threshold_chosen")
CHECK_FLAG_KINDS = (
    "model_trained",
    "has_background_class",
    "robustness_run",
    "robot_driven",
    "model_card_written",
    "samples_deleted",
    "share_cleaned",  # the Text lab (app/text/progress.py)
    "nextword_trained",
    "nextword_own_text",
    "nextword_hand_picked",
    "ai_label_copied",
    "model_current",  # the model learned from the pictures the project has now
    "model_card_complete",  # the model card holds the student's own answers
)
CHECK_KINDS = CHECK_INT_KINDS + CHECK_FRACTION_KINDS + CHECK_FLAG_KINDS + ("threshold_set",)


@dataclass(frozen=True)
class PackIssue:
    """One problem in a pack: ``file`` relative to the pack folder, 1-based ``line`` (0 if unknown)."""

    file: str
    line: int
    message: str  # English, marked with QT_TRANSLATE_NOOP("errors", ...), with {name} fields
    params: dict[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        try:
            return self.message.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.message

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.text()}" if self.line else f"{self.file}: {self.text()}"


class PackError(OylaError):
    """A pack that cannot be used; ``errors`` lists every problem found, each with file and line."""

    def __init__(self, errors: list[PackIssue], pack: str = "") -> None:
        self.errors = list(errors)
        first = str(self.errors[0]) if self.errors else ""
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "The lesson pack {pack} has {count} problem(s); the first: {first}"),
            pack=pack,
            count=len(self.errors),
            first=first,
        )


@dataclass(frozen=True)
class Setup:
    """How an activity step opens its page: named classes, camera on, classifier head, threshold."""

    classes: tuple[str, ...] = ()
    camera: bool | None = None
    head: str | None = None
    threshold: float | None = None


@dataclass(frozen=True)
class Step:
    id: str
    kind: str
    title: str  # the text of the step's ``## `` heading
    body: str  # the Markdown under that heading (without the heading)
    line: int  # line of the heading in the lesson file
    page: str | None = None
    setup: Setup | None = None
    checks: tuple[str, ...] = ()
    quizzes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Check:
    id: str
    kind: str
    value: Any  # int for CHECK_INT_KINDS, float 0..1 for fractions and threshold_set, True for flags


@dataclass(frozen=True)
class Quiz:
    id: str
    kind: str
    question: str
    options: tuple[str, ...]
    answer: tuple[int, ...]  # 0-based indices into options
    explain: str
    hint: str = ""  # shown after a wrong answer instead of the right one (optional)


@dataclass(frozen=True)
class Privacy:
    faces: str = "refuse"
    delete_samples_at_end: bool = False


@dataclass(frozen=True)
class LessonText:
    """One language of one lesson: front matter plus the body split into steps."""

    lang: str
    file: Path
    title: str
    objective: str
    minutes: int
    ages: tuple[int, int]
    big_ideas: tuple[int, ...]
    unesco: tuple[str, ...]
    privacy: Privacy
    steps: tuple[Step, ...]
    checks: tuple[Check, ...] = ()
    quiz: tuple[Quiz, ...] = ()
    # file line of each front-matter key or list item, e.g. ("steps", 2) -> 17; for precise error messages
    lines: dict[tuple, int] = field(default_factory=dict, compare=False, repr=False)

    def line(self, *path: object) -> int:
        for end in range(len(path), -1, -1):
            if path[:end] in self.lines:
                return self.lines[path[:end]]
        return 1

    def step(self, step_id: str) -> Step | None:
        return next((s for s in self.steps if s.id == step_id), None)

    def check(self, check_id: str) -> Check | None:
        return next((c for c in self.checks if c.id == check_id), None)

    def question(self, quiz_id: str) -> Quiz | None:
        return next((q for q in self.quiz if q.id == quiz_id), None)

    @property
    def student_steps(self) -> tuple[Step, ...]:
        """The steps a student works through (teacher notes left out)."""
        return tuple(s for s in self.steps if s.kind != "teacher")

    @property
    def teacher_notes(self) -> Step | None:
        return next((s for s in self.steps if s.kind == "teacher"), None)


@dataclass(frozen=True)
class Lesson:
    id: str  # the lesson's folder name
    folder: Path
    texts: dict[str, LessonText]

    def text(self, lang: str) -> LessonText:
        """The lesson in ``lang``, falling back to English for an unknown language code."""
        return self.texts.get(lang) or self.texts["en"]


@dataclass(frozen=True)
class Locks:
    """Settings a pack (or the teacher) locks; ``None`` means not locked."""

    faces: str | None = None
    robot_speed_cap: int | None = None
    delete_samples_at_end: bool | None = None


@dataclass(frozen=True)
class Pack:
    id: str
    version: str
    folder: Path
    title: dict[str, str]
    description: dict[str, str]
    authors: tuple[str, ...]
    ages: tuple[int, int]
    lessons: tuple[Lesson, ...]
    locks: Locks = Locks()
    schema_version: int = SCHEMA_VERSION

    def lesson(self, lesson_id: str) -> Lesson | None:
        return next((lesson for lesson in self.lessons if lesson.id == lesson_id), None)

    def title_in(self, lang: str) -> str:
        return self.title.get(lang) or self.title["en"]
