"""Tests of xinjiang_fta.summary: the zone at a glance."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

import xinjiang_fta as x
from xinjiang_fta import Text, Zone
from xinjiang_fta._display import width
from xinjiang_fta.summary import format_summary, text_in

from .strategies import zones


def test_bundled_summary_shows_areas_parts_total_and_domains() -> None:
    out = format_summary(x.ZONE)
    lines = out.splitlines()
    assert lines[0] == "China (Xinjiang) Pilot Free Trade Zone"
    for area in x.AREAS:
        (row,) = [line for line in lines if line.strip().startswith(area.name.en)]
        assert row.endswith(str(area.area_km2))
        for part in area.sub_areas:
            assert any(
                line.strip().startswith(part.name.en) and line.endswith(str(part.area_km2)) for line in lines
            )
    (total,) = [line for line in lines if line.strip().startswith("Total")]
    assert total.endswith("179.66")
    for domain in x.DOMAINS:
        assert f"{domain.number:>3}  ({len(domain.measures)})  " in out


def test_summary_in_japanese_and_chinese_uses_those_names() -> None:
    ja = format_summary(x.ZONE, "ja")
    zh = format_summary(x.ZONE, "zh")
    assert "ウルムチエリア" in ja
    assert "乌鲁木齐片区" in zh
    # domain titles have no Chinese: they fall back to the Japanese source text
    assert x.DOMAINS[0].title.ja in zh


@given(zones(), st.sampled_from(["ja", "en", "zh"]))
def test_every_line_fits_80_columns_and_every_area_is_shown(zone: Zone, lang: str) -> None:
    out = format_summary(zone, lang)  # type: ignore[arg-type]
    assert all(width(line) <= 80 for line in out.splitlines())
    assert str(zone.total_area_km2) in out
    for area in zone.areas:
        assert str(area.area_km2) in out


def test_text_in_falls_back_to_japanese() -> None:
    assert text_in(Text("物流", "logistics"), "zh") == "物流"
    assert text_in(Text("物流", "logistics"), "en") == "logistics"


def test_bundled_summary_fits_80_columns_in_every_language() -> None:
    for lang in ("ja", "en", "zh"):
        lines = format_summary(x.ZONE, lang).splitlines()
        assert max(width(line) for line in lines) <= 80, lang


long_texts = st.text(st.sampled_from("ab cd-XYZ物流ウルムチ新疆　"), min_size=60, max_size=200).filter(
    lambda s: s.strip() != ""
)


@given(zones(max_areas=2, max_domains=2), long_texts, long_texts, st.sampled_from(["ja", "en"]))
def test_long_names_and_titles_are_wrapped_within_80_columns(
    zone: Zone, long_name: str, long_title: str, lang: str
) -> None:
    text = Text(long_name, long_name)
    area = attrs.evolve(
        zone.areas[0],
        name=text,
        sub_areas=[attrs.evolve(p, name=Text(long_title, long_title)) for p in zone.areas[0].sub_areas],
    )
    domain = attrs.evolve(zone.domains[0], title=Text(long_title, long_title))
    zone = attrs.evolve(zone, name=text, areas=(area, *zone.areas[1:]), domains=(domain, *zone.domains[1:]))
    out = format_summary(zone, lang)  # type: ignore[arg-type]
    assert all(width(line) <= 80 for line in out.splitlines())
    assert str(area.area_km2) in out


def test_one_digit_sizes_leave_room_for_the_unit_heading() -> None:
    zone = attrs.evolve(x.ZONE, areas=[x.Area("a", Text("エ", "A"), "1")])
    assert all(width(line) <= 80 for line in format_summary(zone).splitlines())
