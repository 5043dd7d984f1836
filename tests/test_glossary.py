"""The glossary of docs/provenance.md, checked against every text of the bundled zone.

The markdown table under "Glossary" in docs/provenance.md is the glossary's only
statement; this module reads it from the page. A row applies to a text when one of
its Japanese terms is in the text's Japanese; its rule (a regular expression, found
anywhere in the English, ignoring case) must then match the text's English.

Terms are looked for longest first, and a stretch of the Japanese that a longer term
has taken is not read again for a shorter one: 中央アジアなど周辺国 is checked by its own
row, not also by those of 中央アジア and 周辺国.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from xinjiang_fta import ZONE, Text, Zone

PAGE = Path(__file__).resolve().parents[1] / "docs" / "provenance.md"
HEADER = "| Japanese | Chinese | English | match |"


@dataclass(frozen=True)
class Row:
    """One row of the glossary: its Japanese terms, Chinese, English and match rule."""

    japanese: tuple[str, ...]
    chinese: str
    english: str
    rule: str

    @property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(self.rule, re.IGNORECASE)

    def __str__(self) -> str:
        return "; ".join(self.japanese)


@dataclass(frozen=True)
class Failure:
    """A text whose Japanese has a row's term but whose English does not match the row's rule."""

    location: str
    row: Row

    def __str__(self) -> str:
        return f"{self.location}: {self.row} needs /{self.rule}/"

    @property
    def rule(self) -> str:
        return self.row.rule


def _cells(line: str) -> list[str]:
    """The cells of a markdown table row; ``\\|`` is a pipe inside a cell."""
    inner = line.strip()
    if not (inner.startswith("|") and inner.endswith("|")):
        raise ValueError(f"not a table row: {line!r}")
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", inner[1:-1])]


def parse_glossary(page: str) -> list[Row]:
    """The rows of the glossary table of *page* (the text of docs/provenance.md)."""
    lines = page.splitlines()
    starts = [i for i, line in enumerate(lines) if line.strip() == HEADER]
    if len(starts) != 1:
        raise ValueError(f"expected one glossary table headed {HEADER!r}, found {len(starts)}")
    rows: list[Row] = []
    for line in lines[starts[0] + 2 :]:
        if not line.startswith("|"):
            break
        cells = _cells(line)
        if len(cells) != 4:
            raise ValueError(f"expected 4 cells: {line!r}")
        japanese, chinese, english, match = cells
        code = re.fullmatch(r"`([^`]+)`", match)
        if code is None:
            raise ValueError(f"the match cell must be one code span: {line!r}")
        terms = tuple(term.strip() for term in japanese.split(";"))
        rows.append(Row(terms, chinese, english, code[1]))
    return rows


def located_texts(zone: Zone) -> list[tuple[str, Text]]:
    """Every text of *zone* that has an English, with its place, as search labels name it."""
    texts = [(f"zone {zone.id} name", zone.name), ("source title", zone.source.title)]
    for area in zone.areas:
        texts.append((f"area {area.id} name", area.name))
        texts += [(f"sub-area {area.id}.{i} name", part.name) for i, part in enumerate(area.sub_areas, 1)]
        texts += [(f"area {area.id} focus {i}", focus) for i, focus in enumerate(area.focus, 1)]
    for domain in zone.domains:
        texts.append((f"domain {domain.number} title", domain.title))
        for measure in domain.measures:
            texts.append((f"measure {measure.number} title", measure.title))
            texts += [(f"measure {measure.number} action {i}", a) for i, a in enumerate(measure.actions, 1)]
    return texts


def applicable_rows(ja: str, rows: Iterable[Row]) -> list[Row]:
    """The rows that apply to a text whose Japanese is *ja*, in the table's order.

    Terms are taken longest first; an occurrence of a term that overlaps a stretch
    already taken by a longer term (or an earlier one of the same length) is skipped.
    """
    rows = list(rows)
    terms = sorted(
        ((term, index) for index, row in enumerate(rows) for term in row.japanese),
        key=lambda pair: -len(pair[0]),
    )
    taken = [False] * len(ja)
    applying: set[int] = set()
    for term, index in terms:
        start = ja.find(term)
        while start != -1:
            end = start + len(term)
            if not any(taken[start:end]):
                taken[start:end] = [True] * len(term)
                applying.add(index)
            start = ja.find(term, start + 1)
    return [rows[i] for i in sorted(applying)]


def glossary_failures(texts: Iterable[tuple[str, Text]], rows: Iterable[Row]) -> list[Failure]:
    """Every (text, row) where the row applies to the text's Japanese and its rule misses the English."""
    rows = list(rows)
    return [
        Failure(location, row)
        for location, text in texts
        for row in applicable_rows(text.ja, rows)
        if row.pattern.search(text.en) is None
    ]


ROWS = parse_glossary(PAGE.read_text(encoding="utf-8"))
TEXTS = located_texts(ZONE)
APPLYING = [(i, row) for i, (_, text) in enumerate(TEXTS) for row in applicable_rows(text.ja, ROWS)]


def _break(en: str, row: Row, replacement: str) -> str:
    """*en* with every match of *row*'s rule replaced by *replacement*, until none is left."""
    for _ in range(len(en) + 1):
        match = row.pattern.search(en)
        if match is None:
            return en
        en = en[: match.start()] + replacement + en[match.end() :]
    raise AssertionError(f"the rule of {row} still matches {en!r}")


def _with_english(index: int, en: str) -> list[tuple[str, Text]]:
    """The texts of the bundled zone, the one at *index* with the English *en*."""
    texts = list(TEXTS)
    location, text = texts[index]
    texts[index] = (location, attrs.evolve(text, en=en))
    return texts


# ---------------------------------------------------------------------------
# the table


def test_the_table_has_every_row() -> None:
    variants = [
        ("自由貿易試験区", "自貿区", "同自貿区", "同自貿易区"),
        ("中央アジアなど周辺国", "中央アジアやその他の近隣諸国"),
        ("周辺国", "近隣諸国"),
        ("特色産業体系", "特色ある産業システム"),
        ("越境", "国境を跨いだ", "国境を越えた", "クロスボーダー"),
        ("現代サービス業", "現代サービス産業"),
        ("新材料", "新素材"),
    ]
    review = [
        "全体計画",
        "エリア",
        "新疆生産建設兵団",
        "第12師団",
        "第3師団",
        "第4師団",
        "総合保税区",
        "一帯一路",
        "沿線国",
        "中央アジア",
        "中国・中央アジア",
        "中国・中央アジア5カ国協力メカニズム",
        "上海協力機構（SCO）",
        "中央アジア地域経済協力（CAREC）",
        "企業の海外進出",
        "進出",
        "新業態・新モデル",
        "特色ある",
        "特産品",
        "優位性のある",
        "優位性",
        "人材",
        "ハイレベル",
        "ハイエンド",
        "出入国",
        "商業銀行間の協力",
        "人民元",
        "中欧班列",
        "国際陸港区",
        "陸港型国家物流ハブ",
        "空港型国家物流ハブ",
        "陸上国境型の物流ハブ",
        "内陸港湾経済",
        "臨空経済区",
        "東数西算",
        "利便性",
        "国内取引と対外貿易の一体化",
        "労働集約型",
        "コンテンツ",
        "コンベンションビジネス",
        "現地加工",
        "農産物・副産物",
        "加工・流通基地",
        "複合一貫輸送",
        "道路・鉄道",
        "グリーン通路",
        "外商投資企業",
        "外資系",
        "開放",
        "西への開放",
        "開放的な",
        "反マネーロンダリング、反テロ資金調達、反脱税",
        "法律事務区",
        "外国関連法律サービス機関",
        "新型研究開発機関",
        "イノベーション",
        "プラットフォーム",
        "紡績・アパレル",
        "紡績・衣料品",
        "繊維・衣料品",
        "紡績企業",
        "委譲",
    ]
    verbs = ["構築", "推進", "支援", "奨励", "模索", "加速", "強化", "深化", "誘致", "整備"]
    expected = variants + [(term,) for term in review + verbs]
    assert sorted(row.japanese for row in ROWS) == sorted(expected)
    # the parts of the areas keep their names: the English of their rows is the data's
    parts = {part.name.ja: part.name.en for area in ZONE.areas for part in area.sub_areas}
    for row in ROWS:
        if row.japanese[0].endswith("師団"):
            assert [en for ja, en in parts.items() if ja.endswith(row.japanese[0])] == [row.english]


def test_no_cell_is_empty_and_every_rule_is_sound() -> None:
    terms = [term for row in ROWS for term in row.japanese]
    assert len(terms) == len(set(terms)), "a Japanese term in two rows"
    for row in ROWS:
        assert all(row.japanese), row
        assert row.chinese, row
        assert row.english, row
        assert row.rule, row
        assert row.pattern.search("") is None, row  # a rule that matches nothing could never fail
        assert row.pattern.search(row.english), f"the rule of {row} misses its own English"
        assert not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", row.english), row


def test_the_guesses_of_the_review_keep_their_question_mark() -> None:
    guesses = {row.japanese[0] for row in ROWS if row.chinese.endswith("?")}
    assert guesses == {
        "中国・中央アジア5カ国協力メカニズム",
        "企業の海外進出",
        "特色産業体系",
        "特産品",
        "ハイレベル",
        "商業銀行間の協力",
        "内陸港湾経済",
        "委譲",
    }


def test_the_parser_reads_escaped_pipes_and_refuses_broken_rows() -> None:
    page = f"text\n\n{HEADER}\n|---|---|---|---|\n| 甲; 乙 | 丙 | a or b | `a\\|b` |\n\nafter | x |\n"
    assert parse_glossary(page) == [Row(("甲", "乙"), "丙", "a or b", "a|b")]
    with pytest.raises(ValueError, match="one glossary table"):
        parse_glossary("no table")
    with pytest.raises(ValueError, match="4 cells"):
        parse_glossary(f"{HEADER}\n|---|\n| 甲 | 丙 | a |\n")
    with pytest.raises(ValueError, match="one code span"):
        parse_glossary(f"{HEADER}\n|---|\n| 甲 | 丙 | a | a |\n")


# ---------------------------------------------------------------------------
# the check


def test_the_bundled_data_follows_the_glossary() -> None:
    assert len(TEXTS) == 108
    failures = glossary_failures(TEXTS, ROWS)
    assert failures == [], "\n".join(map(str, failures))


def test_every_row_applies_to_some_text() -> None:
    applying = {row for _, row in APPLYING}
    assert [str(row) for row in ROWS if row not in applying] == []


def test_a_longer_term_shadows_the_shorter_ones_it_contains() -> None:
    def applying(ja: str) -> list[str]:
        return [row.japanese[0] for row in applicable_rows(ja, ROWS)]

    assert applying("中央アジアなど周辺国との協力プラットフォームの構築") == [
        "中央アジアなど周辺国",
        "プラットフォーム",
        "構築",
    ]
    # a shorter term that also stands on its own applies for that occurrence
    assert applying("中央アジアなど周辺国と中央アジア") == ["中央アジア", "中央アジアなど周辺国"]
    assert applying("中国・中央アジア5カ国協力メカニズム") == ["中国・中央アジア5カ国協力メカニズム"]
    assert applying("開放的な") == ["開放的な"]
    assert applying("西への開放と開放") == ["開放", "西への開放"]


def test_the_check_reports_each_failing_text_and_row() -> None:
    old = (  # measure 17 action 2 of data version 1.0.0, with its en dashes
        "Strengthen the building of China–Europe Railway Express consolidation centers, and support the"
        " launch of China–Europe Railway Express services from the Urumqi International Land Port Area."
    )
    index = next(i for i, (location, _) in enumerate(TEXTS) if location == "measure 17 action 2")
    assert [str(f) for f in glossary_failures(_with_english(index, old), ROWS)] == [
        "measure 17 action 2: 中欧班列 needs /china-europe railway express/"
    ]


@given(st.sampled_from(APPLYING), st.sampled_from(["", " ", "#", "***", " ~ "]))
def test_a_broken_term_is_reported_for_its_text_and_row(pair: tuple[int, Row], replacement: str) -> None:
    index, row = pair
    location, text = TEXTS[index]
    broken = _break(text.en, row, replacement)
    assert broken != text.en
    assert glossary_failures(_with_english(index, broken), ROWS) == [Failure(location, row)]


@pytest.mark.parametrize(("index", "row"), APPLYING, ids=[f"{TEXTS[i][0]}: {row}" for i, row in APPLYING])
def test_every_term_of_every_text_can_fail_on_its_own(index: int, row: Row) -> None:
    location, text = TEXTS[index]
    broken = _break(text.en, row, "")
    assert glossary_failures(_with_english(index, broken), ROWS) == [Failure(location, row)]
