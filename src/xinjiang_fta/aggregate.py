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
    """One row of :func:`area_table`: an area (``part`` is ``None``) or one of its parts, as flat values.

    >>> import attrs
    >>> row = area_table()[5]
    >>> row, row.kind.value, row.share_of_area
    (AreaRow('kashgar', 2, 'Kashgar Comprehensive Bonded Zone', 3.56 km²), 'bonded_zone', Fraction(1, 8))
    >>> sorted(attrs.asdict(row))[:3]
    ['area_id', 'area_km2', 'kind']
    """

    area_id: str
    """The area's id, on its own row and on its parts'."""
    part: int | None
    """The part's place among its area's parts, from 1; ``None`` on the area's own row."""
    kind: SubAreaKind | None
    """What the part belongs to; ``None`` on the area's own row."""
    name_ja: str
    """The name in Japanese (the source)."""
    name_en: str
    """The name in English."""
    name_zh: str | None
    """The name in Chinese, if it has one."""
    area_km2: Decimal
    """The size in km², exact: of the area, or of the land in it that belongs to the part."""
    share_of_zone: Fraction
    """The size as an exact share of the zone's size."""
    share_of_area: Fraction
    """The size as an exact share of its area's size (1 on the area's own row)."""

    def __repr__(self) -> str:
        part = "" if self.part is None else f", {self.part}"
        return (
            f"AreaRow({short(self.area_id)}{part}, {short(self.name_en)}, {short_number(self.area_km2)} km²)"
        )


def sub_area_totals(*, zone: Zone | None = None) -> dict[SubAreaKind, Decimal]:
    """The exact total size in km² of the parts of each kind, over all areas; 0 for a kind with none.

    >>> totals = sub_area_totals()
    >>> totals[SubAreaKind.XPCC_DIVISION], totals[SubAreaKind.BONDED_ZONE]
    (Decimal('36.56'), Decimal('9.58'))
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

    >>> counts = action_counts()
    >>> counts[1], sum(counts.values())
    (7, 52)
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
        parts = enumerate(zip(area.sub_areas, sub_area_shares(area), strict=True), 1)
        places: list[tuple[int | None, SubAreaKind | None, Area | SubArea, Fraction]]
        places = [(None, None, area, Fraction(1)), *((i, p.kind, p, share) for i, (p, share) in parts)]
        for part, kind, place, of_area in places:  # the area's own row, then one for each part
            name, size = place.name, place.area_km2
            row = (area.id, part, kind, name.ja, name.en, name.zh, size, Fraction(size) / total, of_area)
            rows.append(AreaRow(*row))
    return tuple(rows)
