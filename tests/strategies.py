"""Hypothesis strategies for every record type, in one place."""

from __future__ import annotations

import string
from datetime import date
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from xinjiang_fta import (
    Area,
    DataVersion,
    Domain,
    Measure,
    Source,
    SourceRef,
    SubArea,
    SubAreaKind,
    Text,
    Zone,
)

__all__ = [
    "areas",
    "data_versions",
    "domains_from",
    "measures",
    "sizes",
    "sources",
    "sub_areas",
    "texts",
    "zone_data",
    "zones",
]

# Texts: non-blank text mixing ASCII, accents, full-width forms, Japanese and Chinese.
_ALPHABET = (
    string.ascii_letters
    + string.digits
    + " -.,&()'"
    + "ÜüéÉ"
    + "ＡＢＣ１２３　・、。（）「」"
    + ("ウルムチエリアカシュガルホルゴス物流金融人材乌鲁木齐片区喀什霍尔果斯")
)
non_blank = st.text(st.sampled_from(_ALPHABET), min_size=1, max_size=12).filter(lambda s: s.strip() != "")

texts = st.builds(Text, ja=non_blank, en=non_blank, zh=st.none() | non_blank)

# Sizes: positive, finite, exact decimals with up to 4 decimals.
sizes = st.decimals(
    min_value=Decimal("0.01"),
    max_value=Decimal("100000"),
    places=2,
    allow_nan=False,
    allow_infinity=False,
)

ids = st.text(string.ascii_lowercase, min_size=1, max_size=3).flatmap(
    lambda head: st.text(string.ascii_lowercase + string.digits + "_", max_size=8).map(
        lambda tail: head + tail
    )
)

source_refs = st.builds(SourceRef, table=st.integers(1, 9), row=st.integers(1, 99))


def sub_areas(max_size: Decimal = Decimal("100000")) -> st.SearchStrategy[SubArea]:
    """A part no larger than *max_size* km²."""
    return st.builds(
        SubArea,
        kind=st.sampled_from(SubAreaKind),
        name=texts,
        area_km2=st.decimals(
            min_value=Decimal("0.01"),
            max_value=max_size,
            places=2,
            allow_nan=False,
            allow_infinity=False,
        ),
    )


@st.composite
def areas(draw: st.DrawFn, area_id: str | None = None) -> Area:
    """An area whose parts are each no larger than the area."""
    size = draw(sizes)
    return Area(
        id=area_id if area_id is not None else draw(ids),
        name=draw(texts),
        area_km2=size,
        sub_areas=draw(st.lists(sub_areas(size), max_size=3)),
        focus=draw(st.lists(texts, max_size=2)),
        aliases=draw(st.lists(non_blank, max_size=2)),
        source_ref=draw(st.none() | source_refs),
    )


def measures(number: int) -> st.SearchStrategy[Measure]:
    """A measure with the given number."""
    return st.builds(
        Measure,
        number=st.just(number),
        title=texts,
        actions=st.lists(texts, min_size=1, max_size=4),
        source_ref=st.none() | st.just(SourceRef(2, number)),
    )


@st.composite
def domains_from(draw: st.DrawFn, max_domains: int = 3) -> list[Domain]:
    """Domains numbered 1… whose measures are numbered 1… across them."""
    counts = draw(st.lists(st.integers(1, 3), min_size=1, max_size=max_domains))
    result, next_measure = [], 1
    for number, count in enumerate(counts, start=1):
        ms = [draw(measures(n)) for n in range(next_measure, next_measure + count)]
        next_measure += count
        result.append(Domain(number=number, title=draw(texts), measures=ms))
    return result


dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1))


@st.composite
def sources(draw: st.DrawFn) -> Source:
    """A source published on or after the date it bears."""
    dated = draw(dates)
    published = draw(st.dates(min_value=dated, max_value=date(2100, 12, 31)))
    return Source(title=draw(texts), issuer=draw(non_blank), dated=dated, published=published)


data_versions = st.builds(DataVersion, version=non_blank, as_of=dates)


@st.composite
def zones(draw: st.DrawFn, max_areas: int = 3, max_domains: int = 3) -> Zone:
    """A valid zone: unique area ids, consecutive domain and measure numbers."""
    area_ids = draw(st.lists(ids, min_size=1, max_size=max_areas, unique=True))
    return Zone(
        id=draw(ids),
        name=draw(texts),
        areas=[draw(areas(i)) for i in area_ids],
        domains=draw(domains_from(max_domains)),
        source=draw(sources()),
        data_version=draw(data_versions),
        inaugurated=draw(st.none() | dates),
        ordinal=draw(st.none() | st.integers(1, 100)),
    )


# Optional keys of the zone file: a reader must give the field's default when one is absent.
_OPTIONAL_KEYS: dict[str, dict[str, Any]] = {
    "zone": {"inaugurated": None, "ordinal": None},
    "text": {"zh": None},
    "area": {"sub_areas": [], "focus": [], "aliases": [], "source_ref": None},
    "measure": {"source_ref": None},
}


@st.composite
def zone_data(draw: st.DrawFn) -> tuple[Zone, dict[str, Any]]:
    """A zone and its JSON data as the converter writes it, some keys holding a default left out."""
    from xinjiang_fta.converter import converter

    zone = draw(zones())
    data: dict[str, Any] = converter.unstructure(zone)

    def drop(record: dict[str, Any], kind: str) -> None:
        for key, default in _OPTIONAL_KEYS[kind].items():
            if record[key] == default and draw(st.booleans()):
                del record[key]

    texts_ = [data["name"], data["source"]["title"]]
    drop(data, "zone")
    for area in data["areas"]:
        drop(area, "area")
        texts_ += [area["name"], *area.get("focus", ()), *(p["name"] for p in area.get("sub_areas", ()))]
    for domain in data["domains"]:
        texts_.append(domain["title"])
        for measure in domain["measures"]:
            drop(measure, "measure")
            texts_ += [measure["title"], *measure["actions"]]
    for text in texts_:
        drop(text, "text")
    return zone, data
