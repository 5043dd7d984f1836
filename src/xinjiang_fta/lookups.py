"""Find an area, a measure or a domain by any of its names, numbers or aliases.

A key is *normalised* before it is looked up (see :func:`normalize`), so case,
full-width and half-width forms, accents and white space do not matter. Each
zone builds its indexes once, on its first lookup, and keeps them; a lookup is
then one dictionary access for a key written exactly as in the data, and a
normalisation plus one or two dictionary accesses otherwise. (Two threads
that look up in a new zone at once may both build an index; they build the
same one, and one of them is kept.)

When two records of a zone share a key after normalisation, the more specific
kind of key wins (for areas: id, then name, then alias, then a name or alias
without its suffix; for measures and domains: number, then title). Where two
records share a key of the same kind, the key is ambiguous: looking it up
raises :class:`NotFoundError` listing the records' ids or numbers, which are
always unique.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from itertools import compress
from typing import TYPE_CHECKING, Generic, TypeVar, cast

from ._loading import bundled_zone
from .records import Measure

if TYPE_CHECKING:
    from .records import Area, Domain, Zone

__all__ = ["NotFoundError", "area", "domain", "domain_of", "measure", "normalize"]

R = TypeVar("R")

_AREA_SUFFIXES = ("area", "エリア", "片区")  # already normalised
_KANA_MARKS = frozenset("\u3099\u309a")  # dakuten and handakuten: ガ is not カ
_MAX_DIGITS = 20  # longer strings of digits are not parsed as numbers
_SUGGESTIONS = 3


def normalize(text: str) -> str:
    """Return *text* as lookups and searches compare it.

    The text is put in NFKC form (full-width ``Ａ１`` becomes ``A1``, half-width
    ``ｶ`` becomes ``カ``), case-folded, stripped of accents and other combining
    marks (but not of the kana voicing marks, so ``ガ`` stays ``ガ``), and stripped
    of all white space.

    >>> normalize("  Ürümqi  Ａｒｅａ ")
    'urumqiarea'
    >>> normalize("ｶｼｭｶﾞﾙ エリア")
    'カシュガルエリア'
    """
    compatible = unicodedata.normalize("NFKC", text).casefold()
    if compatible.isascii():  # no accents to take off: the rest of the steps would change nothing
        return "".join(compatible.split())
    folded = unicodedata.normalize("NFD", compatible)
    marks = compress(folded, map(unicodedata.combining, folded))  # every combining mark
    if _KANA_MARKS.issuperset(marks):  # none to take off
        kept = folded
    else:
        kept = "".join(c for c in folded if c in _KANA_MARKS or not unicodedata.combining(c))
    return "".join(unicodedata.normalize("NFC", kept).split())


class NotFoundError(KeyError):
    """No record answers to the key asked: a :class:`KeyError` that says what was asked and what is near.

    *kind* is the kind of record (``"area"``, ``"measure"``, ``"domain"``), *key*
    the key asked, *suggestions* the closest valid keys (best first) and
    *reason*, if given, why the key does not answer to one record.

    >>> str(NotFoundError("area", "urumqui", ["urumqi"]))
    "no area 'urumqui'; did you mean 'urumqi'?"
    """

    def __init__(
        self, kind: str, key: object, suggestions: Sequence[str] = (), reason: str | None = None
    ) -> None:
        super().__init__(key)
        self.kind = kind
        """The kind of record that was asked for."""
        self.key = key
        """The key that was asked."""
        self.suggestions = tuple(suggestions)
        """The closest valid keys, best first; empty if none is close."""
        self.reason = reason
        """Why the key does not answer to one record, when that is more than "no such key"."""

    def __str__(self) -> str:
        import reprlib

        shown = reprlib.Repr()
        shown.maxstring = shown.maxother = 80
        message = f"no {self.kind} {shown.repr(self.key)}"
        if self.reason:
            message += f": {self.reason}"
        if self.suggestions:
            message += "; did you mean " + " or ".join(repr(s) for s in self.suggestions) + "?"
        return message

    def __reduce__(self) -> tuple[type[NotFoundError], tuple[str, object, tuple[str, ...], str | None]]:
        return (type(self), (self.kind, self.key, self.suggestions, self.reason))


class _Entry(Generic[R]):
    """The records a normalised key names, the rank of that kind of key and the key as first written."""

    __slots__ = ("rank", "records", "shown")

    def __init__(self, rank: int, record: R, shown: str) -> None:
        self.rank = rank
        self.records = [record]
        self.shown = shown


class _Index(Generic[R]):
    """The keys of one kind of record of one zone: as written in the data, and normalised."""

    __slots__ = ("entries", "exact", "kind", "label", "variants")

    def __init__(
        self,
        kind: str,
        keys: Iterable[tuple[int, str, str, R]],
        label: Callable[[R], str],
        variants: Callable[[str], Sequence[str]],
    ) -> None:
        """Index *keys*: (rank, normalised key, key as written, record); a lower rank wins."""
        self.kind = kind
        self.label = label
        self.variants = variants
        self.entries: dict[str, _Entry[R]] = {}
        written: list[str] = []
        for rank, key, text, record in keys:
            written.append(text)
            entry = self.entries.get(key)
            if entry is None or rank < entry.rank:
                self.entries[key] = _Entry(rank, record, text)
            elif rank == entry.rank and all(r is not record for r in entry.records):
                entry.records.append(record)
        # A key written as in the data skips normalisation, and finds what the slow path finds.
        self.exact: dict[str | int, R] = {}
        for text in written:
            entry = self._entry(text)
            if entry is not None and len(entry.records) == 1:
                self.exact[text] = entry.records[0]

    def _entry(self, text: str) -> _Entry[R] | None:
        for key in self.variants(normalize(text)):
            entry = self.entries.get(key)
            if entry is not None:
                return entry
        return None

    def get(self, key: str | int) -> R:
        """The record *key* names, or :class:`NotFoundError`."""
        try:
            return self.exact[key]
        except KeyError:
            pass
        except TypeError:  # unhashable
            raise TypeError(f"{self.kind} keys are strings, not {type(key).__name__}") from None
        if not isinstance(key, str):
            raise TypeError(f"{self.kind} keys are strings, not {type(key).__name__}")
        entry = self._entry(key)
        if entry is None:
            raise NotFoundError(self.kind, key, self._suggest(key))
        if len(entry.records) > 1:
            labels = [self.label(r) for r in entry.records]
            raise NotFoundError(self.kind, key, labels, f"it names {len(labels)} {self.kind}s")
        return entry.records[0]

    def _suggest(self, key: str) -> list[str]:
        """The keys as written of up to three records whose normalised keys are closest to *key*'s."""
        import difflib

        found: list[str] = []
        chosen: list[R] = []
        for variant in self.variants(normalize(key)):
            for near in difflib.get_close_matches(variant, self.entries, n=2 * _SUGGESTIONS):
                entry = self.entries[near]
                if len(entry.records) == 1 and all(r is not entry.records[0] for r in chosen):
                    chosen.append(entry.records[0])
                    found.append(entry.shown)
        return found[:_SUGGESTIONS]


def _area_variants(key: str) -> Sequence[str]:
    """The normalised key, then the key without its area suffix if it has one."""
    for suffix in _AREA_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix):
            return (key, key[: -len(suffix)])
    return (key,)


def _number_variants(key: str) -> Sequence[str]:
    """For a string of digits, the number it spells (``"０１７"`` → ``"17"``) before the key itself."""
    if key.isdecimal() and len(key) <= _MAX_DIGITS:
        number = str(int(key))
        return (number, key) if number != key else (key,)
    return (key,)


def _area_index(zone: Zone) -> _Index[Area]:
    index = zone._cache.get("area")
    if index is None:
        written = [(0, a.id, a) for a in zone.areas]
        written += [(1, n, a) for a in zone.areas for n in (a.name.ja, a.name.en, a.name.zh) if n is not None]
        written += [(2, alias, a) for a in zone.areas for alias in a.aliases]
        keys = [(rank, normalize(text), text, a) for rank, text, a in written]
        # A name or alias without its suffix ranks after every key written in full.
        keys += [
            (3, k, text, a) for rank, text, a in written if rank for k in _area_variants(normalize(text))[1:]
        ]
        index = zone._cache["area"] = _Index("area", keys, _label_area, _area_variants)
    return cast("_Index[Area]", index)


def _label_area(record: Area) -> str:
    return record.id


def _numbered_index(zone: Zone, kind: str) -> _Index[Measure | Domain]:
    index = zone._cache.get(kind)
    if index is None:
        records = zone.measures if kind == "measure" else zone.domains
        keys = [(0, str(r.number), str(r.number), r) for r in records]
        titles = [(t, r) for r in records for t in (r.title.ja, r.title.en, r.title.zh) if t is not None]
        keys += [(1, normalize(t), t, r) for t, r in titles]
        index = zone._cache[kind] = _Index(kind, keys, _label_number, _number_variants)
        index.exact.update((r.number, r) for r in records)  # for int keys: one dictionary access
    return cast("_Index[Measure | Domain]", index)


def _label_number(record: Measure | Domain) -> str:
    return str(record.number)


def _numbered(zone: Zone, kind: str, key: int | str) -> Measure | Domain:
    if isinstance(key, bool) or not isinstance(key, int | str):
        raise TypeError(f"{kind} keys are numbers or strings, not {type(key).__name__}")
    index = _numbered_index(zone, kind)
    if isinstance(key, int):
        try:
            return index.exact[key]
        except KeyError:
            count = len(zone.measures if kind == "measure" else zone.domains)
            raise NotFoundError(kind, key, reason=f"{kind}s are numbered 1 to {count}") from None
    return index.get(key)


def _area(zone: Zone, key: str) -> Area:
    """The area of *zone* that *key* names (see :meth:`Zone.area`)."""
    return _area_index(zone).get(key)


def _measure(zone: Zone, key: int | str) -> Measure:
    """The measure of *zone* that *key* names (see :meth:`Zone.measure`)."""
    return cast("Measure", _numbered(zone, "measure", key))


def _domain(zone: Zone, key: int | str) -> Domain:
    """The domain of *zone* that *key* names (see :meth:`Zone.domain`)."""
    return cast("Domain", _numbered(zone, "domain", key))


def _domain_of(zone: Zone, measure: Measure | int | str) -> Domain:
    """The domain of *zone* that *measure* belongs to (see :meth:`Zone.domain_of`)."""
    if not isinstance(measure, Measure):
        measure = _measure(zone, measure)
    for domain in zone.domains:
        if any(m is measure or m == measure for m in domain.measures):
            return domain
    raise NotFoundError("measure", measure, reason="it is not one of this zone's measures")


def area(key: str) -> Area:
    """The bundled zone's area that *key* names: its id, a name in ja/en/zh (suffix optional) or an alias.

    Case, width, accents and white space do not matter; a miss raises
    :class:`NotFoundError`. A key that is not a string raises :class:`TypeError`.

    >>> area("ウルムチ").name.en
    'Urumqi Area'
    >>> area("Khorgos").id, area("乌鲁木齐片区").id, area("ＫＡＳＨＧＡＲ").id
    ('horgos', 'urumqi', 'kashgar')
    >>> area("urumqui")
    Traceback (most recent call last):
    ...
    xinjiang_fta.lookups.NotFoundError: no area 'urumqui'; did you mean 'urumqi'?
    """
    return _area_index(bundled_zone()).get(key)


def measure(key: int | str) -> Measure:
    """The bundled zone's measure that *key* names: its number, as an int or a string, or its exact title.

    >>> measure(14).title.en
    'Expanding RMB settlement'
    >>> measure("１７") is measure(17) is measure("物流の輸送サービスモデルのイノベーション")
    True
    """
    return _measure(bundled_zone(), key)


def domain(key: int | str) -> Domain:
    """The bundled zone's domain that *key* names: its number or its exact title in any language.

    >>> domain("Deepening opening-up and innovation in the financial field").number
    5
    """
    return _domain(bundled_zone(), key)


def domain_of(measure: Measure | int | str) -> Domain:
    """The bundled zone's domain that *measure* (a measure, or a measure key) belongs to.

    >>> domain_of(14).title.en
    'Deepening opening-up and innovation in the financial field'
    """
    return _domain_of(bundled_zone(), measure)
