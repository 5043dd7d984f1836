"""Tests of xinjiang_fta._search: search of every text of a zone, in any language or in one."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import xinjiang_fta as x
from xinjiang_fta import LANGUAGES, Area, Domain, Hit, Measure, SubArea, Text, Zone, normalize, search

from .strategies import action_substrings, zone_settings, zones


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
    """Every hit contains the query and says truly where its text is."""
    for hit in hits:
        assert normalize(query) in normalize(hit.text)
        assert _field_text(hit) == hit.text
        if hit.kind == "sub_area":
            assert isinstance(hit.key, tuple)
            assert zone.area(hit.key[0]).sub_areas[hit.key[1] - 1] is hit.record
        else:
            assert hit.key == _key(hit.record)


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


def test_a_phrase_in_english_in_any_case_width_and_spacing() -> None:
    hits = search("Central Asia")
    assert [h.key for h in hits if h.kind == "area"] == ["urumqi", "kashgar"]
    assert {h.lang for h in hits} == {"en"}
    assert search("ＣＥＮＴＲＡＬ　ａｓｉａ") == hits
    assert search("centralasia") == hits


def test_names_in_chinese_and_aliases() -> None:
    assert [(h.kind, h.key) for h in search("霍尔果斯")] == [("area", "horgos"), ("sub_area", ("horgos", 2))]
    [alias] = search("khorgos")
    assert (alias.kind, alias.key, alias.field, alias.index, alias.lang) == (
        "area",
        "horgos",
        "alias",
        1,
        None,
    )
    assert str(alias) == "area horgos alias 1: Khorgos"


def test_a_word_in_an_action_names_the_action() -> None:
    hits = search("RMB")
    assert str(hits[0]) == "measure 14 title (en): Expanding RMB settlement"
    assert [(h.key, h.field, h.index, h.lang) for h in hits] == [
        (14, "title", None, "en"),
        (14, "action", 1, "en"),
    ]


def test_the_zone_name_and_sub_areas_are_searched() -> None:
    hits = search("自由贸易试验区")
    assert [(h.kind, h.key, h.lang) for h in hits] == [("zone", "xinjiang", "zh")]
    bonded = search("bonded zone")
    assert [h.key for h in bonded if h.kind == "sub_area"] == [("urumqi", 2), ("kashgar", 2), ("horgos", 2)]
    assert all(isinstance(h.record, SubArea) for h in bonded if h.kind == "sub_area")


def test_voiced_kana_are_not_their_unvoiced_forms() -> None:
    assert {h.key for h in search("ガ")} == {"kashgar", ("kashgar", 2), "horgos"}
    assert "kashgar" in {h.key for h in search("カ")}
    assert "horgos" not in {h.key for h in search("カ")}


def test_lang_restricts_to_one_language_but_keeps_aliases() -> None:
    assert search("Central Asia", lang="ja") == ()
    assert len(search("中央アジア", lang="ja")) == len(search("Central Asia", lang="en"))
    assert [h.field for h in search("コルガス", lang="en")] == ["alias"]


def test_hits_are_frozen_and_compare_by_place_not_record() -> None:
    hit = search("RMB")[0]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        hit.text = "x"  # type: ignore[misc]
    assert hit == attrs.evolve(hit, record=x.ZONE)
    assert "record" not in repr(hit)


@pytest.mark.parametrize("query", ["", "   ", "\u3000\t", "\u0301"])
def test_a_blank_query_is_refused(query: str) -> None:
    with pytest.raises(ValueError, match="search query must contain something"):
        search(query)


def test_an_unknown_language_or_a_query_that_is_not_a_string_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        search("物流", lang="fr")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="a search query is a string"):
        search(17)  # type: ignore[arg-type]


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
    hits = zone.search(query)
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
    wide, narrow = zone.search(shorter), zone.search(longer)
    assert set(narrow) <= set(wide)
    assert [h for h in wide if h in set(narrow)] == list(narrow)  # the same, stable, order
    assert zone.search(longer) == narrow


@given(st.text(), st.sampled_from([None, *LANGUAGES]))
def test_lang_keeps_the_hits_in_that_language_and_the_aliases(query: str, lang: str | None) -> None:
    assume(normalize(query))
    everything = search(query)
    assert search(query, lang=lang) == tuple(  # type: ignore[arg-type]
        h for h in everything if lang is None or h.lang in (lang, None)
    )
    _check_hits(x.ZONE, query, everything)


@given(st.text())
def test_any_text_gives_hits_or_the_blank_query_error(query: str) -> None:
    if normalize(query):
        assert isinstance(search(query), tuple)
    else:
        with pytest.raises(ValueError, match="search query"):
            search(query)


@zone_settings
@given(zones(), st.text())
def test_any_text_gives_hits_in_a_generated_zone_or_the_blank_query_error(zone: Zone, query: str) -> None:
    if normalize(query):
        _check_hits(zone, query, zone.search(query))
    else:
        with pytest.raises(ValueError, match="search query"):
            zone.search(query)


def test_the_index_is_built_once_per_zone() -> None:
    zone = x.ZONE
    search("物流")
    index = zone._cache["search"]
    search("金融")
    assert zone._cache["search"] is index
    assert [h.record for h in search("金融") if h.kind == "domain"] == [x.domain(5)]
    assert all(isinstance(h.record, Domain) for h in search("金融") if h.kind == "domain")
