"""Tests of xinjiang_fta._labels: texts in the language asked for, and the words the presentations share."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import xinjiang_fta as x
from xinjiang_fta._labels import (
    KIND_LABELS,
    OVERLAP_NOTE,
    PARTS_HEADING,
    ZH_NOTE,
    heading,
    part_label,
    text_in,
)
from xinjiang_fta.records import SubAreaKind
from xinjiang_fta.texts import LANGUAGES, Lang, Text

from .strategies import texts


def test_text_in_gives_the_language_asked_for() -> None:
    name = Text("ウルムチエリア", "Urumqi Area", "乌鲁木齐片区")
    assert [text_in(name, lang) for lang in LANGUAGES] == ["ウルムチエリア", "Urumqi Area", "乌鲁木齐片区"]


def test_text_in_falls_back_to_the_japanese_source_without_a_translation() -> None:
    assert text_in(Text("物流", "logistics"), "zh") == "物流"
    assert text_in(Text("物流", "logistics"), "en") == "logistics"
    assert text_in(x.DOMAINS[0].title, "zh") == "政府機能転換の加速"  # domain titles have no Chinese


@given(texts, st.sampled_from(LANGUAGES))
def test_text_in_is_the_translation_if_any_else_the_japanese(text: Text, lang: Lang) -> None:
    shown = text_in(text, lang)
    assert shown == (text.get(lang) if text.get(lang) is not None else text.ja)
    assert shown.strip()  # never blank: every text has its Japanese


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        text_in(Text("物流", "logistics"), "fr")  # type: ignore[arg-type]


def test_every_kind_of_part_has_a_label() -> None:
    assert set(KIND_LABELS) == set(SubAreaKind)
    assert KIND_LABELS == {SubAreaKind.XPCC_DIVISION: "XPCC division", SubAreaKind.BONDED_ZONE: "bonded zone"}


def test_the_notes_and_headings_say_what_a_part_is_and_that_parts_may_overlap() -> None:
    assert "the land of its area that belongs to that corps division or bonded zone" in OVERLAP_NOTE
    assert "included in the area's size" in OVERLAP_NOTE
    assert "does not say whether an area's parts overlap: do not add them up" in OVERLAP_NOTE
    assert PARTS_HEADING == "Parts: the land in the area of a corps division or a bonded zone"


def test_a_part_is_named_as_the_land_of_its_area_it_measures() -> None:
    part = x.URUMQI.sub_areas[0]
    assert part_label(part, x.URUMQI, "en") == "XPCC 12th Division, land in the Urumqi Area"
    assert part_label(part, x.URUMQI, "ja") == "新疆生産建設兵団第12師団, land in ウルムチエリア"
    assert part_label(part, x.URUMQI, "zh") == "新疆生产建设兵团第十二师, land in 乌鲁木齐片区"


def test_japanese_headings_are_the_source_terms_and_others_stay_english() -> None:
    assert [heading(h, "ja") for h in ("Key fields", "Main measures", "Total")] == [
        "重点分野",
        "主な取り組み",
        "Total",
    ]
    assert [heading(h, lang) for h in ("Key fields",) for lang in ("en", "zh")] == [
        "Key fields",
        "Key fields",
    ]
    assert "proper names only" in ZH_NOTE
