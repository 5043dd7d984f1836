"""The one cattrs converter of the package: strict, so a file means one thing (see docs/serialization.md)."""

import enum
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory, is_sequence
from cattrs.gen import make_dict_structure_fn

__all__ = ["converter"]

_DECIMAL = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?\Z", re.ASCII)  # plain notation
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z", re.ASCII)  # ISO 8601 calendar dates
_T = TypeVar("_T")
_Hook = Callable[..., Any]

converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
"""The converter between the records and plain JSON-compatible data."""


def _kind(value: object) -> str:  # for messages: cheap for any value (no repr of a container)
    if value is None or isinstance(value, bool):
        return {None: "null", True: "true", False: "false"}[value]
    if isinstance(value, int) and abs(value) >= 10**40:
        return "number (very long)"
    if isinstance(value, int | float):
        return f"number {value!r}"
    if isinstance(value, str):
        return f"string {value if len(value) <= 40 else value[:37] + '…'!r}"
    kinds: dict[type, str] = {list: "array", tuple: "array", dict: "object"}
    return kinds.get(type(value), type(value).__name__)


def _expect(value: object, kind: type[_T], what: str) -> _T:  # a bool is never an int here
    if isinstance(value, kind) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected {what}, got {_kind(value)}")


def _structure_decimal(value: object, _: type) -> Decimal:
    text = _expect(value, str, 'a decimal number as a string such as "134.6"')
    if not _DECIMAL.match(text):
        raise ValueError(f'expected a decimal number in plain notation such as "134.6", got {_kind(value)}')
    return Decimal(text)


def _structure_date(value: object, _: type) -> date:
    text = _expect(value, str, 'a date as a string "YYYY-MM-DD"')
    if not _DATE.match(text):
        raise ValueError(f'expected a date "YYYY-MM-DD", got {_kind(value)}')
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"not a calendar date: {value!r}") from None


def _structure_enum(value: object, type_: type[enum.Enum]) -> enum.Enum:
    values = [member.value for member in type_]
    if isinstance(value, str) and value in values:
        return type_(value)
    raise ValueError(f"expected one of {', '.join(map(repr, values))}, got {_kind(value)}")


def _only(json_type: type, what: str, make: Callable[..., _Hook]) -> Callable[[Any], _Hook]:
    """A hook factory: the hook cattrs's *make* gives, for a value of *json_type* only."""

    def factory(type_: Any) -> _Hook:
        structure = make(type_, converter)  # every problem is collected, then raised together
        return lambda value, _: structure(_expect(value, json_type, what), type_)

    return factory


converter.register_unstructure_hook(Decimal, lambda value: format(value, "f"))  # plain: "100", not "1E+2"
converter.register_structure_hook(Decimal, _structure_decimal)
converter.register_unstructure_hook(date, date.isoformat)
converter.register_structure_hook(date, _structure_date)
converter.register_structure_hook(str, lambda value, _: _expect(value, str, "a string"))
converter.register_structure_hook(int, lambda value, _: _expect(value, int, "an integer"))
converter.register_structure_hook_func(lambda t: isinstance(t, enum.EnumMeta), _structure_enum)
converter.register_structure_hook_factory(  # the records' sequences are all tuple[X, ...]
    is_sequence, _only(list, "an array", homogenous_tuple_structure_factory)
)
converter.register_structure_hook_factory(attrs.has, _only(dict, "an object", make_dict_structure_fn))
