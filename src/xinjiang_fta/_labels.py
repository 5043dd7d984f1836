"""The words every presentation shares: texts in the language asked for, headings, the labels of parts."""

from collections.abc import Callable

from .records import Area, SubArea, SubAreaKind
from .texts import Lang, Text

KIND_LABELS = {SubAreaKind.XPCC_DIVISION: "XPCC division", SubAreaKind.BONDED_ZONE: "bonded zone"}
OVERLAP_NOTE = (
    "A part's size is the land of its area that belongs to that corps division or bonded zone, included "
    "in the area's size. The source does not say whether an area's parts overlap: do not add them up."
)
"""The note beside everything that shows parts with their area."""
PARTS_HEADING = "Parts: the land in the area of a corps division or a bonded zone"  # above them, one by one
ZH_NOTE = "Chinese exists for proper names only: other texts are in Japanese, the source."
"""Said once wherever texts are shown in Chinese."""

_JA_TERMS = {"Key fields": "重点分野", "Main measures": "主な取り組み", "km²": "面積 (km²)", "Size": "面積"}


def heading(english: str, lang: Lang) -> str:
    """A heading: the source's own term in Japanese where the source has one, else English."""
    return _JA_TERMS.get(english, english) if lang == "ja" else english


def text_in(text: Text, lang: Lang) -> str:
    """*text* in *lang*, falling back to the Japanese source where it has no such translation."""
    return text.get(lang) or text.ja


def part_label(part: SubArea, area: Area, lang: Lang, name: Callable[[Text, Lang], str] = text_in) -> str:
    """A part named as what its size measures: ``XPCC 12th Division, land in the Urumqi Area``."""
    the = "the " if lang == "en" else ""
    return f"{name(part.name, lang)}, land in {the}{name(area.name, lang)}"
