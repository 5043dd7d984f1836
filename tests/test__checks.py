"""Tests of xinjiang_fta._checks: the rules every record checks when it is built, and their messages."""

from __future__ import annotations

import ast
import re
import string
from decimal import Decimal

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from xinjiang_fta._checks import (
    ID_PATTERN,
    SHOWN,
    check_consecutive,
    check_id,
    check_number,
    check_size,
    check_text,
    maybe,
    of,
    plural,
    short,
    short_number,
    tuple_of,
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
def test_an_id_is_accepted_exactly_when_it_matches_the_pattern(value: str) -> None:
    valid = re.fullmatch(r"[a-z][a-z0-9_]*", value, re.ASCII) is not None
    if valid:
        check_id("Area", value)
    else:
        with pytest.raises(ValueError, match=r"^Area id .* must be lowercase ASCII letters, digits and '_'"):
            check_id("Area", value)


def test_the_id_message_names_the_owner_and_the_value_and_the_rule() -> None:
    with pytest.raises(
        ValueError,
        match=exactly(
            "Zone id 'Xinjiang' must be lowercase ASCII letters, digits and '_', starting with a letter"
        ),
    ):
        check_id("Zone", "Xinjiang")


def test_a_long_id_is_cut_in_the_message() -> None:
    with pytest.raises(ValueError, match="must be lowercase") as caught:
        check_id("Area", "X" * 10_000)
    assert len(str(caught.value)) < 200
    assert "'" + "X" * (SHOWN - 3) + "…'" in str(caught.value)


# --- texts -------------------------------------------------------------------------------------


@given(st.text(st.characters(exclude_categories=["Cs"]), min_size=1).filter(lambda s: s.strip() != ""))
def test_any_text_with_a_character_that_is_not_white_space_is_accepted(value: str) -> None:
    check_text("Text.en", value)


@pytest.mark.parametrize("blank", ["", " ", "\n", "\t\r\n", "\u3000", "\u2003\u00a0"])
def test_empty_and_blank_texts_are_rejected(blank: str) -> None:
    with pytest.raises(ValueError, match=exactly("Text.ja must not be empty or blank")):
        check_text("Text.ja", blank)


@pytest.mark.parametrize("surrogate", [chr(0xD800), chr(0xDBFF), chr(0xDC00), chr(0xDFFF)])
def test_a_lone_surrogate_is_rejected_with_its_position(surrogate: str) -> None:
    with pytest.raises(
        ValueError,
        match=exactly(
            f"Source.issuer: a lone surrogate {surrogate!r} at position 2 "
            "is not a character and cannot be written as UTF-8"
        ),
    ):
        check_text("Source.issuer", "ab" + surrogate + "c")


# --- sizes -------------------------------------------------------------------------------------


@given(st.decimals(min_value=Decimal("1E-30"), allow_nan=False, allow_infinity=False))
def test_positive_finite_sizes_are_accepted(size: Decimal) -> None:
    check_size("Area 'a'", size)


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
    with pytest.raises(ValueError, match=exactly(f"SubArea 'x': size must be greater than zero, got {size}")):
        check_size("SubArea 'x'", size)


# --- numbers -----------------------------------------------------------------------------------


@given(st.integers(min_value=1))
def test_whole_numbers_from_one_are_accepted(number: int) -> None:
    check_number("Measure 1", number)


@given(st.integers(max_value=0) | st.booleans())
def test_numbers_below_one_and_booleans_are_rejected(number: int) -> None:
    with pytest.raises(
        ValueError, match=exactly(f"SourceRef: row: number must be a whole number from 1, got {number!r}")
    ):
        check_number("SourceRef: row", number)


@given(st.integers(0, 30))
def test_numbers_running_one_to_n_are_consecutive(count: int) -> None:
    check_consecutive("Zone 'z': domain numbers", list(range(1, count + 1)))


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


@attrs.frozen
class _Sample:
    count: int = attrs.field(validator=of(int))
    note: str | None = attrs.field(validator=maybe(str), default=None)
    tags: tuple[str, ...] = attrs.field(validator=tuple_of(str), default=())


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
