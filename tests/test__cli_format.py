"""Tests of xinjiang_fta._cli_format: tables, records and hits as text in 80 columns, and match marking."""

from __future__ import annotations

import itertools
import re
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

import xinjiang_fta as x
from xinjiang_fta import LANGUAGES, Lang, Zone, normalize
from xinjiang_fta._cli_format import (
    COLUMNS,
    format_area,
    format_areas,
    format_domain,
    format_domains,
    format_hits,
    format_measure,
    format_measures,
    format_problems,
    mark,
    match_spans,
    percent,
    table,
)
from xinjiang_fta._display import width

from .strategies import action_substrings, non_blank, zone_settings, zones

ANSI = re.compile(r"\x1b\[[01]m")
NBSP = "\u00a0"


def _every_output(zone: Zone, lang: Lang, query: str) -> list[str]:
    outputs = [format_areas(zone, lang), format_domains(zone, lang), format_measures(zone, lang)]
    outputs += [format_area(zone, a, lang) for a in zone.areas]
    outputs += [format_measure(zone, m, lang) for m in zone.measures]
    outputs += [format_domain(d, lang) for d in zone.domains]
    outputs += [format_measures(zone, lang, d) for d in zone.domains]
    if normalize(query):
        hits = zone.search(query)
        outputs += [format_hits(hits, query), ANSI.sub("", format_hits(hits, query, bold=True))]
    return outputs


def test_percent_is_exact_or_marked_as_rounded() -> None:
    assert percent(Fraction(1, 8)) == f"12.5{NBSP}%"
    assert percent(Fraction(1)) == f"100{NBSP}%"
    assert percent(Fraction(3, 100)) == f"3{NBSP}%"
    assert percent(Fraction(154, 673)) == f"≈{NBSP}22.88{NBSP}%"  # 22.8826…
    assert percent(Fraction(1, 3)) == f"≈{NBSP}33.33{NBSP}%"
    assert percent(Fraction(1, 1_000_000)) == f"≈{NBSP}0.00{NBSP}%"
    assert percent(Fraction(1, 80000)) == f"≈{NBSP}0.00{NBSP}%"  # 0.00125 % rounds half to even


@given(st.fractions(min_value=Fraction(1, 10**6), max_value=1))
def test_percent_is_within_half_a_hundredth_and_exact_when_unmarked(share: Fraction) -> None:
    shown = percent(share)
    value = Fraction(shown.removeprefix(f"≈{NBSP}").removesuffix(f"{NBSP}%"))
    if shown.startswith("≈"):
        assert value != share * 100
        assert abs(value - share * 100) <= Fraction(1, 200)
    else:
        assert value == share * 100


def test_table_aligns_wide_characters_as_two_columns() -> None:
    lines = table(
        ["No.", "Title", "n"], [["1", "物流", "10"], ["22", "logistics", "3"]], flex=1, right=(0, 2)
    )
    header, wide, narrow = lines.splitlines()
    assert [header[:10], wide[:7], narrow[:14]] == ["No.  Title", "  1  物流", " 22  logistics"]
    assert [header[-1:], wide[-2:], narrow[-1:]] == ["n", "10", "3"]
    assert width(header) == width(wide) == width(narrow) == COLUMNS  # 物流 counts 4 columns


def test_a_long_cell_wraps_in_its_column() -> None:
    lines = table(["No.", "Title"], [["1", "word " * 30]], flex=1).splitlines()
    assert len(lines) == 4
    assert lines[2].startswith("       word")  # under the title, indented two more
    assert all(width(line) <= COLUMNS for line in lines)


def test_domains_in_japanese_line_up() -> None:
    lines = format_domains(x.ZONE, "ja").splitlines()
    for domain, line in zip(x.DOMAINS, lines[1:], strict=True):
        assert width(line[: line.index(domain.title.ja)]) == width(lines[0][: lines[0].index("Title")])


def test_areas_table_gives_sizes_shares_and_the_total() -> None:
    out = format_areas(x.ZONE, "en")
    assert re.search(rf"kashgar +Kashgar Area +28\.48 +2 +≈{NBSP}15\.85{NBSP}%", out)
    assert re.search(r"Total +179\.66\n", out)
    assert "≈: rounded to 2 decimal places" in out
    assert "カシュガルエリア" in format_areas(x.ZONE, "ja")


def test_the_kashgar_area_in_full() -> None:
    out = format_area(x.ZONE, x.KASHGAR, "en")
    assert out.startswith("Kashgar Area\n  ja: カシュガルエリア\n  en: Kashgar Area\n  zh: 喀什片区\n")
    assert f"Size: 28.48 km², 1424/8983 of the zone (≈{NBSP}15.85{NBSP}%)" in out
    assert "  2. Kashgar Comprehensive Bonded Zone\n" in out
    assert f"     bonded zone: 3.56 km², 1/8 of the area (12.5{NBSP}%)\n" in out
    assert f"     XPCC division: 3.81 km², 381/2848 of the area (≈{NBSP}13.38{NBSP}%)\n" in out
    assert "Aliases: Kashi\n" in out
    assert "Source: 表1 row 2\n" in out
    assert "  3. Local processing of imported resources\n" in out


def test_an_area_without_parts_focus_aliases_or_source_shows_only_what_it_has() -> None:
    zone = Zone(
        id="z",
        name=x.ZONE.name,
        areas=[
            x.Area(id="a", name=x.Text("甲", "A"), area_km2="2"),
            x.Area(id="b", name=x.Text("乙", "B"), area_km2="2"),
        ],
        domains=x.ZONE.domains,
        source=x.ZONE.source,
        data_version=x.DATA_VERSION,
    )
    out = format_area(zone, zone.areas[0], "zh")
    assert out == f"甲\n  ja: 甲\n  en: A\nId: a\nSize: 2 km², 1/2 of the zone (50{NBSP}%)\n"


def test_a_measure_in_full_with_numbered_wrapped_actions() -> None:
    out = format_measure(x.ZONE, x.measure(17), "en")
    lines = out.splitlines()
    assert lines[:3] == [
        "Measure 17: Innovating logistics transport service models",
        "Domain 6: Building a comprehensive logistics hub linking Asia and Europe",
        "Source: 表2 row 17",
    ]
    assert lines[4] == "Actions"
    assert lines[5].startswith("  1. Promote single-procedure handling")
    assert lines[6].startswith("     ")  # wrapped under the text
    assert any(line.startswith("  2. Strengthen") for line in lines)
    ja = format_measure(x.ZONE, x.measure(17), "zh")  # no Chinese: the Japanese source
    assert "Measure 17: 物流の輸送サービスモデルのイノベーション" in ja
    assert not any(line.lstrip().startswith(("、", "。")) for line in ja.splitlines())


def test_a_domain_in_full_and_the_measures_of_one_domain() -> None:
    out = format_domain(x.domain(6), "en")
    assert out.startswith("Domain 6: Building a comprehensive logistics hub linking Asia and Europe\n")
    assert "3 measures, 5 actions" in out
    assert re.search(r"\n +17 +6 +2 +Innovating logistics transport service models\n", out)
    only = format_measures(x.ZONE, "en", x.domain(6))
    assert only.startswith("Domain 6: ")
    assert [int(m) for m in re.findall(r"^ *(\d+) +6 ", only, re.M)] == [16, 17, 18]
    every = format_measures(x.ZONE, "en")
    assert len(re.findall(r"^ *\d+ +\d+ +\d+ ", every, re.M)) == 25


def test_problems_are_listed_and_wrapped_under_their_location() -> None:
    out = format_problems("2 problems in f.json:", [("areas[0]", "bad " * 30), ("(top level)", "short")])
    lines = out.splitlines()
    assert lines[0] == "2 problems in f.json:"
    assert lines[1].startswith("  areas[0]: bad bad")
    assert lines[2].startswith("    bad")
    assert lines[-1] == "  (top level): short"
    assert all(width(line) <= COLUMNS for line in lines)


def test_match_spans_undo_normalisation() -> None:
    assert match_spans("Ürümqi Area", "urumqi") == [(0, 6)]
    assert match_spans("U\u0308ru\u0308mqi", "ÜRÜMQI") == [(0, 8)]  # combining marks stay with their letter
    assert match_spans("ＥＣ and e c", "ec") == [(0, 2), (7, 10)]  # full width; white space inside a match
    assert match_spans("ｶｼｭｶﾞﾙ", "カシュガル") == [(0, 6)]  # half-width kana with a voicing mark
    assert match_spans("ｶﾞ", "カ") == []  # ガ is not カ
    assert match_spans("straße", "s") == [(0, 1)]  # ß folds to ss: not a piece that is "s" alone
    assert match_spans("logistics logistics", "LOGISTICS") == [(0, 9), (10, 19)]
    assert match_spans("aaa", "aa") == [(0, 2)]  # without overlaps
    assert match_spans("abc", " ") == []


def test_mark_surrounds_each_span() -> None:
    assert mark("a b c", [(0, 1), (4, 5)]) == "**a** b **c**"
    assert mark("abc", []) == "abc"
    assert mark("abc", [(1, 2)], "[", "]") == "a[b]c"


def test_hits_show_where_and_the_marked_text() -> None:
    out = format_hits(x.search("logistics", lang="en"), "logistics")
    assert "measure 17, title (en)\n  Innovating **logistics** transport service models\n" in out
    assert "measure 16, action 2 (en)\n" in out
    assert "area kashgar, focus 4 (en)\n" in out
    assert "domain 6, title (en)\n" in out
    parts = format_hits(x.search("喀什综合"), "喀什综合")
    assert parts == "area kashgar, part 2, name (zh)\n  **喀什综合**保税区\n"
    alias = format_hits(x.search("khorgos"), "khorgos")
    assert alias == "area horgos, alias 1\n  **Khorgos**\n"
    zone = format_hits(x.search("pilot free"), "pilot free")
    assert zone.startswith("zone xinjiang, name (en)\n  China (Xinjiang) **Pilot Free** Trade Zone\n")


def test_bold_hits_use_ansi_and_close_it_on_every_line() -> None:
    out = format_hits(x.search("logistics", lang="en"), "logistics", bold=True)
    assert "**" not in out
    assert "\x1b[1mlogistics\x1b[0m" in out
    text = "word " * 14 + "a long match that goes over the end of the line " * 2
    hit = x.Hit("measure", 1, "action", 1, "en", text, x.measure(1))
    lines = format_hits([hit], "a long match that goes over the end", bold=True).splitlines()
    assert len(lines) == 4
    assert lines[1].endswith("\x1b[0m")  # closed at the end of the line…
    assert "\x1b[1ma long" in lines[1]
    assert lines[2].startswith("\x1b[1m  ")  # …and reopened on the next
    for line in lines:
        assert line.count("\x1b[1m") == line.count("\x1b[0m")
    assert ANSI.sub("", "\n".join(lines[1:])).replace("\n  ", " ") == "  " + text.rstrip()


def test_a_text_holding_the_stand_in_marks_is_shown_unmarked_in_bold_mode() -> None:
    hit = x.Hit("area", "a", "alias", 1, None, "odd\x02name", x.URUMQI)
    assert format_hits([hit], "odd", bold=True) == "area a, alias 1\n  odd\x02name\n"


@zone_settings
@given(zones(), st.sampled_from(LANGUAGES), non_blank)
def test_every_line_fits_80_columns(zone: Zone, lang: Lang, query: str) -> None:
    for out in _every_output(zone, lang, query):
        assert out.endswith("\n")
        for line in out.splitlines():
            assert width(line) <= COLUMNS, line


@zone_settings
@given(zones(), st.data())
def test_a_marked_span_normalises_to_the_query(zone: Zone, data: st.DataObject) -> None:
    number, index, lang, query = data.draw(action_substrings(zone))
    text = zone.measure(number).actions[index - 1].get(lang) or ""
    spans = match_spans(text, query)
    for (_, end), (next_start, _) in itertools.pairwise(spans):
        assert end <= next_start
    for start, end in spans:
        assert normalize(text[start:end]) == normalize(query)
    marked = mark(text, spans, "\x02", "\x03")
    assert marked.replace("\x02", "").replace("\x03", "") == text


@given(st.data())
def test_every_match_in_the_bundled_actions_is_found_and_marked(data: st.DataObject) -> None:
    number, index, lang, query = data.draw(action_substrings(x.ZONE))
    text = x.measure(number).actions[index - 1].get(lang) or ""
    spans = match_spans(text, query)
    assert spans  # the bundled texts always map back
    assert all(normalize(text[start:end]) == normalize(query) for start, end in spans)
    assert len(spans) == normalize(text).count(normalize(query))


long_texts = st.lists(non_blank, min_size=1, max_size=40).map(" ".join)


@given(long_texts, st.data())
def test_long_texts_wrap_within_80_columns_with_their_marks(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    query = text[start : data.draw(st.integers(start + 1, len(text)))]
    rows = [[str(n), text, "12345.67"] for n in range(1, 4)]
    outputs = [table(["No.", "Title", "km²"], rows, flex=1, right=(0, 2))]
    if normalize(query):
        hit = x.Hit("measure", 1, "action", 1, "en", text, x.measure(1))
        plain, bold = format_hits([hit], query), format_hits([hit], query, bold=True)
        outputs += [plain, ANSI.sub("", bold)]
        assert re.sub(r"\s", "", ANSI.sub("", bold)) == re.sub(r"\s", "", plain.replace("**", ""))
        for start, end in match_spans(text, query):
            assert normalize(text[start:end]) == normalize(query)
    for out in outputs:
        assert all(width(line) <= COLUMNS for line in out.splitlines())
