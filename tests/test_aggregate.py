"""Tests of xinjiang_fta.aggregate: exact totals, shares, counts and the table of areas."""

from __future__ import annotations

import pickle
from datetime import date
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import xinjiang_fta as x
from xinjiang_fta import Area, DataVersion, Domain, Measure, Source, SubArea, SubAreaKind, Text, Zone
from xinjiang_fta._checks import short
from xinjiang_fta.aggregate import (
    AreaRow,
    action_counts,
    area_shares,
    area_table,
    measure_counts,
    sub_area_shares,
    sub_area_totals,
)

from .strategies import long_texts, sizes, zone_settings, zones

# Areas and parts of generated zones with sizes of up to 40 digits: any rounding shows.
long_zones = zones(area_sizes=sizes)

XPCC, BONDED = SubAreaKind.XPCC_DIVISION, SubAreaKind.BONDED_ZONE
T = Text("テキスト", "text")


def _zone(areas: list[Area]) -> Zone:
    return Zone(
        "z",
        T,
        areas,
        [Domain(1, T, [Measure(1, T, [T, T]), Measure(2, T, [T])]), Domain(2, T, [Measure(3, T, [T])])],
        Source(T, "issuer", date(2023, 10, 21), date(2023, 10, 31)),
        DataVersion("1", date(2023, 10, 21)),
    )


# --- the bundled figures -------------------------------------------------------------------


def test_the_bundled_totals() -> None:
    assert x.ZONE.total_area_km2 == Decimal("179.66")
    assert sub_area_totals() == {XPCC: Decimal("36.56"), BONDED: Decimal("9.58")}
    assert x.aggregate.sub_area_totals(zone=x.ZONE) == sub_area_totals()


def test_an_area_has_no_total_of_its_parts() -> None:
    """A corps part and a bonded zone of one area may overlap (the source does not say), so no sum of them."""
    assert not hasattr(x.URUMQI, "sub_area_total_km2")


def test_the_bundled_shares() -> None:
    shares = x.aggregate.area_shares()
    assert shares == {
        "urumqi": Fraction(13460, 17966),
        "kashgar": Fraction(2848, 17966),
        "horgos": Fraction(1658, 17966),
    }
    assert list(shares) == ["urumqi", "kashgar", "horgos"]
    assert sum(shares.values()) == 1
    assert x.aggregate.area_shares(zone=x.ZONE) == shares
    assert x.aggregate.sub_area_shares(x.KASHGAR) == (Fraction(381, 2848), Fraction(356, 2848))
    assert [str(s) for s in sub_area_shares(x.HORGOS)] == ["195/1658", "361/1658"]
    assert sub_area_shares(x.URUMQI) == (Fraction(308, 1346), Fraction(241, 13460))


def test_the_bundled_counts() -> None:
    assert x.aggregate.measure_counts() == {1: 3, 2: 2, 3: 3, 4: 3, 5: 4, 6: 3, 7: 3, 8: 4}
    assert x.aggregate.action_counts() == {1: 7, 2: 4, 3: 9, 4: 9, 5: 7, 6: 5, 7: 4, 8: 7}
    assert sum(measure_counts().values()) == len(x.MEASURES) == 25
    assert sum(action_counts().values()) == 52
    assert measure_counts(zone=x.ZONE) == measure_counts()
    assert action_counts(zone=x.ZONE) == action_counts()


def test_the_bundled_area_table() -> None:
    rows = x.aggregate.area_table()
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
    assert rows[0].share_of_zone == Fraction(6730, 8983)
    assert rows[1].share_of_area == Fraction(308, 1346)
    assert rows[1].share_of_zone == Fraction(3080, 17966)
    assert rows[5].share_of_area == Fraction(1, 8)
    assert attrs.asdict(rows[3])["share_of_area"] == 1
    assert area_table(zone=x.ZONE) == rows


def test_an_area_row_is_flat_and_frozen() -> None:
    row = area_table()[1]
    assert [f.name for f in attrs.fields(AreaRow)] == [
        "area_id",
        "part",
        "kind",
        "name_ja",
        "name_en",
        "name_zh",
        "area_km2",
        "share_of_zone",
        "share_of_area",
    ]
    assert attrs.astuple(row) == (
        "urumqi",
        1,
        XPCC,
        "新疆生産建設兵団第12師団",
        "XPCC 12th Division",
        "新疆生产建设兵团第十二师",
        Decimal("30.8"),
        Fraction(3080, 17966),
        Fraction(308, 1346),
    )
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        row.part = 2  # type: ignore[misc]


def test_an_area_row_shows_its_area_part_name_and_size() -> None:
    rows = area_table()
    assert repr(rows[0]) == "AreaRow('urumqi', 'Urumqi Area', 134.6 km²)"
    assert repr(rows[1]) == "AreaRow('urumqi', 1, 'XPCC 12th Division', 30.8 km²)"


@given(
    st.builds(
        AreaRow,
        area_id=long_texts | st.text(min_size=1),
        part=st.none() | st.integers(1, 99),
        kind=st.none() | st.sampled_from(SubAreaKind),
        name_ja=long_texts,
        name_en=long_texts | st.text(min_size=1),
        name_zh=st.none() | long_texts,
        area_km2=sizes,
        share_of_zone=st.fractions(0, 1),
        share_of_area=st.fractions(0, 1),
    )
)
def test_every_repr_of_an_area_row_is_one_line_of_at_most_200_characters(row: AreaRow) -> None:
    shown = repr(row)
    assert len(shown) <= 200
    assert shown.isprintable()
    assert shown.startswith(f"AreaRow({short(row.area_id)}, ")
    assert short(row.name_en) in shown


@pytest.mark.parametrize("wrong", ["urumqi", None, x.ZONE, x.URUMQI.sub_areas[0]])
def test_sub_area_shares_of_anything_but_an_area_is_a_type_error(wrong: object) -> None:
    with pytest.raises(TypeError, match=f"^area must be an Area, not {type(wrong).__name__}$"):
        sub_area_shares(wrong)  # type: ignore[arg-type]


def test_an_equal_zone_gives_equal_figures() -> None:
    copy = pickle.loads(pickle.dumps(x.ZONE))
    assert copy is not x.ZONE
    assert sub_area_totals(zone=copy) == sub_area_totals()
    assert area_shares(zone=copy) == area_shares()
    assert area_table(zone=copy) == area_table()


def test_a_zone_without_parts_or_of_one_kind() -> None:
    lone = Area("lone", T, Decimal("2.5"))
    bonded = Area("b", T, Decimal("7.5"), sub_areas=(SubArea(BONDED, T, Decimal("7.5")),))
    zone = _zone([lone, bonded])
    assert sub_area_totals(zone=zone) == {XPCC: Decimal(0), BONDED: Decimal("7.5")}
    assert area_shares(zone=zone) == {"lone": Fraction(1, 4), "b": Fraction(3, 4)}
    assert sub_area_shares(lone) == ()
    assert sub_area_shares(bonded) == (Fraction(1),)
    assert measure_counts(zone=zone) == {1: 2, 2: 1}
    assert action_counts(zone=zone) == {1: 3, 2: 1}
    rows = area_table(zone=zone)
    assert [(r.area_id, r.part, r.kind, r.share_of_zone, r.share_of_area) for r in rows] == [
        ("lone", None, None, Fraction(1, 4), Fraction(1)),
        ("b", None, None, Fraction(3, 4), Fraction(1)),
        ("b", 1, BONDED, Fraction(3, 4), Fraction(1)),
    ]
    assert rows[0].name_zh is None


def test_long_decimals_add_up_without_rounding() -> None:
    """28 digits would round these; the sums and shares are exact."""
    big, small = Decimal("12345678901234567890.123456789"), Decimal("0.000000000000000000000000001")
    twice = Decimal("24691357802469135780.246913578")  # big + big would round to 28 digits
    parts = (SubArea(XPCC, T, big), SubArea(XPCC, T, small), SubArea(BONDED, T, small))
    zone = _zone([Area("a", T, twice, sub_areas=parts), Area("b", T, small)])
    totals = sub_area_totals(zone=zone)
    assert totals[XPCC] == Decimal("12345678901234567890.123456789000000000000000001")
    assert totals[BONDED] == small
    assert sum(area_shares(zone=zone).values()) == 1
    assert area_shares(zone=zone)["b"] == Fraction(1, 24691357802469135780246913578000000000000000001)
    assert zone.total_area_km2 == Decimal("24691357802469135780.246913578000000000000000001")
    assert area_table(zone=zone)[-1].share_of_area == 1


@pytest.mark.parametrize(
    "function", [sub_area_totals, area_shares, measure_counts, action_counts, area_table]
)
def test_a_zone_that_is_not_a_zone_is_a_type_error(function: object) -> None:
    with pytest.raises(TypeError, match="zone must be a Zone or None"):
        function(zone="xinjiang")  # type: ignore[operator]


# --- properties over generated zones -------------------------------------------------------


@zone_settings
@given(long_zones)
def test_totals_and_counts_equal_the_sums_and_lengths_of_their_parts(zone: Zone) -> None:
    totals = sub_area_totals(zone=zone)
    assert list(totals) == list(SubAreaKind)
    for kind, total in totals.items():
        expected = Fraction(0)
        for record in zone.areas:
            expected += sum((Fraction(p.area_km2) for p in record.sub_areas if p.kind is kind), Fraction(0))
        assert isinstance(total, Decimal)
        assert Fraction(total) == expected
    every_part = sum((Fraction(p.area_km2) for a in zone.areas for p in a.sub_areas), Fraction(0))
    assert sum(map(Fraction, totals.values()), Fraction(0)) == every_part
    for record in zone.areas:
        shares = sub_area_shares(record)
        assert len(shares) == len(record.sub_areas)
        for part, share in zip(record.sub_areas, shares, strict=True):
            assert isinstance(share, Fraction)
            assert share * Fraction(record.area_km2) == Fraction(part.area_km2)
            assert 0 < share <= 1
    measures, actions = measure_counts(zone=zone), action_counts(zone=zone)
    assert list(measures) == list(actions) == [d.number for d in zone.domains]
    for group in zone.domains:
        assert measures[group.number] == len(group.measures)
        assert actions[group.number] == len([a for m in group.measures for a in m.actions])
    assert sum(measures.values()) == len(zone.measures)


@zone_settings
@given(long_zones)
def test_the_shares_sum_to_exactly_one_and_the_table_has_each_area_then_its_parts(zone: Zone) -> None:
    shares = area_shares(zone=zone)
    assert list(shares) == [a.id for a in zone.areas]
    assert all(isinstance(s, Fraction) for s in shares.values())
    assert sum(shares.values(), Fraction(0)) == 1
    for record in zone.areas:
        assert shares[record.id] * Fraction(zone.total_area_km2) == Fraction(record.area_km2)
    rows = area_table(zone=zone)
    expected = [(a.id, None, a.area_km2) for a in zone.areas]
    assert len(rows) == len(zone.areas) + sum(len(a.sub_areas) for a in zone.areas)
    area_rows = [r for r in rows if r.part is None]
    assert [(r.area_id, r.part, r.area_km2) for r in area_rows] == expected
    assert sum(r.share_of_zone for r in area_rows) == 1
    position = 0
    for record in zone.areas:
        head = rows[position]
        assert (head.area_id, head.kind, head.share_of_area) == (record.id, None, Fraction(1))
        assert (head.name_ja, head.name_en, head.name_zh) == (record.name.ja, record.name.en, record.name.zh)
        for i, part in enumerate(record.sub_areas, 1):
            row = rows[position + i]
            assert (row.area_id, row.part, row.kind) == (record.id, i, part.kind)
            assert (row.name_ja, row.name_en, row.name_zh) == (part.name.ja, part.name.en, part.name.zh)
            assert row.area_km2 == part.area_km2
            assert row.share_of_area * Fraction(record.area_km2) == Fraction(part.area_km2)
            assert row.share_of_zone * Fraction(zone.total_area_km2) == Fraction(part.area_km2)
        position += 1 + len(record.sub_areas)
    assert all(isinstance(r, AreaRow) for r in rows)
    assert not any(isinstance(v, float) for r in rows for v in attrs.astuple(r))
