"""Terminal text layout in so many columns, wide characters counting two: paragraphs, lists, tables."""

import re
import unicodedata
from collections.abc import Sequence

OPEN, CLOSE = "\x02", "\x03"  # around a run of text (a search match) kept on one line; they take no column
_NO_LINE_START = frozenset("、。，．・：；？！）」』】〕〉》”’ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ")
_NO_LINE_END = frozenset("（「『【〔〈《“‘")
Row = Sequence[str]


def width(text: str) -> int:
    """The number of terminal columns *text* takes: 2 for wide and full-width characters, 0 for marks."""
    east_asian, combining = unicodedata.east_asian_width, unicodedata.combining
    return sum(0 if ch in (OPEN, CLOSE) or combining(ch) else 1 + (east_asian(ch) in "WF") for ch in text)


def pad(text: str, columns: int, *, right: bool = False) -> str:
    fill = " " * max(0, columns - width(text))
    return fill + text if right else text + fill


def wrap(text: str, columns: int, *, indent: str = "") -> list[str]:
    """*text* in lines of *columns* columns, broken at spaces and wide characters, a long word cut."""
    lead = text[: len(text) - len(text.lstrip())]  # white space at the start indents the first line
    if width(lead) >= columns:  # unless it leaves no room for a character
        text, lead = text.lstrip(), ""
    room = max(1, columns - max(width(indent), width(lead)))  # the least room a line may have
    lines: list[str] = []
    line = ""
    for word in _words(text):
        pieces = [""]  # the word, cut where it is longer than a line: at the edges of a marked run if it can
        for part in re.split(f"({OPEN}[^{CLOSE}]*{CLOSE}?)", word):
            for ch in part if width(part) > room else [part]:
                if pieces[-1] and width(pieces[-1] + ch) > room and not ch.isspace():
                    pieces.append("")
                pieces[-1] += ch
        for piece in pieces:
            if line.strip() and width((line + piece).rstrip()) > columns:
                lines.append(line.rstrip())
                line = indent + piece.lstrip()
            else:
                line += piece
    return [*lines, line.rstrip()]


def _words(text: str) -> list[str]:
    """*text* in units never broken: words with their space, wide characters, runs between marks.

    Closing punctuation (``、。」``…) stays with the unit before it, an opening bracket with the next.
    """
    units: list[str] = []
    current = opening = ""  # the unit being read; opening brackets waiting for the unit after them
    marked = False
    for ch in text:
        if marked or ch == OPEN:
            current, opening, marked = opening + current + ch, "", ch != CLOSE
        elif ch in _NO_LINE_START and units and not (current or opening):
            units[-1] += ch
        elif ch in _NO_LINE_END:
            units += [current] if current else []
            current, opening = "", opening + ch
        elif width(ch) == 2 and ch not in _NO_LINE_START:
            units += [current, opening + ch] if current else [opening + ch]
            current = opening = ""
        elif ch == " ":
            units.append(opening + current + ch)
            current = opening = ""
        else:
            current, opening = opening + current + ch, ""
    if current or opening:
        units.append(opening + current)
    return units


def table(header: Row, rows: Sequence[Row], columns: int, *, flex: int, right: Sequence[int] = ()) -> str:
    """A table whose column *flex* takes the width left (under the others if under 12), wrapped."""
    widths = [max(width(cell) for cell in column) for column in zip(header, *rows, strict=True)]
    left = columns - sum(widths) + widths[flex] - 2 * (len(widths) - 1)
    widths[flex] = left if left >= 12 else columns - 2
    lines = []
    for row in [header, *rows]:
        cells = [pad(c, w, right=i in right) for i, (c, w) in enumerate(zip(row, widths, strict=True))]
        if left < 12:
            lines += wrap("  ".join(cells[:flex] + cells[flex + 1 :]), columns)  # a long id too
            lines += ["  " + line for line in wrap(row[flex], widths[flex])]
            continue
        indent = " " * (len(row[flex]) - len(row[flex].lstrip()) + 2)  # under the cell's first line
        for extra, piece in enumerate(wrap(row[flex], widths[flex], indent=indent)):
            cells[flex] = pad(piece, widths[flex])
            line = "  ".join(cells if extra == 0 else [" " * w for w in widths[:flex]] + [cells[flex]])
            lines.append(line.rstrip())
    return "\n".join(lines)


def paragraph(text: str, columns: int, indent: str = "") -> list[str]:
    return [indent + line for line in wrap(text, columns - width(indent))]


def numbered(items: Sequence[str], columns: int, indent: str = "  ") -> list[str]:
    """Items numbered from 1, each of their lines (separated by newlines) wrapped after the number."""
    lines = []
    for i, item in enumerate(items, 1):
        head = f"{indent}{i:>{len(str(len(items)))}}. "
        body = [line for part in item.split("\n") for line in wrap(part, columns - len(head))]
        lines += [head + body[0], *(" " * len(head) + line for line in body[1:])]
    return lines
