"""Tests of xinjiang_fta._layout: columns, padding, wrapping, tables, paragraphs and numbered items."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from xinjiang_fta._layout import CLOSE, OPEN, _words, numbered, pad, paragraph, table, width, wrap

from .strategies import non_blank

long_words = st.text(st.sampled_from("abcXYZ-.ÜＡ物流ウルムチ"), min_size=1, max_size=120)
long_texts = st.lists(non_blank | long_words, min_size=1, max_size=20).map(" ".join)


def _visible(text: str) -> str:
    """*text* without its white space: what wrapping must keep, in order."""
    return re.sub(r"\s", "", text)


def test_width_counts_wide_characters_twice_and_combining_marks_not_at_all() -> None:
    assert width("") == 0
    assert width("abc") == 3
    assert width("ウルムチ") == 8
    assert width("ＡＢ") == 4  # full width
    assert width("Ü") == 1
    assert width("U\u0308") == 1  # a combining mark takes no column
    assert width("物流 and ＥＣ") == 4 + 5 + 4


def test_pad_fills_to_the_columns_on_either_side_and_never_cuts() -> None:
    assert pad("ウ", 4) == "ウ  "
    assert pad("1.5", 5, right=True) == "  1.5"
    assert pad("ウ", 4, right=True) == "  ウ"
    assert pad("toolong", 3) == "toolong"
    assert pad("toolong", 3, right=True) == "toolong"
    assert pad("", 2) == "  "


@given(long_texts, st.integers(6, 80))
def test_wrapped_lines_fit_start_with_the_indent_and_keep_every_character(text: str, columns: int) -> None:
    lines = wrap(text, columns, indent="    ")
    assert all(width(line) <= columns for line in lines), lines
    assert all(line.startswith("    ") for line in lines[1:])
    assert all(line == line.rstrip() for line in lines)
    assert _visible("".join(lines)) == _visible(text)


@given(long_texts, st.integers(2, 80))
@example(" aaaaaaaaaa", 5)  # src bug: white space before a word as wide as the line pushes it over
def test_a_line_with_room_for_a_wide_character_never_overflows(text: str, columns: int) -> None:
    assert all(width(line) <= columns for line in wrap(text, columns)), wrap(text, columns)


def test_the_marks_take_no_column_and_a_marked_run_is_not_broken() -> None:
    assert width(f"a{OPEN}物流{CLOSE}") == 5
    text = f"the {OPEN}pilot free trade{CLOSE} zone"
    assert wrap(text, 12) == ["the", f"{OPEN}pilot free t", f"rade{CLOSE} zone"]  # longer than a line: cut
    assert wrap(text, 16) == ["the", f"{OPEN}pilot free trade{CLOSE}", "zone"]
    assert wrap(f"喀什{OPEN}综合保税{CLOSE}区", 8) == ["喀什", f"{OPEN}综合保税{CLOSE}", "区"]
    assert _words(f"「{OPEN}物流{CLOSE}」、x") == [
        f"「{OPEN}物流{CLOSE}」、x"
    ]  # punctuation stays with a run
    assert wrap(f"0000{OPEN}00000{CLOSE}0", 8) == [
        "0000",
        f"{OPEN}00000{CLOSE}0",
    ]  # a word is cut at its edges


@given(long_texts, st.data())
def test_a_marked_run_stays_on_one_line_when_it_fits(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    marked = text[:start] + OPEN + text[start:end] + CLOSE + text[end:]
    least = max(2, width(text[start:end])) + 4 + width(text[: len(text) - len(text.lstrip())])
    columns = data.draw(st.integers(least, max(least, 80)))
    lines = wrap(marked, columns, indent="    ")
    assert all(width(line) <= columns for line in lines)
    assert _visible("".join(lines)) == _visible(marked)
    assert sum(OPEN in line and CLOSE in line for line in lines) == 1


def test_a_short_text_is_one_line_and_an_empty_text_one_empty_line() -> None:
    assert wrap("Urumqi Area", 80) == ["Urumqi Area"]
    assert wrap("Urumqi Area  ", 80) == ["Urumqi Area"]
    assert wrap("", 10) == [""]


def test_breaks_fall_at_spaces() -> None:
    assert wrap("one two three four", 9) == ["one two", "three", "four"]
    assert wrap("one two three four", 9, indent="  ") == ["one two", "  three", "  four"]


def test_a_word_longer_than_the_line_is_cut_between_characters() -> None:
    assert wrap("x " + "a" * 25, 10, indent="  ") == ["x aaaaaaaa", "  aaaaaaaa", "  aaaaaaaa", "  a"]
    assert wrap("aaaaaaaaaaaa b", 5) == ["aaaaa", "aaaaa", "aa b"]  # the space stays with its word
    assert wrap("ウルムチ", 1) == ["ウ", "ル", "ム", "チ"]  # no room for one wide character: it overflows
    assert wrap("abc", 3, indent="    ") == ["abc"]  # an indent wider than the line leaves room for one


def test_japanese_wraps_between_characters() -> None:
    assert wrap("新疆生産建設兵団", 6) == ["新疆生", "産建設", "兵団"]
    assert wrap("新疆生産建設兵団", 7) == ["新疆生", "産建設", "兵団"]  # never half a character


def test_no_line_starts_with_closing_punctuation_nor_ends_with_an_opening_bracket() -> None:
    text = "ウルムチの陸港型国家物流ハブの建設を加速し、空港型国家物流ハブの建設を推進。「中欧班列」"
    for columns in range(4, 40):
        lines = wrap(text, columns)
        assert "".join(lines) == text
        assert not any(line[:1] in "、。」" for line in lines[1:])
        assert not any(line.endswith("「") for line in lines)


def test_punctuation_stays_with_its_neighbour() -> None:
    assert _words("ab、") == ["ab、"]  # closing punctuation after a word
    assert _words("物、") == ["物、"]  # after a wide character
    assert _words("「物」") == ["「物」"]  # an opening bracket with the character after it
    assert _words("a「b") == ["a", "「b"]
    assert _words("「、") == ["「、"]
    assert _words("「 x") == ["「 ", "x"]  # an opening bracket before a space stays with the space
    assert _words("x「") == ["x", "「"]  # …and at the end of the text, stays as it is
    assert _words("、物") == ["、", "物"]  # nothing before it to stay with
    assert _words("ab 「cd」、ef") == ["ab ", "「cd」、ef"]


@given(st.text(st.sampled_from("ab 物流、。「」（）"), max_size=30), st.integers(4, 20))
def test_punctuation_rules_keep_every_character_in_order(text: str, columns: int) -> None:
    lines = wrap(text, columns)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert "".join(_words(text)) == text


def test_table_aligns_wide_characters_as_two_columns() -> None:
    lines = table(
        ["No.", "Title", "n"], [["1", "物流", "10"], ["22", "logistics", "3"]], 80, flex=1, right=(0, 2)
    )
    header, wide, narrow = lines.splitlines()
    assert [header[:10], wide[:7], narrow[:14]] == ["No.  Title", "  1  物流", " 22  logistics"]
    assert [header[-1:], wide[-2:], narrow[-1:]] == ["n", "10", "3"]
    assert width(header) == width(wide) == width(narrow) == 80  # 物流 counts 4 columns


def test_the_flexible_column_takes_the_width_left_or_goes_under_the_others() -> None:
    rows = [["1", "物流", "10"], ["22", "logistics", "3"]]
    assert table(["No.", "Title", "n"], rows, 30, flex=1, right=(0, 2)).splitlines()[0] == (
        "No.  Title" + " " * 19 + "n"
    )
    assert (
        table(["No.", "Title", "n"], rows, 21, flex=1, right=(0, 2)).splitlines()[1]
        == "  1  物流" + " " * 10 + "10"
    )
    # fewer than 12 columns left for it: the flexible column goes on lines of its own, under the others
    assert table(["No.", "Title", "n"], rows, 20, flex=1, right=(0, 2)).splitlines() == [
        "No.   n",
        "  Title",
        "  1  10",
        "  物流",
        " 22   3",
        "  logistics",
    ]
    narrow = table(["No.", "Title", "n"], [["1", "word " * 10, "2"]], 12, flex=1).splitlines()
    assert all(width(line) <= 12 for line in narrow)
    assert _visible("".join(narrow[3:])) == "word" * 10


def test_a_long_cell_wraps_in_its_column() -> None:
    lines = table(["No.", "Title"], [["1", "word " * 30]], 80, flex=1).splitlines()
    assert len(lines) == 4
    assert lines[1].startswith("1    word word")
    assert lines[2].startswith("       word")  # under the title, indented two more
    assert all(width(line) <= 80 for line in lines)
    assert _visible("".join(lines[1:])) == "1" + "word" * 30


def test_a_long_cell_beside_columns_on_its_right_keeps_them_on_its_first_line() -> None:
    lines = table(["Title", "km²"], [["word " * 12, "1.5"]], 30, flex=0, right=(1,)).splitlines()
    assert lines[1].endswith("  1.5")
    assert all(not line.endswith("1.5") for line in lines[2:])
    assert all(width(line) <= 30 for line in lines)


@given(long_texts, st.integers(40, 120))
def test_table_lines_fit_when_the_fixed_columns_leave_room(text: str, columns: int) -> None:
    rows = [[str(n), text, "≈12345.67"] for n in range(1, 4)]
    out = table(["No.", "Title", "km²"], rows, columns, flex=1, right=(0, 2))
    lines = out.splitlines()
    assert all(width(line) <= columns for line in lines)
    assert lines[0].startswith("No.  Title")
    assert lines[0].endswith("km²")
    # each row: its number, then its title (over one line or more), its size at the end of its first line
    expected = "".join(f"{n}{text}" for n in range(1, 4))
    assert _visible("".join(lines[1:]).replace("≈12345.67", "")) == _visible(expected)
    assert sum(line.endswith("≈12345.67") for line in lines) == 3


@given(st.integers(1, 300), st.integers(12, 120))
def test_fixed_columns_wider_than_the_line_are_wrapped_to_fit(length: int, columns: int) -> None:
    rows = [["z" * length, "Urumqi Area", "134.6"], ["b", "Kashgar Area", "28.48"]]
    lines = table(["Id", "Name", "km²"], rows, columns, flex=1, right=(2,)).splitlines()
    assert all(width(line) <= columns for line in lines)
    assert _visible("".join(lines)).count("z") == length
    assert sum(line.endswith(("134.6", "28.48")) for line in lines) == 2


def test_paragraph_indents_every_line_and_fits() -> None:
    assert paragraph("word " * 10, 20, "> ") == ["> word word word"] * 3 + ["> word"]
    assert paragraph("short", 80) == ["short"]
    lines = paragraph("ウルムチ" * 10, 20, "  ")
    assert all(line.startswith("  ") and width(line) <= 20 for line in lines)


def test_numbered_items_align_their_numbers_and_wrap_under_their_text() -> None:
    assert numbered(["first", "second"], 80) == ["  1. first", "  2. second"]
    eleven = numbered(["a", "b\nc", *["x"] * 9], 20)
    assert eleven[:3] == ["   1. a", "   2. b", "      c"]  # each line of an item under its text
    assert eleven[-1] == "  11. x"
    assert numbered(["word " * 10], 20, indent="") == [
        "1. word word word",
        "   word word word",
        "   word word word",
        "   word",
    ]
    assert numbered([], 80) == []


@given(st.lists(long_texts, min_size=1, max_size=12), st.integers(20, 80))
def test_numbered_lines_fit_and_keep_every_character(items: list[str], columns: int) -> None:
    lines = numbered(items, columns)
    assert all(width(line) <= columns for line in lines)
    assert _visible("".join(lines)) == _visible("".join(f"{i}.{item}" for i, item in enumerate(items, 1)))
