"""The zone as plain text for a terminal: the summary, tables, records and search hits.

Every function returns lines that fit in :data:`COLUMNS` terminal columns, East
Asian wide characters counting two, and never splits a character. Headings are
in English; names and titles are in the language asked, or in Japanese where a
text has no translation.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

from ._labels import FOCUS_HEADING, KIND_LABELS, PARTS_HEADING, PARTS_NOTE, text_in
from ._layout import numbered, pad, paragraph, table, width, wrap
from .aggregate import area_shares, sub_area_shares
from .lookup import domain_of, normalize
from .records import Area, Domain, Measure, Zone
from .text_search import Hit
from .texts import Lang

COLUMNS = 80
"""The width of the terminal the output is laid out for."""

ROUNDED_NOTE = "≈: rounded to 2 decimal places (half to even); other percentages are exact."

_ANSI_BOLD, _ANSI_RESET = "\x1b[1m", "\x1b[0m"
_NBSP = "\u00a0"
_OPEN, _CLOSE = "\x02", "\x03"  # stand-ins for the ANSI codes while the text is wrapped


def _para(text: str, indent: str = "") -> list[str]:
    return paragraph(text, COLUMNS, indent)


def _items(items: Sequence[str], indent: str = "  ") -> list[str]:
    return numbered(items, COLUMNS, indent)


def percent(share: Fraction) -> str:
    """*share* as a percentage: exact when it has at most 2 decimal places, else rounded and marked ``≈``.

    The parts are joined by no-break spaces, so that a line is never broken inside.

    >>> [percent(s).replace(chr(0xA0), " ") for s in (Fraction(1, 8), Fraction(381, 2848))]
    ['12.5 %', '≈ 13.38 %']
    """
    value = share * 100
    if (value * 100).denominator == 1:
        exact = Decimal(value.numerator) / Decimal(value.denominator)
        return f"{exact.normalize():f}{_NBSP}%"
    rounded = round(value, 2)  # exact rounding of the fraction, half to even
    return f"≈{_NBSP}{Decimal(rounded.numerator) / Decimal(rounded.denominator):.2f}{_NBSP}%"


def format_summary(zone: Zone, lang: Lang = "en") -> str:
    """The zone at a glance: areas with sizes and parts, the total, domains with measure counts."""
    sizes = [str(a.area_km2) for a in zone.areas] + [str(zone.total_area_km2)]
    sizes += [str(p.area_km2) for a in zone.areas for p in a.sub_areas]
    num_w = max(width(s) for s in [*sizes, "km²"])
    name_w = COLUMNS - num_w - 2

    def row(name: str, number: str) -> str:
        wrapped = wrap(name, name_w, indent="      ")
        wrapped[-1] = pad(wrapped[-1], name_w) + "  " + pad(number, num_w, right=True)
        return "\n".join(wrapped)

    source = zone.source
    lines = _para(text_in(zone.name, lang))
    lines += _para(
        f"Source: {text_in(source.title, lang)} ({source.issuer}, {source.dated.isoformat()}). "
        f"Data: {zone.data_version}"
    )
    lines += ["", pad("Areas", name_w) + "  " + pad("km²", num_w, right=True)]
    for area in zone.areas:
        lines.append(row("  " + text_in(area.name, lang), str(area.area_km2)))
        lines += [row("    " + text_in(p.name, lang), str(p.area_km2)) for p in area.sub_areas]
    lines.append(row("  Total", str(zone.total_area_km2)))
    lines += _para(PARTS_NOTE)
    lines += ["", "Domains (number of measures)"]
    for domain in zone.domains:
        head = f"{domain.number:>3}  ({len(domain.measures)})  "
        lines += wrap(head + text_in(domain.title, lang), COLUMNS, indent=" " * len(head))
    return "\n".join(lines) + "\n"


def format_areas(zone: Zone, lang: Lang) -> str:
    """The areas of *zone*: id, name, size, number of parts and share of the zone, then the total."""
    shares = area_shares(zone=zone)
    rows = [
        [a.id, text_in(a.name, lang), str(a.area_km2), str(len(a.sub_areas)), percent(shares[a.id])]
        for a in zone.areas
    ]
    rows.append(["", "Total", str(zone.total_area_km2), "", ""])
    header = ["Id", "Name", "km²", "Parts", "Share of the zone"]
    lines = [table(header, rows, COLUMNS, flex=1, right=(2, 3, 4))]
    if any(cell.startswith("≈") for row in rows for cell in row):
        lines += _para(ROUNDED_NOTE)
    return "\n".join(lines) + "\n"


def format_domains(zone: Zone, lang: Lang) -> str:
    """The domains of *zone* with their numbers of measures and actions."""
    rows = [
        [
            str(d.number),
            str(len(d.measures)),
            str(sum(len(m.actions) for m in d.measures)),
            text_in(d.title, lang),
        ]
        for d in zone.domains
    ]
    return table(["No.", "Measures", "Actions", "Title"], rows, COLUMNS, flex=3, right=(0, 1, 2)) + "\n"


def _measure_table(measures: Sequence[tuple[int, Measure]], lang: Lang) -> str:
    rows = [[str(m.number), str(d), str(len(m.actions)), text_in(m.title, lang)] for d, m in measures]
    return table(["No.", "Domain", "Actions", "Title"], rows, COLUMNS, flex=3, right=(0, 1, 2))


def format_measures(zone: Zone, lang: Lang, domain: Domain | None = None) -> str:
    """The measures of *zone*, or of its *domain* only, with their domains and numbers of actions."""
    domains = zone.domains if domain is None else (domain,)
    lines = [] if domain is None else [*_para(f"Domain {domain.number}: {text_in(domain.title, lang)}"), ""]
    lines.append(_measure_table([(d.number, m) for d in domains for m in d.measures], lang))
    return "\n".join(lines) + "\n"


def format_area(zone: Zone, area: Area, lang: Lang) -> str:
    """One area in full: names, size and share, aliases, source row, parts and their shares, focus."""
    share = area_shares(zone=zone)[area.id]
    lines = _para(text_in(area.name, lang))
    lines += _para(f"ja: {area.name.ja}", "  ") + _para(f"en: {area.name.en}", "  ")
    if area.name.zh is not None:
        lines += _para(f"zh: {area.name.zh}", "  ")
    lines += _para(f"Id: {area.id}")
    lines += _para(f"Size: {area.area_km2} km², {share} of the zone ({percent(share)})")
    if area.aliases:
        lines += _para("Aliases: " + ", ".join(area.aliases))
    if area.source_ref is not None:
        lines += _para(f"Source: {area.source_ref}")
    if area.sub_areas:
        lines += ["", *_para(PARTS_HEADING)]
        parts = [
            f"{text_in(p.name, lang)}\n{KIND_LABELS[p.kind]}: {p.area_km2} km², "
            f"{s} of the area ({percent(s)})"
            for p, s in zip(area.sub_areas, sub_area_shares(area), strict=True)
        ]
        lines += _items(parts)
    if any(percent(s).startswith("≈") for s in (share, *sub_area_shares(area))):
        lines += _para(ROUNDED_NOTE)
    if area.focus:
        lines += ["", FOCUS_HEADING, *_items([text_in(f, lang) for f in area.focus])]
    return "\n".join(lines) + "\n"


def format_measure(zone: Zone, measure: Measure, lang: Lang) -> str:
    """One measure in full: title, domain, source row and its numbered actions."""
    domain = domain_of(measure, zone=zone)
    lines = _para(f"Measure {measure.number}: {text_in(measure.title, lang)}")
    lines += _para(f"Domain {domain.number}: {text_in(domain.title, lang)}")
    if measure.source_ref is not None:
        lines += _para(f"Source: {measure.source_ref}")
    lines += ["", "Actions", *_items([text_in(a, lang) for a in measure.actions])]
    return "\n".join(lines) + "\n"


def format_domain(domain: Domain, lang: Lang) -> str:
    """One domain in full: title, then its measures with their numbers of actions."""
    actions = sum(len(m.actions) for m in domain.measures)
    lines = _para(f"Domain {domain.number}: {text_in(domain.title, lang)}")
    lines += [f"{len(domain.measures)} measures, {actions} actions", ""]
    lines.append(_measure_table([(domain.number, m) for m in domain.measures], lang))
    return "\n".join(lines) + "\n"


def format_problems(heading: str, problems: Sequence[tuple[str, str]]) -> str:
    """*heading*, then each problem as ``location: message``, wrapped under its location."""
    lines = _para(heading)
    for location, message in problems:
        lines += ["  " + line for line in wrap(f"{location}: {message}", COLUMNS - 2, indent="  ")]
    return "\n".join(lines) + "\n"


def _clusters(text: str) -> list[tuple[int, int]]:
    """(start, end) of each character of *text* with the combining marks that follow it."""
    bounds: list[tuple[int, int]] = []
    for i, ch in enumerate(text):
        folded = unicodedata.normalize("NFKC", ch)
        if bounds and folded and unicodedata.combining(folded[0]):
            bounds[-1] = (bounds[-1][0], i + 1)
        else:
            bounds.append((i, i + 1))
    return bounds


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """The (start, end) of each piece of *text* that is *query* after normalisation, without overlaps.

    Texts and query compare as :func:`~xinjiang_fta.normalize` makes them, so a
    piece may differ from the query in case, width, accents and white space. Each
    span returned normalises exactly to the query; a match that does not map back
    to whole characters of *text* is left out.

    >>> match_spans("Cross-border ＥＣ and e-commerce", "ec")
    [(13, 15)]
    """
    wanted = normalize(query)
    pieces: list[str] = []
    starts: list[int] = []  # for each character of the normalised text, where its cluster starts
    ends: list[int] = []  # and where it ends, in *text*
    for start, end in _clusters(text):
        piece = normalize(text[start:end])
        pieces.append(piece)
        starts += [start] * len(piece)
        ends += [end] * len(piece)
    joined = "".join(pieces)
    spans: list[tuple[int, int]] = []
    at = joined.find(wanted) if wanted else -1
    while at != -1:
        start, end = starts[at], ends[at + len(wanted) - 1]
        if normalize(text[start:end]) == wanted and (not spans or start >= spans[-1][1]):
            spans.append((start, end))
            at = joined.find(wanted, at + len(wanted))
        else:
            at = joined.find(wanted, at + 1)
    return spans


def mark(text: str, spans: Sequence[tuple[int, int]], before: str = "**", after: str = "**") -> str:
    """*text* with *before* and *after* around each of the *spans* (in order, not overlapping).

    Spans that touch are marked as one.

    >>> mark("international logistics", [(14, 23)])
    'international **logistics**'
    >>> mark("0000", [(0, 1), (1, 2), (3, 4)], "[", "]")
    '[00]0[0]'
    """
    pieces: list[str] = []
    done = 0
    for start, end in spans:
        if pieces and start == done:
            pieces[-1:] = [text[start:end], after]
        else:
            pieces += [text[done:start], before, text[start:end], after]
        done = end
    return "".join([*pieces, text[done:]])


def _location(hit: Hit) -> str:
    """Where a hit is, such as ``measure 17, action 2 (en)`` or ``area kashgar, part 2, name (ja)``."""
    where = f"area {hit.key[0]}, part {hit.key[1]}" if isinstance(hit.key, tuple) else f"{hit.kind} {hit.key}"
    field = hit.field if hit.index is None else f"{hit.field} {hit.index}"
    lang = "" if hit.lang is None else f" ({hit.lang})"
    return f"{where}, {field}{lang}"


def _bold(lines: list[str]) -> list[str]:
    """Replace the stand-in marks by ANSI bold, closing and reopening it at each line break."""
    out, inside = [], False
    for line in lines:
        text = (_ANSI_BOLD if inside else "") + line.replace(_OPEN, _ANSI_BOLD).replace(_CLOSE, _ANSI_RESET)
        inside = line.rfind(_OPEN) > line.rfind(_CLOSE) or (inside and _CLOSE not in line)
        out.append(text + (_ANSI_RESET if inside else ""))
    return out


def format_hits(hits: Sequence[Hit], query: str, *, bold: bool = False) -> str:
    """Each hit's location, then its text with the matches marked: ``**…**``, or ANSI bold if *bold*.

    A text whose match cannot be mapped back to its characters is printed unmarked.
    """
    lines: list[str] = []
    for hit in hits:
        text, spans = hit.text, match_spans(hit.text, query)
        ansi = bold and _OPEN not in text and _CLOSE not in text
        if ansi:
            text = mark(text, spans, _OPEN, _CLOSE)
        elif not bold:
            text = mark(text, spans, "**", "**")
        body = _para(text, "  ")  # (a text holding a stand-in mark is shown as it is)
        lines += [_location(hit), *(_bold(body) if ansi else body)]
    return "\n".join(lines) + "\n"
