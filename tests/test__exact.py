"""Tests of xinjiang_fta._exact: exact decimals in, exact sums out."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xinjiang_fta._exact import exact_sum, to_decimal


def exactly(message: str) -> str:
    """The pattern that matches *message* whole, for ``pytest.raises(match=...)``."""
    return f"^{re.escape(message)}\\Z"


exact_decimals = st.decimals(allow_nan=False, allow_infinity=False)


@given(st.lists(exact_decimals, max_size=10))
def test_exact_sum_never_rounds(values: list[Decimal]) -> None:
    total = exact_sum(values)
    # Subtracting every value back, exactly, must give zero.
    for value in values:
        total = exact_sum([total, value.copy_negate()])  # unary minus would round
    assert total == 0


def test_exact_sum_of_long_decimals() -> None:
    assert exact_sum([Decimal("0." + "1" * 50)] * 3) == Decimal("0." + "3" * 50)
    assert exact_sum(iter([Decimal("1E+40"), Decimal("1E-40")])) == Decimal(
        "1" + "0" * 40 + "." + "0" * 39 + "1"
    )
    assert sum([Decimal("1E+40"), Decimal("1E-40")]) == Decimal("1E+40")  # what the default context does


def test_exact_sum_of_nothing_is_a_decimal_zero() -> None:
    total = exact_sum([])
    assert total == 0
    assert isinstance(total, Decimal)


@given(exact_decimals)
def test_to_decimal_round_trips_strings(value: Decimal) -> None:
    assert to_decimal(str(value)) == value
    assert to_decimal(str(value)).as_tuple() == value.as_tuple()  # digit for digit
    assert to_decimal(value) is value


@given(st.integers())
def test_to_decimal_takes_integers_exactly(value: int) -> None:
    assert to_decimal(value) == value
    assert isinstance(to_decimal(value), Decimal)


def test_to_decimal_strips_white_space_around_a_string() -> None:
    assert to_decimal(" 2.41\n").as_tuple() == Decimal("2.41").as_tuple()


@pytest.mark.parametrize("bad", [1.0, 0.1, True, False])
def test_to_decimal_refuses_inexact_types(bad: object) -> None:
    with pytest.raises(
        TypeError,
        match=exactly(
            f"a size must be exact: pass Decimal('…') or a string, not {type(bad).__name__} {bad!r}"
        ),
    ):
        to_decimal(bad)


@pytest.mark.parametrize(("bad", "name"), [([1], "list"), (None, "NoneType"), (b"1", "bytes")])
def test_to_decimal_refuses_other_types(bad: object, name: str) -> None:
    with pytest.raises(TypeError, match=exactly(f"a size must be a Decimal, an int or a string, not {name}")):
        to_decimal(bad)


@pytest.mark.parametrize("bad", ["1,5", "", "abc", "1 2", "½"])
def test_to_decimal_refuses_strings_that_are_not_numbers(bad: str) -> None:
    with pytest.raises(ValueError, match=exactly(f"not a decimal number: {bad!r}")):
        to_decimal(bad)
