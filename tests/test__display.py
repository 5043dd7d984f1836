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


@given(st.lists(non_blank, min_size=1, max_size=20).map(" ".join), st.integers(10, 80))
def test_wrapped_lines_fit_and_keep_every_character(text: str, columns: int) -> None:
    lines = wrap(text, columns, indent="  ")
    for line in lines:
        # a single unbreakable word longer than the line may overflow, nothing else
        assert width(line) <= columns or " " not in line.strip()
    assert re.sub(r"\s", "", "".join(lines)) == re.sub(r"\s", "", text)


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
