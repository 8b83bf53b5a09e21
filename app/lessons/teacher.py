"""Teacher settings on this PC: which packs students see, and settings the teacher locks.

Stored as ``teacher/settings.json``. A lock is the stricter of the teacher's and the running pack's:
faces ``allow`` < ``blur`` < ``refuse``; the lower robot speed cap; deleting samples if either asks for it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TypeVar

from app.errors import QT_TRANSLATE_NOOP, OylaError
from app.lessons.model import FACES, LessonText, Locks, Pack
from app.storage import atomic, paths, reading, schema
from app.storage.students import Student

SCHEMA_VERSION = 1
MAX_BYTES = 256 * 1024
T = TypeVar("T")


@dataclass(frozen=True)
class TeacherSettings:
    hidden_packs: tuple[str, ...] = ()  # new packs are visible until the teacher hides them
    faces: str | None = None  # None: not locked
    robot_speed_cap: int | None = None
    delete_samples_at_end: bool | None = None
    require_parental_consent: bool = False
    extra: dict = field(default_factory=dict, compare=False)  # keys written by newer versions, kept on save

    def visible(self, entries: Iterable[T]) -> list[T]:
        """Library entries (or packs) whose ``id`` the teacher has not hidden."""
        return [entry for entry in entries if entry.id not in self.hidden_packs]

    def with_pack_hidden(self, pack_id: str, hidden: bool) -> TeacherSettings:
        ids = [p for p in self.hidden_packs if p != pack_id] + ([pack_id] if hidden else [])
        return replace(self, hidden_packs=tuple(sorted(ids)))


def _file():
    return paths.subdir("teacher") / "settings.json"


def _invalid(what: str) -> OylaError:
    return OylaError(QT_TRANSLATE_NOOP("errors", "The teacher settings are not valid: {what}"), what=what)


FIELDS = {
    "hidden_packs": schema.Field(schema.ListOf(schema.Text()), []),
    "faces": schema.Field(schema.Maybe(schema.OneOf(*FACES)), None),
    "robot_speed_cap": schema.Field(schema.Maybe(schema.Int(0, 255)), None),
    "delete_samples_at_end": schema.Field(schema.Maybe(schema.Bool()), None),
    "require_parental_consent": schema.Field(schema.Bool(), False),
}


def _read(data: dict) -> dict:
    try:
        return schema.read(data, FIELDS)
    except schema.Invalid as err:
        raise _invalid(err.field) from None


def validate(settings: TeacherSettings) -> TeacherSettings:
    _read({**{name: getattr(settings, name) for name in FIELDS}, "hidden_packs": list(settings.hidden_packs)})
    return settings


def load() -> TeacherSettings:
    """The saved settings; defaults when there are none. A damaged file raises OylaError (never silently unlocks)."""
    path = _file()
    if not path.exists() and not path.is_symlink():
        return TeacherSettings()
    try:  # a link, folder, pipe or device in its place is damage too, never "no settings"
        data = reading.read_json_object(path, MAX_BYTES)
    except reading.DataError:
        raise _invalid("settings.json") from None
    if not schema.valid(schema.Const(SCHEMA_VERSION), data.get("schema_version")):
        raise _invalid("schema_version")
    fields = _read(data)
    return TeacherSettings(**{**fields, "hidden_packs": tuple(fields["hidden_packs"])},
                           extra={k: v for k, v in data.items() if k not in (*FIELDS, "schema_version")})


def save(settings: TeacherSettings) -> None:
    validate(settings)
    atomic.write_json(_file(), {
        **settings.extra,
        "schema_version": SCHEMA_VERSION,
        "hidden_packs": list(settings.hidden_packs),
        "faces": settings.faces,
        "robot_speed_cap": settings.robot_speed_cap,
        "delete_samples_at_end": settings.delete_samples_at_end,
        "require_parental_consent": settings.require_parental_consent,
    })


def effective_locks(settings: TeacherSettings, pack: Pack | None = None, lesson: LessonText | None = None) -> Locks:
    """The locks in force: the strictest of the teacher's settings, the pack's ``locks`` and the lesson's privacy."""
    pack_locks = pack.locks if pack is not None else Locks()
    privacy = lesson.privacy if lesson is not None else None
    faces = [f for f in (settings.faces, pack_locks.faces, privacy and privacy.faces) if f]
    caps = [c for c in (settings.robot_speed_cap, pack_locks.robot_speed_cap) if c is not None]
    deletes = [d for d in (settings.delete_samples_at_end, pack_locks.delete_samples_at_end,
                           privacy.delete_samples_at_end if privacy else None) if d is not None]
    return Locks(
        faces=max(faces, key=FACES.index) if faces else None,
        robot_speed_cap=min(caps) if caps else None,
        delete_samples_at_end=any(deletes) if deletes else None,
    )


def may_use_camera(settings: TeacherSettings, student: Student | None) -> bool:
    """False while the teacher requires a parent's consent and none is recorded for this student."""
    return not settings.require_parental_consent or (student is not None and student.consent_recorded)
