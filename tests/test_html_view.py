"""Tests of xinjiang_fta.html_view: HTML tables of the records, every text escaped, and the Jupyter hook."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import xinjiang_fta as x
from xinjiang_fta._labels import KIND_LABELS, part_label, text_in
from xinjiang_fta.html_view import to_html
from xinjiang_fta.records import Area, Domain, Measure, Zone
from xinjiang_fta.texts import LANGUAGES, Lang, Text

from .strategies import markup_texts, zone_settings, zones

# Every element the rendering may produce; anything else would be injected markup.
ALLOWED_TAGS = {
    "div",
    "table",
    "caption",
    "strong",
    "span",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "p",
    "small",
    "cite",
    "ol",
    "li",
}

Record = Zone | Area | Domain | Measure


class _Page(HTMLParser):
    """The elements, the text pieces (entities decoded) and the table bodies of an HTML fragment."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.ends: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []
        self.data: set[str] = set()
        self.tables: list[list[list[str]]] = []  # each table's body rows, each row's cells' text
        self.items: list[str] = []  # the text of each list item
        self.spoken: list[tuple[str, str]] = []  # each text piece and the language it is marked in
        self._langs = [""]
        self._cell: list[str] | None = None
        self._item: list[str] | None = None
        self._in_body = False
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += attrs
        self._langs.append(dict(attrs).get("lang") or self._langs[-1])
        if tag == "tbody":
            self.tables.append([])
            self._in_body = True
        elif tag == "tr" and self._in_body:
            self.tables[-1].append([])
        elif tag in ("td", "th") and self._in_body:
            self._cell = []
        elif tag == "li":
            self._item = []

    def handle_endtag(self, tag: str) -> None:
        self.ends.append(tag)
        self._langs.pop()
        self._in_body = self._in_body and tag != "tbody"
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1][-1].append("".join(self._cell))
            self._cell = None
        elif tag == "li" and self._item is not None:
            self.items.append("".join(self._item))
            self._item = None

    def handle_data(self, data: str) -> None:
        self.data.add(data)
        self.spoken.append((data, self._langs[-1]))
        for piece in (self._cell, self._item):
            if piece is not None:
                piece.append(data)


def _texts_shown(record: Record) -> list[Text]:
    """The texts a record's HTML must show."""
    if isinstance(record, Zone):
        texts = [record.name, record.source.title]
        for area in record.areas:
            texts += [area.name, *(p.name for p in area.sub_areas)]
        return texts + [d.title for d in record.domains]
    if isinstance(record, Area):
        return [record.name, *(p.name for p in record.sub_areas), *record.focus]
    if isinstance(record, Domain):
        return [record.title, *(m.title for m in record.measures)]
    return [record.title, *record.actions]


def _rows_shown(record: Record, lang: Lang) -> list[list[list[str]]]:
    """The body rows of each table of a record's HTML, each cell's text as it must read."""

    def sizes(area: Area) -> list[list[str]]:
        rows = [[text_in(area.name, lang), "area", str(area.area_km2)]]
        return rows + [
            [part_label(p, area, lang), KIND_LABELS[p.kind], str(p.area_km2)] for p in area.sub_areas
        ]

    if isinstance(record, Zone):
        areas = [row for area in record.areas for row in sizes(area)]
        domains = [[str(d.number), text_in(d.title, lang), str(len(d.measures))] for d in record.domains]
        return [[*areas, ["Total", "", str(record.total_area_km2)]], domains]
    if isinstance(record, Area):
        return [sizes(record)]
    if isinstance(record, Domain):
        return [[[str(m.number), text_in(m.title, lang), str(len(m.actions))] for m in record.measures]]
    return [[[str(i), text_in(a, lang)] for i, a in enumerate(record.actions, 1)]]


def _records(zone: Zone) -> list[Record]:
    return [zone, *zone.areas, *zone.domains, *zone.measures]


def _check(record: Record, lang: Lang) -> _Page:
    """Render *record* and check its markup: known elements only, all closed, every row whole."""
    markup = to_html(record, lang)
    page = _Page(markup)
    assert set(page.tags) <= ALLOWED_TAGS, page.tags
    assert sorted(page.tags) == sorted(page.ends), "every element is closed"
    assert {name for name, _ in page.attributes} <= {"class", "lang", "style"}
    kind = type(record).__name__.lower()
    assert markup.startswith(f'<div class="xinjiang-fta xinjiang-fta-{kind}" lang="{lang}">\n')
    assert markup.endswith("</div>\n")
    for text in _texts_shown(record):
        assert any(text_in(text, lang) in data for data in page.data), (lang, text)
        if text.get(lang) is None:
            assert f'<span lang="ja">{html.escape(text.ja)}</span>' in markup
    assert page.tables == _rows_shown(record, lang)
    if isinstance(record, Area):
        assert page.items == [text_in(f, lang) for f in record.focus]
    return page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_record_of_the_bundled_zone_in_every_language(lang: Lang) -> None:
    for record in _records(x.ZONE):
        _check(record, lang)


@zone_settings
@given(zone=zones(), lang=st.sampled_from(LANGUAGES))
def test_every_generated_record_shows_whole_rows_of_its_texts_and_figures(zone: Zone, lang: Lang) -> None:
    for record in _records(zone):
        _check(record, lang)
        assert record._repr_html_() == to_html(record, "en")  # the Jupyter hook


def _every_text(zone: Zone, text: Text) -> Zone:
    """*zone* with every text, alias and issuer replaced by *text*."""
    areas = [
        attrs.evolve(
            a,
            name=text,
            sub_areas=[attrs.evolve(p, name=text) for p in a.sub_areas],
            focus=[text] * len(a.focus),
            aliases=[text.ja],
        )
        for a in zone.areas
    ]
    domains = [
        attrs.evolve(
            d,
            title=text,
            measures=[attrs.evolve(m, title=text, actions=[text] * len(m.actions)) for m in d.measures],
        )
        for d in zone.domains
    ]
    source = attrs.evolve(zone.source, title=text, issuer=text.en)
    return attrs.evolve(zone, name=text, areas=areas, domains=domains, source=source)


SCRIPT = "<script>alert(1)</script>"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_script_text_renders_inert(lang: Lang) -> None:
    zone = _every_text(x.ZONE, Text(SCRIPT, SCRIPT, SCRIPT))
    for record in (zone, zone.areas[0], zone.domains[0], zone.measures[0]):
        markup = to_html(record, lang)
        assert "<script" not in markup
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markup
        assert SCRIPT in _Page(markup).data


@settings(max_examples=40)
@given(text=markup_texts, lang=st.sampled_from(LANGUAGES))
def test_no_text_can_inject_markup(text: Text, lang: Lang) -> None:
    zone = _every_text(x.ZONE, text)
    for record in (zone, zone.areas[2], zone.domains[0], zone.measures[0]):
        page = _check(record, lang)
        assert text_in(text, lang) in page.data
    note = f"<small>Also known as: <span>{html.escape(text.ja)}</span>. Source: 表1 row 3</small></p>"
    assert note in to_html(zone.areas[2], lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_zone_lists_each_domain_with_its_number_of_measures(lang: Lang) -> None:
    domains = _Page(to_html(x.ZONE, lang)).tables[1]
    assert [(number, count) for number, _, count in domains] == [
        ("1", "3"),
        ("2", "2"),
        ("3", "3"),
        ("4", "3"),
        ("5", "4"),
        ("6", "3"),
        ("7", "3"),
        ("8", "4"),
    ]
    assert [title for _, title, _ in domains] == [text_in(d.title, lang) for d in x.DOMAINS]


def test_a_domain_lists_each_measure_with_its_number_of_actions() -> None:
    assert _Page(to_html(x.DOMAINS[0])).tables == [
        [
            ["1", x.MEASURES[0].title.en, "3"],
            ["2", x.MEASURES[1].title.en, "2"],
            ["3", x.MEASURES[2].title.en, "2"],
        ]  # 表2, measures 1 to 3
    ]
    assert "<caption><strong>Domain 1</strong> <span>Accelerating the transformation" in to_html(x.DOMAINS[0])


def test_the_zone_table_has_the_figures_of_the_source() -> None:
    markup = to_html(x.ZONE)
    cells = [f'<td style="text-align:right">{s}</td>' for s in ("134.6", "28.48", "16.58", "179.66")]
    cells += [
        f'<td style="text-align:right">{s}</td>' for s in ("30.8", "2.41", "3.81", "3.56", "1.95", "3.61")
    ]
    assert all(cell in markup for cell in cells)
    assert '<tr><th>Total</th><td></td><td style="text-align:right">179.66</td></tr>' in markup
    assert markup.count("<td>XPCC division</td>") == 3
    assert markup.count("<td>bonded zone</td>") == 3
    assert markup.count('<td style="padding-left:1.5em">') == 6  # the parts, indented under their area
    assert "included in the area&#x27;s size" in markup
    assert "XPCC 12th Division, land in the Urumqi Area" in markup
    assert "do not add them up" in markup
    assert (
        "Source: <cite>Master Plan for the China (Xinjiang) Pilot Free Trade Zone</cite> "
        "(State Council, 2023-10-21). Data: 1.1.0 (as of 2023-10-21)"
    ) in markup


def test_japanese_shows_the_source_and_chinese_falls_back_for_titles() -> None:
    ja = to_html(x.ZONE, lang="ja")
    assert "<strong>中国（新疆）自由貿易試験区</strong>" in ja
    assert '<td><span lang="ja">' not in ja  # no text falls back: only names in English labels are marked
    zh = to_html(x.ZONE, lang="zh")
    assert "<td>乌鲁木齐片区</td>" in zh
    assert zh.count("Chinese exists for proper names only") == 1  # said once, in the first caption
    assert ' <small lang="en">(Chinese exists for proper names only' in zh.split("</caption>")[0]
    assert "Chinese exists" not in ja
    assert '<td><span lang="ja">政府機能転換の加速</span></td>' in zh
    assert '<span lang="ja">' not in to_html(x.ZONE, lang="en")


def test_a_measure_lists_its_actions_in_order_and_its_source() -> None:
    measure = x.MEASURES[5]
    markup = to_html(measure)
    positions = [markup.index(html.escape(a.en)) for a in measure.actions]
    assert positions == sorted(positions)
    assert [row[0] for row in _Page(markup).tables[0]] == ["1", "2", "3", "4"]
    assert "<p><small>Source: 表2 row 6</small></p>" in markup


def test_an_area_lists_focus_aliases_and_source() -> None:
    markup = to_html(x.HORGOS)
    assert markup.count("<li>") == len(x.HORGOS.focus) == 3
    assert "<p><strong>Key fields</strong></p>" in markup
    assert "<p><strong>重点分野</strong></p>" in to_html(x.HORGOS, "ja")
    assert (
        "<small>Also known as: <span>Khorgos</span>, <span>コルガス</span>. Source: 表1 row 3</small>"
        in markup
    )


def test_records_without_optional_fields_render_without_those_notes() -> None:
    area = Area("a", Text("あ", "A"), "1")
    assert "<ol>" not in to_html(area)
    assert "<small>" not in to_html(area)
    only_aliases = Area("a", Text("あ", "A"), "1", aliases=["Alpha"])
    assert "<p><small>Also known as: <span>Alpha</span></small></p>" in to_html(only_aliases)
    only_source = attrs.evolve(x.URUMQI, aliases=())
    assert "<p><small>Source: 表1 row 1</small></p>" in to_html(only_source)
    measure = Measure(1, Text("い", "I"), [Text("う", "U")])
    assert "Source:" not in to_html(measure)


@pytest.mark.parametrize("record", [x.ZONE, x.URUMQI, x.DOMAINS[0], x.MEASURES[0]], ids=repr)
def test_the_jupyter_hook_is_to_html_in_english(record: Record) -> None:
    assert record._repr_html_() == to_html(record) == to_html(record, "en")
    assert x.to_html is to_html


def test_an_unknown_language_or_record_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        to_html(x.ZONE, "fr")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^record must be a Zone, Area, Domain or Measure, not Text$"):
        to_html(x.ZONE.name)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not SubArea"):
        to_html(x.URUMQI.sub_areas[0])  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", [5, None, b"en"])
def test_a_language_of_the_wrong_type_is_a_type_error_naming_lang(lang: object) -> None:
    with pytest.raises(
        TypeError, match=f"^lang must be a str, one of ja, en, zh, not {type(lang).__name__}$"
    ):
        to_html(x.ZONE, lang)  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_text_is_marked_with_its_language(lang: Lang) -> None:
    """A record's text in the language it is shown in; headings, labels and notes in English as English."""
    for record in _records(x.ZONE):
        texts = {text_in(t, lang): lang if t.get(lang) else "ja" for t in _texts_shown(record)}
        aliases = set(getattr(record, "aliases", ()))
        for data, marked in _Page(to_html(record, lang)).spoken:
            if data in texts:
                assert marked == texts[data], (record, data, marked)
            elif data.isascii() and re.search("[A-Za-z]", data) and data not in aliases:
                assert marked == "en", (record, data, marked)
