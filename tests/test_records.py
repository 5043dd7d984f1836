"""Tests of xinjiang_fta.records: the zone tree's rules, immutability, equality, short reprs, and
the file format stated once (every field of every record in the schema, the tables and the strategies)."""

from __future__ import annotations

import enum
import pickle
import re
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from fractions import Fraction
from types import UnionType
from typing import Any, get_args, get_origin

import attrs
import pytest
from hypothesis import HealthCheck, Phase, example, find, given, settings
from hypothesis import strategies as st

import xinjiang_fta as x
from xinjiang_fta import provenance as provenance_module
from xinjiang_fta import records as records_module
from xinjiang_fta import texts as texts_module
from xinjiang_fta._checks import check_text, plural, short, short_number
from xinjiang_fta.export import zone_schema, zone_tables
from xinjiang_fta.provenance import DataVersion, Source, SourceRef
from xinjiang_fta.records import Area, Domain, Measure, SubArea, SubAreaKind, Zone
from xinjiang_fta.texts import Text

from .strategies import (
    areas,
    data_versions,
    domains_from,
    measures,
    sizes,
    source_refs,
    sources,
    sub_areas,
    texts,
    zone_settings,
    zones,
)
from .strategies import (
    records as records_of_class,
)

T = Text("テキスト", "text")


def exactly(message: str) -> str:
    """The pattern that matches *message* whole, for ``pytest.raises(match=...)``."""
    return f"^{re.escape(message)}\\Z"


def _build(cls: Any, *args: Any, **kwargs: Any) -> Callable[[], object]:
    """A call of *cls* with arguments a type checker would refuse: the tests of the run-time checks."""
    return lambda: cls(*args, **kwargs)


def _type_error(build: Callable[[], object]) -> str:
    """The message of the TypeError *build()* raises (attrs adds the field and the value as more args)."""
    with pytest.raises(TypeError) as caught:
        build()
    return str(caught.value.args[0])


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


def _unwrap(kind: Any) -> Any:
    """The record or value type a field holds: the X of ``X | None`` and of ``tuple[X, ...]``."""
    if isinstance(kind, UnionType):
        (kind,) = (a for a in get_args(kind) if a is not type(None))
    if get_origin(kind) is tuple:
        kind = get_args(kind)[0]
    return kind


def _reachable(cls: type) -> list[type]:
    """*cls* and every record class its fields lead to, each once, in the order first met."""
    found = [cls]
    for cls in found:
        for field in attrs.fields(cls):
            kind = _unwrap(field.type)
            if attrs.has(kind) and kind not in found:
                found.append(kind)
    return found


RECORD_CLASSES = _reachable(Zone)
FIELDS = [(cls, field) for cls in RECORD_CLASSES for field in attrs.fields(cls)]


def _tree(record: Any) -> Iterator[Any]:
    """*record* and every record below it, depth first."""
    yield record
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        for member in value if isinstance(value, tuple) else [value]:
            if attrs.has(type(member)):
                yield from _tree(member)


def test_every_record_class_of_the_record_modules_is_reachable_from_zone() -> None:
    defined = {
        value
        for module in (records_module, texts_module, provenance_module)
        for value in vars(module).values()
        if isinstance(value, type) and attrs.has(value) and value.__module__ == module.__name__
    }
    assert set(RECORD_CLASSES) == defined
    assert set(RECORD_CLASSES) == {Zone, Text, Area, SubArea, SourceRef, Domain, Measure, Source, DataVersion}


# --- valid records -------------------------------------------------------------------------


@zone_settings
@given(zones(area_sizes=sizes))
def test_a_zones_measures_are_its_domains_numbered_one_to_n_and_its_size_the_exact_sum(zone: Zone) -> None:
    assert zone.measures == tuple(m for d in zone.domains for m in d.measures)
    assert [m.number for m in zone.measures] == list(range(1, len(zone.measures) + 1))
    total = zone.total_area_km2
    assert isinstance(total, Decimal)
    assert Fraction(total) == sum(Fraction(a.area_km2) for a in zone.areas)


def test_total_area_does_not_round_long_decimals() -> None:
    long = "1." + "1" * 40
    zone = _zone(areas=[Area("a", T, long), Area("b", T, long)])
    assert zone.total_area_km2 == Decimal("2." + "2" * 40)
    assert sum(a.area_km2 for a in zone.areas) != zone.total_area_km2  # what a plain sum would give


def test_sizes_accept_decimal_strings_and_ints_exactly() -> None:
    assert Area("a", T, "134.60").area_km2.as_tuple() == Decimal("134.60").as_tuple()
    assert Area("a", T, 7).area_km2 == Decimal(7)
    assert SubArea(SubAreaKind.BONDED_ZONE, T, " 2.41 ").area_km2 == Decimal("2.41")


def test_tuple_fields_accept_any_iterable_and_store_tuples() -> None:
    part = SubArea(SubAreaKind.XPCC_DIVISION, T, "1")
    area = Area("a", T, "1", sub_areas=[part], focus=iter([T]), aliases=["x"])
    assert (area.sub_areas, area.focus, area.aliases) == ((part,), (T,), ("x",))
    assert Measure(1, T, (t for t in [T])).actions == (T,)
    assert Domain(1, T, [_measure(1)]).measures == (_measure(1),)
    zone = _zone(areas=iter([Area("a", T, 1)]), domains=iter([Domain(1, T, [_measure(1)])]))
    assert isinstance(zone.areas, tuple)
    assert isinstance(zone.domains, tuple)


def test_defaults() -> None:
    area = Area("a", T, 1)
    assert (area.sub_areas, area.focus, area.aliases, area.source_ref) == ((), (), (), None)
    assert _measure(1).source_ref is None
    assert (_zone().inaugurated, _zone().ordinal) == (None, None)


def test_sub_area_kinds_are_the_two_of_the_source() -> None:
    assert [k.value for k in SubAreaKind] == ["xpcc_division", "bonded_zone"]
    assert SubAreaKind("bonded_zone") is SubAreaKind.BONDED_ZONE


# --- immutability ------------------------------------------------------------------------------


@settings(max_examples=10)  # a property of the classes: a few zones reach every class
@given(zones())
def test_every_record_is_frozen_and_slotted(zone: Zone) -> None:
    for record in _tree(zone):
        for field in attrs.fields(type(record)):
            with pytest.raises(attrs.exceptions.FrozenInstanceError):
                setattr(record, field.name, None)
        assert not hasattr(record, "__dict__")  # slotted: no attribute can be added
    assert isinstance(zone.areas, tuple)
    assert isinstance(zone.domains[0].measures[0].actions, tuple)


# --- invariant violations ------------------------------------------------------------------------

bad_sizes = st.decimals(max_value=Decimal(0), allow_nan=False, allow_infinity=False) | st.sampled_from(
    [Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity"), Decimal("-0")]
)


@given(bad_sizes)
def test_zero_negative_and_non_finite_sizes_are_rejected(size: Decimal) -> None:
    with pytest.raises(ValueError, match=r"^Area 'a': size must be"):
        Area("a", T, size)
    with pytest.raises(ValueError, match=r"^SubArea 'text': size must be"):
        SubArea(SubAreaKind.XPCC_DIVISION, T, size)


@given(sizes, st.decimals(min_value=Decimal("0.001"), max_value=Decimal(1000), places=3))
def test_a_part_larger_than_its_area_is_rejected(size: Decimal, excess: Decimal) -> None:
    part = SubArea(SubAreaKind.BONDED_ZONE, T, size + excess)
    message = f"Area 'a': part 'text' ({part.area_km2} km²) is larger than the area ({size} km²)"
    with pytest.raises(ValueError, match=exactly(message)):
        Area("a", T, size, sub_areas=[part])


@given(sizes)
def test_a_part_as_large_as_its_area_is_accepted(size: Decimal) -> None:
    assert Area("a", T, size, [SubArea(SubAreaKind.BONDED_ZONE, T, size)]).sub_areas[0].area_km2 == size


@pytest.mark.parametrize("value", [1.5, True, None, [1]])
def test_sizes_refuse_floats_and_other_types(value: object) -> None:
    with pytest.raises(TypeError, match="size must be"):
        Area("a", T, value)
    with pytest.raises(TypeError, match="size must be"):
        SubArea(SubAreaKind.BONDED_ZONE, T, value)


def test_sizes_refuse_strings_that_are_not_numbers() -> None:
    with pytest.raises(ValueError, match=exactly("not a decimal number: 'abc'")):
        Area("a", T, "abc")


@pytest.mark.parametrize("bad_id", ["", "Urumqi", "1a", "a-b", "a b", "ü", "a\n"])
def test_area_and_zone_ids_must_be_lowercase_identifiers(bad_id: str) -> None:
    rule = "must be lowercase ASCII letters, digits and '_', starting with a letter, at most 10000 characters"
    with pytest.raises(ValueError, match=exactly(f"Area id {bad_id!r} {rule}")):
        Area(bad_id, T, 1)
    with pytest.raises(ValueError, match=exactly(f"Zone id {bad_id!r} {rule}")):
        _zone(id=bad_id)


def test_blank_aliases_are_rejected() -> None:
    with pytest.raises(ValueError, match=exactly("Area 'a': an alias must not be empty or blank")):
        Area("a", T, 1, aliases=["ok", " "])
    with pytest.raises(ValueError, match=exactly("Area 'a': an alias must not be empty or blank")):
        Area("a", T, 1, aliases=["\u200b\ufeff"])  # zero-width characters only


@pytest.mark.parametrize(
    ("alias", "rule"),
    [
        ("Kashi\x1b[2J", "a control character '\\x1b' at position 5 is not allowed"),
        ("Kas\nhi", "a control character '\\n' at position 3 is not allowed"),
        ("\u202eihsaK", "a bidi control character '\\u202e' at position 0 is not allowed"),
        (
            "K\ud800",
            "a lone surrogate character '\\ud800' at position 1 is not allowed",
        ),
        ("K" * 10_001, "a text of 10001 characters is longer than the 10000 allowed"),
    ],
)
def test_aliases_are_texts_like_any_other(alias: str, rule: str) -> None:
    with pytest.raises(ValueError, match=exactly(f"Area 'a': an alias: {rule}")):
        Area("a", T, 1, aliases=["Kashi", alias])


@pytest.mark.parametrize(
    "build",
    [
        lambda: Area("a", T, 1, focus="abc"),  # type: ignore[arg-type]
        lambda: Area("a", T, 1, aliases="abc"),
        lambda: Area("a", T, 1, sub_areas="abc"),  # type: ignore[arg-type]
        lambda: Measure(1, T, "abc"),  # type: ignore[arg-type]
        lambda: Domain(1, T, "abc"),  # type: ignore[arg-type]
        lambda: _zone(areas="abc"),
        lambda: _zone(domains="abc"),
    ],
)
def test_a_string_is_not_a_collection_of_texts_or_records(build: Callable[[], object]) -> None:
    with pytest.raises(
        TypeError, match=exactly("expected a collection such as a list, not the string 'abc'")
    ):
        build()


@given(st.integers(max_value=0))
def test_numbers_count_from_one(number: int) -> None:
    with pytest.raises(ValueError, match=f"^Measure {number}: number must be a whole number from 1"):
        Measure(number, T, [T])
    with pytest.raises(ValueError, match=f"^Domain {number}: number must be a whole number from 1"):
        Domain(number, T, [_measure(1)])
    with pytest.raises(ValueError, match=r"^Zone 'z': ordinal: number must be a whole number from 1"):
        _zone(ordinal=number)


def test_booleans_are_not_numbers() -> None:
    with pytest.raises(ValueError, match=r"^Measure True: number must be"):
        Measure(True, T, [T])
    with pytest.raises(ValueError, match=r"^Domain True: number must be"):
        Domain(True, T, [_measure(1)])
    with pytest.raises(ValueError, match=r"^Zone 'z': ordinal: number must be"):
        _zone(ordinal=True)


def test_measures_need_actions_and_domains_need_measures() -> None:
    with pytest.raises(ValueError, match=exactly("Measure 1: must have at least one action")):
        Measure(1, T, [])
    with pytest.raises(ValueError, match=exactly("Domain 1: must have at least one measure")):
        Domain(1, T, [])


def test_zones_need_areas_and_domains() -> None:
    with pytest.raises(ValueError, match=exactly("Zone 'z': must have at least one area")):
        _zone(areas=[])
    with pytest.raises(ValueError, match=exactly("Zone 'z': must have at least one domain")):
        _zone(domains=[])


@zone_settings
@given(zones(max_domains=1))
def test_repeated_area_ids_are_rejected(zone: Zone) -> None:
    doubled = (*zone.areas, zone.areas[0])
    message = f"Zone {zone.id!r}: area ids must be unique, repeated: {zone.areas[0].id}"
    with pytest.raises(ValueError, match=exactly(message)):
        attrs.evolve(zone, areas=doubled)


def test_every_repeated_area_id_is_named_once_in_order() -> None:
    repeated = [Area(i, T, 1) for i in ["b", "a", "c", "b", "a", "b"]]
    with pytest.raises(ValueError, match=exactly("Zone 'z': area ids must be unique, repeated: a, b")):
        _zone(areas=repeated)


@zone_settings
@given(domains_from(), st.data())
def test_domain_numbers_must_be_consecutive_from_one(domains: list[Domain], data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(domains) - 1))
    wrong = data.draw(st.integers(1, 50).filter(lambda n: n != i + 1))
    broken = [*domains]
    broken[i] = attrs.evolve(domains[i], number=wrong)
    numbers = [d.number for d in broken]
    message = f"Zone 'z': domain numbers must run 1, 2, 3, … in order, got {numbers}"
    with pytest.raises(ValueError, match=exactly(message)):
        _zone(domains=broken)


@zone_settings
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
    with pytest.raises(ValueError, match=r"^Zone 'z': measure numbers must run 1, 2, 3, … in order, got \["):
        _zone(domains=broken)


@zone_settings
@given(areas(), sources())
def test_wrong_types_are_type_errors_naming_the_field_and_the_type(area: Area, source: Source) -> None:
    assert _type_error(_build(Area, area.id, area.name.ja, area.area_km2)).startswith(
        "'name' must be <class 'xinjiang_fta.texts.Text'> (got "
    )
    assert _type_error(_build(Domain, 1, T, [area])).startswith(
        "'measures' must be <class 'xinjiang_fta.records.Measure'> (got "
    )
    assert _type_error(
        _build(Source, source.title, source.issuer, "2023-10-21", source.published)
    ).startswith("'dated' must be <class 'datetime.date'> (got '2023-10-21'")


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (_build(Area, 1, T, 1), "id"),
        (_build(Area, "a", T, 1, source_ref=(1, 2)), "source_ref"),
        (_build(Area, "a", T, 1, focus=["x"]), "focus"),
        (_build(SubArea, "bonded_zone", T, 1), "kind"),
        (_build(Measure, "1", T, [T]), "number"),
        (_build(Measure, 1, T, ["x"]), "actions"),
        (lambda: _zone(areas=[T]), "areas"),
        (lambda: _zone(inaugurated="2023-11-01"), "inaugurated"),
        (lambda: _zone(ordinal="22"), "ordinal"),
        (lambda: _zone(data_version="1.0.0"), "data_version"),
    ],
)
def test_each_field_checks_its_type(build: Callable[[], object], field: str) -> None:
    assert _type_error(build).startswith(f"'{field}' must be <")


# --- equality and hash: attrs' own -------------------------------------------------------------


@pytest.mark.parametrize("cls", RECORD_CLASSES, ids=lambda c: c.__name__)
def test_attrs_generates_eq_and_hash_of_every_record_class(cls: type) -> None:
    for method in ("__eq__", "__hash__"):
        code = getattr(cls, method).__code__
        assert code.co_filename == f"<attrs generated methods {cls.__module__}.{cls.__qualname__}>", method
    assert cls.__ne__.__module__ == "attr._make"  # attrs' own: the negation of __eq__


def _fields(record: Any) -> tuple[Any, ...]:
    return tuple(getattr(record, f.name) for f in attrs.fields(type(record)))


@zone_settings
@given(zones(max_areas=2, max_domains=2), zones(max_areas=2, max_domains=2))
def test_records_are_equal_exactly_when_their_fields_are(one: Zone, other: Zone) -> None:
    mine, theirs = list(_tree(one)), list(_tree(other))
    assert pickle.loads(pickle.dumps(one)) == one
    for record in mine:
        copy = attrs.evolve(record)
        assert copy is not record
        assert copy == record
        assert not copy != record  # noqa: SIM202
        assert hash(copy) == hash(record)
        for candidate in theirs:
            if type(candidate) is not type(record):
                continue
            assert (candidate == record) == (_fields(candidate) == _fields(record))
            assert (candidate != record) == (_fields(candidate) != _fields(record))
            if candidate == record:
                assert hash(candidate) == hash(record)
            for field in attrs.fields(type(record)):
                try:
                    changed = attrs.evolve(record, **{field.name: getattr(candidate, field.name)})
                except ValueError:
                    continue  # the value breaks a rule of this record (a part larger than the area)
                same = getattr(candidate, field.name) == getattr(record, field.name)
                assert (changed == record) == same
                if same:
                    assert hash(changed) == hash(record)


def test_records_are_never_equal_to_other_classes_with_the_same_values() -> None:
    twin = attrs.make_class("Area", [f.name for f in attrs.fields(Area)], frozen=True)
    area = Area("a", T, 1)
    assert area != twin(*_fields(area))
    same_values: object = _fields(area)
    assert area != same_values
    assert area.__eq__(same_values) is NotImplemented
    measure: object = _measure(1)
    assert Domain(1, T, [_measure(1)]) != measure


def test_equal_zones_are_one_in_a_set() -> None:
    assert len({x.ZONE, attrs.evolve(x.ZONE), pickle.loads(pickle.dumps(x.ZONE))}) == 1


# --- short reprs ---------------------------------------------------------------------------------


def test_reprs_of_the_bundled_records() -> None:
    assert repr(x.ZONE) == "Zone('xinjiang', 3 areas, 8 domains, 25 measures)"
    assert repr(x.URUMQI) == "Area('urumqi', 'Urumqi Area', 134.6 km²)"
    assert repr(x.MEASURES[13]) == "Measure(14, 'Expanding RMB settlement', 2 actions)"
    assert repr(x.URUMQI.sub_areas[1]) == "SubArea(bonded_zone, 'Urumqi Comprehensive Bonded Zone', 2.41 km²)"
    assert repr(x.DOMAINS[4]) == (
        "Domain(5, 'Deepening opening-up and innovation in the financial field', 4 measures)"
    )


def test_long_texts_are_cut_to_sixty_characters_in_a_repr() -> None:
    name = Text("長い名前", "A" * 100)
    assert repr(Area("a", name, 1)) == f"Area('a', '{'A' * 57}…', 1 km²)"
    assert repr(Area("a" * 100, T, 1)) == f"Area('{'a' * 57}…', 'text', 1 km²)"


def test_long_numbers_and_sizes_are_rounded_in_a_repr() -> None:
    assert repr(Area("a", T, "1." + "1" * 50)) == "Area('a', 'text', ≈1.111111e+0 km²)"
    assert repr(SourceRef(10**49, 3)) == "SourceRef(≈1.000000e+49, 3)"
    assert repr(Area("a", T, "12345678901234567890")) == "Area('a', 'text', 12345678901234567890 km²)"


def test_counts_in_a_repr_are_singular_for_one() -> None:
    assert repr(Measure(1, T, [T])) == "Measure(1, 'text', 1 action)"
    assert repr(Domain(1, T, [Measure(1, T, [T, T])])) == "Domain(1, 'text', 1 measure)"


def _one_short_line(record: Any) -> str:
    shown = repr(record)
    assert len(shown.splitlines()) == 1, shown
    assert len(shown) <= 200, shown
    assert shown.startswith(f"{type(record).__name__}(")
    assert shown.endswith(")")
    return shown


@zone_settings
@given(zones(area_sizes=sizes))
def test_every_repr_is_one_short_line_naming_the_record(zone: Zone) -> None:
    for record in _tree(zone):
        shown = _one_short_line(record)
        if isinstance(record, Zone | Area):
            assert shown.startswith(f"{type(record).__name__}({short(record.id)}, ")
        if isinstance(record, Measure | Domain):
            assert shown.startswith(f"{type(record).__name__}({short_number(record.number)}, ")
        if isinstance(record, Area | SubArea):
            assert short(record.name.en) in shown
            assert shown.endswith(f", {short_number(record.area_km2)} km²)")
        if isinstance(record, Measure | Domain):
            assert short(record.title.en) in shown
    counts = ", ".join(
        plural(len(records), noun)
        for records, noun in ((zone.areas, "area"), (zone.domains, "domain"), (zone.measures, "measure"))
    )
    assert repr(zone) == f"Zone({short(zone.id)}, {counts})"
    for measure in zone.measures:
        assert repr(measure).endswith(f", {plural(len(measure.actions), 'action')})")


def _is_text(value: str) -> bool:
    try:
        check_text("x", value)
    except ValueError:
        return False
    return True


# Texts a user or a bad file could give that a record takes (no control character since issue 13):
# quotes, backslashes, zero-width, format and non-ASCII characters that a repr must escape.
_hostile_strings = (
    st.text(st.characters(exclude_categories=["Cs", "Cc"]), min_size=1, max_size=300)
    | st.text(st.sampled_from("\\'\"\u200b\u200e\u00ad\ufeffé物 a"), min_size=61, max_size=300)
).filter(_is_text)
_hostile_texts = records_of_class(
    Text, ja=_hostile_strings, en=_hostile_strings, zh=st.none() | _hostile_strings
)
_long_ids = st.from_regex(r"[a-z][a-z0-9_]{0,300}", fullmatch=True)
_hostile_records = st.one_of(
    _hostile_texts,
    records_of_class(SubArea, name=_hostile_texts),
    records_of_class(
        Area,
        id=_long_ids,
        name=_hostile_texts,
        sub_areas=st.just(()),
        focus=st.lists(_hostile_texts, max_size=2),
        aliases=st.lists(_hostile_strings, max_size=2),
    ),
    records_of_class(Measure, title=_hostile_texts, actions=st.lists(_hostile_texts, min_size=1, max_size=2)),
    records_of_class(Domain, title=_hostile_texts, measures=st.lists(measures(1), min_size=1, max_size=2)),
    records_of_class(
        Source,
        title=_hostile_texts,
        issuer=_hostile_strings,
        dated=st.just(date(2023, 10, 21)),
        published=st.just(date(2023, 10, 31)),
    ),
    records_of_class(DataVersion, version=_hostile_strings),
    st.builds(lambda zone, zone_id: attrs.evolve(zone, id=zone_id), zones(1, 1), _long_ids),
)


@settings(max_examples=50, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(_hostile_records)
@example(Text("\\" * 100, "\\" * 100, "\\" * 100))  # each backslash shows as two
@example(Area("a", Text("a", "a" + "\u200b" * 100), 1))  # each zero-width space shows as \u200b
def test_reprs_stay_one_short_line_whatever_the_texts(record: Any) -> None:
    _one_short_line(record)


@pytest.mark.parametrize(
    "record",
    [
        pytest.param(Measure(10**49, T, [T]), id="measure-number"),
        pytest.param(Domain(10**49, T, [_measure(1)]), id="domain-number"),
        pytest.param(SourceRef(10**49, 10**49), id="source-ref"),
        pytest.param(Area("a", T, "1." + "1" * 50), id="area-size"),
        pytest.param(SubArea(SubAreaKind.BONDED_ZONE, T, "1" * 50), id="sub-area-size"),
    ],
)
def test_reprs_stay_short_whatever_the_numbers_and_sizes(record: Any) -> None:
    _one_short_line(record)


def test_the_records_a_notebook_shows_render_their_html() -> None:
    for record in (x.ZONE, x.URUMQI, x.DOMAINS[0], x.MEASURES[0]):
        assert record._repr_html_() == x.to_html(record)
    assert "<" in x.URUMQI._repr_html_()
    for cls in (Text, SubArea, SourceRef, Source, DataVersion):
        assert not hasattr(cls, "_repr_html_")


# --- the file format stated once ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("cls", "field"), FIELDS, ids=lambda v: getattr(v, "__name__", getattr(v, "name", ""))
)
def test_every_field_is_documented(cls: type, field: attrs.Attribute[Any]) -> None:
    doc = field.metadata.get("doc")
    assert isinstance(doc, str)
    assert doc.strip()


def test_every_field_of_every_record_is_a_property_of_the_schema() -> None:
    schema = zone_schema()
    definitions = {d["title"]: d for d in schema["$defs"].values() if "title" in d}
    for cls in RECORD_CLASSES:
        definition = schema if cls is Zone else definitions[cls.__name__]
        fields = attrs.fields(cls)
        assert list(definition["properties"]) == [f.name for f in fields], cls
        for field in fields:
            assert definition["properties"][field.name]["description"] == field.metadata["doc"]
        assert definition["required"] == [f.name for f in fields if f.default is attrs.NOTHING]
        assert definition["additionalProperties"] is False
    assert set(definitions) == {cls.__name__ for cls in RECORD_CLASSES} - {"Zone"}


def _leaves(record: Any) -> Iterator[tuple[type, attrs.Attribute[Any], Any]]:
    """Every plain value below *record*: (its record's class, its field, the value), None left out."""
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        for member in value if isinstance(value, tuple) else [value]:
            if attrs.has(type(member)):
                yield from _leaves(member)
            elif member is not None:
                yield type(record), field, member


def _cell(value: Any) -> tuple[Any, ...]:
    """A value as the tables hold it, exact: an enum as its value, a decimal digit for digit."""
    if isinstance(value, enum.Enum):
        return (str, value.value)
    if isinstance(value, Decimal):
        return (Decimal, value.as_tuple())
    return (type(value), value)


@zone_settings
@given(zones(area_sizes=sizes))
def test_every_value_of_every_field_is_in_a_column_of_the_tables(zone: Zone) -> None:
    columns: dict[str, set[tuple[Any, ...]]] = {}
    for table in zone_tables(zone).values():
        for index, name in enumerate(table.schema.column_names):
            columns.setdefault(name, set()).update(_cell(row[index]) for row in table.rows)
    for cls, field, value in _leaves(zone):
        names = {field.name, field.metadata.get("column", field.name)}
        candidates = [c for c in columns if any(c == n or c.endswith(f"_{n}") for n in names)]
        assert any(_cell(value) in columns[c] for c in candidates), (cls.__name__, field.name, value)


_FIND = settings(max_examples=300, phases=[Phase.generate], database=None, deadline=None)
"""For find(): stop at the first example found (no shrinking), and record nothing."""

STRATEGIES: dict[Any, st.SearchStrategy[Any]] = {
    Zone: zones(max_areas=1, max_domains=1),  # the zone's own fields vary as much in a small zone
    Area: areas(),
    SubArea: sub_areas(),
    Domain: domains_from(),
    Measure: domains_from(),  # measures numbered across domains
    Text: texts,
    SourceRef: source_refs,
    Source: sources(),
    DataVersion: data_versions,
}
"""The strategy of tests.strategies that gives each record class (zones() is built from them)."""


def _values(found: Any, cls: type, name: str) -> list[Any]:
    """The values of the field *name* of every record of class *cls* in *found*."""
    return [getattr(r, name) for item in found for r in _tree(item) if type(r) is cls]


def _differ(values: list[Any]) -> bool:
    return any(v != values[0] for v in values)


def test_there_is_a_strategy_for_every_record_class() -> None:
    assert set(STRATEGIES) == set(RECORD_CLASSES)


@pytest.mark.parametrize(
    ("cls", "field"), FIELDS, ids=[f"{cls.__name__}.{field.name}" for cls, field in FIELDS]
)
def test_the_strategies_vary_every_field_of_every_record(cls: type, field: attrs.Attribute[Any]) -> None:
    flat = STRATEGIES[cls].map(lambda v: v if isinstance(v, list) else [v])
    if field.default is attrs.NOTHING:  # a required field: at least two different values
        pairs = st.tuples(flat, flat).map(lambda p: p[0] + p[1])
        found = find(pairs, lambda f: _differ(_values(f, cls, field.name)), settings=_FIND)
        assert _differ(_values(found, cls, field.name))
    else:  # a field with a default: a value other than it, and the default itself
        default = field.default
        found = find(flat, lambda f: any(v != default for v in _values(f, cls, field.name)), settings=_FIND)
        assert any(v != default for v in _values(found, cls, field.name))
        found = find(flat, lambda f: any(v == default for v in _values(f, cls, field.name)), settings=_FIND)
        assert default in _values(found, cls, field.name)
