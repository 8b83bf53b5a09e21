"""Text from files (names, labels, lesson packs) made safe to print on a terminal.

A file name or a label can hold escape sequences: ``"\\x1b[32mOK"`` would print a green "OK" that Oyla never
said, ``"\\r"`` or ``"\\b"`` could overwrite what came before, and U+202E reverses the text after it. Such
characters (Unicode category C: control, format, private use, unassigned, and the surrogates a file name that is
not UTF-8 turns into) are shown as visible escapes instead, e.g. ``\\x1b[32mOK``. Everything else, including
Kazakh and Russian letters, emoji (with their joiner U+200D) and backslashes in Windows paths, is kept as is.
"""

from __future__ import annotations

import unicodedata

_KEEP = {"\u200d"}  # the zero-width joiner inside emoji such as 👩‍🔬


def _unsafe(ch: str) -> bool:
    return ch not in _KEEP and unicodedata.category(ch)[0] == "C"


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def terminal_text(value: object) -> str:
    """``str(value)`` with every control or format character written as a visible escape (``\\x1b``,
    ``\\u202e``, ``\\udcff``), so nothing printed can move the cursor, change colours or fake a line."""
    text = str(value)
    if text.isprintable():  # the common case, quickly (isprintable is False for some safe characters too)
        return text
    return "".join(_escape(ch) if _unsafe(ch) else ch for ch in text)


def terminal_json(text: str) -> str:
    """JSON from ``json.dumps(..., ensure_ascii=False)`` made safe to print: control and format characters that
    JSON leaves raw (DEL, C1 controls such as the one-byte CSI, U+202E, lone surrogates) become ``\\uXXXX``
    escapes, which any JSON parser reads back as the same text. Raw newlines are the layout (``indent``):
    inside strings ``json.dumps`` has already escaped them, so they are kept."""
    out = []
    for ch in text:
        if ch == "\n" or not _unsafe(ch):
            out.append(ch)
        elif ord(ch) < 0x10000:
            out.append(f"\\u{ord(ch):04x}")
        else:  # outside the BMP: a surrogate pair, as JSON requires
            code = ord(ch) - 0x10000
            out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
    return "".join(out)
