"""Exact totals, shares and counts of a zone (the bundled one, or ``zone=``), and a table of its areas.

Sizes add up as :class:`~decimal.Decimal`, shares are :class:`~fractions.Fraction`: no float, no rounding.
The source does not say whether an area's parts overlap, so nothing adds up the parts of one area.
"""

from decimal import Decimal
from fractions import Fraction

import attrs

from ._checks import short, short_number
from ._exact import exact_sum
from ._zone_index import zone_or_bundled
from .records import Area, SubArea, SubAreaKind, Zone

__all__ = ["AreaRow", "action_counts", "area_shares", "area_table"]
__all__ += ["measure_counts", "sub_area_shares", "sub_area_totals"]


@attrs.frozen(repr=False)
class AreaRow:
    """One row of :func:`area_table`: an area or one of its parts, as flat values.

    ``part`` is the part's place among its area's parts, from 1, and ``kind`` what it belongs to (both
    ``None`` on the area's own row); ``name_ja`` is the source's name, ``name_zh`` ``None`` if there is
    none; ``area_km2`` is the size of the area, or of the land in it that belongs to the part; the
    shares are of the zone's size and of the area's (1 on the area's own row); all exact.

    >>> row = area_table()[5]
    >>> row, row.kind.value, row.share_of_area
    (AreaRow('kashgar', 2, 'Kashgar Comprehensive Bonded Zone', 3.56 km²), 'bonded_zone', Fraction(1, 8))
    """

    area_id: str
    part: int | None
    kind: SubAreaKind | None
    name_ja: str
    name_en: str
    name_zh: str | None
    area_km2: Decimal
    share_of_zone: Fraction
    share_of_area: Fraction

    def __repr__(self) -> str:
        part = "" if self.part is None else f", {self.part}"
        size = short_number(self.area_km2)
        return f"AreaRow({short(self.area_id)}{part}, {short(self.name_en)}, {size} km²)"


def sub_area_totals(*, zone: Zone | None = None) -> dict[SubAreaKind, Decimal]:
    """The exact total size in km² of the parts of each kind, over all areas; 0 for a kind with none.

    >>> [str(total) for total in sub_area_totals().values()]  # corps divisions, bonded zones
    ['36.56', '9.58']
    """
    parts = [p for a in zone_or_bundled(zone).areas for p in a.sub_areas]
    return {kind: exact_sum(p.area_km2 for p in parts if p.kind is kind) for kind in SubAreaKind}


def area_shares(*, zone: Zone | None = None) -> dict[str, Fraction]:
    """Each area's exact share of the zone's size, by area id; the shares sum to exactly 1.

    >>> shares = area_shares()
    >>> shares["urumqi"], sum(shares.values())
    (Fraction(6730, 8983), Fraction(1, 1))
    """
    zone = zone_or_bundled(zone)
    total = Fraction(zone.total_area_km2)
    return {a.id: Fraction(a.area_km2) / total for a in zone.areas}


def sub_area_shares(area: Area) -> tuple[Fraction, ...]:
    """Each part's exact share of *area*'s size, in the order of its parts.

    >>> from xinjiang_fta import HORGOS
    >>> [str(s) for s in sub_area_shares(HORGOS)]
    ['195/1658', '361/1658']
    """
    if not isinstance(area, Area):
        raise TypeError(f"area must be an Area, not {type(area).__name__}")
    return tuple(Fraction(p.area_km2) / Fraction(area.area_km2) for p in area.sub_areas)


def measure_counts(*, zone: Zone | None = None) -> dict[int, int]:
    """The number of measures of each domain, by domain number.

    >>> measure_counts()
    {1: 3, 2: 2, 3: 3, 4: 3, 5: 4, 6: 3, 7: 3, 8: 4}
    """
    return {d.number: len(d.measures) for d in zone_or_bundled(zone).domains}


def action_counts(*, zone: Zone | None = None) -> dict[int, int]:
    """The number of actions of each domain (over its measures), by domain number.

    >>> action_counts()
    {1: 7, 2: 4, 3: 9, 4: 9, 5: 7, 6: 5, 7: 4, 8: 7}
    """
    return {d.number: sum(len(m.actions) for m in d.measures) for d in zone_or_bundled(zone).domains}


def area_table(*, zone: Zone | None = None) -> tuple[AreaRow, ...]:
    """The areas and their parts as flat rows, each area followed by its parts.

    >>> for row in area_table()[:3]:
    ...     print(row.area_id, row.part, row.name_en, row.area_km2, row.share_of_area)
    urumqi None Urumqi Area 134.6 1
    urumqi 1 XPCC 12th Division 30.8 154/673
    urumqi 2 Urumqi Comprehensive Bonded Zone 2.41 241/13460
    """
    zone = zone_or_bundled(zone)
    total = Fraction(zone.total_area_km2)
    rows = []
    for area in zone.areas:
        places: tuple[Area | SubArea, ...] = (area, *area.sub_areas)
        shares = (Fraction(1), *sub_area_shares(area))  # of the area's size: its own, then its parts'
        for i, (place, of_area) in enumerate(zip(places, shares, strict=True)):
            name, size = place.name, place.area_km2
            kind = place.kind if isinstance(place, SubArea) else None
            row = (area.id, i or None, kind, name.ja, name.en, name.zh, size, Fraction(size) / total, of_area)
            rows.append(AreaRow(*row))  # the area's own row (part None), then one for each part
    return tuple(rows)
