"""Stored text reaches the terminal as text, never as terminal commands.

An observation text or a name can hold control characters (an ANSI escape ``\\x1b[2J``,
a carriage return that hides the start of a line, a bidi override that reverses what
follows). Printed raw they would clear the screen, rewrite what the user sees or hide a
line. Every line the command writes passes through ``visible`` (via ``SafeStream``
around stdout and stderr): control characters become visible escapes such as ``\\u001b``,
while line breaks and tabs stay as they are.
"""

from __future__ import annotations

import unicodedata
from typing import TextIO

_KEPT = frozenset("\n\t")
# Format characters that reorder or hide text on screen (bidi controls, zero-width).
_REORDERING = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A),
                                          0x200E, 0x200F, 0x061C))


def _escaped(ch: str) -> str:
    # \uXXXX rather than \xXX: the same escape is valid inside a JSON string, so --json
    # output stays readable JSON and decodes to the stored text.
    return f"\\u{ord(ch):04x}"


def _unsafe(ch: str) -> bool:
    if ch in _KEPT:
        return False
    return unicodedata.category(ch) == "Cc" or ch in _REORDERING


def visible(text: str) -> str:
    """``text`` with every control character written as a visible escape."""
    if text.isprintable():
        return text
    return "".join(_escaped(ch) if _unsafe(ch) else ch for ch in text)


class SafeStream:
    """A text stream that writes through ``visible``; everything else is the stream's."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(visible(text))
        return len(text)

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)
