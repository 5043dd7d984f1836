"""Exact arithmetic on sizes: decimals in, decimals out, never a float, never a rounding."""

import decimal
import functools
from collections.abc import Iterable
from decimal import Decimal

from ._checks import short

__all__ = ["exact_sum", "to_decimal"]

_TRAPS = [decimal.InvalidOperation, decimal.Inexact, decimal.Overflow, decimal.Underflow]
_EXACT = decimal.Context(prec=decimal.MAX_PREC, Emax=decimal.MAX_EMAX, Emin=decimal.MIN_EMIN, traps=_TRAPS)


def to_decimal(value: object) -> Decimal:
    """Return *value*, a ``Decimal``, an ``int`` or a string such as ``"134.6"``, as an exact Decimal.

    A float (never exact) or a bool is a :class:`TypeError`, a string not a number a :class:`ValueError`.
    """
    if isinstance(value, bool | float):
        raise TypeError(
            f"a size must be exact: pass Decimal('…') or a string, not {type(value).__name__} {value!r}"
        )
    if isinstance(value, Decimal | int):
        return Decimal(value)
    if not isinstance(value, str):
        raise TypeError(f"a size must be a Decimal, an int or a string, not {type(value).__name__}")
    try:
        return Decimal(value.strip())
    except decimal.InvalidOperation:
        raise ValueError(f"not a decimal number: {short(value)}") from None


def exact_sum(values: Iterable[Decimal]) -> Decimal:
    """Add *values* with no rounding whatever their number of digits; ``Decimal(0)`` for none."""
    return functools.reduce(_EXACT.add, values, Decimal(0))
