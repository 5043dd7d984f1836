"""Tests of xinjiang_fta._display: column counting, padding and wrapping of wide text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from xinjiang_fta._display import pad, width, wrap

from .strategies import non_blank


def test_width_counts_wide_characters_twice() -> None:
    assert width("abc") == 3
    assert width("ウルムチ") == 8
    assert width("ＡＢ") == 4
    assert width("Ü") == 1
    assert width("U\u0308") == 1  # a combining mark takes no column


def test_pad_left_and_right() -> None:
    assert pad("ウ", 4) == "ウ  "
    assert pad("1.5", 5, right=True) == "  1.5"
    assert pad("toolong", 3) == "toolong"


long_words = st.text(st.sampled_from("abcXYZ-.ÜＡ物流ウルムチ"), min_size=1, max_size=120)


@given(st.lists(non_blank | long_words, min_size=1, max_size=20).map(" ".join), st.integers(6, 80))
def test_wrapped_lines_fit_and_keep_every_character(text: str, columns: int) -> None:
    lines = wrap(text, columns, indent="    ")
    assert all(width(line) <= columns for line in lines), lines
    assert all(line.startswith("    ") for line in lines[1:])
    assert re.sub(r"\s", "", "".join(lines)) == re.sub(r"\s", "", text)


def test_a_word_longer_than_the_line_is_cut_between_characters() -> None:
    assert wrap("x " + "a" * 25, 10, indent="  ") == ["x aaaaaaaa", "  aaaaaaaa", "  aaaaaaaa", "  a"]
    assert wrap("ウルムチ", 1) == ["ウ", "ル", "ム", "チ"]  # no room for one wide character: it overflows


def test_japanese_wraps_between_characters() -> None:
    assert wrap("新疆生産建設兵団", 6) == ["新疆生", "産建設", "兵団"]


def test_no_line_starts_with_closing_punctuation_nor_ends_with_an_opening_bracket() -> None:
    text = "ウルムチの陸港型国家物流ハブの建設を加速し、空港型国家物流ハブの建設を推進。「中欧班列」"
    for columns in range(4, 40):
        lines = wrap(text, columns)
        assert "".join(lines) == text
        assert not any(line[:1] in "、。」" for line in lines[1:])
        assert not any(line.endswith("「") for line in lines)


@given(st.text(st.sampled_from("ab 物流、。「」（）"), max_size=30), st.integers(4, 20))
def test_punctuation_rules_keep_every_character_in_order(text: str, columns: int) -> None:
    lines = wrap(text, columns)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
