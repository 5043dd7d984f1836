"""Records to plain data and JSON text, and strict reading back: nothing rounded, every problem located."""

import itertools
import json
import re
from collections.abc import Iterator
from typing import Any, TypeVar, overload

import attrs
import cattrs

from ._checks import SHOWN, short
from .conversion import _kind, converter
from .errors import ROOT, DataError
from .records import Zone

__all__ = ["MAX_DEPTH", "MAX_SIZE", "from_dict", "from_json", "to_dict", "to_json"]

_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?|[][{}]', re.DOTALL)  # a whole string, or a bracket
_STEPS = {"[": 1, "{": 1, "]": -1, "}": -1}  # a string is a step of 0
R = TypeVar("R")

MAX_SIZE = 16 * 1024 * 1024
"""The largest JSON text :func:`from_json` reads and :func:`to_json` writes: 16 MiB of UTF-8."""
MAX_DEPTH = 32
"""The deepest nesting :func:`from_json` reads (a zone nests 7 deep); a deeper text is refused unparsed."""


def to_dict(record: object) -> Any:
    """Return *record* as plain JSON-compatible data: dicts in field order, lists, strings, ints, None."""
    _record_type(type(record))
    return converter.unstructure(record)


def from_dict(data: object, cls: type[R]) -> R:
    """Build a *cls* record from plain data, or raise a :class:`DataError` listing every problem and where."""
    _record_type(cls)
    try:
        return converter.structure(data, cls)
    except (cattrs.ClassValidationError, cattrs.IterableValidationError, ValueError, TypeError) as error:
        raise DataError(list(_problems(error, ""))) from None


def to_json(record: object) -> str:
    """Return *record* as JSON text: keys in field order, UTF-8 characters unescaped, indent 2, final newline.

    The bundled file is exactly ``to_json(ZONE)``; a text over :data:`MAX_SIZE` raises :class:`DataError`.
    """
    text = json.dumps(to_dict(record), ensure_ascii=False, indent=2) + "\n"
    if _too_large(text):
        raise DataError([(ROOT, f"the JSON text would exceed {MAX_SIZE} bytes, more than from_json reads")])
    return text


@overload
def from_json(text: str | bytes | bytearray) -> Zone: ...
@overload
def from_json(text: str | bytes | bytearray, cls: type[R]) -> R: ...
def from_json(text: str | bytes | bytearray, cls: type[Any] = Zone) -> Any:
    """Build a record of type *cls* (a :class:`~xinjiang_fta.Zone` by default) from JSON *text*.

    *text* is ``str``, or UTF-8 ``bytes`` or ``bytearray`` (else :class:`TypeError`); a leading byte
    order mark is skipped. Raises :class:`DataError` for text not UTF-8 or not JSON (with line and
    column), over :data:`MAX_SIZE` or :data:`MAX_DEPTH`, and for every problem :func:`from_dict` finds.
    """
    if not isinstance(text, str | bytes | bytearray):
        raise TypeError(f"from_json reads str, bytes or bytearray, not {type(text).__name__}")
    if _too_large(text):
        raise DataError([(ROOT, f"the text is larger than {MAX_SIZE} bytes of UTF-8")])
    try:
        text = (text if isinstance(text, str) else text.decode("utf-8")).removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        raise DataError([(f"byte {error.start}", "the text is not UTF-8")]) from None
    if _too_deep(text):
        raise DataError([(ROOT, f"arrays and objects are nested more than {MAX_DEPTH} deep")])
    try:
        data = json.loads(text, object_pairs_hook=_object)
    except json.JSONDecodeError as error:
        raise DataError([(f"line {error.lineno}, column {error.colno}", f"not JSON: {error.msg}")]) from None
    except KeyError as error:  # from _object: the only KeyError json.loads lets through
        raise DataError([(ROOT, f"the key {short(error.args[0])} appears twice in one object")]) from None
    except ValueError as error:  # such as an integer of more than 4300 digits
        raise DataError([(ROOT, f"not readable as JSON: {error}")]) from None
    return from_dict(data, cls)


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise KeyError(key)  # the first key to come again
        result[key] = value
    return result


def _too_large(text: str | bytes | bytearray) -> bool:  # in UTF-8; a str too long already is not encoded
    if isinstance(text, str) and len(text) <= MAX_SIZE:
        text = text.encode("utf-8", "surrogatepass")
    return len(text) > MAX_SIZE


def _too_deep(text: str) -> bool:  # exact for well-formed JSON; brackets never closed count
    depths = itertools.accumulate(_STEPS.get(text[token.start()], 0) for token in _TOKENS.finditer(text))
    return any(depth > MAX_DEPTH for depth in depths)


def _record_type(cls: type) -> None:
    if not attrs.has(cls):
        raise TypeError(f"not a record type of xinjiang_fta: {cls!r}")


def _problems(error: BaseException, path: str) -> Iterator[tuple[str, str]]:  # depth first, in order
    if isinstance(error, cattrs.ClassValidationError | cattrs.IterableValidationError):
        with_notes, without = error.group_exceptions()
        for inner, note in with_notes:
            step = f"[{note.index}]" if isinstance(note, cattrs.IterableValidationNote) else f".{note.name}"
            yield from _problems(inner, path + step if path else step.lstrip("."))
        for inner in without:
            yield from _problems(inner, path)
    elif isinstance(error, cattrs.ForbiddenExtraKeysError):  # keys of from_dict's data may be no strings
        keys = sorted(key for key in error.extra_fields if isinstance(key, str))
        keys += sorted(_kind(key) for key in error.extra_fields if not isinstance(key, str))
        shown = [key if len(key) < SHOWN else short(key) for key in keys[:10]] + ["…"] * (len(keys) > 10)
        yield (path or ROOT, f"unknown key{'s' if len(keys) > 1 else ''}: {', '.join(shown)}")
    else:
        yield (path or ROOT, "required key missing" if isinstance(error, KeyError) else str(error))
