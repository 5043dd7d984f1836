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
SHOWN = 60  # the characters of a text that a repr shows


of = attrs.validators.instance_of
"""The validator that a field holds an instance of a type."""


def maybe(kind: type) -> Any:
    """The validator that a field holds an instance of *kind*, or ``None``."""
    return attrs.validators.optional(of(kind))


def tuple_of(kind: type) -> Any:
    """The validator that a field holds a tuple of instances of *kind*."""
    return attrs.validators.deep_iterable(of(kind), of(tuple))


def short(value: str) -> str:
    """*value* as a repr or an error message shows it: quoted, on one line, cut to 60 characters."""
    return repr(value if len(value) <= SHOWN else value[: SHOWN - 1] + "…")


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
