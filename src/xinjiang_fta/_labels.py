"""Words the presentations share: texts in the language asked for, kinds of part, headings, notes."""

from __future__ import annotations

from .records import SubAreaKind
from .texts import Lang, Text

KIND_LABELS = {SubAreaKind.XPCC_DIVISION: "XPCC division", SubAreaKind.BONDED_ZONE: "bonded zone"}
"""What each kind of part is called in tables and legends."""

PARTS_NOTE = "Parts are included in their area's size; the source does not say whether they overlap."
"""The note beside every table that shows parts with their area."""

PARTS_HEADING = "Parts, included in the area's size (the source does not say if they overlap)"
"""The heading of an area's parts, shown one by one."""

FOCUS_HEADING = "Focus industries"
"""The heading of an area's key fields (重点分野)."""


def text_in(text: Text, lang: Lang) -> str:
    """*text* in *lang*, falling back to the Japanese source where it has no such translation."""
    return text.get(lang) or text.ja
