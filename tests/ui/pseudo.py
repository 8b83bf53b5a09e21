"""A pseudo-locale for testing layouts: every translated string comes back about 40% longer, with accented
letters, so clipped or overlapping text shows up before real translators find it."""

from __future__ import annotations

import re

from PySide6.QtCore import QTranslator

_ACCENTS = str.maketrans("aeiouAEIOUcnsyCNSY", "àéîõüÀÉÎÕÜçñšýÇÑŠÝ")
_PLACEHOLDER = re.compile(r"(%\d|%n|\{[a-z_]+\}|<[^>]+>|&\w+;)")


def pseudo(text: str) -> str:
    parts = _PLACEHOLDER.split(text)
    out = "".join(p if _PLACEHOLDER.fullmatch(p) else p.translate(_ACCENTS) for p in parts)
    return f"[{out}{'~' * max(1, round(len(text) * 0.4))}]"


class PseudoTranslator(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102 - Qt override
        return pseudo(source) if source else source

    def isEmpty(self) -> bool:  # noqa: N802
        return False
