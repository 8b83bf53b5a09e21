"""Per-student lesson progress, stored in the student's folder, and progress files that travel on USB sticks.

``students/<id>/progress.json`` (and an exported file) look like::

    {"schema_version": 1, "kind": "oyla-progress", "student": {"id": "...", "nickname": "Aru"},
     "exported": "2026-11-23T10:00:00+00:00",            # exported files only
     "packs": {"first-steps": {"01-what-a-camera-sees": {
         "steps_done": ["intro"], "checks_passed": ["samples"], "started": "...", "completed": null,
         "quiz": {"q1": {"chosen": [1], "correct": true, "attempts": 1}}}}}}
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from app.errors import QT_TRANSLATE_NOOP, OylaError
from app.lessons.checks import CheckResult, QuizResult
from app.lessons.model import Lesson
from app.storage import atomic, reading, schema, students

SCHEMA_VERSION = 1
KIND = "oyla-progress"
FILE = "progress.json"
MAX_FILE_BYTES = 5 * 1024 * 1024
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")


class ProgressError(OylaError):
    pass


@dataclass
class LessonProgress:
    steps_done: list[str] = field(default_factory=list)
    checks_passed: list[str] = field(default_factory=list)
    quiz: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> {chosen, correct, attempts}
    started: str | None = None
    completed: str | None = None

    @property
    def quiz_correct(self) -> int:
        return sum(1 for answer in self.quiz.values() if answer["correct"])


@dataclass
class StudentProgress:
    student_id: str
    nickname: str
    packs: dict[str, dict[str, LessonProgress]] = field(default_factory=dict)

    def lesson(self, pack_id: str, lesson_id: str) -> LessonProgress:
        return self.packs.setdefault(pack_id, {}).setdefault(lesson_id, LessonProgress())

    def _touch(self, pack_id: str, lesson_id: str) -> LessonProgress:
        record = self.lesson(pack_id, lesson_id)
        record.started = record.started or students.now()
        return record

    def record_check(self, pack_id: str, lesson: Lesson, result: CheckResult) -> None:
        record = self._touch(pack_id, lesson.id)
        if result.passed and result.check_id not in record.checks_passed:
            record.checks_passed.append(result.check_id)

    def record_quiz(self, pack_id: str, lesson: Lesson, result: QuizResult) -> None:
        record = self._touch(pack_id, lesson.id)
        attempts = record.quiz.get(result.quiz_id, {}).get("attempts", 0) + 1
        record.quiz[result.quiz_id] = {"chosen": list(result.chosen), "correct": result.correct, "attempts": attempts}

    def mark_step(self, pack_id: str, lesson: Lesson, step_id: str) -> bool:
        """Mark a step done; check steps need their checks passed, quiz steps their questions answered.

        Returns whether the step is done. The lesson is completed when every student step is done.
        """
        text = lesson.text("en")
        step = text.step(step_id)
        record = self._touch(pack_id, lesson.id)
        if step is None or step.kind == "teacher":
            return False
        if any(c not in record.checks_passed for c in step.checks) or any(q not in record.quiz for q in step.quizzes):
            return False
        if step_id not in record.steps_done:
            record.steps_done.append(step_id)
        if not record.completed and all(s.id in record.steps_done for s in text.student_steps):
            record.completed = students.now()
        return True

    def to_json(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "kind": KIND,
            "student": {"id": self.student_id, "nickname": self.nickname},
            "packs": {
                pack_id: {lesson_id: vars(record) for lesson_id, record in lessons.items()}
                for pack_id, lessons in self.packs.items()
            },
        }


def load(student_id: str) -> StudentProgress:
    """The student's progress on this PC (empty if none yet)."""
    student = students.get_student(student_id)
    path = students.student_dir(student_id) / FILE
    if not os.path.lexists(path):
        return StudentProgress(student.id, student.nickname)
    progress = parse(_read(path, follow_links=False), path.name)
    progress.student_id, progress.nickname = student.id, student.nickname
    return progress


def save(progress: StudentProgress) -> None:
    students.get_student(progress.student_id)  # the profile must still exist
    atomic.write_json(students.student_dir(progress.student_id) / FILE, progress.to_json())


def export_filename(nickname: str) -> str:
    """A file name for the export that is safe on Windows and FAT-formatted USB sticks."""
    safe = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in nickname).strip(" .")
    return f"{safe or 'student'}.oyla-progress.json"


def export_progress(student_id: str, out_path: Path) -> Path:
    """One file for the teacher's USB stick."""
    data = load(student_id).to_json()
    data["exported"] = students.now()
    atomic.write_json(Path(out_path), data, mode=atomic.SHARED)  # the teacher reads it from a shared folder
    return Path(out_path)


def import_progress_files(files: list[Path]) -> tuple[list[StudentProgress], list[ProgressError]]:
    """Read many exported files at once; a bad file is reported and skipped, never stops the others."""
    found, errors = [], []
    for file in files:
        path = Path(file)
        try:
            found.append(parse(_read(path, follow_links=True), path.name))  # a file the teacher picked
        except ProgressError as err:
            errors.append(err)
    return found, errors


def _read(path: Path, follow_links: bool) -> bytes:
    """At most MAX_FILE_BYTES of a regular file: a pipe, a device (a link to /dev/zero) or a folder is refused."""
    try:
        return reading.read_file(path, MAX_FILE_BYTES, follow_links=follow_links)
    except reading.DataError as err:
        raise ProgressError(err.message, **err.params) from None  # "{file} is not an ordinary file …"


def _bad(file: str, message: str, **params: Any) -> ProgressError:
    """``message`` starts with ``{file}:`` and is translated whole by the UI."""
    return ProgressError(message, file=file, **params)


def parse(data: bytes, file: str) -> StudentProgress:
    """Validate a progress file's bytes strictly (it may come from anywhere) and build the progress."""
    try:
        obj = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: absurdly nested JSON
        raise _bad(file, QT_TRANSLATE_NOOP("errors", "{file}: this is not an Oyla progress file (not UTF-8 JSON)")) from None
    if not isinstance(obj, dict) or obj.get("kind") != KIND:
        raise _bad(file, QT_TRANSLATE_NOOP("errors", "{file}: this is not an Oyla progress file"))
    if not schema.valid(schema.Const(SCHEMA_VERSION), obj.get("schema_version")):
        raise _bad(file, QT_TRANSLATE_NOOP("errors", "{file}: unsupported schema_version {value}"),
                   value=obj.get("schema_version"))
    try:
        student = schema.read(obj.get("student"), STUDENT_FIELDS)
    except schema.Invalid:
        raise _bad(file, QT_TRANSLATE_NOOP("errors", "{file}: the student is missing")) from None
    try:
        nickname = students.clean_nickname(student["nickname"])
    except OylaError:
        raise _bad(file, QT_TRANSLATE_NOOP("errors", "{file}: the nickname is not valid")) from None
    packs = obj.get("packs")
    if not schema.valid(schema.MapOf(schema.Text(), schema.Anything(), 100), packs):
        raise _bad(file, QT_TRANSLATE_NOOP("errors", "{file}: \"packs\" is missing"))
    progress = StudentProgress(student["id"], nickname)
    for pack_id, lessons in packs.items():
        if not (schema.valid(_ID, pack_id) and schema.valid(schema.MapOf(schema.Text(), schema.Anything(), 200), lessons)):
            raise _bad(file, QT_TRANSLATE_NOOP("errors", "{file}: the pack \"{id}\" is not valid"), id=pack_id)
        for lesson_id, record in lessons.items():
            if not schema.valid(_ID, lesson_id):
                raise _bad(file, QT_TRANSLATE_NOOP("errors", "{file}: the lesson \"{id}\" is not valid"), id=lesson_id)
            try:
                fields = schema.read(record, LESSON_FIELDS, extra=False)
            except schema.Invalid:
                raise _bad(file, QT_TRANSLATE_NOOP("errors", "{file}: the progress of lesson \"{id}\" is not valid"),
                           id=lesson_id) from None
            progress.packs.setdefault(pack_id, {})[lesson_id] = LessonProgress(**fields)
    return progress


def _time(value: Any) -> str:
    """An ISO 8601 time."""
    try:
        schema.check(isinstance(value, str) and datetime.fromisoformat(value) is not None)
    except ValueError:
        raise schema.Invalid() from None
    return value


_ID = schema.Text(pattern=ID_RE)
STUDENT_FIELDS = {"id": schema.Field(schema.Text(pattern=students.ID_RE)), "nickname": schema.Field(schema.Text())}
ANSWER_FIELDS = {
    "chosen": schema.Field(schema.ListOf(schema.Int(0, 7), 8)),
    "correct": schema.Field(schema.Bool()),
    "attempts": schema.Field(schema.Int(0, 10_000)),
}
LESSON_FIELDS = {
    "steps_done": schema.Field(schema.ListOf(_ID, 200), []),
    "checks_passed": schema.Field(schema.ListOf(_ID, 200), []),
    "quiz": schema.Field(schema.MapOf(_ID, schema.Record(ANSWER_FIELDS, extra=False), 200), {}),
    "started": schema.Field(schema.Maybe(_time), None),
    "completed": schema.Field(schema.Maybe(_time), None),
}
