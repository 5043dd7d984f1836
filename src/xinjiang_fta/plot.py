"""Plots of a zone (the bundled one, or ``zone=``) with matplotlib, imported only when a plot is drawn.

Bars are labelled with exact sizes; a float is only the height a bar is drawn at. Without a font for
the Japanese or Chinese labels, a plot is drawn in English and a :class:`CJKFontWarning` says so.
"""

from __future__ import annotations

import functools
import warnings
from types import ModuleType
from typing import TYPE_CHECKING

from ._labels import KIND_LABELS, text_in
from ._layout import wrap
from ._zone_index import zone_or_bundled
from .records import Zone
from .texts import Lang, Text, check_lang

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["CJKFontWarning", "areas", "find_cjk_font", "measure_counts"]

_BARS = (
    {None: ("Area", "C0")}
    | {  # each kind of bar: its legend and its colour
        kind: (f"{label[0].upper()}{label[1:]} land in the area", f"C{i}")
        for i, (kind, label) in enumerate(KIND_LABELS.items(), start=1)
    }
)


class CJKFontWarning(UserWarning):
    """No installed font can draw the Japanese or Chinese labels, so a plot is drawn in English."""


def _pyplot() -> ModuleType:
    try:
        import matplotlib.pyplot as plt
    except ImportError as error:
        raise ImportError(
            "plotting needs matplotlib: pip install matplotlib "
            "(or the 'plot' extra: pip install '.[plot]' in a checkout)"
        ) from error
    return plt


def find_cjk_font(text: str) -> str | None:
    """The family of a font matplotlib knows with a glyph for each character of *text* but spaces, or None.

    matplotlib's own *Last Resort* font, whose glyphs are placeholder boxes, does not count.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    _pyplot()
    from matplotlib import font_manager

    needed = {ord(ch) for ch in text if not ch.isspace()}
    for entry in font_manager.fontManager.ttflist:
        if not entry.name.startswith("Last Resort") and needed <= _charmap(entry.fname):
            return str(entry.name)
    return None


@functools.cache  # reading the 71 fonts of a test machine takes 0.5 s a search, 0.1 ms cached
def _charmap(path: str) -> frozenset[int]:
    from matplotlib import ft2font

    try:
        return frozenset(ft2font.FT2Font(path).get_charmap())
    except (OSError, RuntimeError):  # pragma: no cover - an unreadable font file
        return frozenset()


def _start(
    zone: Zone, texts: list[Text], lang: Lang, ax: Axes | None, size: tuple[float, float]
) -> tuple[Lang, str | None, Axes]:
    """The labels' language (English, with a warning, if no font has *lang*), font, and titled Axes."""
    check_lang(lang)
    plt = _pyplot()
    family = None if lang == "en" else find_cjk_font("".join(text_in(t, lang) for t in (zone.name, *texts)))
    if lang != "en" and family is None:
        what = f"no installed font has every character of the {lang!r} labels; drawing them in English"
        fix = "Install a CJK font (such as Noto Sans CJK) to see them."
        warnings.warn(f"{what}. {fix}", CJKFontWarning, stacklevel=3)
        lang = "en"
    if ax is None:
        _, ax = plt.subplots(figsize=size, layout="constrained")
    elif not isinstance(ax, plt.Axes):
        raise TypeError(f"ax must be a matplotlib Axes or None, not {type(ax).__name__}")
    ax.set_title(text_in(zone.name, lang), fontfamily=family)
    return lang, family, ax


def areas(*, zone: Zone | None = None, lang: Lang = "en", ax: Axes | None = None) -> Axes:
    """Draw each area as a bar and, beside it, the land in it of each corps division and bonded zone.

    Bars are labelled with their exact sizes in km²; parts are not stacked in their area: the source
    does not say whether they overlap. Names are in *lang* (Japanese where a name has no translation).
    Draws on *ax*, or a new figure; returns the Axes.
    """
    zone = zone_or_bundled(zone)
    lang, family, ax = _start(zone, [a.name for a in zone.areas], lang, ax, (8, 4.5))
    legend: set[str] = set()
    for x, area in enumerate(zone.areas):
        bars = [(None, area.area_km2), *((p.kind, p.area_km2) for p in area.sub_areas)]
        width = 0.8 / len(bars)
        for i, (kind, size) in enumerate(bars):
            label, colour = _BARS[kind]
            where = x - 0.4 + width * (i + 0.5)  # drawn at a float height; labelled with the exact figure
            shown = label if label not in legend else "_nolegend_"
            container = ax.bar(where, float(size), width, color=colour, label=shown)
            legend.add(label)
            ax.bar_label(container, labels=[str(size)], padding=2, fontsize="small")
    ax.set_xticks(range(len(zone.areas)), [text_in(a.name, lang) for a in zone.areas], fontfamily=family)
    ax.set_ylabel("km²")
    ax.margins(y=0.12)
    ax.legend()
    return ax


def measure_counts(*, zone: Zone | None = None, lang: Lang = "en", ax: Axes | None = None) -> Axes:
    """Draw the number of measures of each domain as bars, domains in number order from the top.

    Titles are in *lang* (Japanese where a title has no translation). Draws on *ax*,
    or a new figure; returns the Axes.
    """
    zone = zone_or_bundled(zone)
    size = (9, 1 + 0.55 * len(zone.domains))
    lang, family, ax = _start(zone, [d.title for d in zone.domains], lang, ax, size)
    from matplotlib.ticker import MaxNLocator

    counts = [len(d.measures) for d in zone.domains]
    container = ax.barh(range(len(counts)), counts, color="C0")
    ax.bar_label(container, labels=[str(c) for c in counts], padding=3)
    labels = ["\n".join(wrap(f"{d.number}. {text_in(d.title, lang)}", 44)) for d in zone.domains]
    ax.set_yticks(range(len(counts)), labels, fontfamily=family, fontsize="small")
    ax.invert_yaxis()
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("Measures")
    ax.margins(x=0.1)
    return ax
