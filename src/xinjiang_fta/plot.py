"""Plots of a zone (the bundled one, or ``zone=``) with matplotlib, imported only when a plot is drawn.

Bars are labelled with exact sizes; a float is only the height a bar is drawn at.
Without a font for the Japanese or Chinese labels, a plot is drawn in English and
a :class:`CJKFontWarning` says so.
"""

from __future__ import annotations

import functools
import warnings
from types import ModuleType
from typing import TYPE_CHECKING

from ._labels import KIND_LABELS, text_in
from ._layout import wrap
from ._zone_index import zone_or_bundled
from .records import SubAreaKind, Zone
from .texts import Lang

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["CJKFontWarning", "areas", "find_cjk_font", "measure_counts"]

_EXTRA = (
    "plotting needs matplotlib: pip install matplotlib "
    "(or the 'plot' extra: pip install '.[plot]' in a checkout)"
)
_PLACEHOLDER_FONT = "Last Resort"
_AREA_LEGEND = "Area"
_KIND_LEGEND = {
    kind: f"{label[0].upper()}{label[1:]} land in the area" for kind, label in KIND_LABELS.items()
}
_COLOURS = {None: "C0", SubAreaKind.XPCC_DIVISION: "C1", SubAreaKind.BONDED_ZONE: "C2"}


class CJKFontWarning(UserWarning):
    """No installed font can draw the Japanese or Chinese labels, so a plot is drawn in English."""


def _pyplot() -> ModuleType:
    try:
        import matplotlib.pyplot as plt
    except ImportError as error:
        raise ImportError(_EXTRA) from error
    return plt


def find_cjk_font(text: str) -> str | None:
    """The family of a font matplotlib knows with a glyph for each character of *text* but spaces, or None.

    matplotlib's own *Last Resort* font, whose glyphs are placeholder boxes, does not count.
    """
    _pyplot()
    from matplotlib import font_manager

    needed = {ord(ch) for ch in text if not ch.isspace()}
    for entry in font_manager.fontManager.ttflist:
        if not entry.name.startswith(_PLACEHOLDER_FONT) and needed <= _charmap(entry.fname):
            return str(entry.name)
    return None


@functools.cache
def _charmap(path: str) -> frozenset[int]:
    from matplotlib import ft2font

    try:
        return frozenset(ft2font.FT2Font(path).get_charmap())
    except (OSError, RuntimeError):  # pragma: no cover - an unreadable font file
        return frozenset()


def _font_for(lang: Lang, labels: list[str]) -> tuple[Lang, str | None]:
    if lang == "en":
        return lang, None
    family = find_cjk_font("".join(labels))
    if family is None:
        warnings.warn(
            CJKFontWarning(
                f"no installed font has every character of the {lang!r} labels; drawing them in English. "
                "Install a CJK font (such as Noto Sans CJK) to see them."
            ),
            stacklevel=3,
        )
        return "en", None
    return lang, family


def _axes(ax: Axes | None, size: tuple[float, float]) -> Axes:
    plt = _pyplot()
    if ax is None:
        _, ax = plt.subplots(figsize=size, layout="constrained")
    return ax


def areas(*, zone: Zone | None = None, lang: Lang = "en", ax: Axes | None = None) -> Axes:
    """Draw each area as a bar and, beside it, the land in it of each corps division and bonded zone.

    Bars are labelled with their exact sizes in km². The parts are not stacked in
    their area: the source does not say whether they overlap. Names are in *lang*
    (Japanese where a name has no translation). Draws on *ax*, or a new figure;
    returns the Axes.
    """
    zone = zone_or_bundled(zone)
    names = [text_in(a.name, lang) for a in zone.areas]
    lang, family = _font_for(lang, [*names, text_in(zone.name, lang)])
    ax = _axes(ax, (8, 4.5))
    legend: set[str] = set()
    for x, area in enumerate(zone.areas):
        bars = [(None, area.area_km2), *((p.kind, p.area_km2) for p in area.sub_areas)]
        width = 0.8 / len(bars)
        for i, (kind, size) in enumerate(bars):
            label = _AREA_LEGEND if kind is None else _KIND_LEGEND[kind]
            container = ax.bar(
                x - 0.4 + width * (i + 0.5),
                float(size),  # the drawing height only; the label below is the exact figure
                width,
                color=_COLOURS[kind],
                label=label if label not in legend else "_nolegend_",
            )
            legend.add(label)
            ax.bar_label(container, labels=[str(size)], padding=2, fontsize="small")
    ax.set_xticks(range(len(zone.areas)), [text_in(a.name, lang) for a in zone.areas], fontfamily=family)
    ax.set_ylabel("km²")
    ax.set_title(text_in(zone.name, lang), fontfamily=family)
    ax.margins(y=0.12)
    ax.legend()
    return ax


def measure_counts(*, zone: Zone | None = None, lang: Lang = "en", ax: Axes | None = None) -> Axes:
    """Draw the number of measures of each domain as bars, domains in number order from the top.

    Titles are in *lang* (Japanese where a title has no translation). Draws on *ax*,
    or a new figure; returns the Axes.
    """
    zone = zone_or_bundled(zone)
    titles = [text_in(d.title, lang) for d in zone.domains]
    lang, family = _font_for(lang, [*titles, text_in(zone.name, lang)])
    ax = _axes(ax, (9, 1 + 0.55 * len(zone.domains)))
    counts = [len(d.measures) for d in zone.domains]
    container = ax.barh(range(len(counts)), counts, color="C0")
    ax.bar_label(container, labels=[str(c) for c in counts], padding=3)
    labels = ["\n".join(wrap(f"{d.number}. {text_in(d.title, lang)}", 44)) for d in zone.domains]
    ax.set_yticks(range(len(counts)), labels, fontfamily=family, fontsize="small")
    ax.invert_yaxis()
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("Measures")
    ax.set_title(text_in(zone.name, lang), fontfamily=family)
    ax.margins(x=0.1)
    return ax
