"""A zone from its plain JSON data, by hand: the fast path that reads the bundled file.

Reading the bundled zone through the cattrs converter would import cattrs (and what
it imports) on the way to a user's first lookup, which costs more than the rest of the
package together. This module builds the same records from the same JSON data with
nothing but the record classes; a test proves it gives records equal to the
converter's, for the bundled file and for generated zones. The converter stays the one
public way to read and write records; this path reads only the package's own data.
The records validate themselves on construction, as they do under the converter.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ._exact import to_decimal
from .records import (
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

__all__ = ["structure_zone"]

Data = dict[str, Any]


def structure_zone(data: Data) -> Zone:
    """Return the :class:`Zone` of *data*, the zone's JSON data as :func:`json.loads` gives it."""
    inaugurated = data.get("inaugurated")
    return Zone(
        id=data["id"],
        name=_text(data["name"]),
        areas=[_area(a) for a in data["areas"]],
        domains=[_domain(d) for d in data["domains"]],
        source=_source(data["source"]),
        data_version=DataVersion(data["data_version"]["version"], _date(data["data_version"]["as_of"])),
        inaugurated=None if inaugurated is None else _date(inaugurated),
        ordinal=data.get("ordinal"),
    )


def _text(data: Data) -> Text:
    return Text(data["ja"], data["en"], data.get("zh"))


def _date(value: str) -> date:
    return date.fromisoformat(value)


def _source_ref(data: Data | None) -> SourceRef | None:
    return None if data is None else SourceRef(data["table"], data["row"])


def _area(data: Data) -> Area:
    return Area(
        id=data["id"],
        name=_text(data["name"]),
        area_km2=to_decimal(data["area_km2"]),
        sub_areas=[
            SubArea(SubAreaKind(p["kind"]), _text(p["name"]), to_decimal(p["area_km2"]))
            for p in data.get("sub_areas", ())
        ],
        focus=[_text(t) for t in data.get("focus", ())],
        aliases=data.get("aliases", ()),
        source_ref=_source_ref(data.get("source_ref")),
    )


def _domain(data: Data) -> Domain:
    return Domain(
        number=data["number"],
        title=_text(data["title"]),
        measures=[
            Measure(
                number=m["number"],
                title=_text(m["title"]),
                actions=[_text(t) for t in m["actions"]],
                source_ref=_source_ref(m.get("source_ref")),
            )
            for m in data["measures"]
        ],
    )


def _source(data: Data) -> Source:
    return Source(
        title=_text(data["title"]),
        issuer=data["issuer"],
        dated=_date(data["dated"]),
        published=_date(data["published"]),
    )
