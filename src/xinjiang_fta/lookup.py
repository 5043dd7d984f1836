"""Find an area, a measure or a domain by any of its names, numbers or aliases (see docs/lookups.md)."""

import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar
from unicodedata import combining

from ._zone_index import index, zone_or_bundled
from .errors import NotFoundError
from .records import Area, Domain, Measure, Zone
from .texts import LANGUAGES

__all__ = ["area", "domain", "domain_of", "measure", "normalize"]

R = TypeVar("R", Area, Measure, Domain)
N = TypeVar("N", Measure, Domain)

_AREA_SUFFIXES = ("area", "エリア", "片区")  # already normalised
_KANA_MARKS = frozenset("\u3099\u309a")  # dakuten and handakuten: ガ is not カ
_DASHES = re.compile("[\u2010-\u2015\u2212]")  # ‐ ‑ ‒ – — ― −: each compares as a hyphen
_MAX_DIGITS = 20  # longer strings of digits are not parsed as numbers


def normalize(text: str) -> str:
    """Return *text* as lookups and searches compare it.

    NFKC (``Ａ１`` is ``A1``, ``ｶ`` is ``カ``), case-folded, every dash (U+2010 to U+2015, U+2212) a
    hyphen, without white space, accents and other combining marks (but the kana voicing marks).

    >>> normalize("  Ürümqi  Ａｒｅａ "), normalize("ｶｼｭｶﾞﾙ エリア"), normalize("China–Europe")
    ('urumqiarea', 'カシュガルエリア', 'china-europe')
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a string, not {type(text).__name__}")
    folded = unicodedata.normalize("NFD", _DASHES.sub("-", unicodedata.normalize("NFKC", text).casefold()))
    kept = "".join([c for c in folded if not combining(c) or c in _KANA_MARKS])
    return "".join(unicodedata.normalize("NFC", kept).split())


def key_limit(keys: Iterable[str]) -> int:
    """The longest key that may match one of the normalised *keys*, however typed: 4 × the longest + 16."""
    return 4 * max(map(len, keys), default=0) + 16


class _Index(Generic[R]):  # the records of one kind of a zone; their keys, normalised, name the best fits
    def __init__(self, kind: str, records: Sequence[R], keys: Sequence[tuple[int, str, str, R]]) -> None:
        self.kind = kind
        self.records: Sequence[R] = records  # in number order, for a measure or a domain
        self.keys: dict[str, tuple[int, str, list[R]]] = {}  # normalised key: rank, as first written, records
        for rank, key, text, record in keys:  # the lower rank wins: an id beats a name, a name an alias, …
            best = self.keys.get(key)
            if best is None or rank < best[0]:
                self.keys[key] = (rank, text, [record])
            elif rank == best[0] and all(r is not record for r in best[2]):
                best[2].append(record)
        self.limit = key_limit(self.keys)
        # A key written as in the data skips normalisation and finds what the slow path finds: 0.4 µs
        # a lookup instead of 2.1 to 4.2 µs (benchmarks/run.py, 2026-12-02), for the target of 2 µs.
        written = {text for _, _, text, _ in keys}
        self.exact: dict[str, R] = {
            text: found[0] for text in written if len(found := self._records(text)[1]) == 1
        }

    def _records(self, key: str) -> tuple[Sequence[str], list[R]]:
        """The variants of *key*, normalised, and the records the first one that is a key names."""
        variants = (_area_variants if self.kind == "area" else _number_variants)(normalize(key))
        for variant in variants:
            if variant in self.keys:
                return variants, self.keys[variant][2]
        return variants, []

    def get(self, key: int | str) -> R:
        numbered = self.kind != "area"  # a measure or a domain: by its number too, as an int
        if isinstance(key, bool) or not isinstance(key, int | str if numbered else str):
            expected = "whole numbers or strings" if numbered else "strings"
            raise TypeError(f"{self.kind} keys are {expected}, not {type(key).__name__}")
        if isinstance(key, int):  # a zone numbers its measures and its domains 1, 2, 3, …
            if 0 < key <= len(self.records):
                return self.records[key - 1]
            raise NotFoundError(self.kind, key, reason=f"{self.kind}s are numbered 1 to {len(self.records)}")
        if len(key) > self.limit:  # bounded work: a key of any length is refused before it is read
            raise NotFoundError(self.kind, key, reason=f"longer than any {self.kind} key")
        if (found := self.exact.get(key)) is not None:
            return found
        variants, records = self._records(key)
        if len(records) == 1:
            return records[0]
        if records:
            labels = [r.id if isinstance(r, Area) else str(r.number) for r in records]
            raise NotFoundError(self.kind, key, labels, f"it names {len(labels)} {self.kind}s")
        import difflib  # only when a lookup misses

        near: dict[int, str] = {}  # the keys, as written, of up to 3 records closest to it, each once
        for variant in variants:
            for close in difflib.get_close_matches(variant, self.keys, n=6):
                _, text, named = self.keys[close]
                if len(named) == 1:
                    near.setdefault(id(named[0]), text)
        raise NotFoundError(self.kind, key, list(near.values())[:3])


def _area_variants(key: str) -> Sequence[str]:  # the key, then the key without its area suffix
    for suffix in _AREA_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix):
            return (key, key[: -len(suffix)])
    return (key,)


def _number_variants(key: str) -> Sequence[str]:  # "０１７": "17", then the key itself
    return (str(int(key)), key) if key.isdecimal() and len(key) <= _MAX_DIGITS else (key,)


def _area_index(zone: Zone) -> _Index[Area]:
    written = [(0, a.id, a) for a in zone.areas]
    written += [(1, n, a) for a in zone.areas for n in map(a.name.get, LANGUAGES) if n is not None]
    written += [(2, alias, a) for a in zone.areas for alias in a.aliases]
    keys = [(rank, normalize(text), text, a) for rank, text, a in written]
    # A name or alias without its suffix ranks after every key written in full.
    keys += [(3, k, text, a) for rank, key, text, a in keys if rank for k in _area_variants(key)[1:]]
    return _Index("area", zone.areas, keys)


def _numbered_index(kind: str, records: Sequence[N]) -> _Index[N]:
    keys = [(0, str(r.number), str(r.number), r) for r in records]
    titles = [(t, r) for r in records for t in map(r.title.get, LANGUAGES) if t is not None]
    return _Index(kind, records, keys + [(1, normalize(t), t, r) for t, r in titles])


def _measure_index(zone: Zone) -> _Index[Measure]:
    return _numbered_index("measure", zone.measures)


def _domain_index(zone: Zone) -> _Index[Domain]:
    return _numbered_index("domain", zone.domains)


def area(key: str, *, zone: Zone | None = None) -> Area:
    """The area that *key* names: its id, a name in ja/en/zh (suffix optional) or an alias.

    Looks in the bundled zone, or in *zone*. Case, width, accents and white space do not matter.
    A miss raises :class:`~xinjiang_fta.NotFoundError` (at once for a key longer than
    :func:`~xinjiang_fta.lookup.key_limit` allows); a key that is not a string :class:`TypeError`.

    >>> area("ウルムチ").id, area("Khorgos").id, area("乌鲁木齐片区").id, area("ＫＡＳＨＧＡＲ").id
    ('urumqi', 'horgos', 'urumqi', 'kashgar')
    """
    return index(zone_or_bundled(zone), "area", _area_index).get(key)


def measure(key: int | str, *, zone: Zone | None = None) -> Measure:
    """The measure that *key* names: its number, as an int or a string, or its exact title.

    >>> measure("１７") is measure(17) is measure("物流の輸送サービスモデルのイノベーション")
    True
    """
    return index(zone_or_bundled(zone), "measure", _measure_index).get(key)


def domain(key: int | str, *, zone: Zone | None = None) -> Domain:
    """The domain that *key* names: its number or its exact title in any language.

    >>> domain("Deepening opening-up and innovation in the financial field").number
    5
    """
    return index(zone_or_bundled(zone), "domain", _domain_index).get(key)


def domain_of(key: Measure | int | str, *, zone: Zone | None = None) -> Domain:
    """The domain that a measure belongs to: *key* is a :class:`~xinjiang_fta.Measure` of the zone or its key.

    >>> domain_of(14).title.en
    'Deepening opening-up and innovation in the financial field'
    """
    zone = zone_or_bundled(zone)
    wanted = key if isinstance(key, Measure) else measure(key, zone=zone)
    for candidate in zone.domains:
        if wanted in candidate.measures:
            return candidate
    raise NotFoundError("measure", wanted, reason="it is not one of this zone's measures")
