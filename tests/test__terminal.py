"""Tests of xinjiang_fta._terminal: the summary, tables, records and hits as text in so many columns."""

from __future__ import annotations

import copy
import itertools
import re
from fractions import Fraction
from typing import TypeVar

import attrs
from hypothesis import example, given, settings
from hypothesis import strategies as st

import xinjiang_fta as x
from xinjiang_fta._labels import OVERLAP_NOTE, PARTS_HEADING
from xinjiang_fta._layout import width
from xinjiang_fta._terminal import (
    ROUNDED_NOTE,
    escape,
    format_area,
    format_areas,
    format_domains,
    format_hits,
    format_measure,
    format_measures,
    format_problems,
    format_summary,
    match_spans,
    percent,
    shown,
)
from xinjiang_fta.lookup import normalize
from xinjiang_fta.records import Area, Zone
from xinjiang_fta.text_search import Hit, search
from xinjiang_fta.texts import LANGUAGES, Lang, Text

from .strategies import action_substrings, non_blank, zone_settings, zones

R = TypeVar("R")

ANSI = re.compile(r"\x1b\[[01]m")
NBSP = "\u00a0"
COLUMNS = 80


def _every_output(zone: Zone, lang: Lang, query: str, columns: int = COLUMNS) -> list[str]:
    outputs = [
        format_summary(zone, lang, columns=columns),
        format_areas(zone, lang, columns=columns),
        format_domains(zone, lang, columns=columns),
        format_measures(zone, lang, columns=columns),
    ]
    outputs += [format_area(zone, a, lang, columns=columns) for a in zone.areas]
    outputs += [format_measure(zone, m, lang, columns=columns) for m in zone.measures]
    outputs += [format_measures(zone, lang, d, columns=columns) for d in zone.domains]
    if normalize(query):
        hits = format_hits(search(query, zone=zone), query, columns=columns)
        outputs += [shown(hits, False), ANSI.sub("", shown(hits, True))]
    return outputs


def _plain_hits(hits: list[Hit] | tuple[Hit, ...], query: str) -> str:
    return shown(format_hits(hits, query), False)


def _two_areas(sizes: tuple[str, str] = ("2", "2")) -> Zone:
    """The bundled zone with two plain areas: no parts, focus, aliases, source row nor Chinese name."""
    return attrs.evolve(
        x.ZONE,
        areas=[Area("a", Text("甲", "A"), sizes[0]), Area("b", Text("乙", "B"), sizes[1])],
    )


# percent


def test_percent_is_exact_or_marked_as_rounded() -> None:
    assert percent(Fraction(1, 8)) == f"12.5{NBSP}%"
    assert percent(Fraction(1)) == f"100{NBSP}%"
    assert percent(Fraction(3, 100)) == f"3{NBSP}%"
    assert percent(Fraction(1, 10000)) == f"0.01{NBSP}%"
    assert percent(Fraction(154, 673)) == f"≈{NBSP}22.88{NBSP}%"  # 22.8826…
    assert percent(Fraction(1, 3)) == f"≈{NBSP}33.33{NBSP}%"
    assert percent(Fraction(2, 3)) == f"≈{NBSP}66.67{NBSP}%"
    assert percent(Fraction(1, 1_000_000)) == f"≈{NBSP}0.00{NBSP}%"
    assert percent(Fraction(1, 80000)) == f"≈{NBSP}0.00{NBSP}%"  # 0.00125 % rounds half to even
    assert percent(Fraction(3, 80000)) == f"≈{NBSP}0.00{NBSP}%"  # 0.00375 %: to even is 0.00, not 0.01
    assert percent(Fraction(5, 80000)) == f"≈{NBSP}0.01{NBSP}%"  # 0.00625 %


@given(st.fractions(min_value=Fraction(1, 10**6), max_value=1))
def test_percent_is_within_half_a_hundredth_and_exact_when_unmarked(share: Fraction) -> None:
    shown = percent(share)
    assert " " not in shown  # joined by no-break spaces only
    value = Fraction(shown.removeprefix(f"≈{NBSP}").removesuffix(f"{NBSP}%"))
    if shown.startswith("≈"):
        assert value != share * 100
        assert abs(value - share * 100) <= Fraction(1, 200)
        assert re.fullmatch(rf"≈{NBSP}\d+\.\d\d{NBSP}%", shown)
    else:
        assert value == share * 100


# The summary


def test_the_bundled_summary_gives_every_size_the_total_and_the_domains() -> None:
    lines = format_summary(x.ZONE).splitlines()
    assert lines[:3] == [
        "China (Xinjiang) Pilot Free Trade Zone",
        "Source: Master Plan for the China (Xinjiang) Pilot Free Trade Zone (State",
        "Council, 2023-10-21). Data: 1.1.0 (as of 2023-10-21)",
    ]
    sizes = [re.sub(r" {2,}", " | ", line) for line in lines[4:15]]
    assert sizes == [
        "Areas | km²",
        " | Urumqi Area | 134.6",
        " | XPCC 12th Division, land in the Urumqi Area | 30.8",
        " | Urumqi Comprehensive Bonded Zone, land in the Urumqi Area | 2.41",
        " | Kashgar Area | 28.48",
        " | XPCC 3rd Division, land in the Kashgar Area | 3.81",
        " | Kashgar Comprehensive Bonded Zone, land in the Kashgar Area | 3.56",
        " | Horgos Area | 16.58",
        " | XPCC 4th Division, land in the Horgos Area | 1.95",
        " | Horgos Comprehensive Bonded Zone, land in the Horgos Area | 3.61",
        " | Total | 179.66",
    ]
    assert all(width(line) == COLUMNS for line in lines[4:15])  # sizes aligned on the right edge
    narrow = format_summary(x.ZONE, columns=40).splitlines()
    at = narrow.index("    Urumqi Comprehensive Bonded     2.41")  # the size on the name's first line,
    assert narrow[at + 1 : at + 3] == ["      Zone, land in the Urumqi", "      Area"]  # the rest under it
    assert lines[5].startswith("  Urumqi")
    assert lines[6].startswith("    XPCC")  # parts under their area
    assert " ".join(lines[15:18]) == OVERLAP_NOTE
    domains = lines[lines.index("Domains (number of measures)") + 1 :]
    counts = [(int(n), int(c)) for n, c in re.findall(r"^ +(\d) +\((\d)\) ", "\n".join(domains), re.M)]
    assert counts == [(1, 3), (2, 2), (3, 3), (4, 3), (5, 4), (6, 3), (7, 3), (8, 4)]
    assert domains[6:8] == [
        "  7  (3)  Strengthening and deepening exchanges in many fields in opening-up to",
        "          the west",
    ]


def test_the_summary_in_japanese_and_chinese_uses_those_names() -> None:
    ja = format_summary(x.ZONE, "ja")
    zh = format_summary(x.ZONE, "zh")
    assert ja.startswith("中国（新疆）自由貿易試験区\n")
    assert "ウルムチエリア" in ja
    assert "乌鲁木齐片区" in zh
    assert x.DOMAINS[0].title.ja in zh  # domain titles have no Chinese: the Japanese source
    for lang in LANGUAGES:
        lines = format_summary(x.ZONE, lang).splitlines()
        assert max(width(line) for line in lines) <= COLUMNS, lang
        assert lines[4].endswith("面積 (km²)" if lang == "ja" else "  km²")  # the source's term in Japanese
        assert lines[14].endswith("179.66")
    assert "    新疆生産建設兵団第12師団, land in ウルムチエリア" in ja


def test_one_digit_sizes_leave_room_for_the_unit_heading() -> None:
    zone = attrs.evolve(x.ZONE, areas=[Area("a", Text("エ", "A"), "1")])
    lines = format_summary(zone).splitlines()
    assert all(width(line) <= COLUMNS for line in lines)
    assert lines[4].endswith("  km²")
    assert lines[5].endswith("    1")


long_texts = st.text(st.sampled_from("ab cd-XYZ物流ウルムチ新疆　"), min_size=60, max_size=200).filter(
    lambda s: s.strip() != ""
)


@zone_settings
@given(zones(max_areas=2, max_domains=2), long_texts, long_texts, st.sampled_from(LANGUAGES))
def test_long_names_and_titles_are_wrapped_within_80_columns(
    zone: Zone, long_name: str, long_title: str, lang: Lang
) -> None:
    text = Text(long_name, long_name)
    area = attrs.evolve(
        zone.areas[0],
        name=text,
        sub_areas=[attrs.evolve(p, name=Text(long_title, long_title)) for p in zone.areas[0].sub_areas],
    )
    domain = attrs.evolve(zone.domains[0], title=Text(long_title, long_title))
    zone = attrs.evolve(zone, name=text, areas=(area, *zone.areas[1:]), domains=(domain, *zone.domains[1:]))
    out = format_summary(zone, lang)
    assert all(width(line) <= COLUMNS for line in out.splitlines())
    assert re.search(rf" {re.escape(str(area.area_km2))}\n", out)  # on the last line of the area's name


# Tables


def test_domains_in_japanese_line_up() -> None:
    lines = format_domains(x.ZONE, "ja").splitlines()
    for domain, line in zip(x.DOMAINS, lines[1:], strict=True):
        assert width(line[: line.index(domain.title.ja)]) == width(lines[0][: lines[0].index("Title")])


def test_the_domains_table_counts_measures_and_actions() -> None:
    out = format_domains(x.ZONE, "en")
    rows = re.findall(r"^ +(\d+) +(\d+) +(\d+)  \S", out, re.M)
    assert [tuple(map(int, row)) for row in rows] == [
        (d.number, len(d.measures), sum(len(m.actions) for m in d.measures)) for d in x.DOMAINS
    ]
    assert rows[0] == ("1", "3", "7")
    assert sum(int(actions) for _, _, actions in rows) == 52


def test_the_areas_table_gives_sizes_shares_and_the_total() -> None:
    out = format_areas(x.ZONE, "en")
    assert re.search(rf"urumqi +Urumqi Area +134\.6 +2 +≈{NBSP}74\.92{NBSP}%", out)
    assert re.search(rf"kashgar +Kashgar Area +28\.48 +2 +≈{NBSP}15\.85{NBSP}%", out)
    assert re.search(rf"horgos +Horgos Area +16\.58 +2 +≈{NBSP}9\.23{NBSP}%", out)
    assert re.search(r"Total +179\.66\n", out)
    assert out.endswith(ROUNDED_NOTE + "\n")
    assert "カシュガルエリア" in format_areas(x.ZONE, "ja")
    narrow = format_areas(x.ZONE, "en", columns=40).splitlines()  # the names go under the figures
    assert narrow[:4] == [
        "Id          km²  Parts      Share",
        "  Name",
        f"urumqi    134.6      2  ≈{NBSP}74.92{NBSP}%",
        "  Urumqi Area",
    ]


def test_exact_shares_need_no_rounding_note() -> None:
    out = format_areas(_two_areas(("3", "1")), "en")
    assert re.search(rf"^a +A +3 +0 +75{NBSP}%$", out, re.M)
    assert re.search(rf"^b +B +1 +0 +25{NBSP}%$", out, re.M)
    assert "≈" not in out


def test_the_measures_table_lists_every_measure_with_its_domain_and_actions() -> None:
    every = format_measures(x.ZONE, "en")
    rows = re.findall(r"^ *(\d+) +(\d+) +(\d+) ", every, re.M)
    assert [tuple(map(int, row)) for row in rows] == [
        (m.number, x.domain_of(m).number, len(m.actions)) for m in x.MEASURES
    ]
    assert every.startswith("No.  Domain  Actions  Title\n")
    only = format_measures(x.ZONE, "en", x.domain(6))
    assert only.startswith(
        "Domain 6: Building a comprehensive logistics hub linking Asia and Europe\n3 measures, 5 actions\n\n"
    )
    assert [int(m) for m in re.findall(r"^ *(\d+) +6 ", only, re.M)] == [16, 17, 18]


# Records in full


def test_the_kashgar_area_in_full() -> None:
    out = format_area(x.ZONE, x.KASHGAR, "en")
    assert out.startswith(
        "Kashgar Area\n  ja: カシュガルエリア\n  en: Kashgar Area\n  zh: 喀什片区\nId: kashgar\n"
    )
    assert f"Size: 28.48 km², 1424/8983 of the zone (≈{NBSP}15.85{NBSP}%)" in out
    parts = " ".join(
        line.strip() for line in out.split(PARTS_HEADING)[1].split("A part's")[0].splitlines()
    ).strip()
    assert parts == (
        "1. XPCC 3rd Division, land in the Kashgar Area: 3.81 km², 381/2848 of the area "
        f"(≈{NBSP}13.38{NBSP}%) "
        "2. Kashgar Comprehensive Bonded Zone, land in the Kashgar Area: 3.56 km², 1/8 of the area "
        f"(12.5{NBSP}%)"
    )
    assert "Aliases: Kashi\n" in out
    assert "Source: 表1 row 2\n" in out
    assert ROUNDED_NOTE + "\n" in out
    assert "do not add them up" in out
    assert "\nKey fields\n  1. Strengthening" in out
    assert "  3. Local processing of imported resources\n" in out
    assert out.index(PARTS_HEADING) < out.index("Key fields")
    assert "\n重点分野\n  1. " in format_area(x.ZONE, x.KASHGAR, "ja")


def test_an_area_without_parts_focus_aliases_or_source_shows_only_what_it_has() -> None:
    zone = _two_areas()
    out = format_area(zone, zone.areas[0], "zh")
    assert out == f"甲\n  ja: 甲\n  en: A\nId: a\nSize: 2 km², 1/2 of the zone (50{NBSP}%)\n"


def test_a_rounded_share_of_the_zone_alone_adds_the_note() -> None:
    zone = _two_areas(("1", "2"))
    out = format_area(zone, zone.areas[0], "en")
    assert f"Size: 1 km², 1/3 of the zone (≈{NBSP}33.33{NBSP}%)\n" in out
    assert out.endswith(ROUNDED_NOTE + "\n")


@given(st.integers(20, 400), st.integers(40, 120))
def test_a_long_area_id_fits_the_areas_table(length: int, columns: int) -> None:
    zone = attrs.evolve(x.ZONE, areas=(attrs.evolve(x.URUMQI, id="u" * length), *x.AREAS[1:]))
    lines = format_areas(zone, "en", columns).splitlines()
    assert all(width(line) <= columns for line in lines)
    assert "".join(lines).count("u" * min(length, columns)) >= 1


def test_one_measure_and_one_action_are_counted_in_the_singular() -> None:
    one = attrs.evolve(x.domain(6), measures=[attrs.evolve(x.measure(18), number=1)])
    zone = attrs.evolve(x.ZONE, domains=[attrs.evolve(one, number=1)])
    assert "\n1 measure, 1 action\n" in format_measures(zone, "en", zone.domains[0])


def test_a_measure_in_full_with_numbered_wrapped_actions() -> None:
    out = format_measure(x.ZONE, x.measure(17), "en")
    lines = out.splitlines()
    assert lines[:3] == [
        "Measure 17: Innovating logistics transport service models",
        "Domain 6: Building a comprehensive logistics hub linking Asia and Europe",
        "Source: 表2 row 17",
    ]
    assert lines[3:5] == ["", "Actions"]
    assert lines[5].startswith("  1. Promote single-procedure handling")
    assert lines[6].startswith("     ")  # wrapped under the text
    assert any(line.startswith("  2. Strengthen") for line in lines)
    zh = format_measure(x.ZONE, x.measure(17), "zh")  # no Chinese: the Japanese source
    assert "Measure 17: 物流の輸送サービスモデルのイノベーション" in zh
    assert not any(line.lstrip().startswith(("、", "。")) for line in zh.splitlines())


def test_a_measure_without_a_source_row_has_no_source_line() -> None:
    measure = attrs.evolve(x.measure(1), source_ref=None)
    domain = attrs.evolve(x.domain(1), measures=[measure, *x.domain(1).measures[1:]])
    zone = attrs.evolve(x.ZONE, domains=[domain, *x.DOMAINS[1:]])
    out = format_measure(zone, measure, "en")
    assert "Source:" not in out
    assert out.splitlines()[2:4] == ["", "Actions"]


def test_a_domain_in_full_and_every_domains_measures() -> None:
    out = format_measures(x.ZONE, "en", x.domain(6))
    assert out.startswith(
        "Domain 6: Building a comprehensive logistics hub linking Asia and Europe\n3 measures, 5 actions\n\n"
    )
    assert re.search(r"\n +17 +6 +2 +Innovating logistics transport service models\n", out)
    assert [int(m) for m in re.findall(r"^ *(\d+) +6 ", out, re.M)] == [16, 17, 18]


def test_problems_are_listed_and_wrapped_under_their_location() -> None:
    out = format_problems(x.DataError([("areas[0]", "bad " * 30), ("(top level)", "short")], "f.json"))
    lines = out.splitlines()
    assert lines[0] == "2 problems in f.json:"
    assert lines[1].startswith("  areas[0]: bad bad")
    assert lines[2].startswith("    bad")
    assert lines[-1] == "  (top level): short"
    assert all(width(line) <= COLUMNS for line in lines)
    assert out.count("bad") == 30


# Matches


def test_match_spans_undo_normalisation() -> None:
    assert match_spans("Ürümqi Area", "urumqi") == [(0, 6)]
    assert match_spans("U\u0308ru\u0308mqi", "ÜRÜMQI") == [(0, 8)]  # combining marks stay with their letter
    assert match_spans("ＥＣ and e c", "ec") == [(0, 2), (7, 10)]  # full width; white space inside a match
    assert match_spans("ｶｼｭｶﾞﾙ", "カシュガル") == [(0, 6)]  # half-width kana with a voicing mark
    assert match_spans("ｶﾞ", "カ") == []  # ガ is not カ
    assert match_spans("straße", "s") == [(0, 1)]  # ß folds to ss: not a piece that is "s" alone
    assert match_spans("logistics logistics", "LOGISTICS") == [(0, 9), (10, 19)]
    assert match_spans("aaa", "aa") == [(0, 2)]  # without overlaps
    assert match_spans("abc", " ") == []  # a blank query matches nothing
    assert match_spans("abc", "x") == []


@zone_settings
@given(zones(), st.data())
def test_a_marked_span_normalises_to_the_query(zone: Zone, data: st.DataObject) -> None:
    number, index, lang, query = data.draw(action_substrings(zone))
    text = x.measure(number, zone=zone).actions[index - 1].get(lang) or ""
    spans = match_spans(text, query)
    for (_, end), (next_start, _) in itertools.pairwise(spans):
        assert end <= next_start
    for start, end in spans:
        assert normalize(text[start:end]) == normalize(query)
    hit = Hit("measure", number, "action", index, lang, text, x.measure(number, zone=zone))
    out = shown(format_hits([hit], query, columns=1000), False)  # the marks gone, nothing else
    assert re.sub(r"\s", "", out) == re.sub(
        r"\s", "", f"measure {number}, action {index} ({lang})" + escape(text)
    )


@given(st.data())
def test_every_match_in_the_bundled_actions_is_found_and_marked(data: st.DataObject) -> None:
    number, index, lang, query = data.draw(action_substrings(x.ZONE))
    text = x.measure(number).actions[index - 1].get(lang) or ""
    spans = match_spans(text, query)
    assert spans  # the bundled texts always map back
    assert all(normalize(text[start:end]) == normalize(query) for start, end in spans)
    assert len(spans) == normalize(text).count(normalize(query))


# Hits


def test_hits_show_where_and_the_marked_text() -> None:
    out = format_hits(search("logistics", lang="en"), "logistics")
    assert "measure 17, title (en)\n  Innovating \x02logistics\x03 transport service models\n" in out
    assert "measure 16, action 2 (en)\n" in out
    assert "area kashgar, focus 4 (en)\n" in out
    assert "domain 6, title (en)\n" in out
    assert (
        _plain_hits(search("喀什综合"), "喀什综合") == "area kashgar, part 2, name (zh)\n  喀什综合保税区\n"
    )
    assert format_hits(search("khorgos"), "khorgos") == "area horgos, alias 1\n  \x02Khorgos\x03\n"
    zone = format_hits(search("pilot free"), "pilot free")
    assert zone.startswith("zone xinjiang, name (en)\n  China (Xinjiang) \x02Pilot Free\x03 Trade Zone\n")
    assert format_hits([], "anything") == "\n"


def test_shown_marks_matches_in_bold_or_not_at_all_and_escapes_the_rest() -> None:
    marked = format_hits(search("logistics", lang="en"), "logistics")
    assert "**" not in shown(marked, False) + shown(marked, True)
    assert "\x1b" not in shown(marked, False)
    assert "\x1b[1mlogistics\x1b[0m" in shown(marked, True)
    assert shown(marked, None).count("\\x02logistics\\x03") == marked.count("\x02")  # escaped like any other
    assert shown("a\x1b[31mb\u202ec\n\x9b") == "a\\x1b[31mb\\u202ec\n\\x9b"  # line ends are kept
    text = "word " * 4 + "a long match that goes over the end of the line " * 2
    hit = Hit("measure", 1, "action", 1, "en", text, x.measure(1))
    query = "a long match that goes over the end of the line"
    lines = shown(format_hits([hit], query, columns=40), True).splitlines()
    assert lines[1:4] == [
        "  word word word word",
        "  \x1b[1ma long match that goes over the end of\x1b[0m",  # longer than a line: cut at its width,
        "\x1b[1m  the line\x1b[0m",  # closed and reopened
    ]
    for line in lines:
        assert line.count("\x1b[1m") == line.count("\x1b[0m")
    assert ANSI.sub("", "\n".join(lines[1:])).replace("\n  ", " ") == "  " + text.rstrip()


def test_a_matched_word_is_never_split_between_lines() -> None:
    text = "Attract international logistics enterprises, enhance logistics services"
    hit = Hit("measure", 18, "action", 1, "en", text, x.measure(18))
    for columns in range(40, 80):
        lines = shown(format_hits([hit], "enterprises, enhance", columns=columns), False).splitlines()
        assert any("enterprises, enhance" in line for line in lines), columns


def test_escape_shows_every_control_and_bidi_character() -> None:
    assert escape("\x1b]0;pwned\x07") == "\\x1b]0;pwned\\x07"
    assert escape("a\tb\nc\r\x00\x7f\x85\x9b") == "a\\tb\\nc\\r\\x00\\x7f\\x85\\x9b"
    assert escape("\u202eabc\u2066\u200f\u061c\u2028") == "\\u202eabc\\u2066\\u200f\\u061c\\u2028"
    assert escape("\udcff") == "\\udcff"  # a lone surrogate, as a file name of bytes that are not UTF-8
    assert escape("\x1b\n", "\n") == "\\x1b\n"
    assert escape("\x9b\u202e", json=True) == "\\u009b\\u202e"
    assert (
        escape("ウルムチ 物流 Ü ＥＣ é\u0301 \\x1b") == "ウルムチ 物流 Ü ＥＣ é\u0301 \\x1b"
    )  # the rest as it is


def test_a_hit_text_holding_a_mark_character_is_shown_escaped() -> None:
    hit = Hit("area", "a", "alias", 1, None, "odd\x02name", x.URUMQI)
    assert shown(format_hits([hit], "odd"), True) == "area a, alias 1\n  \x1b[1modd\x1b[0m\\x02name\n"
    assert shown(format_hits([hit], "odd"), False) == "area a, alias 1\n  odd\\x02name\n"


def _forced(record: R, **fields: object) -> R:
    """A copy of *record* with *fields* set past its checks, as a record built around them would be."""
    forced = copy.copy(record)
    for name, value in fields.items():
        object.__setattr__(forced, name, value)
    return forced


HOSTILE = "\x1b]0;pwned\x07\u202e\x9b[2J\n"


def test_hostile_texts_of_records_built_in_python_are_escaped_in_every_output() -> None:
    area = _forced(x.KASHGAR, name=_forced(x.KASHGAR.name, en=HOSTILE), aliases=(HOSTILE,))
    measure = attrs.evolve(x.measure(1), actions=(_forced(x.measure(1).actions[0], en="a " + HOSTILE),))
    domain = attrs.evolve(x.domain(1), title=_forced(x.domain(1).title, en=HOSTILE))
    domain = attrs.evolve(domain, measures=(measure, *domain.measures[1:]))
    zone = attrs.evolve(x.ZONE, name=_forced(x.ZONE.name, en=HOSTILE), areas=(x.URUMQI, area, x.HORGOS))
    zone = attrs.evolve(zone, domains=(domain, *x.DOMAINS[1:]))
    outputs = _every_output(zone, "en", "pwned", columns=60)
    outputs += [format_problems(x.DataError([(HOSTILE, HOSTILE)], HOSTILE), 60, HOSTILE)]
    for out in outputs:
        assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e]", ANSI.sub("", out)), out
    assert all("\\x1b]0;pwned\\x07" in out for out in outputs[:3])


# Every output in its columns


@zone_settings
@given(zones(), st.sampled_from(LANGUAGES), non_blank, st.integers(60, 160))
def test_every_line_fits_its_columns(zone: Zone, lang: Lang, query: str, columns: int) -> None:
    for out in _every_output(zone, lang, query, columns):
        assert out.endswith("\n")
        for line in out.splitlines():
            assert width(line) <= columns, line
    summary = format_summary(zone, lang, columns=columns)
    for figure in [zone.total_area_km2, *(a.area_km2 for a in zone.areas)]:
        assert f" {figure}\n" in summary
    for part in (p for a in zone.areas for p in a.sub_areas):
        assert f" {part.area_km2}\n" in summary


@settings(max_examples=8)
@given(st.integers(40, 120), st.sampled_from(LANGUAGES))
@example(40, "ja").via("the narrowest")
def test_every_bundled_output_fits_from_40_columns(columns: int, lang: Lang) -> None:
    for out in _every_output(x.ZONE, lang, "物流", columns):
        assert all(width(line) <= columns for line in out.splitlines()), (lang, columns)


long_words = st.lists(non_blank, min_size=1, max_size=40).map(" ".join)


@given(long_words, st.data())
def test_long_texts_wrap_within_80_columns_with_their_matches(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    query = text[start : data.draw(st.integers(start + 1, len(text)))]
    hit = Hit("measure", 1, "action", 1, "en", text, x.measure(1))
    plain, bold = shown(format_hits([hit], query), False), shown(format_hits([hit], query), True)
    for out in (plain, ANSI.sub("", bold)):
        assert all(width(line) <= COLUMNS for line in out.splitlines())
    assert ANSI.sub("", bold) == plain
    assert re.sub(r"\s", "", plain) == re.sub(r"\s", "", "measure 1, action 1 (en)" + escape(text))


def test_japanese_headings_are_the_source_terms_where_it_has_them() -> None:
    assert format_areas(x.ZONE, "ja").splitlines()[0].split() == [
        "Id",
        "Name",
        "面積",
        "(km²)",
        "Parts",
        "Share",
    ]
    assert "\n面積: 28.48 km², 1424/8983 of the zone" in format_area(x.ZONE, x.KASHGAR, "ja")
    assert "\nSize: 28.48 km²" in format_area(x.ZONE, x.KASHGAR, "zh")  # no source terms but in Japanese
    assert "\nKey fields\n" in format_area(x.ZONE, x.KASHGAR, "zh")
