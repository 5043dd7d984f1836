"""The one cattrs converter of the package, configured here and nowhere else.

:func:`xinjiang_fta.to_dict`, :func:`~xinjiang_fta.from_dict` and the JSON and CSV
readers use it; use it directly to combine the records with your own cattrs code.

Sizes travel as decimal strings in plain notation (``"134.6"``), dates as ISO
8601 calendar dates (``"2023-10-21"``), enums as their values and tuples as
lists. Structuring is strict, so a file means exactly one thing:

- a decimal only from a string such as ``"134.6"`` or ``"-2"`` (no exponent,
  no ``NaN``, no spaces, no number);
- a date only from a ``"YYYY-MM-DD"`` string;
- an integer only from a JSON integer (not ``true``, not ``1.0``, not ``"1"``);
- a string only from a string, a tuple only from a list, a record only from an
  object without unknown keys.

The converter validates in detail: it raises a
:class:`cattrs.ClassValidationError` (or :class:`cattrs.IterableValidationError`)
holding every problem, each noted with its field or index, which
:mod:`xinjiang_fta.serialize` turns into a :class:`~xinjiang_fta.DataError`.
"""

import enum
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import IterableValidationError, IterableValidationNote
from cattrs.gen import make_dict_structure_fn

__all__ = ["converter"]

_DECIMAL_PATTERN = r"-?(0|[1-9][0-9]*)(\.[0-9]+)?"
"""The decimals the converter reads: an optional minus, digits, and an optional fraction."""

_DATE_PATTERN = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
"""The dates the converter reads: ISO 8601 calendar dates, ``YYYY-MM-DD``."""

_DECIMAL = re.compile(_DECIMAL_PATTERN + r"\Z", re.ASCII)
_DATE = re.compile(_DATE_PATTERN + r"\Z", re.ASCII)

converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
"""The converter between the records and plain JSON-compatible data."""


def _kind(value: object) -> str:
    """Describe *value* by its JSON kind, quoting short strings, for error messages.

    Never calls ``repr`` on a container, so a huge or deeply nested value is cheap
    to describe.

    >>> _kind(None), _kind(True), _kind(1.5), _kind([1]), _kind("NaN"), _kind(10**50), _kind(object())
    ('null', 'true', 'number 1.5', 'array', "string 'NaN'", 'number (very long)', 'object')
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        text = repr(value) if isinstance(value, float) or abs(value) < 10**40 else "(very long)"
        return f"number {text}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "…"
        return f"string {shown!r}"
    if isinstance(value, list | tuple):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {_kind(value)}")
    return value


def _structure_int(value: object, _: type) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"expected an integer, got {_kind(value)}")
    return value


def _structure_decimal(value: object, _: type) -> Decimal:
    if not isinstance(value, str):
        raise TypeError(f'expected a decimal number as a string such as "134.6", got {_kind(value)}')
    if not _DECIMAL.match(value):
        raise ValueError(f'expected a decimal number in plain notation such as "134.6", got {_kind(value)}')
    return Decimal(value)


def _structure_date(value: object, _: type) -> date:
    if not isinstance(value, str):
        raise TypeError(f'expected a date as a string "YYYY-MM-DD", got {_kind(value)}')
    if not _DATE.match(value):
        raise ValueError(f'expected a date "YYYY-MM-DD", got {_kind(value)}')
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"not a calendar date: {value!r}") from None


def _unstructure_decimal(value: Decimal) -> str:
    # Plain notation ("100", not "1E+2"), so what is written is what is read back.
    return format(value, "f")


def _is_enum(type_: Any) -> bool:
    return isinstance(type_, type) and issubclass(type_, enum.Enum)


def _enum_hook(type_: type[enum.Enum]) -> Callable[[object, type], enum.Enum]:
    values = [member.value for member in type_]

    def structure(value: object, _: type) -> enum.Enum:
        if isinstance(value, str) and value in values:
            return type_(value)
        expected = ", ".join(repr(v) for v in values)
        raise ValueError(f"expected one of {expected}, got {_kind(value)}")

    return structure


def _is_tuple(type_: Any) -> bool:
    args = get_args(type_)
    return get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuple_hook(type_: Any) -> Callable[[object, type], tuple[Any, ...]]:
    item = get_args(type_)[0]
    structure_item = converter.get_structure_hook(item)

    def structure(value: object, _: type) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise TypeError(f"expected an array, got {_kind(value)}")
        result, errors = [], []
        for index, member in enumerate(value):
            try:
                result.append(structure_item(member, item))
            except Exception as error:  # every problem is collected, then raised together
                error.add_note(IterableValidationNote(f"Structuring {type_} @ index {index}", index, item))
                errors.append(error)
        if errors:
            raise IterableValidationError(f"While structuring {type_!r}", errors, type_)
        return tuple(result)

    return structure


def _record_hook(type_: type[Any]) -> Callable[[object, type], Any]:
    structure_fields = make_dict_structure_fn(type_, converter)

    def structure(value: object, _: type) -> Any:
        if not isinstance(value, dict):
            raise TypeError(f"expected an object, got {_kind(value)}")
        return structure_fields(value, type_)

    return structure


converter.register_unstructure_hook(Decimal, _unstructure_decimal)
converter.register_structure_hook(Decimal, _structure_decimal)
converter.register_unstructure_hook(date, date.isoformat)
converter.register_structure_hook(date, _structure_date)
converter.register_structure_hook(str, _structure_str)
converter.register_structure_hook(int, _structure_int)
converter.register_structure_hook_factory(_is_enum, _enum_hook)
converter.register_structure_hook_factory(_is_tuple, _tuple_hook)
converter.register_structure_hook_factory(attrs.has, _record_hook)
