"""What a student did in the Text lab, for the lesson checks: flags and counts only, never the text they typed.

Stored per student in ``students/<id>/textlab.json`` (or, with nobody signed in, ``textlab.json`` in the data
folder for the whole PC)::

    {"schema_version": 1, "done": ["nextword_trained", "share_cleaned"], "temperatures": [0.0, 1.2]}

``facts(student_id)`` gives the entries of ``app.lessons.checks``' facts dict (read fresh from disk);
``ShareCleaning`` decides when a message was cleaned: a check of a message of at least ``MIN_WORDS`` words found
something, and a later check of the changed message (still at least ``MIN_WORDS`` words) found nothing.
A damaged or foreign file counts as "nothing done yet" and is replaced on the next write.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import OylaError
from app.storage import atomic, paths, reading, schema, students

FILE = "textlab.json"
SCHEMA_VERSION = 1
MAX_BYTES = 64_000
MIN_WORDS = 8
MAX_TEMPERATURES = 100  # distinct temperatures kept (rounded to 0.1): more says nothing new
FLAGS = ("share_cleaned", "nextword_trained", "nextword_own_text", "nextword_hand_picked", "ai_label_copied")
WORD = re.compile(r"[^\W_]+")


@dataclass
class TextLabRecord:
    done: set[str] = field(default_factory=set)
    temperatures: set[float] = field(default_factory=set)

    def to_json(self) -> dict[str, Any]:
        return {"schema_version": SCHEMA_VERSION, "done": sorted(self.done),
                "temperatures": sorted(self.temperatures)}


def path_for(student_id: str | None) -> Path:
    """Where the record of ``student_id`` lives (None: the PC-wide record)."""
    if student_id is None:
        return paths.data_dir() / FILE
    return students.student_dir(student_id) / FILE


def load(student_id: str | None) -> TextLabRecord:
    """The stored record; empty when there is none or it cannot be read."""
    try:
        data = reading.read_json_object(path_for(student_id), MAX_BYTES)
    except (OylaError, OSError):  # none yet, damaged, or the student was deleted
        return TextLabRecord()
    try:
        fields = schema.read(data, FIELDS)
    except schema.Invalid:  # another schema_version
        return TextLabRecord()
    return TextLabRecord(set(fields["done"]), {round(float(t), 1) for t in fields["temperatures"]})


# Unknown flags and odd temperatures are left out; the rest of the record still counts.
FIELDS = {
    "schema_version": schema.Field(schema.Const(SCHEMA_VERSION)),
    "done": schema.Field(schema.ListOf(schema.OneOf(*FLAGS), keep_valid=True), [], loose=True),
    "temperatures": schema.Field(schema.ListOf(schema.Number(0, 10), MAX_TEMPERATURES, keep_valid=True), [],
                                 loose=True),
}


def _save(student_id: str | None, record: TextLabRecord) -> None:
    path = path_for(student_id)
    if student_id is not None and not path.parent.is_dir():  # the profile was deleted meanwhile: keep nothing
        return
    atomic.write_json(path, record.to_json())


def mark(student_id: str | None, flag: str) -> TextLabRecord:
    """Record that ``flag`` (one of ``FLAGS``) happened; writes only when it is new."""
    if flag not in FLAGS:
        raise ValueError(f"unknown Text lab flag {flag!r}")
    record = load(student_id)
    if flag not in record.done:
        record.done.add(flag)
        _save(student_id, record)
    return record


def add_temperature(student_id: str | None, temperature: float) -> TextLabRecord:
    """Record that text was generated at ``temperature`` (rounded to 0.1)."""
    record = load(student_id)
    t = round(float(temperature), 1)
    if t not in record.temperatures and len(record.temperatures) < MAX_TEMPERATURES:
        record.temperatures.add(t)
        _save(student_id, record)
    return record


def facts(student_id: str | None) -> dict[str, Any]:
    """The Text lab entries of the lesson-check facts: one bool per flag, and ``nextword_temperatures`` (how many
    different temperatures text was generated at)."""
    record = load(student_id)
    out: dict[str, Any] = {flag: flag in record.done for flag in FLAGS}
    out["nextword_temperatures"] = len(record.temperatures)
    return out


def word_count(text: str) -> int:
    return len(WORD.findall(text))


class ShareCleaning:
    """Follows the share checks of one text box: ``checked(text, found)`` after each check, True when this check
    finished a cleaning (a marked message of at least ``MIN_WORDS`` words changed until nothing is marked)."""

    def __init__(self) -> None:
        self.marked: str | None = None  # the last long message that had marks, until it is cleaned

    def checked(self, text: str, found: int) -> bool:
        if word_count(text) < MIN_WORDS:
            return False
        if found:
            self.marked = text
            return False
        cleaned = self.marked is not None and text != self.marked
        self.marked = None
        return cleaned
