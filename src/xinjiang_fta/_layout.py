"""Terminal text layout: lines, paragraphs and tables, East Asian wide characters counting two columns.

Every function returns lines that fit in the columns asked for and never splits a
character.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

_NO_LINE_START = frozenset("、。，．・：；？！）」』】〕〉》”’ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ")
_NO_LINE_END = frozenset("（「『【〔〈《“‘")


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
    are any and between any two characters of text without spaces (Japanese); a
    word too long for a line of its own is broken between two of its characters.
    White space at the start of *text* indents the first line. Only a line with
    room for less than one character can overflow.
    """
    lead = text[: len(text) - len(text.lstrip())]
    room = max(1, columns - max(width(indent), width(lead)))  # the least room a line may have
    lines: list[str] = []
    line = ""
    for word in _words(text):
        for piece in _pieces(word, room):
            candidate = line + piece
            if line.strip() and width(candidate.rstrip()) > columns:
                lines.append(line.rstrip())
                line = indent + piece.lstrip()
            else:
                line = candidate
    lines.append(line.rstrip())
    return lines


def _pieces(word: str, room: int) -> list[str]:
    """*word* as it is if it fits in *room* columns, else cut into runs of characters that do."""
    if width(word.rstrip()) <= room:
        return [word]
    pieces = [""]
    for ch in word:
        if pieces[-1] and width(pieces[-1] + ch) > room and not ch.isspace():
            pieces.append("")
        pieces[-1] += ch
    return pieces


def _words(text: str) -> list[str]:
    """Split *text* into breakable units: words with their following space, or single wide characters.

    As in Japanese typesetting, closing punctuation (``、。」）``…) stays with the
    character before it, so no line starts with it, and an opening bracket
    (``「（``…) stays with the character after it, so no line ends with it.
    """
    units: list[str] = []
    current = ""
    opening = ""  # opening brackets waiting for the unit that follows them
    for ch in text:
        if ch in _NO_LINE_START and (current or opening or units):
            if current or opening:
                current, opening = opening + current + ch, ""
            else:
                units[-1] += ch
        elif ch in _NO_LINE_END:
            if current:
                units.append(current)
                current = ""
            opening += ch
        elif width(ch) == 2:
            if current:
                units.append(current)
                current = ""
            units.append(opening + ch)
            opening = ""
        elif ch == " ":
            units.append(opening + current + ch)
            current = opening = ""
        else:
            current = opening + current + ch
            opening = ""
    if current or opening:
        units.append(opening + current)
    return units


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    columns: int,
    *,
    flex: int,
    right: Sequence[int] = (),
) -> str:
    """A table: column *flex* takes the width left over and wraps; the columns in *right* align right."""
    widths = [max(width(cell) for cell in column) for column in zip(header, *rows, strict=True)]
    widths[flex] = max(12, columns - sum(widths) + widths[flex] - 2 * (len(widths) - 1))
    lines = []
    for row in [header, *rows]:
        wrapped = wrap(row[flex], widths[flex], indent="  ")
        cells = [pad(c, w, right=i in right) for i, (c, w) in enumerate(zip(row, widths, strict=True))]
        for extra, piece in enumerate(wrapped):
            cells[flex] = pad(piece, widths[flex])
            line = "  ".join(cells if extra == 0 else [" " * w for w in widths[:flex]] + [cells[flex]])
            lines.append(line.rstrip())
    return "\n".join(lines)


def paragraph(text: str, columns: int, indent: str = "") -> list[str]:
    """*text* wrapped in *columns*, every line starting with *indent*."""
    return [indent + line for line in wrap(text, columns - width(indent))]


def numbered(items: Sequence[str], columns: int, indent: str = "  ") -> list[str]:
    """Items numbered from 1, each of their lines (separated by newlines) wrapped after the number."""
    lines = []
    for i, item in enumerate(items, 1):
        head = f"{indent}{i:>{len(str(len(items)))}}. "
        body = [line for part in item.split("\n") for line in wrap(part, columns - len(head))]
        lines += [head + body[0], *(" " * len(head) + line for line in body[1:])]
    return lines
