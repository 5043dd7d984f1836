"""The zone as text for a terminal, in *columns* columns, control characters escaped; see :func:`write`."""

import errno
import json
import re
import sys
import unicodedata
from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

from ._checks import plural
from ._labels import OVERLAP_NOTE, PARTS_HEADING, heading, part_label, text_in
from ._layout import CLOSE, OPEN, numbered, paragraph, table, wrap
from .aggregate import action_counts, area_shares, sub_area_shares
from .errors import DataError
from .lookup import domain_of, normalize
from .records import Area, Domain, Measure, Zone
from .text_search import Hit
from .texts import LANGUAGES, Lang, Text

ROUNDED_NOTE = "≈: rounded to 2 decimal places (half to even); other percentages are exact."

_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")
_BOLD, _RESET = "\x1b[1m", "\x1b[0m"


def escape(text: str, keep: str = "", *, json: bool = False) -> str:
    """*text* with its control and bidi control characters but *keep* escaped as Python (or JSON) does."""

    def escaped(match: re.Match[str]) -> str:
        ch = match[0]
        return ch if ch in keep else f"\\u{ord(ch):04x}" if json else ch.encode("unicode_escape").decode()

    return _UNSAFE.sub(escaped, text)


def shown(text: str, bold: bool | None = None) -> str:
    """*text* as written: controls but line ends escaped; the marks of :func:`format_hits` bold or gone."""
    if bold is None:
        return escape(text, "\n")
    lines, inside = [], False
    for line in escape(text, "\n" + OPEN + CLOSE).split("\n"):
        if bold:
            start = _BOLD if inside else ""
            inside = line.rfind(OPEN) > line.rfind(CLOSE) or (inside and CLOSE not in line)
            line = start + line.replace(OPEN, _BOLD).replace(CLOSE, _RESET) + (_RESET if inside else "")
        lines.append(line.replace(OPEN, "").replace(CLOSE, ""))
    return "\n".join(lines)


def write(text: str, bold: bool | None = None, *, to_stderr: bool = False) -> int:
    """Write *text* to stdout (or stderr) as :func:`shown` makes it, in its encoding; 0, or a SystemExit."""
    stream = sys.stderr if to_stderr else sys.stdout
    try:
        if stream is None:
            raise OSError(errno.EBADF, "it is closed")
        encoding = getattr(stream, "encoding", None) or "utf-8"
        data = shown(text, bold).encode(encoding, "backslashreplace")
        stream.flush()  # what was written before comes first
        buffer = getattr(stream, "buffer", None)
        if buffer is None:  # a text stream only, such as io.StringIO
            stream.write(data.decode(encoding))
        raw = getattr(buffer, "raw", buffer)  # past Python's buffer, so that a failed write leaves nothing
        while raw is not None and data:  # a raw stream may take a part at a time
            data = data[raw.write(data) :]
    except (OSError, ValueError) as error:
        reason = "" if isinstance(error, BrokenPipeError) else getattr(error, "strerror", None) or error
        sys.exit(f"cannot write to standard output: {reason}" if reason else 1)  # | head: nothing to say
    return 0


def write_json(data: object, text: str = "") -> int:
    """Write *data* (records as to_dict gives them) or its *text* as JSON: in ASCII if stdout needs it."""
    text = text or json.dumps(data, ensure_ascii=False, indent=2, default=_plain) + "\n"
    try:
        text.encode(getattr(sys.stdout, "encoding", None) or "utf-8")
    except UnicodeEncodeError:  # escaped as JSON escapes, not as write would
        text = json.dumps(data, indent=2, default=_plain) + "\n"
    return write(escape(text, "\n", json=True))


def _plain(record: object) -> object:  # a record in JSON, as the library's to_dict gives it
    from .serialize import to_dict

    return to_dict(record)


def _in(text: Text, lang: Lang) -> str:
    return escape(text_in(text, lang))


def _para(text: str, columns: int, indent: str = "") -> list[str]:
    return paragraph(escape(text), columns, indent)


def percent(share: Fraction) -> str:
    """*share* as a percentage (``12.5 %``), or rounded and marked (``≈ 13.38 %``), with no-break spaces."""
    value = share * 100
    rounded = round(value, 2)  # exact rounding of the fraction, half to even
    digits = f"{Decimal(rounded.numerator) / Decimal(rounded.denominator):.2f}"
    return f"{digits.rstrip('0').rstrip('.')}\u00a0%" if rounded == value else f"≈\u00a0{digits}\u00a0%"


def format_summary(zone: Zone, lang: Lang = "en", columns: int = 80) -> str:
    """The zone at a glance: areas with sizes and parts, the total, domains with measure counts."""
    source, rows = zone.source, []
    for area in zone.areas:
        rows += [["  " + _in(area.name, lang), str(area.area_km2)]]
        rows += [["    " + part_label(p, area, lang, _in), str(p.area_km2)] for p in area.sub_areas]
    rows.append(["  Total", str(zone.total_area_km2)])
    lines = paragraph(_in(zone.name, lang), columns)
    cited = f"({source.issuer}, {source.dated}). Data: {zone.data_version}"
    lines += _para(f"Source: {text_in(source.title, lang)} {cited}", columns)
    sizes = table(["Areas", heading("km²", lang)], rows, columns, flex=0, right=(1,))
    lines += ["", sizes, *paragraph(OVERLAP_NOTE, columns)]
    lines += ["", "Domains (number of measures)"]
    for domain in zone.domains:
        head = f"{domain.number:>3}  ({len(domain.measures)})  "
        lines += wrap(head + _in(domain.title, lang), columns, indent=" " * len(head))
    return "\n".join(lines) + "\n"


def format_areas(zone: Zone, lang: Lang, columns: int = 80) -> str:
    shares = area_shares(zone=zone)
    rows = [
        [a.id, _in(a.name, lang), str(a.area_km2), str(len(a.sub_areas)), percent(shares[a.id])]
        for a in zone.areas
    ]
    rows.append(["", "Total", str(zone.total_area_km2), "", ""])
    header = ["Id", "Name", heading("km²", lang), "Parts", "Share"]
    lines = [table(header, rows, columns, flex=1, right=(2, 3, 4))]
    if any(row[-1].startswith("≈") for row in rows):
        lines += paragraph(ROUNDED_NOTE, columns)
    return "\n".join(lines) + "\n"


def format_domains(zone: Zone, lang: Lang, columns: int = 80) -> str:
    actions = action_counts(zone=zone)
    rows = [
        [str(d.number), str(len(d.measures)), str(actions[d.number]), _in(d.title, lang)]
        for d in zone.domains
    ]
    return table(["No.", "Measures", "Actions", "Title"], rows, columns, flex=3, right=(0, 1, 2)) + "\n"


def format_measures(zone: Zone, lang: Lang, domain: Domain | None = None, columns: int = 80) -> str:
    """The measures of *zone* with their domains and numbers of actions; or one *domain* in full."""
    rows = [
        [str(m.number), str(d.number), str(len(m.actions)), _in(m.title, lang)]
        for d in (zone.domains if domain is None else [domain])
        for m in d.measures
    ]
    lines = [table(["No.", "Domain", "Actions", "Title"], rows, columns, flex=3, right=(0, 1, 2))]
    if domain is not None:
        actions = sum(len(m.actions) for m in domain.measures)
        counts = f"{plural(len(domain.measures), 'measure')}, {plural(actions, 'action')}"
        lines[:0] = [*paragraph(f"Domain {domain.number}: {_in(domain.title, lang)}", columns), counts, ""]
    return "\n".join(lines) + "\n"


def format_area(zone: Zone, area: Area, lang: Lang, columns: int = 80) -> str:
    """One area in full: names, size and share, aliases, source row, parts and their shares, key fields."""
    share, part_shares = area_shares(zone=zone)[area.id], sub_area_shares(area)
    lines = paragraph(_in(area.name, lang), columns)
    names = [f"{code}: {getattr(area.name, code)}" for code in LANGUAGES if getattr(area.name, code)]
    lines += [line for name in names for line in _para(name, columns, "  ")]
    size = f"{heading('Size', lang)}: {area.area_km2} km², {share} of the zone ({percent(share)})"
    facts = [f"Id: {area.id}", size]
    facts += ["Aliases: " + ", ".join(area.aliases)] if area.aliases else []
    facts += [] if area.source_ref is None else [f"Source: {area.source_ref}"]
    lines += [line for fact in facts for line in _para(fact, columns)]
    if area.sub_areas:
        parts = [
            f"{part_label(p, area, lang, _in)}: {p.area_km2} km², {s} of the area ({percent(s)})"
            for p, s in zip(area.sub_areas, part_shares, strict=True)
        ]
        lines += ["", *paragraph(PARTS_HEADING, columns), *numbered(parts, columns)]
        lines += paragraph(OVERLAP_NOTE, columns)
    if any(percent(s).startswith("≈") for s in (share, *part_shares)):
        lines += paragraph(ROUNDED_NOTE, columns)
    if area.focus:
        lines += ["", heading("Key fields", lang), *numbered([_in(f, lang) for f in area.focus], columns)]
    return "\n".join(lines) + "\n"


def format_measure(zone: Zone, measure: Measure, lang: Lang, columns: int = 80) -> str:
    domain = domain_of(measure, zone=zone)
    lines = paragraph(f"Measure {measure.number}: {_in(measure.title, lang)}", columns)
    lines += paragraph(f"Domain {domain.number}: {_in(domain.title, lang)}", columns)
    if measure.source_ref is not None:
        lines += _para(f"Source: {measure.source_ref}", columns)
    lines += ["", "Actions", *numbered([_in(a, lang) for a in measure.actions], columns)]
    return "\n".join(lines) + "\n"


def format_problems(error: DataError, columns: int = 80, prefix: str = "") -> str:
    """The problems of *error* under a heading that counts them, each wrapped under its location."""
    heading = f"{prefix}{plural(len(error.problems), 'problem')} in {error.source or 'the data'}:"
    lines = _para(heading, columns)
    for location, message in error.problems:
        lines += ["  " + line for line in wrap(escape(f"{location}: {message}"), columns - 2, indent="  ")]
    return "\n".join(lines) + "\n"


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """The (start, end) of each piece of *text*, of whole characters, that normalises to *query*."""
    wanted = normalize(query)
    joined, starts, ends = "", list[int](), list[int]()  # the normalised text; where its characters come from
    start = 0
    for end in range(1, len(text) + 1):  # each character normalised with the combining marks after it
        folded = unicodedata.normalize("NFKC", text[end : end + 1])
        if not (folded and unicodedata.combining(folded[0])):
            piece = normalize(text[start:end])
            joined += piece
            starts += [start] * len(piece)
            ends += [end] * len(piece)
            start = end
    spans: list[tuple[int, int]] = []
    at = joined.find(wanted) if wanted else -1
    while at != -1:
        start, end = starts[at], ends[at + len(wanted) - 1]
        whole = normalize(text[start:end]) == wanted and (not spans or start >= spans[-1][1])
        spans += [(start, end)] if whole else []
        at = joined.find(wanted, at + (len(wanted) if whole else 1))
    return spans


def format_hits(hits: Sequence[Hit], query: str, columns: int = 80) -> str:
    """Each hit's location, then its text with its matches between marks (see :func:`shown`)."""
    lines: list[str] = []
    for hit in hits:
        where = f"area {key[0]}, part {key[1]}" if isinstance(key := hit.key, tuple) else f"{hit.kind} {key}"
        where += f", {hit.field}" + ("" if hit.index is None else f" {hit.index}")
        where += "" if hit.lang is None else f" ({hit.lang})"
        pieces, done = [], 0
        for start, end in match_spans(hit.text, query):
            pieces += [escape(hit.text[done:start]), OPEN, escape(hit.text[start:end]), CLOSE]
            done = end
        marked = "".join([*pieces, escape(hit.text[done:])]).replace(CLOSE + OPEN, "")
        lines += [*_para(where, columns), *paragraph(marked, columns, "  ")]
    return "\n".join(lines) + "\n"
