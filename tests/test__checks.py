"""Tests of xinjiang_fta._checks: the rules every record checks when it is built, and their messages."""

import ast
import re
import string
import unicodedata
from decimal import Decimal

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from xinjiang_fta._checks import (
    ID_PATTERN,
    INVISIBLE,
    MAX_DIGITS,
    MAX_TEXT,
    SHOWN,
    TEXT_PATTERN,
    by_type,
    check_consecutive,
    check_id,
    check_number,
    check_size,
    check_text,
    plural,
    short,
    short_number,
)


def exactly(message: str) -> str:
    """The pattern that matches *message* whole, for ``pytest.raises(match=...)``."""
    return f"^{re.escape(message)}\\Z"


# --- ids ---------------------------------------------------------------------------------------


def test_the_id_pattern_is_the_documented_one() -> None:
    assert ID_PATTERN == "[a-z][a-z0-9_]*"


@given(st.text(max_size=8) | st.text(string.ascii_letters + string.digits + "_-é ü\n\t", max_size=8))
@example("a\n")  # a regular expression's $ would let a final line break through
@example("ａ")  # full-width letters are not ASCII letters
@example("a" * 500)
@example("a" * MAX_TEXT)
@example("a" * (MAX_TEXT + 1))
def test_an_id_is_accepted_exactly_when_it_matches_the_pattern(value: str) -> None:
    valid = re.fullmatch(r"[a-z][a-z0-9_]*", value, re.ASCII) is not None and len(value) <= MAX_TEXT
    if valid:
        check_id("Area", value)
    else:
        with pytest.raises(ValueError, match=r"^Area id .* must be lowercase ASCII letters, digits and '_'"):
            check_id("Area", value)


def test_the_id_message_names_the_owner_and_the_value_and_the_rule() -> None:
    with pytest.raises(
        ValueError,
        match=exactly(
            "Zone id 'Xinjiang' must be lowercase ASCII letters, digits and '_', starting with a letter, "
            "at most 10000 characters"
        ),
    ):
        check_id("Zone", "Xinjiang")


def test_a_long_id_is_cut_in_the_message() -> None:
    with pytest.raises(ValueError, match="must be lowercase") as caught:
        check_id("Area", "X" * 10_000)
    assert len(str(caught.value)) < 200
    assert "'" + "X" * (SHOWN - 3) + "…'" in str(caught.value)


# --- texts -------------------------------------------------------------------------------------


# Every character a text may not hold (issue 13): C0 controls, DEL, C1 controls, line and paragraph
# separators, bidi embeddings, overrides and isolates, and lone surrogates.
FORBIDDEN = (
    [chr(c) for c in range(0x20)]
    + [chr(c) for c in range(0x7F, 0xA0)]
    + ["\u2028", "\u2029"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
INVISIBLE_CHARS = "\u200e\u00ad\u2061\u0301\u20dd\U000e0001"  # format characters, combining marks


def _blank(value: str) -> bool:
    """Blank: every character white space, a format character (Cf) or a combining mark (Mn, Me)."""
    return all(c.isspace() or unicodedata.category(c) in {"Cf", "Mn", "Me"} for c in value)


def _allowed(value: str) -> bool:
    """What check_text accepts, said another way: a short line with a visible character and no control."""
    return (
        len(value) <= MAX_TEXT
        and not _blank(value)
        and not any(c in FORBIDDEN or 0xD800 <= ord(c) < 0xE000 for c in value)
    )


@given(
    st.text(max_size=40)
    | st.text(st.sampled_from([*FORBIDDEN[::7], *ZERO_WIDTH, *INVISIBLE_CHARS, " ", "a", "物"]), max_size=8)
)
@example("a" * MAX_TEXT)
@example("a" * (MAX_TEXT + 1))
@example("\u200b\ufeff \u2060")
@example("\u200ba")
@example("\u0301")
def test_a_text_is_accepted_exactly_when_it_is_a_short_visible_line(value: str) -> None:
    if _allowed(value):
        check_text("Text.en", value)
    else:
        with pytest.raises(ValueError, match=r"^Text\.en\b"):
            check_text("Text.en", value)
    in_schema = re.search(TEXT_PATTERN, value) is not None and len(value) <= MAX_TEXT  # as JSON Schema says
    # The schema takes every text the library takes; having no Unicode categories, it also takes a
    # blank text of format characters and combining marks (other than the zero-width ones).
    assert in_schema == _allowed(value) or (in_schema and _blank(value))


def test_the_invisible_characters_are_format_characters_and_marks() -> None:
    assert frozenset({"Cf", "Mn", "Me"}) == INVISIBLE


@pytest.mark.parametrize("char", FORBIDDEN)
def test_every_control_character_is_refused_with_its_position(char: str) -> None:
    what = "a bidi control character" if "\u202a" <= char <= "\u2069" else "a control character"
    with pytest.raises(
        ValueError,
        match=exactly(f"Area 'a': an alias: {what} {char!r} at position 1 is not allowed"),
    ):
        check_text("Area 'a': an alias", "x" + char + "y")


@pytest.mark.parametrize("text", ["\x1b]0;pwned\x07", "\u202etxt.exe", "a\nb", "a\tb", "\x85a", "a\x7f"])
def test_terminal_escapes_bidi_overrides_and_line_ends_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="is not allowed"):
        check_text("Source.issuer", text)


@pytest.mark.parametrize("text", ["\u200b", "\ufeff\u200c", " \u200d\u2060 ", "\u3000\u200b"])
def test_a_text_of_zero_width_characters_is_blank(text: str) -> None:
    with pytest.raises(ValueError, match=exactly("DataVersion.version must not be empty or blank")):
        check_text("DataVersion.version", text)


@pytest.mark.parametrize(
    "text", ["\u200e", "\u00ad", "\u2061", "\u0301", " \u0301\u20dd", "\u200f\u3000", "\U000e0001\u034f"]
)
def test_a_text_of_format_characters_and_combining_marks_is_blank(text: str) -> None:
    with pytest.raises(ValueError, match=exactly("DataVersion.version must not be empty or blank")):
        check_text("DataVersion.version", text)


@pytest.mark.parametrize(
    "text", ["a\u200bb", "\u200e\u05d0", "ｶﾞ", "é", "\u00a0a", "e\u0301", "\u0301e", "\u00adb"]
)
def test_zero_width_and_other_format_characters_inside_a_text_are_kept(text: str) -> None:
    check_text("Text.ja", text)


def test_a_text_longer_than_the_limit_is_refused_with_its_length() -> None:
    check_text("Text.en", "長" * MAX_TEXT)
    with pytest.raises(
        ValueError, match=exactly("Text.en: a text of 10001 characters is longer than the 10000 allowed")
    ):
        check_text("Text.en", "長" * (MAX_TEXT + 1))
    assert MAX_TEXT < 131_072 - 1  # the CSV reader's default field limit, with room for a quote


@pytest.mark.parametrize("blank", ["", " ", "\n", "\t\r\n", "\u3000", "\u2003\u00a0"])
def test_empty_and_blank_texts_are_rejected(blank: str) -> None:
    with pytest.raises(ValueError, match=exactly("Text.ja must not be empty or blank")):
        check_text("Text.ja", blank)


@pytest.mark.parametrize("surrogate", [chr(0xD800), chr(0xDBFF), chr(0xDC00), chr(0xDFFF)])
def test_a_lone_surrogate_is_rejected_with_its_position(surrogate: str) -> None:
    with pytest.raises(
        ValueError,
        match=exactly(
            f"Source.issuer: a lone surrogate character {surrogate!r} at position 2 is not allowed"
        ),
    ):
        check_text("Source.issuer", "ab" + surrogate + "c")


# --- sizes -------------------------------------------------------------------------------------


@given(
    st.decimals(
        min_value=Decimal("1E-50"), max_value=Decimal("9" * MAX_DIGITS), allow_nan=False, allow_infinity=False
    )
)
def test_positive_finite_sizes_within_the_digits_are_accepted(size: Decimal) -> None:
    digits = -int(size.as_tuple().exponent)
    if digits > MAX_DIGITS:
        with pytest.raises(ValueError, match=f"at most {MAX_DIGITS} digits"):
            check_size("Area 'a'", size)
    else:
        check_size("Area 'a'", size)


@pytest.mark.parametrize(
    "size",
    ["1" * 51, "1E+50", "0." + "0" * 50 + "1", "1." + "0" * 51, "9" * 50 + "." + "9" * 51, "1E-51"],
)
def test_sizes_with_more_digits_than_the_limit_are_rejected(size: str) -> None:
    with pytest.raises(ValueError, match="at most 50 digits") as caught:
        check_size("SubArea 'x'", Decimal(size))
    message = str(caught.value)
    assert message.startswith(
        "SubArea 'x': size must have at most 50 digits before its point and 50 after it"
    )
    assert len(message) < 200


@pytest.mark.parametrize(
    "size", ["9" * 50, "0." + "0" * 49 + "1", "9" * 50 + "." + "9" * 50, "1E+49", "1E-50"]
)
def test_sizes_at_the_limit_are_accepted(size: str) -> None:
    check_size("SubArea 'x'", Decimal(size))


@pytest.mark.parametrize("size", ["NaN", "sNaN", "Infinity", "-Infinity"])
def test_sizes_that_are_not_finite_are_rejected(size: str) -> None:
    with pytest.raises(
        ValueError, match=exactly(f"Area 'a': size must be a finite number of km², got {Decimal(size)}")
    ):
        check_size("Area 'a'", Decimal(size))


@given(st.decimals(max_value=Decimal(0), allow_nan=False, allow_infinity=False))
@example(Decimal("-0"))
@example(Decimal("0E+5"))
def test_zero_and_negative_sizes_are_rejected(size: Decimal) -> None:
    message = f"SubArea 'x': size must be greater than zero, got {short_number(size)}"
    with pytest.raises(ValueError, match=exactly(message)):
        check_size("SubArea 'x'", size)


# --- numbers -----------------------------------------------------------------------------------


@given(st.integers(min_value=1, max_value=10**MAX_DIGITS - 1))
def test_whole_numbers_from_one_of_at_most_fifty_digits_are_accepted(number: int) -> None:
    check_number("Measure 1", number)


@given(st.integers(max_value=0) | st.integers(min_value=10**MAX_DIGITS) | st.booleans())
@example(10**5000)
def test_numbers_below_one_or_too_long_and_booleans_are_rejected(number: int) -> None:
    shown = repr(number) if isinstance(number, bool) else short_number(number)
    message = f"SourceRef: row: number must be a whole number from 1, of at most 50 digits, got {shown}"
    with pytest.raises(ValueError, match=exactly(message)):
        check_number("SourceRef: row", number)


@given(st.integers(0, 30))
def test_numbers_running_one_to_n_are_consecutive(count: int) -> None:
    check_consecutive("Zone 'z': domain numbers", list(range(1, count + 1)))


def test_a_long_run_of_numbers_is_cut_in_the_message() -> None:
    with pytest.raises(ValueError, match="must run 1, 2, 3") as caught:
        check_consecutive("Zone 'z': measure numbers", [*range(1, 10_000), 10**49])
    assert str(caught.value).endswith(
        "got [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, …]"
    )


@given(st.lists(st.integers(-3, 12), min_size=1, max_size=10))
def test_any_other_numbers_are_not_consecutive(numbers: list[int]) -> None:
    if numbers == list(range(1, len(numbers) + 1)):
        check_consecutive("x", numbers)
        return
    with pytest.raises(
        ValueError, match=exactly(f"Zone 'z': measure numbers must run 1, 2, 3, … in order, got {numbers}")
    ):
        check_consecutive("Zone 'z': measure numbers", numbers)


# --- short -------------------------------------------------------------------------------------


@given(st.text(max_size=3 * SHOWN) | st.text("'\"\\\n\r\u2028\x85ab", max_size=3 * SHOWN))
@example("a" * SHOWN)
@example("a" * (SHOWN + 1))
def test_short_quotes_a_text_on_one_line_cut_to_sixty_characters(value: str) -> None:
    shown = short(value)
    assert len(shown.splitlines()) == 1
    text = ast.literal_eval(shown)  # a quoted Python string
    assert isinstance(text, str)
    assert len(shown) <= SHOWN == 60
    if len(repr(value)) <= SHOWN:
        assert shown == repr(value)
    else:
        assert text.endswith("…")
        assert value.startswith(text[:-1])
        assert len(repr(value[: len(text)] + "…")) > SHOWN  # cut no more than it had to


# --- validators --------------------------------------------------------------------------------


@attrs.frozen(field_transformer=by_type)
class _Sample:  # its annotations are types (by_type reads them): no `from __future__ import annotations`
    count: int
    note: str | None = None
    tags: tuple[str, ...] = ()


def test_validators_accept_the_right_types() -> None:
    assert _Sample(1, None, ()) == _Sample(1)
    assert _Sample(1, "n", ("a", "b")).tags == ("a", "b")


@pytest.mark.parametrize(
    ("changes", "field", "expected"),
    [
        ({"count": "1"}, "count", "<class 'int'>"),
        ({"note": 5}, "note", "<class 'str'>"),
        ({"tags": ["a"]}, "tags", "<class 'tuple'>"),
        ({"tags": ("a", 1)}, "tags", "<class 'str'>"),
    ],
)
def test_validators_reject_wrong_types_naming_the_field(
    changes: dict[str, object], field: str, expected: str
) -> None:
    arguments: dict[str, object] = {"count": 1, **changes}
    with pytest.raises(TypeError) as caught:
        _Sample(**arguments)  # type: ignore[arg-type]
    assert caught.value.args[0].startswith(f"'{field}' must be {expected} (got ")


@given(
    st.integers(min_value=-(10**60), max_value=10**60) | st.decimals(allow_nan=False, allow_infinity=False)
)
def test_a_number_is_shown_in_full_or_rounded_and_marked(number: int | Decimal) -> None:
    shown = short_number(number)
    assert len(shown) <= 28  # 20 digits, a sign, a point and an exponent
    if shown.startswith("≈"):
        assert Decimal(shown[1:]) == Decimal(format(Decimal(number), ".6e"))
    else:
        assert Decimal(shown) == Decimal(number)


def test_a_count_is_singular_for_one() -> None:
    assert [plural(n, "area") for n in (0, 1, 2)] == ["0 areas", "1 area", "2 areas"]


@pytest.mark.parametrize(
    ("text", "char"), [("\u202e", "\\u202e"), (" \u2066", "\\u2066"), ("\u200b\ud800", "\\ud800")]
)
def test_a_blank_text_with_a_bidi_control_or_a_surrogate_names_it(text: str, char: str) -> None:
    with pytest.raises(ValueError, match=f"character '{re.escape(char)}' at position"):
        check_text("Text.ja", text)
