"""Tests of xinjiang_fta.text_search: search of every text of a zone, in one language or all; typed hits."""

from __future__ import annotations

import pickle
from typing import get_args

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import xinjiang_fta as x
from xinjiang_fta import Area, Domain, Hit, Measure, SubArea, Text, Zone, area, records_of, search
from xinjiang_fta._checks import short
from xinjiang_fta.lookup import key_limit, normalize
from xinjiang_fta.text_search import HitField, HitKind
from xinjiang_fta.texts import LANGUAGES, Lang

from . import typed_usage
from .strategies import action_substrings, long_texts, zone_settings, zones


def _field_text(hit: Hit) -> str | None:
    """The text the hit claims to have matched, read from its record by field, place and language."""
    record = hit.record
    if hit.field == "alias":
        assert isinstance(record, Area)
        assert hit.index is not None
        assert hit.lang is None
        return record.aliases[hit.index - 1]
    assert hit.lang is not None
    if hit.field in ("focus", "action"):
        assert hit.index is not None
        if hit.field == "focus":
            assert isinstance(record, Area)
            return record.focus[hit.index - 1].get(hit.lang)
        assert isinstance(record, Measure)
        return record.actions[hit.index - 1].get(hit.lang)
    assert hit.index is None
    text = getattr(record, hit.field)
    assert isinstance(text, Text)
    return text.get(hit.lang)


def _key(record: object) -> object:
    return getattr(record, "number", None) or getattr(record, "id", None)


def _check_hits(zone: Zone, query: str, hits: tuple[Hit, ...]) -> None:
    """Every hit contains the query and says truly where its text is, and its record is the zone's own."""
    for hit in hits:
        assert isinstance(hit, Hit)
        assert normalize(query) in normalize(hit.text)
        assert _field_text(hit) == hit.text
        if hit.kind == "sub_area":
            assert isinstance(hit.key, tuple)
            assert area(hit.key[0], zone=zone).sub_areas[hit.key[1] - 1] is hit.record
        else:
            assert hit.key == _key(hit.record)
        if hit.kind == "zone":
            assert hit.record is zone
        elif hit.kind == "area":
            assert any(hit.record is a for a in zone.areas)
        elif hit.kind == "domain":
            assert any(hit.record is d for d in zone.domains)
        elif hit.kind == "measure":
            assert any(hit.record is m for m in zone.measures)


Place = tuple[str, object, str, int | None, str | None]  # (kind, key, field, index, lang)


def _every_text(zone: Zone) -> dict[Place, str]:
    """Every text of *zone* a search must look at, by its place, listed here independently of
    the module: names, aliases, key fields, parts' names, titles and actions, each language."""
    texts: dict[Place, str] = {}

    def add(kind: str, key: object, field: str, index: int | None, text: Text) -> None:
        for lang in LANGUAGES:
            value = text.get(lang)
            if value is not None:
                texts[kind, key, field, index, lang] = value

    add("zone", zone.id, "name", None, zone.name)
    for record in zone.areas:
        add("area", record.id, "name", None, record.name)
        texts.update({("area", record.id, "alias", i, None): a for i, a in enumerate(record.aliases, 1)})
        for i, focus in enumerate(record.focus, 1):
            add("area", record.id, "focus", i, focus)
        for i, part in enumerate(record.sub_areas, 1):
            add("sub_area", (record.id, i), "name", None, part.name)
    for domain in zone.domains:
        add("domain", domain.number, "title", None, domain.title)
        for measure in domain.measures:
            add("measure", measure.number, "title", None, measure.title)
            for i, action in enumerate(measure.actions, 1):
                add("measure", measure.number, "action", i, action)
    return texts


def _place(hit: Hit) -> Place:
    return (hit.kind, hit.key, hit.field, hit.index, hit.lang)


def _expected(zone: Zone, query: str, lang: str | None = None) -> set[Place]:
    """The places of the texts that contain *query* once both are normalised (in *lang*, or any)."""
    wanted = normalize(query)
    return {
        place
        for place, text in _every_text(zone).items()
        if wanted in normalize(text) and (lang is None or place[4] in (lang, None))
    }


@st.composite
def _pieces(draw: st.DrawFn, zone: Zone) -> tuple[Place, str]:
    """A place in *zone* and a non-blank piece of its text, as a user might type it."""
    place, text = draw(st.sampled_from(sorted(_every_text(zone).items(), key=repr)))
    start = draw(st.integers(0, len(text) - 1))
    piece = text[start : draw(st.integers(start + 1, len(text)))]
    assume(normalize(piece))
    return place, draw(st.sampled_from([piece, piece.upper(), f" {piece}\u3000"]))


# --- examples on the bundled zone ----------------------------------------------------------


def test_a_word_in_japanese() -> None:
    hits = search("物流")
    assert [(h.kind, h.key, h.field, h.index) for h in hits] == [
        ("area", "urumqi", "focus", 1),
        ("area", "kashgar", "focus", 4),
        ("area", "horgos", "focus", 1),
        ("domain", 6, "title", None),
        ("measure", 16, "action", 2),
        ("measure", 17, "title", None),
        ("measure", 18, "action", 1),
    ]
    assert {h.lang for h in hits} == {"ja"}
    _check_hits(x.ZONE, "物流", hits)


def test_the_bundled_zone_is_searched_by_default() -> None:
    assert search("物流", zone=x.ZONE) == search("物流") == search("物流", zone=None)
    assert search("RMB", lang="en", zone=x.ZONE) == search("RMB", lang="en")


def test_a_phrase_in_english_in_any_case_width_and_spacing() -> None:
    hits = search("Central Asia")
    assert [h.key for h in hits if h.kind == "area"] == ["urumqi", "kashgar"]
    assert {h.lang for h in hits} == {"en"}
    assert search("ＣＥＮＴＲＡＬ　ａｓｉａ") == hits
    assert search("centralasia") == hits
    assert search("Céntral Àsia") == hits


def test_names_in_chinese_and_aliases() -> None:
    assert [(h.kind, h.key) for h in search("霍尔果斯")] == [("area", "horgos"), ("sub_area", ("horgos", 2))]
    [alias] = search("khorgos")
    assert (alias.kind, alias.key, alias.field, alias.index, alias.lang, alias.text) == (
        "area",
        "horgos",
        "alias",
        1,
        None,
        "Khorgos",
    )
    assert alias.record is x.HORGOS
    assert str(alias) == "area horgos alias 1: Khorgos"


def test_a_word_in_an_action_names_the_action() -> None:
    hits = search("RMB")
    assert str(hits[0]) == "measure 14 title (en): Expanding RMB settlement"
    assert [(h.key, h.field, h.index, h.lang) for h in hits] == [
        (14, "title", None, "en"),
        (14, "action", 1, "en"),
    ]
    assert str(hits[1]).startswith("measure 14 action 1 (en): ")
    assert all(h.record is x.measure(14) for h in hits)


def test_the_zone_name_and_sub_areas_are_searched() -> None:
    hits = search("自由贸易试验区")
    assert [(h.kind, h.key, h.lang) for h in hits] == [("zone", "xinjiang", "zh")]
    assert hits[0].record is x.ZONE
    assert str(hits[0]) == "zone xinjiang name (zh): 中国（新疆）自由贸易试验区"
    bonded = search("bonded zone")
    parts = [h for h in bonded if h.kind == "sub_area"]
    assert [h.key for h in parts] == [("urumqi", 2), ("kashgar", 2), ("horgos", 2)]
    assert [h.record for h in parts] == [a.sub_areas[1] for a in x.AREAS]
    assert all(isinstance(h.record, SubArea) for h in parts)
    assert str(parts[2]) == "sub-area horgos.2 name (en): Horgos Comprehensive Bonded Zone"


def test_within_a_record_japanese_comes_before_english_and_chinese() -> None:
    assert [h.lang for h in search("新疆") if h.kind == "zone"] == ["ja", "zh"]
    assert [h.lang for h in search("新疆") if h.key == ("urumqi", 1)] == ["ja", "zh"]
    measure = Measure(1, Text("Silk Road", "Silk Road", "Silk Road"), [Text("道", "road")])
    zone = attrs.evolve(x.ZONE, domains=[Domain(1, Text("分野", "Field"), [measure])])
    hits = [h for h in search("road", zone=zone) if h.kind == "measure"]
    assert [(h.field, h.lang) for h in hits] == [
        ("title", "ja"),
        ("title", "en"),
        ("title", "zh"),
        ("action", "en"),
    ]


def test_voiced_kana_are_not_their_unvoiced_forms() -> None:
    assert {h.key for h in search("ガ")} == {"kashgar", ("kashgar", 2), "horgos"}
    assert "kashgar" in {h.key for h in search("カ")}
    assert "horgos" not in {h.key for h in search("カ")}


def test_lang_restricts_to_one_language_but_keeps_aliases() -> None:
    assert search("Central Asia", lang="ja") == ()
    assert len(search("中央アジア", lang="ja")) == len(search("Central Asia", lang="en"))
    assert [h.field for h in search("コルガス", lang="en")] == ["alias"]
    assert [h.lang for h in search("霍尔果斯", lang="zh")] == ["zh", "zh"]
    assert search("霍尔果斯", lang="ja") == ()


def test_hits_are_frozen_and_compare_by_place_not_record() -> None:
    hit = search("RMB")[0]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        hit.text = "x"  # type: ignore[misc]
    assert hit == attrs.evolve(hit, record=x.ZONE)
    assert hash(hit) == hash(attrs.evolve(hit, record=x.ZONE))
    assert hit != attrs.evolve(hit, lang="ja")
    assert "record" not in repr(hit)
    assert repr(hit) == (
        "Hit(kind='measure', key=14, field='title', index=None, lang='en', text='Expanding RMB settlement')"
    )


def test_a_long_text_is_cut_in_the_repr_not_in_the_hit() -> None:
    [hit] = search("relocation of digital-related industries")
    assert len(hit.text) > 60
    assert hit.text in str(hit)
    assert hit.text not in repr(hit)
    assert f"text={hit.text[:40]!r}"[:-1] in repr(hit)
    assert repr(hit).endswith("…')")
    assert len(repr(hit)) <= 200


_LONG_KEYS = (
    long_texts | st.text(min_size=1) | st.integers(1, 10**50 - 1) | st.tuples(long_texts, st.integers(1, 99))
)


@given(
    st.builds(
        Hit,
        kind=st.sampled_from(get_args(HitKind)),
        key=_LONG_KEYS,
        field=st.sampled_from(get_args(HitField)),
        index=st.none() | st.integers(1, 999),
        lang=st.none() | st.sampled_from(LANGUAGES),
        text=long_texts | st.text(min_size=1),
        record=st.just(x.ZONE),
    )
)
def test_every_repr_of_a_hit_is_one_line_of_at_most_200_characters_naming_its_record(hit: Hit) -> None:
    shown = repr(hit)
    assert len(shown) <= 200
    assert shown.isprintable()
    assert shown.startswith(f"Hit(kind={hit.kind!r}, key=")
    if isinstance(hit.key, int):
        assert f"key={hit.key}," in shown
    else:
        area_id = hit.key[0] if isinstance(hit.key, tuple) else hit.key
        assert f"key={'(' if isinstance(hit.key, tuple) else ''}{short(area_id)}" in shown


def test_a_part_of_an_area_shows_its_key_as_a_pair() -> None:
    [hit] = search("XPCC 12th")
    assert repr(hit).startswith("Hit(kind='sub_area', key=('urumqi', 1), field='name'")


def test_a_search_repeated_gives_equal_hits() -> None:
    """Hits are not cached: a repeated search makes new hits, equal to the first, for the same records."""
    first = search("物流")
    again = search("物流")
    assert first == again
    assert [h.record for h in first] == [h.record for h in again]
    assert all(a.record is b.record for a, b in zip(first, again, strict=True))
    assert all(h.lang == "en" for h in search("logistics", lang="en"))


def test_a_pickled_zone_is_searched_like_the_original() -> None:
    copy = pickle.loads(pickle.dumps(x.ZONE))
    hits = search("RMB", zone=copy)
    assert hits == search("RMB")
    assert all(h.record is copy.measures[13] for h in hits)


@pytest.mark.parametrize("query", ["", "   ", "\u3000\t", "\u0301"])
def test_a_blank_query_is_refused(query: str) -> None:
    with pytest.raises(ValueError, match="search query must contain something"):
        search(query)


def test_a_long_blank_query_is_shown_short_in_the_error() -> None:
    with pytest.raises(ValueError, match="search query must contain something") as caught:
        search(" " * 1000)  # within the limit (a longer one finds nothing, unread: see below)
    assert len(str(caught.value)) < 200


def test_an_unknown_language_a_query_or_a_zone_of_the_wrong_type_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        search("物流", lang="fr")  # type: ignore[call-overload]
    with pytest.raises(ValueError, match="unknown kind 'action': expected one of zone, area, sub_area"):
        search("物流", kind="action")  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="a search query is a string"):
        search(17)  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="a search query is a string"):
        search(b"RMB")  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="zone must be a Zone or None"):
        search("RMB", zone="xinjiang")  # type: ignore[call-overload]


@pytest.mark.parametrize(
    ("argument", "value"), [("lang", 5), ("lang", ["ja"]), ("kind", 5), ("kind", b"area")]
)
def test_a_lang_or_kind_of_the_wrong_type_is_a_type_error_naming_it(argument: str, value: object) -> None:
    with pytest.raises(
        TypeError, match=f"^{argument} must be one of .* or None, not {type(value).__name__}$"
    ):
        search("物流", **{argument: value})  # type: ignore[call-overload]


def test_an_unknown_lang_or_kind_is_shown_short() -> None:
    with pytest.raises(ValueError, match="unknown language 'xxx") as caught:
        search("物流", lang="x" * 10_000)  # type: ignore[call-overload]
    assert len(str(caught.value)) < 200


@pytest.mark.parametrize("hits", [["RMB"], [x.URUMQI], "RMB", [None]])
def test_records_of_anything_but_hits_is_a_type_error(hits: object) -> None:
    with pytest.raises(TypeError, match=r"^hits must be Hits, not "):
        records_of(hits)  # type: ignore[arg-type]


KINDS: tuple[HitKind, ...] = ("zone", "area", "sub_area", "domain", "measure")
RECORD_TYPES = {"zone": Zone, "area": Area, "sub_area": SubArea, "domain": Domain, "measure": Measure}


def test_kind_keeps_the_hits_in_one_kind_of_record_typed_by_it() -> None:
    measures = search("物流", kind="measure")
    assert [(h.record.number, h.field, h.index) for h in measures] == [
        (16, "action", 2),
        (17, "title", None),
        (18, "action", 1),
    ]
    assert [h.record.id for h in search("物流", kind="area")] == ["urumqi", "kashgar", "horgos"]
    assert [h.record.number for h in search("物流", kind="domain")] == [6]
    assert [h.record.kind.value for h in search("bonded", kind="sub_area")] == ["bonded_zone"] * 3
    assert [h.record.id for h in search("新疆", kind="zone")] == ["xinjiang", "xinjiang"]
    assert search("物流", kind="zone") == ()
    assert search("logistics", lang="en", kind="domain") == tuple(
        h for h in search("logistics", lang="en") if h.kind == "domain"
    )
    assert search("物流", kind=None) == search("物流")


def test_records_of_gives_each_record_once_in_the_order_of_its_first_hit() -> None:
    assert records_of(search("物流", kind="measure")) == (x.measure(16), x.measure(17), x.measure(18))
    assert [m.number for m in records_of(search("RMB", kind="measure"))] == [14]  # title and action: one
    hits = search("物流")
    assert records_of(hits) == (x.URUMQI, x.KASHGAR, x.HORGOS, x.domain(6), *records_of(hits[4:]))
    assert records_of(iter(hits)) == records_of(hits)  # any iterable of hits, read once
    assert records_of(()) == ()


def test_records_of_tells_equal_records_apart() -> None:
    """Two equal parts of two areas are two records: records_of goes by identity, not equality."""
    parts = tuple(attrs.evolve(part) for part in x.URUMQI.sub_areas)  # equal, not the same
    twin = attrs.evolve(x.URUMQI, id="twin", name=Text("双子", "Twin"), aliases=(), sub_areas=parts)
    zone = attrs.evolve(x.ZONE, areas=(*x.AREAS, twin))
    parts = records_of(search("XPCC 12th", kind="sub_area", zone=zone))
    assert parts == (x.URUMQI.sub_areas[0], twin.sub_areas[0])
    assert parts[0] is not parts[1]


def test_a_hit_is_generic_in_its_record_type() -> None:
    assert Hit[Measure] is not Hit
    hit: Hit[Measure] = search("RMB", kind="measure")[0]
    assert hit == search("RMB")[0]


# --- properties ----------------------------------------------------------------------------


@given(st.data())
def test_any_bundled_action_or_substring_of_it_finds_its_measure(data: st.DataObject) -> None:
    number, index, lang, query = data.draw(action_substrings(x.ZONE))
    for lang_asked in (None, lang):
        hits = search(query, lang=lang_asked)
        assert any((h.key, h.field, h.index, h.lang) == (number, "action", index, lang) for h in hits)


@zone_settings
@given(zones(), st.data())
def test_any_generated_action_or_substring_of_it_finds_its_measure(zone: Zone, data: st.DataObject) -> None:
    number, index, lang, query = data.draw(action_substrings(zone))
    hits = search(query, zone=zone)
    assert any((h.key, h.field, h.index, h.lang) == (number, "action", index, lang) for h in hits)
    _check_hits(zone, query, hits)


@zone_settings
@given(zones(), st.data())
def test_a_longer_query_finds_a_subsequence_of_what_a_shorter_one_finds(
    zone: Zone, data: st.DataObject
) -> None:
    texts = [t for m in zone.measures for text in (m.title, *m.actions) for t in (text.ja, text.en)]
    texts += [a.name.en for a in zone.areas]
    text = data.draw(st.sampled_from(texts))
    start = data.draw(st.integers(0, len(text) - 1))
    longer = text[start : data.draw(st.integers(start + 1, len(text)))]
    shorter = longer[: data.draw(st.integers(1, len(longer)))]
    assume(normalize(shorter))
    wide, narrow = search(shorter, zone=zone), search(longer, zone=zone)
    assert set(narrow) <= set(wide)
    assert [h for h in wide if h in set(narrow)] == list(narrow)  # the same, stable, order
    assert search(longer, zone=zone) == narrow


@given(st.data(), st.sampled_from([None, *LANGUAGES]))
def test_lang_keeps_the_hits_in_that_language_and_the_aliases(data: st.DataObject, lang: str | None) -> None:
    place, query = data.draw(_pieces(x.ZONE))
    everything = search(query)
    assert place in {_place(h) for h in everything}  # never an empty result
    only = search(query, lang=lang)  # type: ignore[arg-type]
    assert only == tuple(h for h in everything if lang is None or h.lang in (lang, None))
    assert {_place(h) for h in only} == _expected(x.ZONE, query, lang)
    assert (place in {_place(h) for h in only}) == (lang is None or place[4] in (lang, None))
    _check_hits(x.ZONE, query, everything)


def test_every_text_of_the_bundled_zone_is_listed_by_the_test() -> None:
    """The test's own list of texts: as many as the zone has, and each found by searching for it."""
    texts = _every_text(x.ZONE)
    assert len([p for p in texts if p[2] == "action" and p[4] == "ja"]) == 52
    assert len([p for p in texts if p[2] == "alias"]) == sum(len(a.aliases) for a in x.AREAS) == 4
    for place, text in texts.items():
        assert place in {_place(h) for h in search(text)}, place


@given(st.data(), st.sampled_from(KINDS), st.sampled_from([None, *LANGUAGES]))
def test_kind_keeps_exactly_the_hits_of_that_kind(
    data: st.DataObject, kind: HitKind, lang: Lang | None
) -> None:
    _, query = data.draw(_pieces(x.ZONE))
    hits = search(query, lang=lang, kind=kind)
    assert hits == tuple(h for h in search(query, lang=lang) if h.kind == kind)
    assert all(type(h.record) is RECORD_TYPES[kind] for h in hits)
    records = records_of(hits)
    assert list(records) == list({id(h.record): h.record for h in hits}.values())
    assert len({id(r) for r in records}) == len(records)


@given(st.text())
def test_any_text_gives_exactly_the_texts_containing_it_or_the_blank_query_error(query: str) -> None:
    if normalize(query):
        hits = search(query)
        assert {_place(h) for h in hits} == _expected(x.ZONE, query)
        assert len({_place(h) for h in hits}) == len(hits)
    else:
        with pytest.raises(ValueError, match="search query"):
            search(query)


@zone_settings
@given(zones(), st.data(), st.sampled_from([None, *LANGUAGES]))
def test_search_finds_exactly_the_texts_containing_the_query(
    zone: Zone, data: st.DataObject, lang: str | None
) -> None:
    """Completeness and soundness: the hits are exactly the texts (listed independently) whose
    normalised form contains the normalised query, each once, in tree order."""
    place, query = data.draw(_pieces(zone) | st.tuples(st.none(), st.text(min_size=1)))
    if not normalize(query):
        with pytest.raises(ValueError, match="search query"):
            search(query, zone=zone)
        return
    hits = search(query, lang=lang, zone=zone)  # type: ignore[arg-type]
    places = [_place(h) for h in hits]
    assert set(places) == _expected(zone, query, lang)
    assert len(set(places)) == len(places)
    order = list(_every_text(zone))
    assert places == sorted(places, key=order.index)
    if place is not None:
        assert place in _expected(zone, query)
    _check_hits(zone, query, hits)
    assert search(query, lang=lang, zone=zone) == hits  # type: ignore[arg-type]


def test_a_query_never_spans_two_texts() -> None:
    """The index joins the texts end to end; a query that runs from one into the next finds nothing."""
    measure = Measure(1, Text("題目", "Title"), [Text("物流 ", "ab"), Text(" 金融", "cd")])
    zone = attrs.evolve(x.ZONE, domains=[Domain(1, Text("分野", "Field"), [measure])])
    for query in ("題目title", "title物流", "流ab", "ab金", "融cd"):  # each runs from one text into the next
        assert search(query, zone=zone) == (), query

    def in_measure(query: str) -> list[tuple[str, int | None, str | None]]:
        return [(h.field, h.index, h.lang) for h in search(query, zone=zone) if h.kind == "measure"]

    assert in_measure("物流") == [("action", 1, "ja")]
    assert in_measure("金融") == [("action", 2, "ja")]
    assert in_measure("d") == [("action", 2, "en")]
    assert [h.record for h in search("金融", zone=zone) if h.kind == "measure"] == [measure]


def test_a_text_matched_twice_is_one_hit() -> None:
    measure = Measure(1, Text("物流と物流", "logistics, logistics"), [Text("物流", "logistics")])
    zone = attrs.evolve(x.ZONE, domains=[Domain(1, Text("分野", "Field"), [measure])])
    hits = [h for h in search("物流", zone=zone) if h.kind == "measure"]
    assert [(h.field, h.index) for h in hits] == [("title", None), ("action", 1)]


def test_the_typed_example_runs() -> None:
    """tests/typed_usage.py, which mypy --strict checks, also runs and gives what docs/searching.md says."""
    assert typed_usage.measure_numbers("物流") == [16, 17, 18]
    assert typed_usage.area_ids("logistics") == ["urumqi", "kashgar", "horgos"]
    typed_usage.hit_types()


# --- bounded work (issue 13) -------------------------------------------------------------------


def _strings(data: object) -> list[str]:
    if isinstance(data, str):
        return [data]
    values = data.values() if isinstance(data, dict) else data if isinstance(data, list) else []
    return [s for value in values for s in _strings(value)]


def test_a_query_longer_than_any_text_finds_nothing_without_being_normalised(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A query longer than the zone's longest text could be, however typed, is not even normalised."""
    from xinjiang_fta import text_search
    from xinjiang_fta.serialize import to_dict

    limit = key_limit(normalize(s) for s in _strings(to_dict(x.ZONE)))
    search("x" * 100)  # the index and its limit are built

    def unreachable(text: str) -> str:
        raise AssertionError("normalize was called")

    monkeypatch.setattr(text_search, "normalize", unreachable)
    for query in ("\ufdfa" * 3_333_333, "x" * 10_000_000, " " * (limit + 1)):
        assert search(query) == ()
    monkeypatch.undo()
    text = max((a.en for m in x.MEASURES for a in m.actions), key=len)
    assert 4 * len(normalize(text)) + 16 == limit  # the longest text of the bundled zone
    typed = " " * (limit - len(text)) + text  # spaced out to the limit: still found
    assert [h.text for h in search(typed)] == [text]


@pytest.mark.parametrize("dash", ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"])
def test_china_europe_is_found_with_any_dash(dash: str) -> None:
    hits = search(f"China{dash}Europe")
    assert [(h.kind, h.key, h.field, h.index) for h in hits] == [("measure", 17, "action", 2)]
    assert "China-Europe Railway Express" in hits[0].text


def test_a_short_query_padded_with_spaces_or_accents_still_finds_a_short_text() -> None:
    t = Text("メ", "RMB")
    domains = [Domain(1, Text("ド", "D"), [Measure(1, t, [t])])]
    zone = attrs.evolve(x.ZONE, name=Text("ゾ", "Z"), areas=[Area("a", Text("ア", "A"), 1)], domains=domains)
    assert key_limit(["rmb"]) < 35  # the zone's longest text allows less than the query
    hits = search("R M B" + " " * 30, zone=zone)
    assert [(h.kind, h.key, h.field) for h in hits] == [("measure", 1, "title"), ("measure", 1, "action")]
    assert len(search("R" + "\u0301" * 40 + "MB", lang="en", zone=zone)) == 2
