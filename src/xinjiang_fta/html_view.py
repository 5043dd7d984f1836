"""HTML tables of the records, for Jupyter notebooks and web pages; every text and figure escaped."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

from ._labels import KIND_LABELS, OVERLAP_NOTE, ZH_NOTE, heading, part_label, text_in
from .records import Area, Domain, Measure, Zone
from .texts import Lang, Text, check_lang

__all__ = ["to_html"]

_SIZES = ("Area or part", "Kind", "km²")  # the heads of a table of sizes


def to_html(record: Zone | Area | Domain | Measure, lang: Lang = "en") -> str:
    """Return *record* as HTML tables, its texts in *lang* (else in the Japanese source).

    A zone shows its areas, their parts and sizes, and its domains; an area its parts and key
    fields; a domain its measures; a measure its actions. Headings are in English, or in the
    source's own terms in Japanese; in Chinese, which exists for names only, the caption says so.
    Each text is marked with its language (``lang="ja"``…) where it is not *lang*'s.
    Raises :class:`ValueError` for an unknown language, :class:`TypeError` for a wrong type.

    >>> from xinjiang_fta import HORGOS
    >>> "<strong>重点分野</strong>" in to_html(HORGOS, "ja")
    True
    """
    check_lang(lang)
    for kind, render in _VIEWS.items():
        if isinstance(record, kind):
            div = f'<div class="xinjiang-fta xinjiang-fta-{kind.__name__.lower()}" lang="{lang}">'
            return f"{div}\n{render(record, lang)}</div>\n"
    raise TypeError(f"record must be a Zone, Area, Domain or Measure, not {type(record).__name__}")


def _esc(value: object) -> str:
    return html.escape(str(value))  # quotes too


def _en(lang: Lang) -> str:  # the attribute that marks English in a table in *lang*
    return "" if lang == "en" else ' lang="en"'


def _text(text: Text, lang: Lang, around: Lang | None = None) -> str:
    """*text* in *lang* (else Japanese), marked with its language where that is not *around* (*lang*)."""
    shown = lang if text.get(lang) is not None else "ja"
    value = _esc(text_in(text, lang))
    return value if shown == (around or lang) else f'<span lang="{shown}">{value}</span>'


def _head(english: str, lang: Lang, tag: str = "th") -> str:
    shown = heading(english, lang)
    return f"<{tag}{_en(lang) if shown == english else ''}>{shown}</{tag}>"


def _caption(label: Text | str, lang: Lang, title: Text | None = None) -> str:
    """A caption: a name, or an English *label* and a *title*; in Chinese, the note on Chinese."""
    strong = f"<strong{_en(lang)}>{label}" if isinstance(label, str) else f"<strong>{_text(label, lang)}"
    shown = "" if title is None else f" <span>{_text(title, lang)}</span>"
    note = f' <small lang="en">({_esc(ZH_NOTE)})</small>' if lang == "zh" else ""
    return f"<caption>{strong}</strong>{shown}{note}</caption>\n"


def _table(caption: str, heads: tuple[str, ...], rows: list[str], lang: Lang) -> str:
    head = "".join(_head(h, lang) for h in heads)
    return f"<table>\n{caption}<thead><tr>{head}</tr></thead>\n<tbody>\n{''.join(rows)}</tbody>\n</table>\n"


def _row(*cells: str) -> str:
    return "<tr>" + "".join(cells) + "</tr>\n"


def _num(value: object) -> str:
    return f'<td style="text-align:right">{_esc(value)}</td>'


def _numbered(items: Iterable[tuple[Any, ...]], lang: Lang) -> list[str]:  # number, text, figures
    return [_row(_num(n), f"<td>{_text(text, lang)}</td>", *map(_num, rest)) for n, text, *rest in items]


def _note(lang: Lang, *sentences: str | None) -> str:  # those given, as a note in English; none: nothing
    shown = ". ".join(s for s in sentences if s)
    return f"<p{_en(lang)}><small>{shown}</small></p>\n" if shown else ""


def _sizes(areas: tuple[Area, ...], lang: Lang) -> list[str]:
    en, rows = _en(lang), []
    for area in areas:
        rows.append(_row(f"<td>{_text(area.name, lang)}</td>", f"<td{en}>area</td>", _num(area.area_km2)))
        for part in area.sub_areas:
            label = part_label(part, area, lang, partial(_text, around="en"))
            kind = f"<td{en}>{KIND_LABELS[part.kind]}</td>"
            rows.append(_row(f'<td style="padding-left:1.5em"{en}>{label}</td>', kind, _num(part.area_km2)))
    return rows


def _zone(zone: Zone, lang: Lang) -> str:
    sizes = [*_sizes(zone.areas, lang), _row(_head("Total", lang), "<td></td>", _num(zone.total_area_km2))]
    domains = _numbered(((d.number, d.title, len(d.measures)) for d in zone.domains), lang)
    title, issuer, dated = _text(zone.source.title, lang, "en"), _esc(zone.source.issuer), zone.source.dated
    return (
        _table(_caption(zone.name, lang), _SIZES, sizes, lang)
        + _note(lang, _esc(OVERLAP_NOTE))
        + _table("", ("No.", "Domain", "Main measures"), domains, lang)
        + _note(lang, f"Source: <cite>{title}</cite> ({issuer}, {dated}). Data: {_esc(zone.data_version)}")
    )


def _area(area: Area, lang: Lang) -> str:
    out = [_table(_caption(area.name, lang), _SIZES, _sizes((area,), lang), lang)]
    out.append(_note(lang, _esc(OVERLAP_NOTE) if area.sub_areas else None))
    if area.focus:
        out.append(f"<p>{_head('Key fields', lang, 'strong')}</p>\n<ol>\n")
        out += [f"<li>{_text(f, lang)}</li>\n" for f in area.focus]
        out.append("</ol>\n")
    aliases = ", ".join(f"<span>{_esc(a)}</span>" for a in area.aliases)
    source = None if area.source_ref is None else f"Source: {_esc(area.source_ref)}"
    out.append(_note(lang, f"Also known as: {aliases}" if aliases else None, source))
    return "".join(out)


def _domain(domain: Domain, lang: Lang) -> str:
    rows = _numbered(((m.number, m.title, len(m.actions)) for m in domain.measures), lang)
    heads = ("No.", "Main measures", "Actions")
    return _table(_caption(f"Domain {domain.number}", lang, domain.title), heads, rows, lang)


def _measure(measure: Measure, lang: Lang) -> str:
    rows = _numbered(enumerate(measure.actions, start=1), lang)
    source = None if measure.source_ref is None else f"Source: {_esc(measure.source_ref)}"
    table = _table(_caption(f"Measure {measure.number}", lang, measure.title), ("No.", "Action"), rows, lang)
    return table + _note(lang, source)


_VIEWS: dict[type, Callable[..., str]] = {Zone: _zone, Area: _area, Domain: _domain, Measure: _measure}
