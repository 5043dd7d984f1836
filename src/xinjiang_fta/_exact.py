"""Exact arithmetic on sizes: decimals in, decimals out, never a float, never a rounding."""

from __future__ import annotations

import decimal
from collections.abc import Iterable
from decimal import Decimal

__all__ = ["exact_sum", "to_decimal"]

_EXACT = decimal.Context(
    prec=decimal.MAX_PREC,
    Emax=decimal.MAX_EMAX,
    Emin=decimal.MIN_EMIN,
    traps=[decimal.InvalidOperation, decimal.Inexact, decimal.Overflow, decimal.Underflow],
)


def to_decimal(value: object) -> Decimal:
    """Return *value* as an exact :class:`~decimal.Decimal`.

    Accepts a ``Decimal``, an ``int`` or a string such as ``"134.6"``; refuses a
    ``float`` (which is never exact) and a ``bool`` with :class:`TypeError`, and
    a string that is not a number with :class:`ValueError`.
    """
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool | float):
        raise TypeError(
            f"a size must be exact: pass Decimal('…') or a string, not {type(value).__name__} {value!r}"
        )
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str):
        try:
            return Decimal(value.strip())
        except decimal.InvalidOperation:
            raise ValueError(f"not a decimal number: {value!r}") from None
    raise TypeError(f"a size must be a Decimal, an int or a string, not {type(value).__name__}")


def exact_sum(values: Iterable[Decimal]) -> Decimal:
    """Add *values* with no rounding whatever their number of digits; ``Decimal(0)`` for none."""
    total = Decimal(0)
    for value in values:
        total = _EXACT.add(total, value)
    return total
