"""YAML with line numbers, and small field validators that collect every problem instead of stopping.

Pack files are written by people, so every problem is reported with its line (``app.storage.schema`` checks JSON
files Oyla wrote itself and stops at the first wrong field); the kinds of value are the same ``schema`` kinds.

PyYAML's safe loader (libyaml's ``CSafeLoader`` when present) builds the data exactly like ``safe_load``; we keep
its node tree and walk it once to remember the line of every key and list item, to spot duplicate keys, and to keep each scalar's raw
text (so a quiz option written ``No`` stays the text "No" instead of YAML 1.1's ``False``).
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from app.errors import QT_TRANSLATE_NOOP
from app.lessons.model import PackIssue
from app.storage import reading, schema

Path_ = tuple[Any, ...]
MAX_DEPTH = 32  # packs need 5 levels; deeper is a mistake or an attack
TEXT_KEEP = frozenset("\n\t\u200c\u200d")  # line breaks, tabs and the (non-)joiners inside emoji and words
SLUG_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")


def decode_text(data: bytes, file: str, issues: list[PackIssue]) -> str | None:
    """UTF-8 (a BOM is tolerated) or an issue naming the line of the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        issues.append(PackIssue(file, line, QT_TRANSLATE_NOOP("errors", "the file is not UTF-8 text")))
        return None


def read_text(path: Path, file: str, issues: list[PackIssue], max_bytes: int) -> str | None:
    """The UTF-8 text of a pack file, or ``None`` after adding an issue: a missing file, a link, a pipe or device,
    a file over ``max_bytes`` (never read past it) or one that is not UTF-8."""
    if not os.path.lexists(path):
        issues.append(PackIssue(file, 0, QT_TRANSLATE_NOOP("errors", "the file is missing")))
        return None
    try:
        data = reading.read_file(path, max_bytes, follow_links=False)
    except reading.DataError as err:
        issues.append(PackIssue(file, 0, err.message, dict(err.params)))
        return None
    return decode_text(data, file, issues)


class Fields:
    """Parsed YAML of one file (or front matter) plus an issue list; ``first_line`` is the file line of YAML line 1."""

    def __init__(self, file: str, issues: list[PackIssue], first_line: int = 1) -> None:
        self.file = file
        self.issues = issues
        self.first_line = first_line
        self.lines: dict[Path_, int] = {}
        self.raw: dict[Path_, str] = {}
        self.aliased = 0  # line of the first alias found

    # -- parsing -------------------------------------------------------------------------------------------
    def parse(self, text: str) -> Any:
        # What yaml.safe_load does (get_single_node + construct_document), keeping the node tree for line numbers.
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
            line = self.first_line + mark.line if mark is not None else self.first_line
            problem = getattr(err, "problem", None) or str(err)
            self.issues.append(
                PackIssue(self.file, line, QT_TRANSLATE_NOOP("errors", "YAML syntax error: {problem}"),
                          {"problem": problem})
            )
            return None
        except RecursionError:
            self.issues.append(PackIssue(self.file, self.first_line, QT_TRANSLATE_NOOP(
                "errors", "the YAML is nested too deeply")))
            return None
        finally:
            loader.dispose()
        if node is not None:
            seen: set[int] = set()
            try:
                self._walk(node, (), seen)
            except RecursionError:
                self.issues.append(PackIssue(self.file, self.first_line, QT_TRANSLATE_NOOP(
                    "errors", "the YAML is nested too deeply")))
                return None
            if self.aliased:
                self.issues.append(PackIssue(self.file, self.aliased, QT_TRANSLATE_NOOP(
                    "errors", "YAML anchors and aliases (& and *) are not allowed; write the value out")))
                return None
        return data

    def _walk(self, node: yaml.Node, path: Path_, seen: set[int]) -> None:
        if id(node) in seen:  # an alias: walking it again could take forever ("billion laughs") or loop
            self.aliased = self.aliased or self.first_line + node.start_mark.line
            return
        seen.add(id(node))
        if len(path) > MAX_DEPTH:
            raise RecursionError
        self.lines.setdefault(path, self.first_line + node.start_mark.line)
        if isinstance(node, yaml.ScalarNode):
            self.raw[path] = node.value
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                self._walk(item, (*path, index), seen)
        elif isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key_node, value_node in node.value:
                key = str(key_node.value)
                line = self.first_line + key_node.start_mark.line
                if key in seen:
                    self.issues.append(PackIssue(self.file, line, QT_TRANSLATE_NOOP(
                        "errors", "the key \"{key}\" appears more than once"), {"key": key}))
                seen.add(key)
                self.lines[(*path, key)] = line
                self._walk(value_node, (*path, key), seen)
                self.lines[(*path, key)] = line  # the key's line, not its value's

    # -- reporting -----------------------------------------------------------------------------------------
    def line(self, path: Path_) -> int:
        for end in range(len(path), -1, -1):
            if path[:end] in self.lines:
                return self.lines[path[:end]]
        return self.first_line

    def error(self, path: Path_, message: str, **params: Any) -> None:
        self.issues.append(PackIssue(self.file, self.line(path), message, params))

    @staticmethod
    def name(path: Path_) -> str:
        return ".".join(str(p) if not isinstance(p, int) else f"[{p}]" for p in path).replace(".[", "[")

    # -- validators: each returns the clean value or None (after recording an issue) --------------------------
    def mapping(self, data: Any, path: Path_, allowed: Sequence[str], required: Sequence[str]) -> dict | None:
        if not isinstance(data, dict):
            self.error(path, QT_TRANSLATE_NOOP("errors", "\"{key}\" must be a mapping (key: value lines)"),
                       key=self.name(path) or "file")
            return None
        for key in data:
            if str(key) not in allowed:
                self.error((*path, str(key)), QT_TRANSLATE_NOOP("errors", "unknown key \"{key}\" (allowed: {allowed})"),
                           key=str(key), allowed=", ".join(allowed))
        for key in required:
            if key not in data:
                self.error(path, QT_TRANSLATE_NOOP("errors", "missing required key \"{key}\""),
                           key=self.name((*path, key)))
        return {str(k): v for k, v in data.items()}

    def text(self, value: Any, path: Path_) -> str | None:
        if isinstance(value, bool | int | float) and path in self.raw:
            value = self.raw[path]  # "No", "1.0", "2024" are texts here
        if not isinstance(value, str) or not value.strip():
            self.error(path, QT_TRANSLATE_NOOP("errors", "\"{key}\" must be non-empty text"), key=self.name(path))
            return None
        if any(c not in TEXT_KEEP and unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co") for c in value):
            self.error(path, QT_TRANSLATE_NOOP("errors", "\"{key}\" has a control character (such as an escape "
                                                         "sequence) that cannot be shown"), key=self.name(path))
            return None
        return value.strip()

    def slug(self, value: Any, path: Path_) -> str | None:
        text = self.text(value, path)
        if text is not None and not SLUG_RE.match(text):
            self.error(path, QT_TRANSLATE_NOOP(
                "errors", "\"{value}\" is not a valid id: use letters, digits, \"-\" and \"_\" (up to 64)"),
                value=text)
            return None
        return text

    def integer(self, value: Any, path: Path_, low: int, high: int) -> int | None:
        if not schema.valid(schema.Int(low, high), value):
            self.error(path, QT_TRANSLATE_NOOP("errors", "\"{key}\" must be a whole number from {low} to {high}"),
                       key=self.name(path), low=low, high=high)
            return None
        return value

    def number(self, value: Any, path: Path_, low: float, high: float) -> float | None:
        if not schema.valid(schema.Number(low, high), value):
            self.error(path, QT_TRANSLATE_NOOP("errors", "\"{key}\" must be a number from {low} to {high}"),
                       key=self.name(path), low=low, high=high)
            return None
        return float(value)

    def flag(self, value: Any, path: Path_) -> bool | None:
        if not schema.valid(schema.Bool(), value):
            self.error(path, QT_TRANSLATE_NOOP("errors", "\"{key}\" must be true or false"), key=self.name(path))
            return None
        return value

    def choice(self, value: Any, path: Path_, choices: Sequence[str]) -> str | None:
        if isinstance(value, bool) and path in self.raw:
            value = self.raw[path]
        if value not in choices:
            self.error(path, QT_TRANSLATE_NOOP("errors", "\"{key}\" is \"{value}\"; it must be one of: {choices}"),
                       key=self.name(path), value=value, choices=", ".join(choices))
            return None
        return value

    def items(self, value: Any, path: Path_, min_len: int = 0, max_len: int = 1000) -> list | None:
        if not isinstance(value, list) or not min_len <= len(value) <= max_len:
            self.error(path, QT_TRANSLATE_NOOP("errors", "\"{key}\" must be a list of {low} to {high} items"),
                       key=self.name(path), low=min_len, high=max_len)
            return None
        return value

    def age_range(self, value: Any, path: Path_) -> tuple[int, int] | None:
        if not schema.valid(schema.ListOf(schema.Int(6, 99), 2, 2), value) or value[0] > value[1]:
            self.error(path, QT_TRANSLATE_NOOP("errors", "\"{key}\" must be [min, max] with ages from 6 to 99"),
                       key=self.name(path))
            return None
        return value[0], value[1]

    def languages(self, value: Any, path: Path_, languages: Sequence[str]) -> dict[str, str] | None:
        data = self.mapping(value, path, languages, languages)
        if data is None:
            return None
        texts = {lang: self.text(data.get(lang), (*path, lang)) for lang in languages if lang in data}
        return texts if all(texts.get(lang) for lang in languages) else None
