"""One way to check what a stored JSON file holds (project settings, app settings, profiles, consent, teacher files,
progress, face marks, model files): declare each field's *kind* — type, range, choices — and ``read`` a dict into
checked values.

A kind is a function that returns the checked value or raises ``Invalid``; the kinds below cover what Oyla stores,
and any small function can be one. ``Invalid.field`` names the first wrong field (``"packs.x.quiz"``); the
caller turns it into its own translated ``OylaError`` ("The teacher settings are not valid: {what}"), or treats the
record as missing. A ``Field(..., loose=True)`` gives its default instead when the value is wrong: for files where
a bad value only means "as if never set" (the app's look, the Text lab's flags).

    FIELDS = {"schema_version": Field(Const(1)), "faces": Field(Maybe(OneOf("allow", "blur")), None),
              "robot_speed_cap": Field(Maybe(Int(0, 255)), None)}
    values = schema.read(data, FIELDS)   # {"schema_version": 1, "faces": None, "robot_speed_cap": 120}
"""

from __future__ import annotations

import copy
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

Kind = Callable[[Any], Any]
REQUIRED = object()


class Invalid(ValueError):
    """A stored value that is not what Oyla writes; ``field`` names it (empty for the value as a whole)."""

    def __init__(self, field: str = "") -> None:
        super().__init__(field)
        self.field = field

    def inside(self, name: str) -> Invalid:
        return Invalid(f"{name}.{self.field}" if self.field else name)


@dataclass(frozen=True)
class Field:
    kind: Kind
    default: Any = REQUIRED  # used when the key is missing (a copy of it); REQUIRED: missing is wrong
    loose: bool = False  # a wrong value gives the default too, instead of Invalid


def read(data: Any, fields: Mapping[str, Field], extra: bool = True) -> dict[str, Any]:
    """The checked value of every field of ``data`` (a JSON object). ``extra=False``: other keys are wrong too."""
    if not isinstance(data, dict):
        raise Invalid()
    if not extra and (unknown := sorted(set(data) - set(fields), key=str)):
        raise Invalid(str(unknown[0]))
    out = {}
    for name, field in fields.items():
        if name not in data:
            if field.default is REQUIRED:
                raise Invalid(name)
            out[name] = copy.copy(field.default)
            continue
        try:
            out[name] = field.kind(data[name])
        except Invalid as err:
            if not field.loose or field.default is REQUIRED:
                raise err.inside(name) from None
            out[name] = copy.copy(field.default)
    return out


def valid(kind: Kind, value: Any) -> bool:
    try:
        kind(value)
    except Invalid:
        return False
    return True


def check(ok: bool) -> None:
    """For a custom kind: ``Invalid`` unless ``ok``."""
    if not ok:
        raise Invalid()


# ---------------------------------------------------------------------------------------------------- kinds


def Const(expected: Any) -> Kind:  # noqa: N802 - kinds read like types
    """Exactly ``expected`` (a schema_version, a file kind); ``1`` is not ``True``."""
    return lambda v: v if type(v) is type(expected) and v == expected else check(False)


def Bool() -> Kind:  # noqa: N802
    return lambda v: v if isinstance(v, bool) else check(False)


def Int(low: int = -(2**63), high: int = 2**63) -> Kind:  # noqa: N802
    """An integer (never a bool) in ``low..high``."""
    return lambda v: v if type(v) is int and low <= v <= high else check(False)


def Number(low: float = -math.inf, high: float = math.inf, above: bool = False) -> Kind:  # noqa: N802
    """A finite int or float (never a bool, nor an int too large for a float) in ``low..high``; ``above``: strictly
    more than ``low``."""
    def kind(v):
        check(isinstance(v, int | float) and not isinstance(v, bool))
        try:
            check(math.isfinite(float(v)) and low <= v <= high and not (above and v == low))
        except OverflowError:
            raise Invalid() from None
        return v
    return kind


def Text(max_len: int | None = None, pattern: re.Pattern | None = None) -> Kind:  # noqa: N802
    def kind(v):
        check(isinstance(v, str) and (max_len is None or len(v) <= max_len)
              and (pattern is None or pattern.match(v) is not None))
        return v
    return kind


def OneOf(*choices: Any) -> Kind:  # noqa: N802
    return lambda v: v if any(type(v) is type(c) and v == c for c in choices) else check(False)


def Anything() -> Kind:  # noqa: N802
    return lambda v: v


def Object() -> Kind:  # noqa: N802
    """Any JSON object (its fields are checked elsewhere)."""
    return lambda v: v if isinstance(v, dict) else check(False)


def Maybe(kind: Kind) -> Kind:  # noqa: N802
    """``None`` or ``kind``."""
    return lambda v: None if v is None else kind(v)


def ListOf(item: Kind, max_len: int | None = None, min_len: int = 0, keep_valid: bool = False) -> Kind:  # noqa: N802
    """A list of ``item``s. ``keep_valid``: wrong items are left out and only the first ``max_len`` kept."""
    def kind(v):
        check(isinstance(v, list))
        if keep_valid:
            return [x for x in (_try(item, x) for x in v) if x is not _BAD][:max_len]
        check(min_len <= len(v) and (max_len is None or len(v) <= max_len))
        out = []
        for i, x in enumerate(v):
            try:
                out.append(item(x))
            except Invalid as err:
                raise err.inside(str(i)) from None
        return out
    return kind


def MapOf(key: Kind, value: Kind, max_len: int | None = None) -> Kind:  # noqa: N802
    """A JSON object whose keys are ``key`` and values ``value`` (ids → records)."""
    def kind(v):
        check(isinstance(v, dict) and (max_len is None or len(v) <= max_len))
        out = {}
        for k, x in v.items():
            try:
                key(k)
                out[k] = value(x)
            except Invalid as err:
                raise err.inside(str(k)) from None
        return out
    return kind


def Record(fields: Mapping[str, Field], extra: bool = True) -> Kind:  # noqa: N802
    """A nested JSON object, read with ``read``."""
    return lambda v: read(v, fields, extra)


_BAD = object()


def _try(kind: Kind, value: Any) -> Any:
    try:
        return kind(value)
    except Invalid:
        return _BAD
