"""Tests of xinjiang_fta.records: construction, validation, immutability, totals."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
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

from .strategies import areas, domains_from, sizes, sources, texts, zones

T = Text("テキスト", "text")


def _measure(number: int) -> Measure:
    return Measure(number, T, [T])


def _zone(**changes: object) -> Zone:
    fields: dict[str, object] = {
        "id": "z",
        "name": T,
        "areas": [Area("a", T, Decimal("10"))],
        "domains": [Domain(1, T, [_measure(1)])],
        "source": Source(T, "issuer", date(2023, 10, 21), date(2023, 10, 31)),
        "data_version": DataVersion("1", date(2023, 10, 21)),
    }
    fields.update(changes)
    return Zone(**fields)  # type: ignore[arg-type]


# --- valid records -------------------------------------------------------------------------


@given(zones())
def test_generated_zones_construct_and_compare_equal_to_a_copy(zone: Zone) -> None:
    assert attrs.evolve(zone) == zone
    assert zone.measures == tuple(m for d in zone.domains for m in d.measures)


@given(zones())
def test_total_area_is_the_exact_sum_of_the_areas(zone: Zone) -> None:
    expected = Decimal(0)
    for area in zone.areas:
        expected += area.area_km2  # sizes have 2 places: well within the default precision
    assert zone.total_area_km2 == expected
    assert isinstance(zone.total_area_km2, Decimal)


def test_total_area_does_not_round_long_decimals() -> None:
    long = "1." + "1" * 40
    zone = _zone(areas=[Area("a", T, long), Area("b", T, long)])
    assert zone.total_area_km2 == Decimal("2." + "2" * 40)


@given(zones())
def test_measures_are_numbered_one_to_n_in_order(zone: Zone) -> None:
    assert [m.number for m in zone.measures] == list(range(1, len(zone.measures) + 1))


@given(texts)
def test_text_str_is_japanese_and_get_gives_each_language(text: Text) -> None:
    assert str(text) == text.ja
    assert (text.get("ja"), text.get("en"), text.get("zh")) == (text.ja, text.en, text.zh)


def test_text_get_rejects_an_unknown_language() -> None:
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        T.get("fr")  # type: ignore[arg-type]


def test_sizes_accept_decimal_strings_and_ints_exactly() -> None:
    assert Area("a", T, "134.6").area_km2 == Decimal("134.6")
    assert Area("a", T, 7).area_km2 == Decimal(7)
    assert SubArea(SubAreaKind.BONDED_ZONE, T, " 2.41 ").area_km2 == Decimal("2.41")


def test_tuple_fields_accept_any_iterable_and_store_tuples() -> None:
    area = Area("a", T, "1", sub_areas=[], focus=iter([T]), aliases=["x"])
    assert area.focus == (T,)
    assert area.aliases == ("x",)
    assert isinstance(area.sub_areas, tuple)


def test_str_of_provenance_and_version() -> None:
    assert str(SourceRef(1, 3)) == "表1 row 3"
    assert str(DataVersion("2.0.1", date(2024, 1, 2))) == "2.0.1 (as of 2024-01-02)"


# --- immutability ------------------------------------------------------------------------------


@given(zones())
def test_records_are_immutable(zone: Zone) -> None:
    area = zone.areas[0]
    domain = zone.domains[0]
    for record, field in [
        (zone, "areas"),
        (area, "area_km2"),
        (area.name, "ja"),
        (domain, "measures"),
        (domain.measures[0], "actions"),
        (zone.source, "dated"),
    ]:
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(record, field, None)
    assert isinstance(zone.areas, tuple)
    assert isinstance(domain.measures[0].actions, tuple)


def test_records_have_no_instance_dict() -> None:
    assert not hasattr(T, "__dict__")  # slotted: no attribute can be added


# --- invariant violations ------------------------------------------------------------------------

bad_sizes = st.decimals(max_value=Decimal(0), allow_nan=False, allow_infinity=False) | st.sampled_from(
    [Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity"), Decimal("-0")]
)


@given(bad_sizes)
def test_zero_negative_and_non_finite_sizes_are_rejected(size: Decimal) -> None:
    with pytest.raises(ValueError, match="Area 'a': size must be"):
        Area("a", T, size)
    with pytest.raises(ValueError, match="SubArea 'text': size must be"):
        SubArea(SubAreaKind.XPCC_DIVISION, T, size)


@given(sizes, st.decimals(min_value=Decimal("0.001"), max_value=Decimal(1000), places=3))
def test_a_part_larger_than_its_area_is_rejected(size: Decimal, excess: Decimal) -> None:
    part = SubArea(SubAreaKind.BONDED_ZONE, T, size + excess)
    with pytest.raises(ValueError, match=r"Area 'a': part 'text' .* is larger than the area"):
        Area("a", T, size, sub_areas=[part])


@given(sizes)
def test_a_part_as_large_as_its_area_is_accepted(size: Decimal) -> None:
    assert Area("a", T, size, [SubArea(SubAreaKind.BONDED_ZONE, T, size)]).sub_areas[0].area_km2 == size


@pytest.mark.parametrize("value", [1.5, True, None, [1]])
def test_sizes_refuse_floats_and_other_types(value: object) -> None:
    with pytest.raises(TypeError, match="size must be"):
        Area("a", T, value)


def test_sizes_refuse_strings_that_are_not_numbers() -> None:
    with pytest.raises(ValueError, match="not a decimal number: 'abc'"):
        Area("a", T, "abc")


@given(st.sampled_from(["", " ", "\n", "\u3000"]), st.sampled_from(["ja", "en", "zh"]))
def test_blank_texts_are_rejected(blank: str, lang: str) -> None:
    fields = {"ja": "ja", "en": "en", "zh": "zh", lang: blank}
    with pytest.raises(ValueError, match=f"Text.{lang}.* must not be empty"):
        Text(**fields)


@pytest.mark.parametrize("bad_id", ["", "Urumqi", "1a", "a-b", "a b", "ü"])
def test_area_and_zone_ids_must_be_lowercase_identifiers(bad_id: str) -> None:
    with pytest.raises(ValueError, match=r"Area id .* must be lowercase"):
        Area(bad_id, T, 1)
    with pytest.raises(ValueError, match=r"Zone id .* must be lowercase"):
        _zone(id=bad_id)


def test_blank_aliases_and_issuers_are_rejected() -> None:
    with pytest.raises(ValueError, match="Area 'a': an alias must not be empty"):
        Area("a", T, 1, aliases=[" "])
    with pytest.raises(ValueError, match=r"Source.issuer must not be empty"):
        Source(T, "", date(2023, 1, 1), date(2023, 1, 1))
    with pytest.raises(ValueError, match=r"DataVersion.version must not be empty"):
        DataVersion(" ", date(2023, 1, 1))


def test_source_cannot_be_published_before_its_date() -> None:
    with pytest.raises(ValueError, match=r"Source: published .* must not be before dated"):
        Source(T, "x", date(2023, 10, 31), date(2023, 10, 21))


@given(st.integers(max_value=0))
def test_numbers_count_from_one(number: int) -> None:
    with pytest.raises(ValueError, match=f"Measure {number}: number must be"):
        Measure(number, T, [T])
    with pytest.raises(ValueError, match=f"Domain {number}: number must be"):
        Domain(number, T, [_measure(1)])
    with pytest.raises(ValueError, match="SourceRef: row: number must be"):
        SourceRef(1, number)
    with pytest.raises(ValueError, match="SourceRef: table: number must be"):
        SourceRef(number, 1)
    with pytest.raises(ValueError, match="Zone 'z': ordinal: number must be"):
        _zone(ordinal=number)


def test_booleans_are_not_numbers() -> None:
    with pytest.raises(ValueError, match="Measure True: number must be"):
        Measure(True, T, [T])
    with pytest.raises(ValueError, match="Domain True: number must be"):
        Domain(True, T, [_measure(1)])
    with pytest.raises(ValueError, match="SourceRef: table: number must be"):
        SourceRef(True, 1)
    with pytest.raises(ValueError, match="SourceRef: row: number must be"):
        SourceRef(1, True)
    with pytest.raises(ValueError, match="Zone 'z': ordinal: number must be"):
        _zone(ordinal=True)


def test_measures_need_actions_and_domains_need_measures() -> None:
    with pytest.raises(ValueError, match="Measure 1: must have at least one action"):
        Measure(1, T, [])
    with pytest.raises(ValueError, match="Domain 1: must have at least one measure"):
        Domain(1, T, [])


def test_zones_need_areas_and_domains() -> None:
    with pytest.raises(ValueError, match="Zone 'z': must have at least one area"):
        _zone(areas=[])
    with pytest.raises(ValueError, match="Zone 'z': must have at least one domain"):
        _zone(domains=[])


@given(zones())
def test_repeated_area_ids_are_rejected(zone: Zone) -> None:
    doubled = (*zone.areas, zone.areas[0])
    with pytest.raises(ValueError, match=f"area ids must be unique, repeated: {zone.areas[0].id}"):
        attrs.evolve(zone, areas=doubled)


@given(domains_from(), st.data())
def test_domain_numbers_must_be_consecutive_from_one(domains: list[Domain], data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(domains) - 1))
    wrong = data.draw(st.integers(1, 50).filter(lambda n: n != i + 1))
    broken = [*domains]
    broken[i] = attrs.evolve(domains[i], number=wrong)
    with pytest.raises(ValueError, match="domain numbers must run 1, 2, 3"):
        _zone(domains=broken)


@given(domains_from(), st.data())
def test_measure_numbers_must_be_consecutive_across_domains(
    domains: list[Domain], data: st.DataObject
) -> None:
    i = data.draw(st.integers(0, len(domains) - 1))
    measures = list(domains[i].measures)
    j = data.draw(st.integers(0, len(measures) - 1))
    wrong = data.draw(st.integers(1, 50).filter(lambda n: n != measures[j].number))
    measures[j] = attrs.evolve(measures[j], number=wrong)
    broken = [*domains]
    broken[i] = attrs.evolve(domains[i], measures=measures)
    with pytest.raises(ValueError, match="measure numbers must run 1, 2, 3"):
        _zone(domains=broken)


@given(areas(), sources())
def test_wrong_types_are_rejected_with_type_error(area: Area, source: Source) -> None:
    with pytest.raises(TypeError):
        Area(area.id, area.name.ja, area.area_km2)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Domain(1, T, [area])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        Source(source.title, source.issuer, "2023-10-21", source.published)  # type: ignore[arg-type]


# --- repr, equality and hash, written once for every record ----------------------------

RECORD_CLASSES = (Text, SubArea, SourceRef, Area, Measure, Domain, Source, DataVersion, Zone)


def _records_of(zone: Zone) -> list[object]:
    """The zone and one record of every class in it, where it has one."""
    found: list[object] = [zone, zone.name, zone.source, zone.data_version, *zone.areas, *zone.domains]
    for area in zone.areas:
        found += [*area.sub_areas, *area.focus]
        found += [area.source_ref] if area.source_ref is not None else []
    for measure in zone.measures:
        found += [measure, *measure.actions]
    return found


_TWINS: dict[type, type] = {}


def _twin(cls: type) -> type:
    """A plain attrs class of the same name and fields as *cls*, with the repr attrs generates."""
    if cls not in _TWINS:
        fields = {a.name: attrs.field(repr=a.repr) for a in attrs.fields(cls)}
        _TWINS[cls] = attrs.make_class(cls.__name__, fields, repr=True)
    return _TWINS[cls]


def _attrs_repr(record: Any) -> str:
    """The repr attrs itself would give *record*."""
    names = [a.name for a in attrs.fields(type(record))]
    return repr(_twin(type(record))(*(getattr(record, n) for n in names)))


def test_every_record_class_takes_repr_eq_and_hash_from_the_shared_base() -> None:
    for cls in RECORD_CLASSES:
        assert attrs.has(cls)
        assert "__repr__" not in vars(cls)
        assert "__eq__" not in vars(cls)
        assert "__hash__" not in vars(cls)


@settings(max_examples=25)
@given(zones())
def test_repr_is_the_one_attrs_generates(zone: Zone) -> None:
    for record in _records_of(zone):
        assert repr(record) == _attrs_repr(record)


def test_repr_names_the_fields_in_order() -> None:
    assert repr(SourceRef(1, 2)) == "SourceRef(table=1, row=2)"
    assert repr(T) == "Text(ja='テキスト', en='text', zh=None)"


@settings(max_examples=25)
@given(zones())
def test_equal_copies_are_equal_and_hash_alike(zone: Zone) -> None:
    for record in _records_of(zone):
        copy = attrs.evolve(record)  # type: ignore[misc]
        assert copy is not record
        assert copy == record
        assert not copy != record  # noqa: SIM202
        assert hash(copy) == hash(record)
    assert len({zone, attrs.evolve(zone)}) == 1


@given(texts, texts)
def test_records_differing_in_a_field_are_unequal(a: Text, b: Text) -> None:
    assert (a == b) == ((a.ja, a.en, a.zh) == (b.ja, b.en, b.zh))
    if a != b:
        assert a != attrs.evolve(a, ja=b.ja) or a != attrs.evolve(a, en=b.en) or a != attrs.evolve(a, zh=b.zh)


def test_records_are_never_equal_to_other_classes_with_the_same_values() -> None:
    twin = attrs.make_class("SourceRef", ["table", "row"], frozen=True)
    assert SourceRef(1, 2) != twin(1, 2)
    assert SourceRef(1, 2) != (1, 2)
    assert SourceRef(1, 2).__eq__((1, 2)) is NotImplemented
    assert DataVersion("1", date(2023, 10, 21)) != DataVersion("2", date(2023, 10, 21))


@given(st.text(max_size=6) | st.text("abcz09_AZ-é\n ", max_size=6))
def test_identifier_rule_is_the_documented_pattern(value: str) -> None:
    import re

    from xinjiang_fta.records import _is_id

    assert _is_id(value) == bool(re.fullmatch(r"[a-z][a-z0-9_]*", value))


def test_fields_declared_without_repr_or_eq_are_left_out_of_them() -> None:
    from xinjiang_fta.records import _Record

    @attrs.frozen(repr=False, eq=False)
    class Cached(_Record):
        value: int
        cache: dict[str, int] = attrs.field(factory=dict, eq=False, repr=False)

    one, other = Cached(1, {"a": 1}), Cached(1, {"b": 2})
    assert repr(one) == "Cached(value=1)"
    assert one == other
    assert hash(one) == hash(other)
    assert one != Cached(2)
