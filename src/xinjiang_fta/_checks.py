"""The checks a record makes when it is built: types, and the rules of texts, ids, sizes and numbers.

The validators check types (:class:`TypeError`); each rule raises
:class:`ValueError` with a message naming the record and the rule.
"""

import re
from decimal import Decimal
from typing import Any

import attrs

ID_PATTERN = "[a-z][a-z0-9_]*"
"""The form of a zone's or an area's id: lowercase ASCII letters, digits and ``_``, from a letter."""

_ID = re.compile(ID_PATTERN)
SHOWN = 60  # the characters a repr or a message shows of a text, quotes and escapes included


of = attrs.validators.instance_of
"""The validator that a field holds an instance of a type."""


def maybe(kind: type) -> Any:
    """The validator that a field holds an instance of *kind*, or ``None``."""
    return attrs.validators.optional(of(kind))


def tuple_of(kind: type) -> Any:
    """The validator that a field holds a tuple of instances of *kind*."""
    return attrs.validators.deep_iterable(of(kind), of(tuple))


def short(value: str) -> str:
    """*value* as a repr or an error message shows it: quoted, escaped, on one line, in 60 characters."""
    shown, cut = repr(value), min(len(value), SHOWN)
    while len(shown) > SHOWN:  # escapes make some characters longer: cut until it fits
        cut -= 1
        shown = repr(value[:cut] + "…")
    return shown


def short_number(value: int | Decimal) -> str:
    """*value* as a repr shows it: in full up to 20 digits, else rounded, marked ``≈``."""
    number = Decimal(value)
    if len(number.as_tuple().digits) <= 20 and -20 <= number.adjusted() <= 20:
        return str(number)
    return f"≈{number:.6e}"


def plural(count: int, noun: str) -> str:
    """*count* *noun*, the noun in the plural unless the count is one: ``1 action``, ``2 actions``."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def check_text(owner: str, value: str) -> None:
    if not value.strip():
        raise ValueError(f"{owner} must not be empty or blank")
    try:
        value.encode("utf-8")  # fails on a lone surrogate, which no file can hold
    except UnicodeEncodeError as error:
        raise ValueError(
            f"{owner}: a lone surrogate {value[error.start]!r} at position {error.start} "
            "is not a character and cannot be written as UTF-8"
        ) from None


def check_id(owner: str, value: str) -> None:
    if not _ID.fullmatch(value):
        raise ValueError(
            f"{owner} id {short(value)} must be lowercase ASCII letters, digits and '_', "
            "starting with a letter"
        )


def check_size(owner: str, value: Decimal) -> None:
    if not value.is_finite():
        raise ValueError(f"{owner}: size must be a finite number of km², got {value}")
    if value <= 0:
        raise ValueError(f"{owner}: size must be greater than zero, got {value}")


def check_number(owner: str, number: int) -> None:
    if isinstance(number, bool) or number < 1:
        raise ValueError(f"{owner}: number must be a whole number from 1, got {number!r}")


def check_consecutive(owner: str, numbers: list[int]) -> None:
    if numbers != list(range(1, len(numbers) + 1)):
        raise ValueError(f"{owner} must run 1, 2, 3, … in order, got {numbers}")
