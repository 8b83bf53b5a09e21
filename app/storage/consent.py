"""First-run consent, recorded per student (or for the whole PC when no student is signed in) in ``consent.json``.

A record says who consented (the student or a parent), when, in which language the explanation was shown, and
whether consent was later withdrawn. A missing or damaged file simply means "ask again". Written atomically.
Whether the camera may be used is decided in one place, ``app.lessons.policy.camera_allowed``.

``consent.json``::

    {"schema_version": 1,
     "records": [{"student_id": "aigerim" | null, "given_by": "student" | "parent",
                  "at": "2026-11-23T21:50:00+00:00", "language": "kk",
                  "withdrawn": false, "withdrawn_at": null}]}
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, OylaError
from app.storage import atomic, paths, reading, schema

SCHEMA_VERSION = 1
FILE_NAME = "consent.json"
GIVEN_BY = ("student", "parent")


class ConsentError(OylaError):
    """Consent cannot be recorded as asked."""


@dataclass
class ConsentRecord:
    student_id: str | None
    given_by: str
    at: str
    language: str
    withdrawn: bool = False
    withdrawn_at: str | None = None

    @property
    def active(self) -> bool:
        return not self.withdrawn


def consent_path() -> Path:
    return paths.data_dir() / FILE_NAME


def load() -> list[ConsentRecord]:
    """All records; an unreadable, damaged or foreign file gives none (the app asks again)."""
    try:
        data = reading.read_json_object(consent_path(), max_bytes=200_000)
    except reading.DataError:
        return []
    records = []
    for raw in data.get("records", []) if isinstance(data.get("records"), list) else []:
        record = _parse(raw)
        if record is not None:
            records.append(record)
    return records


RECORD_FIELDS = {
    "student_id": schema.Field(schema.Maybe(schema.Text()), None),
    "given_by": schema.Field(schema.OneOf(*GIVEN_BY)),
    "at": schema.Field(schema.Text()),
    "language": schema.Field(schema.Text()),
    "withdrawn": schema.Field(schema.Bool(), False),
    "withdrawn_at": schema.Field(schema.Maybe(schema.Text()), None),
}


def _parse(raw: object) -> ConsentRecord | None:
    """A record, or None when it is not one Oyla wrote (it is then ignored)."""
    try:
        return ConsentRecord(**schema.read(raw, RECORD_FIELDS))
    except schema.Invalid:
        return None


def _save(records: list[ConsentRecord]) -> None:
    atomic.write_json(
        consent_path(), {"schema_version": SCHEMA_VERSION, "records": [asdict(record) for record in records]}
    )


def current(student_id: str | None = None) -> ConsentRecord | None:
    """The latest record for this student (``None`` = the PC-wide record), withdrawn or not."""
    matching = [record for record in load() if record.student_id == student_id]
    return matching[-1] if matching else None


def record_consent(given_by: str, language: str, student_id: str | None = None) -> ConsentRecord:
    """Record that ``given_by`` ("student" or "parent") agreed after reading the explanation in ``language``."""
    if given_by not in GIVEN_BY:
        raise ConsentError(
            QT_TRANSLATE_NOOP("errors", "Consent must be given by the student or a parent, not {who}."),
            who=str(given_by),
        )
    if not isinstance(language, str) or not language.strip() or len(language) > 16:
        raise ConsentError(QT_TRANSLATE_NOOP("errors", "Unknown language {language}."), language=str(language))
    record = ConsentRecord(student_id, given_by, _now(), language)
    _save([r for r in load() if r.student_id != student_id] + [record])
    return record


def withdraw(student_id: str | None = None) -> None:
    """Withdraw consent (the data stays; ``app.storage.inventory.withdraw_and_delete`` also deletes it)."""
    records = load()
    for record in records:
        if record.student_id == student_id and record.active:
            record.withdrawn, record.withdrawn_at = True, _now()
    _save(records)


def forget_student(student_id: str) -> None:
    """Remove a deleted student's records (called when the student's data is deleted)."""
    records = load()
    kept = [record for record in records if record.student_id != student_id]
    if len(kept) != len(records):
        _save(kept)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
