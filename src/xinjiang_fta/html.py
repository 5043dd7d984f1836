"""HTML tables of the records, for Jupyter notebooks and web pages.

:func:`to_html` renders a :class:`~xinjiang_fta.Zone`, :class:`~xinjiang_fta.Area`,
:class:`~xinjiang_fta.Domain` or :class:`~xinjiang_fta.Measure` as compact
tables. Texts are given in the language asked for, or in the Japanese source
where a text has no such translation (Chinese exists for proper names only);
such a fallback is marked ``lang="ja"`` so a browser picks a Japanese font.
Headings are in English. Every text and figure is escaped, so no text from a
loaded file can inject markup.

>>> from xinjiang_fta import URUMQI
>>> '<td style="text-align:right">134.6</td>' in to_html(URUMQI)
True
"""

from __future__ import annotations

import html

from .records import Area, Domain, Lang, Measure, SubAreaKind, Text, Zone
from .summary import _PARTS_NOTE, text_in

__all__ = ["to_html"]

_KINDS = {SubAreaKind.XPCC_DIVISION: "XPCC division", SubAreaKind.BONDED_ZONE: "bonded zone"}
_NUM = ' style="text-align:right"'
_PART = ' style="padding-left:1.5em"'


def to_html(record: Zone | Area | Domain | Measure, lang: Lang = "en") -> str:
    """Return *record* as HTML tables, its texts in *lang* (Japanese where there is no translation).

    A zone shows its areas with their parts and sizes, the total, and its
    domains with their numbers of measures; an area its parts and focus
    industries; a domain its measures; a measure its actions. Raises
    :class:`ValueError` for an unknown language and :class:`TypeError` for
    anything that is not one of those records.
    """
    if isinstance(record, Zone):
        body = _zone(record, lang)
    elif isinstance(record, Area):
        body = _area(record, lang)
    elif isinstance(record, Domain):
        body = _domain(record, lang)
    elif isinstance(record, Measure):
        body = _measure(record, lang)
    else:
        raise TypeError(f"to_html renders a Zone, Area, Domain or Measure, not {type(record).__name__}")
    kind = type(record).__name__.lower()
    return f'<div class="xinjiang-fta xinjiang-fta-{kind}" lang="{_esc(lang)}">\n{body}</div>\n'


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _text(text: Text, lang: Lang) -> str:
    """*text* in *lang*, escaped; wrapped in a ``lang="ja"`` span where it falls back to Japanese."""
    shown = _esc(text_in(text, lang))
    return shown if text.get(lang) is not None else f'<span lang="ja">{shown}</span>'


def _caption(label: str, title: Text, lang: Lang) -> str:
    return f"<caption><strong>{_esc(label)}</strong> <span>{_text(title, lang)}</span></caption>\n"


def _sizes(areas: tuple[Area, ...], lang: Lang) -> list[str]:
    rows = []
    for area in areas:
        rows.append(
            f"<tr><td>{_text(area.name, lang)}</td><td>area</td><td{_NUM}>{_esc(area.area_km2)}</td></tr>\n"
        )
        rows += [
            f"<tr><td{_PART}>{_text(part.name, lang)}</td><td>{_KINDS[part.kind]}</td>"
            f"<td{_NUM}>{_esc(part.area_km2)}</td></tr>\n"
            for part in area.sub_areas
        ]
    return rows


_SIZES_HEAD = "<thead><tr><th>Area or part</th><th>Kind</th><th>km²</th></tr></thead>\n"


def _zone(zone: Zone, lang: Lang) -> str:
    source = zone.source
    out = [
        "<table>\n",
        f"<caption><strong>{_text(zone.name, lang)}</strong></caption>\n",
        _SIZES_HEAD,
        "<tbody>\n",
        *_sizes(zone.areas, lang),
        f"<tr><th>Total</th><td></td><td{_NUM}>{_esc(zone.total_area_km2)}</td></tr>\n",
        "</tbody>\n</table>\n",
        f"<p><small>{_esc(_PARTS_NOTE)}</small></p>\n",
        "<table>\n<thead><tr><th>No.</th><th>Domain</th><th>Measures</th></tr></thead>\n<tbody>\n",
    ]
    out += [
        f"<tr><td{_NUM}>{d.number}</td><td>{_text(d.title, lang)}</td><td{_NUM}>{len(d.measures)}</td></tr>\n"
        for d in zone.domains
    ]
    out += [
        "</tbody>\n</table>\n",
        f"<p><small>Source: <cite>{_text(source.title, lang)}</cite> ({_esc(source.issuer)}, "
        f"{source.dated.isoformat()}). Data: {_esc(zone.data_version)}</small></p>\n",
    ]
    return "".join(out)


def _area(area: Area, lang: Lang) -> str:
    out = [
        "<table>\n",
        f"<caption><strong>{_text(area.name, lang)}</strong></caption>\n",
        _SIZES_HEAD,
        "<tbody>\n",
        *_sizes((area,), lang),
        "</tbody>\n</table>\n",
    ]
    if area.focus:
        out.append("<p><strong>Focus industries</strong></p>\n<ol>\n")
        out += [f"<li>{_text(f, lang)}</li>\n" for f in area.focus]
        out.append("</ol>\n")
    notes = []
    if area.aliases:
        notes.append("Also known as: " + ", ".join(f"<span>{_esc(a)}</span>" for a in area.aliases))
    if area.source_ref is not None:
        notes.append(f"Source: {_esc(area.source_ref)}")
    if notes:
        out.append(f"<p><small>{'. '.join(notes)}</small></p>\n")
    return "".join(out)


def _domain(domain: Domain, lang: Lang) -> str:
    out = [
        "<table>\n",
        _caption(f"Domain {domain.number}", domain.title, lang),
        "<thead><tr><th>No.</th><th>Measure</th><th>Actions</th></tr></thead>\n<tbody>\n",
    ]
    out += [
        f"<tr><td{_NUM}>{m.number}</td><td>{_text(m.title, lang)}</td><td{_NUM}>{len(m.actions)}</td></tr>\n"
        for m in domain.measures
    ]
    out.append("</tbody>\n</table>\n")
    return "".join(out)


def _measure(measure: Measure, lang: Lang) -> str:
    out = [
        "<table>\n",
        _caption(f"Measure {measure.number}", measure.title, lang),
        "<thead><tr><th>No.</th><th>Action</th></tr></thead>\n<tbody>\n",
    ]
    out += [
        f"<tr><td{_NUM}>{i}</td><td>{_text(a, lang)}</td></tr>\n"
        for i, a in enumerate(measure.actions, start=1)
    ]
    out.append("</tbody>\n</table>\n")
    if measure.source_ref is not None:
        out.append(f"<p><small>Source: {_esc(measure.source_ref)}</small></p>\n")
    return "".join(out)
