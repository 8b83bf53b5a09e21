"""The teacher's PIN for the Teacher page: a salted scrypt hash in ``teacher/pin.json`` in the data folder.

On first opening of the Teacher page the teacher sets a PIN (4–8 digits) or skips explicitly; both are written
here. Wrong tries make the next try wait longer (1, 2, 4 … seconds, at most ``MAX_DELAY``); the count is kept in
the file, so restarting Oyla does not reset it. There is no backdoor: a forgotten PIN is reset by deleting this
one file from the data folder, which needs the computer's account. A damaged file keeps the page locked.

``teacher/pin.json``::

    {"schema_version": 1, "skipped": false, "kdf": "scrypt", "n": 32768, "r": 8, "p": 1,
     "salt": "<hex>", "hash": "<hex>", "failures": 0, "wait_until": 0.0}

or ``{"schema_version": 1, "skipped": true}``. Written atomically, readable by the account only.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from app.errors import QT_TRANSLATE_NOOP, OylaError
from app.storage import atomic, paths, reading, schema

SCHEMA_VERSION = 1
FILE_NAME = "pin.json"
PIN_RE = re.compile(r"^[0-9]{4,8}$")
SCRYPT = {"n": 2**15, "r": 8, "p": 1}  # ~80 ms and 32 MB per try on a school PC
MAX_DELAY = 300.0  # seconds
MAX_BYTES = 4096

UNSET, SKIPPED, SET, DAMAGED = "unset", "skipped", "set", "damaged"


class PinError(OylaError):
    """A PIN cannot be set or checked as asked."""


@dataclass(frozen=True)
class Attempt:
    ok: bool
    wait: float = 0.0  # seconds before the next try is checked


def pin_path() -> Path:
    return paths.data_dir() / "teacher" / FILE_NAME


def _read() -> dict | None:
    """The file's contents; None when there is no file; PinError when it is damaged."""
    path = pin_path()
    if not path.exists():
        return None
    try:
        data = reading.read_json_object(path, MAX_BYTES)
        return schema.read(data, SKIPPED_FIELDS if data.get("skipped") is True else SET_FIELDS)
    except (reading.DataError, schema.Invalid):
        raise _damaged() from None


def _hex(min_bytes: int, max_bytes: int) -> schema.Kind:
    def kind(value):
        try:
            schema.check(min_bytes <= len(bytes.fromhex(value)) <= max_bytes)
        except (TypeError, ValueError):
            raise schema.Invalid() from None
        return value
    return kind


SKIPPED_FIELDS = {"schema_version": schema.Field(schema.Const(SCHEMA_VERSION)),
                  "skipped": schema.Field(schema.Const(True))}
SET_FIELDS = {
    "schema_version": schema.Field(schema.Const(SCHEMA_VERSION)),
    "skipped": schema.Field(schema.Const(False)),
    "kdf": schema.Field(schema.Const("scrypt")),
    **{name: schema.Field(schema.Const(value)) for name, value in SCRYPT.items()},
    "salt": schema.Field(_hex(16, MAX_BYTES)),
    "hash": schema.Field(_hex(32, 32)),
    "failures": schema.Field(schema.Int(0)),
    "wait_until": schema.Field(schema.Number()),
}


def _damaged() -> PinError:
    return PinError(QT_TRANSLATE_NOOP("errors", "The teacher PIN file is damaged: {path}"), path=str(pin_path()))


def _write(data: dict) -> None:
    """Atomic and private (0600, ``app.storage.atomic``'s default for the data folder)."""
    atomic.write_text(pin_path(), json.dumps(data, indent=2) + "\n")


def state() -> str:
    """``unset`` (never asked), ``skipped`` (no PIN, chosen), ``set`` or ``damaged`` (locked; reset by deleting)."""
    try:
        data = _read()
    except PinError:
        return DAMAGED
    if data is None:
        return UNSET
    return SKIPPED if data.get("skipped") else SET


def check_format(pin: str) -> str:
    if not isinstance(pin, str) or not PIN_RE.match(pin):
        raise PinError(QT_TRANSLATE_NOOP("errors", "A PIN is 4 to 8 digits."))
    return pin


def _hash(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(pin.encode("ascii"), salt=salt, dklen=32, maxmem=64 * 1024 * 1024, **SCRYPT)


def set_pin(pin: str) -> None:
    """Store a new PIN (replacing any old one; the caller checks the old PIN first)."""
    salt = secrets.token_bytes(16)
    _write({"schema_version": SCHEMA_VERSION, "skipped": False, "kdf": "scrypt", **SCRYPT,
            "salt": salt.hex(), "hash": _hash(check_format(pin), salt).hex(), "failures": 0, "wait_until": 0.0})


def skip() -> None:
    """No PIN on this computer, chosen by the teacher (the page offers "Set a PIN" later)."""
    _write({"schema_version": SCHEMA_VERSION, "skipped": True})


def delay_for(failures: int) -> float:
    """Seconds to wait after ``failures`` wrong tries in a row: 0, then 1, 2, 4 … up to ``MAX_DELAY``."""
    return 0.0 if failures <= 0 else min(2.0 ** min(failures - 1, 30), MAX_DELAY)


def wait_left() -> float:
    """Seconds before the next try is checked (0 when it may be tried now)."""
    try:
        data = _read()
    except PinError:
        return 0.0
    if not data or data.get("skipped"):
        return 0.0
    return max(0.0, min(float(data["wait_until"]) - time.time(), delay_for(data["failures"])))


def verify(pin: str) -> Attempt:
    """Check a PIN (constant-time compare). A wrong one is counted and makes the next try wait longer; a try
    during the wait is not checked at all. A damaged file raises PinError (the page stays locked)."""
    data = _read()
    if data is None or data.get("skipped"):
        raise PinError(QT_TRANSLATE_NOOP("errors", "No teacher PIN is set on this computer."))
    now = time.time()
    left = min(float(data["wait_until"]) - now, delay_for(data["failures"]))  # a clock set back cannot lock more
    if left > 0:
        return Attempt(False, left)
    given = _hash(pin, bytes.fromhex(data["salt"])) if isinstance(pin, str) and PIN_RE.match(pin) else b""
    if hmac.compare_digest(given, bytes.fromhex(data["hash"])):
        if data["failures"]:
            _write({**data, "failures": 0, "wait_until": 0.0})
        return Attempt(True)
    failures = data["failures"] + 1
    delay = delay_for(failures)
    _write({**data, "failures": failures, "wait_until": now + delay})
    return Attempt(False, delay)
