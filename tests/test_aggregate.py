"""Tests of xinjiang_fta.aggregate: exact totals, shares, counts and the table of areas."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import attrs
from hypothesis import given

import xinjiang_fta as x
from xinjiang_fta import AreaRow, SubAreaKind, Zone

from .strategies import sizes, zone_settings, zones

# Areas and parts of generated zones with sizes of up to 40 digits: any rounding shows.
long_zones = zones(area_sizes=sizes)

XPCC, BONDED = SubAreaKind.XPCC_DIVISION, SubAreaKind.BONDED_ZONE

# --- the bundled figures -------------------------------------------------------------------


def test_the_bundled_totals() -> None:
    assert x.ZONE.total_area_km2 == Decimal("179.66")
    assert x.sub_area_totals() == {XPCC: Decimal("36.56"), BONDED: Decimal("9.58")}
    assert x.ZONE.sub_area_totals() == x.sub_area_totals()
    assert [a.sub_area_total_km2 for a in x.AREAS] == [Decimal("33.21"), Decimal("7.37"), Decimal("5.56")]


def test_the_bundled_shares() -> None:
    shares = x.area_shares()
    assert shares == {
        "urumqi": Fraction(13460, 17966),
        "kashgar": Fraction(2848, 17966),
        "horgos": Fraction(1658, 17966),
    }
    assert sum(shares.values()) == 1
    assert x.KASHGAR.sub_area_shares() == (Fraction(381, 2848), Fraction(356, 2848))


def test_the_bundled_counts() -> None:
    assert x.measure_counts() == {1: 3, 2: 2, 3: 3, 4: 3, 5: 4, 6: 3, 7: 3, 8: 4}
    assert x.action_counts() == {1: 7, 2: 4, 3: 9, 4: 9, 5: 7, 6: 5, 7: 4, 8: 7}
    assert sum(x.measure_counts().values()) == len(x.MEASURES) == 25
    assert sum(x.action_counts().values()) == 52


def test_the_bundled_area_table() -> None:
    rows = x.area_table()
    assert [(r.area_id, r.part, r.kind, r.name_en, r.area_km2) for r in rows] == [
        ("urumqi", None, None, "Urumqi Area", Decimal("134.6")),
        ("urumqi", 1, XPCC, "XPCC 12th Division", Decimal("30.8")),
        ("urumqi", 2, BONDED, "Urumqi Comprehensive Bonded Zone", Decimal("2.41")),
        ("kashgar", None, None, "Kashgar Area", Decimal("28.48")),
        ("kashgar", 1, XPCC, "XPCC 3rd Division", Decimal("3.81")),
        ("kashgar", 2, BONDED, "Kashgar Comprehensive Bonded Zone", Decimal("3.56")),
        ("horgos", None, None, "Horgos Area", Decimal("16.58")),
        ("horgos", 1, XPCC, "XPCC 4th Division", Decimal("1.95")),
        ("horgos", 2, BONDED, "Horgos Comprehensive Bonded Zone", Decimal("3.61")),
    ]
    assert rows[0].name_ja == "ウルムチエリア"
    assert rows[0].name_zh == "乌鲁木齐片区"
    assert rows[1].share_of_area == Fraction(308, 1346)
    assert rows[1].share_of_zone == Fraction(3080, 17966)
    assert attrs.asdict(rows[3])["share_of_area"] == 1


# --- properties over generated zones -------------------------------------------------------


@zone_settings
@given(long_zones)
def test_the_areas_shares_sum_to_exactly_one(zone: Zone) -> None:
    shares = zone.area_shares()
    assert list(shares) == [a.id for a in zone.areas]
    assert all(isinstance(s, Fraction) for s in shares.values())
    assert sum(shares.values(), Fraction(0)) == 1
    for area in zone.areas:
        assert shares[area.id] * Fraction(zone.total_area_km2) == Fraction(area.area_km2)


@zone_settings
@given(long_zones)
def test_totals_equal_the_sums_of_their_parts(zone: Zone) -> None:
    totals = zone.sub_area_totals()
    assert list(totals) == list(SubAreaKind)
    for kind, total in totals.items():
        expected = Fraction(0)
        for area in zone.areas:
            expected += sum((Fraction(p.area_km2) for p in area.sub_areas if p.kind is kind), Fraction(0))
        assert isinstance(total, Decimal)
        assert Fraction(total) == expected
    every_part = sum((Fraction(p.area_km2) for a in zone.areas for p in a.sub_areas), Fraction(0))
    assert sum(map(Fraction, totals.values()), Fraction(0)) == every_part
    for area in zone.areas:
        assert isinstance(area.sub_area_total_km2, Decimal)
        assert Fraction(area.sub_area_total_km2) == sum(
            map(Fraction, (p.area_km2 for p in area.sub_areas)), 0
        )
        shares = area.sub_area_shares()
        assert len(shares) == len(area.sub_areas)
        for part, share in zip(area.sub_areas, shares, strict=True):
            assert share * Fraction(area.area_km2) == Fraction(part.area_km2)
            assert 0 < share <= 1


@zone_settings
@given(long_zones)
def test_counts_equal_lengths(zone: Zone) -> None:
    measures, actions = zone.measure_counts(), zone.action_counts()
    assert list(measures) == list(actions) == [d.number for d in zone.domains]
    for domain in zone.domains:
        assert measures[domain.number] == len(domain.measures)
        assert actions[domain.number] == len([a for m in domain.measures for a in m.actions])
    assert sum(measures.values()) == len(zone.measures)


@zone_settings
@given(long_zones)
def test_the_area_table_has_each_area_then_its_parts(zone: Zone) -> None:
    rows = zone.area_table()
    expected = [(a.id, None, a.area_km2) for a in zone.areas]
    assert len(rows) == len(zone.areas) + sum(len(a.sub_areas) for a in zone.areas)
    area_rows = [r for r in rows if r.part is None]
    assert [(r.area_id, r.part, r.area_km2) for r in area_rows] == expected
    assert sum(r.share_of_zone for r in area_rows) == 1
    position = 0
    for area in zone.areas:
        assert rows[position].area_id == area.id
        assert rows[position].share_of_area == 1
        for i, part in enumerate(area.sub_areas, 1):
            row = rows[position + i]
            assert (row.area_id, row.part, row.kind, row.name_en) == (area.id, i, part.kind, part.name.en)
            assert row.share_of_area * Fraction(area.area_km2) == Fraction(part.area_km2)
            assert row.share_of_zone * Fraction(zone.total_area_km2) == Fraction(part.area_km2)
        position += 1 + len(area.sub_areas)
    assert all(isinstance(r, AreaRow) for r in rows)
    assert not any(isinstance(v, float) for r in rows for v in attrs.astuple(r))
