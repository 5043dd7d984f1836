"""The one cattrs converter of the package, configured here and nowhere else.

Sizes travel as decimal strings (``"134.6"``), dates as ISO 8601 strings
(``"2023-10-21"``), enums as their values and tuples as lists.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import cattrs

from ._exact import to_decimal

__all__ = ["converter"]

converter = cattrs.Converter(forbid_extra_keys=True)
"""The converter between the records and plain JSON-compatible data."""


def _structure_decimal(value: object, _: type) -> Decimal:
    if not isinstance(value, str):
        raise TypeError(f"expected a decimal number as a string, got {type(value).__name__}")
    return to_decimal(value)


def _structure_date(value: object, _: type) -> date:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO date string, got {type(value).__name__}")
    return date.fromisoformat(value)


converter.register_unstructure_hook(Decimal, str)
converter.register_structure_hook(Decimal, _structure_decimal)
converter.register_unstructure_hook(date, date.isoformat)
converter.register_structure_hook(date, _structure_date)
