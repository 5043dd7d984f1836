"""The one cattrs converter of the package: strict, so a file means one thing (see docs/serialization.md)."""

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

_DECIMAL = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?\Z", re.ASCII)  # plain notation
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z", re.ASCII)  # ISO 8601 calendar dates

converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
"""The converter between the records and plain JSON-compatible data."""


def _kind(value: object) -> str:  # for messages: cheap for any value (no repr of a container)
    if value is None or isinstance(value, bool):
        return {None: "null", True: "true", False: "false"}[value]
    if isinstance(value, int | float):
        return (
            f"number {value!r}" if isinstance(value, float) or abs(value) < 10**40 else "number (very long)"
        )
    if isinstance(value, str):
        return f"string {value if len(value) <= 40 else value[:37] + '…'!r}"
    kinds: dict[type, str] = {list: "array", tuple: "array", dict: "object"}
    return kinds.get(type(value), type(value).__name__)


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


def _enum_hook(type_: type[enum.Enum]) -> Callable[[object, type], enum.Enum]:
    values = [member.value for member in type_]

    def structure(value: object, _: type) -> enum.Enum:
        if isinstance(value, str) and value in values:
            return type_(value)
        raise ValueError(f"expected one of {', '.join(map(repr, values))}, got {_kind(value)}")

    return structure


def _is_tuple(type_: Any) -> bool:
    return get_origin(type_) is tuple and get_args(type_)[1:] == (Ellipsis,)


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


converter.register_unstructure_hook(Decimal, lambda value: format(value, "f"))  # plain: "100", not "1E+2"
converter.register_structure_hook(Decimal, _structure_decimal)
converter.register_unstructure_hook(date, date.isoformat)
converter.register_structure_hook(date, _structure_date)
converter.register_structure_hook(str, _structure_str)
converter.register_structure_hook(int, _structure_int)
converter.register_structure_hook_factory(
    lambda t: isinstance(t, type) and issubclass(t, enum.Enum), _enum_hook
)
converter.register_structure_hook_factory(_is_tuple, _tuple_hook)
converter.register_structure_hook_factory(attrs.has, _record_hook)
