"""The checks of a record when built: types (:class:`TypeError`) and rules (:class:`ValueError`)."""

import re
from decimal import Decimal
from typing import Any

import attrs

ID_PATTERN = "[a-z][a-z0-9_]*"  # a zone's or an area's id: lowercase ASCII letters, digits and _
MAX_TEXT = 10_000  # characters in a text or an id: far below the 131,072 a CSV reader takes in a field
MAX_DIGITS = 50  # digits in a number, and in a size before its point and after it

# No text holds C0 (tab and line ends too) or C1 controls, DEL, line or paragraph separators, bidi
# embeddings, overrides or isolates, or lone surrogates; nor only white space and zero-width characters.
_CONTROLS = r"\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_ZERO_WIDTH = r"\u200b-\u200d\u2060\ufeff"

TEXT_PATTERN = rf"^(?![\s\S]*[{_CONTROLS}])[\s\S]*[^\s{_ZERO_WIDTH}]"
"""The texts :func:`check_text` takes (but for their length), as a regular expression for JSON Schema."""

_ID = re.compile(ID_PATTERN)
_FORBIDDEN, _BLANK = f"[{_CONTROLS}]", rf"[\s{_ZERO_WIDTH}]*"  # compiled on first use: rarely needed
SHOWN = 60  # the characters a repr or a message shows of a text, quotes and escapes included

of = attrs.validators.instance_of  # the validators: an instance of a type, or None, or a tuple of them


def maybe(kind: type) -> Any:
    return attrs.validators.optional(of(kind))


def tuple_of(kind: type) -> Any:
    return attrs.validators.deep_iterable(of(kind), of(tuple))


def short(value: str) -> str:  # as a repr or a message shows it: quoted, escaped, one line, 60 characters
    shown, cut = repr(value[: SHOWN + 1]), min(len(value), SHOWN)  # never the repr of a long text
    while len(shown) > SHOWN:  # escapes make some characters longer: cut until it fits
        cut -= 1
        shown = repr(value[:cut] + "…")
    return shown


def short_number(value: int | Decimal) -> str:  # in full up to 20 digits, else rounded, marked ≈
    number = Decimal(value)
    if len(number.as_tuple().digits) <= 20 and -20 <= number.adjusted() <= 20:
        return str(number)
    return f"≈{number:.6e}"


def plural(count: int, noun: str) -> str:  # 1 action, 2 actions
    return f"{count} {noun}{'' if count == 1 else 's'}"


def plain(value: str) -> bool:  # the common case, at C speed: visible characters, no control, not too long
    return len(value) <= MAX_TEXT and value.isprintable() and bool(value.strip())


def check_text(owner: str, value: str) -> None:
    if plain(value):
        return
    if len(value) > MAX_TEXT:
        raise ValueError(f"{owner}: a text of {len(value)} characters is longer than the {MAX_TEXT} allowed")
    if re.fullmatch(_BLANK, value):
        raise ValueError(f"{owner} must not be empty or blank")
    found = re.search(_FORBIDDEN, value)
    if found:  # the forbidden characters in order: controls and line ends, bidi controls, surrogates
        char = found.group()
        what = (
            "a lone surrogate" if char >= "\ud800" else "a bidi control" if char >= "\u202a" else "a control"
        )
        raise ValueError(f"{owner}: {what} character {char!r} at position {found.start()} is not allowed")


def check_id(owner: str, value: str) -> None:
    if len(value) > MAX_TEXT or not _ID.fullmatch(value):
        raise ValueError(
            f"{owner} id {short(value)} must be lowercase ASCII letters, digits and '_', "
            f"starting with a letter, at most {MAX_TEXT} characters"
        )


def check_size(owner: str, value: Decimal) -> None:
    if not value.is_finite():
        raise ValueError(f"{owner}: size must be a finite number of km², got {value}")
    if value <= 0:
        raise ValueError(f"{owner}: size must be greater than zero, got {short_number(value)}")
    if value.adjusted() >= MAX_DIGITS or int(value.as_tuple().exponent) < -MAX_DIGITS:
        raise ValueError(
            f"{owner}: size must have at most {MAX_DIGITS} digits before its point and {MAX_DIGITS} "
            f"after it, got {short_number(value)}"
        )


def check_number(owner: str, number: int) -> None:
    if isinstance(number, bool) or not 1 <= number < 10**MAX_DIGITS:
        shown = repr(number) if isinstance(number, bool) else short_number(number)
        raise ValueError(
            f"{owner}: number must be a whole number from 1, of at most {MAX_DIGITS} digits, got {shown}"
        )


def check_consecutive(owner: str, numbers: list[int]) -> None:
    if numbers != list(range(1, len(numbers) + 1)):
        shown = str(numbers) if len(numbers) <= 20 else str(numbers[:20])[:-1] + ", …]"
        raise ValueError(f"{owner} must run 1, 2, 3, … in order, got {shown}")
