"""Search every text of a zone for a word, in any of its languages or in one.

Texts and query are compared after :func:`~xinjiang_fta.normalize` (case,
width, accents and white space do not matter); a text matches when it contains
the query. The texts searched, in tree order: the zone's name; then each area's
name, aliases and focus industries, followed by its parts' names; then each
domain's title followed by each of its measures' title and actions. Within a
record, Japanese comes before English and Chinese.

Aliases (such as ``"Khorgos"``) have no language: their hits have ``lang=None``
and are searched whatever *lang* is asked. (The module is named ``_search``
so that ``xinjiang_fta.search`` is always the function.)
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

import attrs

from ._loading import bundled_zone
from .lookups import normalize
from .records import LANGUAGES, Area, Domain, Lang, Measure, SubArea, Text, Zone

__all__ = ["Hit", "HitField", "HitKind", "search"]

HitKind = Literal["zone", "area", "sub_area", "domain", "measure"]
"""The kind of record a :class:`Hit` is in."""

HitField = Literal["name", "alias", "focus", "title", "action"]
"""The field of the record whose text matched."""


@attrs.frozen
class Hit:
    """One text that matched a search: which record, which of its texts, in which language.

    ``key`` is the record's id (zone, area) or number (domain, measure); for a
    part of an area, the area's id and the part's place among its parts, from 1.
    ``index`` is the text's place, from 1, in a field holding several texts
    (aliases, focus industries, actions), and ``None`` otherwise. ``record`` is
    the record itself.

    >>> from xinjiang_fta import search
    >>> hit = search("越境EC")[0]
    >>> hit.kind, hit.key, hit.field, hit.index, hit.lang
    ('area', 'kashgar', 'focus', 4, 'ja')
    >>> str(hit)
    'area kashgar focus 4 (ja): 国際物流、越境ECなどの現代サービス業'
    """

    kind: HitKind
    """The kind of record the text is in."""
    key: str | int | tuple[str, int]
    """The record's id or number; ``(area id, place)`` for a part of an area."""
    field: HitField
    """The field the text is in."""
    index: int | None
    """The place of the text in its field, from 1, if the field holds several texts."""
    lang: Lang | None
    """The language of the text; ``None`` for an alias."""
    text: str
    """The text that matched, as written."""
    record: Zone | Area | SubArea | Domain | Measure = attrs.field(repr=False, eq=False)
    """The record the text is in."""

    def __str__(self) -> str:
        key = ".".join(map(str, self.key)) if isinstance(self.key, tuple) else str(self.key)
        place = "" if self.index is None else f" {self.index}"
        lang = "" if self.lang is None else f" ({self.lang})"
        return f"{self.kind.replace('_', '-')} {key} {self.field}{place}{lang}: {self.text}"


_Key = str | int | tuple[str, int]
_Holder = Zone | Area | SubArea | Domain | Measure
_Entry = tuple[HitKind, _Key, HitField, int | None, Lang | None, str, int]
"""A would-be hit: the arguments of its :class:`Hit`, but the record's place in a list for the record."""


def _texts(
    kind: HitKind, key: _Key, field: HitField, index: int | None, text: Text, holder: int
) -> Iterator[_Entry]:
    for lang in LANGUAGES:
        value = text.get(lang)
        if value is not None:
            yield (kind, key, field, index, lang, value, holder)


def _entries(zone: Zone, holders: list[_Holder]) -> Iterator[_Entry]:
    """Every text of *zone* as a would-be hit, in tree order, each record appended to *holders*.

    An entry names its record by its place in *holders*, so that it holds nothing but
    strings and numbers: the garbage collector stops tracking such tuples, so its full
    collections need not walk one tuple per text of the zone.
    """

    def held(record: _Holder) -> int:
        holders.append(record)
        return len(holders) - 1

    yield from _texts("zone", zone.id, "name", None, zone.name, held(zone))
    for area in zone.areas:
        at = held(area)
        yield from _texts("area", area.id, "name", None, area.name, at)
        for i, alias in enumerate(area.aliases, 1):
            yield ("area", area.id, "alias", i, None, alias, at)
        for i, focus in enumerate(area.focus, 1):
            yield from _texts("area", area.id, "focus", i, focus, at)
        for i, part in enumerate(area.sub_areas, 1):
            yield from _texts("sub_area", (area.id, i), "name", None, part.name, held(part))
    for domain in zone.domains:
        yield from _texts("domain", domain.number, "title", None, domain.title, held(domain))
        for measure in domain.measures:
            at = held(measure)
            yield from _texts("measure", measure.number, "title", None, measure.title, at)
            for i, action in enumerate(measure.actions, 1):
                yield from _texts("measure", measure.number, "action", i, action, at)


class _Index:
    """Every would-be hit of a zone, with its normalised texts laid out for a fast scan.

    The normalised texts are joined into one string, each ended by a line break,
    which :func:`normalize` takes out of every text and query: a query found in the
    joined string lies within one text, and a search is a few scans of one string
    in memory order (:meth:`str.find`, :meth:`str.count`), however many records the
    zone has. A :class:`Hit` is made the first time its text matches, then kept, so
    building the index makes none and a search repeated gives the same hit objects
    again (equal ones, if two threads made the same hit at once).
    """

    __slots__ = ("entries", "holders", "joined", "made")

    def __init__(self, zone: Zone) -> None:
        self.holders: list[_Holder] = []
        self.entries = tuple(_entries(zone, self.holders))
        self.joined = "".join(normalize(entry[5]) + "\n" for entry in self.entries)
        self.made: list[Hit | None] = [None] * len(self.entries)

    def matches(self, wanted: str, lang: Lang | None) -> Iterator[Hit]:
        """The hits whose normalised text contains *wanted* (normalised, not blank), in order.

        Only texts in *lang*, if given, and aliases (which have no language).
        """
        joined, entries, made, holders = self.joined, self.entries, self.made, self.holders
        i = start = 0  # the text that begins at *start*
        found = joined.find(wanted)
        while found >= 0:
            i += joined.count("\n", start, found)  # the text that holds the match
            hit = made[i]
            if hit is None:  # two threads may both make it: equal hits, one is kept
                kind, key, field, index, text_lang, text, holder = entries[i]
                hit = made[i] = Hit(kind, key, field, index, text_lang, text, holders[holder])
            if lang is None or hit.lang is None or hit.lang == lang:
                yield hit
            i, start = i + 1, joined.index("\n", found) + 1  # on from the next text
            found = joined.find(wanted, start)


def _search(zone: Zone, query: str, lang: Lang | None) -> tuple[Hit, ...]:
    """The hits of *query* in *zone* (see :meth:`Zone.search`)."""
    if not isinstance(query, str):
        raise TypeError(f"a search query is a string, not {type(query).__name__}")
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: expected one of {', '.join(LANGUAGES)} or None")
    wanted = normalize(query)
    if not wanted:
        raise ValueError(f"a search query must contain something besides white space and accents: {query!r}")
    index = zone._cache.get("search")
    if not isinstance(index, _Index):  # not built yet (or left by another version in a pickle)
        index = zone._cache["search"] = _Index(zone)
    return tuple(index.matches(wanted, lang))


def search(query: str, *, lang: Lang | None = None) -> tuple[Hit, ...]:
    """Every text of the bundled zone that contains *query*, in tree order; only in *lang* if given.

    Case, width, accents and white space do not matter. A query that is blank
    after normalisation raises :class:`ValueError`, as does an unknown *lang*.

    >>> [(h.key, h.field, h.index) for h in search("RMB")]
    [(14, 'title', None), (14, 'action', 1)]
    >>> [h.key for h in search("central asia", lang="en") if h.kind == "area"]
    ['urumqi', 'kashgar']
    >>> [h.key for h in search("コルガス")]
    ['horgos']
    """
    return _search(bundled_zone(), query, lang)
