"""Tests of xinjiang_fta.lookups: normalisation, area/measure/domain lookups and the miss error."""

from __future__ import annotations

import pickle
import unicodedata
from collections.abc import Callable
from datetime import date
from decimal import Decimal

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import xinjiang_fta as x
from xinjiang_fta import Area, DataVersion, Domain, Measure, NotFoundError, Source, Text, Zone, normalize

from .strategies import variants, zone_settings, zones

T = Text("テキスト", "text")


def _zone(areas: list[Area], domains: list[Domain] | None = None) -> Zone:
    return Zone(
        "z",
        T,
        areas,
        domains or [Domain(1, T, [Measure(1, T, [T])])],
        Source(T, "issuer", date(2023, 10, 21), date(2023, 10, 31)),
        DataVersion("1", date(2023, 10, 21)),
    )


def _area_keys(area: Area) -> list[str]:
    """Every key an area is known by, as written in the data."""
    names = [area.name.ja, area.name.en, area.name.zh]
    return [area.id, *(n for n in names if n is not None), *area.aliases]


def _numbered_keys(record: Measure | Domain) -> list[str]:
    titles = [record.title.ja, record.title.en, record.title.zh]
    return [str(record.number), *(t for t in titles if t is not None)]


def _suffixless(key: str) -> set[str]:
    """A normalised key and, if it ends with an area suffix, the key without it (the documented rule)."""
    forms = {key}
    for suffix in ("area", "エリア", "片区"):
        if key.endswith(suffix) and key != suffix:
            forms.add(key.removesuffix(suffix))
    return forms


def _attempt(lookup: Callable[[str], object], key: str) -> object:
    """What *lookup* gives for *key*: the record, or the NotFoundError it raised."""
    try:
        return lookup(key)
    except NotFoundError as error:
        return error


def _check_numbered_record_found_by_any_key(zone: Zone, data: st.DataObject) -> None:
    """A measure or domain of *zone*, looked up by its number or by any of its keys in any form, is found."""
    choices: list[Measure | Domain] = [*zone.measures, *zone.domains]
    record = data.draw(st.sampled_from(choices))
    lookup = zone.measure if isinstance(record, Measure) else zone.domain
    key = data.draw(st.sampled_from(_numbered_keys(record)))
    assert lookup(data.draw(variants(key))) is record
    assert lookup(record.number) is record


def _area_forms(area: Area) -> set[str]:
    return set().union(*(_suffixless(normalize(k)) for k in _area_keys(area)))


def _numbered_forms(record: Measure | Domain) -> set[str]:
    return {normalize(k) for k in _numbered_keys(record)}


# --- normalisation -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ürümqi", "urumqi"),
        ("  URUMQI\u3000 Area ", "urumqiarea"),
        ("Ｋｈｏｒｇｏｓ", "khorgos"),
        ("１７", "17"),
        ("ｺﾙｶﾞｽ", "コルガス"),
        ("カシュガル", "カシュガル"),
        ("乌鲁木齐 片区", "乌鲁木齐片区"),
    ],
)
def test_normalize_examples(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_normalize_keeps_kana_voicing_apart() -> None:
    assert normalize("ガ") != normalize("カ")
    assert normalize("パ") != normalize("ハ") != normalize("バ")


def _normalize_step_by_step(text: str) -> str:
    """normalize() as its docstring says it works, every step taken on every text."""
    folded = unicodedata.normalize("NFD", unicodedata.normalize("NFKC", text).casefold())
    kept = "".join(c for c in folded if c in "\u3099\u309a" or not unicodedata.combining(c))
    return "".join(unicodedata.normalize("NFC", kept).split())


@given(st.text() | st.text(st.characters(max_codepoint=127)) | st.text("Ａｂ ｶﾞ ÜéガパABC\u3000\u0301"))
def test_normalize_takes_every_step_it_documents(text: str) -> None:
    assert normalize(text) == _normalize_step_by_step(text)


@given(st.text(st.characters(max_codepoint=127)))
def test_normalize_of_ascii_is_lowercase_without_white_space(text: str) -> None:
    assert normalize(text) == "".join(text.lower().split())


@given(st.text())
def test_normalize_is_idempotent_and_drops_all_white_space(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert not any(c.isspace() for c in once)


# --- areas ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "area_id"),
    [
        ("urumqi", "urumqi"),
        ("Ürümqi", "urumqi"),
        ("ウルムチ", "urumqi"),
        ("ウルムチエリア", "urumqi"),
        ("ｳﾙﾑﾁ ｴﾘｱ", "urumqi"),
        ("乌鲁木齐片区", "urumqi"),
        ("乌鲁木齐", "urumqi"),
        ("Urumqi Area", "urumqi"),
        ("  u r u m q i  ", "urumqi"),
        ("Ürümqi Area", "urumqi"),
        ("カシュガル", "kashgar"),
        ("喀什", "kashgar"),
        ("KASHI", "kashgar"),
        ("kashgar area", "kashgar"),
        ("khorgos", "horgos"),
        ("Ｈｏｒｇｏｓ", "horgos"),
        ("コルガス", "horgos"),
        ("コルガスエリア", "horgos"),
        ("霍尔果斯", "horgos"),
    ],
)
def test_bundled_area_by_any_name(key: str, area_id: str) -> None:
    assert x.area(key).id == area_id
    assert x.ZONE.area(key) is x.area(key)


@given(st.data())
def test_every_bundled_area_is_found_by_every_key_in_any_form(data: st.DataObject) -> None:
    area = data.draw(st.sampled_from(x.AREAS))
    key = data.draw(st.sampled_from(_area_keys(area)))
    assert x.area(data.draw(variants(key))) is area


@zone_settings
@given(zones(), st.data())
def test_every_generated_area_is_found_by_every_key_in_any_form(zone: Zone, data: st.DataObject) -> None:
    forms = [_area_forms(a) for a in zone.areas]
    assume(all(not (f & g) for i, f in enumerate(forms) for g in forms[i + 1 :]))
    area = data.draw(st.sampled_from(zone.areas))
    key = data.draw(st.sampled_from(_area_keys(area)))
    assert zone.area(data.draw(variants(key))) is area


@zone_settings
@given(zones(), st.data())
def test_a_shared_key_gives_a_record_it_names_or_says_it_is_ambiguous(
    zone: Zone, data: st.DataObject
) -> None:
    area = data.draw(st.sampled_from(zone.areas))
    key = data.draw(st.sampled_from(_area_keys(area)))
    found = _attempt(zone.area, key)
    if isinstance(found, NotFoundError):
        assert found.reason is not None
        assert area.id in found.suggestions
        assert len(found.suggestions) > 1
    else:
        assert isinstance(found, Area)
        assert found is area or normalize(key) in _area_forms(found)


def test_a_more_specific_key_wins_and_equal_ones_are_ambiguous() -> None:
    a = Area("a", Text("ア", "Shared"), Decimal(1), aliases=["b"])
    b = Area("b", Text("イ", "Shared"), Decimal(1))
    c = Area("c", Text("ウ", "Shared Area"), Decimal(1), aliases=["Only"])
    zone = _zone([a, b, c])
    assert zone.area("b") is b  # an id beats an alias
    assert zone.area("Shared Area") is c  # a full name beats a name without suffix
    assert zone.area("only area") is c
    with pytest.raises(NotFoundError) as caught:
        zone.area("shared")
    assert caught.value.suggestions == ("a", "b")
    assert str(caught.value) == "no area 'shared': it names 2 areas; did you mean 'a' or 'b'?"


def test_a_miss_names_the_closest_keys() -> None:
    with pytest.raises(NotFoundError) as caught:
        x.area("urumqui")
    error = caught.value
    assert isinstance(error, KeyError)
    assert (error.kind, error.key, error.suggestions) == ("area", "urumqui", ("urumqi",))
    assert str(error) == "no area 'urumqui'; did you mean 'urumqi'?"
    with pytest.raises(NotFoundError, match=r"did you mean 'カシュガルエリア'\?"):
        x.area("カシュガエリア")
    with pytest.raises(NotFoundError, match=r"^no area 'zzz'$"):
        x.area("zzz")


def test_a_long_key_is_shortened_in_the_message() -> None:
    with pytest.raises(NotFoundError) as caught:
        x.area("q" * 100_000)
    assert len(str(caught.value)) < 120
    assert caught.value.key == "q" * 100_000


def test_the_error_survives_pickling() -> None:
    with pytest.raises(NotFoundError) as caught:
        x.area("urumqui")
    copy = pickle.loads(pickle.dumps(caught.value))
    assert (copy.kind, copy.key, copy.suggestions, str(copy)) == (
        "area",
        "urumqui",
        ("urumqi",),
        str(caught.value),
    )


@pytest.mark.parametrize("key", [17, None, 1.5, ["urumqi"], b"urumqi"])
def test_an_area_key_that_is_not_a_string_is_a_type_error(key: object) -> None:
    with pytest.raises(TypeError, match="area keys are strings"):
        x.area(key)  # type: ignore[arg-type]


@given(st.text())
def test_any_text_gives_an_area_or_not_found(text: str) -> None:
    found = _attempt(x.area, text)
    assert found in x.AREAS or (isinstance(found, NotFoundError) and found.key == text)


@zone_settings
@given(zones(), st.text())
def test_any_text_gives_a_generated_record_or_not_found(zone: Zone, text: str) -> None:
    for lookup, records in (
        (zone.area, zone.areas),
        (zone.measure, zone.measures),
        (zone.domain, zone.domains),
    ):
        found = _attempt(lookup, text)
        assert found in records or (isinstance(found, NotFoundError) and found.key == text)


# --- measures and domains ------------------------------------------------------------------


@pytest.mark.parametrize("key", [17, "17", "１７", " 0017 ", "物流の輸送サービスモデルのイノベーション"])
def test_bundled_measure_by_number_or_title(key: int | str) -> None:
    assert x.measure(key).number == 17


def test_bundled_measure_by_english_title_in_any_case() -> None:
    assert x.measure("expanding rmb SETTLEMENT").number == 14


@pytest.mark.parametrize("key", [5, "5", "５", "金融分野での開放・イノベーションの深化"])
def test_bundled_domain_by_number_or_title(key: int | str) -> None:
    assert x.domain(key).number == 5


@pytest.mark.parametrize(
    ("number", "kind"), [(0, "measure"), (26, "measure"), (-1, "measure"), (9, "domain")]
)
def test_a_number_out_of_range_says_the_range(number: int, kind: str) -> None:
    lookup = x.measure if kind == "measure" else x.domain
    count = 25 if kind == "measure" else 8
    with pytest.raises(NotFoundError, match=rf"^no {kind} {number}: {kind}s are numbered 1 to {count}$"):
        lookup(number)


def test_a_huge_number_is_a_miss() -> None:
    with pytest.raises(NotFoundError):
        x.measure(10**5000)
    with pytest.raises(NotFoundError):
        x.measure("9" * 5000)


@pytest.mark.parametrize("key", [True, None, 1.0, (1,)])
def test_a_measure_key_that_is_not_a_number_or_string_is_a_type_error(key: object) -> None:
    with pytest.raises(TypeError, match="measure keys are numbers or strings"):
        x.measure(key)  # type: ignore[arg-type]


@given(st.data())
def test_every_bundled_measure_and_domain_is_found_by_every_key_in_any_form(data: st.DataObject) -> None:
    _check_numbered_record_found_by_any_key(x.ZONE, data)


@zone_settings
@given(zones(), st.data())
def test_every_generated_measure_and_domain_is_found_by_every_key(zone: Zone, data: st.DataObject) -> None:
    for records in (zone.measures, zone.domains):
        forms = [_numbered_forms(r) for r in records]
        assume(all(not (f & g) for i, f in enumerate(forms) for g in forms[i + 1 :]))
        assume(not any(f.isdecimal() for r in records for f in _numbered_forms(r) - {str(r.number)}))
    _check_numbered_record_found_by_any_key(zone, data)


def test_a_number_beats_a_title_and_a_shared_title_is_ambiguous() -> None:
    domain = Domain(
        1,
        T,
        [Measure(1, Text("2", "same"), [T]), Measure(2, Text("ニ", "same"), [T]), Measure(3, T, [T])],
    )
    zone = _zone([Area("a", T, Decimal(1))], [domain])
    assert zone.measure("2").number == 2
    assert zone.measure("テキスト").number == 3
    with pytest.raises(NotFoundError, match="it names 2 measures; did you mean '1' or '2'"):
        zone.measure("SAME")


@given(st.text())
def test_any_text_gives_a_bundled_measure_or_domain_or_not_found(text: str) -> None:
    for lookup, records in ((x.measure, x.MEASURES), (x.domain, x.DOMAINS), (x.domain_of, x.DOMAINS)):
        found = _attempt(lookup, text)
        assert found in records or (isinstance(found, NotFoundError) and found.key == text)


# --- domain_of -----------------------------------------------------------------------------


def test_domain_of_the_bundled_measures() -> None:
    assert x.domain_of(17).number == 6
    assert x.domain_of("人民元決済の拡大").number == 5
    assert x.domain_of(x.measure(25)) is x.DOMAINS[-1]


@zone_settings
@given(zones())
def test_domain_of_every_measure_is_the_domain_holding_it(zone: Zone) -> None:
    for domain in zone.domains:
        for measure in domain.measures:
            assert zone.domain_of(measure) is domain
            assert zone.domain_of(measure.number) is domain


def test_domain_of_a_measure_of_another_zone_is_not_found() -> None:
    stranger = Measure(1, Text("よそ", "stranger"), [T])
    with pytest.raises(NotFoundError, match="it is not one of this zone's measures"):
        x.domain_of(stranger)


# --- indexes -------------------------------------------------------------------------------


def test_indexes_are_built_once_and_not_part_of_the_data() -> None:
    zone = _zone([Area("a", Text("ア", "Alpha Area"), Decimal(1))])
    assert zone.area("alpha") is zone.area("ア")
    index = zone._cache["area"]
    zone.area("Alpha Area")
    assert zone._cache["area"] is index
    changed = attrs.evolve(zone, areas=[Area("b", Text("イ", "Beta Area"), Decimal(1))])
    assert changed._cache == {}
    assert changed.area("beta").id == "b"
    with pytest.raises(NotFoundError):
        changed.area("alpha")
    assert zone == attrs.evolve(zone)
    assert "_cache" not in repr(zone)


def test_the_converter_neither_writes_nor_needs_the_indexes() -> None:
    from xinjiang_fta.converter import converter

    x.area("urumqi")
    data = converter.unstructure(x.ZONE)
    assert "_cache" not in data
    assert "cache" not in data
    assert converter.structure(data, Zone) == x.ZONE
