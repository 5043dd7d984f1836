"""Search every text of a zone: :func:`search` (docs/searching.md); not named ``search``, not to hide it."""

from collections.abc import Iterable
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
_KINDS: tuple[HitKind, ...] = get_args(HitKind)

HitField = Literal["name", "alias", "focus", "title", "action"]
"""The field of the record whose text matched."""

_Record = Zone | Area | SubArea | Domain | Measure
if TYPE_CHECKING:  # PEP 696: a bare ``Hit`` is a hit in any kind of record
    import typing_extensions

    R = typing_extensions.TypeVar("R", bound=_Record, covariant=True, default=_Record)
else:
    R = TypeVar("R", bound=_Record, covariant=True)


def _short_key(key: str | int | tuple[str, int]) -> str:  # as the repr shows it: an id cut to 60 characters
    if isinstance(key, tuple):
        return f"({short(key[0])}, {key[1]})"
    return short(key) if isinstance(key, str) else repr(key)


@attrs.frozen
class Hit(Generic[R]):
    """One text that matched a search: which record, which of its texts, in which language.

    >>> hit = search("越境EC")[0]
    >>> hit.kind, hit.key, hit.field, hit.index, hit.lang
    ('area', 'kashgar', 'focus', 4, 'ja')
    >>> str(hit)
    'area kashgar focus 4 (ja): 国際物流、越境ECなどの現代サービス業'
    """

    kind: HitKind
    """The kind of record the text is in."""
    key: str | int | tuple[str, int] = attrs.field(repr=_short_key)
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
# A would-be hit: the arguments of its Hit; None for the zone, which the index never holds.
_Entry = tuple[HitKind, _Key, HitField, int | None, Lang | None, str, _Record | None]


def _index(zone: Zone) -> tuple[list[_Entry], str, int]:
    """Every text of *zone* as a would-be hit, in tree order; the normalised texts joined; the query limit."""
    places: list[tuple[HitKind, _Key, HitField, int | None, Text | str, _Record | None]]
    places = [("zone", zone.id, "name", None, zone.name, None)]
    for a in zone.areas:
        places += [("area", a.id, "name", None, a.name, a)]
        places += [("area", a.id, "alias", i, alias, a) for i, alias in enumerate(a.aliases, 1)]
        places += [("area", a.id, "focus", i, focus, a) for i, focus in enumerate(a.focus, 1)]
        places += [("sub_area", (a.id, i), "name", None, p.name, p) for i, p in enumerate(a.sub_areas, 1)]
    for d in zone.domains:
        places += [("domain", d.number, "title", None, d.title, d)]
        for m in d.measures:
            places += [("measure", m.number, "title", None, m.title, m)]
            places += [("measure", m.number, "action", i, action, m) for i, action in enumerate(m.actions, 1)]
    entries: list[_Entry] = []
    normalised: list[str] = []
    for kind, key, field, place, text, record in places:  # an alias is in no one language
        texts = (
            [(None, text)] if isinstance(text, str) else [(lang, getattr(text, lang)) for lang in LANGUAGES]
        )
        for lang, value in texts:
            if value:
                entries.append((kind, key, field, place, lang, value, record))
                normalised.append(normalize(value))
    limit = max(key_limit(normalised), 64)  # white space may pad a short query
    return entries, "\n".join(normalised) + "\n", limit


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
    a query longer than :func:`~xinjiang_fta.lookup.key_limit` allows (and than 64) finds nothing.

    >>> [(h.key, h.field, h.index) for h in search("RMB")]
    [(14, 'title', None), (14, 'action', 1)]
    >>> [hit.record.id for hit in search("central asia", lang="en", kind="area")]
    ['urumqi', 'kashgar']
    """
    if not isinstance(query, str):
        raise TypeError(f"a search query is a string, not {type(query).__name__}")
    for name, noun, value, known in (("lang", "language", lang, LANGUAGES), ("kind", "kind", kind, _KINDS)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name} must be one of {', '.join(known)} or None, not {type(value).__name__}")
        if value is not None and value not in known:
            raise ValueError(f"unknown {noun} {short(value)}: expected one of {', '.join(known)} or None")
    zone = zone_or_bundled(zone)
    entries, joined, limit = index(zone, "search", _index)
    if len(query) > limit:
        return ()  # longer than any text could match however typed: bounded work, not normalised
    wanted = normalize(query)
    if not wanted:
        blank = short(query)
        raise ValueError(f"a search query must contain something besides white space and accents: {blank}")
    hits = []
    # One scan of the joined texts at C speed, not a test of each text: 5.9 ms a call, not 11.2 ms, with
    # 10,000 measures (benchmarks/run.py, 2026-12-02): 10 times the data takes at most 12 times as long.
    i = start = 0  # entries[i] is the text that begins at joined[start]
    while (found := joined.find(wanted, start)) >= 0:
        i += joined.count("\n", start, found)  # the text that holds the match
        hit_kind, key, field, place, text_lang, text, record = entries[i]
        if (lang is None or text_lang in (None, lang)) and kind in (None, hit_kind):
            hits.append(Hit(hit_kind, key, field, place, text_lang, text, zone if record is None else record))
        i, start = i + 1, joined.index("\n", found) + 1  # on from the next text
    return tuple(hits)


def records_of(hits: Iterable[Hit[R]]) -> tuple[R, ...]:
    """The distinct records that *hits* are in (each once), in the order of their first hit.

    >>> records_of(search("物流", kind="measure"))  # doctest: +ELLIPSIS
    (Measure(16, ...), Measure(17, ...), Measure(18, ...))
    """
    found: dict[int, R] = {}
    for hit in hits:
        if not isinstance(hit, Hit):
            raise TypeError(f"hits must be Hits, not {type(hit).__name__}")
        found.setdefault(id(hit.record), hit.record)
    return tuple(found.values())
