"""Load a lesson pack folder into ``app.lessons.model.Pack``, collecting every problem with file and line.

``load_pack(folder)`` returns the pack or raises ``PackError`` listing all issues; ``validate_pack(folder)``
returns the issue list (empty when the pack is fine). YAML is read with ``yaml.safe_load`` only.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from app.errors import QT_TRANSLATE_NOOP
from app.lessons import model as m
from app.lessons.fields import Fields, read_text
from app.lessons.lessonfile import parse_lesson_file
from app.lessons.pictures import check_pictures
from app.lessons.render import render_markdown

__all__ = ["load_pack", "validate_pack", "render_markdown"]

PACK_FILE = "pack.yaml"
PACK_KEYS = ("schema_version", "id", "version", "title", "description", "authors", "ages", "lessons", "locks")
PACK_REQUIRED = ("schema_version", "id", "version", "title", "description", "authors", "ages", "lessons")
PACK_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,63}$")
VERSION_RE = re.compile(r"^\d{1,4}\.\d{1,4}\.\d{1,4}$")
MAX_PACK_FILE_BYTES = 1_000_000
FACES_ORDER = {face: rank for rank, face in enumerate(m.FACES)}  # allow < blur < refuse


def validate_pack(folder: Path) -> list[m.PackIssue]:
    """Every problem in the pack at ``folder`` (empty list: the pack is fine), grouped by file, by line."""
    issues = _load(Path(folder))[1]
    order = {file: index for index, file in reversed(list(enumerate(i.file for i in issues)))}
    return sorted(issues, key=lambda issue: (order[issue.file], issue.line))


def load_pack(folder: Path) -> m.Pack:
    pack, issues = _load(Path(folder))
    if pack is None or issues:
        raise m.PackError(issues, pack=Path(folder).name)
    return pack


def _load(folder: Path) -> tuple[m.Pack | None, list[m.PackIssue]]:
    issues: list[m.PackIssue] = []
    pack_file = folder / PACK_FILE
    if not os.path.lexists(pack_file):
        issues.append(m.PackIssue(PACK_FILE, 0, QT_TRANSLATE_NOOP("errors", "pack.yaml is missing")))
        return None, issues
    text = read_text(pack_file, PACK_FILE, issues, MAX_PACK_FILE_BYTES)
    if text is None:
        return None, issues
    f = Fields(PACK_FILE, issues)
    raw = f.parse(text)
    if raw is None and not issues:
        issues.append(m.PackIssue(PACK_FILE, 1, QT_TRANSLATE_NOOP("errors", "pack.yaml is empty")))
    data = f.mapping(raw, (), PACK_KEYS, PACK_REQUIRED) if raw is not None else None
    if data is None:
        return None, issues
    if "schema_version" in data and data["schema_version"] != m.SCHEMA_VERSION:
        f.error(("schema_version",), QT_TRANSLATE_NOOP(
            "errors", "this version of Oyla reads schema_version {supported}; the pack has {value}"),
            supported=m.SCHEMA_VERSION, value=data["schema_version"])
    pack_id = _matching(f, data, "id", PACK_ID_RE, QT_TRANSLATE_NOOP(
        "errors", "\"id\" must be lowercase letters, digits and \"-\" (2 to 64 characters)"))
    version = _matching(f, data, "version", VERSION_RE, QT_TRANSLATE_NOOP(
        "errors", "\"version\" must look like 1.0.0"))
    title = f.languages(data["title"], ("title",), m.LANGUAGES) if "title" in data else None
    description = f.languages(data["description"], ("description",), m.LANGUAGES) if "description" in data else None
    authors = [a for i, v in enumerate(f.items(data.get("authors"), ("authors",), 1, 50) or [])
               if (a := f.text(v, ("authors", i)))] if "authors" in data else []
    ages = f.age_range(data["ages"], ("ages",)) if "ages" in data else None
    locks = _locks(f, data.get("locks", {}))
    lessons = []
    seen: set[str] = set()
    names = f.items(data["lessons"], ("lessons",), 1, 100) if "lessons" in data else None
    for index, value in enumerate(names or []):
        name = f.slug(value, ("lessons", index))
        if name is None:
            continue
        if name in seen:
            f.error(("lessons", index), QT_TRANSLATE_NOOP("errors", "the lesson \"{name}\" is listed twice"), name=name)
            continue
        seen.add(name)
        lesson_dir = folder / name
        if not lesson_dir.is_dir() or lesson_dir.is_symlink():
            f.error(("lessons", index), QT_TRANSLATE_NOOP("errors", "the lesson folder \"{name}\" does not exist"),
                    name=name)
            continue
        lesson = _lesson(lesson_dir, name, issues)
        if lesson is not None:
            _check_locks(lesson, locks, issues)
            lessons.append(lesson)
    if issues or not (pack_id and version and title and description and authors and ages and names):
        return None, issues
    pack = m.Pack(pack_id, version, folder, title, description, tuple(authors), ages, tuple(lessons), locks)
    return pack, issues


def _matching(f: Fields, data: dict, key: str, pattern: re.Pattern, message: str) -> str | None:
    if key not in data:
        return None
    value = f.text(data[key], (key,))
    if value is not None and not pattern.match(value):
        f.error((key,), message)
        return None
    return value


def _locks(f: Fields, value: Any) -> m.Locks:
    data = f.mapping(value, ("locks",), ("faces", "robot_speed_cap", "delete_samples_at_end"), ())
    if not data:
        return m.Locks()
    faces = f.choice(data["faces"], ("locks", "faces"), m.FACES) if "faces" in data else None
    cap = f.integer(data["robot_speed_cap"], ("locks", "robot_speed_cap"), 0, 255) if "robot_speed_cap" in data else None
    delete = f.flag(data["delete_samples_at_end"], ("locks", "delete_samples_at_end")) \
        if "delete_samples_at_end" in data else None
    return m.Locks(faces, cap, delete)


def _lesson(folder: Path, name: str, issues: list[m.PackIssue]) -> m.Lesson | None:
    texts = {}
    for lang in m.LANGUAGES:
        file = f"{name}/lesson.{lang}.md"
        text = parse_lesson_file(folder / f"lesson.{lang}.md", lang, file, issues)
        if text is not None:
            texts[lang] = text
    before = len(issues)
    for lang in texts:
        if lang != "en" and "en" in texts:
            _compare(texts["en"], texts[lang], f"{name}/lesson.{lang}.md", issues)
    check_pictures(folder, name, issues)
    if len(texts) != len(m.LANGUAGES) or len(issues) != before:
        return None
    return m.Lesson(name, folder, texts)


def _check_locks(lesson: m.Lesson, locks: m.Locks, issues: list[m.PackIssue]) -> None:
    text = lesson.texts["en"]
    if locks.faces and FACES_ORDER[text.privacy.faces] < FACES_ORDER[locks.faces]:
        issues.append(m.PackIssue(f"{lesson.id}/lesson.en.md", text.line("privacy", "faces"), QT_TRANSLATE_NOOP(
            "errors", "the lesson sets faces: {lesson} but pack.yaml locks faces to {pack}"),
            {"lesson": text.privacy.faces, "pack": locks.faces}))


def _compare(ref: m.LessonText, other: m.LessonText, file: str, issues: list[m.PackIssue]) -> None:
    """Report each way ``other`` differs from the English ``ref`` in what must not be translated."""

    def differ(path: tuple, key: str, here: object, there: object) -> None:
        if here != there:
            issues.append(m.PackIssue(file, other.line(*path), QT_TRANSLATE_NOOP(
                "errors", "\"{key}\" is {here} here but {there} in lesson.en.md"),
                {"key": key, "here": here, "there": there}))

    differ(("minutes",), "minutes", other.minutes, ref.minutes)
    differ(("ages",), "ages", list(other.ages), list(ref.ages))
    differ(("big_ideas",), "big_ideas", sorted(other.big_ideas), sorted(ref.big_ideas))
    differ(("privacy", "faces"), "privacy.faces", other.privacy.faces, ref.privacy.faces)
    differ(("privacy", "delete_samples_at_end"), "privacy.delete_samples_at_end",
           other.privacy.delete_samples_at_end, ref.privacy.delete_samples_at_end)
    differ(("steps",), "number of steps", len(other.steps), len(ref.steps))
    for index, (here, there) in enumerate(zip(other.steps, ref.steps, strict=False)):
        key = f"steps[{index}]"
        differ(("steps", index, "id"), f"{key}.id", here.id, there.id)
        differ(("steps", index, "kind"), f"{key}.kind", here.kind, there.kind)
        differ(("steps", index, "page"), f"{key}.page", here.page, there.page)
        differ(("steps", index, "check"), f"{key}.check", list(here.checks), list(there.checks))
        differ(("steps", index, "quiz"), f"{key}.quiz", list(here.quizzes), list(there.quizzes))
        a, b = here.setup or m.Setup(), there.setup or m.Setup()
        differ(("steps", index, "setup"), f"{key}.setup",
               (len(a.classes), a.camera, a.head, a.threshold), (len(b.classes), b.camera, b.head, b.threshold))
    _compare_items(other.checks, ref.checks, "checks", lambda c: (c.kind, c.value), differ)
    _compare_items(other.quiz, ref.quiz, "quiz", lambda q: (q.kind, len(q.options), list(q.answer)), differ)


def _compare_items(here: tuple, there: tuple, key: str, signature, differ) -> None:  # noqa: ANN001
    theirs = {item.id: item for item in there}
    ours = {item.id: item for item in here}
    for index, item in enumerate(here):
        if item.id not in theirs:
            differ((key, index, "id"), f"{key}: {item.id}", "present", "missing")
        else:
            differ((key, index), f"{key}: {item.id}", signature(item), signature(theirs[item.id]))
    for item in there:
        if item.id not in ours:
            differ((key,), f"{key}: {item.id}", "missing", "present")
