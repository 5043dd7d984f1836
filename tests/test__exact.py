"""Tests of xinjiang_fta._exact: exact decimals in, exact sums out."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xinjiang_fta._exact import exact_sum, to_decimal

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
    assert exact_sum([]) == Decimal(0)


@given(exact_decimals)
def test_to_decimal_round_trips_strings(value: Decimal) -> None:
    assert to_decimal(str(value)) == value
    assert to_decimal(value) is value


@pytest.mark.parametrize("bad", [1.0, True])
def test_to_decimal_refuses_inexact_types(bad: object) -> None:
    with pytest.raises(TypeError, match="a size must be exact"):
        to_decimal(bad)


def test_to_decimal_refuses_other_types_and_bad_strings() -> None:
    with pytest.raises(TypeError, match="not list"):
        to_decimal([1])
    with pytest.raises(ValueError, match="not a decimal number: '1,5'"):
        to_decimal("1,5")
