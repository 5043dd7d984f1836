"""The zone and its parts as frozen, typed attrs records, checked when built: the zone file's format."""

import enum
from collections import Counter
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import TypeVar

import attrs

from . import _checks
from ._checks import ID_PATTERN, by_type, plural, short, short_number
from ._exact import exact_sum, to_decimal
from .provenance import DataVersion, Source, SourceRef
from .texts import Text

__all__ = ["MAX_DIGITS", "Area", "Domain", "Measure", "SubArea", "SubAreaKind", "Zone"]

MAX_DIGITS = _checks.MAX_DIGITS
"""The most digits (50) of a number, and of a size before its point and after it."""

_T = TypeVar("_T")  # mypy takes no generic converter: each tuple field has a named one below
_WHERE = {"doc": "Where the record stands in the source, if known.", "column": "source"}


def _tuple(values: Iterable[_T]) -> tuple[_T, ...]:  # the converter of every tuple field, typed below
    if isinstance(values, str):  # a string is a collection of its letters: never what is meant
        raise TypeError(f"expected a collection such as a list, not the string {short(values)}")
    return tuple(values)


def _texts(values: Iterable[Text]) -> tuple[Text, ...]:
    return _tuple(values)


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return _tuple(values)


class _HTML:  # the Jupyter hook of the records a notebook shows as tables: Zone, Area, Domain, Measure
    __slots__ = ()

    def _repr_html_(self) -> str:
        from .html_view import to_html  # the one import up the layers, made only when a notebook asks

        return to_html(self)  # type: ignore[arg-type]


class SubAreaKind(enum.Enum):
    """What a part of an area belongs to."""

    XPCC_DIVISION = "xpcc_division"
    """A division of the Xinjiang Production and Construction Corps (新疆生产建设兵团)."""
    BONDED_ZONE = "bonded_zone"
    """A comprehensive bonded zone (综合保税区)."""


@attrs.frozen(repr=False, field_transformer=by_type)
class SubArea:
    """The land of an area that belongs to a corps division or a bonded zone, included in its size (含む).

    Its name is the division's or the zone's; its size is that of the land in the area only.
    """

    kind: SubAreaKind = attrs.field(metadata={"doc": "What the part belongs to."})
    name: Text = attrs.field(metadata={"doc": "The part's name."})
    area_km2: Decimal = attrs.field(
        converter=to_decimal,
        metadata={"doc": "The size in km², exact, of the land of the area that belongs to the part."},
    )

    def __attrs_post_init__(self) -> None:
        _checks.check_size(f"SubArea {short(self.name.en)}", self.area_km2)

    def __repr__(self) -> str:
        return f"SubArea({self.kind.value}, {short(self.name.en)}, {short_number(self.area_km2)} km²)"


def _sub_areas(values: Iterable[SubArea]) -> tuple[SubArea, ...]:
    return _tuple(values)


@attrs.frozen(repr=False, field_transformer=by_type)
class Area(_HTML):
    """One of the zone's areas (片区), with its size, its parts and its key fields (重点分野)."""

    id: str = attrs.field(
        metadata={"doc": "The area's id, such as 'urumqi'.", "key": True, "pattern": ID_PATTERN}
    )
    name: Text = attrs.field(metadata={"doc": "The area's name."})
    area_km2: Decimal = attrs.field(
        converter=to_decimal, metadata={"doc": "The area's size in km², exact; its parts are included in it."}
    )
    sub_areas: tuple[SubArea, ...] = attrs.field(
        default=(),
        converter=_sub_areas,
        metadata={"doc": "Its parts: the land in it of a corps division or a bonded zone."},
    )
    focus: tuple[Text, ...] = attrs.field(
        default=(),
        converter=_texts,
        metadata={"doc": "The key fields (重点分野), in source order.", "column": "text"},
    )
    aliases: tuple[str, ...] = attrs.field(
        default=(),
        converter=_strings,
        metadata={"doc": "Other names, such as 'Ürümqi'.", "table": "area_aliases", "column": "alias"},
    )
    source_ref: SourceRef | None = attrs.field(default=None, metadata=_WHERE)

    def __attrs_post_init__(self) -> None:
        _checks.check_id("Area", self.id)
        owner = f"Area {short(self.id)}"
        _checks.check_size(owner, self.area_km2)
        for part in (p for p in self.sub_areas if p.area_km2 > self.area_km2):
            sizes = f"({part.area_km2} km²) is larger than the area ({self.area_km2} km²)"
            raise ValueError(f"{owner}: part {short(part.name.en)} {sizes}")
        for alias in self.aliases:
            _checks.check_text(f"{owner}: an alias", alias)

    def __repr__(self) -> str:
        return f"Area({short(self.id)}, {short(self.name.en)}, {short_number(self.area_km2)} km²)"


@attrs.frozen(repr=False, field_transformer=by_type)
class Measure(_HTML):
    """One of the main measures (主な取り組み) of 表2: a numbered title and its actions."""

    number: int = attrs.field(
        metadata={"doc": "The measure's number (項目), from 1 across the zone.", "key": True, "minimum": 1}
    )
    title: Text = attrs.field(metadata={"doc": "The measure's title."})
    actions: tuple[Text, ...] = attrs.field(
        converter=_texts,
        metadata={"doc": "The lines marked ・, in source order.", "column": "text", "min_items": 1},
    )
    source_ref: SourceRef | None = attrs.field(default=None, metadata=_WHERE)

    def __attrs_post_init__(self) -> None:
        _checks.check_number(f"Measure {self.number}", self.number)
        if not self.actions:
            raise ValueError(f"Measure {self.number}: must have at least one action")

    def __repr__(self) -> str:
        actions = plural(len(self.actions), "action")
        return f"Measure({short_number(self.number)}, {short(self.title.en)}, {actions})"


def _measures(values: Iterable[Measure]) -> tuple[Measure, ...]:
    return _tuple(values)


@attrs.frozen(repr=False, field_transformer=by_type)
class Domain(_HTML):
    """A policy domain (分野) of 表2 and the measures grouped under it."""

    number: int = attrs.field(metadata={"doc": "The domain's number, from 1.", "key": True, "minimum": 1})
    title: Text = attrs.field(metadata={"doc": "The domain's title."})
    measures: tuple[Measure, ...] = attrs.field(
        converter=_measures, metadata={"doc": "The domain's measures, in number order.", "min_items": 1}
    )

    def __attrs_post_init__(self) -> None:
        _checks.check_number(f"Domain {self.number}", self.number)
        if not self.measures:
            raise ValueError(f"Domain {self.number}: must have at least one measure")

    def __repr__(self) -> str:
        measures = plural(len(self.measures), "measure")
        return f"Domain({short_number(self.number)}, {short(self.title.en)}, {measures})"


def _areas(values: Iterable[Area]) -> tuple[Area, ...]:
    return _tuple(values)


def _domains(values: Iterable[Domain]) -> tuple[Domain, ...]:
    return _tuple(values)


@attrs.frozen(repr=False, field_transformer=by_type)
class Zone(_HTML):
    """A pilot free trade zone: its areas (表1), its policy domains and measures (表2), and its source."""

    id: str = attrs.field(
        metadata={"doc": "The zone's id, such as 'xinjiang'.", "key": True, "pattern": ID_PATTERN}
    )
    name: Text = attrs.field(metadata={"doc": "The zone's name."})
    areas: tuple[Area, ...] = attrs.field(
        converter=_areas, metadata={"doc": "The zone's areas, in source order.", "min_items": 1}
    )
    domains: tuple[Domain, ...] = attrs.field(
        converter=_domains, metadata={"doc": "The policy domains, in number order.", "min_items": 1}
    )
    source: Source = attrs.field(metadata={"doc": "The document the data comes from."})
    data_version: DataVersion = attrs.field(
        metadata={"doc": "The data's version and as-of date.", "column": "data"}
    )
    inaugurated: date | None = attrs.field(
        default=None, metadata={"doc": "The day the zone was inaugurated, if known."}
    )
    ordinal: int | None = attrs.field(
        default=None,
        metadata={"doc": "Which of China's pilot free trade zones it is, in order.", "minimum": 1},
    )

    def __attrs_post_init__(self) -> None:
        _checks.check_id("Zone", self.id)
        owner = f"Zone {short(self.id)}"
        for records, noun in ((self.areas, "area"), (self.domains, "domain")):
            if not records:
                raise ValueError(f"{owner}: must have at least one {noun}")
        repeated = sorted(i for i, n in Counter(a.id for a in self.areas).items() if n > 1)
        if repeated:
            raise ValueError(f"{owner}: area ids must be unique, repeated: {', '.join(repeated)}")
        _checks.check_consecutive(f"{owner}: domain numbers", [d.number for d in self.domains])
        _checks.check_consecutive(f"{owner}: measure numbers", [m.number for m in self.measures])
        if self.ordinal is not None:
            _checks.check_number(f"{owner}: ordinal", self.ordinal)

    @property
    def measures(self) -> tuple[Measure, ...]:
        """Every measure of every domain, in number order."""
        return tuple(m for d in self.domains for m in d.measures)

    @property
    def total_area_km2(self) -> Decimal:
        """The zone's size in km²: the exact sum of its areas' sizes."""
        return exact_sum(a.area_km2 for a in self.areas)

    def __repr__(self) -> str:
        counts = (plural(len(self.areas), "area"), plural(len(self.domains), "domain"))
        return f"Zone({short(self.id)}, {', '.join(counts)}, {plural(len(self.measures), 'measure')})"
