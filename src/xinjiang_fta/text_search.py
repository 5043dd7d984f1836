"""Search every text of a zone for a word: :func:`search` (what is searched, and how: docs/searching.md).

Not named ``search``: ``xinjiang_fta.search`` would then be this module, not the function.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Generic, Literal, TypeVar, get_args, overload

import attrs

from ._checks import short
from ._zone_index import index, zone_or_bundled
from .lookup import key_limit, normalize
from .records import Area, Domain, Measure, SubArea, Zone
from .texts import LANGUAGES, Lang, Text

__all__ = ["Hit", "HitField", "HitKind", "records_of", "search"]

HitKind = Literal["zone", "area", "sub_area", "domain", "measure"]
"""The kind of record a :class:`Hit` is in."""

HitField = Literal["name", "alias", "focus", "title", "action"]
"""The field of the record whose text matched."""

_Record = Zone | Area | SubArea | Domain | Measure
if TYPE_CHECKING:  # PEP 696: a bare ``Hit`` is a hit in any kind of record
    import typing_extensions

    R = typing_extensions.TypeVar("R", bound=_Record, covariant=True, default=_Record)
else:
    R = TypeVar("R", bound=_Record, covariant=True)


@attrs.frozen
class Hit(Generic[R]):
    """One text that matched a search: which record, which of its texts, in which language.

    ``Hit[Measure]`` is a hit in a measure, as ``search(query, kind="measure")``
    gives: a type checker knows that its ``hit.record.number`` is an ``int``.

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
    text: str = attrs.field(repr=short)
    """The text that matched, as written."""
    record: R = attrs.field(repr=False, eq=False)
    """The record the text is in."""

    def __str__(self) -> str:
        key = ".".join(map(str, self.key)) if isinstance(self.key, tuple) else str(self.key)
        place = "" if self.index is None else f" {self.index}"
        lang = "" if self.lang is None else f" ({self.lang})"
        return f"{self.kind.replace('_', '-')} {key} {self.field}{place}{lang}: {self.text}"


_Key = str | int | tuple[str, int]
_Entry = tuple[HitKind, _Key, HitField, int | None, Lang | None, str, _Record | None]
"""A would-be hit: the arguments of its :class:`Hit`; ``None`` for the zone, which the index never holds."""


def _texts(
    kind: HitKind, key: _Key, field: HitField, index: int | None, text: Text, record: _Record | None
) -> Iterator[_Entry]:
    for lang in LANGUAGES:
        value = text.get(lang)
        if value is not None:
            yield (kind, key, field, index, lang, value, record)


def _entries(zone: Zone) -> Iterator[_Entry]:
    """Every text of *zone* as a would-be hit, in tree order."""
    yield from _texts("zone", zone.id, "name", None, zone.name, None)
    for area in zone.areas:
        yield from _texts("area", area.id, "name", None, area.name, area)
        for i, alias in enumerate(area.aliases, 1):
            yield ("area", area.id, "alias", i, None, alias, area)
        for i, focus in enumerate(area.focus, 1):
            yield from _texts("area", area.id, "focus", i, focus, area)
        for i, part in enumerate(area.sub_areas, 1):
            yield from _texts("sub_area", (area.id, i), "name", None, part.name, part)
    for domain in zone.domains:
        yield from _texts("domain", domain.number, "title", None, domain.title, domain)
        for measure in domain.measures:
            yield from _texts("measure", measure.number, "title", None, measure.title, measure)
            for i, action in enumerate(measure.actions, 1):
                yield from _texts("measure", measure.number, "action", i, action, measure)


class _Index:
    """A zone's would-be hits, and their normalised texts joined, each ended by a line break."""

    __slots__ = ("entries", "joined")

    def __init__(self, zone: Zone) -> None:
        self.entries = tuple(_entries(zone))
        self.joined = "".join(normalize(entry[5]) + "\n" for entry in self.entries)

    def matches(self, zone: Zone, wanted: str, lang: Lang | None, kind: HitKind | None) -> Iterator[Hit]:
        joined = self.joined
        i = start = 0  # the text that begins at *start*
        found = joined.find(wanted)
        while found >= 0:
            i += joined.count("\n", start, found)  # the text that holds the match
            hit_kind, key, field, place, text_lang, text, record = self.entries[i]
            if (lang is None or text_lang in (None, lang)) and kind in (None, hit_kind):
                yield Hit(hit_kind, key, field, place, text_lang, text, zone if record is None else record)
            i, start = i + 1, joined.index("\n", found) + 1  # on from the next text
            found = joined.find(wanted, start)


# The kind asked for types the hits.
@overload
def search(
    query: str, *, lang: Lang | None = ..., kind: Literal["zone"], zone: Zone | None = ...
) -> tuple[Hit[Zone], ...]: ...
@overload
def search(
    query: str, *, lang: Lang | None = ..., kind: Literal["area"], zone: Zone | None = ...
) -> tuple[Hit[Area], ...]: ...
@overload
def search(
    query: str, *, lang: Lang | None = ..., kind: Literal["sub_area"], zone: Zone | None = ...
) -> tuple[Hit[SubArea], ...]: ...
@overload
def search(
    query: str, *, lang: Lang | None = ..., kind: Literal["domain"], zone: Zone | None = ...
) -> tuple[Hit[Domain], ...]: ...
@overload
def search(
    query: str, *, lang: Lang | None = ..., kind: Literal["measure"], zone: Zone | None = ...
) -> tuple[Hit[Measure], ...]: ...
@overload
def search(
    query: str, *, lang: Lang | None = ..., kind: HitKind | None = ..., zone: Zone | None = ...
) -> tuple[Hit, ...]: ...
def search(
    query: str, *, lang: Lang | None = None, kind: HitKind | None = None, zone: Zone | None = None
) -> tuple[Hit, ...]:
    """Every text that contains *query*, in tree order; only those in *lang* and of *kind*, if given.

    Looks in the bundled zone, or in *zone*; case, width, accents and white space do not
    matter. A query blank after normalisation, an unknown *lang* or *kind* raise :class:`ValueError`;
    a query longer than :func:`~xinjiang_fta.lookup.key_limit` allows finds nothing.

    >>> [(h.key, h.field, h.index) for h in search("RMB")]
    [(14, 'title', None), (14, 'action', 1)]
    >>> [h.key for h in search("central asia", lang="en", kind="area")]
    ['urumqi', 'kashgar']
    >>> [hit.record.number for hit in search("物流", kind="measure")]
    [16, 17, 18]
    """
    if not isinstance(query, str):
        raise TypeError(f"a search query is a string, not {type(query).__name__}")
    if lang is not None and lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: expected one of {', '.join(LANGUAGES)} or None")
    if kind is not None and kind not in get_args(HitKind):
        raise ValueError(f"unknown kind {kind!r}: expected one of {', '.join(get_args(HitKind))} or None")
    zone = zone_or_bundled(zone)
    found = index(zone, "search", _Index)
    if len(query) > 64 and len(query) > index(
        zone, "query limit", lambda _: key_limit(found.joined.split("\n"))
    ):
        return ()  # longer than any text could match however typed: bounded work, not normalised
    wanted = normalize(query)
    if not wanted:
        raise ValueError(
            f"a search query must contain something besides white space and accents: {short(query)}"
        )
    return tuple(found.matches(zone, wanted, lang, kind))


def records_of(hits: Iterable[Hit[R]]) -> tuple[R, ...]:
    """The distinct records that *hits* are in (each once), in the order of their first hit.

    >>> records_of(search("物流", kind="measure"))  # doctest: +ELLIPSIS
    (Measure(16, ...), Measure(17, ...), Measure(18, ...))
    """
    return tuple({id(hit.record): hit.record for hit in hits}.values())
