"""The zone at a glance, as plain text for a terminal of 80 columns."""

from __future__ import annotations

from ._display import pad, width, wrap
from .records import Lang, Text, Zone

__all__ = ["format_summary", "text_in"]

_COLUMNS = 80
_PARTS_NOTE = "Parts are included in their area's size; the source does not say whether they overlap."


def text_in(text: Text, lang: Lang) -> str:
    """*text* in *lang*, falling back to the Japanese source where it has no such translation."""
    return text.get(lang) or text.ja


def format_summary(zone: Zone, lang: Lang = "en") -> str:
    """Return the summary of *zone*: areas with sizes and parts, the total, domains with measure counts.

    Names are given in *lang*, or in Japanese where a text has no translation;
    headings are in English. Every line fits in 80 terminal columns.
    """
    sizes = [str(a.area_km2) for a in zone.areas] + [str(zone.total_area_km2)]
    sizes += [str(p.area_km2) for a in zone.areas for p in a.sub_areas]
    num_w = max(width(s) for s in [*sizes, "km²"])
    name_w = _COLUMNS - num_w - 2
    lines = [*wrap(text_in(zone.name, lang), _COLUMNS)]
    lines += wrap(
        f"Source: {text_in(zone.source.title, lang)} ({zone.source.issuer}, "
        f"{zone.source.dated.isoformat()}). Data: {zone.data_version}",
        _COLUMNS,
    )
    lines += ["", pad("Areas", name_w) + "  " + pad("km²", num_w, right=True)]
    for area in zone.areas:
        lines.append(_row("  " + text_in(area.name, lang), str(area.area_km2), name_w, num_w))
        for part in area.sub_areas:
            lines.append(_row("    " + text_in(part.name, lang), str(part.area_km2), name_w, num_w))
    lines.append(_row("  Total", str(zone.total_area_km2), name_w, num_w))
    lines += wrap(_PARTS_NOTE, _COLUMNS)
    lines += ["", "Domains (number of measures)"]
    for domain in zone.domains:
        head = f"{domain.number:>3}  ({len(domain.measures)})  "
        lines += wrap(head + text_in(domain.title, lang), _COLUMNS, indent=" " * len(head))
    return "\n".join(lines) + "\n"


def _row(name: str, number: str, name_w: int, num_w: int) -> str:
    wrapped = wrap(name, name_w, indent="      ")
    wrapped[-1] = pad(wrapped[-1], name_w) + "  " + pad(number, num_w, right=True)
    return "\n".join(wrapped)
