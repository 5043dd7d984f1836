"""The checks of a record when built: types (:class:`TypeError`) and rules (:class:`ValueError`)."""

import re
import unicodedata
from decimal import Decimal
from types import UnionType
from typing import Any, get_args, get_origin

import attrs

ID_PATTERN = "[a-z][a-z0-9_]*"  # a zone's or an area's id: lowercase ASCII letters, digits and _
MAX_TEXT = 10_000  # characters in a text or an id: far below the 131,072 a CSV reader takes in a field
MAX_DIGITS = 50  # digits in a number, and in a size before its point and after it
SHOWN = 60  # the characters a repr or a message shows of a text, quotes and escapes included

# No text holds C0 (tab and line ends too) or C1 controls, DEL, line or paragraph separators, bidi
# embeddings, overrides or isolates, or lone surrogates; nor only white space and INVISIBLE characters.
_CONTROLS = r"\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
_FORBIDDEN = re.compile(f"[{_CONTROLS}]")
_KINDS = {"Cf": "a bidi control", "Cs": "a lone surrogate"}  # by category; Cc, Zl and Zp: "a control"
INVISIBLE = frozenset({"Cf", "Mn", "Me"})  # the categories of format characters and combining marks

TEXT_PATTERN = rf"^(?![\s\S]*[{_CONTROLS}])[\s\S]*[^\s\u200b-\u200d\u2060\ufeff]"
"""The texts :func:`check_text` takes, for JSON Schema: with no Unicode categories, it also takes the
INVISIBLE ones but for zero-width characters."""


def by_type(cls: type, fields: list["attrs.Attribute[Any]"]) -> list["attrs.Attribute[Any]"]:
    """The field transformer of the records: attrs checks each field is of its type (a TypeError)."""
    return [field.evolve(validator=_of_type(field.type)) for field in fields]


def _of_type(kind: Any) -> Any:  # the validator of a field of type X, X | None or tuple[X, ...]
    if isinstance(kind, UnionType):
        return attrs.validators.optional(_of_type(get_args(kind)[0]))
    if get_origin(kind) is tuple:
        return attrs.validators.deep_iterable(_of_type(get_args(kind)[0]), _of_type(tuple))
    return attrs.validators.instance_of(kind)


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


def check_text(owner: str, value: str, ja: str | None = None) -> None:  # ja: the text a translation is of
    # The common case at C speed: printable (no control, format character or separator but the space),
    # starting with a visible character. It halves building the bundled zone: 0.7 ms, not 1.6 (2026-12-02).
    if value.isprintable() and 0 < len(value) <= MAX_TEXT and unicodedata.category(value[0])[0] not in "MZ":
        return
    if ja is not None:
        owner = f"{owner} (ja={short(ja)})"
    if len(value) > MAX_TEXT:
        raise ValueError(f"{owner}: a text of {len(value)} characters is longer than the {MAX_TEXT} allowed")
    found = _FORBIDDEN.search(value)
    blank = all(c.isspace() or unicodedata.category(c) in INVISIBLE for c in value)
    if blank and (found is None or found.group().isspace()):  # a bidi control or a surrogate is named
        raise ValueError(f"{owner} must not be empty or blank")
    if found:
        what = _KINDS.get(unicodedata.category(found.group()), "a control")
        raise ValueError(
            f"{owner}: {what} character {found.group()!r} at position {found.start()} is not allowed"
        )


def check_id(owner: str, value: str) -> None:
    if len(value) > MAX_TEXT or not re.fullmatch(ID_PATTERN, value):
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
