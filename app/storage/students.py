"""Student profiles on a shared PC: a nickname only (no password, no photo), one folder per student.

``students/<id>/profile.json`` holds the profile; other per-student files (lesson progress) live in the same
folder, so deleting a student removes all of their data at once. Ids are random, never derived from names.
"""

from __future__ import annotations

import re
import shutil
import unicodedata
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, OylaError
from app.storage import atomic, paths, reading, schema

SCHEMA_VERSION = 1
MAX_NICKNAME = 32
MAX_PROFILE_BYTES = 64 * 1024  # a profile is a nickname and a few flags
PROFILE = "profile.json"
ID_RE = re.compile(r"^[0-9a-f]{32}$")


class StudentError(OylaError):
    pass


@dataclass(frozen=True)
class Student:
    id: str
    nickname: str
    created: str  # ISO 8601, UTC
    consent_recorded: bool = False  # the teacher noted a parent's/guardian's consent for this student
    consent_date: str | None = None


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def clean_nickname(nickname: str) -> str:
    """The nickname trimmed, with single spaces, in Unicode NFC; StudentError if empty, too long or odd."""
    text = " ".join(unicodedata.normalize("NFC", str(nickname)).split())
    if not text:
        raise StudentError(QT_TRANSLATE_NOOP("errors", "Type a name or nickname"))
    if len(text) > MAX_NICKNAME:
        raise StudentError(QT_TRANSLATE_NOOP("errors", "A nickname can be at most {max} characters"), max=MAX_NICKNAME)
    if any(unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn") for c in text):
        raise StudentError(QT_TRANSLATE_NOOP("errors", "The nickname has characters that cannot be shown"))
    return text


def students_dir() -> Path:
    return paths.subdir("students")


def student_dir(student_id: str) -> Path:
    if not ID_RE.match(str(student_id)):
        raise StudentError(QT_TRANSLATE_NOOP("errors", "There is no student with the id {id}"), id=student_id)
    return students_dir() / student_id


def _nickname(value) -> str:
    try:
        return clean_nickname(schema.Text()(value))
    except StudentError:
        raise schema.Invalid() from None


PROFILE_FIELDS = {
    "schema_version": schema.Field(schema.Const(SCHEMA_VERSION)),
    "id": schema.Field(schema.Text(pattern=ID_RE)),
    "nickname": schema.Field(_nickname),
    "created": schema.Field(schema.Text()),
    "consent_recorded": schema.Field(schema.Bool(), False, loose=True),
    "consent_date": schema.Field(schema.Maybe(schema.Text()), None, loose=True),
}


def _from_json(data: object) -> Student | None:
    """The profile, or None when it is not one Oyla wrote (the student is then not listed)."""
    try:
        fields = schema.read(data, PROFILE_FIELDS)
    except schema.Invalid:
        return None
    del fields["schema_version"]
    return Student(**fields)


def _save(student: Student) -> Student:
    atomic.write_json(student_dir(student.id) / PROFILE, {"schema_version": SCHEMA_VERSION, **asdict(student)})
    return student


def list_students() -> list[Student]:
    """Every readable profile on this PC, sorted by nickname (broken profile files are skipped)."""
    found = []
    for folder in students_dir().iterdir():
        try:
            student = _from_json(reading.read_json_object(folder / PROFILE, MAX_PROFILE_BYTES))
        except reading.DataError:
            continue
        if student is not None and student.id == folder.name:
            found.append(student)
    return sorted(found, key=lambda s: (s.nickname.casefold(), s.created))


def get_student(student_id: str) -> Student:
    folder = student_dir(student_id)
    try:
        student = _from_json(reading.read_json_object(folder / PROFILE, MAX_PROFILE_BYTES))
    except reading.DataError:
        student = None
    if student is None or student.id != student_id:
        raise StudentError(QT_TRANSLATE_NOOP("errors", "There is no student with the id {id}"), id=student_id)
    return student


def _check_unique(nickname: str, except_id: str | None = None) -> None:
    for other in list_students():
        if other.nickname.casefold() == nickname.casefold() and other.id != except_id:
            raise StudentError(QT_TRANSLATE_NOOP("errors", "The nickname \"{name}\" is already taken on this computer"),
                               name=nickname)


def create_student(nickname: str) -> Student:
    name = clean_nickname(nickname)
    _check_unique(name)
    return _save(Student(uuid.uuid4().hex, name, now()))


def record_consent(student_id: str, recorded: bool) -> Student:
    """The teacher notes (or withdraws) a parent's or guardian's consent for this student."""
    student = get_student(student_id)
    return _save(Student(student.id, student.nickname, student.created, recorded, now() if recorded else None))


def delete_student(student_id: str) -> None:
    """Remove the profile and everything stored for this student (progress included)."""
    get_student(student_id)
    shutil.rmtree(student_dir(student_id))
