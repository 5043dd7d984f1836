"""Terminal text layout that counts East Asian wide characters as two columns."""

from __future__ import annotations

import unicodedata

__all__ = ["pad", "width", "wrap"]


def width(text: str) -> int:
    """The number of terminal columns *text* takes: 2 for wide and full-width characters."""
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
        for ch in text
    )


def pad(text: str, columns: int, *, right: bool = False) -> str:
    """Pad *text* with spaces to *columns* columns, on the right (default) or the left."""
    fill = " " * max(0, columns - width(text))
    return fill + text if right else text + fill


def wrap(text: str, columns: int, *, indent: str = "") -> list[str]:
    """Break *text* into lines of at most *columns* columns, never inside a character.

    Lines after the first start with *indent*. Breaks fall at spaces where there
    are any and between any two characters of text without spaces (Japanese).
    """
    lines: list[str] = []
    line = ""
    for word in _words(text):
        candidate = line + word
        if line and width(candidate.rstrip()) > columns:
            lines.append(line.rstrip())
            line = indent + word.lstrip()
        else:
            line = candidate
    lines.append(line.rstrip())
    return lines


def _words(text: str) -> list[str]:
    """Split *text* into breakable units: words with their following space, or single wide characters."""
    units: list[str] = []
    current = ""
    for ch in text:
        if width(ch) == 2:
            if current:
                units.append(current)
                current = ""
            units.append(ch)
        elif ch == " ":
            units.append(current + ch)
            current = ""
        else:
            current += ch
    if current:
        units.append(current)
    return units
