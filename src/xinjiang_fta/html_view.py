"""HTML tables of the records, for Jupyter notebooks and web pages; every text and figure escaped.

>>> from xinjiang_fta import URUMQI
>>> '<td style="text-align:right">134.6</td>' in to_html(URUMQI)
True
"""

from __future__ import annotations

import html

from ._labels import KIND_LABELS, OVERLAP_NOTE, ZH_NOTE, heading, part_label, text_in
from .records import Area, Domain, Measure, Zone
from .texts import LANGUAGES, Lang, Text

__all__ = ["to_html"]

_NUM = ' style="text-align:right"'
_PART = ' style="padding-left:1.5em"'


def to_html(record: Zone | Area | Domain | Measure, lang: Lang = "en") -> str:
    """Return *record* as HTML tables, its texts in *lang*.

    A zone shows its areas with their parts and sizes, the total, and its domains
    with their numbers of measures; an area its parts and key fields; a domain its
    measures; a measure its actions. A text with no translation in *lang* is given
    in the Japanese source, marked ``lang="ja"``; in Chinese, which exists for
    proper names only, the first caption says so. Headings are in English, or in
    the source's own terms in Japanese. Raises :class:`ValueError` for an unknown
    language and :class:`TypeError` for anything else than those records.

    >>> from xinjiang_fta import HORGOS
    >>> "<strong>重点分野</strong>" in to_html(HORGOS, "ja")
    True
    """
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: expected one of {', '.join(LANGUAGES)}")
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
    if lang == "zh":  # said once, under the first caption
        body = body.replace("</caption>", f" <small>({_esc(ZH_NOTE)})</small></caption>", 1)
    kind = type(record).__name__.lower()
    return f'<div class="xinjiang-fta xinjiang-fta-{kind}" lang="{lang}">\n{body}</div>\n'


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _text(text: Text, lang: Lang) -> str:
    shown = _esc(text_in(text, lang))
    return shown if text.get(lang) is not None else f'<span lang="ja">{shown}</span>'


def _caption(label: str, title: Text | None, lang: Lang) -> str:
    shown = "" if title is None else f" <span>{_text(title, lang)}</span>"
    return f"<caption><strong>{label}</strong>{shown}</caption>\n"


def _table(caption: str, heads: tuple[str, ...], rows: list[str]) -> str:
    head = "".join(f"<th>{h}</th>" for h in heads)
    return f"<table>\n{caption}<thead><tr>{head}</tr></thead>\n<tbody>\n{''.join(rows)}</tbody>\n</table>\n"


def _row(*cells: str) -> str:
    return "<tr>" + "".join(cells) + "</tr>\n"


def _num(value: object) -> str:
    return f"<td{_NUM}>{_esc(value)}</td>"


def _sizes(areas: tuple[Area, ...], lang: Lang) -> list[str]:
    rows = []
    for area in areas:
        rows.append(_row(f"<td>{_text(area.name, lang)}</td>", "<td>area</td>", _num(area.area_km2)))
        rows += [
            _row(
                f"<td{_PART}>{part_label(p, area, lang, _text)}</td>",
                f"<td>{KIND_LABELS[p.kind]}</td>",
                _num(p.area_km2),
            )
            for p in area.sub_areas
        ]
    return rows


def _sizes_head(lang: Lang) -> tuple[str, ...]:
    return ("Area or part", "Kind", heading("km²", lang))


def _zone(zone: Zone, lang: Lang) -> str:
    source = zone.source
    sizes = _sizes(zone.areas, lang)
    sizes.append(_row("<th>Total</th>", "<td></td>", _num(zone.total_area_km2)))
    domains = [
        _row(_num(d.number), f"<td>{_text(d.title, lang)}</td>", _num(len(d.measures))) for d in zone.domains
    ]
    return (
        _table(_caption(_text(zone.name, lang), None, lang), _sizes_head(lang), sizes)
        + f"<p><small>{_esc(OVERLAP_NOTE)}</small></p>\n"
        + _table("", ("No.", "Domain", heading("Main measures", lang)), domains)
        + f"<p><small>Source: <cite>{_text(source.title, lang)}</cite> ({_esc(source.issuer)}, "
        f"{source.dated.isoformat()}). Data: {_esc(zone.data_version)}</small></p>\n"
    )


def _area(area: Area, lang: Lang) -> str:
    out = [_table(_caption(_text(area.name, lang), None, lang), _sizes_head(lang), _sizes((area,), lang))]
    if area.sub_areas:
        out.append(f"<p><small>{_esc(OVERLAP_NOTE)}</small></p>\n")
    if area.focus:
        out.append(f"<p><strong>{heading('Key fields', lang)}</strong></p>\n<ol>\n")
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
    rows = [
        _row(_num(m.number), f"<td>{_text(m.title, lang)}</td>", _num(len(m.actions)))
        for m in domain.measures
    ]
    heads = ("No.", heading("Main measures", lang), "Actions")
    return _table(_caption(f"Domain {domain.number}", domain.title, lang), heads, rows)


def _measure(measure: Measure, lang: Lang) -> str:
    rows = [_row(_num(i), f"<td>{_text(a, lang)}</td>") for i, a in enumerate(measure.actions, start=1)]
    out = _table(_caption(f"Measure {measure.number}", measure.title, lang), ("No.", "Action"), rows)
    if measure.source_ref is not None:
        out += f"<p><small>Source: {_esc(measure.source_ref)}</small></p>\n"
    return out
